"""Where a text names a party: in full, without its bracketed part, by its short form, or as
"militiamen of the X clan"; a common noun not inside a capitalised name."""

from __future__ import annotations

import re


# "army" is not named by "the Southern Liberation Army": a common noun given as a
# name is not the end of a capitalised name in a mixed-case text.
_NAME_BEFORE = re.compile(r"[A-Z][\w'-]*\s+$")


def spans(name: str, text: str) -> list[tuple[int, int]]:
    """Where `text` names `name`: in full, without a bracketed part, or by the
    bracketed short form alone ("Kordavian People's Front (KPF)" / "KPF"); a
    common noun ("army") not inside a capitalised name of a mixed-case text."""
    spans = _all_spans(name, text)
    if name[:1].islower() and sum(map(str.islower, text)) > sum(map(str.isupper, text)):
        spans = [(a, b) for a, b in spans
                 if not (text[a:a + 1].isupper() and _NAME_BEFORE.search(text[max(0, a - 40):a]))]
    return spans


def _all_spans(name: str, text: str) -> list[tuple[int, int]]:
    forms = [name, re.sub(r"\s*\([^)]*\)", "", name)] + re.findall(r"\(([^)]+)\)", name)
    out = []
    for form in forms:
        # Inflections and spelling variants, as rule 4 allows: "Gunman" / "Gunmen".
        words = [(re.escape(w[:max(4, len(w) - 2)]) if len(w) > 4 else re.escape(w)) + r"\w*"
                 for w in re.findall(r"\w+", form)]
        if words:
            pattern = re.compile(r"\b" + r"\W+(?:\w+\W+)?".join(words), re.I)
            out += [(m.start(), m.end()) for m in pattern.finditer(text)]
            # ... and past an apposition inside it: "A BAND LED BY A FORMER POLICEMAN, NICOMEDES
            # QORIMAYU," for "BAND LED BY NICOMEDES QORIMAYU"
            if not out and len(words) > 2:
                pattern = re.compile(r"\b" + r"\W+(?:\w+\W+)?".join(words[:-2]) + _APPOSITION
                                     + r"\W+".join(words[-2:]), re.I)
                out += [(m.start(), m.end()) for m in pattern.finditer(text)]
        # "Qelle clan militiamen" as "militiamen of the Dhuubo and Qelle clans"
        members = _MEMBERS_LAST.fullmatch(form.strip())
        if members and len(words) > 1:
            pattern = re.compile(rf"\b{words[-1]}\W+of\W+(?:the\W+)?(?:\w+\W+){{0,3}}?"
                                 + r"\W+(?:\w+\W+){0,3}?".join(words[:-1]), re.I)
            out += [(m.start(), m.end()) for m in pattern.finditer(text)]
        out += _coordinated(words, form, text)
    return out


def _coordinated(words: list[str], form: str, text: str) -> list[tuple[int, int]]:
    """One side named out of two joined by "and": "men from Orrumey" in "men from the
    neighbouring villages of Orrumey and Tsalbek", "PEASANT COMMUNITY OF MARCAHUILLCA" in
    "PEASANT COMMUNITIES OF TUNQUIPAMPA AND MARCAHUILLCA", "Ossambe militiamen" in
    "Ossambe and Gerrimo militiamen" (the span runs from the head noun to the name's own word)."""
    out = []
    of = _OF_A_NAME.fullmatch(form.strip())
    if of and len(words) > 2:  # "<head> of|from <Name>": a few words, or the other side, between
        head = r"\W+".join(words[:-2])
        # (one of two joined by "and", first or second: not "the mayor of the town of Dellow")
        pattern = re.compile(rf"\b{head}\W+(?:of|from)\s+(?:[\w'-]+\s+){{0,5}}?(?:[\w'-]+\s+and\s+{words[-1]}"
                             rf"|{words[-1]}(?=\s+and\s+))", re.I)
        out += [(m.start(), m.end()) for m in pattern.finditer(text)]
    # ... the second side with its own "of the": "supporters of the KCP" in "supporters of the
    # Harvest Alliance and of the KCP fought each other"
    second = _OF_THE_NAME.fullmatch(form.strip())
    if second:
        head = r"\W+".join(re.escape(w) for w in second["head"].split())
        name = r"\W+".join(re.escape(w) for w in second["name"].split())
        pattern = re.compile(rf"\b{head}\s+(?:of|from)\s+[^,;.]{{1,60}}?\s+and\s+(?:of\s+|from\s+)?(?:the\s+)?{name}\b",
                             re.I)
        out += [(m.start(), m.end()) for m in pattern.finditer(text)]
    named_first = _NAME_THEN_HEAD.fullmatch(form.strip())
    if named_first and len(words) > 1:  # "<Name> militiamen": "Ossambe and Gerrimo militiamen"
        pattern = re.compile(rf"\b{words[0]}(?:\s*,\s*[\w'-]+)*\s+and\s+[\w'-]+\s+" + r"\W+".join(words[1:]), re.I)
        out += [(m.start(), m.end()) for m in pattern.finditer(text)]
    return out


_APPOSITION = r"\s+(?:an?|the)\s+(?:[\w'-]+\s+){0,2}[\w'-]+,\s+"
_MEMBERS_LAST = re.compile(r"(?i).+\s(?:militiamen|militias?|fighters|members|militants|gunmen|supporters)")
_OF_A_NAME = re.compile(r"(?:[\w'-]+\s+){1,3}(?:of|from|OF|FROM)\s+[A-Z][\w'-]+")
_OF_THE_NAME = re.compile(r"(?P<head>(?:[\w'-]+\s+){1,3}?)(?:of|from|OF|FROM)\s+(?:the|THE)\s+"
                          r"(?P<name>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})")
_NAME_THEN_HEAD = re.compile(r"[A-Z][\w'-]+(?:\s+[a-z][\w'-]*){1,2}")
