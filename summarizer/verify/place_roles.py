"""What a sentence names a place for (rule 17): where it happened, or only
something else, a point of reference ("25 km south of Dova"), where the
consequences reached ("leaving Villa Hermosa without electricity"), an end of a
route, where people went, came from, were cared for or are from. The checks
that use these are in summarizer.verify.locations; matching a name is
summarizer.verify.names's."""

from __future__ import annotations

import re
from typing import Callable

from summarizer.verify.event_types import LOCATION_LABEL
from summarizer.verify.names import (
    ADMIN_KINDS,
    ANOTHERS_DISTRICT_OF,
    CALENDAR,
    is_calendar_word,
    name_in_text,
    name_words,
    written_in_capitals,
)
from summarizer.verify.numbers import figure_mentions


# Two names joined by a hyphen, then what runs between them: "Lumara-Port Neve oil pipeline".
_ROUTE = re.compile(
    r"[^\W\d_][\w'\u2019]*-[A-Z\u00c0-\u00de][\w'\u2019]*(?:\s+[A-Z\u00c0-\u00de][\w'\u2019]*)*\s+"
    r"(?:(?i:oil|gas|water|rail|power)\s+)?(?i:pipeline|road|highway|railway|railroad|motorway|expressway|route"
    r"|line|corridor|canal)\b")


def names_a_route(place: str) -> bool:
    """A line between two places ("the Lumara-Port Neve oil pipeline", "the
    Sarn-Bel road") is no town, village or site: the event happened somewhere
    along it, and the town that names one end of it is not that place."""
    return bool(_ROUTE.search(place))


# A kilometre post or a numbered hill ("AT KILOMETER 83 OF HIGHWAY 9, NEAR THE VILLAGE OF
# POZO CHIRIVEL", "an outpost on Hill 415 near Dovrek village") and a hospital (where the
# wounded were taken, or a building attacked in its town): the conventions place the event
# in the town or village (no gold place is one of these). A numbered road with no town on
# it can be the place ("Interstate 41" for a pile-up in a blizzard).
# A border is a line between countries, no place on it: "Fire at battery plant near
# Lustrany border" puts the plant in a town "close to the border with Lustrany" (not "the
# Vell Gate border crossing", a site).
_NO_TOWN = re.compile(r"^(?:the\s+)?(?:(?:kilomet(?:er|re)|km|milepost|hill)\s+\d+\w*"
                      r"|(?:[\w'\u2019.-]+\s+){0,4}(?:hospital|clinic|infirmary)"
                      r"|(?:[\w'\u2019.-]+\s+){0,3}(?:border|frontier)s?(?:\s+(?:with|of)\s+.+)?)$", re.I)


def names_no_town(place: str) -> bool:
    """A place that is a kilometre post, a numbered hill, a hospital or a border."""
    return bool(_NO_TOWN.match(" ".join(place.split())))


# "on the road between Oskel and Varsel", "a bus travelling from Oskel to Varsel":
# the ends of a route are where it runs, not where the event on it happened.
_ROUTE_END_BEFORE = re.compile(
    # "between Havrik and the island town of Oyrevik", "the road that links the towns of Kebbe and Marrakai"
    r"(?:\b(?:between|links?|linking|connects?|connecting)\s+(?:the\s+(?:towns?|villages?|cities)\s+(?:of\s+)?)?"
    r"(?:[A-Z\u00c0-\u00de][\w'\u2019-]*\s+){0,3}?(?:and\s+(?:the\s+(?:[\w-]+\s+)?(?:town|village|city|port)\s+of\s+)?)?"
    # (the words in any case: a wire in capitals writes "A BUS TRAVELING FROM SAN IGNACIO TO EL CARMEN")
    r"|\b(?i:road|highway|route|motorway|railway|way|journey|travell?ing|heading|bound|driving|carrying|flying"
    # (not "blocked the road at the entrance to Merrovask village": at the village)
    r"|sailing)\b[^.;,]{0,30}?(?<![Ee]ntrance\s)(?<!ENTRANCE\s)\b(?i:from|to|towards?|for)\s+"
    r"(?:(?i:the)\s+(?i:town|village|city|port)\s+(?i:of)\s+)?"
    r"(?:[A-Z\u00c0-\u00de][\w'\u2019-]*\s+(?:[A-Z\u00c0-\u00de][\w'\u2019-]*\s+)?(?i:and|to)\s+)?)$")


def only_as_route_end(name: str, texts: list[str]) -> bool:
    """True when every place the sentences name `name` is an end of a route:
    no place of the event (rule 17)."""
    return _only_after(name, texts, lambda before: bool(_ROUTE_END_BEFORE.search(before)), in_a_route=True)


# "in the Lorquin quarter of Halmaric": a part of a town, whose town is the place
# (docs/eval.md: a spot in a town takes the town).
_TOWN_PART = r"quarter|neighbou?rhood|district"  # a part of a town, by its kind
_QUARTER_OF = re.compile(rf"^\s+(?:{_TOWN_PART})\s+of\s+(?:the\s+(?:town|city)\s+of\s+)?"
                         r"(?P<town>(?-i:[A-Z])[\w'\u2019-]+(?:\s+(?-i:[A-Z])[\w'\u2019-]+){0,2})"
                         rf"(?P<region>\s+(?:{ADMIN_KINDS})\b)?", re.I)


# ... and its own bodies, once it is called a quarter: "The Lorquin district council said"
_QUARTERS_BODY = re.compile(rf"^\s+(?:{_TOWN_PART})\s+(?:council|committee|office|authority)\b",
                            re.I)


# ... and, once a sentence calls it a quarter, a page's label line that runs the quarter
# then its town ("Location: Dar Selim, Marrabet, ...") and the event's name after it
# ("The Dar Selim building collapse").
_LABEL_FIRST = re.compile(r"^\W*(?:location|place|site|where)\s*:\s*$", re.I)
_NAMES_THE_EVENT = re.compile(r"^\s+(?:[a-z]+\s+)?(?:collapse|bombing|attack|massacre|fire|blaze|siege|explosion"
                              r"|blast|disaster|shooting|killings|riots?)\b")


def only_as_a_quarter(name: str, texts: list[str]) -> bool:
    """True when every place the sentences name `name` is as a quarter of a town
    ("the Lorquin quarter of Halmaric") or its council (or, once one sentence says
    that, the quarter again, the first part of a label line or the event's name): no
    place of the event (rule 17)."""
    def quarter(before: str, after: str) -> bool:
        return bool(_QUARTER_OF.match(after) or _QUARTERS_BODY.match(after))

    def besides(before: str, after: str) -> bool:
        # ("every building in the Dar Selim quarter": the quarter again, its town said before)
        return bool(quarter(before, after) or _NAMES_THE_EVENT.match(after)
                    or re.match(rf"\s+(?:{_TOWN_PART})\b(?!\s+(?:council|committee|office|authority)\b)", after, re.I)
                    or (_LABEL_FIRST.search(before) and re.match(r"\s*,\s*(?-i:[A-Z])", after)))

    called_one = any(_QUARTER_OF.match(t[m.end():]) for t in texts for m in re.finditer(
        rf"\b{name_words(name)}\b", t, re.I if written_in_capitals(t) else 0))
    return (called_one and _only_after(name, texts, lambda before: False, said_after=besides)
            and not _only_after(name, texts, lambda before: False, said_after=lambda before, after: bool(
                _QUARTERS_BODY.match(after))))


def only_as_a_citys_quarter(name: str, texts: list[str]) -> bool:
    """True when every place the sentences name `name` ("Quintalba neighbourhood") is as a
    quarter a city's possessive owns ("in the city's Quintalba neighbourhood", "the capital's
    Ost district"): a part of a town, whose town is the place (rule 17)."""
    base = _KIND_LAST.sub("", name)
    return _only_after(base, texts, lambda before: bool(_A_TOWNS.search(before)),
                       said_after=lambda before, after: False) and bool(
        any(re.search(rf"\b{name_words(base)}\s+(?:{_TOWN_PART})\b", t, re.I) for t in texts))


# "the city's", "the capital's", "Brinegate's" right before a quarter's name
_A_TOWNS = re.compile(r"(?:\bthe\s+(?:city|capital|town|port)|\b(?-i:[A-Z])[\w-]+)['\u2019]s\s+$", re.I)


# "the campus of the State University of Halvar, in the city of Tershan": a name in an
# institution's name, where the sentence puts the institution in another town.
_INSTITUTION_OF = re.compile(r"\b(?-i:University|College|Institute|Academy|Seminary|Polytechnic)\s+of\s+(?:the\s+)?$")
_IN_A_TOWN = re.compile(r"\bin\s+the\s+(?:city|town|village)\s+of\s+(?P<town>(?-i:[A-Z])[\w'\u2019-]+)", re.I)


def only_in_an_institutions_name(name: str, texts: list[str]) -> bool:
    """True when every place the sentences name `name` is in an institution's name
    ("the State University of Halvar") and that sentence puts it in another town ("in
    the city of Tershan"): no place of the event (rule 17)."""
    def elsewhere(text: str) -> bool:
        return any(not name_in_text(m["town"], name) for m in _IN_A_TOWN.finditer(text))
    naming = [t for t in texts if name_in_text(name, t)]
    return (bool(naming) and all(elsewhere(t) for t in naming)
            and _only_after(name, naming, lambda before: bool(_INSTITUTION_OF.search(before))))


# Whose people they were: "a minibus taking off-duty guards of Ashkarim Penal Colony No. 4 home
# after their night shift near Dovlet-Kul village" (they work there; it happened on the road).
_PEOPLE_OF = re.compile(r"\b(?:guards|warders|staff|workers|employees|officers|inmates|prisoners|pupils|students"
                        r"|teachers|nurses|doctors|members|miners)\s+(?:of|from)\s+(?:the\s+)?$", re.I)


def only_as_whose_people(name: str, texts: list[str]) -> bool:
    """True when every place the sentences name `name` is as the place the people
    harmed belong to ("off-duty guards of Ashkarim Penal Colony No. 4"), not where it
    happened (rule 17)."""
    return _only_after(name, [t for t in texts if name_in_text(name, t)], lambda before: bool(_PEOPLE_OF.search(before)))


# "IN THE ARBOLEDA DISTRICT OF THIS CAPITAL": a district of a city, no region.
_CITY_DISTRICT = re.compile(rf"^\s+(?:{_TOWN_PART})\s+of\s+(?:this|the)\s+(?:(?:city|town)\s+of\s+)?"
                            r"(?:city|capital|town|(?-i:[A-Z])[\w'\u2019-]+)\b", re.I)
_KIND_LAST = re.compile(rf"(?i)\s+(?:{_TOWN_PART})$")


def only_as_a_city_district(name: str, texts: list[str]) -> bool:
    """True when every place the sentences name region `name` ("Arboleda District") is
    as a district of a city ("the Arboleda district of this capital", "of the city of
    Castrelo"), or as what another named district belongs to ("Puerto Tizonal district"
    of "THE LA TORRENTERA INDUSTRIAL DISTRICT OF PUERTO TIZONAL"): a part of a town, or
    the town or country around one, no admin area of that name (rule 17)."""
    base = _KIND_LAST.sub("", name)
    return base != name and _only_after(base, texts, lambda before: bool(ANOTHERS_DISTRICT_OF.search(before)),
                                        said_after=lambda before, after: bool(_CITY_DISTRICT.match(after)))



def town_of_quarter(name: str, texts: list[str]) -> str | None:
    """The one town the sentences make `name` a quarter of ("the Lorquin quarter of
    Halmaric": Halmaric), when they name it only as such (`only_as_a_quarter`) and
    the town is no region ("the Nellis district of Kaimor state")."""
    if not only_as_a_quarter(name, texts):
        return None
    words = rf"\b{name_words(name)}\b"
    found = [m for t in texts for n in re.finditer(words, t) for m in [_QUARTER_OF.match(t[n.end():])] if m]
    towns = {m["town"] for m in found}
    if len(towns) != 1 or any(m["region"] for m in found):
        return None
    return towns.pop()


# "Lirra village, about 25 km south of Dova", "at the village of Orvik, north of
# Sedrin": a place that only tells where another lies. A few miles or metres off is
# still the place ("touched down 2 miles west of Linton and moved through the town").
_REFERENCE_BEFORE = re.compile(
    r"(?:\b(?P<n>\d[\d,.]*|a\s+few|several|some|half\s+a|a\s+quarter(?:\s+of\s+a)?|an?|one|two|three|four)\s*"
    r"(?P<unit>km|kilomet(?:re|er)s?|miles?|met(?:re|er)s?|yards?)\s+"
    # ("about 7 km above the village of Pellik", "4 km below the dam")
    r"(?:(?:to\s+the\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+)?(?:of|from|above|below)"
    r"|\b(?:north|south|east|west)(?:-?(?:east|west))?\s+of)\s+(?:the\s+(?:town|village|city|capital)\s+(?:of\s+)?)?$",
    re.I)


# At sea with no water named the town a ship lay off is the place (docs/eval.md, Location):
# "about 35 nautical miles east of Ostmerrow town" places it at Ostmerrow, as "14 nautical
# miles off the port of Querrel" does; nautical miles measure only water. A water named ("31
# nautical miles south-west of Port Kellick, in the Gulf of Tervel") is the place instead.
_AT_SEA_OFF = re.compile(r"\b(?:nautical\s+miles?|nm)\s+(?:(?:to\s+the\s+)?(?:north|south|east|west)(?:-?(?:east|west))?"
                         r"(?:ern)?\s+)?(?:of|from|off)\s+(?:the\s+(?:port|town|village|city|harbou?r)\s+(?:of\s+)?)?$",
                         re.I)
# (the water where the ship was, not a ship's name: "boarded the bulk carrier Amaranth Bay")
_WATER_NAMED = re.compile(r"\b(?:in|on|into|across|at)\s+the\s+(?:Gulf|Bay|Straits?|Sea|Lake|Channel|Sound|Bight)\s+of\s+[A-Z]"
                          r"|\b(?:in|on|into|across|at)\s+(?:the\s+)?[A-Z][\w'-]+\s+(?:Gulf|Bay|Straits?|Sea|Channel|Sound"
                          r"|Bight)\b")


def _far_off(before: str, off_a_town_at_sea: bool = True) -> bool:
    if off_a_town_at_sea and _AT_SEA_OFF.search(before):
        return False
    m = _REFERENCE_BEFORE.search(before)
    if not m or not m["unit"]:
        return bool(m)
    # (a log's "Location: Route 14, 6 km west of Greywold village": the one place its line gives)
    if m["unit"].lower().startswith(("met", "yard")) or _LOCATION_LINE_BEFORE.search(before[:m.start()]):
        return False
    number = " ".join(m["n"].lower().replace(",", "").split())
    if _A_SHORT_WAY.fullmatch(number):
        return False  # "touched down half a mile east of the village of Brisbey": at it
    return not number[:1].isdigit() or float(number.rstrip(".")) >= 5


_LOCATION_LINE_BEFORE = re.compile(r"\bLocation\s*:[^.;:]{0,40}$", re.I)


# Distances in words under 5 km or miles: "half a mile", "a mile", "two kilometres".
_A_SHORT_WAY = re.compile(r"half a|a quarter(?: of a)?|an?|one|two|three|four")


# "..., leaving the city of Villa Hermosa without electricity", "cutting power to
# Tarrow": a place the act's consequences reached, not where it happened.
_CONSEQUENCE_BEFORE = re.compile(
    r"\b(?:leaving|left|plunging|blacked\s+out)\s+(?:the\s+)?(?:(?:city|town|village|district)\s+of\s+)?$"
    # "CUTTING OFF POWER TO THE MINES OF THE REGION AND TO THE PROVINCIAL CAPITAL, VILLA ROSARIO"
    r"|\b(?:cutting|cut)\s+(?:off\s+)?(?:power|electricity|water|supplies)\s+(?:to|for)\b[^.;]{0,80}?\s$", re.I)


def only_as_consequence(name: str, texts: list[str]) -> bool:
    """True when every place the sentences name `name` is where the act's
    consequences reached ("leaving the city of Villa Hermosa without
    electricity"): no place of the event (rule 17)."""
    return _only_after(name, texts, lambda before: bool(_CONSEQUENCE_BEFORE.search(before))
                       and not _AS_THEY_LEFT.search(before))


# ... not the moment people left a place, when the act was done there: "opened fire on the
# team's vehicle ... as the team left the village of Gelmish".
_AS_THEY_LEFT = re.compile(r"\b(?:as|when|while|just\s+as)\s+(?:the\s+|its\s+|their\s+|a\s+|an\s+)?(?:[\w'-]+\s+){0,3}?"
                           r"(?:left|was\s+leaving|were\s+leaving)\s+(?:the\s+)?(?:(?:city|town|village|district)\s+of\s+)?$",
                           re.I)


# A person from a place: "a 19-year-old conscript from San Isidro", "engineers from
# Lusavia", "a retired couple from Vestmark": a home town or a nationality.
_PERSON_FROM = (r"\b(?:\d+-year-old|choir|pupils?|children|delegation|team|relatives|famil(?:y|ies)|crew|passengers?"
                r"|conscripts?|soldiers?|man|men|woman|women|boy|girl|mechanic|engineers?|photographers?|couple"
                r"|farmers?|students?|workers?|nurses?|doctors?|teachers?|drivers?|tourists?|natives?|residents?"
                r"|pilgrims?|traders?|fishermen|miners?|guides?|volunteers?|journalists?"
                r"|refugees|migrants|asylum[- ]seekers|exiles)\s+from\s+(?:the\s+)?$")


# Where people or things went, came from or spoke, not where it happened: "a fire
# engine arrived from Baz Kala", "flown to the regional hospital in Mervan", "withdrew
# toward the Dornach hills", "a communique delivered to a newspaper in Puerto Ancho",
# "speaking to reporters at the brigade's headquarters in Ulmsk".
_ELSEWHERE_BEFORE = re.compile(
    # ("an aftershock brought down a cracked house in Tashlin": a collapse there, no journey;
    # "The same storms brought flash flooding to the village of Hollin Ford": the flood there)
    r"\b(?:arrived|came|sent|brought(?!\s+(?:down\b|(?:[\w-]+\s+)?(?:flood\w*|rain\w*|storms?|winds?|havoc|destruction)\b))|flown|taken|airlifted|rushed|evacuated|fled|withdrew|withdrawn|retreated|returned"
    r"|returning|heading|took\s+off|departed|set\s+off|marching|marched|herded|dragged|delivered|moved|transferred|speaking|spoke|headed|driven|treated|admitted|examined"
    # a journey's end: "as they drove back to Sabrec", "travelling home to Orsk"
    r"|drove|driving|travell?ing|travell?ed|walking|walked|riding|rode"
    # "THE 3D INFANTRY BRIGADE, WHOSE HEADQUARTERS ARE IN PUERTO SALINAS"
    r"|headquarters\s+(?:are|is|were|was))\b[^.;,]{0,50}?"
    r"\b(?:from|to|toward|towards|into|in|at)\s+(?:the\s+)?(?:(?:town|village|city|port|capital)\s+of\s+)?$"
    # where survivors turned up: "Three of them were found alive on Saturday at a farm in Pellik,
    # where they had walked after climbing out of the ravine"
    r"|\b(?:found|turned\s+up)\s+alive\b[^.;,]{0,50}?\b(?:in|at|near)\s+(?:the\s+)?(?:(?:town|village|city)\s+of\s+)?$"
    # where a statement was made: "told reporters in the provincial capital, Askeld", "at a news
    # conference in Varossa"
    r"|\b(?:told|briefed)\s+(?:reporters|journalists|the\s+press)\s+(?:in|at)\s+(?:the\s+)?"
    r"(?:(?:[\w-]+\s+){0,2}?(?:capital|city|town)\s*,?\s*)?$"
    r"|\b(?:news|press)\s+conference\s+(?:in|at)\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,2}?(?:capital|city|town)\s*,?\s*)?$"
    # a home town: "a father of three from the nearby town of Mersa", "a mechanic from the hill town of Brenn"
    # (not a distance from it: "FELL ... INTO A GORGE ... 3 KM FROM THE VILLAGE OF SANTA OLVIDO")
    r"|(?<!km\s)(?<!kms\s)(?<!metres\s)(?<!meters\s)(?<!miles\s)(?<!kilometres\s)(?<!kilometers\s)"
    r"\bfrom\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:town|village|city|hamlet)\s+of\s+$"
    # where people were coming back from: "taking prisoners back from a court hearing in Varossa"
    r"|\bfrom\s+(?:a|the|their|his|her)\s+(?:[\w-]+\s+){0,2}?(?:hearing|meeting|wedding|funeral|court|trial|rally"
    r"|match|visit|market)\s+(?:in|at)\s+$"
    # where the wounded were cared for: "died in the regional hospital in Halvik", "Surgeons at the
    # district hospital in Pelleny were still operating"
    # ("IS IN SERIOUS CONDITION IN THE HOSPITAL IN SANTA OTILIA")
    r"|\b(?:died|treated|recovering|operat\w*|surgeons|doctors|nurses|condition)\b[^.;]{0,40}?\b(?:hospital|clinic)\s+"
    r"(?:in|at)\s+$"
    # "the wounded were carried on motorbikes ... to the Sisters of Mercy clinic in Amsoro"
    # (not the act's "to": "set fire to the maternity clinic in Dellamar", "laid siege to the hospital at Lusk")
    r"|(?<!\bfire\s)(?<!\bsiege\s)(?<!\bdamage\s)(?<!\bhooked\s)"
    r"\bto\s+(?:the\s+|a\s+)?(?:[\w'-]+\s+){0,4}?(?:hospital|clinic|health\s+cent(?:re|er)|infirmary)\s+(?:in|at)\s+$"
    # "waiting for the last bus to Merran", "Hospital officials in Merran, ... said"
    r"|\b(?:bus|train|flight|ferry|coach)\s+(?:to|from|for)\s+$"
    r"|\bhospital\s+(?:officials|staff|sources|doctors|director)\s+in\s+$"
    # a unit's base: "a patrol ... returning to its base at Los Molinos"
    r"|\b(?:its|their)\s+(?:home\s+)?base\s+(?:at|in)\s+$"
    # "the parish priest of nearby San Juan", "the hospital in the neighbouring town of Tessel"
    r"|\b(?:of|hospital\s+in)\s+(?:the\s+)?(?:nearby|neighbouring|neighboring)\s+(?:(?:town|village|city)\s+of\s+)?$"
    # "Shortly after take-off from Pallin's Eastfield airstrip"
    r"|\btake-?off\s+from\s+(?:[\w'-]+\s+){0,2}?$"
    rf"|{_PERSON_FROM}", re.I)


# "two of the men it employs are from Vestmark": a nationality, not where it happened.
_ORIGIN_BEFORE = re.compile(rf"{_PERSON_FROM}|\b(?:(?:are|is|was|were|come|comes|came|hails?|hailed)\s+from"
                            r"|citizens?\s+of|nationals?\s+of|embassy\s+of|consulate\s+of|ambassador\s+of"
                            # "THE EMBASSY OF THE FEDERAL REPUBLIC OF NORVALDIA"
                            r"|(?:embassy|consulate|ambassador)\s+of\s+the\s+(?:[\w'-]+\s+){0,3}?(?:republic|kingdom"
                            r"|federation|state|states|emirate|duchy|principality)\s+of)"
                            r"\s+(?:the\s+)?$", re.I)


# "Two Duvari engineers": a nationality before the people it describes.
_PEOPLE_AFTER = re.compile(r"^\s+(?:engineers|workers|nationals|citizens|tourists|journalists|doctors|nurses|students"
                           r"|pilgrims|sailors|fishermen|traders|technicians|missionaries|volunteers|soldiers|troops"
                           r"|aid\s+workers|hostages|passengers)\b", re.I)
# ... or before its forces and offices: "THE KOLMERIAN ARMY", "KOLMERIAN STATE RADIO" (a
# neighbour's, by its adjective, when the text never names the country itself: "Lutheni army"
# beside "Vintaro province, Lutheny" is the adjective of the country named)
_FORCES_AFTER = re.compile(r"^\s+(?:army|patrols?|forces|guards|border\s+guards?|artillery|gunners|police|government"
                           r"|state\s+radio|ministry|officials|authorities)\b", re.I)
_PEOPLE_OR_FORCES_AFTER = re.compile(f"{_PEOPLE_AFTER.pattern}|{_FORCES_AFTER.pattern}", re.I)


def only_as_origin(name: str, texts: list[str]) -> bool:
    """True when every place the sentences name country `name` gives where people
    are from (rule 4): "engineers from Lusavia", "two Duvari engineers", or the
    sentences name only its people ("as Ostrelians vote" for Ostrelia)."""
    after = _PEOPLE_AFTER if _names_its_country(name, texts) else _PEOPLE_OR_FORCES_AFTER
    return _only_after(name, texts, lambda before: bool(_ORIGIN_BEFORE.search(before)),
                       said_after=lambda before, after_it: bool(after.match(after_it))) or _only_its_people(name, texts)


def _names_its_country(adjective: str, texts: list[str]) -> bool:
    """Do the sentences name a country spelled like `adjective` but for its ending ("Lutheny"
    for "Lutheni")?"""
    word = adjective.strip()
    if len(word) < 6 or " " in word:
        return False
    return any(other.lower() != word.lower()
               for t in texts for other in re.findall(rf"\b{re.escape(word[:-1])}\w{{0,3}}\b", t, re.I))


def _only_its_people(name: str, texts: list[str]) -> bool:
    words = name_words(name)
    return (not any(re.search(rf"\b{words}\b", t, re.I) for t in texts)
            and any(re.search(rf"\b{words}(?:ns|ans|ians)\b", t, re.I) for t in texts))


# "died on Sunday at Wendover General Hospital": a hospital named after its town, where
# the wounded were cared for (not "a ransomware attack on Arden General Hospital").
_CARED_FOR = re.compile(r"\b(?:died|treated|taken|rushed|flown|brought|admitted|recovering|airlifted|transferred)\b"
                        r"[^.;]{0,40}?\b(?:at|to|in)\s+(?:the\s+)?$", re.I)
_HOSPITAL_NAMED = re.compile(r"^\s+(?:General|Regional|District|Memorial|Central)?\s*(?:Hospital|Clinic|Infirmary"
                             r"|Medical\s+Cent(?:re|er))\b|^\s+General\b")


# "Pelleny District Hospital, 25 km away, where the wounded were taken": the hospital
# is where they were cared for, whatever comes before its name.
_WHERE_CARED = re.compile(r"^[^.;]{0,60}?,\s+(?:where|to\s+which)\s+(?:the\s+)?(?:wounded|injured|victims|survivors"
                          r"|casualties)\s+(?:were|had\s+been)\s+(?:taken|brought|flown|rushed|treated|admitted)\b",
                          re.I)


# The name of the body that speaks: "The Lowmarch police cybercrime unit said on Thursday".
_SPEAKING_BODY = re.compile(
    r"^\s+(?:(?:regional|district|provincial|city|municipal|county|state)\s+)?(?:police|gendarmerie"
    r"|fire\s+(?:brigade|service)|authorities|officials|council|prosecutors?)\b[^.;,]{0,40}?"
    r"\b(?:said|says|told|reported|confirmed|announced|added)\b", re.I)


# Where the dead were mourned: "Selmire buries traders killed in Oskarth market bomb",
# "lined the streets of Selmire on Thursday for the funerals of six cloth traders".
_MOURNED_THERE = re.compile(r"^\s+(?:buries|mourns|bury|mourn)\b"
                            r"|^(?:(?!\b(?:as|when|while|where|after)\b)[^.;]){0,30}?\bfor\s+the\s+funerals?\s+of\b",
                            re.I)


def only_elsewhere(name: str, texts: list[str]) -> bool:
    """True when every place the sentences name `name` is where people went, came
    from or spoke (also as the name of the body that speaks), a hospital's name, or
    where the dead were mourned, not where it happened (rule 17)."""
    return _only_after(name, texts, lambda before: False,
                       said_after=lambda before, after: bool(
                           _ELSEWHERE_BEFORE.search(before) and not _ACTED_THERE.match(after)
                           and not _ON_ARRIVAL.search(before)
                           and not (_MARCHED.search(before) and _TO_DEMAND.match(after))) or bool(
                           _HOSPITAL_NAMED.match(after) and (_CARED_FOR.search(before) or _WHERE_CARED.match(after)))
                       or bool(_SPEAKING_BODY.match(after)) or bool(_MOURNED_THERE.match(after))
                       or bool(_A_HOSPITAL_IN.search(before) and _CARE_IT_GAVE.match(after)))


# A hospital's town, where it cared for the wounded: "The maternity hospital in Solvarre said it
# had treated three people from the ambulance" (not "said it had been shelled": hit there).
_A_HOSPITAL_IN = re.compile(r"\b(?:hospital|clinic|infirmary|morgue|mortuary)\s+(?:in|at)\s+$", re.I)
_CARE_IT_GAVE = re.compile(r"^\s*,?\s+(?:said|says|reported|told\s+\w+)\s+(?:that\s+)?it\s+(?:had\s+|has\s+|was\s+|is\s+)?"
                           r"(?:treated|treating|received|receiving|admitted|admitting|taken\s+in)\b", re.I)


# ... or where a march went to protest: "marched to the district offices in Tellibrand to demand
# the arrest of the contractor" (the protest was there; not "marched to the hospital in Orsk")
_MARCHED = re.compile(r"\bmarch(?:ed|ing)\b[^.;]{0,60}$", re.I)
_TO_DEMAND = re.compile(r"^[^.;]{0,60}?\bto\s+(?:demand|protest|call\s+for|press\s+for|denounce|oppose)\b", re.I)


# ... or where it happened as they got there: "Gunmen fired on a prison guard and his family as they
# arrived at their home in Nessbury"
_ON_ARRIVAL = re.compile(r"\b(?:as|when|while|just\s+as)\s+(?:they|he|she|it|the\s+[\w-]+)\s+(?:arrived|returned"
                         r"|got\s+home|drove\s+up|pulled\s+up)\b[^.;,]{0,50}?$", re.I)


# A journey's end where the act then happened: "armed men on motorcycles rode into the
# village of Sennovo ... and fired into a crowd watching a wrestling match", "marched to the
# regional offices of Teverin Copper in Carnesk and blocked the entrance".
_ACTED_THERE = re.compile(r"^[^.;]{0,100}?\band\s+(?:then\s+)?(?:opened\s+fire|fired|shot|attacked|stormed|set\s+fire"
                          r"|torched|burned|killed|abducted|kidnapped|seized|detonated|threw"
                          r"|blocked|occupied|stoned|pelted|besieged|barricaded|smashed|looted|broke\s+into)\b"
                          # ... or the harm it did there: "A wildfire ... was driven by gusts ... into the
                          # village of Ilskaro, Tarnowel province, Skarnavia, in the afternoon, destroying 112 houses"
                          r"|^[^.;]{0,100}?,\s+(?:destroying|killing|burning|flattening|wounding|injuring)\b", re.I)


def only_as_reference(name: str, texts: list[str]) -> bool:
    """True when every place the sentences name `name` gives it as a point of
    reference 5 km or miles off or more ("25 km south of Dova"): no place of the
    event (rule 17)."""
    no_water_named = not any(_WATER_NAMED.search(t) for t in texts)
    return (_only_after(name, texts, lambda before: _far_off(before, no_water_named), said_after=_in_a_company_name)
            and not _only_after(name, texts, lambda before: False, said_after=_in_a_company_name))


# A place's name as the first word of a company's: "Galvory Coal, which runs the mine" names
# the firm, not the town the pit lies "11 km south of".
_COMPANY_WORDS = (r"Coal|Mining|Mines|Gold|Oil|Gas|Petroleum|Chemicals?|Holdings|Group|Energy|Power|Steel|Cement"
                  r"|Logistics|Company|Corporation|Corp|Ltd|Limited|Inc|Industries|Resources|Minerals|Metals")
_COMPANY_AFTER = re.compile(rf"^\s+(?:{_COMPANY_WORDS})\b")
_COMPANY_AFTER_IN_CAPITALS = re.compile(rf"^\s+(?:{_COMPANY_WORDS.upper()})\b")


def _in_a_company_name(before: str, after: str) -> bool:
    return bool(_COMPANY_AFTER.match(after) or _COMPANY_AFTER_IN_CAPITALS.match(after))


def _only_after(name: str, texts: list[str], said_before: Callable[[str], bool], in_a_route: bool = False,
                said_after: Callable[[str, str], bool] | None = None) -> bool:
    """True when the sentences name `name`, every time after words `said_before`
    accepts (or, with `in_a_route`, inside a route's name; or before words
    `said_after` accepts)."""
    words = rf"\b{name_words(name)}\b"
    seen = 0
    for text in texts:  # a wire in capitals writes "VILLA HERMOSA" for "Villa Hermosa"
        for m in re.finditer(words, text, re.I if written_in_capitals(text) else 0):
            seen += 1
            # "on the Sarkoy-Ulmen road": the name is one end of a route's name
            in_route = in_a_route and any(r.start() <= m.start() and m.end() <= r.end() for r in _ROUTE.finditer(text))
            if not (in_route or said_before(text[max(0, m.start() - 80):m.start()])
                    or (said_after is not None and said_after(text[max(0, m.start() - 80):m.start()],
                                                              text[m.end():m.end() + 120]))):
                return False
    return seen > 0


# Harm put in a place, right after its verb: "14 people had died in Bel Amun", "were
# killed on Ormaru" (not "died at the clinic in Sabo", "killed in the fighting in
# Orvik": where someone died of wounds, or the fight's own places).
_HARMS = r"died|dead|killed|injured|wounded|hurt|missing|drowned|perished"
_HARMED_IN = re.compile(
    rf"\b(?:{_HARMS})\s+(?:in|on)\s+(?!{CALENDAR}\b)"
    r"(?P<name>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,4})")
# ... or put first: "In Orzhan, 9 people were killed and 64 injured", "IN TORRECILLA, IN
# NEIGHBORING ALTO JARAMA DEPARTMENT, NATIONAL POLICE TROOPS ... FIRED ON ...".
# (not "IN ANOTHER DEVELOPMENT, A POLICE RAID ...": no place)
_OPENS_IN = re.compile(r"^\W*(?i:in)\s+(?!(?i:the|a|an|all|total|each|both|addition|march|may|another)\b)"
                       r"(?P<name>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2})\s*,")
_HARM_WORD = re.compile(rf"\b(?:{_HARMS}|fired\s+on)\b", re.I)
# ... or the place's own toll: "The Vesherrin toll has risen to 6 dead" (a bulletin's update).
_PLACE_TOLL = re.compile(r"\b(?i:the)\s+(?P<name>(?!The\b)[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2})(?:['\u2019]s)?"
                         r"\s+(?:death\s+)?toll\b")
# Where the wounded were moved, told the sentence before: the town where one of them died.
_MOVED_TO = re.compile(r"\b(?:taken|moved|rushed|flown|airlifted|transferred|evacuated|brought)\s+(?:[\w-]+\s+)?to\b",
                       re.I)
# "died in Port Hallen General Hospital": where a victim died of wounds, not where it happened.
_CARED_FOR_IN = re.compile(r"(?i)\b(?:hospital|clinic|infirmary|medical|health|hospice|mortuary)\b")
# ... named with its kind after it: "died in Varnoy district hospital"
_HOSPITAL_AFTER = re.compile(r"(?i)^\s+(?:[a-z]+\s+)?(?:hospital|clinic|infirmary|hospice|mortuary)\b")


# "Two soldiers and five rebels were killed there": the place the sentence before gives.
_HARMED_THERE = re.compile(r"\b(?:died|dead|killed|injured|wounded|hurt|missing|drowned)\s+there\b")
_PLACED = re.compile(r"\b(?:in|at)\s+(?P<name>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2})\b")


def harmed_elsewhere(texts: list[str], own: list[str], before: list[str] | None = None) -> str | None:
    """The other place every one of `texts` puts its harm in, when none of them
    names any of `own` (the incident's place, then its region), else None.
    `before`: the sentence before each text, for a harm put "there"."""
    where = None
    for k, text in enumerate(texts):
        toll = _PLACE_TOLL.search(text)
        if toll and not any(name_in_text(toll["name"], name) or name_in_text(name, toll["name"]) for name in own):
            where = where or toll["name"]  # (whatever else names the region: "the Oldevar provincial police")
            continue
        if any(name_in_text(name, text) for name in own):
            return None
        m = _HARMED_IN.search(text) or (_OPENS_IN.match(text) if _HARM_WORD.search(text) else None)
        previous = before[k] if before and k < len(before) else ""
        if m and _MOVED_TO.search(previous) and name_in_text(m["name"], previous):
            return None  # "... were later moved to the provincial capital, Ostvald." "One of them ... died in Ostvald"
        if m and not _CARED_FOR_IN.search(m["name"]) and not _HOSPITAL_AFTER.match(text[m.end():]) \
                and not is_calendar_word(m["name"]):
            where = where or m["name"]
            continue
        placed = _PLACED.search(previous) if _HARMED_THERE.search(text) else None
        # (the region both places share may be named there too: "in Bessa, also in Ardal province")
        if not placed or name_in_text(own[0], previous) or is_calendar_word(placed["name"]) or any(
                name_in_text(placed["name"], name) for name in own):
            return None
        where = where or placed["name"]
    return where


# A figure whose verb is left out, the other place named right after it: "14 people had died
# in Quorlan and 5 in Talvern" (the 5 is Talvern's, the 14 Quorlan's).
_FIGURE_PUT_IN = re.compile(r"^\s+(?:(?:more|others?|people|dead|killed|injured|wounded|missing)\s+){0,2}"
                            r"(?:in|at)\s+(?P<name>(?-i:[A-Z])[\w'-]+(?:\s+(?-i:[A-Z])[\w'-]+)?)")


def figure_put_elsewhere(count: int, texts: list[str], own: list[str]) -> str | None:
    """The other place every mention of `count` puts it in by the words right after it
    ("... and 5 in Talvern"), in sentences that name the incident's place itself too
    (`own`: its place, then its region; a valley's or a region's towns are its own); not
    a hospital ("3 in Naveth hospital"), a day ("in Saturday's fighting") or a name that
    goes on ("in Fennorian hill village"): else None. (A sentence that names none of
    `own` is `harmed_elsewhere`'s.)"""
    where, found = None, False
    for text in texts:
        if not name_in_text(own[0], text):  # (the place itself: a region's towns are its own)
            return None
        for m in figure_mentions(text):
            if m.value != count:
                continue
            found = True
            put = _FIGURE_PUT_IN.match(text[m.end:])
            if (not put or is_calendar_word(put["name"]) or _CARED_FOR_IN.search(put["name"])
                    or re.match(r"['\u2019]s\b|\s+[a-z]", text[m.end + put.end():])
                    or _HOSPITAL_AFTER.match(text[m.end + put.end():])
                    or any(name_in_text(name, put["name"]) or name_in_text(put["name"], name) for name in own)):
                return None
            where = where or put["name"]
    return where if found else None


# A page's label line (summarizer.verify.event_types.LOCATION_LABEL) and its parts.
_LOCATION_LINE = re.compile(LOCATION_LABEL.pattern + r"\s*(?P<parts>.+)$", re.I | re.S)
# A street opening the line is where in the place, not the place ("Location: Avenue of
# the Republic, Orsolo, Cassamar Province, Veldria": the place is Orsolo).
_STREET = re.compile(r"\b(?:avenue|street|boulevard|square|lane)\b", re.I)


def _label_parts(text: str) -> list[str]:
    """The parts of a "Location:" line from its place on (two or more), else none."""
    line = _LOCATION_LINE.match(text.strip())
    parts = [p for p in re.split(r"\s*[,;/]\s*", line["parts"].strip()) if p] if line else []
    while len(parts) > 2 and _STREET.search(parts[0]):
        parts = parts[1:]
    return [re.sub(r"(?i)^near\s+", "", parts[0]).strip(), *parts[1:]] if len(parts) >= 2 else []


def only_after_the_place_in_a_label(name: str, texts: list[str]) -> bool:
    """True when every sentence naming `name` is a "Location:" line that gives it
    after the line's place: the line runs place, region, country, so a later part
    is where the place lies, not the place."""
    naming = [t for t in texts if name_in_text(name, t)]
    for text in naming:
        parts = _label_parts(text)
        if not parts or name_in_text(name, parts[0]) or not any(name_in_text(name, p) for p in parts[1:]):
            return False
        # ("Location: Route 14, 6 km west of Greywold village": a spot on a route is placed at the
        # village it is measured from, docs/eval.md)
        if any(name_in_text(name, p) and _MEASURED_FROM.match(p) for p in parts[1:]):
            return False
    return bool(naming)


_MEASURED_FROM = re.compile(r"^\W*(?:about\s+|some\s+)?\d+(?:\.\d+)?\s*(?:km|kilometres|kilometers|miles)\s+"
                            r"(?:north|south|east|west|[nsew]{1,3})[\w-]*\s+of\s+", re.I)


def place_of_the_label(texts: list[str], only_one: bool = False) -> str | None:
    """The place of the first "Location:" line among `texts` ("Orla Deep A
    production platform" of "Location: Orla Deep A production platform, Whitlow
    Bank, Veldmark"); with `only_one`, None unless the texts hold one such line (a
    page of several entries has one per entry)."""
    places = [parts[0] for parts in map(_label_parts, texts) if parts]
    return places[0] or None if places and (len(places) == 1 or not only_one) else None
