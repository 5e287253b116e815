"""Verifier rules of 2026-12-04: from dev values the verifier marked verified and
gold calls wrong, and from right gold values of the twenty-third twelve it refused;
each with a value it must refuse and one it must leave alone. Articles are ours."""

import pytest

from summarizer.verify.party_names import is_weapon
from summarizer.verify.roles import plays_role


@pytest.mark.parametrize("name,weapon", [
    ("second device", True), ("second, larger charge", True), ("the first explosive device", True),
    ("pressure cooker stuffed with bolts", True), ("a second bomb", True),
    ("Second Brigade", False), ("larger group", False), ("other gunmen", False), ("First Battalion", False),
])
def test_which_device_and_how_big_is_still_a_device(name, weapon):
    assert is_weapon(name) is weapon


def test_an_office_blamed_for_unrest_is_a_cause_not_a_doer():
    text = ("The opposition Velar party blamed the unrest on Finance Minister Ota Brenn, whose decision to end "
            "the fuel subsidy had doubled bus fares.")
    assert not plays_role("Finance Minister Ota Brenn", "perpetrators", [text])
    # a group blamed for an attack is a perpetrator as before
    assert plays_role("Drava Front", "perpetrators", ["Police blamed the attack on the Drava Front."])
    assert plays_role("youths", "perpetrators", ["The mayor blamed the riots on youths from Kell."])


def test_a_relative_clause_after_an_opening_day_does_not_date_the_sentence():
    from summarizer.verify.date_events import only_after_the_fact
    wire = ("THIS MORNING A POLICE PATROL THAT HAD BEEN SENT TO GUARD THE DAMAGED PYLONS WAS AMBUSHED NEAR "
            "EL ROBLE.")
    assert not only_after_the_fact("THIS MORNING", [wire])
    # with no act after the relative clause, its verb still dates the sentence
    assert only_after_the_fact("THIS MORNING", ["THIS MORNING TROOPS THAT HAD BEEN SENT TO EL ROBLE ARRIVED."])
    assert only_after_the_fact("Wednesday", ["On Wednesday, Bread for All suspended all of its work in Ulmet."])


def test_a_victim_who_died_in_hospital_elsewhere_is_no_other_places_figure():
    from summarizer.verify.place_roles import harmed_elsewhere
    text = "One of them, a fitter, died in Port Selk General Hospital on Tuesday, bringing the toll to four."
    assert harmed_elsewhere([text], ["Dremmen"]) is None
    assert harmed_elsewhere(["Four more people died in Port Selk, the mayor said."], ["Dremmen"]) == "Port Selk"


def test_an_act_after_a_relative_clause_of_another_act_has_its_own_object():
    text = ("In Oster, protesters who had marched to the Labour Ministry on Union Square pelted riot police with "
            "stones.")
    assert plays_role("riot police", "targets", [text])
    # what a group has done before is still no target of this act
    assert not plays_role("roads", "targets", ["A separatist group that has attacked roads and power lines said so."])


def test_the_side_a_patrol_ran_into_is_a_side_of_the_battle():
    text = ("The fighting began when an army patrol ran into a group of rebels at the edge of the village, and "
            "both sides called in reinforcements.")
    assert plays_role("rebels", "perpetrators", [text], either_side=True)
    assert not plays_role("rebels", "perpetrators", [text])  # in an attack, the one run into did nothing


def test_a_subject_after_and_is_told_by_what_follows_its_appositive():
    from summarizer.verify.categories import presence_total
    text = ("Two campers drowned when the river rose, and one other camper, a 40-year-old man, remained missing "
            "on Friday.")
    assert not presence_total(1, [text])
    # a count of people aboard after "and" is still a count of people present
    assert presence_total(40, ["The bus left at dawn, and 40 passengers were aboard."])


def test_a_part_among_them_takes_the_category_of_the_figure_before():
    from summarizer.verify.categories import category_conflict
    text = ("The council put the toll higher, saying 17 people had died, among them five children, and that three "
            "women who had come to sell vegetables were still missing.")
    assert category_conflict("missing", 5, [text]) == {"killed"}
    assert category_conflict("missing", 3, [text]) is None


def test_a_party_named_by_pointing_back_names_no_one():
    from summarizer.verify.parties import not_a_party
    assert not_a_party("SAME GROUP", None) and not_a_party("the same gunmen", None)
    assert not not_a_party("Same Path Movement", None) and not not_a_party("group of gunmen", None)


def test_a_harm_put_there_is_in_the_place_the_sentence_before_gives():
    from summarizer.verify.place_roles import harmed_elsewhere
    before = ["The fighting in Bessa, also in Ardal province, began when a patrol ran into rebels."]
    there = ["Two soldiers and five rebels were killed there, the ministry said."]
    assert harmed_elsewhere(there, ["Korum", "Ardal province"], before) == "Bessa"
    # the incident's own place before it, or no place at all: nothing said of elsewhere
    assert harmed_elsewhere(there, ["Bessa", "Ardal province"], before) is None
    assert harmed_elsewhere(there, ["Korum"], ["The fighting began at dawn."]) is None


def test_the_owner_of_what_was_hit_is_no_doer_by_the_word_by():
    text = ("The device, fixed to the fuel tank of a coach owned by Arvel Transport, went off at 2 a.m., "
            "setting alight four buses.")
    assert not plays_role("Arvel Transport", "perpetrators", [text])
    assert plays_role("Drava Front", "perpetrators", ["The coach was attacked by the Drava Front."])
    # ... but who runs a leak site claims it
    assert plays_role("Glass Wolf", "perpetrators", ["Researchers said the leak site was run by Glass Wolf, a crew."])
