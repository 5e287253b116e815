"""Rules for values the trust audit found verified and wrong on the twelve gold
articles added on 2026-12-03 (benchmarks/trust_audit.py --split dev): a score read
as a death toll, arson typed an accident, "since January" taken for a date, a
consequence and an affiliation taken for targets. Each rule fails on the wrong
value and passes on the right one. Articles are ours."""

import pytest
from support.drafts import verifier_problems as problems

from summarizer.verify.dates import bounds_a_period
from summarizer.verify.event_types import kind_contradicted, plays_role
from summarizer.verify.numbers import figures_in


@pytest.mark.parametrize("text,figures", [
    ("Lorsk Athletic lost 3-1 to its old rivals.", set()),  # a score
    ("The battle was fought on 14\u201315 June.", set()),  # a span of days
    ("Rennick said 14 officers were injured.", {14}),
    ("More than 2,000 people fled.", {2000}),
])
def test_two_numbers_joined_by_a_dash_are_no_count(text, figures):
    assert figures_in(text) == figures


def test_a_score_is_no_death_toll():
    article = "Fans rioted in Lorsk on Sunday after their team lost 3-1 to its old rivals."
    flagged = problems(article, event_type="riot/protest", casualties=[
        {"category": "killed", "count": 1, "qualifier": "exact", "who": "fans", "reported_by": None,
         "sentences": [1]}])
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
