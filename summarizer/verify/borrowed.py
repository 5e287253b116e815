"""Rule 18: a value of one incident that only another incident's sentences tell
("4 killed" of the Lesko checkpoint given to the Bravik one) is borrowed, not
this incident's (the rule list is in summarizer.verify.rules).

An incident's own sentences are those that tell what happened: its summary's and
its event type's. A value that cites only sentences some other incident of the
draft owns, and none of its own, stands on the other incident's evidence."""

from __future__ import annotations

import re

from summarizer.core.schema import Draft
from summarizer.verify.numbers import numbers_in
from summarizer.verify.problem import Problem


# A sentence about several of the incidents is every one's: "THE ARMED FORCES COMMAND SAID
# TODAY THAT THE PEOPLE'S REVOLUTIONARY COMMANDOS (CRP) WERE RESPONSIBLE FOR BOTH ATTACKS".
_SEVERAL = re.compile(r"\b(?:both|all\s+(?:two|three|four|the)|the\s+(?:two|three|four))\s+(?:\w+\s+)?"
                      r"(?:attacks|bombings|blasts|explosions|ambushes|raids|incidents|kidnappings|abductions"
                      # "CLAIMED RESPONSIBILITY FOR "THE TWO BLOWS AGAINST THE ENERGY OF THE OLIGARCHY""
                      r"|blows|actions|operations|sabotage\s+actions)\b"
                      # a claim naming two acts: 'CLAIMED "THE PUNISHMENT OF THE REPRESSIVE FORCES AT EL
                      # TRAPICHITO AND THE DESTRUCTION OF THE LAS PALMILLAS BRIDGE"'
                      r"|\bclaimed\s+(?:responsibility\s+for\s+)?[\"'\u201c\u2018]?the\s+[^.;\"\u201d]{3,120}?\s+and\s+the"
                      r"\s+\w+\s+of\b", re.I)


# Those an earlier incident left missing, named in a later one's sentence: "volunteers digging
# for the last two missing men" of the first collapse, killed by the second.
_LAST_MISSING = re.compile(r"\b(?:the\s+)?(?:last|remaining)\s+((?:\w+\s+){1,2}?)(?:\w+\s+)?missing\b", re.I)


def _left_missing(cas, texts: list[str]) -> bool:  # noqa: ANN001 - DraftCasualty
    return cas.category == "missing" and bool(texts) and all(
        any(cas.count in numbers_in(m[1]) for m in _LAST_MISSING.finditer(t)) for t in texts)


def borrowed_values(draft: Draft, evidence: dict[int, str] | None = None) -> list[Problem]:
    """Problems for the values of `draft` that only other incidents' sentences tell
    (`evidence`, the article's sentences by number: one about several incidents is shared)."""
    incidents = draft.incidents
    if len(incidents) < 2:
        return []
    shared = {n for n, text in (evidence or {}).items() if _SEVERAL.search(text)}
    own = [(set(inc.summary_sentences) | set(inc.event_type_sentences)) - shared for inc in incidents]
    problems: list[Problem] = []
    for i, inc in enumerate(incidents):
        owner = {n: k for k in range(len(incidents)) if k != i for n in own[k] if n not in own[i]}
        # Not the date: "On the same day, ..." gives a second incident the first one's.
        fields = [("location", inc.location_sentences, bool(inc.place or inc.admin_area or inc.country))]
        fields += [(f"perpetrators[{j}]", a.sentences, bool(a.name.strip())) for j, a in enumerate(inc.perpetrators)]
        fields += [(f"targets[{j}]", a.sentences, bool(a.name.strip())) for j, a in enumerate(inc.targets)]
        fields += [(f"casualties[{j}]", c.sentences, True) for j, c in enumerate(inc.casualties)
                   if not _left_missing(c, [(evidence or {}).get(n, "") for n in c.sentences])]
        for field, numbers, has_value in fields:
            if has_value and numbers and all(n in owner for n in numbers):
                others = sorted({owner[n] + 1 for n in numbers})
                problems.append(Problem(i, field, (
                    f"the cited sentences {sorted(numbers)} tell of incident {', '.join(map(str, others))}, not this "
                    "one; cite the sentence that gives this incident's value, or leave it out")))
    return problems


# "In all, the fog claimed nine lives in Harnsey on Monday" after a pile-up and a bus crash: a
# sentence that opens by summing sums the incidents the article tells (rule 16), when it tells
# more than one (one incident's "In all, 12 people died" is its own toll).
_SUMS_UP = re.compile(r"^\W*(?:in\s+all|altogether|in\s+total|all\s+told)\b", re.I)


def sums_of_the_incidents(draft: Draft, evidence: dict[int, str] | None = None) -> list[Problem]:
    """Problems for the figures of a draft of several incidents stated only in sentences
    that open by summing ("In all, ..."): a total over the incidents, none's own."""
    if len(draft.incidents) < 2 or not evidence:
        return []
    summing = {n for n, text in evidence.items() if _SUMS_UP.match(text)}
    return [Problem(i, f"casualties[{j}]", (
        f"the cited sentences {sorted(c.sentences)} sum the article's incidents (\"In all, ...\"): {c.count} is "
        "no one incident's figure; leave it out unless a sentence states it for this incident"))
        for i, inc in enumerate(draft.incidents) for j, c in enumerate(inc.casualties)
        if c.sentences and set(c.sentences) <= summing]
