"""Which ISO dates an article actually supports.

An ISO date in a record must never be invented: it is accepted only when it is
stated in the cited sentences ("March 3, 2026", "3 March 2026", "2026-03-03") or
follows from a relative expression ("on Sunday", "yesterday") and a date the
article gives for itself (the dateline, or the first full date in its opening).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS = {
    name: i
    for i, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_MDY = re.compile(_MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})", re.I)
_DMY = re.compile(r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<year>\d{4})", re.I)
_ISO = re.compile(r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})")
_MD = re.compile(_MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b(?!,?\s+\d{4})", re.I)
_DM = re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r"\b(?!,?\s+\d{4})", re.I)

# How far into the article a dateline date may stand.
DATELINE_CHARS = 300


def _make(year: int, month: int | str, day: int) -> date | None:
    if isinstance(month, str):
        month = MONTHS.get(month.lower().rstrip("."), 0) if not month.isdigit() else int(month)
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        return None


def explicit_dates(text: str) -> list[date]:
    """Full dates (with a year) written out in `text`, in order of appearance."""
    found: list[tuple[int, date]] = []
    for pattern in (_MDY, _DMY, _ISO):
        for m in pattern.finditer(text):
            d = _make(int(m["year"]), m["month"], int(m["day"]))
            if d:
                found.append((m.start(), d))
    return [d for _, d in sorted(found, key=lambda pair: pair[0])]


@dataclass(frozen=True)
class Dateline:
    """The date an article is written on, and where it stands in the text."""

    date: date
    start: int
    end: int


def find_dateline(article: str) -> Dateline | None:
    """The first full date in the article's opening (the dateline), if any."""
    head = article[:DATELINE_CHARS]
    found = []
    for pattern in (_MDY, _DMY, _ISO):
        for m in pattern.finditer(head):
            d = _make(int(m["year"]), m["month"], int(m["day"]))
            if d:
                found.append(Dateline(d, m.start(), m.end()))
    return min(found, key=lambda dl: dl.start) if found else None


def anchor_date(article: str) -> date | None:
    dateline = find_dateline(article)
    return dateline.date if dateline else None


_RELATIVE = re.compile(
    r"\b(" + "|".join(WEEKDAYS) + r"|today|tonight|this morning|this afternoon|this evening"
    r"|yesterday|last night)\b", re.I)


def resolve(phrase: str, anchor: date | None) -> set[date]:
    """The dates a date phrase pins down by itself: a full date, a month and day
    (in the anchor's year), or a weekday / "yesterday" counted back from the anchor."""
    resolved = set(explicit_dates(phrase))
    if anchor is None:
        return resolved
    lowered = phrase.lower()
    # Month and day without a year: the anchor's year, or the previous one when
    # that would put the event after the article was written.
    for pattern in (_MD, _DM):
        for m in pattern.finditer(phrase):
            d = _make(anchor.year, m["month"], int(m["day"]))
            if d and d > anchor:
                d = _make(anchor.year - 1, m["month"], int(m["day"]))
            if d:
                resolved.add(d)
    for i, name in enumerate(WEEKDAYS):
        if re.search(rf"\b{name}\b", lowered):
            # News convention: "on Sunday" is the most recent Sunday, on or before
            # the day of writing.
            resolved.add(anchor - timedelta(days=(anchor.weekday() - i) % 7))
    if re.search(r"\b(today|this morning|tonight|this afternoon|this evening)\b", lowered):
        resolved.add(anchor)
    if re.search(r"\b(yesterday|last night)\b", lowered):
        resolved.add(anchor - timedelta(days=1))
    return resolved


def supported_dates(phrase: str, cited: str, anchor: date | None) -> set[date]:
    """Every ISO date a record may give for an event stated as `phrase`, with
    `cited` the text of its cited sentences (the dateline blanked out: the day of
    writing is not the day of the event). A relative phrase ("on Sunday") is
    decided by the phrase alone."""
    own = resolve(phrase, anchor)
    if own or _RELATIVE.search(phrase):
        return own
    return set(explicit_dates(cited))
