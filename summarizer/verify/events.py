"""Refine the model's list of incidents before their details are asked for:
two deterministic repairs of what a small model does with a list of events,
each derived from its own answer and the article's sentences.

Seen on the embedded 1.5B model: asked to group the sentences of each incident,
it put every sentence of the article into one incident, so a second attack told
"On Monday, a roadside bomb exploded ..." or "Another attack ... occurred on
Monday" lost its own record, and a paragraph about an attack of 2023 lent its
place and figures to today's. So:

1. **Background out.** A sentence that places what it tells in an earlier year
   than the dateline's, or dates it more than a month before the report ("On 2
   March 2023, ..." in a note of 21 April 2023), and gives no date of the report's
   own time ("attacked a police post in 2023") is taken out of the incident (verification rule 13 says
   the same of a whole incident).
2. **A new incident starts** at a sentence that opens with another incident's
   marker ("Another ...", "In a separate ...", "Separately,", "Elsewhere,", "In
   other incidents,", "The second blast ...") or with a date other than the incident's own ("On Monday,"
   after "on Sunday"), or with a later time of the same day ("Later that day,", "On the same day,",
   "The same night,", "About four hours later,") before words of an event; not at a sentence that
   counts the event among others ("It was the third attack on ... this year") nor
   at a later day's aftermath ("On 19 October six miners were brought out alive"). It starts too
   at a sentence that tells an act at another place: some distance from the place told before
   ("In Ulbeth, some 30 km north of Tessivar, gunmen opened fire ...", "It was at Ashby Falls,
   11 miles farther east, that the storm turned deadly") or in the neighbouring district ("the
   cyclone crossed into neighbouring Bel Amun province ..., flattening ..."); not where the
   wounded were taken, the attackers fled or an earlier month's attack happened, nor in a
   sentence that goes on from the incident told ("The attack took place 20 km north of ...").
   A log's time-stamped line that tells an event ("150915ZMAR26 - SAF/CLASH.", "[22/10 21:50]
   ALERT: ...", a table row "HPP-0816-11 | 16/08 | ...") is an entry of its own; an update or
   a reminder is none. The new incident's type is the one its first sentence
   states most (the type with the most of its words there: "a roadside bomb
   exploded ..., killing three" is a bombing/explosion, not a transport accident
   for "road"), the more specific on a tie, else the type the model gave.

3. **A missed incident is added.** The model now and then lists only the last
   of an article's incidents: "MEANWHILE, ... BLEW UP A HIGH-TENSION PYLON" and
   not the ambush its lead tells, or the second entry of a database page and not
   the first. A run of sentences none of its events cites is an incident of its
   own when it starts at a log's entry (above: of any type), or at the lead of a page
   with a dateline, or at a paragraph
   that opens with the date of an act ("On 14 August 2023, fighters ambushed
   ...", "03/08/2017: Assailants attacked ..."), and that first sentence states
   an act of a type none of the model's events has, in the report's time (not
   background, not an aftermath, not a count of events). The run ends at the
   next sentence an event cites or the next such start. A lead that runs
   straight on into an event's sentences is that event told first ("Gunmen
   stopped a convoy ..." before the model's abduction of its drivers): not added.

A sentence that only reports a statement ("the army said on Monday") does not
open with a date, so it stays with its incident.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import date

from summarizer.core.schema import EventList, EventRef
from summarizer.verify.cues import DEFUSED, EVENT_VERBS, mine_floods_out
from summarizer.verify.date_events import dates_an_act, dates_no_act_at
from summarizer.verify.dates import (
    MONTH_NAMES,
    before_the_report,
    ends_a_span,
    explicit_date_spans,
    explicit_dates,
    starts_a_span,
)
from summarizer.verify.event_starts import (LOG_ENTRY, act_elsewhere, aftermath, log_entries, log_update,
                                           numbered_items, states_a_type, updates_to_their_entry)
from summarizer.verify.event_types import (
    EVENT_CUES,
    NOW,
    counts_events,
    cue_in,
    cue_words,
    kind_contradicted,
    tells_of_the_past,
)

# On a tie of words, the more specific type first.
TYPE_PRIORITY = ("cyberattack", "natural disaster", "bombing/explosion", "abduction", "riot/protest",
                 "transport accident", "industrial accident", "armed attack", "battle/clash")
_NEW_INCIDENT = re.compile(
    # "Another bomb ...", not "Another 23 homes were damaged" (a count, no new event)
    # (past a live blog's clock time: "20:30 - In an unrelated accident, a fuel pipeline ruptured")
    r"^\W*(?:\d{1,2}[:.]\d{2}\s*[-\u2013\u2014:|]\s*)?"
    r"(?:another\b(?!\s+(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|dozen|\w+ty)\b))"
    r"|in\s+(?:a|an|another)\s+(?:separate|unrelated)\b|separately\b|elsewhere\b|in\s+other\s+incidents\b"
    r"|in\s+another\s+(?:attack|incident|blast|raid)\b"
    r"|(?:\w+\W+){0,5}?(?:the|a)\s+(?:second|third|fourth|other|latter)\s+"
    r"(?:blast|bomb|bombing|attack|explosion|incident|ambush|raid|device|explosive)\b)", re.I)
# "The next day, 18 May 2024, an IED ... exploded", "Two days later, police who had
# come to arrest ...", "ALSO LAST NIGHT, UNIDENTIFIED GUNMEN SHOT DEAD THE MAYOR",
# "Some 60 km to the east, the electoral office in Sarnow ... was set on fire",
# "Downstream, the Kessel River spilled into ... Cobb's Ferry", "IN NEIGHBORING
# HUALCAYO DEPARTMENT, THE ... BRIDGE ... WAS DYNAMITED": a sentence that opens
# with another day or another place than the one told before, and tells an act of
# its own there, starts another incident (an aftermath does not).
_ANOTHER_DAY_OR_PLACE = re.compile(
    r"^\W*(?:(?:the\s+|on\s+the\s+)?(?:next|following)\s+(?:day|morning|afternoon|evening|night)"
    r"|(?:a|one|two|three|four|five|six|\d+)\s+days?\s+later"
    r"|also\s+(?:last\s+night|yesterday|today|tonight|on\s+\w+day|this\s+(?:morning|afternoon|evening))"
    r"|(?:(?:some|about|around|roughly|nearly|more\s+than)\s+)?\d[\d,.]*\s*(?:km|kilomet(?:re|er)s?|miles?)"
    r"\s+(?:to\s+the\s+|further\s+|farther\s+)?(?:north|south|east|west|away|downstream|upstream|inland)"
    r"|downstream|upstream|(?:further|farther)\s+(?:north|south|east|west|inland|downstream|upstream)"
    r"|in\s+(?:the\s+)?neighbou?ring\s+"
    # "IN ANOTHER DEVELOPMENT, MORTAR ROUNDS ... HIT THE BARRACKS"
    r"|in\s+another\s+development)\b", re.I)
# "Later that day, around 40 militants assaulted an army outpost", "On the same day,
# unidentified forces shelled Lirra village", "THE SAME NIGHT, A HIGH-VOLTAGE TOWER ...
# WAS BLOWN UP", "About four hours later, a bomb ...": a
# later event of the same day, when the sentence tells one of its own (not "Later that
# day, police arrested two suspects").
LATER_THAT_DAY = re.compile(
    r"^\W*(?:(?:later|earlier)\s+(?:that|the\s+same)\s+(?:day|morning|afternoon|evening|night)"
    r"|(?:on\s+|during\s+)?(?:the|that)\s+same\s+(?:day|night|morning|afternoon|evening)"
    # "About four hours later,", "Roughly an hour later,", "Barely twenty minutes later,"
    r"|(?:(?:about|some|around|roughly|nearly|barely|just|less\s+than|more\s+than)\s+)?(?:[\w-]+\s+)?"
    r"(?:hours?|minutes)\s+later)\b", re.I)
# "About twenty minutes later, ... a second device hidden in a rubbish bin some 30 metres
# away blew up among the rescuers": a second device at the same site minutes after the
# first is the same attack (docs/eval.md, "a second device"), unless the sentence puts it
# at another named place or a kilometre away ("at the Orlo roundabout, a kilometre to
# the east": another incident).
_MINUTES_LATER = re.compile(
    r"^\W*(?:(?:about|some|around|roughly|nearly|barely|just|less\s+than)\s+)?(?:[\w-]+\s+)?minutes\s+later\b", re.I)
_SECOND_DEVICE = re.compile(r"\bsecond\b(?:,?\s+[\w-]+){0,2}?\s+(?:blast|bomb|device|explosion|charge|explosive)s?\b",
                            re.I)
_FAR = re.compile(r"\b(?:kilometres?|kilometers?|km|miles?)\b", re.I)
_PROPER = re.compile(r"(?<!^)(?<![.!?]\s)\b[A-Z][a-z]+(?:['\u2019]s)?\b")


def _second_device_same_site(text: str, told: list[str]) -> bool:
    """Does `text` tell a second device going off at the site of the incident told in
    `told`, a few minutes after the first (`_MINUTES_LATER`)?"""
    if not (_MINUTES_LATER.match(text) and _SECOND_DEVICE.search(text)) or _FAR.search(text):
        return False
    named = {m.group().split("'")[0].split("\u2019")[0] for m in _PROPER.finditer(text)}
    before = " ".join(told)
    return all(re.search(rf"\b{re.escape(name)}", before) for name in named)


# "Yaskel had last been shelled on 28 August 2025, when 1 civilian was killed", "was last
# hit in March": the time before, background (not "was last seen": a missing person).
_LAST_TIME = re.compile(r"\b(?:had|has|was|were)\s+last\s+(?:been\s+)?(?!seen|heard|spotted|contacted)[a-z]+ed\b",
                        re.I)


_DAY = (r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|last\s+night"
        r"|this\s+(?:morning|afternoon|evening)"
        rf"|\d{{1,2}}\s+(?:{MONTH_NAMES})"
        rf"|(?:{MONTH_NAMES})\s+\d{{1,2}}"
        # an event database's entries each open with their own date: "11/03/2014:", "03-Feb-11:"
        r"|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2}-(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*-\d{2,4})")
# `\W*+` (possessive): every part after it starts with a letter or a digit but
# `\s*`, so it gives nothing back that could matter; without it, the spaces of a
# blanked-out dateline were split between `\W*` and `\s*` every possible way
# (~0.3 ms a sentence).
# A database entry opens its paragraph with its own date: "27/04/2018: Gunmen on a motorcycle
# shot dead ...", even on the day of the entry before it (two entries, two incidents).
_ENTRY_DATE = re.compile(r"^\W*(?:\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}-[A-Za-z]{3}-\d{2,4})\s*:")
# A log's row opens with its number or its entry label: "1 | 5 August 2025 | Tessamor ...",
# "Entry NER-25-1187 | Date: 06-Nov-25 | Type: ...".
_LEADING_DATE = re.compile(r"^\W*+(?:(?:\d{1,3}|entry\s+[\w-]+)\s*\|\s*(?:date:\s*)?)?(?:(?:early|late|later)\s+)?(?:on|in\s+the\s+\w+\s+of|by|(?:at|before)\s+dawn\s+on)?\s*"
                           r"(?:(?:early|late)\s+)?(?P<day>" + _DAY + r")\b", re.I)
_ANY_DATE = re.compile(r"\b(?P<day>" + _DAY + r")\b", re.I)


def _day(match: re.Match | None) -> str | None:
    """The day `match` names, or None when it is an end of a span of days."""
    if not match or ends_a_span(match.string, match.start("day")) or starts_a_span(match.string, match.end("day")):
        return None
    return " ".join(match["day"].lower().split())


def act_day(text: str) -> str | None:
    """The words of `text` that date its act: the first single day whose verb is the
    event's ("WAS ATTACKED LATE ON SATURDAY", "On 14 August 2023, fighters
    ambushed ..."; verify.date_events.dates_an_act), with a full date's year and a
    leading "late on"; None when no day dates an act."""
    spans = explicit_date_spans(text)
    for m in _ANY_DATE.finditer(text):
        end = max([e for s, e, _ in spans if s == m.start("day")], default=m.end("day"))
        if _day(m) is None or not dates_an_act(text, m.start("day"), end):
            continue
        lead = re.search(r"(?:\b(?:late|early)\s+)?(?:\bon\s+)?$", text[:m.start("day")], re.I)
        return text[lead.start() if lead else m.start("day"):end].strip()
    return None


def _first_day(text: str) -> str | None:
    """The first single day `text` names (a span of days names none)."""
    return next((d for d in map(_day, _ANY_DATE.finditer(text)) if d), None)


# Words any violent event is told with: they state an armed attack (rule 11) but choose
# between kinds only when nothing else does ("was struck by a roadside bomb ..., killing
# three officers" is a bombing, not an armed attack by two words to one).
_ANY_ACT = {"killed", "killing", "struck", "strike", "attack", "armed", "assault", "terror"}
_HARM_ONLY = {"killed", "killing", "struck", "strike"}  # of them, what befell, not an attack


def type_of(text: str, fallback: str) -> str:
    """The event type `text` states most (module docstring), else `fallback`."""
    lowered, words = cue_words(mine_floods_out(text))  # a mine's flooding is no flood of the land
    found = {kind: [cue for cue in EVENT_CUES[kind] if cue_in(cue, lowered, words)] for kind in TYPE_PRIORITY}

    def hits(kind: str) -> tuple[int, int]:
        return sum(1 for cue in found[kind] if cue not in _ANY_ACT), len(found[kind])

    # A kind the sentence contradicts is never its type: "Assailants attacked a fuel
    # depot ..., setting fire to 11 tanker trucks" names trucks, but no accident.
    scored = [(*hits(kind), -rank, kind) for rank, kind in enumerate(TYPE_PRIORITY)
              if not kind_contradicted(kind, [text])]
    best = max(scored)
    if fallback and best[1] > 0 and set(found[best[3]]) <= _HARM_ONLY:
        # Only words of what befell ("struck", "killing"), which storms and quakes do too:
        # "The line crossed into Threlkeld County and struck Asherton ... A falling oak
        # crushed a car, killing the driver" in a storm's narrative is no armed attack;
        # the type the model gave the event stands.
        return fallback
    return best[3] if best[1] > 0 else fallback


def dated_before(text: str, day: date | None, filed: bool) -> bool:
    """Does every full date the sentence writes fall before the report's `day`
    (verify.dates.before_the_report), with no day of the report's own time? "On 2
    March 2023, a drone strike ... killed 5" in a note of 21 April 2023 does."""
    dates = explicit_dates(text)
    return bool(dates) and all(before_the_report(d, day, filed) for d in dates) and not NOW.search(text)


@dataclass(frozen=True)
class Body:
    """Where an article's body lies, for finding missed incidents (module
    docstring, 3): its sentences in order (after the dateline, no instruction
    to the model), the sentences that open a paragraph, and the lead (the first
    body sentence of a page with a dateline; None without one)."""

    numbers: tuple[int, ...]
    paragraph_starts: frozenset[int]
    lead: int | None


def refine_events(events: EventList, evidence: dict[int, str], year: int | None,
                  day: date | None = None, filed: bool = False, body: Body | None = None) -> EventList:
    """`events` with background sentences out, lumped incidents split and (given
    the article's `body`) missed incidents added (module docstring).
    `evidence`: sentence number -> its text without the dateline;
    `year`: the year of the report (verify.dates.report_year; None: no background test);
    `day`: the day of the report (verify.dates.report_date), for events months before it;
    `filed`: that day is a dateline's."""
    def background(kind: str, text: str) -> bool:
        return ((year is not None and tells_of_the_past(kind, [text], year)) or dated_before(text, day, filed)
                or bool(_LAST_TIME.search(text)))

    entries = frozenset(n for n in (body.paragraph_starts if body else ()) if _ENTRY_DATE.match(evidence.get(n, "")))
    items = numbered_items(evidence, body.numbers) if body else frozenset()
    logs = (log_entries(evidence, body.numbers, body.paragraph_starts) | items) if body else frozenset()
    entries |= logs
    # (not a section's heading; a numbered report's items are stamped by their "Date:" lines)
    stamped = frozenset(n for n in logs if LOG_ENTRY.match(evidence[n])) | items
    first_body = body.numbers[0] if body and body.numbers else 0  # before it: the headline
    out: list[EventRef] = []
    for event in events.events:
        out += _split(event, evidence, background, entries, first_body, stamped)
    if body is not None:
        for event in _missed(events, out, evidence, body, background, logs):
            out += _split(event, evidence, background, entries, first_body, stamped)
    return EventList.model_construct(events=out)


def _split(event: EventRef, evidence: dict[int, str], background,  # noqa: ANN001
           entries: frozenset[int] = frozenset(), first_body: int = 0,
           stamped: frozenset[int] = frozenset()) -> list[EventRef]:
    """One event's sentences without the background, in one group per incident (module docstring, 1-2)."""
    numbers = sorted({n for n in event.sentences if n in evidence})
    kept = [n for n in numbers if not background(event.type, evidence[n])] or numbers
    groups: list[list[int]] = []
    group_day: str | None = None  # the weekday or date the group's sentences give
    second_device = False  # the group has taken in a second device at its site
    aside: tuple[list[int], str | None] | None = None  # the group a live blog's aside interrupted, its day
    for n in kept:
        text = evidence[n]
        if aside is not None and _CLOCK_ENTRY.match(text) and not _NEW_INCIDENT.match(text):
            # the blog's next entry goes on with the story the aside interrupted
            interrupted, group_day = aside
            groups.remove(interrupted)
            groups.append(interrupted)
            aside, second_device = None, False
        if groups and (_second_device_same_site(text, [evidence[m] for m in groups[-1]])
                       or (second_device and _SECOND_DEVICE.match(text.lstrip(' "\u201c').removeprefix("The ")))):
            # "... the second blast hit those helping the wounded": the same attack
            second_device = True
            groups[-1].append(n)
            continue
        opening = _LEADING_DATE.match(text)
        leading = _day(opening)
        if leading is not None and dates_no_act_at(text, opening.start("day"), opening.end("day")):
            # "On Wednesday the commissioner said ...", "By Tuesday evening at least eleven had
            # been confirmed dead": a later day of the same event's telling, no new incident
            leading = None
        # "It was the third attack on a foreign mission this year": this event counted among others
        # (a log's update or totals line, whatever day it is stamped, starts none)
        starts = bool(groups) and not log_update(text) and ((bool(_NEW_INCIDENT.match(text)) and not counts_events([text])
                                    and not DEFUSED.search(text))
                                   or (leading is not None and group_day is not None and leading != group_day
                                       and not aftermath(text))
                                   or (n in entries and not aftermath(text))
                                   or bool(LATER_THAT_DAY.match(text) and states_a_type(text))
                                   or act_elsewhere(text, [evidence[m] for m in groups[-1] if m >= first_body],
                                                    [evidence[m] for m in evidence if first_body <= m < n])
                                   or bool(_ANOTHER_DAY_OR_PLACE.match(text) and states_a_type(text)
                                           and not aftermath(text) and not counts_events([text])))
        if starts or not groups:
            # "20:30 - In an unrelated accident, a fuel pipeline ruptured ...": an entry of its own
            # in a live blog, the story before goes on at the next entry
            aside = ((groups[-1], group_day) if groups and _CLOCK_ENTRY.match(text) and _NEW_INCIDENT.match(text)
                     else None)
            groups.append([])
            second_device = False
            # "Later the same evening, an IED exploded ...": the day of the incident before
            group_day = leading or _first_day(text) or (group_day if LATER_THAT_DAY.match(text) else None)
        elif group_day is None:
            group_day = leading or _first_day(text)
        groups[-1].append(n)
    if len(groups) > 1 and groups[1][0] in stamped and min(stamped) > groups[0][-1]:
        # what a log says before its first entry (its title, its episode) is no entry of its own
        groups[:2] = [groups[0] + groups[1]]
    groups = updates_to_their_entry(sorted(groups, key=lambda group: group[0]), evidence)
    return [EventRef(type=event.type if k == 0 else type_of(evidence[group[0]], event.type), sentences=group)
            for k, group in enumerate(groups)]


# A live blog's entry, opened by its clock time: "20:30 - In an unrelated accident, ...".
_CLOCK_ENTRY = re.compile(r"^\W*\d{1,2}[:.]\d{2}\s*[-\u2013\u2014:|]\s")


# A passage the copy leaves out ("[PASSAGE OMITTED]"): what follows it is told apart.
_OMITTED = re.compile(r"\[\s*(?:passage|text|portion)\s+omitted\s*\]", re.I)


def _missed(events: EventList, refined: list[EventRef], evidence: dict[int, str], body: Body,
            background, logs: frozenset[int] = frozenset()) -> list[EventRef]:  # noqa: ANN001
    """The incidents the model's `events` miss (module docstring, 3), unsplit."""
    cited = {n for event in events.events for n in event.sentences}
    # "other" is no type of the taxonomy's: such an event is never asked about.
    kinds = {event.type for event in refined if event.type != "other"}

    @functools.cache  # the sentence that ends a run is asked again as the next run's start
    def starts(n: int, lead: bool) -> str | None:
        """The type of the incident sentence n starts, if it starts a missed one."""
        text = evidence.get(n, "")
        if n in logs:  # an entry of its own, of whatever type, its time stamp its date (`LOG_ENTRY`)
            return type_of(" ".join(evidence.get(m, "") for m in body.numbers[body.numbers.index(n):][:2]), "") or None
        if not lead:
            opening = _LEADING_DATE.match(text)
            # "Monday's bombing was the deadliest ...": a day's event named, no date of an act
            if (n not in body.paragraph_starts or opening is None or text[opening.end():].startswith(("'s", "\u2019s"))
                    or act_day(text) is None):
                return None
        if (not (states_a_type(text) and EVENT_VERBS.search(text)) or aftermath(text) or counts_events([text])
                or background("armed attack", text)):
            return None
        kind = type_of(text, "")
        return kind if kind and kind not in kinds else None

    numbers = [n for n in body.numbers if evidence.get(n, "").strip()]
    out, i = [], 0
    while i < len(numbers):
        n = numbers[i]
        kind = None if n in cited else starts(n, n == body.lead)
        i += 1
        if kind is None:
            continue
        run = [n]
        while (i < len(numbers) and numbers[i] not in cited and not _OMITTED.search(evidence[numbers[i]])
               and starts(numbers[i], False) is None):
            run.append(numbers[i])
            i += 1
        if n == body.lead and i < len(numbers) and numbers[i] in cited:
            continue  # the lead of an event the model gave (module docstring, 3)
        out.append(EventRef(type=kind, sentences=run))
    return out
