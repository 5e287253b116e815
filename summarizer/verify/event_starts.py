"""Where the events refinement (summarizer.verify.events) starts another incident
inside one the model gave, beyond a sentence that opens with another day: an act
told at another place than the one told before, and a log's time-stamped entry or a
page's section named for a place. Also what it reads as an aftermath (no act of
its own) and as a sentence that states an event type at all."""

from __future__ import annotations

import itertools
import re

from summarizer.verify.cues import CAPTIVES_FREED_BY_FORCE, EVENT_VERBS, TOLL_GIVEN
from summarizer.verify.dates import MONTH_NAMES
from summarizer.verify.event_types import EVENT_CUES, counts_events, type_stated

# "On 19 October a group of six miners ... was brought out alive": the aftermath of
# the incident (a rescue, a release, a recovery, an arrest, a funeral) on a later
# day, no event of its own, unless the sentence also tells an act.
AFTERMATH = re.compile(r"\b(?:brought\s+out|rescued|recovered|pulled\s+(?:out|alive|from)|released|freed"
                        # (a funeral, not "a landslide ... buried two farmhouses")
                        r"|(?:were|was|been|be)\s+buried(?!\s+(?:alive|under|beneath|by))|funerals?|laid\s+to\s+rest|found\s+alive|reopened|restored|arrested"
                        # a claim of responsibility, a statement: "On Wednesday evening, the FTV ... said in
                        # a statement ... that its fighters had planted the bomb"
                        r"|detained|charged|sentenced|claimed|claiming|statement"
                        r"|died\s+(?:of|from)\s+(?:his|her|their)\s+(?:wounds|injuries)"
                        # a toll given on another day: "On Tuesday the police had put the number of dead at 11"
                        rf"|{TOLL_GIVEN}|toll\s+(?:rose|climbed|stood|reached))\b",
                        re.I)
# "In Ulbeth, some 30 km north of Tessivar, about 20 gunmen ... opened fire", "It was at
# Ashby Falls, 11 miles farther east, that the storm turned deadly", "the cyclone crossed
# into neighbouring Bel Amun province ..., flattening mud-brick houses": an act told at a
# distance from the place told before, or in the neighbouring district, is another
# place's incident (docs/eval.md: a different place is a different incident).
_AT_A_DISTANCE = re.compile(
    r"\b(?P<far>\d[\d,.]*)\s*(?P<unit>km|kilomet(?:re|er)s?|miles?)\s+(?:to\s+the\s+|further\s+|farther\s+)?"
    r"(?:(?:north|south)(?:-?(?:east|west))?|east|west|inland|downstream|upstream"
    r"|(?:up|down)\s+the\s+(?:[A-Z][\w'\u2019-]+\s+)?(?:valley|river|coast|road))"
    r"(?:\s+of\s+(?P<ref>[\w'\u2019-]+))?", re.I)
# ... and "in the river town of Belcza in ... province, some 200 km away, a second man attacked
# shoppers": the place the act is in, some way off (not where rescuers came from: "Teams from
# ... Kelmor, 60 kilometres away, drilled", "a fire engine arrived from Baz Kala, ... some 30 km away").
_IN_A_PLACE_AWAY = re.compile(r"^\W*(?:(?:on|early|late)\s+[^,]{1,30},\s+)?in\s+(?:the\s+)?[^.;]{0,120}?,\s+(?:some\s+|about\s+"
                              r"|around\s+|nearly\s+|more\s+than\s+)?\d[\d,.]*\s*(?:km|kilomet(?:re|er)s?|miles?)\s+away,",
                              re.I)
# ... and a roundup's next place, put first: "IN SANTA OLIMPIA DEL MONTE, IN ALBARRADAS DEPARTMENT,
# TWO GUNMEN ON A MOTORCYCLE YESTERDAY AFTERNOON SHOT DEAD THE DRIVER" after a grenade in Puerto
# Ossaval (a place no sentence of the incident before names; not "In March", "In all,").
_OPENS_IN_A_PLACE = re.compile(
    r"^\W*in\s+(?!(?:the|a|an|all|addition|total|response|reply|another|other|its|their|his|her|this|that"
    rf"|{MONTH_NAMES})\b)(?P<place>(?-i:[A-Z])[\w'\u2019-]+(?:\s+(?-i:[A-Z])[\w'\u2019-]+){{0,3}})\s*,", re.I)
# ... unless all that came before is a roundup's lead over several places ("Bombs exploded in two
# cities", "rioting in three towns"): its first place is where the lead's story goes on.
_OVERVIEW = re.compile(r"\b(?:two|three|four|five|six|several|\d+)\s+(?:[\w-]+\s+)?(?:cities|towns|villages|provinces"
                       r"|departments|districts|regions|places|markets|attacks|bombings|incidents|blasts|explosions"
                       r"|countries|states|municipalities|communities)\b", re.I)
# (the words many places' names share say nothing of which place: "SANTA", "DEL", "PROVINCE")
_COMMON_PLACE_WORD = re.compile(r"(?i:province|district|department|county|region|state|city|town|village|del|de|la"
                                r"|el|los|las|san|santa|puerto|port|new|north|south|east|west|upper|lower)")
_NEIGHBOURING = re.compile(r"\bneighbou?ring\s+(?:[\w'\u2019-]+\s+){1,3}?(?:province|district|county|department|region|state"
                           r"|valley)\b", re.I)
# Not an act at the other place: where the wounded were taken, where the attackers fled or
# their truck was found, where smoke was seen, a place that lies some way off; an earlier
# month's or year's attack there (background).
_NOT_AN_ACT_THERE = re.compile(
    r"\b(?:taken|carried|flown|treated|fled|fleeing|drove\s+off|driving\s+off|escaped|found|moved\s+to"
    r"|based|servers?|seen|felt|heard|lies|lay|traced|last\s+(?:year|month|week)|previous\s+(?:year|month|week)"
    r"|in\s+the\s+(?:last|previous)|in\s+(?:early\s+|late\s+)?(?:" + MONTH_NAMES + r")(?:\s+(?:19|20)\d\d)?(?!\s*\d))\b",
    re.I)
_EVENT_NOUNS = {"attack", "attackers", "blast", "explosion", "bombing", "raid", "ambush", "assault", "fire", "flood",
                "storm", "quake", "earthquake", "collapse", "crash", "derailment", "riot", "clash", "fighting",
                "violence", "shooting", "kidnapping", "abduction", "landslide", "cyclone", "tornado"}
_FOLLOWS_ON = re.compile(r"^\W*(?:(?:it(?!\s+was\s+(?:at|in)\b)|its|they|their|this|these|those)\b|(?P<the>the)\s+(?P<noun>[a-z]+)\b)", re.I)


def _kilometres(figure: str, unit: str) -> float:
    """The distance "1,200" or "2.5" km (or miles) in km; 0 for a figure no number reads
    ("1.2.3": a version, a reference)."""
    try:
        value = float(figure.replace(",", ""))
    except ValueError:
        return 0.0
    return value * (1.6 if unit.lower().startswith("mile") else 1)


def act_elsewhere(text: str, told: list[str], earlier: list[str] | None = None) -> bool:
    """Does `text` tell an act at a distance from the place of the incident `told`
    before it, or in the neighbouring district (`_AT_A_DISTANCE`)? A distance of a few
    km is the same site; one from a named place counts only when that place was told
    before ("30 km north of Tessivar" after Tessivar's ambush; not "in Oru, 40 km north
    of Merval" in the lead under a headline that names neither); a sentence that goes
    on from the incident told ("The attack took place about 20 km north of ...", "It
    crossed into neighbouring ...") tells no other. `earlier`: the article's body before
    `text`, where a place put first must not have been named (`_OPENS_IN_A_PLACE`)."""
    if (not (states_a_type(text) and EVENT_VERBS.search(text)) or aftermath(text) or counts_events([text])
            or _NOT_AN_ACT_THERE.search(text)
            # an act told before in a sentence, not only in a headline (no full stop)
            or not any(states_a_type(t) and t.rstrip().endswith((".", "!", "?", '"', "\u201d")) for t in told)):
        return False
    before = " ".join(told)
    follows = _FOLLOWS_ON.match(text)
    if follows and (not follows["the"] or follows["noun"].lower() in _EVENT_NOUNS
                    or re.search(rf"\b{follows['noun']}\b", before, re.I)):
        return False
    if _NEIGHBOURING.search(text) or _IN_A_PLACE_AWAY.match(text):
        return True
    opens = _OPENS_IN_A_PLACE.match(text)
    if opens and not all(_OVERVIEW.search(t) for t in told if states_a_type(t)):
        # (a place the article's body named before is no other place: "In Ebbsworth, the village head
        # said ... 15 people had been killed in the raid" retells the raid told three sentences up)
        named_before = " ".join(earlier) if earlier is not None else before
        if not any(re.search(rf"\b{re.escape(word)}\b", named_before, re.I)
                   for word in opens["place"].split() if not _COMMON_PLACE_WORD.fullmatch(word)):
            return True
    for m in _AT_A_DISTANCE.finditer(text):
        far = _kilometres(m["far"], m["unit"])
        ref = m["ref"]
        if far >= 5 and (ref is None or (ref.lower() != "the" and (ref[0].isupper())
                                         and re.search(rf"\b{re.escape(ref)}\b", before, re.I))):
            return True
    return False


# A log's entries, each a line of its own that the model reads as one text: a
# date-time group ("150915ZMAR26 - SAF/CLASH."), an alert's time stamp ("[22/10 21:50]
# QNSF ALERT: ..."), a table row's reference and day ("HPP-0816-11 | 16/08 | Tarsko |
# Grenade thrown ..."). One that tells an event (its line or the next sentence states an
# act) starts an incident; an update, an information or a reminder tells none.
# A table row's reference ("HV-071", "HPP-0816-11") and an alert's day stamp ("22/10",
# "15/11/2025"): the entries below start with them, and an update names its entry by them.
_ROW_REFERENCE = r"[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+"
_STAMP_DAY = r"\d{1,2}/\d{1,2}(?:/\d{2,4})?"
LOG_ENTRY = re.compile(r"^\W*(?:\d{6}Z[A-Z]{3}\d{2}\b|" + _STAMP_DAY + r"\s+\d{1,2}[:.]\d{2}\b"
                       r"|" + _ROW_REFERENCE + r"\s*\|\s*\d{1,2}/\d{1,2}\b"
                       # ... its day written out: "HV-071 | 14 May 2026, 08:10 | Velichko, central bus
                       # park | A man armed with a machete ...", "HV-073 | Night of 15-16 May 2026 |"
                       r"|" + _ROW_REFERENCE + r"\s*\|\s*(?:(?:the\s+)?night\s+of\s+)?\d{1,2}(?:-\d{1,2})?\s+"
                       rf"(?:{MONTH_NAMES})\b"
                       # a weather service's narratives, one per event: "Event Narrative: The line
                       # crossed into Threlkeld County and struck Asherton"
                       r"|event\s+narrative\s*:)", re.I)
# A page's section named for a place ("Selde", "DRUMICA") over the sentence that tells
# what happened there ("The flood wave reached Selde, 14 km downstream, ..."): that
# sentence opens an entry.
_HEADING = re.compile(r"^\W*(?:[A-Z][\w'\u2019-]*\s+){0,3}[A-Z][\w'\u2019-]*\s*$")
_NO_NEW_EVENT = re.compile(r"\b(?:update[ds]?|info|information|reminder|advisory|curfew|totals?)\b", re.I)
# ... nor one that says nothing happened: "Letter threatening \"more blood\" found at the bus
# park office; no violence".
_NOTHING_HAPPENED = re.compile(r"\bno\s+violence\b|\bthreat(?:ening)?\s+letter|\bletters?\s+threatening\b", re.I)


# A table row's reference ("HV-071 | 14 May 2026, ..."), and a later row that updates it
# ("HV-074 | 16 May 2026 | Velichko | UPDATE to HV-071: one of the injured died ...").
# (or an alert's time stamp: "15/11/2025 10:05 | Kibenda, UPDATE to 19:40 entry | ...")
_ROW_REF = re.compile(r"^\W*(?:(?P<ref>" + _ROW_REFERENCE + r")\s*\||" + _STAMP_DAY + r"\s+(?P<time>\d{1,2}[:.]\d{2})\b)")
_UPDATE_TO = re.compile(r"\bupdate\s+(?:to|of|on)\s+(?:(?P<ref>" + _ROW_REFERENCE + r")\b"
                        r"|(?:the\s+)?(?P<time>\d{1,2}[:.]\d{2})\s+(?:entry|report|alert)\b)", re.I)


# An update line that names the entry it updates: "UPDATE (08 Oct 2026, 09:05) to the TAMVIK
# entry of 06 Oct: the Tamvik health centre now reports 7 people treated" (its stamp is the
# update's time; its values are the entry's).
# A numbered report's item that updates an earlier one: "2) Update to item 1 Date: 6 September
# 2025 Location: Brennoch One of the injured officers ... died" (the day is the death's).
_UPDATES_AN_ENTRY = re.compile(r"^\W*(?:\d{1,2}[.)]\s+)?update\b(?:\s*\([^)]{0,40}\))?\s+(?:to|of|on)\s+"
                               r"(?:the\s+(?:[\w'-]+\s+){0,3}?(?:entry|report|alert|item)\b"
                               r"|(?:item|entry)\s+(?:no\.?\s*)?\d{1,3}\b)", re.I)


def updates_an_entry(text: str) -> bool:
    """Does the line open as an update to a named entry (`_UPDATES_AN_ENTRY`)?"""
    return bool(_UPDATES_AN_ENTRY.match(text))


def log_update(text: str) -> bool:
    """A log's line that updates or sums its entries ("15/11/2025 10:05 | Kibenda, UPDATE to
    19:40 entry", "15/11/2025 16:00 | WEEKLY TOTALS"): no incident of its own, whatever day it
    is stamped."""
    return bool(LOG_ENTRY.match(text) and _NO_NEW_EVENT.search(text[:60]))


def updates_to_their_entry(groups: list[list[int]], evidence: dict[int, str]) -> list[list[int]]:
    """`groups` (an event's sentences, one group per incident) with each row that
    updates an earlier row by its reference moved to that row's group: the toll it
    raises is that entry's, not the entry's it follows in the log."""
    refs = {m["ref"] or m["time"]: k for k, group in enumerate(groups)
            if (m := _ROW_REF.match(evidence.get(group[0], "")))}
    if not refs:
        return groups
    out = [list(group) for group in groups]
    for k, group in enumerate(groups):
        for n in group[1:]:
            update = _UPDATE_TO.search(evidence.get(n, "")[:80])
            home = refs.get(update["ref"] or update["time"]) if update else None
            if home is not None and home != k:
                out[k].remove(n)
                out[home] = sorted([*out[home], n])
    return [group for group in out if group]


def states_a_type(text: str) -> bool:
    return any(type_stated(kind, [text]) for kind in EVENT_CUES)


def aftermath(text: str) -> bool:
    """Does `text` tell only what followed an event (module docstring), no act?"""
    # (captives freed by force end their captivity: no incident of its own)
    if CAPTIVES_FREED_BY_FORCE.search(text):
        return True
    # The verb that comes first tells what the sentence is about: "officers arrested a
    # mechanic who, they say, bought the tanker used in the bombing" is an arrest.
    after = AFTERMATH.search(text)
    act = EVENT_VERBS.search(text)
    return bool(after) and (act is None or after.start() < act.start())


_NUMBERED_ITEM = re.compile(r"^\s*(?:\d{1,2}(?:\.\s*$|\)\s+\S)|(?:INCIDENT|ITEM|EVENT)\s+\d{1,2}\s*[:.)\u2013-])")
_DATE_LINE = re.compile(r"\bDate\s*:\s*\d", re.I)
_BARE_NUMBER = re.compile(r"^\s*\d{1,2}\.\s*$")
_NO_ACT = re.compile(r"\bnon-?violent\b|\bno\s+force\s+was\s+used\b|\bno\s+escape\s+took\s+place\b", re.I)


def numbered_items(evidence: dict[int, str], numbers: tuple[int, ...]) -> frozenset[int]:
    """The sentences that open a numbered report's item telling an event, dated on its own
    "Date:" line: "2." / "Attack on the holding cells of Pontebruna police station" / "Date: 5
    June 2023" (the title opens it: a bare "2." gives its entry to the sentence after it),
    "4) Riot in police holding cells, Pyrrovic\nDate: 7 September 2025\n...", "INCIDENT 2:
    Customs post fired on by smugglers at Falsanne Date: ...". Not "2) Update to item 1", nor
    an item said to be no act ("3) Escape from Ulvetta Open Detention Centre (non-violent)")."""
    items = set()
    for k, n in enumerate(numbers):
        if not _NUMBERED_ITEM.match(evidence.get(n, "")):
            continue
        block = [evidence.get(m, "") for m in numbers[k:k + 3]]
        # the item's own sentences, up to the next item's number
        own = [block[0]] + list(itertools.takewhile(lambda t: not _NUMBERED_ITEM.match(t),
                                                     (evidence.get(m, "") for m in numbers[k + 1:k + 5])))
        if (not updates_an_entry(block[0]) and any(_DATE_LINE.search(t) for t in block)
                and states_a_type(" ".join(block)) and not _NO_ACT.search(" ".join(own))):
            items.add(numbers[k + 1] if _BARE_NUMBER.match(block[0]) and k + 1 < len(numbers) else n)
    return frozenset(items)


def log_entries(evidence: dict[int, str], numbers: tuple[int, ...], paragraph_starts: frozenset[int]) -> frozenset[int]:
    """The body's sentences (`numbers`, in order) that open a log entry telling an event
    (`LOG_ENTRY`), or a section named for a place (`_HEADING`). (A numbered report's items
    are `numbered_items`.)"""
    entries = {n for k, n in enumerate(numbers)
               if LOG_ENTRY.match(evidence.get(n, "")) and not log_update(evidence[n])
               and not _NOTHING_HAPPENED.search(evidence[n])
               and states_a_type(" ".join(evidence.get(m, "") for m in numbers[k:k + 2]))}
    for heading, n in zip(numbers, numbers[1:]):
        name = evidence.get(heading, "").strip()
        if (heading in paragraph_starts and heading != numbers[0] and _HEADING.match(name)
                and states_a_type(evidence[n]) and EVENT_VERBS.search(evidence[n])
                and re.search(rf"\b{re.escape(name)}\b", evidence[n], re.I)):
            entries.add(n)
    return frozenset(entries)
