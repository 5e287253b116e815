"""Does a sentence say what kind of event it reports? (verification rule 11)

A small model types an earthquake as a "bombing/explosion" and a mine collapse
as a bombing: the citation check alone passes it, since the sentences exist.
Each event type has words that say it (stems, matched at the start of a word);
the sentences an event type cites must hold at least one of them. "other" needs
none. The lists are generous on purpose: a word shared by two types ("fire",
"explosion") counts for both, so the rule only flags a type the cited sentences
give no sign of.

The words are English: in an article that does not read as English (few of the
commonest English words) the rule cannot judge and stays silent (`reads_english`).

Accidents and disasters have no perpetrator and no target (rule 12): the people
they harm are the casualties' `who`.

An event the cited sentences place in an earlier year than the dateline's
("attacked a police post in 2023", "the 2023 bombing") is background, not news
(rule 13): a sentence counts as telling of a past event when every clause that
names the event carries an earlier year, or when it gives an earlier year and
no date of the report's own time (a weekday, "yesterday", this year).
"""

from __future__ import annotations

import re

EVENT_CUES: dict[str, tuple[str, ...]] = {
    "armed attack": (
        "attack", "ambush", "gunm", "gunfire", "gunpoint", "shot", "shoot", "fired", "opened fire", "raid",
        "storm", "assail", "assault", "armed", "militant", "insurgent", "rebel", "jihad", "stab", "machete",
        "massacre", "killed", "killing", "murder", "assassin", "terror", "sniper", "strike", "struck",
    ),
    "bombing/explosion": (
        "bomb", "explo", "blast", "blew", "detonat", "ied", "grenade", "landmine", "mine", "shell", "rocket",
        "mortar", "suicide", "car bomb", "device",
    ),
    "battle/clash": (
        "clash", "battle", "fight", "fought", "combat", "firefight", "offensive", "skirmish", "exchange",
        "repel", "assault", "attack", "troops", "offensive", "shelling", "front",
    ),
    "abduction": (
        "abduct", "kidnap", "taken", "took", "seiz", "hostage", "captive", "captur", "snatch", "ransom",
        "held",
    ),
    "riot/protest": (
        "protest", "riot", "demonstrat", "march", "strik", "unrest", "tear gas", "teargas", "water cannon",
        "rally", "mob", "crowd", "looting", "loot", "uprising",
    ),
    "natural disaster": (
        "earthquake", "quake", "tremor", "magnitude", "flood", "storm", "cyclone", "hurricane", "typhoon",
        "tornado", "landslide", "mudslide", "tsunami", "erupt", "volcan", "drought", "wildfire", "bushfire",
        "forest fire", "rain", "hail", "avalanche", "heatwave", "heat wave", "lightning", "wind", "blizzard",
        "snow", "surge", "monsoon",
    ),
    "industrial accident": (
        "factory", "plant", "mine", "miner", "mining", "collapse", "leak", "fire", "blaze", "spill",
        "industrial", "worker", "tunnel", "refinery", "warehouse", "explo", "blast", "chemical", "gas",
        "construction", "site", "furnace", "pipeline", "dam", "accident",
    ),
    "transport accident": (
        "crash", "derail", "capsiz", "collision", "collid", "plunge", "bus", "train", "ferry", "plane",
        "aircraft", "airliner", "helicopter", "boat", "ship", "vessel", "truck", "lorry", "vehicle", "car",
        "overturn", "sank", "sink", "runway", "flight", "accident", "road", "rail", "tanker", "pilot",
    ),
    "cyberattack": (
        "cyber", "ransomware", "hack", "malware", "breach", "ddos", "denial of service", "denial-of-service",
        "wiper", "phishing", "encrypt", "computer systems", "it systems", "data leak", "stolen data",
    ),
}
# Types whose record has no perpetrator and no target (README, "Output format").
NO_PARTIES = ("natural disaster", "industrial accident", "transport accident")

_WORD = re.compile(r"[a-z]+")


def type_stated(event_type: str, texts: list[str]) -> bool:
    """True when the texts hold a word that says `event_type` (always for "other")."""
    cues = EVENT_CUES.get(event_type)
    if cues is None:
        return True
    lowered = " ".join(texts).lower()
    words = _WORD.findall(lowered)
    return any(word.startswith(cue) for word in words for cue in cues if " " not in cue) or any(
        cue in lowered for cue in cues if " " in cue)


_PAST_YEAR = re.compile(
    r"\b(?:in|since|of|from|until|during|the|early|late|mid|before|after|by)\s+(?:the\s+)?(1[89]\d\d|20\d\d)\b"
    r"|\b(?:" + "|".join(("january", "february", "march", "april", "may", "june", "july", "august",
                         "september", "october", "november", "december")) + r")\s+(?:\d{1,2},?\s+)?(1[89]\d\d|20\d\d)\b",
    re.I)
_NOW = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight"
                  r"|this (?:morning|afternoon|evening|week)|last night)\b", re.I)
_CLAUSE = re.compile(r"[,;:()\u2013\u2014]|\s-\s")


def _years(text: str) -> list[int]:
    return [int(a or b) for a, b in _PAST_YEAR.findall(text)]


def tells_of_the_past(event_type: str, texts: list[str], year: int) -> bool:
    """True when every cited sentence places the event before `year` (the
    dateline's): background, not an incident."""
    if not texts:
        return False
    cues = EVENT_CUES.get(event_type, ())

    def past(sentence: str) -> bool:
        earlier = [y for y in _years(sentence) if y < year]
        if not earlier:
            return False
        naming = [c for c in _CLAUSE.split(sentence) if type_stated(event_type, [c])] if cues else []
        if naming and all(any(y < year for y in _years(c)) for c in naming):
            return True
        return not _NOW.search(sentence) and not any(y >= year for y in _years(sentence))

    return all(past(t) for t in texts)


_ENGLISH = {"the", "and", "of", "in", "to", "was", "were", "said", "on", "a", "by", "at", "with", "from"}


def reads_english(text: str) -> bool:
    """At least one word in eight is one of the commonest English words."""
    words = _WORD.findall(text.lower())
    return bool(words) and sum(w in _ENGLISH for w in words) * 8 >= len(words)


WEAPONS = re.compile(
    r"^(?:an?\s+|the\s+)?(?:(?:car|truck|roadside|suicide|parcel|pipe|nail|barrel|letter|remote[- ]controlled)\s+)*"
    r"(?:bomb|bombs|ied|ieds|explosive|explosives|explosion|blast|grenade|grenades|mine|landmine|device|devices"
    r"|shell|shells|rocket|rockets|mortar|mortars|missile|missiles|drone|drones|fire|gunfire|bullet|bullets)$", re.I)


def is_weapon(name: str) -> bool:
    """A weapon or a blast named as if it were a party ("car bomb", "the explosion")."""
    return bool(WEAPONS.match(" ".join(name.split())))


def example_words(event_type: str, n: int = 3) -> str:
    return ", ".join(f'"{w}"' for w in EVENT_CUES.get(event_type, ())[:n])
