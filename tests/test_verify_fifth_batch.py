"""Verifier rules found by the audit of run -14 and by the fifth and sixth batches of
gold (2026-12-03): values it accepted that gold says are wrong, right gold it
rejected, and the wrong values the batches' probes put into copies of dev gold
(the seventh and eighth batches: test_verify_later_batches.py)."""

import pytest
from support.drafts import verifier_problems as problems

from summarizer.core.schema import Draft
from summarizer.read.segment import segment
from summarizer.verify.categories import categories_named, category_conflict, presence_total
from summarizer.verify.event_types import kind_contradicted, tells_an_event, type_stated
from summarizer.verify.names import described_as_an_organisation
from summarizer.verify.place_roles import only_as_consequence, only_as_reference, only_as_route_end
from summarizer.verify.roles import plays_role
from summarizer.verify.rules import Verifier


# Found by the audit of run -14 (2026-12-03).

@pytest.mark.parametrize("name,text,organisation", [
    ("Harbour of Hope Relief", "Assailants stormed the office of Harbour of Hope Relief, an aid agency, in Varosk.", True),
    ("Harbour of Hope Relief", "Gunmen attacked the offices of Harbour of Hope Relief in Varosk.", True),
    ("Varosk", "Assailants stormed the office of Harbour of Hope Relief, an aid agency, in Varosk.", False),
    ("Varosk", "Varosk, a market town of 20,000, was quiet on Monday.", False),
    ("Amsel", "The blast sent flames into the sky near the village of Amsel, the company said.", False),
])
def test_a_name_described_as_an_organisation_is_no_place(name, text, organisation):
    assert described_as_an_organisation(name, text) is organisation


def test_the_datelines_city_is_no_country():
    article = ("STENNICK, Cresland, August 19, 2026 (Meridian Press) - Inmates at Grenholt Prison in Stennick "
               "rioted on Tuesday over a plan to transfer 200 of them.")
    flagged = problems(article, event_type="riot/protest", place="Grenholt Prison", country="Stennick",
                       location_sentences=[1])
    assert any("the dateline's city, not a country" in p for p in flagged)
    assert not any("dateline's city" in p for p in problems(
        article, event_type="riot/protest", place="Stennick", country="Cresland", location_sentences=[1]))


@pytest.mark.parametrize("event_type,text,stated", [
    ("industrial accident", "Another 23 homes in Cragmoor were damaged.", False),  # no dam
    ("industrial accident", "Water poured over the Kessel dam.", True),
    ("transport accident", "Gunmen carried out the raid on a business in the port.", False),  # no car, no bus
    ("transport accident", "A bus and two cars collided.", True),
    ("natural disaster", "Gunmen stormed the hotel.", False),
    ("armed attack", "Gunmen stormed the hotel.", True),
    ("natural disaster", "The storm flattened crops.", True),
    ("abduction", "The attack took place at dawn.", False),
    ("abduction", "The gunmen took four engineers.", True),
    ("natural disaster", "A surgeon treated the wounded.", False),
    ("bombing/explosion", "Three miners were trapped.", False),
])
def test_a_word_that_starts_with_a_cue_is_not_always_it(event_type, text, stated):
    assert type_stated(event_type, [text]) is stated


# Right gold of the fifth batch the verifier rejected (2026-12-03).

@pytest.mark.parametrize("category,count,text", [
    ("captured/abducted", 2, "Armed men stopped the car and forced the two men at gunpoint into a waiting van."),
    ("injured", 2, "Soldiers fired back, and two bystanders were hit in the crossfire: a conscript and a motorcyclist."),
    ("killed", 3, "A doctor said twelve passengers had died, as three of the wounded had not survived the night."),
])
def test_harm_told_without_a_casualty_word(category, count, text):
    assert category_conflict(category, count, [text]) is None
    assert category in categories_named(text)


@pytest.mark.parametrize("text", [
    "A doctor said twelve passengers had died, as three of the wounded had not survived the night.",
    "The charity said its staff had treated 47 wounded people, and that three had died of their injuries.",
])
def test_the_wounded_who_died_are_no_injured(text):
    assert category_conflict("injured", 3, [text]) == {"killed"}


def test_a_figure_and_its_noun_alone_are_the_subject_of_what_follows():
    assert not presence_total(1, ["One resident, a 72-year-old woman, drowned when water poured into her flat."])
    assert presence_total(280, ["About 280 soldiers were stationed at the base."])
    assert presence_total(40, ["The coach was carrying 40 passengers, the police said."])


def test_a_river_cresting_tells_an_event():
    assert tells_an_event("At 0315 CDT on July 10 the river crested at 22.6 feet at Emmettsville.")


def test_an_armed_drone_is_no_accident_whatever_burned():
    texts = ["On 4 February 2023, an armed drone hit a fuel depot at Kasra; the explosions set at least three "
             "storage tanks ablaze."]
    assert kind_contradicted("bombing/explosion", texts) is None
    assert kind_contradicted("industrial accident", texts) == "a deliberate act"
    assert kind_contradicted("industrial accident", ["Gas stored in the plant's storage tanks exploded."]) is None


# The fifth batch's probes (2026-12-03).

@pytest.mark.parametrize("name,text,reference", [
    ("Dova", "Unidentified forces shelled Lirra village (Tanner district), about 25 km south of Dova.", True),
    ("Sedrin", "They ambushed an army column at the village of Orvik, north of Sedrin.", True),
    ("Lirra", "Unidentified forces shelled Lirra village (Tanner district), about 25 km south of Dova.", False),
    ("Dova", "Fighters raided Dova, 25 km from the border.", False),
    ("Linton", "The tornado touched down 2 miles west of Linton and moved through the north side of town.", False),
    ("Halde", "Soldiers at a post some 200 metres from Halde fired back.", False),
])
def test_a_point_of_reference_is_no_place(name, text, reference):
    assert only_as_reference(name, [text]) is reference


def test_a_place_named_only_for_an_earlier_event_is_not_this_ones():
    article = ("KARVEN, Ostria, May 6, 2026 (Wire) - A roadside bomb hit the governor's convoy near Halde on Tuesday. "
               "In 2024 a grenade was thrown at her house in Stellan, the provincial capital.")
    flagged = problems(article, event_type="bombing/explosion", place="Stellan", location_sentences=[2])
    assert any("only for an event before this one" in p for p in flagged)
    assert not any("before this one" in p for p in problems(
        article, event_type="bombing/explosion", place="Halde", location_sentences=[1]))


def test_care_given_afterwards_tells_no_event():
    assert not tells_an_event("The provincial hospital in Tessar treated 61 wounded police officers and civilians.")
    assert tells_an_event("Two officers were killed in Tessar.")


@pytest.mark.parametrize("name,text,perpetrator", [
    ("Soldiers", "Soldiers at an army post some 200 metres up the road fired back, and two bystanders were hit.",
     False),
    ("Gunmen", "Gunmen attacked the post, and soldiers fired back.", True),
    ("security forces", "Nine inmates were killed when security forces stormed the prison late on Sunday to end "
     "the riot, the ministry said.", False),
    ("Security forces", "Security forces opened fire on protesters in the town.", True),
    # a common noun is not the end of a capitalised name
    ("army", "The army blamed the Southern Liberation Army (SLA), which denied any role in the strike.", False),
    ("Southern Liberation Army", "The army blamed the Southern Liberation Army (SLA), which denied any role in the "
     "strike.", True),
])
def test_responders_and_blamers_are_no_perpetrators(name, text, perpetrator):
    assert plays_role(name, "perpetrators", [text]) is perpetrator


@pytest.mark.parametrize("count,text,attackers", [
    (30, "THE ATTACKERS, ABOUT 30 MEMBERS OF THE PEOPLE'S REVOLUTIONARY ARMY (ERP), SEIZED THE WEAPONS AND FLED.",
     True),
    (300, "Before dawn on 11 May 2018, about 300 TLM fighters attacked the police headquarters in Varn.", True),
    (4, "The blast killed 12 people, including 4 rebels.", False),
    (17, "The police said nine officers and 17 rebels had been killed.", False),
])
def test_the_attackers_counted_are_no_casualties(count, text, attackers):
    assert presence_total(count, [text]) is attackers


TWO_CHECKPOINTS = ("Gunmen attacked a police checkpoint outside the town of Lesko on Tuesday, killing four officers. "
                   "On Wednesday, a second group of armed men opened fire on a checkpoint at the entrance to Bravik, "
                   "wounding three officers.")


def _two_incidents(second: dict) -> list[str]:
    # The second has a date of its own, else repair.py folds it into the first as a restatement.
    base = {"casualties": [], "perpetrators": [], "targets": []}
    draft = Draft.model_validate({"incidents": [
        {**base, "summary": "Lesko.", "summary_sentences": [1], "event_type": "armed attack",
         "event_type_sentences": [1]},
        {**base, "summary": "Bravik.", "summary_sentences": [2], "event_type": "armed attack",
         "event_type_sentences": [2], "date_text": "On Wednesday", "date_sentences": [2], **second}]})
    return [str(p) for p in Verifier(segment(TWO_CHECKPOINTS), TWO_CHECKPOINTS)(draft)]


def test_a_value_told_only_by_another_incidents_sentences_is_borrowed():
    borrowed = _two_incidents({"casualties": [
        {"category": "killed", "count": 4, "qualifier": "exact", "sentences": [1]}]})
    assert any("incident 2, casualties[0]" in p and "tell of incident 1" in p for p in borrowed)
    own = _two_incidents({"casualties": [
        {"category": "injured", "count": 3, "qualifier": "exact", "sentences": [2]}]})
    assert not any("tell of incident" in p for p in own)
    place = _two_incidents({"place": "Lesko", "location_sentences": [1]})
    assert any("incident 2, location" in p and "tell of incident 1" in p for p in place)


def test_a_side_of_a_battle_fights_in_its_own_clause():
    text = ("Several mortar rounds came down on houses near the town's livestock market, and residents said families "
            "had sheltered in cellars as the fighting moved from street to street.")
    assert not plays_role("livestock market", "targets", [text], either_side=True)
    assert plays_role("Kessany Hawks", "perpetrators", ["The Kessany Hawks fought the Ambrel Defence Brigade."],
                      either_side=True)


def test_an_event_of_the_previous_month_is_no_type_of_this_one():
    article = ("03/05/2017: Unidentified assailants set fire to the local office of the Civic Renewal Party in Tobrelo. "
               "In the previous month, unknown attackers had thrown a grenade at the office of the Farmers' "
               "Mutual Association in Palvek.")  # (petrol bombs would be no bombing at all: the seventy-second batch)
    flagged = problems(article, event_type="bombing/explosion", event_type_sentences=[2])
    assert any("tell of an earlier event" in p for p in flagged)
    assert not any("earlier event" in p for p in problems(article, event_type="armed attack",
                                                          event_type_sentences=[1]))


def test_the_day_of_an_appeal_is_no_events_date():
    article = ("SAN ELOY, Sarvenia, March 11, 2026 (Wire) - Armed men abducted a priest late on Monday. "
               "Bishop Tome Varga appealed on Tuesday for the priest's release.")
    flagged = problems(article, event_type="abduction", date_text="on Tuesday", date_sentences=[2])
    assert any("Tuesday" in p for p in flagged)


@pytest.mark.parametrize("name,text,target", [
    ("San Blas de la Sierra", "A GROUP OF GUERRILLAS AMBUSHED A NATIONAL POLICE PATROL YESTERDAY ON THE ROAD THAT "
     "LINKS SAN BLAS DE LA SIERRA WITH THE COAST.", False),
    ("Korva Central Prison", "Inmates rioted at Korva Central Prison on Sunday, taking four guards hostage.", False),
    ("guards", "Inmates rioted at Korva Central Prison on Sunday, taking four guards hostage.", True),
])
def test_where_it_happened_is_no_target(name, text, target):
    assert plays_role(name, "targets", [text]) is target


def test_a_country_is_no_target():
    article = "Hacktivists knocked the foreign ministry of Lendaria offline on Monday, the agency said."
    flagged = problems(article, event_type="cyberattack", country="Lendaria", location_sentences=[1],
                       targets=[{"name": "Lendaria", "sentences": [1]}])
    assert any("where it happened" in p for p in flagged)


@pytest.mark.parametrize("name,text,elsewhere", [
    ("Villa Hermosa", "GUERRILLAS BLEW UP A PYLON NEAR THE TOWN OF LAS PALMITAS, LEAVING THE CITY OF VILLA HERMOSA "
     "WITHOUT ELECTRICITY.", True),
    ("Tarrow", "The blast at the substation cut power to Tarrow for six hours.", True),
    ("Las Palmitas", "GUERRILLAS BLEW UP A PYLON NEAR THE TOWN OF LAS PALMITAS, LEAVING THE CITY OF VILLA HERMOSA "
     "WITHOUT ELECTRICITY.", False),
])
def test_where_the_consequences_reached_is_no_place(name, text, elsewhere):
    assert only_as_consequence(name, [text]) is elsewhere


def test_the_end_of_a_journey_is_no_place():
    text = "The coach was carrying about 40 people from Daskor to the port of Ferrenz when the attackers fired."
    assert only_as_route_end("Ferrenz", [text]) and only_as_route_end("Daskor", [text])


@pytest.mark.parametrize("name,text,target", [
    ("school", "Residents said mortar rounds had hit the village school and several houses.", False),
    ("houses", "Residents said mortar rounds had hit the village school and several houses.", False),
    ("troops", "IN THE ENSUING CLASH FIVE TERRORISTS WERE KILLED, AND THE TROOPS SEIZED RIFLES.", False),
    ("TLM", "Before dawn, about 300 TLM fighters attacked the police headquarters in Varn.", False),
    ("Government troops", "Government troops and fighters of the Southern Tribes Alliance clashed for a second day.",
     True),  # a side that fights may be the attacked one
    ("army outpost", "The alliance's fighters attacked an army outpost, and seven soldiers were killed.", True),
])
def test_a_battles_target_is_a_side_attacked_not_its_damage_nor_its_attacker(name, text, target):
    assert plays_role(name, "targets", [text], either_side=True) is target


def test_a_fight_denied_or_a_fighter_is_no_battle():
    text = ("On 15 May an army column of about 800 soldiers reached Varn, and the TLM fighters withdrew into the "
            "forest without further fighting.")
    assert not type_stated("battle/clash", [text])
    assert type_stated("battle/clash", ["Troops and rebels fought for two hours."])
    assert kind_contradicted("armed attack", ["Rebels attacked an army post without a fight from the soldiers."]) \
        is None


# Right gold of the sixth batch the verifier rejected (2026-12-03).

def test_blown_up_is_a_bombing():
    assert type_stated("bombing/explosion", ["Assailants had blown up an electricity pylon near Sedro."])


@pytest.mark.parametrize("name,kind,text", [
    ("armed men", "perpetrators", "A GROUP OF ABOUT 15 HEAVILY ARMED MEN BURST INTO THE OFFICES OF THE COOPERATIVE AT "
     "DAWN YESTERDAY AND CARRIED OFF THREE AGRONOMISTS."),
    ("agronomists", "targets", "A GROUP OF ABOUT 15 HEAVILY ARMED MEN BURST INTO THE OFFICES OF THE COOPERATIVE AT "
     "DAWN YESTERDAY AND CARRIED OFF THREE AGRONOMISTS."),
    ("Armed men", "perpetrators", "Armed men blocked the highway between Lemu and Tashiri with a truck near the "
     "village of Gadan Kura on Monday afternoon, forced an intercity bus to stop and marched 12 of its passengers "
     "into the bush."),
    ("Glasshouse", "perpetrators", "A gang calling itself Glasshouse added Tarsel Valley Water to its leak site on "
     "Thursday night."),
])
def test_acts_of_taking_and_a_gangs_claim(name, kind, text):
    assert plays_role(name, kind, [text])
    assert not plays_role("Tarsel Valley Water", "perpetrators", [
        "A gang calling itself Glasshouse added Tarsel Valley Water to its leak site on Thursday night."])


# The sixth batch's probes (2026-12-03).

@pytest.mark.parametrize("text,figures", [
    ("One man, 71, died of carbon monoxide poisoning in Wexley.", {1}),
    ("A man died when his pickup slid off State Highway 40 and struck a tree.", set()),
    ("Officer Lenn, 34, and two colleagues were wounded.", {2}),
    ("The attack killed 12 people, 4 of them children.", {12, 4}),
])
def test_an_age_or_a_road_number_is_no_count(text, figures):
    from summarizer.verify.numbers import figures_in
    assert figures_in(text) == figures


def test_the_day_a_toll_was_given_is_no_events_date():
    article = ("OSTRELO, Vardia, March 15, 2026 (Wire) - Gunmen fired on traders in the market on Friday. "
               "Doctors at the district hospital gave a higher toll on Saturday: they said nine people had died.")
    flagged = problems(article, date_text="on Saturday", date_sentences=[2])
    assert any("when something was said" in p for p in flagged)


def test_a_date_long_before_the_report_is_an_earlier_events():
    article = ("The 2013 embassy attack was an armed assault on the embassy in Sarrum on 9 October 2013. "
               "On 3 June 2012, about 2,000 protesters gathered outside the embassy and threw stones at its gates.")
    flagged = problems(article, date_text="3 June 2012", date_iso="2012-06-03", date_sentences=[2])
    assert any("before the time of the report" in p for p in flagged)
    assert not any("before the time" in p for p in problems(
        article, date_text="9 October 2013", date_iso="2013-10-09", date_sentences=[1]))


@pytest.mark.parametrize("name,text,perpetrator", [
    ("army command", "THE ARMY COMMAND IN CORALINA REPORTED THAT FOUR POLICEMEN WERE KILLED.", False),
    ("Derrin Mujahideen Council", "The Derrin Mujahideen Council did not comment on the roadside blast.", False),
    ("Belharran special forces", "Police and Belharran special forces surrounded the compound and stormed the "
     "building after a four-hour siege, killing all five attackers.", False),
    ("Gunmen", "Gunmen stormed the embassy after dark, killing two guards.", True),
    ("police", "The bomber, who wore a police uniform, detonated his explosives at the roll call.", False),
])
def test_sources_responders_and_disguises_are_no_perpetrators(name, text, perpetrator):
    assert plays_role(name, "perpetrators", [text]) is perpetrator


def test_the_town_an_attacked_building_stands_in_is_no_target():
    text = "Gunmen attacked a police station in the town of Quillen in the southern province."
    assert not plays_role("Quillen", "targets", [text])
    assert plays_role("police station", "targets", [text])


@pytest.mark.parametrize("name,text,elsewhere", [
    ("Mervan", "Three of the most seriously hurt were flown to the regional hospital in Mervan.", True),
    ("Baz Kala", "The school had burned down by the time a fire engine arrived from Baz Kala.", True),
    ("Dornach hills", "The fighting lasted two hours before the attackers withdrew toward the Dornach hills.", True),
    ("Ulmsk", "The colonel was speaking to reporters at the brigade's headquarters in Ulmsk.", True),
    ("Lusk", "Gunmen raided the district hospital in Lusk late on Sunday night.", False),
])
def test_where_people_went_came_from_or_spoke_is_no_place(name, text, elsewhere):
    from summarizer.verify.place_roles import only_elsewhere
    assert only_elsewhere(name, [text]) is elsewhere


def test_a_place_named_only_for_other_things_each_its_own_is_not_the_place():
    article = ("TAMSA, Rell, March 3, 2026 (Wire) - Gunmen ambushed an aid convoy on the road between Tamsa and "
               "Orrik on Monday. In November 2025, two of the agency's staff were killed near Orrik.")
    flagged = problems(article, place="Orrik", location_sentences=[1, 2])
    assert any("only for something else" in p for p in flagged)


def test_a_crowd_fighting_police_is_a_riot():
    assert kind_contradicted("battle/clash", ["Flares and seats fly as fans fight police after the derby"]) == \
        "a crowd fighting police (a riot/protest)"
    assert kind_contradicted("battle/clash", ["Troops clashed with rebels near the police post."]) is None


def test_figures_in_brackets_take_the_category_before_them():
    text = ("11 fatalities (9 militants, 2 soldiers), according to a military source; local residents reported "
            "4 civilians injured by stray fire.")
    assert category_conflict("injured", 2, [text]) == {"killed"}
    assert category_conflict("injured", 4, [text]) is None


def test_ground_held_is_no_captive_and_sides_are_no_people():
    from summarizer.verify.counted import counts_things
    text = ("Around 40 militants assaulted an army outpost from two sides with machine guns; troops held the "
            "position and fought them off.")
    assert counts_things(2, [text])
    assert "captured/abducted" not in categories_named("troops held the position and fought them off")
