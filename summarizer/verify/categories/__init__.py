"""What the clause stating a casualty figure says about it.

The number check alone ("19 is in the sentence") passes a figure copied into the
wrong place. These checks read the clause that states the number:

* category (rule 8): "19 injured" where the clause says 19 died. If the clause
  has casualty words and none of them belongs to the category given, the figure
  is flagged. When it has none at all ("of the 40 passengers, 12 died"), nothing
  is concluded about the category;
* presence (rule 9): "280 captured" where the clause says 280 soldiers were
  *stationed* at the base: a number of people present (stationed, aboard,
  carrying, occupants, crew) or unharmed (rescued, evacuated, arrested,
  displaced) with no casualty word is not a casualty;
* things (rule 9): "2 captured" where the sentence says the attackers seized two
  *trucks*: a number of things (vehicles, homes, records, hours) is no casualty;
* zero (rule 3) and qualifier (rule 10): summarizer.verify.qualifiers.

The words that name each category are in `words`, a figure as a part of a group in `parts`, the
category a figure's own clause gives it in `conflict`, the figures that count attackers or people
present in `people`.
"""

from summarizer.verify.categories.conflict import category_conflict, harm_named
from summarizer.verify.categories.parts import clauses_stating
from summarizer.verify.categories.people import counts_attackers, presence_total
from summarizer.verify.categories.words import (
    CATEGORY_STEMS,
    CLAUSES,
    HARM_ABBREVIATIONS,
    NOT_CASUALTY_WORDS,
    PRESENCE_STEMS,
    WEAK_INJURED,
    categories_named,
    every_mention,
    every_statement,
)

__all__ = [
    "CATEGORY_STEMS",
    "CLAUSES",
    "HARM_ABBREVIATIONS",
    "NOT_CASUALTY_WORDS",
    "PRESENCE_STEMS",
    "WEAK_INJURED",
    "categories_named",
    "category_conflict",
    "clauses_stating",
    "counts_attackers",
    "every_mention",
    "every_statement",
    "harm_named",
    "presence_total",
]
