"""What a casualty figure's clause says of its count: a lower bound or an exact
number (rule 10: "at least" only where the clause gives one: "at least", "more
than", "over", "100+"), and a zero said of a category (rule 3: "no one was hurt",
"Fatalities: 0", not merely the word "no" somewhere). Split from
summarizer.verify.categories, whose clauses and category words it reads."""

from __future__ import annotations

import re

from summarizer.verify.categories import CLAUSES, categories_named
from summarizer.verify.numbers import LABELLED_RANGE, figure_mentions

_LOWER_BOUND_BEFORE = re.compile(
    r"(?:at\s+least|more\s+than|over|upwards\s+of|in\s+excess\s+of|no\s+fewer\s+than|no\s+less\s+than"
    r"|a\s+minimum\s+of|not\s+less\s+than|exceed\w*"
    # the same in the languages the suite covers: French, Spanish, Portuguese, Italian, German, Chinese
    r"|au\s+moins|plus\s+de|al\s+menos|m[aá]s\s+de|pelo\s+menos|mais\s+de|almeno|pi[uù]\s+di"
    r"|mindestens|mehr\s+als|至少|超过|逾)\s*(?:an?\s+)?$", re.I)  # "more than a dozen"
_LOWER_BOUND_AFTER = re.compile(r"^\s*(?:\+|or\s+more|plus\b|and\s+more\b|and\s+counting)", re.I)
_RANGE_FROM = re.compile(r"\bbetween\s+$", re.I)
_RANGE_TO = re.compile(r"\s+and\s+(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen"
                       r"|twenty|thirty|forty|fifty|a\s+hundred|\w+teen|\w+ty)\b)", re.I)
_ZERO = re.compile(r"\b(?:no|none|nobody|zero|no\s+one|not\s+a\s+single|without)\b", re.I)


def zero_stated(category: str, sentences: list[str]) -> bool:
    """Does a clause say that nobody of `category` was harmed ("no one was hurt",
    "Fatalities: 0", "no casualties")?"""
    for sentence in sentences:
        for clause in CLAUSES.split(sentence):
            says_zero = _ZERO.search(clause) or any(m.value == 0 for m in figure_mentions(clause))
            if says_zero and category in categories_named(clause):
                return True
    return False


def lower_bounds(count: int, sentences: list[str]) -> set[bool]:
    """For each place the sentences state `count`: is it given as a lower bound?"""
    found = set()
    for sentence in sentences:
        range_lows = {r.start("low") for r in LABELLED_RANGE.finditer(sentence)}
        for m in figure_mentions(sentence):
            if m.value == count:
                before, after = sentence[max(0, m.start - 30):m.start], sentence[m.end:m.end + 15]
                found.add(bool(_LOWER_BOUND_BEFORE.search(before) or _LOWER_BOUND_AFTER.search(after)
                               # a range's low end: "between 10 and 15 people" is at least 10, and so
                               # is a tally line's "Deaths: 31–44"
                               or (_RANGE_FROM.search(before) and _RANGE_TO.match(after))
                               or m.start in range_lows))
    return found


# An upper bound is no figure (docs/eval.md, conventions): "up to 25 people might still be
# missing", "fewer than ten", and a range's high end ("between 10 and 15": the 15).
# (not "no fewer than 17": a lower bound)
_UPPER_BOUND_BEFORE = re.compile(r"(?:\bup\s+to|\bat\s+most|\bno\s+more\s+than|(?<!\bno\s)\bfewer\s+than"
                                 r"|(?<!\bno\s)\bless\s+than"
                                 r"|\bbetween\s+\w+(?:[\s-]\w+)?\s+and)\s*$", re.I)


def only_an_upper_bound(count: int, sentences: list[str]) -> bool:
    """Is `count`, wherever the sentences state it, an upper bound ("up to 25")?"""
    found = [bool(_UPPER_BOUND_BEFORE.search(sentence[max(0, m.start - 40):m.start]))
             for sentence in sentences for m in figure_mentions(sentence) if m.value == count]
    return bool(found) and all(found)


def qualifier_conflict(qualifier: str, count: int, sentences: list[str]) -> str | None:
    """What the sentences say instead of `qualifier` for `count`, or None."""
    bounds = lower_bounds(count, sentences)
    if not bounds:
        return None
    if qualifier == "exact" and bounds == {True}:
        return "at least"
    if qualifier == "at least" and bounds == {False}:
        return "exact"
    return None
