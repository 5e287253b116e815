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
from summarizer.verify.parties import harmed_at_the_aim
from summarizer.verify.party_names import names_no_one_or_the_court
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


# -- wrong values the model's answers for the fortieth twelve had verified ------------------


def test_a_funeral_held_is_no_captive():
    from summarizer.verify.cues import type_stated
    assert not type_stated("abduction", ["The funerals of the driver and the student will be held on Friday."])
    assert type_stated("abduction", ["The hostages were held in a forest camp for a week."])


def test_a_claim_posted_on_a_channel_and_an_officials_flight_date_no_event():
    from summarizer.verify.date_events import dates_no_act
    post = ("A group calling itself the Sarvok People's Tribunal said in a post on a messaging channel on Wednesday "
            'that its "soldiers" had carried out the attack.')
    flew = "Prime Minister Gunnar Tollenhurst, who flew to Kelvarra on Wednesday and visited the mayor, spoke."
    assert dates_no_act("Wednesday", [post])
    assert dates_no_act("Wednesday", [flew])
    # a border post is no post on a channel
    guards = "Border guards exchanged fire at the Tirov border post on Thursday, killing two guards, the ministry said."
    assert not dates_no_act("Thursday", [guards])


def test_a_commission_set_up_later_is_no_event_and_no_event_date():
    from summarizer.verify.date_events import dates_no_act
    text = "On 20 August the government set up a commission of inquiry under a former chief prosecutor."
    assert retold([text])
    assert dates_no_act("20 August", [text])


def test_gunmen_firing_on_a_crowd_at_a_fair_is_no_riot():
    from summarizer.verify.event_types import kind_contradicted
    fair = ("As about 5,000 people attended the horse fair, about eight gunmen on motorcycles opened fire on the "
            "crowd with automatic rifles and threw grenades among the stalls.")
    assert kind_contradicted("riot/protest", [fair]) == "armed men attacking a crowd (an armed attack)"
    assert kind_contradicted("riot/protest", ["Soldiers opened fire on the crowd of protesters."]) is None
    assert kind_contradicted("armed attack", [fair]) is None


def test_guerrillas_who_blew_up_a_pipeline_did_no_accident():
    from summarizer.verify.event_types import kind_contradicted
    text = "THE SAME NIGHT, A SECOND GROUP OF GUERRILLAS BLEW UP A SECTION OF THE GAS PIPELINE."
    assert kind_contradicted("industrial accident", [text]) == "a deliberate act"
    assert kind_contradicted("industrial accident", ["A gas pipeline blew up after a valve failed."]) is None


def test_weapons_and_vehicles_are_no_parties():
    from summarizer.verify.party_names import is_weapon
    assert is_weapon("motorcycles")
    assert is_weapon("machetes, clubs, bows")
    assert not is_weapon("armed men on motorcycles")
    assert not is_weapon("Kessai farmers and bows")


def test_the_object_of_the_act_is_not_the_subject_of_the_next_verb():
    text = ("INMATES OF THE REGIONAL PRISON RIOTED YESTERDAY AFTERNOON, TOOK FIVE GUARDS HOSTAGE AND SET FIRE TO "
            "THE WORKSHOPS, THE JUSTICE MINISTRY REPORTED.")
    assert not plays_role("GUARDS", "perpetrators", [text])
    assert plays_role("INMATES", "perpetrators", [text])


def test_what_was_attacked_in_a_blame_is_no_perpetrator():
    text = "THE ARMY'S 7TH BRIGADE BLAMED THE ATTACK ON THE SUBSTATION ON THE CIPRIANO ARZUBE PEOPLE'S COMMAND (CPCA)."
    assert not plays_role("substation", "perpetrators", [text])
    assert plays_role("CIPRIANO ARZUBE PEOPLE'S COMMAND (CPCA)", "perpetrators", [text])
    assert plays_role("Ulm Valley Front", "perpetrators", ["Police blamed the attack on the Ulm Valley Front."])


def test_police_who_ignored_warnings_did_not_do_it():
    text = "The commission found that the police had ignored two warnings of an attack on the fair."
    assert not plays_role("police", "perpetrators", [text])


def test_where_a_march_went_is_no_target():
    text = ("Orumbe protesters marching on the governor's office to demand protection stoned a police checkpoint, "
            "and police fired live ammunition into the crowd.")
    assert not plays_role("governor's office", "targets", [text])
    assert plays_role("police checkpoint", "targets", [text])
    stoned = "About 2,000 students marched to the police station, where some hurled stones at the building."
    assert plays_role("police station", "targets", [stoned])


def _location_problems(article: str, **location) -> list[str]:
    from summarizer.core.schema import Draft
    from summarizer.read.segment import segment
    from summarizer.verify.rules import Verifier
    incident = {"summary": "An attack.", "summary_sentences": [1], "event_type": "armed attack",
                "event_type_sentences": [1], "location_sentences": [1, 2], **location}
    draft = Draft.model_validate({"incidents": [incident]})
    return [str(p) for p in Verifier(segment(article), article).check_incident(0, draft.incidents[0])
            if p.field == "location"]


def test_a_common_noun_is_no_country():
    article = "Gunmen attacked the market in Ulmenvar, Kestrevia. The ministry imposed a curfew on the town."
    assert any("no name of a region or a country" in p
               for p in _location_problems(article, place="Ulmenvar", country="town"))
    assert not _location_problems(article, place="Ulmenvar", country="Kestrevia")


def test_a_clock_time_alone_is_no_date():
    from summarizer.core.schema import Draft
    from summarizer.read.segment import segment
    from summarizer.verify.rules import Verifier
    article = "THE ATTACKERS ARRIVED AT ABOUT 2230 AND BLEW UP THE SUBSTATION."
    incident = {"summary": "An attack.", "summary_sentences": [1], "event_type": "bombing/explosion",
                "event_type_sentences": [1], "date_text": "about 2230", "date_sentences": [1]}
    draft = Draft.model_validate({"incidents": [incident]})
    problems = [str(p) for p in Verifier(segment(article), article).check_incident(0, draft.incidents[0])]
    assert any("a time of day with no day" in p for p in problems)


# -- wrong values the helpers' probes found accepted on copies of the dev cases ------------


def test_a_party_cleared_or_only_denying_is_no_perpetrator():
    cleared = ("Police were examining the claim, but there was no evidence linking the attack to the Saltgrave "
               "Quay gang, whose stalls the mayor had ordered demolished.")
    assert not plays_role("Saltgrave Quay gang", "perpetrators", [cleared])
    denied = ("THE OIL AND GAS WORKERS' UNION (SINTRAGAS), WHOSE MEMBERS HAVE BEEN ON STRIKE AT THE PIPELINE SINCE "
              "12 AUGUST, DENIED ANY INVOLVEMENT.")
    assert not plays_role("SINTRAGAS", "perpetrators", [denied])
    blamed = "The police blamed the Orumbe Defence Guard, a militia, which denied involvement."
    assert plays_role("Orumbe Defence Guard", "perpetrators", [blamed])


def test_a_figure_of_a_year_before_told_in_a_when_clause():
    from summarizer.verify.tallies import of_an_earlier_year
    text = ("THE SUBSTATION WAS ATTACKED ONCE BEFORE, IN OCTOBER 1983, WHEN A BOMB DESTROYED A TRANSFORMER AND "
            "KILLED 2 SOLDIERS GUARDING IT.")
    assert of_an_earlier_year(2, [text], 1985, 9)
    assert not of_an_earlier_year(2, ["LAST NIGHT A BOMB DESTROYED A TRANSFORMER AND KILLED 2 SOLDIERS."], 1985, 9)


def test_people_a_court_judged_are_no_casualties():
    from summarizer.verify.counted import counts_the_accused
    assert counts_the_accused(2, ["In March 2022 a court in Ulvani sentenced two men to death for the bombing."])
    assert counts_the_accused(3, ["Rioting erupted after a court acquitted three police officers over a death."])
    assert not counts_the_accused(3, ["Gunmen killed three police officers at the court."])


def test_the_inmates_a_prison_held_are_no_captives():
    from summarizer.verify.categories import categories_named
    assert "captured/abducted" not in categories_named("THE PRISON, BUILT IN 1961 FOR 400 INMATES, HELD 1,150.")
    assert "captured/abducted" in categories_named("Gunmen stormed the prison and held 12 guards hostage.")


def test_a_crowd_that_burned_buses_is_counted_as_its_doers():
    from summarizer.verify.categories import counts_attackers
    assert counts_attackers(500, ["SOME 500 STUDENTS PROTESTING A RISE IN BUS FARES BURNED FOUR BUSES."])
    assert not counts_attackers(3, ["Police shot dead 3 students protesting the fare rise who had blocked the road."])


def test_a_town_named_for_its_hospital_is_no_place():
    from summarizer.verify.place_roles import only_elsewhere
    text = "ONE OF THEM, A MEDICAL STUDENT, IS IN SERIOUS CONDITION IN THE HOSPITAL IN SANTA OTILIA."
    assert only_elsewhere("SANTA OTILIA", [text])
    assert not only_elsewhere("SANTA OTILIA", ["STUDENTS BURNED FOUR BUSES IN SANTA OTILIA."])
