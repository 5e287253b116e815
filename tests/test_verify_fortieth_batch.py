"""Verifier rules of 2026-12-05 (seventh session), from right gold values of the
fortieth twelve it refused; each with a value it must refuse and one it must
leave alone. Articles are ours."""

from datetime import date

import pytest

from summarizer.verify.borrowed import _SEVERAL
from summarizer.verify.counted import counts_things
from summarizer.verify.date_events import of_another_day
from summarizer.verify.event_types import retold
from summarizer.verify.names import given_a_region_word, only_as_region
from summarizer.verify.parties import harmed_at_the_aim, names_no_one_or_the_court
from summarizer.verify.roles import force_used_on_them, plays_role
from summarizer.verify.tallies import tally


def test_a_claim_through_its_soldiers_is_a_claim():
    text = ('A group calling itself the Sarvok People\'s Tribunal said in a post on Wednesday that its "soldiers" '
            "had carried out the attack to punish the mayor.")
    assert plays_role("Sarvok People's Tribunal", "perpetrators", [text])
    said = "The army said on Wednesday that its soldiers had been killed in the attack."
    assert not plays_role("army", "perpetrators", [said])


def test_a_peoples_tribunal_is_a_group_not_a_court():
    assert not names_no_one_or_the_court("Sarvok People's Tribunal")
    assert names_no_one_or_the_court("the High Court in Marrick")
    assert names_no_one_or_the_court("military tribunal")


def test_the_two_blows_are_both_incidents():
    assert _SEVERAL.search('THE FRONT CLAIMED RESPONSIBILITY FOR "THE TWO BLOWS AGAINST THE ENERGY OF THE OLIGARCHY"')
    assert not _SEVERAL.search("THE FRONT CLAIMED RESPONSIBILITY FOR THE BLOW AGAINST THE SUBSTATION")


def test_a_truck_driver_is_a_person():
    text = "3 fatalities (2 police officers of the escort, 1 truck driver)."
    assert not counts_things(1, [text])
    assert counts_things(2, ["The gunmen burned 2 trucks and fled."])


def test_a_claim_after_a_semicolon_dates_the_claim_not_an_event():
    text = ("The district commissioner blamed the ambush on the Sebrat Hills Defenders, a local militia; on "
            "23 January 2025 a group calling itself the Blackmarl Company (BMC) claimed it, saying the aid was food.")
    assert not of_another_day([text], date(2025, 1, 21))
    also = "The commissioner blamed the militia; a group calling itself the BMC claimed it on 23 January 2025."
    assert not of_another_day([also], date(2025, 1, 21))
    act = "Fighting resumed two days later; on 23 January 2025 gunmen fired on the agency's office."
    assert of_another_day([act], date(2025, 1, 21))


def test_people_carried_off_were_the_aim():
    text = "The attackers freed 27 detainees and carried off 2 police officers, who were released later."
    assert not harmed_at_the_aim("police officers", ["district police station", "police officers"], "armed attack",
                                 [text])
    shot = "The attackers stormed the station and shot dead 2 police officers."
    assert harmed_at_the_aim("police officers", ["district police station", "police officers"], "armed attack",
                             [shot])
    assert plays_role("drivers", "targets", ["The gunmen led away 3 drivers into the hills."])


def test_stoned_riot_police_were_attacked():
    text = ("When several hundred young men gathered outside the courthouse, stoned riot police and set fire to "
            "the district tax office, witnesses said.")
    assert plays_role("riot police", "targets", [text])
    assert not plays_role("riot police", "targets", ["Riot police stood by as the crowd marched."])


def test_a_riot_over_a_verdict_is_no_trial_retold():
    texts = ["Riots over police acquittal spread from Halvorrin to Sorrendal",
             "Rioting erupted in Halvorrin on Monday night, after a court acquitted three police officers.",
             "The violence in Halvorrin began within an hour of the verdict, when young men stoned riot police."]
    assert not retold(texts)
    assert retold(["The trial of the three officers ended in their acquittal in March."])


def test_where_a_source_had_observers_is_no_tally():
    text = ("The League for Human Rights, which had observers in both cities, said 4 people had died in "
            "Halvorrin and more than 70 had been treated for injuries.")
    assert not tally(4, [text])
    assert tally(11, ["The league said 11 people had died in both cities."])


def test_an_infobox_country_line_run_into_the_next_label_is_a_country():
    text = "Country: Kestrevia Province: Iskor province District: Dornau Population (2022): 24,310"
    assert not given_a_region_word("Kestrevia", text)
    assert not only_as_region("Kestrevia", [text])
    assert given_a_region_word("Iskor", "the Iskor province police")


@pytest.mark.parametrize("text,both", [
    ("IN LLANOGRANDE SOME 500 STUDENTS PROTESTING A RISE IN BUS FARES BURNED FOUR BUSES ON FRIDAY, "
     "AND RIOT POLICE DISPERSED THEM WITH TEAR GAS.", True),
    # "them" are others when the sentence tells an act before the name
    ("The fighting broke out when Kessari militiamen tried to drive Moru herds off grazing land and Moru "
     "fighters opened fire on them.", False),
])
def test_force_used_on_them_names_the_protesters_on_both_sides(text, both):
    name = "STUDENTS" if "STUDENTS" in text else "Moru herds"
    assert force_used_on_them(name, [text]) is both
