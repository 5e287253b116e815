"""Verifier rules of 2026-12-04 (late), from right gold values of the twenty-fifth
twelve the verifier refused; each with a value it must refuse and one it must
leave alone. Articles are ours."""

from summarizer.verify.event_types import kind_contradicted, tells_an_event
from summarizer.verify.cues import type_stated
from summarizer.verify.names import given_a_region_word, join_sentences
from summarizer.verify.parties import harmed_at_the_aim, plays_role_by_name_or_head


def test_joined_sentences_never_read_as_one_phrase():
    infobox = ["Country: Maravenia", "Province: Vostrel Province"]
    assert not given_a_region_word("Maravenia", join_sentences(infobox))
    assert given_a_region_word("Tarsa", join_sentences(["Doctors at the Tarsa district hospital said so."]))


def test_the_work_of_a_group_names_the_perpetrator():
    said = "Police said the kidnapping was the work of the Red Hand, which has demanded a ransom."
    assert plays_role_by_name_or_head("Red Hand", "perpetrators", [said])
    # a group that only spoke is no perpetrator
    assert not plays_role_by_name_or_head("Red Hand", "perpetrators", ["The Red Hand said on Monday it would talk."])


def test_people_taken_from_a_convoy_are_its_aim_too():
    text = "Armed men set five trucks on fire and abducted two of the convoy's drivers."
    assert not harmed_at_the_aim("drivers", ["convoy", "drivers"], "armed attack", [text])
    wounded = "Armed men set five trucks on fire; two of the convoy's drivers were wounded."
    assert harmed_at_the_aim("drivers", ["convoy", "drivers"], "armed attack", [wounded])


def test_missiles_hurled_at_fans_aim_at_them():
    text = ("Home supporters invaded the pitch and charged the away end, hurling bottles and flares at fans of "
            "Dunraith Albion.")
    assert plays_role_by_name_or_head("fans of Dunraith Albion", "targets", [text])


def test_a_crowd_storming_the_pitch_is_a_riot():
    assert type_stated("riot/protest", ["Dozens hurt as fans storm pitch and charge away end"])
    assert type_stated("riot/protest", ["Home supporters invaded the pitch at the stadium on Sunday."])
    assert not type_stated("riot/protest", ["The match was played on a wet pitch on Sunday."])


def test_a_convoy_stopped_on_the_road_tells_an_event():
    assert tells_an_event("The convoy was stopped at about 14:00 on the road near the village of Mbelo.")
    assert not tells_an_event("The drivers walked to Mbelo, where villagers gave them shelter.")


def test_a_grenade_thrown_into_a_bus_that_exploded_is_a_bombing():
    text = ("A grenade thrown through the window of a crowded route 12 urban bus exploded, wounding nine "
            "passengers.")
    assert kind_contradicted("armed attack", [text])
    assert kind_contradicted("armed attack", ["Gunmen opened fire on the bus and threw a grenade that exploded."]) is None
