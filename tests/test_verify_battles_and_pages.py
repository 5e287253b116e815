"""Rules for battles fought over several days and for pages that sum them up (an
encyclopedia page's summary lines), and for values the eval audit found marked
verified and wrong on such articles (benchmarks/trust_audit.py). Each rule fails
on the wrong value and passes on the right one. Articles are ours."""

import functools

import pytest
from support.drafts import verifier_problems

from summarizer.core.schema import Draft
from summarizer.evaluation.same_names import same_party
from summarizer.read.segment import segment
from summarizer.records.regions import country_after
from summarizer.verify.categories import category_conflict
from summarizer.verify.dates import dates_a_span_of_days, names_a_span_of_days
from summarizer.verify.event_types import kind_contradicted
from summarizer.verify.events import type_of
from summarizer.verify.names import only_as_region
from summarizer.verify.repair import resolve_dates
from summarizer.verify.roles import plays_role
from summarizer.verify.rules import Verifier

PAGE = """Battle of Velk

The Battle of Velk was fought on 3 and 4 May 2019 between the army and the Tarn Front in the town of Velk.

Date: 3–4 May 2019

Casualties: 14 soldiers and 30 rebels killed

Battle

On 3 May 2019, Tarn Front fighters attacked the army post in Velk, killing nine soldiers.

On 4 May 2019, the fighters ambushed a supply convoy sent from Dovra, at the village of Osk, killing five soldiers.
"""


problems = functools.partial(verifier_problems, event_type="battle/clash")  # a battle unless told


def numbered(article: str, starts: str) -> int:
    return next(s.n for s in segment(article) if s.text.startswith(starts))


@pytest.mark.parametrize("phrase,span", [
    ("14–15 June 2017", True), ("14 and 15 June", True), ("June 14 to 15, 2017", True),
    ("30 June – 2 July 2017", True), ("on 15 June 2017", False), ("11/03/2014", False),
    ("on Saturday", False), ("2015–2017", False),
])
def test_a_span_of_days_is_told_from_one_day(phrase, span):
    assert names_a_span_of_days(phrase) is span


def test_a_span_of_days_is_no_incidents_date_and_is_never_resolved():
    dated = numbered(PAGE, "Date:")
    flagged = problems(PAGE, date_text="3–4 May 2019", date_sentences=[dated])
    assert any("spans several days" in p for p in flagged)
    # The page writes each day elsewhere ("On 4 May 2019, ..."): the span still pins neither.
    draft = Draft.model_validate({"incidents": [{"summary": "x", "summary_sentences": [1], "event_type": "battle/clash",
                                                 "event_type_sentences": [1], "date_text": "3–4 May 2019"}]})
    verifier = Verifier(segment(PAGE), PAGE)
    resolve_dates(draft, None, stated=verifier.states_date, spelled_out=verifier.spelled_out)
    assert draft.incidents[0].date_iso is None
    day = numbered(PAGE, "On 3 May")
    assert problems(PAGE, date_text="On 3 May 2019", date_iso="2019-05-03", date_sentences=[day]) == []


def test_a_pages_summary_line_of_casualties_sums_its_days():
    line = numbered(PAGE, "Casualties:")
    flagged = problems(PAGE, casualties=[{"category": "killed", "count": 14, "qualifier": "exact",
                                          "sentences": [line]}])
    assert any("tally" in p for p in flagged)
    day = numbered(PAGE, "On 3 May")
    assert problems(PAGE, casualties=[{"category": "killed", "count": 9, "qualifier": "exact",
                                       "sentences": [day]}]) == []
    # A page of one day: its summary line is that day's figure.
    one_day = PAGE.replace("Date: 3–4 May 2019", "Date: 3 May 2019")
    assert not dates_a_span_of_days(segment(one_day))
    assert problems(one_day, casualties=[{"category": "killed", "count": 14, "qualifier": "exact",
                                          "sentences": [line]}]) == []


def test_in_a_battle_the_object_of_an_attack_is_no_perpetrator():
    sentence = "On 4 May 2019, the fighters ambushed a supply convoy sent from Dovra, at the village of Osk."
    assert not plays_role("supply convoy", "perpetrators", [sentence], either_side=True)
    assert plays_role("supply convoy", "targets", [sentence], either_side=True)
    assert plays_role("fighters", "perpetrators", [sentence], either_side=True)
    # Fighting has two sides: either may be named after the verb.
    assert plays_role("Tarn Front", "perpetrators", ["The army clashed with the Tarn Front near Velk."],
                      either_side=True)


@pytest.mark.parametrize("name,target", [
    ("village of Osk", False), ("supply convoy", True),
])
def test_a_place_set_off_by_a_comma_places_the_act_not_its_object(name, target):
    sentence = "On 4 May 2019, the fighters ambushed a supply convoy sent from Dovra, at the village of Osk."
    assert plays_role(name, "targets", [sentence]) is target
    assert plays_role(name, "targets", [sentence], either_side=True) is target


def test_a_place_of_two_names_each_as_the_ground_fought_over():
    lead = numbered(PAGE, "The Battle of Velk")
    flagged = problems(PAGE, place="Velk and Osk", location_sentences=[lead],
                       targets=[{"name": "Velk", "sentences": [lead]}])
    assert any("is where it happened" in p for p in flagged)


@pytest.mark.parametrize("sentence,category,conflict", [
    ("One camper was killed, and her 2 children, ages 6 and 9, were injured and taken to a hospital.",
     "captured/abducted", True),
    ("One camper was killed, and her 2 children, ages 6 and 9, were injured and taken to a hospital.",
     "injured", False),
    ("Gunmen seized 2 engineers and took them to the forest.", "captured/abducted", False),
])
def test_taken_to_a_hospital_is_care_not_capture(sentence, category, conflict):
    assert bool(category_conflict(category, 2, [sentence])) is conflict


@pytest.mark.parametrize("texts,region", [
    (["Assailants attacked a depot in Marra town, Kisu district, Norvale province, Halvenia."], True),
    (["Gunmen ambushed a patrol near Gorra, Tessin province.", "Sources blamed the Tessin Brotherhood."], True),
    (["Gunmen ambushed a patrol near Gorra, Tessin province, in Tessin."], False),
    (["The Amarind Islamic Front said it carried out the attack in Amarind."], False),
    (["ASSAILANTS BLAMED THE TESSIN BROTHERHOOD."], False),  # capitals: every word looks like a name
    (["Gunmen attacked a substation in the Kisu district of Norvale province."], True),
    (["Gunmen attacked a substation in the Kisu district of Norvale's western Marra region."], False),
])
def test_a_country_named_only_as_a_region_or_in_a_longer_name_is_no_country(texts, region):
    name = "Norvale" if "Norvale" in texts[0] else "Amarind" if "Amarind" in texts[0] else "Tessin"
    assert only_as_region(name, texts) is region


def test_a_country_named_only_as_a_province_is_flagged():
    article = "Assailants attacked a depot in Marra town, Kisu district, Norvale province, Halvenia, on Monday."
    flagged = problems(article, event_type="armed attack", place="Marra", country="Norvale", location_sentences=[1])
    assert any('only as a region' in p for p in flagged)
    assert problems(article, event_type="armed attack", place="Marra", country="Halvenia",
                    location_sentences=[1]) == []



def test_a_country_the_dateline_gives_the_place_is_a_country_though_a_front_bears_its_name():
    article = ("ZELDRIN, Amarind, June 8, 2026 (Harbor News Service) - A bomber struck a police academy in "
               "Zeldrin on Monday. The Amarind Islamic Front said it carried out the attack.")
    assert problems(article, event_type="bombing/explosion", place="Zeldrin", country="Amarind",
                    location_sentences=[1, 2]) == []


@pytest.mark.parametrize("text,country", [
    ("Assailants ambushed a patrol near Gorra village, Suna district, Tessin province, Ardavia.", "Ardavia"),
    ("10/02/2019: Assailants attacked a depot in Marra town, Suna district, Tessin province, Ardavia, "
     "setting fire to 11 tanker trucks.", "Ardavia"),
    ("Gunmen attacked a post in Suna district, Tessin province, Monday, the army said.", None),
    ("Gunmen attacked a post in Tessin province, the army said.", None),
    ("GUNMEN ATTACKED A POST IN TESSIN PROVINCE, POLICE SAID.", None),
])
def test_the_country_closes_a_place_chain(text, country):
    assert country_after("Tessin province", [text]) == country


@pytest.mark.parametrize("a,b,same", [
    ("KPF fighters", "Kordavian People's Front (KPF)", True),
    ("Tarn Front militants", "Tarn Front", True),
    ("Kordavian People's Front", "Kordavian People's Front (KPF)", True),
    ("army column", "Kordavian People's Front (KPF)", False),
    ("rebels", "Kordavian People's Front (KPF)", False),
])
def test_a_party_is_named_by_its_people(a, b, same):
    assert same_party(a, b) is same


def test_a_kind_the_sentence_contradicts_is_never_read_from_it():
    # Trucks are vehicles, but the sentence tells of a deliberate act, not an accident.
    text = ("Assailants attacked a fuel depot in Marra town, setting fire to 11 tanker trucks and injuring "
            "two security guards.")
    assert type_of(text, "bombing/explosion") == "armed attack"
    assert type_of("A tanker truck overturned on the highway, killing its driver.", "other") == "transport accident"


@pytest.mark.parametrize("texts,gun_attack", [
    (["THE REBELS OPENED FIRE ON THE TRUCKS FROM THE HILLSIDES WITH AUTOMATIC RIFLES AND GRENADES."], True),
    (["The attackers used rocket-propelled grenades and automatic weapons before setting the post on fire."], True),
    (["Assailants threw a grenade into the compound.", "The grenade exploded in the courtyard."], False),
    (["Gunmen opened fire on the market, then a bomb hidden in a cart exploded."], False),
])
def test_grenades_used_with_firearms_are_a_gun_attack_not_a_bombing(texts, gun_attack):
    assert (kind_contradicted("bombing/explosion", texts) is not None) is gun_attack
    assert type_of(texts[0], "bombing/explosion") == ("armed attack" if gun_attack else "bombing/explosion")
