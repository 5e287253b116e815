"""Verifier rules of 2026-12-05 (sixth session), from the thirty-eighth twelve: right
gold values it refused, and wrong values the model's answers of run -128 had verified
(the incidents the program now splits and adds gave the model new questions). Each
with a value it must refuse and one it must leave alone. Articles are ours."""

from datetime import date

import pytest

from summarizer.verify.counted import counts_things
from summarizer.verify.dates import report_date
from summarizer.verify.names import described_as_an_organisation
from summarizer.verify.roles import plays_role
from summarizer.verify.tallies import of_an_earlier_year, tally
from support.incident_problems import incident_problems


_problems = incident_problems


# -- right values it refused ---------------------------------------------------------------


def test_a_group_that_says_it_set_off_the_charges_claims_them():
    said = ("A group calling itself the Ninth of March Movement said on a messaging channel on Saturday that it "
            'had set off "two charges" at the station.')
    assert plays_role("Ninth of March Movement", "perpetrators", [said])
    assert not plays_role("Ninth of March Movement", "perpetrators",
                          [said.replace('that it had set off "two charges" at the station', "that it condemned it")])


def test_the_attackers_named_by_an_official_are_the_perpetrators():
    named = ("The police commander said on Wednesday that three staff had been killed and that the attackers were "
             "fighters loyal to Bonaventure Mabeyo, a former colonel.")
    assert plays_role("fighters loyal to Bonaventure Mabeyo", "perpetrators", [named])
    assert not plays_role("Bonaventure Mabeyo", "perpetrators", ["A spokesman for Bonaventure Mabeyo denied it."])


def test_a_speakers_title_after_a_village_makes_it_no_organisation():
    text = ("A felled tree blocked the road about 4 km north of Kiroko, the charity's country director, "
            "Philippa Lowell, said.")
    assert not described_as_an_organisation("Kiroko", text)
    assert described_as_an_organisation("Lifespring Medical", "Lifespring Medical, a medical charity, said.")


def test_a_group_written_with_its_acronym_is_found_by_the_acronym_alone():
    article = ("05/14/2021: Assailants blew up two transmission towers near Dornik. Provincial officials said the "
               "attackers were members of the Greyscar Hills Brigade (GHB).\n\n"
               "05/20/2021: Men on motorcycles burned a telephone mast outside Ulvo. On 05/23/2021, the GHB "
               "claimed responsibility for the attack in a statement posted online.")
    right = _problems(article, perpetrators=[{"name": "Greyscar Hills Brigade (GHB)", "sentences": [4]}])
    assert not [p for p in right if "perpetrators" in p]
    wrong = _problems(article, perpetrators=[{"name": "Kessel Front (KF)", "sentences": [4]}])
    assert any("perpetrators" in p for p in wrong)


def test_a_lists_issue_date_is_no_time_of_the_report():
    page = ("ACCESS GROUP MONTHLY LIST\nIssued: 6 August 2025\nPeriod covered: 1-31 July 2025\n\n"
            "1. 3 July 2025. Gunmen ambushed a convoy near Ulvic.")
    from summarizer.read.segment import segment
    assert report_date(None, [s.text for s in segment(page)]) == date(2025, 7, 3)
    assert report_date(None, ["On 3 July 2025, gunmen ambushed a convoy near Ulvic."]) == date(2025, 7, 3)


# -- wrong values it had verified --------------------------------------------------------


def test_huts_and_shelters_are_things():
    assert counts_things(60, ["They shot dead 5 herders and wounded 4; about 60 huts were burned."])
    assert not counts_things(4, ["They shot dead 5 herders and wounded 4 people."])


def test_the_two_bombings_in_two_towns_had_killed_a_tally():
    assert tally(11, ["Provincial officials said the two bombings in Sarlu and Ulmaz had killed 11 people."])
    # the toll "from the two blasts at 12 dead": one incident of two devices is told so too
    assert not tally(2, ["The health department said two of the wounded had died, and put the toll from the "
                         "two blasts at 12 dead and 31 wounded."])


def test_a_figure_told_since_last_month_when_is_of_that_earlier_event():
    text = ("The Wednesday bombing was the deadliest attack on the army in Hollin since last month, when an ambush "
            "near Sollen killed 11 soldiers.")
    assert of_an_earlier_year(11, [text], 2026, 5)
    assert not of_an_earlier_year(3, ["The Wednesday bombing killed 3 soldiers, the deadliest since last month."],
                                  2026, 5)


def test_a_vehicle_that_struck_a_mine_is_no_perpetrator():
    struck = "A minibus carrying farm labourers struck a landmine on a dirt road outside Umm Sarif."
    assert not plays_role("minibus", "perpetrators", [struck])
    assert plays_role("minibus", "targets", [struck])


def test_a_hospital_where_a_victim_died_is_no_target():
    died = ("The toll rose to four on Tuesday, when a student died of his wounds at the Kessel regional hospital "
            "in Ruvin, the hospital's director, Dr. Milena Skarr, said.")
    assert not plays_role("Kessel regional hospital", "targets", [died])
    assert plays_role("Kessel regional hospital", "targets", ["Gunmen attacked the Kessel regional hospital."])


@pytest.mark.parametrize("value,refused", [("Dashri", True), ("Dashri: Halvi", True), ("Halvey", False)])
def test_a_languages_label_in_brackets_is_no_place(value, refused):
    article = ("3 | 8 August 2025 | Halvey (Dashri: Halvi), Udrin district | Armed men stopped a mobile clinic "
               "just outside Halvey and took away 5 staff.")
    problems = _problems(article, place=value, location_sentences=[1])
    assert any("is a label" in p for p in problems) is refused


def test_a_town_in_capitals_is_no_country():
    article = ("SAN ALBERTO, 12 NOV 87 (RADIO CORDILLERA) -- [TEXT] GUERRILLAS ATTACKED THE POLICE POST IN THE "
               "TOWN OF CHACAPAMPA, IN SAN ROQUE PROVINCE, LATE LAST NIGHT.")
    assert any("calls \"CHACAPAMPA\" a city, town or village" in p
               for p in _problems(article, country="CHACAPAMPA", location_sentences=[1]))


# -- wrong values the twelve's probes found verified ----------------------------------------


def test_the_day_a_minister_visited_the_wounded_is_no_event_date():
    from summarizer.verify.date_events import only_after_the_fact

    visit = ("Defence Minister Thorvald Fenske, who visited the wounded in Vessaro on Saturday, said the road "
             "would stay closed.")
    assert only_after_the_fact("on Saturday", [visit])
    assert not only_after_the_fact("on Saturday", ["Gunmen wounded four soldiers in Vessaro on Saturday."])


def test_the_group_a_faction_broke_away_from_is_no_perpetrator():
    claim = ("On Wednesday evening, the Free Tulven Vanguard (FTV), a faction that broke away from the Tulven "
             "People's Movement (TPM) last year, said in a statement that its fighters had planted the bomb.")
    assert not plays_role("Tulven People's Movement (TPM)", "perpetrators", [claim])
    assert not plays_role("TPM", "perpetrators", [claim])
    assert plays_role("Free Tulven Vanguard (FTV)", "perpetrators", [claim])


def test_a_fire_the_blast_set_is_no_one_at_hand():
    from summarizer.verify.event_types import kind_contradicted

    blast = ("The charge, placed against the main pump housing, went off at about 4:10 a.m. and set fire to a "
             "storage tank, the company said.")
    assert kind_contradicted("armed attack", [blast])
    assert not kind_contradicted("armed attack", ["Gunmen stormed the pumping station and set fire to a storage tank."])


# -- wrong values left in dev answers ---------------------------------------------------------


def test_people_a_sentence_says_were_not_hurt_count_no_one():
    from summarizer.verify.counted import counts_no_one

    assert counts_no_one(3, ["Three clerks trapped on the upper floor were brought down by neighbours with a ladder, "
                             "and nobody was hurt, he said."])
    assert not counts_no_one(3, ["Gunmen killed three guards; nobody else was hurt."])


def test_a_toll_across_the_valley_is_a_tally():
    assert tally(46, ["Across the valley, 46 deaths have been confirmed and 4,800 houses damaged."])
    assert not tally(12, ["Twelve people died in Vellory, a town in the valley."])


@pytest.mark.parametrize("text,abduction", [
    ("The driver was taken to the district hospital in Belvany.", False),
    ("The escort vehicle had been held up at a fuel station.", False),
    ("Gunmen took two nurses from the clinic into the forest.", True),
    ("The engineers were taken to a camp in the hills.", True),
])
def test_taken_to_hospital_or_held_up_is_no_abduction(text, abduction):
    from summarizer.verify.cues import type_stated

    assert type_stated("abduction", [text]) is abduction
