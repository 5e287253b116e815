"""Which ISO dates an article actually supports.

An ISO date in a record must never be invented: it is accepted only when it is
stated in the cited sentences ("March 3, 2026", "3 March 2026", "2026-03-03") or
follows from a relative expression ("on Sunday", "yesterday") and a date the
article gives for itself (the dateline, or the first full date in its opening).
"""

from __future__ import annotations

import re
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


def anchor_date(article: str) -> date | None:
    """The date the article is written on: the first full date in its opening."""
    dates = explicit_dates(article[:DATELINE_CHARS])
    return dates[0] if dates else None


def supported_dates(text: str, anchor: date | None) -> set[date]:
    """Every date `text` (a date phrase plus its cited sentences) pins down."""
    supported = set(explicit_dates(text))
    if anchor is None:
        return supported
    lowered = text.lower()
    # Month and day without a year: the anchor's year (or the previous one when
    # that would put the event after the article was written).
    for pattern in (_MD, _DM):
        for m in pattern.finditer(text):
            d = _make(anchor.year, m["month"], int(m["day"]))
            if d:
                supported.add(d if d <= anchor else _make(anchor.year - 1, m["month"], int(m["day"])) or d)
    for i, name in enumerate(WEEKDAYS):
        if re.search(rf"\b{name}\b", lowered):
            # News convention: "on Sunday" is the most recent Sunday, on or before
            # the day of writing.
            supported.add(anchor - timedelta(days=(anchor.weekday() - i) % 7))
    if re.search(r"\b(today|this morning|tonight|this afternoon|this evening)\b", lowered):
        supported.add(anchor)
    if re.search(r"\b(yesterday|last night)\b", lowered):
        supported.add(anchor - timedelta(days=1))
    return supported
