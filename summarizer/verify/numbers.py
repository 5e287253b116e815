"""Find the numbers a sentence states, as digits or as words, and where.

Used by the verifier: a casualty count must appear in the sentences it cites.
"1,200", "12", "sixty", "twenty-three", "one hundred and five", "a hundred", "a dozen",
"two dozen", "half a dozen", "a score of", "a pair of" and "3 million" are all understood.

`figures_in` is what the verifier uses: the numbers a text states as counts,
leaving out the digits of dates, years and clock times ("March 9", "in 2019",
"1432 CST"), which are never a count of people.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from summarizer.verify.dates import date_spans

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000}
_GROUPS = {"pair": 2, "score": 20}  # "a pair of", "a score of"

_DIGITS = re.compile(r"(?<![\d.])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:\s+(million|thousand))?", re.I)
_WORD = re.compile(r"[a-z]+")


@dataclass(frozen=True)
class Mention:
    """A number stated in a text: its value and where it stands."""

    value: int
    start: int
    end: int


def _digit_mentions(text: str) -> list[Mention]:
    found = []
    for m in _DIGITS.finditer(text):
        whole, frac, scale = m.groups()
        value = float(whole.replace(",", "") + (f".{frac}" if frac else ""))
        if scale:
            value *= _SCALES[scale.lower()]
        if value == int(value):
            found.append(Mention(int(value), m.start(), m.end()))
    return found


def _word_mentions(text: str) -> list[Mention]:
    """Runs of number words ("one hundred and twenty-five") as integers. Two
    numbers side by side stay two: "between three and five" (an "and" joins only
    after a hundred or a thousand), "three, five", "twenty-one and three"."""
    lowered = text.lower().replace("-", " ")
    words = list(_WORD.finditer(lowered))
    found: list[Mention] = []
    total = current = 0
    start = end = -1
    last = ""  # the kind of the run's last word: "unit", "tens", "scale"

    def flush():
        nonlocal total, current, start, last
        if start >= 0:
            found.append(Mention(total + current, start, end))
        total = current = 0
        start = -1
        last = ""

    for i, match in enumerate(words):
        word = match.group()
        if start >= 0 and word != "and" and re.sub(r"\band\b", "", lowered[end:match.start()]).strip():
            flush()  # punctuation between: "three, five"
        if word in _UNITS or word in _TENS:
            kind = "unit" if word in _UNITS else "tens"
            # "twenty one" is one number; "three five", "twenty thirty", "twenty one three" are not.
            if start >= 0 and (last == "unit" or (kind == "tens" and last == "tens")):
                flush()
            if start < 0:
                start = match.start()
            current += _UNITS.get(word, 0) + _TENS.get(word, 0)
            end = match.end()
            last = kind
        elif word in _SCALES and start < 0 and i > 0 and words[i - 1].group() == "a" \
                and not lowered[words[i - 1].end():match.start()].strip():
            # "more than a hundred" is 100, "a thousand and twenty" 1,020.
            start = words[i - 1].start()
            current = _SCALES[word] if _SCALES[word] == 100 else 0
            total = 0 if _SCALES[word] == 100 else _SCALES[word]
            end = match.end()
            last = "scale"
        elif word in _SCALES and start >= 0:
            scale = _SCALES[word]
            if scale == 100:
                current *= 100
            else:
                total += current * scale
                current = 0
            end = match.end()
            last = "scale"
        elif word == "dozen":
            # "a dozen" is 12, "two dozen" is 24; a bare "dozens" is not a count;
            # "half a dozen" is 6 (not the 12 of its last two words).
            half = re.search(r"\bhalf\s+an?\s+$", lowered[:match.start()])
            if start >= 0:
                found.append(Mention(current * 12, start, match.end()))
            elif half:
                found.append(Mention(6, half.start(), match.end()))
            else:
                found.append(Mention(12, match.start(), match.end()))
            total = current = 0
            start = -1
            last = ""
        elif word in _GROUPS and start < 0 and i > 0 and words[i - 1].group() == "a" and i + 1 < len(words) \
                and words[i + 1].group() == "of" and not re.match(r"\s*of\s+\d", lowered[match.end():]):
            # "a score of the attackers" is 20, "a pair of gunmen" 2; "scores of" is no
            # count, nor the score of a match ("a score of 3-1").
            flush()
            found.append(Mention(_GROUPS[word], words[i - 1].start(), match.end()))
        elif word == "and" and start >= 0 and last == "scale" and i + 1 < len(words) and (
            words[i + 1].group() in _UNITS or words[i + 1].group() in _TENS
        ):
            continue  # "one hundred and five"
        else:
            flush()
    flush()
    return found


def mentions(text: str) -> list[Mention]:
    """Every whole number stated in `text`, in digits or in words, in order."""
    return sorted(_digit_mentions(text) + _word_mentions(text), key=lambda m: m.start)


def numbers_in(text: str) -> set[int]:
    """Every whole number stated in `text`, whether in digits or in words."""
    return {m.value for m in mentions(text)}


# The verifier asks about the same few sentences again and again: for every
# field of every answer and re-ask of an article, and again for its record (a
# few hundred microseconds of regular expressions each time). Remembered per
# text, as many as several articles in flight at once hold.
_REMEMBERED = 4096


@functools.lru_cache(maxsize=_REMEMBERED)
def figure_mentions(text: str) -> tuple[Mention, ...]:
    """The numbers `text` states as counts: those inside a date, a year given as a
    date or a clock time are left out ("on March 9" states no 9), and so are two
    numbers joined by a dash, a score or a span ("lost 3-1", "14–15 June"): neither
    is a count of people; nor is a label's number ("shaft No. 4", "Gate 3", "State
    Highway 40", "the Kilometre 14 camp"), an ordinal ("the 41st Brigade"), a charge
    ("57 counts of murder"), an age ("One man, 71, died"), a parent's children ("a
    father of three"), nor "one" standing for a thing ("the second one exploded")."""
    # (but a tally line's range gives its low end, never its high end: "Deaths: 31–44" is at
    # least 31, docs/eval.md)
    ranges = list(LABELLED_RANGE.finditer(text))
    low_ends, dashes = {r.start("low") for r in ranges}, {r.start("dash") for r in ranges}
    spans = date_spans(text) + [m.span() for m in _JOINED_NUMBERS.finditer(text) if m.start() not in low_ends]
    return tuple(m for m in mentions(text) if not any(s <= m.start and m.end <= e for s, e in spans)
                 and m.start - 1 not in dashes
                 and not _LABEL_BEFORE.search(text[max(0, m.start - 12):m.start])
                 and not (_AGE_AROUND.search(text[max(0, m.start - 30):m.start]) and text[m.end:m.end + 1] == ",")
                 and not _KIN_OR_AGE_OF.search(text[max(0, m.start - 20):m.start])
                 and not _CODE_BEFORE.search(text[max(0, m.start - 12):m.start])
                 and not _CHARGES_AFTER.match(text, m.end)
                 and not _STOREYS_AFTER.match(text, m.end)
                 and not _DURATION_AFTER.match(text, m.end)
                 and not (text[m.start:m.end].lower() == "one" and _FAMILY_AFTER.match(text, m.end))
                 and not _ORDINAL_AFTER.match(text, m.end)
                 and not _ITEM_NUMBER.match(text[max(0, m.start - 4):m.end + 2])
                 and not (text[m.start:m.end].lower() == "one"
                          and _ONE_AS_PRONOUN.search(text[max(0, m.start - 12):m.start])))


# A report's numbered item: "1) Riot and fire at Haldune Central Prison Date: ..." (at a line's start)
_ITEM_NUMBER = re.compile(r"(?:^|\n)[ \t]*\d{1,2}\)\s", re.M)
# "shaft No. 4", "Gate 3", "#2": a number that names one of several, not a count
_LABEL_BEFORE = re.compile(r"(?:\b(?:no|nos)\.?|\b(?:number|gate|shaft|platform|ward|block|sector|route|km|highway"
                           r"|interstate|road|flight|room|bed|pier|berth|exit|line|unit|tower|bus|kilometre|kilometer|mile|milepost"
                           r"|marker|camp|hangar|terminal|zone|wing|cell|pavilion|silo|hall)|#)[ \t]*$", re.I)
# "the 41st Mechanised Brigade": an ordinal names a unit, it counts no one
_ORDINAL_AFTER = re.compile(r"(?:st|nd|rd|th|d)\b", re.I)  # "THE 2D INFANTRY BATTALION" in old wire copy
# "charged on 57 counts of murder": the charges a court weighs, not the people killed
_CHARGES_AFTER = re.compile(r"\s+(?:counts?|charges?)\s+of\b", re.I)
# "a five-storey tenement": storeys, no people harmed; "Three children from one family":
# one family, no one counted.
_STOREYS_AFTER = re.compile(r"[\s-]+(?:storeys?|stor(?:y|ies)|floors?)\b", re.I)
_FAMILY_AFTER = re.compile(r"\s+(?:family|household)\b", re.I)
# "Firefight lasted approx. 40 min.": a duration, no one counted.
# (a report's abbreviations only: "for about 14 hours" is left to the checks that read it)
_DURATION_AFTER = re.compile(r"\s*(?:min|mins|hrs?|secs?)\b\.?", re.I)
# "One man, 71, died": a number set off by commas after a person is an age, not a count
# ("THE DRIVER, ANSELMO QUIROGA, 48, A NATIVE OF SAN IGNACIO" in a wire's capitals).
# (and "a boy, Tomas, 14, and his sister, 12, who were buying bread": kin and pupils too)
_AGE_AROUND = re.compile(r"(?:\b(?:man|woman|boy|girl|driver|pilot|farmer|resident|victim|teacher|officer|soldier"
                         r"|sister|brother|son|daughter|wife|husband|mother|father|nephew|niece|cousin|grandson"
                         r"|granddaughter|grandmother|grandfather|child|pupil|student|guard|nurse|doctor|trader|miner"
                         # "Among the dead were the bride's uncle, 58, and a 10-year-old girl"
                         r"|uncle|aunt|bride|groom|elder|chief|mayor|councillor|worker|labourer|passenger|owner)"
                         r"|\b[A-Z][a-z]+|\b[A-Z]{2,}\s+[A-Z]{2,}),\s*$")
# "when the second one exploded", "no one was hurt": "one" standing for a thing named
# before, or none, is no count.
_ONE_AS_PRONOUN = re.compile(r"\b(?:the|each|every|no|another|first|second|third|last|next|other|only"
                             r"|latter|former)\s+$", re.I)
# "a father of three": his children, no one harmed; "a woman of 54": her age.
# ("Of the dead, 97 were over the age of 75": an age again)
_KIN_OR_AGE_OF = re.compile(r"\b(?:father|mother|parent|man|woman|boy|girl|age)\s+of\s+$", re.I)
# "logged as Ref. TSO-24-031": a reference code's numbers count no one.
_CODE_BEFORE = re.compile(r"\b[A-Za-z]{2,}-(?:\d+-)*$")


# (not a designation such as "DHC-8-102": there the numbers stand as before)
_JOINED_NUMBERS = re.compile(r"(?<![\w,.\-\u2013])\d{1,3}[-\u2013]\d{1,3}(?![\d,.]|[-\u2013]\w)")
# An infobox's or a register's tally line with a range: "Deaths: 31–44", "Injured: 60-75".
LABELLED_RANGE = re.compile(r"\b(?:deaths|dead|killed|fatalities|casualties|injured|wounded|injuries|missing)\s*:\s*"
                            r"(?P<low>\d{1,3})\s*(?P<dash>[-\u2013])\s*\d{1,3}(?![\d,.])", re.I)


@functools.lru_cache(maxsize=_REMEMBERED)
def figures_in(text: str) -> frozenset[int]:
    return frozenset(m.value for m in figure_mentions(text))
