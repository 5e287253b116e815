"""Force used on the people who acted (a riot's two sides under one name)."""

from __future__ import annotations

import re

from summarizer.verify.roles.verbs import ACT
from summarizer.verify.roles.mentions import spans

# Force used on the people a sentence opened with, named again by "them": "SOME 500
# STUDENTS ... BURNED FOUR BUSES ..., AND RIOT POLICE DISPERSED THEM WITH TEAR GAS".
_FORCE_VERBS = (r"(?:dispersed|(?:to\s+)?disperse|drove(?=\s+them\s+back\s+with\b)"
                # "used batons and water cannon to clear about 400 relatives"
                r"|(?:cannon|batons|gas|bullets|dogs|force)\s+to\s+clear"
                r"|charged|clubbed|tear-gassed|opened\s+fire\s+on|shot\s+at|beat"
                # "fired into the crowd", "fired tear gas at the marchers"
                # ... and past what and when: "fired tear gas and then live rounds on Monday at protesters"
                r"|fired\s+(?:(?:live\s+)?(?:rounds|bullets|tear\s+gas|rubber\s+bullets|shots|warning\s+shots)\s+)?"
                r"(?:(?:(?:and|\+|&)\s+(?:then\s+)?)?(?:live\s+)?(?:rounds|bullets|ammunition|rubber\s+bullets|shots)\s+)?"
                r"(?:(?:(?:on|late\s+on|early\s+on)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
                # ... or of the day: "fired tear gas and rubber bullets this evening at several hundred ..."
                r"|this\s+(?:morning|afternoon|evening)|last\s+night|tonight|overnight)\s+)?"
                r"(?:on|at|into))")
_FORCE_ON_BEFORE = re.compile(rf"\b{_FORCE_VERBS}\s+(?:the\s+)?(?:[\w,-]+\s+){{0,3}}?$", re.I)  # ("SOME 3,000")
# ... and then the act of those fired on is this incident's, not an earlier one ("FIRED ON
# SOME 3,000 STRIKING TEACHERS AND STUDENTS WHO HAD STONED THE DEPARTMENTAL PREFECTURE")
# (or "which": "fired tear gas and then live rounds to disperse the crowd of several hundred, which
# had pelted officers with stones and bottles")
FIRED_ON_WHO_HAD = re.compile(rf"\b{_FORCE_VERBS}\s+[^.;]{{0,80}}?\b(?:who|that|which)\s+had\b", re.I)
_WHO_ACTED = re.compile(rf"^,?\s+(?:who|that)\s+(?:had\s+|have\s+|has\s+)?(?:\w+\s+)?{ACT}\b", re.I)
_ACTS_NEXT = re.compile(rf"^[^.;]{{0,120}}?\b{ACT}\b", re.I)
_FORCE_ON_THEM_NEXT = re.compile(rf"^[^.;]{{0,80}}?\b{_FORCE_VERBS}\s+them\b", re.I)
_FORCE_ON_THEM = re.compile(rf"^[^.;]{{0,260}}?,?\s+and\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}?{_FORCE_VERBS}\s+them\b", re.I)


# Force used to clear the place they held, told after their own act: "about 3,000 relatives and
# residents marched to the regional offices ... and blocked the entrance, and riot police fired tear
# gas and rubber bullets to clear the street" (the crowd, its object left out, the force's aim).
CLEARED_BY_FORCE = re.compile(r"^[^.;]{0,260}?,?\s+and\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:police|troops|soldiers"
                              r"|gendarmes|officers)\s+(?:then\s+)?(?:fired|used)\s+[^.;]{0,60}?\bto\s+(?:clear"
                              r"|disperse|break\s+up)\s+(?:the\s+)?(?:street|square|road|entrance|area|gate|protest"
                              r"|sit-in|blockade|march)\b", re.I)


# A crowd's force on them: "stoned the police when officers moved in".
_STONED_BEFORE = re.compile(r"\b(?:(?:stoned|pelted)\s+|(?:threw|hurled|throwing|hurling)\s+(?:stones|rocks|bottles)\s+at\s+)"
                            r"(?:the\s+)?(?:[\w,-]+\s+){0,3}?$", re.I)
# Force used by them, told right after their name: "..., police fired tear gas + live rounds into the crowd".
_USED_FORCE_NEXT = re.compile(r"^\s+(?:then\s+)?fired\b", re.I)
_OWN_CLAUSE_BEFORE = re.compile(r";|,\s+(?:and|but|while|whereas)\s+(?=(?:the|its|their)\s)", re.I)


def force_used_on_them(name: str, texts: list[str]) -> bool:
    """Does a sentence open with `name` doing the act, then tell force used on "them"
    ("SOME 500 STUDENTS ... BURNED FOUR BUSES ..., AND RIOT POLICE DISPERSED THEM")? In a
    riot the one name is then on both sides. (Not when an act comes before the name:
    "The fighting broke out when militiamen tried to drive Moru herds off ... and Moru
    fighters opened fire on them": "them" are others.)"""
    if any(not re.search(rf"\b{ACT}\b", text[:start], re.I) and _FORCE_ON_THEM.match(text[end:end + 300])
           for text in texts for start, end in spans(name, text)):
        return True
    # ... or force used on them, then their own act in a clause of theirs: "POLICE FIRED ON
    # STRIKING TEACHERS AND STUDENTS WHO HAD STONED THE DEPARTMENTAL PREFECTURE"
    # (or a crowd's force on them, then theirs: "threw stones at police officers, who fired tear gas")
    if any((_FORCE_ON_BEFORE.search(text[:start]) or _STONED_BEFORE.search(text[:start]))
           and _WHO_ACTED.match(text[end:end + 200])
           for text in texts for start, end in spans(name, text)):
        return True
    # ... or one sentence has them act and another names them where force was used:
    # "SOME 500 STUDENTS ... STONED AND SET FIRE TO THE NATIONAL GUARD POST", then
    # "GUARDSMEN INSIDE THE POST FIRED ON THE STUDENTS, WOUNDING SIX OF THEM".
    # (or the same sentence names them again: "a crowd ... broke through the gates of the
    # depot, and police guarding the depot fired into the crowd")
    # (an act told before, in a clause of its own, leaves them acting in theirs: "... stoned the
    # police when officers moved in, and the police fired tear gas ... into the crowd")
    # ... or the next sentence uses force on "them" without their name: "several hundred residents
    # marched to the company's office ..., smashed its windows and set a company pickup truck on
    # fire", then "Police fired tear gas and rubber bullets to disperse them."
    named = [k for k, text in enumerate(texts) if any(
        not re.search(rf"\b{ACT}\b", text[:start], re.I) and _ACTS_NEXT.match(text[end:end + 200])
        for start, end in spans(name, text))]
    if any(k + 1 < len(texts) and not spans(name, texts[k + 1]) and _FORCE_ON_THEM_NEXT.search(texts[k + 1])
           for k in named):
        return True
    acting = {(text, start) for text in texts for start, end in spans(name, text)
              if (not re.search(rf"\b{ACT}\b", _OWN_CLAUSE_BEFORE.split(text[:start])[-1], re.I)
                  and _ACTS_NEXT.match(text[end:end + 200])) or _USED_FORCE_NEXT.match(text[end:end + 40])}
    return bool(acting) and any((_FORCE_ON_BEFORE.search(text[:start]) or _STONED_BEFORE.search(text[:start]))
                                for text in texts for start, _ in spans(name, text) if (text, start) not in acting)
