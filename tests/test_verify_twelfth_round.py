"""Rules of the twelfth round (2026-12-03, later): holes the lead-incident run
(evals/runs/refused/2026-12-03-lead-incident-35.json) showed in fields the
verifier passed. Articles are ours."""

import pytest

from summarizer.core.schema import EventFields
from summarizer.records.places import split_place
from summarizer.verify.counted import counts_things
from summarizer.verify.tallies import of_an_earlier_year


@pytest.mark.parametrize("country,kept", [
    ("SOUTHERN MARENCIA", "MARENCIA"), ("northern Tarvonia", "Tarvonia"), ("the north-eastern Kordavia", "Kordavia"),
    # names that begin with a direction are names
    ("South Sudan", "South Sudan"), ("North Korea", "North Korea"), ("Central African Republic", "Central African Republic"),
])
def test_a_country_is_given_without_the_part_of_it(country, kept):
    assert split_place(EventFields(place="Cerro Alto", country=country))[2] == kept


def test_hijacked_cameras_are_no_people_taken():
    text = "The agency traced the traffic to about 120,000 hijacked cameras and home routers."
    assert counts_things(120000, [text])
    assert not counts_things(12, ["Gunmen took 12 hostages."])


# (under a February report, "since March, when ..." is last March: earlier too; under a
# March report it may be this month's)
@pytest.mark.parametrize("month,earlier", [(6, True), (2, True), (3, False), (None, False)])
def test_an_event_since_a_month_when_is_an_earlier_one(month, earlier):
    text = "It was the worst loss for the army since March, when an ambush on a convoy killed nine officers."
    assert of_an_earlier_year(9, [text], 2026, month) is earlier
    # a tally since a month is no earlier event of its own (rule 9 says what it is)
    assert not of_an_earlier_year(40, ["The violence has killed 40 people since March."], 2026, month)


# -- parties ------------------------------------------------------------------


@pytest.mark.parametrize("sentence,group", [
    ("The Tarn Freedom Movement said in a statement that its fighters had taken the base after a long assault.",
     "Tarn Freedom Movement"),
    ("A GROUP CALLING ITSELF THE AVENGERS OF THE VALLEY CLAIMED RESPONSIBILITY FOR THE KILLINGS IN A LETTER "
     "DELIVERED YESTERDAY TO A RADIO STATION IN SANTA INES.", "AVENGERS OF THE VALLEY"),
    ("The interior minister blamed the banned Orsa People's Front, which had called for a boycott.",
     "Orsa People's Front"),
    ("THE POLICE COMMANDER BLAMED THE FREE HOMELAND REVOLUTIONARY FRONT (FHRF) FOR THE ASSASSINATION.",
     "FREE HOMELAND REVOLUTIONARY FRONT (FHRF)"),
    ('THE BRIGADE ATTRIBUTED THE AMBUSH TO THE "PEDRO LUNA" FRONT OF THE PEOPLE\'S ARMED FORCES (PAF).',
     '"PEDRO LUNA" FRONT OF THE PEOPLE\'S ARMED FORCES (PAF)'),
])
def test_more_ways_a_group_is_said_to_have_done_it(sentence, group):
    from summarizer.records.parties import claimants
    assert [name for name, _ in claimants({4: sentence})] == [group]


@pytest.mark.parametrize("name,kind,text,plays", [
    # shot at, or attacked past a relative clause: the one harmed, not the one who did it
    ("army truck", "perpetrators", "AN ARMY TRUCK THAT WAS TAKING RATIONS TO THE GARRISON AT SAN LUIS CAME UNDER "
     "MACHINEGUN FIRE FROM BOTH SIDES OF THE ROAD.", False),
    ("3rd Infantry Battalion", "perpetrators", "A PATROL OF THE 3RD INFANTRY BATTALION THAT WAS RETURNING TO ITS "
     "BASE WAS ATTACKED YESTERDAY BY ABOUT 30 TERRORISTS.", False),
    ("30 terrorists", "perpetrators", "A PATROL OF THE 3RD INFANTRY BATTALION THAT WAS RETURNING TO ITS BASE WAS "
     "ATTACKED YESTERDAY BY 30 TERRORISTS.", True),
    # where supplies were going is no target
    ("garrison", "targets", "AN ARMY TRUCK THAT WAS TAKING RATIONS TO THE GARRISON AT SAN LUIS CAME UNDER FIRE.", False),
    ("Gunmen", "perpetrators", "Gunmen ambushed the convoy, which came under fire near Rusk.", True),
])
def test_who_came_under_fire_and_where_supplies_went(name, kind, text, plays):
    from summarizer.verify.roles import plays_role
    assert plays_role(name, kind, [text]) is plays


# -- figures and dates --------------------------------------------------------


@pytest.mark.parametrize("text,described", [
    ("THE REBELS CARRIED OFF TWO ENGINEERS, ONE OF THEM A CITIZEN OF NEIGHBORING ORSANIA, AND EMPTIED THE SAFE.", True),
    ("THREE SOLDIERS WERE FLOWN TO THE HOSPITAL, WHERE ONE OF THEM, A 19-YEAR-OLD CONSCRIPT, IS IN SERIOUS CONDITION.",
     True),
    ("Gunmen killed one villager and wounded two.", False),
])
def test_one_member_of_a_group_described_is_no_figure(text, described):
    from support.drafts import verifier_problems
    from summarizer.verify.tallies import one_of_them_described
    assert one_of_them_described(1, [text]) is described
    flagged = verifier_problems(text, event_type="armed attack", casualties=[
        {"category": "captured/abducted" if "CARRIED" in text else "injured" if "SOLDIERS" in text else "killed",
         "count": 1, "qualifier": "exact", "sentences": [1]}])
    assert bool([p for p in flagged if "one member of a group" in p]) is described


def test_the_day_after_the_attack_is_not_its_date():
    from summarizer.verify.date_events import only_after_the_fact
    text = ("Women wailed and men dug graves in Torra on Tuesday, a day after the village in the north was attacked "
            "by raiders.")
    assert only_after_the_fact("on Tuesday", [text])
    assert not only_after_the_fact("on Tuesday", ["Raiders attacked Torra on Tuesday, a day after a market fight."])


def test_a_hospital_named_after_its_town_where_the_wounded_were_taken_is_not_the_place():
    from summarizer.verify.place_roles import only_elsewhere
    assert only_elsewhere("Pellam", ["Pellam District Hospital, 25 km away, where the wounded were taken, said 12 "
                                     "had been admitted."])
    assert not only_elsewhere("Pellam", ["A grenade was thrown into a polling station in Pellam."])


@pytest.mark.parametrize("text,kind", [
    ("AN ARMY TRUCK TAKING RATIONS TO THE GARRISON CAME UNDER MACHINEGUN FIRE FROM BOTH SIDES OF THE ROAD.",
     "armed attack"),
    ("A ransomware attack took the payment systems of Carrow Town Council offline.", "cyberattack"),
])
def test_fire_from_an_ambush_and_ransomware_are_told_as_what_they_are(text, kind):
    from summarizer.verify.events import type_of
    assert type_of(text, "") == kind


# -- places ---------------------------------------------------------------------


def test_places_from_the_lead_run():
    from summarizer.records.regions import country_after, region_of_place, region_named, town_of_site
    camp = ("THE WORKERS' CAMP OF THE SANTA RITA TIN MINE, NEAR THE TOWN OF CERRO ALTO IN ORIENTE PROVINCE, IN "
            "SOUTHERN MARENCIA, WAS ATTACKED LATE ON SATURDAY.")
    assert town_of_site("THE WORKERS' CAMP OF THE SANTA RITA TIN MINE", [camp]) == "CERRO ALTO"
    assert town_of_site("army base", ["Rebels overran an army base near the town of Kast in Velmora."]) == "Kast"
    assert town_of_site("Dravonice prison", []) == "Dravonice"
    assert town_of_site("Grenholt Prison", []) == "Grenholt Prison"  # a site's own name
    assert country_after("ORIENTE PROVINCE", [camp]) == "MARENCIA"
    assert region_of_place("Alder Bend", {3: "The river at Alder Bend, a hamlet in the north of Kestrel County, "
                                             "rose nearly 11 feet."}) == ("Kestrel County", 3)
    assert region_named("THE NORTHERN DEPARTMENT", ["GARRISON AT TOLAPAN, IN THE NORTHERN DEPARTMENT OF ALTO "
                                                     "QUIRIMA, CAME UNDER FIRE"]) == "ALTO QUIRIMA"
    assert split_place(EventFields(place="Kebbe", admin_area="Walla state", country="Walla state")) == (
        "Kebbe", "Walla state", None)


def test_the_datelines_country_given_as_the_place_is_the_country():
    from summarizer.read.segment import segment
    from summarizer.records.derive import Article
    from summarizer.records.places import locate
    text = ("BRELL, Maravia, May 21, 2026 (Wire) - Customers of Halden Bank were locked out of its app after a "
            "denial-of-service attack on Tuesday, the bank said.")
    article = Article(segment(text), text)
    place, admin, country, _ = locate(EventFields(place="Maravia"), [1], article)
    assert (place, admin, country) == (None, None, "Maravia")


def test_the_group_an_attack_is_by_is_its_attacker():
    from summarizer.records.parties import claimants
    assert claimants({12: "Another move by the Sahel Front came on Monday with attacks on an airstrip."}) == [
        ("Sahel Front", 12)]
    assert claimants({1: "Attack By Gunmen Kills Four In Rusk"}) == []  # a headline's capitals name no group


# -- the twelfth twelve's right gold the verifier rejected ----------------------


@pytest.mark.parametrize("name,text", [
    ("military supply truck", "04/07/2019: A military supply truck was destroyed when a roadside bomb detonated "
                              "beneath it outside Kelo."),
    ("shops", "Groups of young men smashed their way into at least 15 shops on Market Street."),
    ("Dunmore Port Authority", "Cranes stood idle after the cargo systems of the Dunmore Port Authority, which runs "
                               "the country's busiest terminal, were knocked out by a ransomware attack."),
])
def test_a_target_destroyed_smashed_into_or_whose_systems_were_knocked_out(name, text):
    from summarizer.verify.roles import plays_role
    assert plays_role(name, "targets", [text])


def test_a_strike_from_the_air_is_a_bombing():
    from summarizer.verify.cues import type_stated
    assert type_stated("bombing/explosion", ["A car was destroyed by a missile fired from a drone near Orsk."])
    assert type_stated("bombing/explosion", ["An airstrike hit the compound on Monday."])
    assert not type_stated("riot/protest", ["A drone strike hit the compound on Monday."])
