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
        # "Qelle clan militiamen" as "militiamen of the Dhuubo and Qelle clans"
        members = _MEMBERS_LAST.fullmatch(form.strip())
        if members and len(words) > 1:
            pattern = re.compile(rf"\b{words[-1]}\W+of\W+(?:the\W+)?(?:\w+\W+){{0,3}}?"
                                 + r"\W+(?:\w+\W+){0,3}?".join(words[:-1]), re.I)
            out += [(m.start(), m.end()) for m in pattern.finditer(text)]
    return out


_MEMBERS_LAST = re.compile(r"(?i).+\s(?:militiamen|fighters|members|militants|gunmen|supporters)")
