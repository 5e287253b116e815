"""Rules for values the trust audit found verified and wrong on the twelve gold
articles added on 2026-12-03 (benchmarks/trust_audit.py --split dev): a score read
as a death toll, arson typed an accident, "since January" taken for a date, a
consequence and an affiliation taken for targets. Each rule fails on the wrong
value and passes on the right one. Articles are ours."""

import pytest
from support.drafts import one_figure
from support.drafts import verifier_problems as problems

from summarizer.verify.categories import categories_named, category_conflict, presence_total
from summarizer.verify.date_events import only_when_freed
from summarizer.verify.dates import bounds_a_period
from summarizer.verify.event_types import counts_events, kind_contradicted, tells_an_event, type_stated
from summarizer.verify.names import described_as_an_organisation
from summarizer.verify.place_roles import only_as_route_end
from summarizer.verify.numbers import figures_in
from summarizer.verify.roles import plays_role
from summarizer.verify.tallies import named_of_an_earlier_year, of_an_earlier_year, tally


@pytest.mark.parametrize("text,figures", [
    ("Lorsk Athletic lost 3-1 to its old rivals.", set()),  # a score
    ("The battle was fought on 14\u201315 June.", set()),  # a span of days
    ("Rennick said 14 officers were injured.", {14}),
    ("More than 2,000 people fled.", {2000}),
    ("Type: de Havilland Canada DHC-8-102", set()),  # a designation: a code, no count (numbers._CODE_BEFORE)
])
def test_two_numbers_joined_by_a_dash_are_no_count(text, figures):
    assert figures_in(text) == figures


def test_a_score_is_no_death_toll():
    article = "Fans rioted in Lorsk on Sunday after their team lost 3-1 to its old rivals."
    flagged = problems(article, event_type="riot/protest", casualties=one_figure("killed", 1, "fans"))
    assert any("casualties[0]" in p for p in flagged)


@pytest.mark.parametrize("texts,contradicted", [
    (["Assailants set fire to the Church of Saint Ilian in Mereth."], True),
    (["Armed men torched a sawmill outside Oska."], True),
    (["A fire broke out in a sawmill outside Oska after a boiler exploded."], False),
])
def test_a_fire_set_by_assailants_is_no_accident(texts, contradicted):
    assert (kind_contradicted("industrial accident", texts) is not None) is contradicted


@pytest.mark.parametrize("phrase,bound", [
    ("since January 2019", True),
    ("until March", True),
    ("on 14 August 2019", False),
    ("before dawn on Sunday", False),
])
def test_a_periods_bound_is_no_date(phrase, bound):
    assert bounds_a_period(phrase) is bound


def test_since_january_is_flagged_as_an_events_date():
    article = "It was the third attack on a church in the province since January 2019."
    flagged = problems(article, date_text="since January 2019", date_sentences=[1])
    assert any("period" in p for p in flagged)


BRIDGE = ("A bomb exploded under a road bridge outside the town of Ardlow early on Sunday, wounding two "
          "motorists and cutting the main highway to the north, the ministry said.")
RIOT = ("Officers fired tear gas and rubber bullets to disperse several hundred supporters of Lorsk Athletic "
        "who had gathered at the main gate.")


@pytest.mark.parametrize("name,text,target", [
    ("main highway", BRIDGE, False),  # the object of "cutting", a consequence
    ("road bridge", BRIDGE, True),
    ("two motorists", BRIDGE, True),
    ("Lorsk Athletic", RIOT, False),  # whose supporters they were
    ("supporters of Lorsk Athletic", RIOT, True),
    ("guards", "Gunmen stormed the depot, killing two guards.", True),
])
def test_a_target_is_the_acts_object_not_a_consequence_or_an_affiliation(name, text, target):
    assert plays_role(name, "targets", [text]) is target


@pytest.mark.parametrize("text,counted", [
    ("This was the third attack on a church in the province since January 2019.", True),
    ("This incident was one of two related attacks in Ravna province on this date.", True),
    ("Gunmen killed five villagers in Kettu on Sunday, the third attack on the village since January.", False),
    ("The attack was condemned by the governor.", False),
])
def test_a_sentence_that_counts_events_reports_none(text, counted):
    assert counts_events([text]) is counted


def test_an_incident_told_only_by_a_count_of_events_is_background():
    article = ("Assailants set fire to a church in Mereth on Sunday. "
               "This was the third attack on a church in the province since January.")
    flagged = problems(article, event_type="armed attack", event_type_sentences=[2], summary_sentences=[2])
    assert any("count events" in p for p in flagged)
    assert not any("count events" in p for p in problems(article, event_type="armed attack"))


# Found by writing the second batch of gold (2026-12-03): each checked by putting a
# wrong value into a copy of a dev article's gold.

@pytest.mark.parametrize("text,figures", [
    ("Six miners were still missing in shaft No. 4.", {6}),
    ("Gunmen opened fire at Gate 3, killing 2 guards.", {2}),
])
def test_a_labels_number_is_no_count(text, figures):
    assert figures_in(text) == figures


def test_a_name_is_no_word_of_harm():
    article = "The three were freed late on Wednesday after talks led by elders from Tollan, officials said."
    flagged = problems(article, event_type="abduction", casualties=one_figure("injured", 3, "aid workers"))
    assert not any("not injured" in p for p in flagged)  # "Tollan" named no deaths
    assert categories_named("elders from Tollan said") == set()
    assert categories_named("The death toll rose to 12.") == {"killed"}


def test_people_moved_are_no_casualties():
    article = "The 60-bed hospital was damaged, and 14 patients were moved to a clinic in Varsel."
    flagged = problems(article, casualties=one_figure("injured", 14, "patients"))
    assert any("present" in p for p in flagged)


@pytest.mark.parametrize("text,earlier", [
    ("In 2019, a fire at the same mine killed five miners.", True),
    ("The hospital was looted in March, and in 2024 two nurses were killed there.", True),
    ("On 3 June 2015 a bomb at the bus terminal killed 12 people.", True),
    ("Five miners were killed on Monday, the worst accident since 2019.", False),
    ("Five miners were killed in the blast, the mine's owner said.", False),
])
def test_a_figure_of_an_earlier_year_is_no_incidents(text, earlier):
    count = 2 if "two nurses" in text else 12 if "12" in text else 5
    assert of_an_earlier_year(count, [text], 2026) is earlier


@pytest.mark.parametrize("name,texts,route_end", [
    ("Oskel", ["Gunmen seized three aid workers on the road between Oskel and Varsel on Saturday."], True),
    ("Varsel", ["A bus travelling from Oskel to Varsel crashed near Tumi."], True),
    ("Tumi", ["A bus travelling from Oskel to Varsel crashed near Tumi."], False),
    ("Orvik", ["Fighters ambushed a column at the village of Orvik, on the road to Dovsk."], False),
    ("Oskel", ["Gunmen attacked Oskel on Sunday.", "The road between Oskel and Varsel was closed."], False),
])
def test_an_end_of_a_route_is_no_place_of_the_event(name, texts, route_end):
    assert only_as_route_end(name, texts) is route_end
    if route_end:
        flagged = problems(" ".join(texts), place=name, location_sentences=[1])
        assert any("end of a route" in p for p in flagged)


def test_people_unharmed_are_no_casualties():
    article = "The other 33 occupants left the aircraft through the rear door without injury."
    flagged = problems(article, event_type="transport accident", casualties=one_figure("injured", 33, "occupants"))
    assert any("present" in p for p in flagged)
    assert categories_named("Four people were injured.") == {"injured"}


def test_a_toll_over_several_places_is_a_tally():
    article = "The storm's toll across the two islands stood at nine dead and four missing on Monday."
    flagged = problems(article, event_type="natural disaster", casualties=one_figure("killed", 9, "people"))
    assert any("tally" in p for p in flagged)


@pytest.mark.parametrize("phrase,texts,freed", [
    ("late on Wednesday", ["The three were freed late on Wednesday after talks led by elders, officials said."], True),
    ("on Wednesday", ["Three aid workers who were abducted on Saturday were freed on Wednesday."], True),
    ("on Saturday", ["Three aid workers who were abducted on Saturday were freed on Wednesday."], False),
    ("On Monday", ["On Monday gunmen seized two engineers."], False),
])
def test_the_day_captives_were_freed_is_no_abductions_date(phrase, texts, freed):
    assert only_when_freed(phrase, texts) is freed
    flagged = problems(texts[0], event_type="abduction", date_text=phrase, date_sentences=[1])
    assert any("freed" in p for p in flagged) is freed


@pytest.mark.parametrize("texts,place,flagged", [
    (["Armed men seized three aid workers near the village of Tollan on Saturday.",
      "The workers were being examined by doctors in Oskel, the provincial capital."], "Oskel", True),
    (["The interior ministry said that police reinforcements would arrive in Hollin within days."], "Hollin", True),
    (["Armed men seized three aid workers near the village of Tollan on Saturday."], "Tollan", False),
    (["Location: Grain Market, Mirsk, Sundora"], "Mirsk", False),  # a page's summary line
])
def test_a_place_is_named_where_an_event_is_told(texts, place, flagged):
    said = problems(" ".join(texts), place=place, location_sentences=list(range(1, len(texts) + 1)))
    assert any("tell of no event" in p for p in said) is flagged


# Found by the third batch's probes (2026-12-03): wrong values put into copies of dev gold.

def test_a_hyphenated_cue_states_its_type():
    assert type_stated("cyberattack", ["A distributed denial-of-service attack knocked the results website offline."])


def test_explosives_dropped_on_a_vehicle_make_it_the_target():
    text = "An unidentified drone dropped explosives on a vehicle travelling near Tuluk village."
    assert plays_role("vehicle", "targets", [text])


def test_the_day_of_a_statement_is_no_events_date():
    article = "In a statement on Saturday, the Duvrak Legion denied any role in the killings."
    flagged = problems(article, date_text="on Saturday", date_sentences=[1])
    assert any("when something was said" in p for p in flagged)


def test_the_toll_of_two_bombings_is_a_tally():
    assert tally(15, ["The ministry said the two bombings had killed 15 people and wounded 41."])
    assert not tally(11, ["The first of the two bombings killed 11 people."])


def test_a_party_of_an_earlier_year_is_not_this_incidents():
    article = ("PRADECK, Vellmar, May 6, 2026 (Meridian Press) - A bomb exploded at the Pradeck bus station on "
               "Tuesday, killing 11 people. "
               "The station was last bombed in 2023, when a suicide attacker killed eight people.")
    flagged = problems(article, event_type="bombing/explosion",
                       perpetrators=[{"name": "suicide attacker", "sentences": [2]}])
    assert any("before" in p for p in flagged)


def test_an_end_of_a_routes_name_is_no_place():
    text = "An unidentified drone dropped explosives on a vehicle on the Sarkoy-Ulmen road near Tuluk village."
    assert only_as_route_end("Sarkoy", [text])
    assert not only_as_route_end("Tuluk", [text])


def test_a_fight_with_armed_forces_is_told_in_one_sentence():
    texts = ["It began with a failed assault on the town's police headquarters and ended when an army relief "
             "column reached the town.", "Police repelled the assault after two hours of fighting."]
    assert kind_contradicted("armed attack", texts) is None
    assert kind_contradicted("armed attack", ["Troops repelled an attack on the army base after heavy fighting."])


def test_a_group_that_has_operated_since_an_earlier_year_is_still_this_incidents():
    text = ("POLICE SOURCES BLAMED THE ATTACK ON THE PEOPLE'S REVOLUTIONARY ARMY (ERP), WHICH HAS OPERATED IN "
            "VALDORA SINCE 1984.")
    assert not named_of_an_earlier_year("People's Revolutionary Army (ERP)", [text], 1989)
    assert named_of_an_earlier_year("suicide attacker", [
        "The station was last bombed in 2023, when a suicide attacker killed eight people."], 2026)


def test_the_object_of_a_participle_is_no_target():
    text = "TLM fighters attacked the police post guarding the Ombra bridge in Varn with machine guns."
    assert not plays_role("Ombra bridge", "targets", [text])
    assert plays_role("police post", "targets", [text])
    assert plays_role("mayor", "targets", ["Gunmen killed five people, including the mayor."])


def test_who_blames_is_no_perpetrator():
    text = ("THE DEPARTMENTAL POLICE COMMANDER, COLONEL ARTURO OBREGON, BLAMED THE PATRIA LIBRE REVOLUTIONARY "
            "FRONT (FRPL) FOR THE ASSASSINATION.")
    assert not plays_role("Colonel Arturo Obregon", "perpetrators", [text])
    assert plays_role("Patria Libre Revolutionary Front (FRPL)", "perpetrators", [text])
    assert plays_role("Tessin Front", "perpetrators", ["The Tessin Front claimed responsibility for the attack."])


# Found by the third batch's dev audit (run -9).

def test_a_drone_strike_in_march_is_no_protest():
    assert not type_stated("riot/protest", ["On 2 March 2023, a drone strike on a livestock market killed 5."])
    assert type_stated("riot/protest", ["Workers went on strike."])
    assert type_stated("riot/protest", ["Thousands joined a march through the capital."])


def test_a_thing_named_before_was_is_a_target_only_before_an_act():
    assert not plays_role("bank", "targets", ["THE POLICE SAID NOBODY WAS HURT BECAUSE THE BANK WAS CLOSED."])
    assert plays_role("bank", "targets", ["The bank was attacked by gunmen."])


def test_the_source_of_a_figure_is_no_party():
    text = "The police said 14 officers and 37 rebels were killed in the fighting at the bridge."
    assert not plays_role("police", "perpetrators", [text], either_side=True)
    assert plays_role("Ambra Front", "perpetrators", ["The Ambra Front said it carried out the attack."])


@pytest.mark.parametrize("text,count,earlier", [
    ("In January, soldiers raided a camp outside Dashtir, killing six fighters, the army said at the time.", 6, True),
    ("Five people were killed in a similar attack last year.", 5, True),
    ("Five people were killed in early May.", 5, False),  # the report's own month
])
def test_a_figure_of_an_earlier_month_is_no_incidents(text, count, earlier):
    assert of_an_earlier_year(count, [text], 2026, 5) is earlier


def test_the_datelines_country_is_no_place():
    article = ("VELSHAR, Ormekia, June 17, 2026 (Northgate Wire) - Bombs exploded in two cities in Ormekia on "
               "Tuesday, killing 15 people.")
    flagged = problems(article, event_type="bombing/explosion", place="Ormekia", location_sentences=[1])
    assert any("is the country" in p for p in flagged)


def test_another_number_of_homes_starts_no_incident():
    from summarizer.verify.events import _NEW_INCIDENT
    assert not _NEW_INCIDENT.match("Another 23 homes in Cragmoor were damaged.")
    assert _NEW_INCIDENT.match("Another bomb exploded near the market.")


def test_a_drone_is_a_weapon_not_a_party():
    article = "On 21 April 2023, an unidentified drone dropped explosives on a vehicle near Tuluk village."
    flagged = problems(article, event_type="bombing/explosion",
                       perpetrators=[{"name": "unidentified drone", "sentences": [1]}])
    assert any("weapon" in p for p in flagged)


def test_an_attack_on_police_is_no_battle_without_armed_forces():
    texts = ["Before dawn on 11 May 2018, about 300 TLM fighters attacked the police headquarters in Varn.",
             "Police repelled the assault after two hours of fighting."]
    assert kind_contradicted("battle/clash", texts) == "an attack on police or villagers (an armed attack)"
    assert kind_contradicted("battle/clash", ["Rebels attacked an army post, and troops repelled them."]) is None
    # An army that only arrives fights nobody: "an army relief column reached the town".
    arriving = ["It began with a failed assault on the town's police headquarters and ended when an army relief "
                "column reached the town and the rebels withdrew into the forest."]
    assert kind_contradicted("battle/clash", arriving) == "an attack on police or villagers (an armed attack)"


def test_a_relative_clause_lends_no_role_to_the_name_before_it():
    text = ("The coast guard sent two patrol vessels and a helicopter to search the waters between Dremmel "
            "Island and the Merrin Islands, which belong to neighbouring Moravel.")
    assert not plays_role("coast guard", "perpetrators", [text])
    assert plays_role("Tessin Front", "perpetrators", ["The gunmen belonged to the Tessin Front, police said."])


# Found by the fourth batch's probes (parties, 2026-12-03).

@pytest.mark.parametrize("name,text,perpetrator", [
    ("Committee for a Free Press", "The Committee for a Free Press, a press-freedom group, condemned the killing.",
     False),  # comments on it
    ("Lira Santek", "The provincial police chief, Lira Santek, blamed the attack on the Black Viper gang.", False),
    ("Black Viper gang", "The provincial police chief, Lira Santek, blamed the attack on the Black Viper gang.", True),
    ("Petar Akkerin", "His bodyguard, Petar Akkerin, was shot dead when he reached for his pistol.", False),  # harmed
    ("Yusef Darrow", "The guard, Yusef Darrow, who had run after the bomber, was among the dead.", False),
    ("army", "The army said it had launched a search with helicopters and 300 soldiers.", False),
    ("Ambra Front", "The Ambra Front, a separatist group, said it carried out the attack.", True),
    ("Patriotic Workers Command", "A CALLER SAID THAT THE PATRIOTIC WORKERS COMMAND WAS HOLDING ESCALANTE.", True),
    ("Tessin Front", "The gunmen belonged to the Tessin Front, police said.", True),
])
def test_who_comments_or_is_harmed_is_no_perpetrator(name, text, perpetrator):
    assert plays_role(name, "perpetrators", [text]) is perpetrator


def test_a_bystander_beside_the_bomber_and_a_mayors_town_are_no_targets():
    assert not plays_role("guard", "targets", ["Witnesses said the bomber, a young man in a long coat, pushed past "
                                               "the guard at the door."])
    assert not plays_role("Dellow", "targets", ["Armed men stopped the car of Ilias Brenner, the mayor of the town "
                                                "of Dellow, on a road."])


def test_exchanging_fire_is_fighting_and_an_army_as_source_fights_nobody():
    assert plays_role("Police", "perpetrators", ["Police and armed smugglers exchanged fire at the crossing."],
                      either_side=True)
    texts = ["ON SUNDAY GUERRILLAS ATTACKED THE POLICE STATION.",
             "THE ARMY COMMAND IN CORALINA REPORTED THAT FOUR POLICEMEN WERE KILLED IN THE FIGHTING."]
    assert kind_contradicted("battle/clash", texts) is not None


def test_by_a_time_is_no_events_date():
    assert bounds_a_period("by Thursday evening")


def test_a_background_event_earlier_in_the_reports_year_is_not_this_incidents():
    text = "In March 2020, the Grey Ridge Front abducted two engineers in neighbouring Ulsk district."
    assert named_of_an_earlier_year("Grey Ridge Front", [text], 2020, 7)
    assert of_an_earlier_year(2, [text], 2020, 7)
    assert not of_an_earlier_year(2, ["On 19 July 2020, assailants killed 2 staff."], 2020, 7)


def test_a_place_named_only_as_a_district_is_no_place():
    article = "07/19/2020: Assailants stormed an aid office in Varosk, Anseth district, Miravale province, Dostrana."
    flagged = problems(article, place="Anseth", location_sentences=[1])
    assert any("only as a region" in p for p in flagged)
    assert not any("only as a region" in p for p in problems(
        "Inmates rioted at Korva Central Prison on Sunday.", event_type="riot/protest", place="Korva",
        location_sentences=[1]))


def test_defending_or_failing_to_protect_is_no_perpetration():
    assert not plays_role("Sabro Guard", "perpetrators", [
        "A local self-defence militia, the Sabro Guard, fought back, and the fighting lasted two hours."])
    assert not plays_role("Belharran government", "perpetrators", [
        "The foreign ministry blamed the Belharran government for failing to protect the embassy."])
    assert not plays_role("Belharran", "perpetrators", [  # the country alone, its government after it
        "The foreign ministry blamed the Belharran government for failing to protect the embassy."])
    assert plays_role("Black Viper gang", "perpetrators", ["The police chief blamed the attack on the Black Viper gang."])
