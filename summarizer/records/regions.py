"""Where the article puts a place (summarizer.records.places calls these): the
region of a place chain or of a sentence about the place, the country after a
region, the town a site stands in. Each reads the article's own words; none
invents a name the text does not give."""

from __future__ import annotations

import re

from summarizer.verify.names import (
    ADMIN_KINDS,
    has_region_word,
    is_calendar_word,
    name_in_text,
    name_words,
    written_in_capitals,
)
from summarizer.verify.sites import SITE_KINDS, SITE_OUTSIDE

ADMIN_WORDS = re.compile(rf"\b({ADMIN_KINDS}|zone)\b", re.I)


# The next link of a place chain, when it is a larger region: ", Kadra province".
# Its name is capitalised: in "Halder district, the state oil company said" no
# region follows.
_LARGER_REGION = (r"(?:\s*,\s*"
                  # "the Kellum district of Ilvera province", "Qeshlan district (Oruza province, Bellatria)"
                  r"|\s+(?i:of)\s+|\s*\(\s*)"
                  # "Vell district, in Veskaria's western Krassa region": the chain may go on
                  # with "in", the country's possessive and a point of the compass
                  r"(?:(?i:in)\s+(?:(?i:the)\s+)?(?:[A-Z\u00c0-\u00de][\w-]*['\u2019]s\s+)?"
                  r"(?:(?i:north|south|east|west|central|northern|southern|eastern|western)[\w-]*\s+)?)?"
                  r"(?P<next>(?:[A-Z\u00c0-\u00de][\w'\u2019-]*\s+){1,3}"
                  r"(?i:province|region|state|department|governorate|oblast|prefecture))\b")


def country_after(region: str, texts: list[str]) -> str | None:
    """The last link of a place chain, after its largest region: "Ardavia" of
    "Gorra village, Suna district, Tessin province, Ardavia." (a name closing the
    chain, in an article written in mixed case: in capitals "KADRA PROVINCE, POLICE
    SAID" looks the same)."""
    after = re.compile(f"(?i:{re.escape(region)})" + r"\s*,\s*(?P<country>[A-Z\u00c0-\u00de][\w'\u2019-]*"
                       r"(?:\s+[A-Z\u00c0-\u00de][\w'\u2019-]*){0,2})\s*(?:[.;)]|$|,\s+(?=[a-z]))")
    # "IN ORIENTE PROVINCE, IN SOUTHERN TIERRAVERDE": the part of a country it lies in
    part_of = re.compile(f"(?i:{re.escape(region)})" + r"\s*,\s+(?i:in)\s+(?i:(?:north|south|east|west)\w*\s+)?"
                         r"(?P<country>[A-Z\u00c0-\u00de][\w'\u2019-]*)\s*(?:[.;,)]|$)")
    for text in texts:
        m = part_of.search(text)
        if m and not ADMIN_WORDS.search(m["country"]) and not is_calendar_word(m["country"]):
            return m["country"]
    for text in texts:
        m = after.search(text)
        # "..., Tessin province, Ardavia, setting fire to ...": the chain ends before
        # a clause; "..., Tessin province, Monday, ..." ends in no country.
        if (m and not written_in_capitals(text) and not ADMIN_WORDS.search(m["country"])
                and not is_calendar_word(m["country"])):
            return m["country"]
    return None


def largest_region(admin: str, texts: list[str]) -> str:
    """The wire writes a place chain from small to large ("Teshi village, Lomar
    district, Kadra province, Velmora"): the admin area is the largest region the
    chain names after the one the model gave ("Kadra province", not "Lomar
    district"), as the gold annotates it."""
    for _ in range(3):
        after = re.compile(f"(?i:{re.escape(admin)})" + _LARGER_REGION)
        found = next((m for m in map(after.search, texts) if m), None)
        if found is None:
            break
        admin = found["next"]
    return admin


_KIND = r"(?i:province|region|state|district|department|county|governorate|oblast|prefecture)"
CAPITALISED = r"[A-Z\u00c0-\u00de][\w'\u2019-]*"  # capitalised: "the coastal district" is no name
# A region as the article writes it: "Drava region", "Nordmark Province", or
# "the coastal district of Meren" (then the name is the region's: "Meren").
_REGION = (rf"(?:(?P<named>(?:{CAPITALISED}\s+){{1,3}}{_KIND})\b"
           rf"|(?i:the\s+)?(?:[a-z]+\s+)?{_KIND}\s+(?i:of)\s+(?P<bare>{CAPITALISED}(?:\s+{CAPITALISED}){{0,2}}?)(?=[\s,.;)]|$))")


# The part of a country a region lies in and what it is like: "Pellandra's northern
# Ulden province", "Morvaine's north-western Loddon state", "Velmirra's mountainous
# Upper Vessik district" (one lower-case word besides the direction).
_DIRECTION_PART = (r"(?:(?i:north|south|east|west|central)[\w-]*\s+)?"
                   r"(?:(?!(?:of|and|in|the|a|an)\s)[a-z][a-z-]+\s+)?")


def _region_patterns(place: str) -> list[re.Pattern]:
    """How an article gives a place's region: in brackets ("Gumbe (Lower Dunn
    region)"), next in a chain ("Ortel village, Brisk district"), as the place's
    capital ("Ostrin, the capital of Drava region"; "Tarsk, the second-largest
    city of Lusania and the capital of its Nordmark Province"), or in a sentence
    about it ("Alvora lies in the coastal district of Meren")."""
    p = rf"(?i:\b{re.escape(place)})"
    # "in Pellandra's northern Ulden province": the region, owned by its country
    # ("a hamlet in the north of Kestrel County": the part of the region named first)
    owned = (rf"(?:(?i:the)\s+(?i:north|south|east|west|centre|center)\s+(?i:of)\s+)?"
             rf"(?:{CAPITALISED}['\u2019]s\s+)?{_DIRECTION_PART}{_REGION}")
    return [re.compile(rf"{p}\s*\(\s*{_REGION}\s*\)"),
            re.compile(rf"{p},\s+(?i:in\s+)?(?i:(?:neighbouring|neighboring|nearby)\s+)?{_REGION}"),
            # "Location: Fort Harrowgate, near Abrel, Dunmar Province, Veskaria"
            re.compile(rf"{p},\s+(?i:near|outside)\s+{CAPITALISED}(?:\s+{CAPITALISED}){{0,2}},\s+{_REGION}"),
            # "Ardlow in Pellandra's northern Ulden province"; "Lusk, a town in Ambel province";
            # "Dellow, on a road just outside the town in Ulvania's eastern Kelda province"
            re.compile(rf"{p}\s+(?i:in)\s+{owned}"),
            re.compile(rf"{p},\s+(?:[^,.;()]|(?<=\d)[,.](?=\d)){{0,80}}?\b(?i:in)\s+{owned}"),
            re.compile(rf"{p},\s+[^,.;()]{{0,60}}?\b(?i:capital|seat)\s+(?i:of)\s+(?i:its\s+|the\s+)?{_REGION}"),
            re.compile(rf"{p}\s+(?i:lies|lie|is|sits|stands)\s+(?i:in)\s+{_REGION}"),
            # "Drevan, a town of some 4,000 people, lies in Castavia's northern Corvenn province"
            re.compile(rf"{p},\s+(?i:an?)\s+(?:[^,.;()]|(?<=\d)[,.](?=\d)){{0,50}},\s+(?i:lies|is|sits|stands)\s+"
                       rf"(?i:in)\s+{owned}")]


# "the village of Harnet, about 20 km east of Urvella in the same province", "Ostrek, a
# market town in the same province 25 km south of Dabrul": the region of the town it is
# measured from.
_SAME_REGION = r"(?i:in|within)\s+the\s+same\s+(?i:province|region|state|district|department|county)"
_MEASURED_FROM = rf"(?i:of|from)\s+(?P<other>{CAPITALISED}(?:\s+{CAPITALISED}){{0,2}})"


def same_region_as(place: str, texts: dict[int, str]) -> tuple[str, int] | None:
    """(the town whose region the sentence gives `place` "in the same province", the
    sentence), else None."""
    p = rf"(?i:\b{re.escape(place)})\b"
    for n, text in texts.items():
        m = (re.search(rf"{p}[^.;]{{0,80}}?\b{_MEASURED_FROM},?\s+{_SAME_REGION}\b", text)
             or re.search(rf"{p}[^.;]{{0,80}}?\b{_SAME_REGION}[^.;]{{0,30}}?\b{_MEASURED_FROM}\b", text))
        if m and not re.search(rf"(?i:\b{re.escape(m['other'])})\b", place):
            return m["other"], n
    return None


def owner_of_region(region: str, text: str) -> str | None:
    """The country that owns `region` in `text`: "Pellandra" of "in Pellandra's
    northern Ulden province"."""
    m = re.search(rf"({CAPITALISED}(?:\s+{CAPITALISED})?)['\u2019]s\s+{_DIRECTION_PART}(?i:{name_words(region)})", text)
    return m[1] if m else None


# What a place or a region is, said beside its name, with the country it lies in:
# "Sallowmere, Ustelia's second-largest city", "Ambel, a mountainous province in
# Quessany's far south", "Pirran, the capital of Quessany".
_WHAT_IT_IS = r"(?i:city|town|village|port|hamlet|capital|province|region|state|district|department|county)"
_OWNER = rf"(?P<owner>{CAPITALISED}(?:\s+{CAPITALISED})?)"


def owner_in_apposition(name: str, text: str) -> str | None:
    """The country `text` says `name` lies in, in apposition to it: "Ustelia" of
    "Sallowmere, Ustelia's second-largest city" or of "Lusk, a town in Ustelia" (a
    name followed by a region word, "a town in Ambel province", is a region, and
    the caller rules out regions, neighbours and people)."""
    n = rf"(?i:\b{name_words(name)})"
    for pattern in (rf"{n},\s+{_OWNER}['\u2019]s\s+(?:[\w-]+\s+){{0,3}}?{_WHAT_IT_IS}\b",
                    rf"{n},\s+(?i:an?|the)\s+(?:[\w-]+\s+){{0,3}}?{_WHAT_IT_IS}\s+(?i:in|of)\s+(?i:the\s+)?"
                    rf"{_OWNER}(?:['\u2019]s\b|\s*(?:[,.;)]|$))"):
        m = re.search(pattern, text)
        if m:
            return m["owner"]
    return None


def region_of_place(place: str, texts: dict[int, str]) -> tuple[str, int] | None:
    """The region the article gives `place` (`_region_patterns`) and the sentence
    that gives it: a fact about the place, wherever the article states it (a
    background sentence about an earlier attack on the town says it as well)."""
    patterns = _region_patterns(place)
    for n, text in texts.items():
        for pattern in patterns:
            m = pattern.search(text)
            if m:
                region = " ".join((m["named"] or m["bare"]).split())
                # "in Sarkavia's Ostrabel province": the region without its country's possessive
                owned = re.match(rf"{CAPITALISED}['\u2019]s\s+(?P<rest>.+)$", region)
                if owned and has_region_word(owned["rest"]):
                    region = owned["rest"]
                return region, n
    return None


# A site in a town ("Grenholt Prison in Stennick", "the Vaino Arena in Tervola", "the
# Grain Market in Mirsk"): the place is the town, as the gold annotates it (an airport,
# a mine or a base in open country keeps its own name).
# "Adeyo Hall hostel", or a site's kind first: "Hotel Serafine", "Embassy of the Republic of Norvaldia".
_SITE = re.compile(rf"(?i:\b(?:{SITE_KINDS})$|^(?:the\s+)?(?:{SITE_KINDS})\b)")
# "... IN THE LAS ACACIAS DISTRICT OF SAN QUIRINO": the town past its quarter.
_QUARTER_OF = r"(?:(?i:the)\s+(?:[\w'-]+\s+){1,3}(?i:district|quarter|neighbourhood|neighborhood|suburb)\s+(?i:of)\s+)?"


# Beside a town, not some way off ("4 km east of the town of Oruk" keeps the site).
_BESIDE = (r"(?:near|outside|above|(?:on|at)\s+the\s+outskirts\s+of"
           r"|on\s+the\s+(?:[a-z]+\s+)?(?:edge|fringes?)\s+of)")


def is_a_site(place: str) -> bool:
    """Does `place` name a site by its kind ("the Vaino Arena", "Hotel Serafine",
    "the army base"), not a town?"""
    return bool(_SITE.search(place.strip()) or SITE_OUTSIDE.search(place))


def town_of_site(place: str, texts: list[str]) -> str:
    """The town the sentences put the site `place` in, else `place`."""
    words = name_words(place)
    if is_a_site(place):
        # A page's "Location: Bethkal IDP camp, Ouro Denka, Lower Marrin province" line
        # runs site, town, region.
        for text in texts:
            m = re.search(rf"(?i:\blocation):\s*(?i:{words}),\s+(?i:(?:near|outside)\s+)?"
                          rf"({CAPITALISED}(?:\s+{CAPITALISED}){{0,2}}),", text)
            if m and not has_region_word(m[1]):
                return m[1]
    if _SITE.search(place.strip()):
        for text in texts:
            m = re.search(rf"(?i:{words}\s+(?:in|of)\s+(?:the\s+(?:town|city|village)\s+of\s+)?){_QUARTER_OF}"
                          r"(?!(?i:the|a|an)\b)([A-Z][\w'-]+(?:\s+(?!(?:IN|ON|AT|NEAR|OF|THE|AND|WAS|WERE)\b)"
                          r"[A-Z][\w'-]+){0,2})", text)
            if m and not has_region_word(m[1]):
                return m[1]
        # "Dravonice prison": a town's name before a site's lower-case noun is the town
        # (not "Grenholt Prison", a site's own name)
        named = re.fullmatch(r"(?P<town>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2})\s+(?:[a-z][\w-]*\s+)?[a-z]+",
                             place.strip())
        if named and not has_region_word(named["town"]):
            return named["town"]
    elif SITE_OUTSIDE.search(place):
        # "the workers' camp of the tin mine, near the town of Cerro Azul": the town named beside it
        for text in texts:
            # ... or right outside it: "the Nordfeld Agrochem fertiliser plant outside Dremont"
            # ... or at its edge: "on the northern edge of Ouro Denka town", "above the town of Veldrun"
            m = re.search(rf"(?i:{words})(?:[^.;]{{0,40}}?"
                          rf"(?i:\s+{_BESIDE}\s+the\s+(?:town|village|city|hamlet)\s+of\s+)"
                          rf"|[^.;]{{0,60}}?(?i:\s+{_BESIDE}\s+)(?!(?i:the|a|an)\b))"
                          r"([A-Z][\w'-]+(?:\s+(?!(?:IN|ON|AT|NEAR|OF|THE|AND|WAS|WERE)\b)[A-Z][\w'-]+){0,2})", text)
            if m and not has_region_word(m[1]):
                return m[1]
    return place


def town_of_named_site(place: str, texts: list[str]) -> str:
    """The town of a site the model named without its kind: "Kellen Ridge" of "the
    Kellen Ridge penitentiary", which another sentence puts "near Drobna" ("the
    penitentiary near Drobna"); else `place`."""
    words = name_words(place)
    kinds = {m[1].lower() for t in texts for m in re.finditer(rf"(?i:\b{words})\s+((?i:{SITE_KINDS}))\b", t)}
    for text in texts:
        for kind in sorted(kinds):
            m = re.search(rf"(?i:\bthe\s+{re.escape(kind)}\s+(?:near|outside|in)\s+)(?!(?i:the|a|an)\b)"
                          r"([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2})", text)
            if m and not has_region_word(m[1]) and not name_in_text(place, m[1]):
                return m[1]
    return place


# A region given by its kind alone: "the northern department" of "IN THE NORTHERN
# DEPARTMENT OF ALTO QUIRIMA" is Alto Quirima.
_UNNAMED_REGION = re.compile(rf"(?i:the\s+)?(?:(?i:north|south|east|west|central)\w*\s+)?{_KIND}")


def region_named(admin: str, texts: list[str]) -> str:
    """The name the sentences give a region `admin` names by its kind alone, else `admin`."""
    if not _UNNAMED_REGION.fullmatch(admin.strip()):
        return admin
    for text in texts:
        m = re.search(rf"(?i:{name_words(admin)})\s+(?i:of)\s+(?P<name>{CAPITALISED}(?:\s+{CAPITALISED}){{0,2}})", text)
        if m:
            return m["name"]
    return admin


_TOWN_NAMED = re.compile(
    r"\b(?:in|near|outside|above|below|at|beside|close\s+to)\s+the\s+(?:[a-z-]+\s+){0,2}"
    r"(?:village|town|city|hamlet)\s+of\s+(?P<name>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2})")


def town_named(text: str) -> str | None:
    """The first town a sentence puts something in, near or outside, by the kind
    of place it is: "near the hamlet of Durra", "in the port town of Alvora"."""
    m = _TOWN_NAMED.search(text)
    return m["name"] if m and not ADMIN_WORDS.search(m["name"]) else None
