"""Datelines, and which ISO dates an article actually supports.

The dateline. A wire story opens with where and when it was filed:

    TESSARET, Kordavia, March 9, 2026 (Kestrel Wire) - Gunmen ambushed ...
    LIMA, 14 MAR 89 (RADIO PROGRAMAS) -- [TEXT] A GROUP OF TERRORISTS ...
    BAMAKO, Mali (AP) - ...

(a place in capitals, optional region/country, an optional date, an optional
agency in brackets, then a dash or a colon), at the start of the article or of
the paragraph after a one-line headline; a paragraph that is only a date
("Published March 9, 2026") counts too. Its whole span is the day and place of
writing, never evidence for the event: its date only anchors relative dates
("on Sunday"), and the verifier blanks it out of every cited sentence before a
date, a figure or a name is looked for (summarizer.verify.rules). Openings that state
the event's own date are NOT datelines: a database summary's "11/03/2014:" and
an event note's "On 12 March 2021," have no place before the date.

Dates an ISO date may rest on (`supported_dates`): a full date written out
("March 3, 2026", "3 March 2026", "2026-03-03"; "11/03/2014" read month first,
as event databases write it, day first only when the first number is above 12;
"14-MAR-89" / "14 MAR 89" with a two-digit year read as POSIX strptime does,
69-99 -> 19xx, 00-68 -> 20xx), a month and day in the dateline's year, or a
relative expression ("on Sunday", "yesterday") counted back from the dateline's
date. Without a dated dateline a relative date stays unresolved.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

# Each month's names, its full name first.
_MONTH_FORMS = (
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
    ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
    ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
    ("december", "dec"),
)
MONTHS = {name: i for i, names in enumerate(_MONTH_FORMS, start=1) for name in names}
# The full month names in order, as a pattern's alternatives ("january|...|december").
MONTH_NAMES = "|".join(names[0] for names in _MONTH_FORMS)
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

_MONTH_ALTERNATIVES = "|".join(sorted(MONTHS, key=len, reverse=True))
# A full stop after an abbreviation only ("Jan. 3", "Sept. 12"): after "May" or "June" it
# ends a sentence the segmenter did not cut ("... died on 12 May. 3 police officers were
# injured": no May 3).
_MONTH = (r"(?P<month>" + _MONTH_ALTERNATIVES + r")"
          r"(?:(?:(?<=jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)|(?<=sept))\.)?")
_MDY = re.compile(r"\b" + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})\b", re.I)
_DMY = re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r",?\s+(?P<year>\d{4})\b", re.I)
_ISO = re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b")
# 11/03/2014 (month first), 23/04/2015 (day first: 23 is no month).
_SLASH = re.compile(r"(?<![\d/])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>\d{4})(?![\d/])")
# 14-MAR-89, 14 MAR 89, 14-Mar-1989: a day, a month's name and a year of two or four digits
# ("27-Dec-98:" opening a database entry, not "14 MAR 10:30", a clock time).
_DMY_SHORT = re.compile(
    r"\b(?P<day>\d{1,2})-(?P<month>" + _MONTH_ALTERNATIVES + r")-(?P<year>\d{4}|\d{2})(?!\d|:\d)", re.I)
_ABBREVIATED = "|".join(name.upper() for name in MONTHS if len(name) <= 4)
_DMY_CAPS = re.compile(r"\b(?P<day>\d{1,2})\s+(?P<month>" + _ABBREVIATED + r")\.?\s+(?P<year>\d{2})(?!\d|:\d)")
# A report's day and month run together: "UPDATE to SIS 27FEB", "the 26FEB grenade attack".
_DAY_MON_JOINED = re.compile(r"\b\d{1,2}(?:" + _ABBREVIATED + r")\b")
# A military date-time group: "150540ZMAR26" is 15 March 2026, 05:40 UTC.
_DTG = re.compile(r"\b(?P<day>\d{2})\d{4}[A-Z]?(?P<month>" + _ABBREVIATED + r")(?P<year>\d{2})\b")
_MD = re.compile(r"\b" + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b(?!,?\s+\d{4}\b)(?!:)", re.I)
_DM = re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH
                 + r"\b(?!\.?\s+\d{2}\b)(?!,?\s+\d{4}\b)(?!-\d{2,4}\b)", re.I)
# A year standing for a date ("in 2019", "since 2016", "2023's"), and a clock time
# ("14:32", "1432 CST", "10 a.m."): neither is ever a casualty figure.
_YEAR = re.compile(r"\b(?:in|since|of|from|until|till|by|during|early|late|mid|before|after)\s+(?:the\s+)?"
                   r"(?P<year>1[89]\d\d|20\d\d)\b|\b(?:1[89]\d\d|20\d\d)(?=['\u2019]s\b|s\b)", re.I)
_TIME = re.compile(
    r"\b\d{1,2}[:.]\d{2}(?:\s*(?:a\.?m\.?|p\.?m\.?|hrs|hours|h|GMT|UTC|[A-Z]{2,3}T))?\b"
    r"|\b\d{3,4}\s*(?:hrs|hours|GMT|UTC|local|LT|[ECMP][SD]T|[A-Z]{2,3}T)\b"
    r"|\b\d{1,2}\s*(?:a\.m\.|p\.m\.|am\b|pm\b)", re.I)

POSIX_CENTURY_PIVOT = 69  # two-digit years 69-99 are 1969-1999, 00-68 are 2000-2068 (strptime %y)


def _make(year: int, month: int | str, day: int) -> date | None:
    if isinstance(month, str):
        month = MONTHS.get(month.lower().rstrip("."), 0) if not month.isdigit() else int(month)
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        return None


def _full_year(two_digits: str) -> int:
    y = int(two_digits)
    if len(two_digits) == 4:
        return y
    return 1900 + y if y >= POSIX_CENTURY_PIVOT else 2000 + y


def _slash_date(m: re.Match) -> date | None:
    a, b = int(m["a"]), int(m["b"])
    month, day = (b, a) if a > 12 else (a, b)
    return _make(int(m["year"]), month, day)


# "14-15 June 2017", "14 and 15 June", "June 14 to 15": a span of days names no one
# day, so neither of its ends pins the event down (no ISO date; no incident's day
# in summarizer.verify.events).
_SPAN_BEFORE = re.compile(r"(?<!\d)\d{1,2}(?:st|nd|rd|th)?\s*(?:and|to|-|\u2013|\u2014)\s*$", re.I)
_SPAN_AFTER = re.compile(r"^\s*(?:and|to|-|\u2013)\s*\d", re.I)


def ends_a_span(text: str, start: int) -> bool:
    """Is the day written at `start` of `text` the last day of a span ("14-15 June")?"""
    return bool(_SPAN_BEFORE.search(text[max(0, start - 12):start]))


def starts_a_span(text: str, end: int) -> bool:
    """Is the day written up to `end` of `text` the first day of a span ("June 14 to 15")?"""
    return bool(_SPAN_AFTER.match(text[end:]))


# A page's summary lines ("Date: 14–15 June 2017", "Casualties: 27 soldiers ...
# killed"): when the date line gives a span of days, the summary's figures sum the
# days, each an incident of its own (rule 16).
_DATE_LABEL = re.compile(r"^\W*dates?\s*:", re.I)
_DAY_SPAN = re.compile(
    r"(?<![\d/-])\d{1,2}(?:st|nd|rd|th)?(?:\s+(?:of\s+)?" + _MONTH.replace("?P<month>", "?:") + r")?"
    r"\s*(?:-|\u2013|\u2014|to|and|until)\s*\d{1,2}(?:st|nd|rd|th)?\b(?![/:]|-\d)", re.I)  # not "2021-03-05"


def names_a_span_of_days(phrase: str) -> bool:
    """"14–15 June 2017", "June 14 to 15": no one day (no ISO date)."""
    return bool(_DAY_SPAN.search(phrase))


# A spell's span in one month: "from 11 to 18 January 2025", "9-16 January 2023".
_SPAN_IN_A_MONTH = re.compile(r"(?<![\d/-])(?P<first>\d{1,2})(?:st|nd|rd|th)?\s*(?:-|\u2013|\u2014|to|until)\s*"
                              r"\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r",?\s+(?P<year>\d{4})\b", re.I)


def first_day_of_a_span(phrase: str) -> date | None:
    """The first day of a span of days in one month with its year ("from 2 to 5 February
    2023" -> 2023-02-02), else None: how a continuous spell of weather is dated (one
    incident, the day it began; verify.date_checks)."""
    m = _SPAN_IN_A_MONTH.search(phrase)
    if not m:
        return None
    try:
        return date(int(m["year"]), MONTHS[m["month"].lower().rstrip(".")], int(m["first"]))
    except (ValueError, KeyError):
        return None


def one_night(phrase: str) -> bool:
    """"In the night of 4 to 5 March 2024": one night, one event, though no one day
    (no ISO date either)."""
    night = _ONE_NIGHT.search(phrase)
    return bool(night) and int(night["second"]) == int(night["first"]) + 1


_ONE_NIGHT = re.compile(r"\bnight\s+of\s+(?:the\s+)?(?P<first>\d{1,2})(?:st|nd|rd|th)?\s*(?:-|\u2013|to|and)\s*"
                        r"(?P<second>\d{1,2})\b", re.I)


_PERIOD_BOUND = re.compile(r"^\W*(?:ever\s+)?(?:since|until|till|up\s+until|by)\b", re.I)


def bounds_a_period(phrase: str) -> bool:
    """"since January 2019", "until March": when a period began or ended (a count
    of attacks "since January"), not the day an event happened."""
    return bool(_PERIOD_BOUND.match(phrase))


def dates_a_span_of_days(sentences) -> bool:  # noqa: ANN001 - read.segment.Sentence
    """Does a page's summary line give its date as a span of days ("Date: 14–15
    June 2017", "Dates: June 14 to 15, 2017", "30 June – 2 July 2017")?"""
    return any(_DATE_LABEL.match(s.text) and names_a_span_of_days(s.text) for s in sentences)


def _explicit(text: str) -> list[tuple[int, int, date]]:
    """(start, end, date) of every full date written out in `text` (not the last
    day of a span of days)."""
    found: list[tuple[int, int, date]] = []
    for pattern in (_MDY, _DMY, _ISO):
        for m in pattern.finditer(text):
            if ends_a_span(text, m.start()):
                continue
            d = _make(int(m["year"]), m["month"], int(m["day"]))
            if d:
                found.append((m.start(), m.end(), d))
    for m in _SLASH.finditer(text):
        d = _slash_date(m)
        if d:
            found.append((m.start(), m.end(), d))
    for pattern in (_DMY_SHORT, _DMY_CAPS, _DTG):
        for m in pattern.finditer(text):
            d = _make(_full_year(m["year"]), m["month"], int(m["day"]))
            if d:
                found.append((m.start(), m.end(), d))
    return sorted(found, key=lambda t: t[0])


def explicit_date_spans(text: str) -> list[tuple[int, int, date]]:
    """(start, end, date) of every full date written out in `text`."""
    return _explicit(text)


def explicit_dates(text: str) -> list[date]:
    """Full dates (with a year) written out in `text`, in order of appearance."""
    return [d for _, _, d in _explicit(text)]


def date_spans(text: str) -> list[tuple[int, int]]:
    """Where `text` writes a date, a month and day, a year as a date or a clock
    time: the spans whose digits are never a count (summarizer.numbers.figures_in)."""
    spans = [(s, e) for s, e, _ in _explicit(text)]
    for pattern in (_MD, _DM, _YEAR, _TIME, _DAY_MON_JOINED):
        spans += [(m.start(), m.end()) for m in pattern.finditer(text)]
    return sorted(spans)


@dataclass(frozen=True)
class Dateline:
    """Where and when the article was written, and where that stands in the text."""

    date: date | None
    start: int  # the whole span: place, date, agency and the dash after them
    end: int
    places: tuple[str, ...] = ()  # "TESSARET", "Kordavia": the place of writing, city first
    agency: str | None = None  # "RADIO CONTINENTAL": who reports, never a party

    @property
    def country(self) -> str | None:
        """The country the dateline names after its city ("Kordavia"), if any."""
        return self.places[-1] if len(self.places) > 1 else None

    def locates(self, place: str) -> bool:
        """`place` is at the dateline's own city: the city itself, or a site named
        after it ("Korva Central Prison" under "KORVA, Ustrana"). A name joined to
        another by a hyphen is a line between two places, not a site in the city
        ("the Lumara-Port Neve oil pipeline" runs from Lumara, its blast may be
        far from it)."""
        if not self.places:
            return False
        city = re.findall(r"\w+", self.places[0].casefold())
        if not city:
            return False
        at_city = r"(?<![\w-])" + r"\W+".join(map(re.escape, city)) + r"(?!\w|-\w)"
        return bool(re.search(at_city, place.casefold()))


_SEP = r"\s*(?:--|-|\u2013|\u2014|:)\s*(?:\[[A-Z ]{2,30}\]\s*)*"
_AGENCY = r"(?:\s*\((?P<agency>[^()\n]{1,60})\))?"
_DATE_IN_DATELINE = (
    r"(?P<date>" + _MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+\d{2,4}"
    r"|\d{1,2}-" + _MONTH + r"-\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{4})"
).replace("?P<month>", "?:")
# A place in capitals (letters of any script, spaces, dots, apostrophes, hyphens),
# then up to two further parts (region, country) in any case.
_PLACE = (r"(?P<places>[^\W\d_][^\W\d_]*(?:[ .'\u2019-]+[^\W\d_]+){0,5}"
          r"(?:,\s*[^\W\d_][^,()\n]{0,40}?){0,2})")
_DATELINE = re.compile(_PLACE + r"(?:,\s*" + _DATE_IN_DATELINE + r")?" + _AGENCY + _SEP, re.I)
_DATE_LINE = re.compile(
    r"(?:(?:published|posted|updated|filed)\s*:?\s*(?:on\s+)?)?" + _DATE_IN_DATELINE + r"\s*$", re.I)
HEADLINE_CHARS = 200  # a first paragraph this short, without a full stop, is a headline


# A release's label line above its headline: "PRESS RELEASE", "FOR IMMEDIATE RELEASE".
_RELEASE_LABEL = re.compile(r"(?:for\s+immediate\s+release|(?:press|news|media)\s+release|press\s+statement)\W*", re.I)


def _paragraph_starts(article: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for part in re.split(r"(\n[ \t]*\n)", article):
        if part.strip() and not re.fullmatch(r"\n[ \t]*\n", part) and not _RELEASE_LABEL.fullmatch(part.strip()):
            lead = len(part) - len(part.lstrip())
            out.append((pos + lead, part.strip()))
        pos += len(part)
        if len(out) >= 2:
            break
    return out


def find_dateline(article: str) -> Dateline | None:
    """The article's dateline (module docstring), if it has one."""
    paragraphs = _paragraph_starts(article)
    for k, (offset, para) in enumerate(paragraphs):
        m = _DATELINE.match(para)
        if m and k == 0 and not (m["date"] or m["agency"]) and len(paragraphs) > 1:
            # a headline in capitals that only looks like a place and a dash ("RANCHER, SON AND
            # SON-IN-LAW KIDNAPPED ...") above a dated dateline ("PUERTO AGUIRRE, 22 MAY 86 ...")
            below = _DATELINE.match(paragraphs[1][1])
            if below and below["date"]:
                m = None
        if m and (m["date"] or m["agency"] or "," in m["places"]) and _capitals(m["places"].split(",")[0]):
            places = tuple(p.strip() for p in m["places"].split(",") if p.strip())
            when = explicit_dates(m["date"])[0] if m["date"] and explicit_dates(m["date"]) else None
            agency = " ".join(m["agency"].split()) if m["agency"] else None
            return Dateline(when, offset, offset + m.end(), places, agency)
        line = _DATE_LINE.match(para)
        if line and explicit_dates(line["date"]):
            return Dateline(explicit_dates(line["date"])[0], offset, offset + line.end())
        # Only a one-line headline may stand before the dateline.
        if k == 0 and (len(para) > HEADLINE_CHARS or "\n" in para or para.endswith(".")):
            break
    return None


def _capitals(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def report_date(dateline: Dateline | None, texts: list[str],
                dates_no_act_at: Callable[[str, int, int], bool] | None = None) -> date | None:
    """The day the article reports from: its dateline's date; without one, the first
    full date its sentences (`texts`) write for an event: an event note opens "On 21
    April 2023, ...", an encyclopedia entry with the date of the event it is about.
    Not a sign-off's or a header's own line ("Issued: 6 August 2025": a list's entries
    of July are its news, not events a month before it; an inquiry's "Summary report,
    presented to ... on 3 April 2025"), nor, when `dates_no_act_at` (text, start, end)
    is given, a date of a statement, of what came after or of a bound ("was set up on
    15 February 2023 to establish the facts of the attack" is no time of the attack)."""
    if dateline is not None and dateline.date is not None:
        return dateline.date
    for text in texts:
        for start, end, day in explicit_date_spans(text):
            # (a header's lines may make one sentence: the line the date is on decides)
            if _SIGNOFF.match(text[text.rfind("\n", 0, start) + 1:start]):
                continue
            if dates_no_act_at is None or not dates_no_act_at(text, start, end):
                return day
    return None


def report_year(report_day: date | None) -> int | None:
    """The year the article reports from (`report_date`'s): events of earlier years are
    background (rule 13)."""
    return report_day.year if report_day else None


def before_the_report(day: date, report_day: date | None, filed: bool) -> bool:
    """Is `day` another, earlier event's (rule 13)? Events of earlier months are
    background (docs/eval.md). A filed report (a dated dateline) may come weeks
    after its event ("More than a month after gunmen stormed a tented camp"): more
    than 60 days before it. A note or a page opens with its own event's date:
    more than a month before that."""
    if report_day is None:
        return False
    return day < report_day - timedelta(days=60 if filed else 31)


# A sign-off ("[SIGNED] ARMED FORCES GENERAL COMMAND, SAN ISIDRO DEL MONTE, 11
# NOVEMBER 1989.") says who issued a communique, where and when, like a dateline:
# it is no evidence for the event's place or date.
# So does a report's own date line among its header fields ("Report date: 16/03/2026").
_SIGNOFF = re.compile(r"^\W*(?:\[signed\]|\(signed\)|signed\s*[:,]"
                      # a report's own line: "Summary report, presented to the National Assembly ... on 3 April 2025"
                      # (not a finding told in the body: "Its report, published in March 2006, found that ...")
                      r"|(?:(?:summary|final|interim|preliminary|special|annual)\s+)?report\s*,?\s+"
                      r"(?:presented|submitted|delivered|tabled)\s+to\b"
                      r"|(?:report(?:ed)?\s+date|date\s+of\s+(?:the\s+)?report|report\s+(?:issued|published|filed)"
                      # a periodic list's own date: "Issued: 6 August 2025"
                      r"|issued|published|date\s+issued|issue\s+date"
                      r"|last\s+updated)\s*:)", re.I)


# A header block the segmenter keeps as one sentence, its issue date first and its place lines
# after ("Issued: 5 June 2025, 09:00 Country: Dunmerith Area: Scarrowmoor Province Period covered:
# ..."): the place lines place every entry of the report, so the block stays evidence (its issue
# date is still no event's date: date_events.only_a_header_date).
_PLACE_LABEL = re.compile(r"\b(?:country|area|region|province|district|location)\s*:", re.I)


def signoff_sentences(sentences) -> set[int]:  # noqa: ANN001 - read.segment.Sentence
    return {s.n for s in sentences if _SIGNOFF.match(s.text) and not _PLACE_LABEL.search(s.text)}


def anchor_date(article: str) -> date | None:
    dateline = find_dateline(article)
    return dateline.date if dateline else None


_RELATIVE = re.compile(
    r"\b(" + "|".join(WEEKDAYS) + r"|today|tonight|this morning|this afternoon|this evening"
    r"|yesterday|last night)\b", re.I)


_NO_LATER_THAN = re.compile(r"\bon\s+or\s+before\b|\bno\s+later\s+than\b|\bsome\s*time\s+before\b", re.I)


def pins_no_day(phrase: str) -> bool:
    """A span of days or a bound ("on or before 12 May 2024"): no one day, whatever
    full dates the phrase or the article write."""
    return names_a_span_of_days(phrase) or bool(_NO_LATER_THAN.search(phrase))


_DAY_MONTH = re.compile(r"(?<![\d/.])(\d{1,2})/(\d{1,2})(?![\d/])")


def resolve(phrase: str, anchor: date | None) -> set[date]:
    """The dates a date phrase pins down by itself: a full date, a month and day
    (in the anchor's year), or a weekday / "yesterday" counted back from the anchor.
    None for a bound ("on or before 12 May 2024", "no later than"): the day is not known."""
    if _NO_LATER_THAN.search(phrase):
        return set()
    resolved = set(explicit_dates(phrase))
    if resolved or anchor is None:
        return resolved
    lowered = phrase.lower()
    def add_in_the_anchors_year(month: int | str, day: int) -> None:
        # Month and day without a year: the anchor's year, or the previous one when
        # that would put the event after the article was written.
        d = _make(anchor.year, month, day)
        if d and d > anchor:
            d = _make(anchor.year - 1, month, day)
        if d:
            resolved.add(d)

    for pattern in (_MD, _DM):
        for m in pattern.finditer(phrase):
            if not ends_a_span(phrase, m.start()):
                add_in_the_anchors_year(m["month"], int(m["day"]))
    # A day and month in figures under a dated page ("17/08" below "Published 18/08/2026"):
    # only when one of the two cannot be a month, so no locale has to be guessed.
    for m in _DAY_MONTH.finditer(phrase):
        a, b = int(m[1]), int(m[2])
        if (a > 12) != (b > 12):
            add_in_the_anchors_year(*((b, a) if a > 12 else (a, b)))
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


_TIME_OF_DAY = r"(?:morning|afternoon|evening|night|dawn|midday|noon|daybreak|nightfall)"


def whole_day(phrase: str, texts: list[str]) -> str:
    """The day phrase as the sentences write it whole, when `phrase` is only its time
    of day ("morning" of "KIDNAPPED ON SATURDAY MORNING" -> "SATURDAY MORNING"), else
    `phrase`."""
    if not re.fullmatch(rf"(?i)\s*(?:(?:in|on|at|during)\s+)?(?:the\s+)?(?:early\s+|late\s+)?{_TIME_OF_DAY}\s*", phrase):
        return phrase
    bare = re.search(_TIME_OF_DAY, phrase, re.I)[0]
    days = "|".join([*WEEKDAYS, "yesterday", "today"])
    for text in texts:
        m = re.search(rf"\b(?:{days})\s+(?:(?:early|late)\s+)?{bare}\b", text, re.I)
        if m:
            return m[0]
    return phrase
