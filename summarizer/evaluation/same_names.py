"""When a predicted name and a gold one are the same: places and actors
(`same_name`), perpetrators and targets (`same_party`), and what the article
itself shows of two names (`same_party_in`). The F1 scores and the trust scores
of summarizer.evaluation.metrics and .trust use these, and nothing else.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterable

from summarizer.verify.names import name_in_text, normalise

if TYPE_CHECKING:
    from summarizer.evaluation.metrics import Inc


def same_name(a: str | None, b: str | None) -> bool:
    """Two names (places, actors) are the same when one's significant words all
    appear, allowing small spelling variants, in the other: "the town of
    Tessaret" == "Tessaret", "gunman" == "gunmen", "Séguéla" == "Seguela"."""
    if not a or not b:
        return not a and not b
    if not normalise(a) or not normalise(b):
        return normalise(a) == normalise(b)
    return name_in_text(a, b) or name_in_text(b, a)


# The people of a group, named by it: "KPF fighters" is the "Kordavian People's
# Front (KPF)", "Tarn Front militants" the Tarn Front.
_MEMBERS = re.compile(r"\s+(?:fighters|militants|members|gunmen|rebels|insurgents|guerrillas|supporters)$", re.I)


def _party_forms(name: str) -> list[str]:
    """A party's name, its bracketed short form ("KPF" of "Kordavian People's Front
    (KPF)") and the name without the brackets."""
    forms = [name, re.sub(r"\s*\([^)]*\)", "", name)] + re.findall(r"\(([^)]+)\)", name)
    return [f for f in forms if f.strip()]


# Attackers no name identifies, as an article describes them: "gunmen", "armed
# men", "the attackers", "hackers", "unidentified assailants". Two such descriptions
# of one incident's perpetrators are the same people (the gold annotates one of the
# words the article uses; the headline's "hackers" are the body's "attackers").
_UNNAMED = re.compile(
    r"^(?:the\s+|some\s+|(?:about|around|some)\s+\w+\s+|\d+\s+|two\s+|three\s+|four\s+|five\s+|several\s+)?"
    r"(?:(?:unidentified|unknown|suspected|armed|masked|heavily\s+armed|night)\s+)?"
    r"(?:attackers?|assailants?|gunm[ae]n|armed\s+men|men|raiders|hackers|bandits|kidnappers|abductors"
    r"|perpetrators|intruders)$", re.I)


def unnamed_attackers(name: str) -> bool:
    return bool(_UNNAMED.match(" ".join(name.split())))


# The same people by another common noun: the gold writes one of the words an article
# uses for them ("the crowd"), the model another ("protesters"). Each word is read as the
# first of its group; a name is never rewritten (the words are lower case only).
_SAME_PEOPLE = [
    ("crowd", r"protesters|demonstrators|marchers|people\s+protesting|protesting\s+crowd"),
    ("passengers", r"commuters|travellers|travelers"),
    ("students", r"pupils|schoolgirls|schoolboys|schoolchildren"),
    ("army", r"military"),
]
_SAME_PEOPLE_WORDS = [(word, re.compile(rf"\b(?:{words})\b")) for word, words in _SAME_PEOPLE]


_PART_OF = re.compile(r"^(?:the\s+)?(?:hull|deck|roof|gates?|walls?|doors?|entrance|towers|pylons|section|wing|lobby"
                      r"|windows|fence|perimeter)\s+of\s+(?:the\s+|a\s+|an\s+)?(?=\S)", re.I)


def _people_word(name: str) -> str:
    for word, others in _SAME_PEOPLE_WORDS:
        name = others.sub(word, name)
    return name


def same_party(a: str | None, b: str | None) -> bool:
    """Two perpetrators or targets are the same when their names are (`same_name`),
    when one names the other's people: "KPF fighters" == "Kordavian People's
    Front (KPF)", when both describe unnamed attackers (`_UNNAMED`), or when they
    are the same people by another common noun ("protesters" and "the crowd",
    `_SAME_PEOPLE`)."""
    if same_name(a, b) or not a or not b:
        return same_name(a, b)
    # (and a part of the thing named for the thing: "the hull of the freighter Dona Ermelinda" is
    # the freighter, "towers of the Haldenmoor-Trevask line" the line)
    for x, y in ((_people_word(a), _people_word(b)), (_PART_OF.sub("", a), _PART_OF.sub("", b))):
        if (x, y) != (a, b) and same_name(x, y):
            return True
    if unnamed_attackers(a) and unnamed_attackers(b):
        return True
    members = [_MEMBERS.sub("", x) for x in (a, b)]
    if members == [a, b]:
        return False
    return any(same_name(x, y) for x in _party_forms(members[0]) for y in _party_forms(members[1])
               if normalise(x) and normalise(y))


def _without_place(name: str, places: Iterable[str | None]) -> str:
    """`name` without the incident's own place words, when something is left:
    "Dremmin bus station" of an incident in Dremmin is "bus station"."""
    for place in places:
        if place:
            left = re.sub(rf"(?i)(?:\b(?:in|at|of)\s+)?\b{re.escape(place)}(?:'s)?\b", " ", name)
            if normalise(left):
                name = left
    return " ".join(name.split())


def _proper(name: str) -> bool:
    words = [w for w in re.sub(r"^(?:the|a|an)\s+", "", name.strip(), flags=re.I).split() if len(w) > 3]
    return bool(words) and all(w[0].isupper() for w in words)


def _in_apposition(a: str, b: str, text: str) -> bool:
    """Does `text` give one name in apposition to the other, a description and a
    proper name ("the mayor of São Teodoro do Vale, Joaquín Ibáñez,", "Joaquín
    Ibáñez, the mayor")? Two descriptions or two names side by side are a list."""
    if not text or _proper(a) == _proper(b):
        return False
    x, y = (re.escape(re.sub(r"^(?:the|a|an)\s+", "", n.strip(), flags=re.I)) for n in (a, b))
    # A role may be named by what it is of: "the mayor of Kelvarra, Radmila
    # Petrosk," gives "mayor" and her name side by side.
    of = r"(?:\s+of\s+[^,.;:()]{1,40}?)?"
    for first, second in ((x, y), (y, x)):
        side_by_side = rf"(?i)\b{first}(?:{of},\s+(?:the\s+|a\s+)?{second}{of}(?:,|\.|\s*$)|\s+\({second}\))"
        # The first must open its own phrase: in "the provider that links them
        # to their control rooms, Skyreach Connect," the name is the provider's.
        in_a_relative = rf"(?i)\b(?:that|which|who|whose)\b[^,;:]*\b{first},"
        if re.search(side_by_side, text) and not re.search(in_a_relative, text):
            return True
    return False


def same_party_in(a: str | None, b: str | None, pred: "Inc", gold: "Inc") -> bool:
    """`same_party`, and what the article itself shows: a name that differs only
    by the incident's place ("Dremmin bus station" is the "central bus station" of
    an incident in Dremmin), and two names the predicted party's own sentences
    give in apposition (the mayor of a town and his name)."""
    if same_party(a, b) or not a or not b:
        return same_party(a, b)
    places = (gold.place, pred.place)
    if same_party(_without_place(a, places), _without_place(b, places)):
        return True
    if _one_named_kind(a, b):
        return True
    return _in_apposition(a, b, pred.party_text.get(a, ""))


_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)


def _one_named_kind(a: str, b: str) -> bool:
    """One thing described and named: "wedding hall" is the "Rosary Gardens hall",
    "army checkpoint" the "Kestrel Bridge checkpoint": the same last word (what
    the thing is), and one of the two says no more than a proper name before it.
    Two descriptions ("bus station", "police station") are two things."""
    words = [_ARTICLE.sub("", " ".join(n.split())).split() for n in (a, b)]
    if any(len(w) < 2 for w in words) or not same_name(words[0][-1], words[1][-1]):
        return False
    named = [all(w[:1].isupper() for w in ws[:-1]) and not ws[0].isupper() for ws in words]
    return named[0] != named[1]
