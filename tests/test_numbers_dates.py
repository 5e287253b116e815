from datetime import date

import pytest

from summarizer.verify.dates import (
    anchor_date,
    explicit_dates,
    resolve,
    supported_dates,
)
from summarizer.verify.numbers import numbers_in


@pytest.mark.parametrize("text,expected", [
    ("killing at least 14 soldiers", 14),
    ("police said 1,200 people fled", 1200),
    ("at least sixty people died", 60),
    ("twenty-three civilians", 23),
    ("one hundred and five bodies", 105),
    ("a dozen houses", 12),
    ("two dozen fighters", 24),
    ("3 million people", 3_000_000),
    ("Two other villagers were wounded", 2),
])
def test_numbers_in_digits_and_words(text, expected):
    assert expected in numbers_in(text)


def test_numbers_not_stated_are_not_found():
    assert 14 not in numbers_in("dozens of soldiers were killed")
    assert 60 not in numbers_in("six people died")


def test_explicit_dates_in_several_styles():
    assert explicit_dates("on March 3, 2026 and 4 April 2025 and 2024-01-02") == [
        date(2026, 3, 3), date(2025, 4, 4), date(2024, 1, 2)]


def test_anchor_is_the_dateline_date():
    assert anchor_date("TESSARET, Kordavia, March 9, 2026 (Wire) - ...") == date(2026, 3, 9)
    assert anchor_date("Gunmen attacked on Sunday.") is None


def test_weekday_resolves_to_the_most_recent_one_before_the_dateline():
    # March 9, 2026 is a Monday.
    anchor = date(2026, 3, 9)
    assert resolve("on Sunday", anchor) == {date(2026, 3, 8)}
    assert resolve("On Monday", anchor) == {date(2026, 3, 9)}
    assert resolve("yesterday", anchor) == {date(2026, 3, 8)}


def test_no_anchor_means_a_weekday_supports_no_date():
    assert resolve("on Sunday", None) == set()
    # ... not even the dateline-free date of some other sentence.
    assert supported_dates("on Sunday", "He was born on May 1, 1980.", None) == set()


def test_a_relative_phrase_is_decided_by_the_phrase_not_the_cited_text():
    # June 2, 2026 is a Tuesday: "on Sunday" is May 31, never the dateline day.
    assert supported_dates("on Sunday", "Gunmen killed five on June 2, 2026.", date(2026, 6, 2)) == {
        date(2026, 5, 31)}


def test_a_stated_date_in_the_cited_text_supports_a_plain_phrase():
    assert supported_dates("early March", "The flood of March 3, 2026 hit the delta.", None) == {
        date(2026, 3, 3)}


def test_month_and_day_take_the_anchor_year():
    assert resolve("on March 2", date(2026, 3, 9)) == {date(2026, 3, 2)}
    # December 30 written in January is last year's.
    assert resolve("on Dec. 30", date(2026, 1, 4)) == {date(2025, 12, 30)}


def test_a_span_of_days_pins_no_one_day():
    # "14-15 June 2017" is a two-day battle: its last day is no date of the event's.
    from datetime import date as _date

    from summarizer.verify.dates import explicit_dates, resolve

    assert resolve("14\u201315 June 2017", None) == set()
    assert resolve("on 14 and 15 June 2017", None) == set()
    assert resolve("14 to 15 June", _date(2017, 6, 20)) == set()
    assert resolve("on 15 June 2017", None) == {_date(2017, 6, 15)}
    assert explicit_dates("fought on 14 and 15 June 2017; on 15 June 2017 an ambush") == [_date(2017, 6, 15)]
