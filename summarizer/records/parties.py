"""Parties the program reads from the article itself (summarizer.records.derive
calls `claimants` and `keep_party`).

A small model names the attackers it sees in the sentence of the attack
("gunmen") and misses the group a later sentence names: "The Amrun Islamic Front
claimed responsibility", "police said the gunmen belonged to the Ñandú Cartel",
"sources blamed the car bomb on the People's Revolutionary Army (ERP)". Those
groups are perpetrators by the gold conventions (docs/eval.md), and every one
added cites the sentence that names it, so the verifier checks it as any other.
"""

from __future__ import annotations

import re

from summarizer.verify.event_types import NO_PARTIES
from summarizer.verify.party_names import is_weapon, names_an_event, names_the_attackers
from summarizer.verify.dates import Dateline
from summarizer.verify.names import is_calendar_word, name_in_text, written_in_capitals
from summarizer.verify.parties import not_a_party
from summarizer.verify.acts import SYSTEMS_OWNED

# A group's name: capitalised words, joined by "of", "the", "for", "de", "del";
# an acronym in brackets may follow ("People's Revolutionary Army (ERP)").
_WORD = r"[A-Z\u00c0-\u00de][\w'\u2019.-]*"
_NAME = rf"(?P<name>{_WORD}(?:\s+(?:(?:of|the|for|de|del|la|al)\s+)*{_WORD})*(?:\s+\([A-Z]{{2,8}}\))?)"
# How a group gives its own name: "a ransomware gang calling itself Ashfall", "a collective
# that calls itself Iron Lanterns" (a claimant's mark, and the name own_name reads).
_CALLS_ITSELF = r"calling\s+itself|(?:that|which|who)\s+calls\s+itself"
_CLAIMS = [
    re.compile(p) for p in (
        rf"{_NAME}\s+(?:has\s+|have\s+|had\s+)?claimed\s+(?:responsibility|the\s+\w+|it|both)",
        rf"(?i:{_CALLS_ITSELF})\s+(?:the\s+)?{_NAME}",
        rf"{_NAME}\s+said\s+(?:[\w\s,]{{0,40}}?)\b(?:it|its\s+(?:fighters?|members?|men))\s+(?:had\s+)?"
        rf"(?:carried\s+out|attacked|planted|killed|kidnapped|abducted|ambushed|bombed|taken|seized|stormed"
        rf"|overran|overrun|raided|captured)",
        rf"(?i:belonged\s+to|members\s+of|fighters\s+of)\s+(?:(?i:the|suspected)\s+)*{_NAME}",
        # "Another aggressive move by JNIM", "an attack by the Sarn Liberation Movement"
        # (lower case only: a headline's "Attack By Gunmen Kills Four" capitalises every word)
        rf"\b(?:attacks?|assaults?|raids?|ambush(?:es)?|offensive|move|bombings?)\s+by\s+(?:the\s+)?{_NAME}",
        # The last "on" / "to" of the clause: "blamed the attack on the post and the car bomb on the ERP".
        rf"(?i:blamed\b[^,.;]*\bon|attributed\b[^,.;]*\bto)\s+(?:(?i:the|suspected)\s+)*\"?{_NAME}",
    )
]
# "The army blamed the Halder Freedom Movement": only where names stand out by their capitals.
_BLAMED = re.compile(rf"\bblamed\s+(?:the\s+)?(?:(?:banned|outlawed|rebel|armed|militant|separatist)\s+)?{_NAME}")
# In capitals only a name followed by "FOR" stands out: "BLAMED THE PATRIA LIBRE FRONT (FPL) FOR THE ASSASSINATION".
_BLAMED_FOR = re.compile(r"\bBLAMED\s+(?:THE\s+)?(?P<name>[A-Z'\u2019\" ]+?(?:\s+\([A-Z]{2,8}\))?)\s+FOR\b")
# Capitalised words that open a sentence or a clause but name no group.
_NOT_A_GROUP = {"no", "the", "a", "an", "it", "police", "officials", "authorities", "he", "she", "they", "nobody",
                "sources", "witnesses", "residents"}


def _caps_name(text: str, start: int) -> str | None:
    """In a wire written in capitals every word looks like a name: the group's
    name runs to the next comma, full stop or "which"."""
    m = re.match(r"(?:THE\s+)?(?P<name>[A-Z'\u2019\" ]+?(?:\s+\([A-Z]{2,8}\))?)"
                 r"(?=\s*(?:,|\.|;|\bWHICH\b|\b(?:CLAIMED|SAID|HAS|HAD)\b|$))", text[start:])
    return m["name"].strip() if m and 1 <= len(m["name"].split()) <= 9 else None


def own_name(description: str, texts: list[str]) -> str | None:
    """The name a group described in general words gives itself where the text
    describes it so: "a hacktivist collective that calls itself Iron Lanterns",
    "a ransomware gang calling itself Ashfall" -> the name, else None."""
    for text in texts:
        m = re.search(rf"(?i:{re.escape(description)}),?\s+(?i:{_CALLS_ITSELF}|known\s+as)\s+(?:the\s+)?{_NAME}",
                      text)
        if m and not written_in_capitals(text):
            return m["name"]
    return None


def claimants(texts: dict[int, str]) -> list[tuple[str, int]]:
    """The groups the sentences say claimed, carried out or are blamed for the
    act, with the number of the sentence naming each."""
    found: list[tuple[str, int]] = []
    for n, text in texts.items():
        capitals = written_in_capitals(text)
        for pattern in [*_CLAIMS, _BLAMED_FOR] if capitals else [*_CLAIMS, _BLAMED]:
            for m in pattern.finditer(text):
                # a name that opens with a quoted part: 'THE "JOSE ARRIAGA" FRONT OF ...'
                start = m.start("name") - (text[m.start("name") - 1:m.start("name")] == '"')
                name = (m["name"].strip() if pattern is _BLAMED_FOR else _caps_name(text, start)) \
                    if capitals else m["name"]
                name = without_a_date(name) if name else name  # "On 24 September the Almira Free Front claimed"
                if not name or name.split()[0].lower() in _NOT_A_GROUP and len(name.split()) == 1:
                    continue
                if name.split()[0].lower() in ("no", "nobody") or names_the_attackers(name):
                    continue  # "An Attack By Gunmen" (a headline's capitals) names no group
                if re.match(r"(?i)the\s+", name):
                    name = name[4:]
                if not any(name_in_text(name, other) and name_in_text(other, name) for other, _ in found):
                    found.append((name, n))
    return found


# The organisation a cyberattack hit, named as the owner of what was hit: "the
# computer systems of Saint Orla Health", "computers at Selmar Water and Power",
# "Halden Bank's app", or as the one hit: "Skyreach Connect, was hit by a cyberattack".
_ORG = r"(?P<org>[A-Z][\w'\u2019-]*(?:\s+(?:(?:&|and|of|the|for)\s+)*[A-Z][\w'\u2019-]*)*)"
_SYSTEMS = rf"(?:{SYSTEMS_OWNED}|e-?mails?|mailboxes|inboxes)"
_PREMISES = r"(?:headquarters|offices?|branch|plant|site|campus|data\s+cent(?:re|er))\b"
_OWNER = [
    re.compile(p) for p in (
        # "the network at the Kessling headquarters of the department store chain Bramwell & Hart"
        rf"\b{_SYSTEMS}\s+(?:at|of)\s+(?:the\s+|its\s+)?(?:[A-Z][\w-]*\s+)?{_PREMISES}\s+of\s+(?:the\s+)?"
        rf"(?:[a-z][\w-]*\s+){{0,4}}?{_ORG}",
        rf"\b{_SYSTEMS}\s+(?:at|of|belonging\s+to|run\s+by)\s+(?:the\s+)?{_ORG}(?!\s+{_PREMISES})",
        rf"{_ORG}(?:'s|\u2019s)\s+(?:[\w-]+\s+){{0,2}}?{_SYSTEMS}\b",
        rf"{_ORG},?\s+(?:was|were|has\s+been|had\s+been)\s+(?:hit|struck|targeted|breached|hacked)\b",
    )
]


def hit_by_a_cyberattack(texts: dict[int, str]) -> tuple[str, int] | None:
    """The organisation the sentences say a cyberattack hit, with the number of
    the sentence naming it: a small model names the systems ("customer records",
    "control rooms") and leaves the organisation out (docs/eval.md: the target
    of a cyberattack is the organisation whose systems were hit)."""
    for n, text in sorted(texts.items()):
        for pattern in _OWNER:
            m = pattern.search(text)
            # "Lendaria's foreign ministry": a country that owns what was hit, not the one hit
            if m and m["org"].split()[0].lower() not in _NOT_A_GROUP and not re.search(r"['\u2019]s$", m["org"]):
                return m["org"], n
    return None


def without_a_date(name: str) -> str:
    """A party's name without the date the model copied in front of it ("September the
    Almira Free Front" of "On 24 September the Almira Free Front claimed the attack")."""
    words = name.split()
    k = 0
    while k < len(words) - 1 and (is_calendar_word(words[k].strip(",")) or words[k].strip(",").isdigit()
                                  or words[k].lower() in ("on", "in", "by")):
        k += 1
    # only a date before "the" or after "on": "April 19 Movement" is a name
    if not k or not (words[k].lower() == "the" or words[0].lower() in ("on", "in", "by")):
        return name
    k += words[k].lower() == "the"
    return " ".join(words[k:]) if k < len(words) else name


# An infobox's note the model copied with the name: "Perpetrators: Ombrevale Harvest
# Guard (claimed)" names the group, the note says how it is known.
_NOTE_AFTER = re.compile(r"\s*\((?:claimed|suspected|alleged|unconfirmed|disputed|denied|blamed|presumed)\)\s*$", re.I)


def bare_name(name: str) -> str:
    """A party's name as the article writes it: without a date the model copied in front
    of it (`without_a_date`) or an infobox's note after it ("... Guard (claimed)")."""
    return _NOTE_AFTER.sub("", without_a_date(name)) or name


def keep_party(name: str, event_type: str, dateline: Dateline | None = None) -> bool:
    """A party the record may hold: accidents and disasters have none, and a
    weapon, the event itself, a day or the reporting agency is no party
    (verification rule 12 says the same)."""
    return (event_type not in NO_PARTIES and not is_weapon(name) and not names_an_event(name)
            and not not_a_party(name, dateline))
