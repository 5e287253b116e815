"""Stage 1: split an article into numbered sentences with character offsets.

Deterministic: the same text always gives the same numbering, which is what makes
a citation ("sentence 4") checkable. Paragraphs (blank-line separated) are split
first so a headline or a dateline line never merges with the body; inside a
paragraph the rule-based splitter `sentencex` (maintained by Wikimedia) handles
abbreviations, decimals, initials and quotes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import sentencex

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n")
# "at 6:40 p.m. CST in open farmland": a clock time's "p.m." before a time zone ends no
# sentence (the splitter ends one at any abbreviation before a capital).
_CLOCK_END = re.compile(r"\b[ap]\.m\.$", re.I)
_TIME_ZONE = re.compile(r"^(?:[ECMP][SD]T|AKST|HST|UTC|GMT|BST|CES?T|EES?T|WAT|EAT|IST)\b")
# "Winds reached 130 km/h. A storm tide flooded the town": a unit with a slash before a
# full stop and a capital ends the sentence (the splitter reads "h." as an abbreviation).
# "2 of the wounded died on 6 May. Around 300 mourners had gathered": the month "May" is
# no abbreviation, and its full stop before a capital ends the sentence (the splitter
# keeps the two together).
_UNIT_END = re.compile(r"(?:(?<=\bkm/h\.)|(?<=\bkm/s\.)|(?<=\bm/s\.)|(?<=\bkph\.)|(?<=\bMay\.)|(?<=\bMAY\.))"
                       r"\s+(?=[A-Z])")


@dataclass(frozen=True)
class Sentence:
    n: int  # 1-based, as the model and the reader see it
    text: str
    start: int  # offset of the first character in the article
    end: int  # offset just past the last character


def _paragraphs(text: str):
    """Yield (offset, paragraph) pairs; offsets index into `text`."""
    pos = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        yield pos, text[pos : match.start()]
        pos = match.end()
    yield pos, text[pos:]


def segment(text: str, language: str = "en") -> list[Sentence]:
    """Split `text` into sentences. `text[s.start:s.end] == s.text` always holds."""
    sentences: list[Sentence] = []
    for para_start, para in _paragraphs(text):
        if not para.strip():
            continue
        cursor = 0
        for piece in (part for whole in sentencex.segment(language, para) for part in _UNIT_END.split(whole)):
            piece = piece.strip()
            if not piece:
                continue
            # Locate the piece in the original paragraph rather than trusting the
            # splitter's output as-is: offsets must point into the untouched text.
            found = para.find(piece, cursor)
            if found < 0:  # splitter normalised something; fall back to the cursor
                found = cursor
                piece = para[found : found + len(piece)]
            start = para_start + found
            last = sentences[-1] if sentences else None
            if last and last.end > para_start and _CLOCK_END.search(last.text) and _TIME_ZONE.match(piece):
                sentences[-1] = Sentence(last.n, text[last.start:start + len(piece)], last.start, start + len(piece))
            else:
                sentences.append(Sentence(len(sentences) + 1, piece, start, start + len(piece)))
            cursor = found + len(piece)
    return sentences


def numbered(sentences: list[Sentence]) -> str:
    """The article as the model sees it: one `[n] sentence` per line."""
    return "\n".join(f"[{s.n}] {' '.join(s.text.split())}" for s in sentences)
