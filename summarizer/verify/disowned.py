"""A claim the article itself takes back is no evidence (rules 11 and 15): "an
anonymous post ... claimed the explosion for a group calling itself the Lorrach
Earth Front. Police said ... the claim was a hoax"; "On Tuesday the group deleted the
post and said ... that it had 'wrongly claimed' the outage"; "hacktivists withdraw
their claim". Such a claim names no perpetrator and makes no explosion deliberate:
the verifier reads its sentences with the claim's words blanked out."""

from __future__ import annotations

import re

# What takes a claim back, in the claim's sentence or one of the next two.
_DISOWNING = re.compile(
    r"(?<!not\s)(?<!no\s)\b(?:an?\s+)?hoax\b"
    r"|\bwrongly\s+claim\w*|\bfalse(?:ly)?\s+claim\w*"
    r"|\b(?:withdr[ae]w\w*|retract\w*|disown\w*|took\s+back|take\s+back)\s+(?:its\s+|their\s+|the\s+|that\s+)?claim\w*",
    re.I)
_CLAIM_WORD = re.compile(r"\bclaim\w*", re.I)
_NEXT = 2  # sentences after a claim its taking back may come in


def disowned_claims(texts: dict[int, str]) -> set[int]:
    """The numbers of the sentences whose claim the article takes back (and of the
    sentences that take it back, whose "claimed" is no claim either)."""
    out: set[int] = set()
    for n, text in texts.items():
        # (a hoax of a claim, not any hoax: "the bomb threat was a hoax")
        if not (_DISOWNING.search(text) and _CLAIM_WORD.search(text)):
            continue
        out.add(n)
        out |= {m for m in range(n - _NEXT, n) if m in texts and _CLAIM_WORD.search(texts[m])}
    return out


def without_claims(text: str) -> str:
    """`text` with its claim words blanked (same length: offsets into it hold)."""
    return _CLAIM_WORD.sub(lambda m: " " * len(m.group()), text)


# A report the article says is false tells nothing that happened: "2.3 Reported attack on polling
# station (unfounded) Date: ... Description: Posts on social media claimed that gunmen had attacked
# the polling station", then "... found voting under way normally; the report was false." Such a
# sentence also puts no party in a role (roles.party_role reads SAID_FALSE too).
_FALSE_LABEL = re.compile(r"\((?:unfounded|false|hoax|unconfirmed\s+and\s+denied|false\s+report|fake)\)", re.I)
SAID_FALSE = re.compile(r"\b(?:reports?|rumou?rs?|claims?|posts?|videos?)\b[^.;]{0,160}?\b(?:are|were|was|is|proved|proven)\s+"
                        r"(?:false|untrue|unfounded|baseless|fake|a\s+hoax)\b", re.I)
_REPORT_THAT = re.compile(r"\b(?:posts?|reports?|rumou?rs?|messages?|videos?)\b[^.;]{0,60}?\b(?:claimed|said|reported|alleged"
                          r"|showed)\b", re.I)
_THE_REPORT_FALSE = re.compile(r"\bthe\s+(?:report|claim|rumou?r|post|video)\s+(?:was|is|proved|had\s+been)\s+(?:false|untrue"
                               r"|unfounded|baseless|fake|a\s+hoax)\b", re.I)


def false_reports(texts: dict[int, str]) -> set[int]:
    """The numbers of the sentences that tell only a report the article says is false:
    no evidence of any value (a sentence that itself says so, an item labelled
    "(unfounded)", or posts that "claimed" what the next sentence calls false)."""
    out = {n for n, text in texts.items() if _FALSE_LABEL.search(text) or SAID_FALSE.search(text)}
    out |= {n for n, text in texts.items()
            if _REPORT_THAT.search(text) and n + 1 in texts and _THE_REPORT_FALSE.search(texts[n + 1])}
    return out
