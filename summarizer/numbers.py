"""Find the numbers a sentence states, as digits or as words.

Used by the verifier: a casualty count must appear in the sentences it cites.
"1,200", "12", "sixty", "twenty-three", "one hundred and five", "a dozen",
"two dozen" and "3 million" are all understood.
"""

from __future__ import annotations

import re

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

_DIGITS = re.compile(r"(?<![\d.])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:\s+(million|thousand))?")
_WORD = re.compile(r"[a-z]+")


def _digit_numbers(text: str) -> set[int]:
    found: set[int] = set()
    for whole, frac, scale in _DIGITS.findall(text):
        value = float(whole.replace(",", "") + (f".{frac}" if frac else ""))
        if scale:
            value *= _SCALES[scale]
        if value == int(value):
            found.add(int(value))
    return found


def _word_numbers(text: str) -> set[int]:
    """Parse runs of number words ("one hundred and twenty-five") into integers."""
    words = _WORD.findall(text.lower().replace("-", " "))
    found: set[int] = set()
    total = current = 0
    in_number = False

    def flush():
        nonlocal total, current, in_number
        if in_number:
            found.add(total + current)
        total = current = 0
        in_number = False

    for i, word in enumerate(words):
        if word in _UNITS:
            current += _UNITS[word]
            in_number = True
        elif word in _TENS:
            current += _TENS[word]
            in_number = True
        elif word in _SCALES and in_number:
            scale = _SCALES[word]
            if scale == 100:
                current *= 100
            else:
                total += current * scale
                current = 0
        elif word == "dozen":
            # "a dozen" is 12, "two dozen" is 24; a bare "dozens" is not a count.
            found.add(current * 12 if in_number else 12)
            total = current = 0
            in_number = False
        elif word == "and" and in_number and i + 1 < len(words) and (
            words[i + 1] in _UNITS or words[i + 1] in _TENS
        ):
            continue  # "one hundred and five"
        else:
            flush()
    flush()
    return found


def numbers_in(text: str) -> set[int]:
    """Every whole number stated in `text`, whether in digits or in words."""
    return _digit_numbers(text) | _word_numbers(text)
