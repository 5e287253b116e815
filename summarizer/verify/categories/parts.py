"""A figure as a part of a group: "two of them", a bracket's breakdown ("22 (14 soldiers, 8
civilians)"), a part with no verb of its own, and the clauses that state a figure."""

from __future__ import annotations

import re

from summarizer.verify.numbers import figure_mentions
from summarizer.verify.categories.words import CLAUSES, PRESENCE_STEMS, categories_named, stems_in


def clauses_stating(count: int, sentences: list[str], splitter: re.Pattern = CLAUSES) -> list[str]:
    """The clauses of `sentences` that state `count` as a figure."""
    return [clause for sentence in sentences for clause in splitter.split(sentence)
            if any(m.value == count for m in figure_mentions(clause))]


# "11 fatalities (9 militants, 2 soldiers)": the figures in brackets break down the
# one before them, and take its category.
# (Not past a header block's "/" or line: in "Fatalities: 0 / Occupants: 14 (crew 2,
# passengers 12)" the brackets break down the occupants.)
_BRACKETED = re.compile(r"([^.;()/\n]{0,40})\(([^()]*)\)")


UNHARMED_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:unhurt|unharmed|uninjured|alive)\b", re.I)


def broken_down_presence(count: int, sentence: str) -> bool:
    """Is `count` part of the breakdown in brackets of a number of people present,
    whose clause names no casualty ("Occupants: 14 (crew 2, passengers 12)")?"""
    return any(any(f.value == count for f in figure_mentions(m[2])) and stems_in(m[1], PRESENCE_STEMS)
               and not categories_named(m[1]) for m in _BRACKETED.finditer(sentence))


def named_before_brackets(count: int, sentences: list[str]) -> set[str]:
    named: set[str] = set()
    for sentence in sentences:
        for m in _BRACKETED.finditer(sentence):
            if any(f.value == count for f in figure_mentions(m[2])):
                named |= categories_named(m[1])
    return named


# "58 wounded, 11 of them critically": a part of the figure before takes its category.
# So is "among them five children" ("17 people had died, among them five children, and
# three women were still missing": five of the dead, not missing).
OF_THEM = re.compile(r"^\W*(?:\S+\s+of\s+them|among\s+them|among\s+the\s+dead|including)\b", re.I)
# ... and "four of whom", read only where the part's verb says how the whole's harm came to it
# ("six people were killed, four of whom were trampled"; not "treated 18 people, two of whom
# ... died the following day": harm of its own)
_OF_WHOM = re.compile(r"^\W*\S+\s+of\s+whom\b", re.I)


# The next item of a list after "among them", with no verb of its own: "and 5 patients".
_LISTED_PART = re.compile(r"\s*(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[\w'-]+\s*){1,3}",
                          re.I)
# "64 students were unaccounted for; police raised the figure to 79": the figure
# revised is the one an earlier clause names.
_THE_FIGURE = re.compile(r"\b(?:the|that|this|its)\s+(?:figure|number|toll|count|tally)\s+(?:up\s+|down\s+)?to\b",
                         re.I)


def named_of_them(count: int, sentences: list[str], of_whom: bool = False) -> set[str]:
    named: set[str] = set()
    for sentence in sentences:
        clauses = CLAUSES.split(sentence)
        for k, clause in enumerate(clauses):
            if not k or not any(m.value == count for m in figure_mentions(clause)):
                continue
            if OF_THEM.match(clause) or (of_whom and _OF_WHOM.match(clause)):
                # the part of the nearest figure before ("58 people were being treated in hospitals
                # in Miresk and Dalby, eight of them in intensive care": past "Dalby")
                whole = next((c for c in reversed(clauses[:k]) if figure_mentions(c)), "")
                named |= categories_named(whole)
            elif k > 1 and _LISTED_PART.fullmatch(clause) and OF_THEM.match(clauses[k - 1]) \
                    and figure_mentions(clauses[k - 1]):
                # the list's next item, with no verb of its own: "9 people were killed, among them
                # 2 of its nurses and 5 patients, and 14 were injured" (the 5 are of the dead)
                whole = next((c for c in reversed(clauses[:k - 1]) if figure_mentions(c)), "")
                named |= categories_named(whole)
            elif _THE_FIGURE.search(clause):
                named |= next((c for c in map(categories_named, reversed(clauses[:k])) if c), set())
    return named
