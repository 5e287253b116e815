"""Does the article say a casualty figure is of the category the model gave it?

A small model copies the right number into the wrong category ("19 injured"
where the sentence says 19 died); the number check alone passes it, because 19
is in the sentence. This check looks at the clause that states the number: if
that clause has casualty words, and none of them belongs to the category given,
the figure is flagged. When the clause has no casualty word at all ("of the 40
passengers, 12 died"), nothing is concluded: no false alarm for a figure whose
category is said elsewhere in the sentence.
"""

from __future__ import annotations

import re

from summarizer.numbers import numbers_in

# Word stems, matched at the start of a word. "casualt-" is both killed and injured.
CATEGORY_STEMS: dict[str, tuple[str, ...]] = {
    "killed": (
        "kill", "dead", "death", "died", "die", "dying", "fatal", "lives", "life", "bodies", "body",
        "perish", "slain", "slaughter", "murder", "drown", "execut", "toll", "massacre", "corpse",
        "casualt",
    ),
    "injured": (
        "injur", "wound", "hurt", "hospital", "treated", "burn", "maim", "casualt",
    ),
    "missing": ("missing", "unaccounted", "disappear", "trapped", "search"),
    "captured/abducted": (
        "abduct", "kidnap", "captur", "seiz", "taken", "took", "hostage", "held", "snatch", "detain",
        "captive", "prisoner",
    ),
}

# Clause boundaries: punctuation and the conjunctions that start a new figure
# ("killed 3 people and wounded 12", "12 died while 4 are missing").
_CLAUSES = re.compile(r"[,;:()\u2013\u2014]|\s-\s|\b(?:and|while|but|whereas|with)\b", re.I)
_WORDS = re.compile(r"[a-z]+")


def _categories_named(text: str) -> set[str]:
    found = set()
    for word in _WORDS.findall(text.lower()):
        for category, stems in CATEGORY_STEMS.items():
            if any(word.startswith(stem) for stem in stems):
                found.add(category)
    return found


def category_conflict(category: str, count: int, sentences: list[str]) -> set[str] | None:
    """The categories the clauses stating `count` name instead of `category`, or
    None when they agree, name none, or do not state the count."""
    named: set[str] = set()
    for sentence in sentences:
        for clause in _CLAUSES.split(sentence):
            if count in numbers_in(clause):
                named |= _categories_named(clause)
    if not named or category in named:
        return None
    return named
