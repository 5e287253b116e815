"""Rules from the twenty-second twelve of gold (2026-12-04): right values the
verifier refused before they were written. Articles are ours."""

from summarizer.verify.categories import category_conflict
from summarizer.verify.event_types import tells_an_event
from summarizer.verify.roles import plays_role


def test_a_pipeline_blown_apart_was_attacked():
    text = ("A section of the Saldane trunk pipeline was blown apart shortly after midnight near the farming village "
            "of Idreth, the energy ministry said.")
    assert plays_role("Saldane trunk pipeline", "targets", [text])
    assert tells_an_event(text)


def test_what_a_grenade_was_tossed_into_is_the_target():
    text = "A hand grenade was tossed through an open window into the Blue Heron bar shortly before midnight."
    assert plays_role("Blue Heron bar", "targets", [text])


def test_a_part_of_them_is_of_the_nearest_figure_before():
    text = ("The health ministry gave a toll of thirteen dead this morning, and said 58 people were being treated in "
            "hospitals in Miresk and Dalby, eight of them in intensive care.")
    assert category_conflict("injured", 8, [text]) is None
    wounded = "Eight inmates were killed and 19 people, five of them gendarmes, were wounded, the ministry said."
    assert category_conflict("injured", 5, [wounded]) is None


def test_people_swept_away_and_not_found_are_missing():
    from summarizer.verify.categories import harm_named
    swept = "Two farmhands who were trying to move cattle were swept away by the current near Sedge Mill on Saturday."
    assert "missing" in harm_named(2, [swept, "Neither man had been found by Monday evening, police said."])


def test_the_means_of_an_attack_is_no_party():
    from summarizer.verify.party_names import is_weapon
    assert is_weapon("drone strike") and is_weapon("dynamite charge") and is_weapon("air strike")
    assert not is_weapon("Strike Force Nine")


def test_a_figure_of_an_earlier_event_told_in_the_past_perfect_is_flagged():
    from summarizer.verify.date_events import of_an_earlier_event
    assert of_an_earlier_event(["A week earlier, on the same stretch of road, gunmen had fired on a bus taking "
                                "miners to the night shift, wounding three of them."])
    assert not of_an_earlier_event(["Gunmen fired on the convoy, wounding three drivers."])


def test_people_are_no_one_in_particular_to_aim_at():
    from summarizer.core.schema import DraftIncident
    from summarizer.verify.parties import never_a_target
    inc = DraftIncident(summary="s", summary_sentences=[1], event_type="riot/protest", event_type_sentences=[1])
    assert never_a_target("people", inc, None) and never_a_target("the people", inc, None)
    assert not never_a_target("protesters", inc, None) and not never_a_target("people's market", inc, None)
