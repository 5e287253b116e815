"""Rules of the thirteenth round (2026-12-03, evening): dev values the verifier
passed wrong under the lead rule's run (evals/runs/2026-12-03-...-45). Articles are ours."""

import pytest

from summarizer.verify.date_events import only_after_the_fact, only_said_or_after
from summarizer.verify.event_types import fight_between_forces, kind_contradicted


@pytest.mark.parametrize("texts,kind,contradicted", [
    # shelling, a missile or an air strike with nobody at hand is a bombing/explosion
    (["On 4 March 2025, a car was destroyed outside Velo village by a missile fired from a drone."],
     "armed attack", True),
    (["On 23 April 2020, the day after the looting, Kerst village was shelled with artillery; a boy was killed."],
     "riot/protest", True),
    (["Troops shelled the village before dawn, then gunmen went from house to house."], "armed attack", False),
    (["Rebels stormed the post under cover of mortar and artillery fire."], "armed attack", False),
    (["Protesters stoned the police, who fired tear gas shells into the crowd."], "riot/protest", False),
    (["A drone strike destroyed a car on the Orlo road."], "bombing/explosion", False),
])
def test_shelling_or_a_strike_from_afar_is_no_armed_attack_or_riot(texts, kind, contradicted):
    said = kind_contradicted(kind, texts)
    assert (said is not None and "strike from afar" in said) is contradicted


def test_an_army_base_overrun_is_a_fight_with_armed_forces():
    assert fight_between_forces(["Rebels overran an army base near Tolk on Friday, killing at least 30 soldiers."])
    # a police station overrun, or raiders overrunning a village, is no fight with armed forces
    assert not fight_between_forces(["Guerrillas overran the police station and killed 11 policemen."])
    assert not fight_between_forces(["The village was overrun by raiders armed with machetes."])
    assert kind_contradicted("armed attack", ["Rebels overran an army base near Tolk, killing 30 soldiers."])


@pytest.mark.parametrize("rest,after", [
    ("a day after a tanker car of a derailed freight train began leaking ammonia.", True),
    ("a day after a gas main exploded under the high street.", True),
    ("a day after the county fair opened.", False),
])
def test_a_day_after_an_accident_began_is_not_its_date(rest, after):
    text = f"About 900 residents of Dellow were still barred from their homes on Wednesday, {rest}"
    assert only_after_the_fact("on Wednesday", [text]) is after


def test_a_day_both_after_the_fact_and_of_a_statement_is_not_the_events():
    texts = ["About 900 residents were still out of their homes on Wednesday, a day after the train derailed.",
             "Eleven people were treated for breathing difficulties, the health board said on Wednesday."]
    # neither rule alone holds every mention, the two together do
    assert not only_after_the_fact("Wednesday", texts)
    assert only_said_or_after("Wednesday", texts)
    assert not only_said_or_after("Wednesday", [*texts, "The train left the rails on Wednesday near Dellow."])


@pytest.mark.parametrize("name,text,taken_is_the_aim,harmed", [
    # a name and a clause about the person may stand between the noun and its verb
    ("guide", "Their guide, Anwar Tessel, who had grown up in the oasis, was shot dead as he barred the way.",
     True, True),
    ("cook", "The guide was shot dead and the camp's cook was beaten with rifle butts.", True, True),
    ("night guard", "Two nurses were abducted and a night guard was shot in the leg.", True, True),
    # in an abduction the one taken is its aim
    ("engineer", "Gunmen carried off an engineer of the oil company.", True, False),
    ("engineer", "Gunmen carried off an engineer of the oil company.", False, True),
    # shot at is aimed at, not only harmed
    ("guard", "Gunmen shot at the guard at the gate.", False, False),
])
def test_one_person_only_harmed_is_no_target(name, text, taken_is_the_aim, harmed):
    from summarizer.verify.parties import one_person_harmed
    assert one_person_harmed(name, [text], taken_is_the_aim=taken_is_the_aim) is harmed


def test_a_party_of_a_year_before_the_incidents_own_date_is_background_on_an_undated_page():
    from support.drafts import verifier_problems
    # no dateline and no full date: the incident's own date is the time a party is measured against
    page = ("Armed men abducted two Tessan engineers from their camp near Pellak on 19 February. "
            "Tessan nationals have been targeted several times in the province since 2008, when three Tessan "
            "surveyors were killed near Tamar.")
    targets = [{"name": "Tessan surveyors", "sentences": [2]}]
    flagged = verifier_problems(page, event_type="abduction", date_text="19 February", date_iso="2011-02-19",
                                date_sentences=[1], targets=targets)
    assert any("before 2011" in p for p in flagged)
    # without a date of its own the incident gives no time to measure against
    assert not any("before 2011" in p for p in verifier_problems(page, event_type="abduction", targets=targets))


def test_the_record_leaves_out_a_figure_that_counts_things_or_the_accused():
    from summarizer.core.schema import EventFields, EventList
    from summarizer.read.segment import segment
    from summarizer.records.derive import Article, incident_from
    text = ("A flash flood swept through the Tarn Valley campsite on Saturday night, killing four campers. "
            "Rescuers searched 2 miles of the riverbank before dawn. "
            "Three men were later arrested for looting abandoned tents.")
    event = EventList.model_validate({"events": [{"type": "natural disaster", "sentences": [1, 2, 3]}]}).events[0]
    fields = EventFields.model_validate({"casualties": [
        {"category": "killed", "count": 4, "sentence": 1},
        {"category": "missing", "count": 2, "sentence": 2},  # "2 miles": a distance, no one
        {"category": "captured/abducted", "count": 3, "sentence": 3}]})  # arrested: accused, not harmed
    inc = incident_from(event, fields, Article(segment(text), text))
    assert [(c.category, c.count) for c in inc.casualties] == [("killed", 4)]


# -- right gold of the thirteenth twelve the verifier rejected --------------------------


def test_a_database_entry_date_followed_by_a_colon_is_a_full_date():
    from summarizer.verify.dates import explicit_dates, report_date
    page = ("27-Dec-98: A man threw a grenade into a bar in Peshtani, injuring seven customers.\n\n"
            "15-Jan-99: Four armed men abducted a grain trader in Vrana. As of 02/01/1999, he was still held.")
    assert explicit_dates(page)[0].isoformat() == "1998-12-27"
    # the page's time is its first entry's, so the entry of the year before is no background
    assert report_date(None, page.split("\n\n")).isoformat() == "1998-12-27"
    # a clock time after a day and a month is no year
    assert explicit_dates("The blast came on 14 MAR 10:30 local time.") == []


def test_a_vehicle_leaving_the_road_tells_an_accident_where_it_happened():
    from summarizer.verify.cues import EVENT_VERBS
    assert EVENT_VERBS.search("It left the road on a sharp bend near the hamlet of Dravo and rolled down the slope.")
    assert EVENT_VERBS.search("The lorry overturned on the bypass.")
    assert not EVENT_VERBS.search("The ministry rolled out a new road safety plan.")


def test_the_subject_whose_network_a_cyberattack_hit_is_its_target():
    from summarizer.verify.roles import plays_role
    text = ("Halver Health Partners, a private group that runs nine hospitals across Ostmark, said on Tuesday that "
            "its core systems were working again, more than a week after a ransomware attack on its network.")
    assert plays_role("Halver Health Partners", "targets", [text])
    # the subject who only speaks of another's network is no target
    other = ("Halver Health Partners said on Tuesday that the ransomware attack on the city council had not "
             "reached any of its hospitals.")
    assert not plays_role("Halver Health Partners", "targets", [other])


def test_a_target_named_again_by_its_kind_or_parked_beside_it_is_no_other_target():
    from summarizer.verify.parties import no_other_target
    texts = ["03-Feb-11: The district health centre in Halvo was set on fire during the night by unidentified men.",
             "The building and an ambulance parked beside it were destroyed; no casualties were reported."]
    targets = ["district health centre", "building", "ambulance"]
    assert no_other_target("building", targets, texts)
    assert no_other_target("ambulance", targets, texts)
    assert not no_other_target("district health centre", targets, texts)
    # the kind alone when nothing else is named is the target itself; an ambulance fired on is a target
    assert not no_other_target("building", ["building"], texts)
    assert not no_other_target("ambulance", ["ambulance"], ["Gunmen fired on an ambulance near Halvo."])


def test_the_number_of_those_who_did_the_act_is_no_figure():
    from summarizer.verify.categories import counts_attackers
    assert counts_attackers(4, ["15-Jan-99: Four armed men abducted a grain trader from his warehouse in Vrana."])
    assert not counts_attackers(4, ["Gunmen abducted four men from a warehouse in Vrana."])


def test_a_state_of_emergency_declared_dates_no_event():
    text = "The governor declared a state of emergency on Wednesday, closing schools."
    assert only_after_the_fact("on Wednesday", [text])
    assert not only_after_the_fact("on Wednesday", ["Freezing rain brought down power lines on Wednesday."])


def test_where_the_victims_were_driving_to_is_not_where_it_happened():
    from summarizer.verify.place_roles import only_elsewhere
    assert only_elsewhere("Sabrec", ["The priests were seized near Kette as they drove back to Sabrec."])
    assert not only_elsewhere("Kette", ["The priests were seized near Kette as they drove back to Sabrec."])


def test_a_country_named_only_by_its_people_is_not_stated():
    from summarizer.verify.place_roles import only_as_origin
    assert only_as_origin("Ostrelia", ["Grenade hurled into polling station as Ostrelians vote"])
    assert not only_as_origin("Ostrelia", ["Ostrelians voted across Ostrelia on Sunday."])
    # an adjective naming a body is no people from elsewhere ("the Belvarran Union of Journalists")
    assert not only_as_origin("Belvarra", ["The Belvarran Union of Journalists condemned the attack."])


@pytest.mark.parametrize("site,town", [
    ("Selvane cooperative", "Selvane"), ("Harl bakery", "Harl"), ("Green Furrow Cooperative", "Green Furrow Cooperative"),
])
def test_a_site_named_after_its_town_is_the_town(site, town):
    from summarizer.records.regions import town_of_site
    assert town_of_site(site, ["Raiders drove off cattle at the farming cooperative."]) == town


# -- right gold of the fourteenth twelve the verifier rejected ---------------------------


@pytest.mark.parametrize("count,text", [
    (2, "TWO RANCH HANDS WHO TRIED TO STOP THE KIDNAPPERS WERE SHOT AND WOUNDED."),
    (1, "The rector said 38 students had been taken, according to a roll call, and that one security guard had "
        "been shot in the leg."),
])
def test_those_who_took_people_and_a_shot_limb_name_no_one_taken(count, text):
    from summarizer.verify.categories import category_conflict
    assert category_conflict("injured", count, [text]) is None


def test_an_iso_date_is_one_day():
    from summarizer.verify.dates import names_a_span_of_days
    assert not names_a_span_of_days("2021-03-05")
    assert names_a_span_of_days("14-15 June 2017")


@pytest.mark.parametrize("name,kind,text,plays", [
    ("Unidentified assailants", "perpetrators", "2021-03-05: Unidentified assailants poured fuel over the entrance "
     "of the Al-Nour Mosque in Qaswa and set it alight.", True),
    ("Al-Nour Mosque", "targets", "2021-03-05: Unidentified assailants poured fuel over the entrance of the Al-Nour "
     "Mosque in Qaswa and set it alight.", True),
    ("crowd", "targets", "Police moved in, charging the crowd with batons and firing rubber bullets.", True),
    ("county police headquarters", "targets", "Protesters tried to storm the county police headquarters.", True),
    ("energy ministry", "targets", "Police fired tear gas at protesters who had tried to march on the energy "
     "ministry.", False),
    ("Ministry of Foreign Affairs", "targets", "Thousands of documents stolen from the Ministry of Foreign Affairs "
     "were published on a leak site.", True),
    ("Grey Heron", "perpetrators", "A group calling itself Grey Heron posted about 41,000 files in an archive.", True),
    ("gateway", "targets", "The attackers got in with stolen login details for the gateway.", False),
])
def test_acts_of_arson_policing_data_theft_and_an_attempted_storming(name, kind, text, plays):
    from summarizer.verify.roles import plays_role
    assert plays_role(name, kind, [text]) is plays


def test_a_fort_besieged_is_a_target_of_the_battle_fought_at_it():
    from summarizer.core.schema import DraftIncident
    from summarizer.verify.parties import where_it_happened
    inc = DraftIncident(summary="s", summary_sentences=[1], event_type="battle/clash", event_type_sentences=[1],
                        place="Fort Harrowgate")
    assert not where_it_happened("Fort Harrowgate", inc, None)
    town = DraftIncident(summary="s", summary_sentences=[1], event_type="battle/clash", event_type_sentences=[1],
                         place="Sedrin")
    assert where_it_happened("Sedrin", town, None)


def test_people_taken_in_for_questioning_or_escaped_are_no_figure():
    from summarizer.verify.categories import presence_total
    from summarizer.verify.counted import counts_the_accused
    assert counts_the_accused(3, ["Police said three people had been taken in for questioning."])
    assert presence_total(9, ["Police said 31 students had been abducted, and that nine others escaped in the "
                              "darkness."])


def test_to_storm_a_fort_is_an_assault_not_the_weather():
    from summarizer.verify.event_types import type_stated
    text = "Before dawn, rebel fighters made a second attempt to storm the fort, ramming the south gate."
    assert not type_stated("natural disaster", [text])
    assert type_stated("natural disaster", ["A storm brought down power lines across the province."])
