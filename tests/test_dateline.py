"""The dateline is never evidence: for every dateline form, a draft whose date or
figure comes only from the dateline is flagged; openings that state the event's
own date are not datelines. And the rules that tell a named value from a right
one: a country named only as a border, a total of people present, a zero that
nobody stated, a qualifier the sentence does not give."""

from datetime import date

import pytest

from summarizer.core.schema import Draft
from summarizer.read.segment import segment
from summarizer.verify.dates import explicit_dates, find_dateline, resolve
from summarizer.verify.numbers import figures_in
from summarizer.verify.names import only_as_neighbour
from summarizer.verify.rules import Verifier

# (article, dateline text, dateline date, the date's wording in the dateline, a figure
# found only in the dateline's date)
DATELINES = [
    ("TESSARET, Kordavia, March 9, 2026 (Kestrel Wire) - Gunmen ambushed an army convoy near "
     "the town of Tessaret on Sunday, killing 14 soldiers.",
     "TESSARET, Kordavia, March 9, 2026 (Kestrel Wire) - ", date(2026, 3, 9), "March 9, 2026", 9),
    ("LIMA, 14 MAR 89 (RADIO PROGRAMAS) -- [TEXT] A GROUP OF TERRORISTS ATTACKED A POLICE POST IN "
     "THE TOWN OF FLORENCIA YESTERDAY, KILLING THREE POLICEMEN.",
     "LIMA, 14 MAR 89 (RADIO PROGRAMAS) -- [TEXT] ", date(1989, 3, 14), "14 MAR 89", 14),
    ("Bomb kills three in Ostrin\n\nOSTRIN, Belvania, 6 April 2026 (Meridian Press) - Gunmen set off a bomb "
     "at a market in Ostrin on Sunday, killing three people.",
     "OSTRIN, Belvania, 6 April 2026 (Meridian Press) - ", date(2026, 4, 6), "6 April 2026", 6),
    ("Published: March 21, 2026\n\nGunmen attacked a textile factory in Ravenna Nova, killing seven workers "
     "on Friday, the police said.",
     "Published: March 21, 2026", date(2026, 3, 21), "March 21, 2026", 21),
]


@pytest.mark.parametrize("article,span,when,_wording,_figure", DATELINES)
def test_datelines_are_found_whole(article, span, when, _wording, _figure):
    dl = find_dateline(article)
    assert dl is not None and article[dl.start:dl.end] == span and dl.date == when


@pytest.mark.parametrize("article", [
    "11/03/2014: Assailants attacked a police checkpoint in Kessa village. Three officers were killed.",
    "On 12 March 2021, unidentified armed men attacked Baro village (Sella region, Tervania). 3 fatalities.",
    "Floods sweep through Oskar valley\n\nFloodwaters swept through villages on Sunday, killing nine.",
    "UN officials said on Monday - in a statement - that talks would resume.",
])
def test_openings_that_state_the_event_date_are_not_datelines(article):
    assert find_dateline(article) is None


def _dateline_sentence(article: str) -> int:
    start = find_dateline(article).start
    return next(s.n for s in segment(article) if s.start <= start < s.end)


def _draft(article: str, **over) -> Draft:
    n = _dateline_sentence(article) if find_dateline(article) else 1
    incident = {
        "summary": "An attack.", "summary_sentences": [n],
        "event_type": "armed attack", "event_type_sentences": [n],
        "date_text": None, "date_iso": None, "date_sentences": [],
        "casualties": [],
    }
    incident.update(over)
    return Draft.model_validate({"incidents": [incident]})


def _problems(article: str, draft: Draft) -> list[str]:
    return [str(p) for p in Verifier(segment(article), article)(draft)]


@pytest.mark.parametrize("article,_span,when,wording,_figure", DATELINES)
def test_a_date_from_the_dateline_only_is_flagged_and_never_resolved(article, _span, when, wording, _figure):
    n = _dateline_sentence(article)
    draft = _draft(article, date_text=wording, date_sentences=[n])
    problems = _problems(article, draft)
    assert any("date:" in p and "dateline" in p for p in problems)
    assert draft.incidents[0].date_iso is None  # the repair did not copy it into date_iso
    draft = _draft(article, date_text=wording, date_iso=when.isoformat(), date_sentences=[n])
    assert any("does not follow from the article" in p for p in _problems(article, draft))


@pytest.mark.parametrize("article,_span,_when,_wording,figure", DATELINES)
def test_a_figure_from_the_dateline_only_is_flagged(article, _span, _when, _wording, figure):
    n = _dateline_sentence(article)
    for category in ("killed", "injured"):
        draft = _draft(article, casualties=[
            {"category": category, "count": figure, "qualifier": "exact", "sentences": [n]}])
        assert any("is not stated in the cited sentences" in p for p in _problems(article, draft))
    year = find_dateline(article).date.year
    draft = _draft(article, casualties=[{"category": "injured", "count": year, "qualifier": "exact", "sentences": [n]}])
    assert _problems(article, draft)
    draft = _draft(article, summary=f"{figure} people were killed.")
    assert any("the summary states" in p for p in _problems(article, draft))


def test_event_date_openings_are_the_event_date():
    note = "On 12 March 2021, unidentified armed men attacked Baro village. 3 fatalities."
    draft = _draft(note, date_text="12 March 2021", date_sentences=[1])
    assert _problems(note, draft) == [] and draft.incidents[0].date_iso == "2021-03-12"
    summary = "11/03/2014: Assailants attacked a police checkpoint in Kessa village. Three officers were killed."
    draft = _draft(summary, date_text="11/03/2014", date_sentences=[1])
    assert _problems(summary, draft) == [] and draft.incidents[0].date_iso == "2014-11-03"


def test_a_relative_date_under_a_capitals_dateline_is_resolved():
    article = DATELINES[1][0]
    draft = _draft(article, date_text="YESTERDAY", date_sentences=[1])
    assert _problems(article, draft) == [] and draft.incidents[0].date_iso == "1989-03-13"


@pytest.mark.parametrize("text,expected", [
    ("11/03/2014", date(2014, 11, 3)),  # month first, as event databases write it
    ("23/04/2015", date(2015, 4, 23)),  # 23 is no month: day first
    ("14-FEB-19", date(2019, 2, 14)),
    ("21-OCT-69", date(1969, 10, 21)),  # POSIX pivot: 69-99 -> 19xx
    ("03 NOV 98", date(1998, 11, 3)),
    ("12 March 2021", date(2021, 3, 12)),
])
def test_date_formats(text, expected):
    assert explicit_dates(text) == [expected]


def test_a_day_and_month_next_to_a_count_is_still_a_date():
    assert resolve("on 10 March", date(2026, 5, 1)) == {date(2026, 3, 10)}
    assert figures_in("on 10 March, 20 people were killed") == {20}


@pytest.mark.parametrize("text,figures", [
    ("A tornado touched down at 1432 CST and injured 2 people.", {2}),
    ("In 2019, a similar attack killed 30.", {30}),
    ("The blast at 10:30 a.m. on March 9 wounded 12.", {12}),
    ("Gunmen killed 9 people on Sunday.", {9}),
])
def test_dates_and_times_are_not_figures(text, figures):
    assert figures_in(text) == figures


# -- a name in the sentence is not a right value -------------------------------------------

BASE = ("On Sunday, a military base in Dorvu, close to the Velmora border, was attacked, killing at least "
        "40 soldiers and wounding 12 others. About 280 soldiers were stationed at the base, and those "
        "not killed were captured. No civilians were hurt.")


def test_a_country_named_only_as_a_border_is_not_the_events_country():
    draft = _draft(BASE, place="Dorvu", country="Velmora", location_sentences=[1])
    assert any("only as a border or a neighbour" in p for p in _problems(BASE, draft))
    assert only_as_neighbour("Ustrana", "near the border with Ustrana")
    assert only_as_neighbour("Ustrana", "troops from neighbouring Ustrana")
    assert not only_as_neighbour("Velmora", "the Velmora border town of Kettu")
    assert not only_as_neighbour("Velmora", "a village in Velmora near the Ustrana border")


def test_a_number_of_people_present_is_not_a_casualty_figure():
    draft = _draft(BASE, casualties=[{"category": "captured/abducted", "count": 280, "qualifier": "exact",
                                      "sentences": [2]}])
    assert any("the number of people present" in p for p in _problems(BASE, draft))
    aviation = "Fatalities: 2 / Occupants: 11"
    draft = _draft(aviation, casualties=[{"category": "killed", "count": 2, "qualifier": "exact", "sentences": [1]}])
    assert _problems(aviation, draft) == []
    draft = _draft(aviation, casualties=[{"category": "killed", "count": 11, "qualifier": "exact", "sentences": [1]}])
    assert _problems(aviation, draft)


def test_a_zero_needs_a_sentence_saying_none():
    draft = _draft(BASE, casualties=[{"category": "injured", "count": 0, "qualifier": "exact", "sentences": [3]}])
    assert _problems(BASE, draft) == []  # "No civilians were hurt."
    draft = _draft(BASE, casualties=[{"category": "killed", "count": 0, "qualifier": "exact", "sentences": [2]}])
    assert any("a count of 0 killed" in p for p in _problems(BASE, draft))  # "not killed" is no zero


def test_the_qualifier_is_the_sentences():
    at_least = {"category": "killed", "count": 40, "qualifier": "at least", "sentences": [1]}
    assert _problems(BASE, _draft(BASE, casualties=[at_least])) == []
    exact = {**at_least, "qualifier": "exact"}
    assert any('give 40 as "at least"' in p for p in _problems(BASE, _draft(BASE, casualties=[exact])))
    invented = {"category": "injured", "count": 12, "qualifier": "at least", "sentences": [1]}
    assert any('give 12 as "exact"' in p for p in _problems(BASE, _draft(BASE, casualties=[invented])))
