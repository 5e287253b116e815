"""Verifier rules found by the seventh and eighth batches of gold (2026-12-03):
right gold it rejected, and the wrong values the batches' probes put into copies
of dev gold or the dev audit of their answers showed it accepting."""

import pytest
from support.drafts import verifier_problems as problems

from summarizer.verify.categories import categories_named, category_conflict, presence_total
from summarizer.verify.event_types import kind_contradicted, type_stated
from summarizer.verify.roles import plays_role


# Right gold of the seventh batch the verifier rejected (2026-12-03).

@pytest.mark.parametrize("name,kind,text", [
    ("men in a grey saloon car", "perpetrators", "A police checkpoint on the Tessaly Bridge in Orvane, a river town "
     "in the region, came under attack late on Monday from men in a grey saloon car, who lobbed a grenade at the "
     "barrier."),
    ("police checkpoint", "targets", "A police checkpoint on the Tessaly Bridge in Orvane, a river town in the "
     "region, came under attack late on Monday from men in a grey saloon car."),
    ("weekly market", "targets", "On 22 April 2020, the weekly market of Barza village (Kunno district, Tessaria) "
     "was looted by armed members of the Red Reed Brigade."),
    ("Mesret", "targets", "On 23 April 2020, Mesret village (Harun district, Tessaria), some 40 km east of Barza, "
     "was shelled with artillery."),
    ("guards", "targets", "Prisoners in the east wing overpowered two guards during the evening meal."),
    ("saboteurs", "perpetrators", "ON WEDNESDAY NIGHT SABOTEURS PLACED DYNAMITE CHARGES UNDER THE IRON BRIDGE."),
    ("Łukasz Przybył", "targets", "The engineers, Søren Åberg and Łukasz Przybył, were taken from their car."),
])
def test_parties_past_brackets_appositives_and_new_verbs(name, kind, text):
    assert plays_role(name, kind, [text])


def test_dynamite_and_a_fire_set_state_their_types():
    assert type_stated("bombing/explosion", ["SABOTEURS PLACED DYNAMITE CHARGES UNDER THE IRON BRIDGE."])
    assert type_stated("armed attack", ["A group of herders set fire to houses and granaries."])


def test_three_members_of_the_unit_are_no_attackers_counted():
    text = "Four inmates died and 11 others were injured, along with three members of the unit, the ministry said."
    assert not presence_total(3, [text])


# The seventh batch's probes (2026-12-03).

@pytest.mark.parametrize("name,text,elsewhere", [
    ("Dravno", "The injured were treated at the regional hospital in Dravno, 35 kilometres away.", True),
    ("Mersa", "The guard who was killed was a father of three from the nearby town of Mersa.", True),
])
def test_where_the_injured_were_treated_or_a_victim_lived_is_no_place(name, text, elsewhere):
    from summarizer.verify.place_roles import only_elsewhere
    assert only_elsewhere(name, [text]) is elsewhere


def test_a_nationality_is_no_country():
    from summarizer.verify.place_roles import only_as_origin
    text = "The company confirmed that two of the men it employs are from Vestmark, one is from Carrow."
    assert only_as_origin("Vestmark", [text]) and only_as_origin("Carrow", [text])
    assert not only_as_origin("Essaria", ["Gunmen stormed an oil field camp in Essaria."])


@pytest.mark.parametrize("count,text,tallied", [
    (31, "ARMY FIGURES SHOW THAT 31 SOLDIERS AND POLICEMEN HAVE BEEN KILLED IN ALTO QUIRIMA SINCE 1 JANUARY.", True),
    (5, "A week of attacks in Zeldria's northern Hollin region has killed at least five people.", True),
    (5, "The attack in Hollin killed at least five people.", False),
])
def test_a_tally_since_a_day_of_a_month_or_over_a_week_of_attacks(count, text, tallied):
    from summarizer.verify.tallies import tally
    assert tally(count, [text]) is tallied


def test_a_part_of_a_figure_takes_its_category():
    text = "The ministry said that 23 people had been killed and 58 wounded, 11 of them critically."
    assert category_conflict("killed", 11, [text]) == {"injured"}


def test_a_methane_explosion_is_an_accident():
    texts = ["The Velikhor Colliery explosion was a methane explosion in a coal mine."]
    assert kind_contradicted("bombing/explosion", texts) == "an accident"


@pytest.mark.parametrize("name,kind,text,plays", [
    ("army's 4th Brigade", "perpetrators", "FOUR SOLDIERS DIED, ACCORDING TO A COMMUNIQUE ISSUED THIS MORNING BY THE "
     "ARMY'S 4TH BRIGADE, WHICH ATTRIBUTED THE AMBUSH TO THE FRONT.", False),
    ("commanders", "targets", "The Free Norvania Army said it had attacked the station in revenge for the arrest of "
     "one of its commanders.", False),
    ("roads and power lines", "targets", "He blamed the bombing on the Ulden Liberation Army, a separatist group that "
     "has attacked roads and power lines in the province.", False),
    ("station", "targets", "The Free Norvania Army said it had attacked the station in revenge for an arrest.", True),
])
def test_sources_motives_and_past_habits_are_no_parties(name, kind, text, plays):
    assert plays_role(name, kind, [text]) is plays


@pytest.mark.parametrize("name,kind,text,plays", [
    ("Red Reed Brigade", "perpetrators", "The Red Reed Brigade has kidnapped at least 14 people in Kunno district "
     "since January 2020.", False),
    ("people", "targets", "The Red Reed Brigade has kidnapped at least 14 people in Kunno district since January "
     "2020.", False),
    ("taxi driver", "targets", "Caught in the shooting was a taxi driver who had been crossing the bridge.", False),
    ("Tessaly Bridge", "targets", "A police checkpoint on the Tessaly Bridge in Orvane, a river town in the region, "
     "came under attack late on Monday.", False),
    ("leaflets", "perpetrators", "x", False),
    ("Righteous Path Front", "perpetrators", "Officers found dozens of leaflets signed by the Righteous Path Front "
     "scattered outside the gate.", True),
])
def test_records_bystanders_and_place_phrases_are_no_parties(name, kind, text, plays):
    assert plays_role(name, kind, [text]) is plays


def test_the_day_a_breach_was_disclosed_is_no_events_date():
    article = ("PORT ISMAY, Valdoria, June 18, 2026 (Wire) - Records of 1.2 million passengers were taken from the "
               "booking system of Aurelian Air by attackers, the airline disclosed on Wednesday.")
    flagged = problems(article, event_type="cyberattack", date_text="on Wednesday", date_sentences=[1])
    assert any("when something was said" in p for p in flagged)


# Right gold of the eighth batch the verifier rejected (2026-12-03).

@pytest.mark.parametrize("name,kind,text,either_side", [
    ("Green Furrow farming cooperative", "targets", "Workers found a burned shed at the Green Furrow farming "
     "cooperative in the village of Selvane, which armed men had raided in the dark late on Saturday.", False),
    ("white four-wheel drive", "targets", "One of its vehicles, a white four-wheel drive marked with the charity's "
     "lantern emblem, was ambushed on Monday afternoon near the village of Tullah.", False),
    ("police officers", "targets", "Police officers who tried to stop them were pelted with missiles.", False),
    ("Ulla Valley Liberation Front", "perpetrators", "They were fleeing a battle that was fought from Sunday evening "
     "until first light for Kestany, a town on the Ulla river in the northern province, between government troops "
     "and the Ulla Valley Liberation Front, whose fighters have held the villages on the far bank since the spring.",
     True),
])
def test_acts_told_in_relative_clauses_appositives_and_between(name, kind, text, either_side):
    assert plays_role(name, kind, [text], either_side=either_side)


def test_a_part_of_the_injured_is_injured_and_a_crush_harms():
    text = "TWO PEOPLE WERE KILLED AND 17 OTHERS WERE INJURED, 3 OF THEM EMBASSY EMPLOYEES."
    assert not presence_total(3, [text]) and category_conflict("injured", 3, [text]) is None
    assert "killed" in categories_named("the fourteen victims were crushed against the gate or trampled")


def test_last_month_is_a_date_phrase():
    from summarizer.verify.names import names_a_date
    assert names_a_date("last month") and not names_a_date("about two hours later")


# The eighth batch's probes (2026-12-03).

@pytest.mark.parametrize("name,text,plays", [
    ("elders", "The nurse was released four days later after mediation by elders from Ikpe.", False),
    ("bomb-disposal experts", "A third device was defused by bomb-disposal experts before it could go off.", False),
    ("gunmen", "The nurse was abducted from the clinic by gunmen on Saturday.", True),
])
def test_a_by_of_something_else_than_the_act_makes_no_perpetrator(name, text, plays):
    assert plays_role(name, "perpetrators", [text]) is plays


@pytest.mark.parametrize("count,text", [
    (3, "The attackers fled on three motorcycles after the raid, in which two people were killed."),
    (38, "The strike forced the cancellation of 38 planned operations, the hospital said; two nurses were hurt."),
])
def test_motorcycles_and_operations_are_no_people(count, text):
    from summarizer.verify.counted import counts_things
    assert counts_things(count, [text])


def test_people_waiting_are_present_not_harmed():
    assert presence_total(200, ["About 200 pupils were waiting for buses when the shooting began."])


def test_an_embassys_country_is_no_country_of_the_event():
    from summarizer.verify.place_roles import only_as_origin
    assert only_as_origin("Ostravia", ["A car bomb exploded outside the embassy of Ostravia in Velgrad."])
    assert not only_as_origin("Marencia", ["A car bomb exploded in Velgrad, Marencia, outside an embassy."])


def test_a_towns_population_is_no_casualty_count():
    text = ("They were fleeing a battle for Kestany, a town of some 9,000 people on the Ulla river, whose "
            "fighters have held the villages on the far bank since the spring.")
    assert presence_total(9000, [text])
    assert "captured/abducted" not in categories_named("whose fighters have held the villages on the far bank")
