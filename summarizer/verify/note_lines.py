"""A note's lines (rule 13's other days): in an event log, a database page or a
conflict note each line tells one event, opened by its date ("On the night of 4
March 2026, about 30 armed men raided ... 1 other guard was injured. On 6 March
2026 a group ... claimed the abduction"). The sentences after the opening one
carry no date of their own, yet their values are that line's event's: an incident
of another day that cites them cites another event's values."""

from __future__ import annotations

import re
from datetime import date
from typing import Callable

from summarizer.read.segment import Sentence
from summarizer.verify.date_events import of_another_day
from summarizer.verify.dates import explicit_date_spans
from summarizer.verify.names import name_in_text

# A sentence that speaks of several events: "blamed both on the Ironbriar gang".
_OF_SEVERAL = re.compile(r"\b(?:both|the\s+(?:two|three|four)|all\s+(?:three|four|five)|each\s+of|in\s+all)\b", re.I)
# A place named only as where another is measured from: "Kessmo town, some 60 km north of Lukora".
# (place_roles.only_as_reference is the verifier's rule for a place's own field; it matches the
# name word for word, where this test takes the record's place as loosely as name_in_text does)
_MEASURED_FROM = re.compile(r"\b\d+(?:\.\d+)?\s*(?:km|kilometres|kilometers|miles|nautical\s+miles)\s+"
                            r"(?:[\w-]+\s+){0,2}?(?:of|from)\s+(?:the\s+)?(?:[A-Z][\w'-]*\s*)+", re.I)
# The date opens the line: "On the night of 4 March 2026, ...", "09/17/2026: ..." (not a
# later death told at a sentence's end, "died in hospital in Kelderup on 12-MAR-26").
_OPENS_WITHIN = 40
_LABELLED_WITHIN = 120
_DATE_LABEL_BEFORE = re.compile(r"\bDate\s*:\s*$")


# A labelled line of an item's block: "Location: Pyrrovic District Police Station, ..."
_LABELLED_LINE = re.compile(r"^(?:Date|Location|Time|Place|Category)\s*:", re.M)


def line_openers(sentences: list[Sentence], article: str) -> dict[int, int]:
    """Sentence number -> the number of the first sentence of its line (a line: text
    between line breaks), for each sentence that does not open its own line."""
    out, by_line, previous = {}, {}, None
    for s in sentences:
        line_start = article.rfind("\n", 0, s.start)
        if line_start not in by_line:
            # a numbered item's block ("4) Riot in police holding cells, Pyrrovic\nDate: 7
            # September 2025\nLocation: ...\nEleven detainees ..."): the line its body begins goes
            # on in the block's sentence, dated by its "Date:" line
            block = (previous is not None and previous.start <= line_start < previous.end
                     and _LABELLED_LINE.search(article, previous.start, line_start + 1))
            by_line[line_start] = previous.n if block else s.n
        if by_line[line_start] != s.n:
            out[s.n] = by_line[line_start]
        previous = s
    return out


def in_another_days_line(numbers: list[int], openers: dict[int, int], texts: Callable[[list[int]], list[str]],
                         date_sentences: list[int], place: str | None, day: date, anchor: date | None,
                         written: bool) -> bool:
    """Does every cited sentence go on in a line another day's event opens: not the
    line of the incident's date, not one naming the incident's place other than as a
    point of reference (the model may have taken its date from elsewhere), and no
    sentence speaking of several events?"""
    opening = {openers.get(n) for n in numbers}
    if None in opening or opening & {openers.get(n, n) for n in date_sentences}:
        return False
    if any(_OF_SEVERAL.search(t) for t in texts(numbers)):
        return False
    for first in opening:
        line = [first] + [n for n, o in openers.items() if o == first]
        if place and any(name_in_text(place, _MEASURED_FROM.sub(" ", t)) for t in texts(line)):
            return False
        [text] = texts([first]) or [""]
        spans = explicit_date_spans(text)
        # (an item's title first, then its "Date:" line: "4) Riot in police holding cells,
        # Pyrrovic Date: 7 September 2025")
        opens = spans and (min(a for a, _, _ in spans) <= _OPENS_WITHIN
                           or any(a <= _LABELLED_WITHIN and _DATE_LABEL_BEFORE.search(text[:a]) for a, _, _ in spans))
        if not opens or not of_another_day([text], day, anchor, written):
            return False
    return True
