"""Verifier rules of 2026-12-05 (eighth session), from right gold values of the
forty-third twelve it refused and from the model's verified wrong values on it;
each with a value it must refuse and one it must leave alone. Articles are ours."""

from datetime import date

from summarizer.verify.categories import categories_named, category_conflict
from summarizer.verify.cues import cue_words
from summarizer.verify.date_events import of_another_day
from summarizer.verify.event_types import fight_between_forces, kind_contradicted
from summarizer.verify.roles import force_used_on_them, plays_role


def test_people_carried_off_were_taken():
    assert "captured/abducted" in categories_named("shooting dead eight villagers and carrying off 15 others")
    assert "captured/abducted" not in categories_named("some 40 villagers were at the market")


def test_one_crowd_fired_on_for_what_it_had_done_in_one_sentence_is_on_both_sides():
    text = ("POLICE RIOT UNITS YESTERDAY FIRED ON SOME 3,000 STRIKING NURSES AND STUDENTS WHO HAD STONED THE "
            "PREFECTURE IN PUERTO SALVE.")
    assert force_used_on_them("STRIKING NURSES AND STUDENTS", [text])
    assert plays_role("PREFECTURE", "targets", [text])
    earlier = "The Front, a group that had attacked the prefecture in 2019, denied any role."
    assert not plays_role("prefecture", "targets", [earlier])
    assert not force_used_on_them("STUDENTS", ["POLICE WATCHED SOME 300 STUDENTS WHO HAD MARCHED TO THE SQUARE."])


def test_arrests_on_a_later_day_do_not_date_the_attribution_before_them():
    text = ("On 05/26/2025 the provincial police attributed the hijacking to the Ashmoor gang, which has robbed "
            "travellers since 2022; 3 suspected members were arrested on 06/02/2025.")
    assert not of_another_day([text], date(2025, 5, 23))
    assert of_another_day(["On 06/02/2025 gunmen of the Ashmoor gang hijacked a second bus near Orl."],
                          date(2025, 5, 23))


def test_those_wounded_along_with_others_share_their_verb():
    text = ("Two hostages were killed during the assault, and four others were wounded, along with two officers "
            "of the special unit, it said.")
    assert category_conflict("injured", 2, [text]) is None
    assert category_conflict("killed", 2, [text]) is None  # the two hostages


def test_a_quarrel_in_words_called_a_clash_is_no_fight():
    words = ('The district commissioner described as a "clash" an angry exchange of words between elders of the '
             "two militias at a mediation meeting; no one was hurt.")
    assert kind_contradicted("battle/clash", [words])
    assert kind_contradicted("battle/clash", ["Militiamen of the two villages clashed near the well, leaving "
                                              "three dead."]) is None


def test_two_armed_groups_exchanging_fire_is_a_fight_and_no_blaze():
    text = ("On 6 April 2025, fighters of the Orvo Defence Militia (ODM) and the Tessel Youth Guard (TYG) "
            "exchanged fire for about four hours around the water point of Dunmer village.")
    assert fight_between_forces([text])
    assert not fight_between_forces(["Gunmen of the Orvo Defence Militia attacked Dunmer village and fled."])
    lowered, words = cue_words(text)
    assert "fire" not in words and "exchanged" in words
    assert "fire" in cue_words("A fire broke out in the warehouse.")[1]


def test_a_group_named_with_its_acronym_that_only_spoke_did_not_do_it():
    said = ("THE WORKERS' UNITY LEAGUE (LUO) SAID IN A COMMUNIQUE READ TO THIS STATION THAT THE BOMB WAS \"A JUST "
            "PUNISHMENT\", BUT DID NOT SAY WHO HAD PLANTED IT.")
    assert not plays_role("WORKERS' UNITY LEAGUE", "perpetrators", [said])
    assert plays_role("Tarn Front", "perpetrators", ["The Tarn Front (TF) claimed the bombing on Monday."])
