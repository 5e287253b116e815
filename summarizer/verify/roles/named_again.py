"""A party a cited sentence names again, not as written in the answer: by its role ("THE
DRIVER, 34-YEAR-OLD X," of "SHOT DEAD THE DRIVER"), by its kind under a log's "Location:" line
("... threw a hand grenade through the open door of the shop"), by what of it was erased ("THE
HOSPITAL'S PHARMACY INVENTORY"), or as a volley's second aim ("and then at the passengers").
Read by `summarizer.verify.roles.party_role.plays_role` for targets."""

from __future__ import annotations

import re

from summarizer.verify.cues import SET_ON_PURPOSE
from summarizer.verify.roles.verbs import ACT

LOCATION_LABEL_BEFORE = re.compile(r"\bLocation\s*:\s*$")


def site_acted_on(name: str, after: str) -> bool:
    """Does the text after a log's "Location:" line tell the act on the site it names, by its
    kind ("threw a hand grenade through the open door of the shop")?"""
    # (its kind is its last word that is no number: "Polling Station 118" ... "stormed the polling station")
    words = [w for w in name.split() if not re.fullmatch(r"[\d/-]+\w?", w)]
    if not words:
        return False
    kind = re.escape(words[-1])
    # (or a room of it a crowd forced its way into: "forced their way into the counting room")
    return bool(re.search(rf"\b(?:threw|hurled|fired|shot|attacked|stormed|raided|set\s+fire|bombed|torched|burned"
                          rf"|exploded|forced\s+(?:their|its|his|her)\s+way\s+into|broke\s+into)\b[^.;]{{0,80}}?"
                          rf"\b(?:the|its)\s+(?:[\w-]+\s+)?(?:{kind}|room)\b", after, re.I))


# The place named, then the act on it by "the building" in the same sentence: "marched to Fadrova
# Copper's site office ... and threw stones at the building", "gathered outside the Board's
# headquarters ..., where they threw stones and petrol bombs at the building".
_AT_THE_BUILDING = re.compile(rf"^[^.;]{{0,120}}?\b(?:{ACT})\b[^.;]{{0,50}}?\b(?:at|on|into|to)\s+the\s+"
                              r"(?:building|premises|compound)\b", re.I)


# What "the building" can name again: an office, a headquarters, a station, a hall.
_A_BUILDING = re.compile(r"(?i)\b(?:office|offices|headquarters|hq|station|hall|building|depot|warehouse|centre|center"
                         r"|court(?:house)?|ministry|bank|embassy|consulate|school|hospital|clinic|church|mosque"
                         r"|temple|shop|store|hotel|post|barracks|prison|jail|shrine|chapel|cathedral|synagogue"
                         r"|monastery|convent)\b")


def kinds_named_again(name: str) -> list[str]:
    """What another sentence may call a place it names in full: its kind ("the house" of "a
    farmhouse outside Baltrevic", "the offices" of "the district offices in Tellibrand"), or
    "the building" when it is one."""
    if _A_LINE.search(name.strip()):  # "km 97 of the Corvanne-Ithmark products pipeline": "the line"
        return ["line", "pipeline"]
    core = re.split(r"\s+(?:in|at|of|outside|near|on|with|armed|carrying|who)\s+|,", name.strip(), maxsplit=1)[0].split()
    if not core or core[-1][:1].isupper():  # a proper name ends it: no kind to name again
        return []
    head = core[-1].lower()
    a_building = bool(_A_BUILDING.search(name)) or head.endswith("house")
    # (a building, a house or a vehicle, not a thing hit: "university internet page", nor people)
    if not (a_building or head in _VEHICLES_WITH_A_CAB or head in UNNAMED_KINDS):
        return []
    kinds = [head] + (["house"] if head.endswith("house") else [])
    # (a lorry's cab: "the men fired at the cab" of "an Ambergate Oil fuel tanker")
    kinds += ["cab"] if head in _VEHICLES_WITH_A_CAB else []
    # (each once: "the building" is a building already)
    return list(dict.fromkeys(kinds + (["building", "premises"] if a_building else [])))


_A_LINE = re.compile(r"(?i)\b(?:pipe)?line$")
_VEHICLES_WITH_A_CAB = ("tanker", "truck", "lorry", "van", "pickup")
# Attackers no name identifies, named again by their kind alone: "Two men armed with pistols
# tried to force the driver out", then "the men fired at the cab".
UNNAMED_KINDS = ("men", "gunmen", "attackers", "assailants", "raiders", "hijackers", "kidnappers")


def building_acted_on(name: str, after: str) -> bool:
    """Does the rest of the sentence after a building's name tell the act on "the building"?"""
    return bool(_A_BUILDING.search(name) and _AT_THE_BUILDING.match(after))


# A person's name: a title or not, then two or three capitalised words, the last the surname.
_A_PERSONS_NAME = re.compile(r"(?:(?i:dr|mr|mrs|ms|prof|doctor|judge|mayor|general|colonel|captain|major|senator"
                             r"|deputy|father|sister|reverend|rev|engineer|eng|lawyer|don|do\u00f1a)\.?\s+)?"
                             r"[A-Z][\w'\u2019-]+\s+(?:(?P<middle>[A-Z][\w'\u2019-]+)\s+)?(?P<surname>[A-Z][\w'\u2019-]+)")
# ... not an organisation's or a place's last word ("Santa Rosenda Police", "Kestrel Hills Front")
_NOT_A_SURNAME = re.compile(r"(?i)police|army|front|party|brigade|movement|company|station|office|offices|bank|hospital"
                            r"|school|church|council|ministry|university|hotel|market|square|street|road|bridge|mine"
                            r"|plant|port|airport|prison|jail|district|province|region|department|state|city|town"
                            r"|village|county|group|gang|cartel|union|league|alliance|coalition|forces?|guard|army's"
                            r"|commission|board|agency|service|services|corporation|inc|ltd|co|fc|club|centre|center"
                            # (a housing estate's words: "Glebe Heights Estate" is no person)
                            r"|estate|heights|park|gardens|hills|court|towers|lane|avenue|farm|house|villa")


def surnames_of(name: str) -> list[str]:
    """The surnames a person's name may be shortened to ("DR TORCUATO BERRONDO" -> "BERRONDO";
    of three names the middle one too: "ERNESTO JAUREGUIBERRY ALDUNATE" is "JAUREGUIBERRY", the
    first of two surnames); none for an organisation's or a place's name."""
    person = _A_PERSONS_NAME.fullmatch(name.strip())
    if not person or _NOT_A_SURNAME.fullmatch(person["surname"]):
        return []
    return [person["surname"]] + ([person["middle"]] if person["middle"] and not _NOT_A_SURNAME.fullmatch(
        person["middle"]) else [])


def its_things_hit(name: str, text: str) -> bool:
    """Does `text` say what belongs to `name` was erased, encrypted or stolen ("the hospital's
    pharmacy inventory" of "CENTRAL HOSPITAL OF THE SOCIAL SECURITY INSTITUTE")?"""
    words = re.split(r"\s+of\s+", name.strip(), maxsplit=1, flags=re.I)[0].split()
    if not words:
        return False
    head = re.escape(words[-1])
    return bool(re.search(rf"\b(?:erased|encrypted|deleted|wiped|corrupted|locked|stole|leaked)\b[^.;]{{0,160}}?"
                          rf"\bthe\s+{head}['\u2019]s\s", text, re.I))


AND_THEN_AT = re.compile(r"\b(?:fired|shot|shooting|firing|opened\s+fire)\s+(?:at|on)\b[^.;]{0,80}?,?\s+and\s+"
                          r"(?:then\s+)?(?:at|on)\s+(?:the\s+)?$", re.I)
# A person named after their role ("THE DRIVER, 34-YEAR-OLD TEODOSIO MATACAN,") ...
_ROLE_BEFORE = re.compile(r"\bthe\s+(?P<role>[a-z]+),\s+(?:(?:a\s+)?\d+-year-old\s+|aged\s+\d+,?\s+)?$", re.I)


def role_acted_on(before: str, texts: list[str]) -> bool:
    """... whose role a cited sentence makes the object of the act: "SHOT DEAD THE DRIVER"."""
    role = _ROLE_BEFORE.search(before)
    return role is not None and any(
        re.search(rf"\b{ACT}\s+(?:dead\s+|down\s+)?(?:[\w-]+\s+){{0,2}}?the\s+{re.escape(role['role'])}\b", t, re.I)
        for t in texts)


# A fire that swept through a place, then said to be set on purpose: "The fire that swept through a
# row of shops at the Old Tanners' Market ... was set deliberately" (an arson's aim; a fire no one
# set attacked nothing).
_FIRE_THROUGH = re.compile(r"\b(?:fire|blaze)\s+(?:that|which)\s+(?:swept|tore|ripped|raced|spread)\s+through\s+"
                           r"(?:the\s+|a\s+|an\s+)?$", re.I)
_SET_ON_PURPOSE = re.compile(rf"\b(?:was|had\s+been|were)\s+(?:{SET_ON_PURPOSE}|arson)\b", re.I)


def burned_on_purpose(before: str, after: str) -> bool:
    """Is the name the place a fire swept through that the sentence says was set on purpose?"""
    return bool(_FIRE_THROUGH.search(before) and _SET_ON_PURPOSE.search(after))


# The place named, then its own part hit by "its": "marched to the company's office in Ulvesk,
# smashed its windows and set a company pickup truck on fire".
_ITS_PART_HIT = re.compile(r"^(?:\s+(?:in|at|on)\s+[\w' -]{1,40}?)?\s*,?\s+(?:and\s+)?(?:then\s+)?"
                           r"(?:smashed|broke|burned|torched|stoned|looted|ransacked|set\s+fire\s+to|stormed|pelted)\s+"
                           r"its\s+(?:[\w-]+\s+)?(?:windows?|doors?|gates?|roof|walls?|furniture|offices?|vehicles?|cars?"
                           r"|records|files)\b", re.I)


def its_part_hit(after: str) -> bool:
    """Does the text right after a place's name tell its windows, doors or gate hit?"""
    return bool(_ITS_PART_HIT.match(after))
