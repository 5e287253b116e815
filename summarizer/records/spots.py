"""A spot in a town is placed by its town. The model often gives the street,
the square, the roundabout or the campus where something happened ("Liberation
Avenue", "the town centre", "Caldren University"); the gold annotates the town,
and a user looking for incidents in a town expects to find it there. The town
comes from the article's own words: another incident of the article placed in
one town, or the one town the headline and the lead name as such ("the
northern university town of Vessimir"). Nothing is invented: with no town, or
two, the spot stays. An event on a route is placed the same way: where on it the
sentences say ("near the village of Dorvik, on the road between Tesk and
Malvo"), not at the route or its ends.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from summarizer.core.schema import DraftIncident
from summarizer.records.regions import CAPITALISED, is_a_site, town_named
from summarizer.verify.names import (
    ADMIN_KINDS,
    THE_CITY,
    has_region_word,
    name_in_text,
    name_words,
    normalise,
    written_as_a_name,
)

if TYPE_CHECKING:  # derive imports this module; the Article is only a type here
    from summarizer.records.derive import Article

# A spot inside a town: a street, a square, a quarter, a campus, its centre.
_SPOT = re.compile(r"(?i)\b(?:avenue|street|boulevard|square|roundabout|campus|quarter|university|wing|cellblock"
                   r"|courtyard|(?:town|city)\s+cent(?:re|er))\s*$")
# A town the lead names as one: "the northern university town of Vessimir", "the
# port city of Alvora", "the capital, Orsamund".
_TOWN_OF = re.compile(rf"\b(?:town|city|village|port|capital)(?:\s+of|,)\s+(?P<name>{CAPITALISED}"
                      rf"(?:\s+{CAPITALISED}){{0,2}})(?![\w'\u2019-]|\s+{CAPITALISED}|\s+(?i:{ADMIN_KINDS}))")


def is_a_spot(place: str | None) -> bool:
    """A spot in a town by its kind, or a description with no name at all ("the
    regional governor's residence", "hotel")."""
    return bool(place and (_SPOT.search(place.strip()) or not written_as_a_name(place)))


def _same(a: str, b: str) -> bool:
    """The same name as written (not places._same, which sets kind words aside)."""
    return normalise(a) == normalise(b)


def _towns_in_lead(article: "Article") -> list[tuple[str, int]]:
    """(town, sentence) the headline and the lead name as a town."""
    lead = [n for n in sorted(article.evidence) if n not in article.directives and article.evidence[n].strip()][:2]
    return [(m["name"], n) for n in lead for m in _TOWN_OF.finditer(article.evidence[n])
            if not has_region_word(m["name"])]


def _own_town_differs(spot: str, town: str, article: "Article") -> bool:
    """Do the sentences naming `spot` put it in another town ("Liberation Avenue,
    in the town of Marto")?"""
    naming = [t for t in article.evidence.values() if name_in_text(spot, t)]
    return any(other is not None and not _same(other, town) for other in map(town_named, naming))


def _one(towns: list[tuple[str, int]]) -> tuple[str, int] | None:
    names = {normalise(t) for t, _ in towns}
    return towns[0] if len(names) == 1 else None


def town_of_spot(place: str | None, article: "Article", numbers: list[int]) -> tuple[str, int] | None:
    """(town, the sentence that names it) for an incident told in sentences `numbers`
    placed at a spot, when the headline and the lead name one town as such ("the
    northern university town of Vessimir"), or the incident's own dateline sentence
    calls it the dateline's city."""
    if not is_a_spot(place):
        return None
    found = _one(_towns_in_lead(article)) or _the_datelines_city(article, numbers)
    if found is None or _own_town_differs(place or "", found[0], article):
        return None
    return found


def _the_datelines_city(article: "Article", numbers: list[int]) -> tuple[str, int] | None:
    """(the dateline's city, its sentence) when that sentence is one of the incident's
    own `numbers` and calls where it happened "the city" ("HARVESK, Ondravia, ... - Riot
    police fired tear gas ... in the city's old Bellun quarter"; "in the Velgarian
    capital"): the verifier's rule 17 accepts it so."""
    dl, n = article.dateline, article.dateline_sentence()
    if dl is None or not dl.places or n not in numbers or not THE_CITY.search(article.evidence.get(n, "")):
        return None
    city = dl.places[0]
    return (city.title() if city.isupper() else city), n


def place_spots_in_their_town(incidents: list[DraftIncident], article: "Article") -> None:
    """An incident still placed at a spot (`is_a_spot`) takes the town another
    incident of the article is placed in, when they are all in one, with that
    incident's region and country when it has none (the sentences that state them
    are then cited, so the verifier checks them)."""
    towns = [inc for inc in incidents
             if inc.place and not is_a_spot(inc.place) and not is_a_site(inc.place) and written_as_a_name(inc.place)]
    if not towns or not _one([(inc.place or "", 0) for inc in towns]):
        return  # none, or two towns: which is the spot's is not said
    town = towns[0]
    for inc in incidents:
        if not is_a_spot(inc.place) or _own_town_differs(inc.place or "", town.place or "", article):
            continue
        inc.place = town.place
        if town.admin_area and has_region_word(town.admin_area):  # not "Kestrin Gate quarter"
            inc.admin_area = inc.admin_area or town.admin_area
        inc.country = inc.country or town.country
        parts = [p for p in (inc.place, inc.admin_area, inc.country) if p]
        stating = [n for n in town.location_sentences
                   if any(name_in_text(p, article.evidence.get(n, "")) for p in parts)]
        inc.location_sentences = sorted({*inc.location_sentences, *stating})


# A route: the place is where on it the event was, not the route or its ends.
_ROUTE_WORDS = r"(?:road|highway|motorway|pipeline|railway|rail\s+line|route|track|expressway)"
_ROUTE = re.compile(rf"(?i)\b{_ROUTE_WORDS}\s*$")


def on_a_route(place: str | None, texts: list[str]) -> bool:
    """Is `place` a route ("Tevrask-Melvo road") or an end of one the sentences
    name ("Morvask" of "the Morvask-Ilchen highway", "the road between Tevrask
    and Melvo")?"""
    if not place:
        return False
    if _ROUTE.search(place.strip()):
        return True
    p = rf"(?i:{name_words(place)})"
    end = (rf"\b{p}\s*[-\u2013]\s*{CAPITALISED}(?:\s+{CAPITALISED})*\s+(?i:{_ROUTE_WORDS})\b"
           rf"|\b{CAPITALISED}\s*[-\u2013]\s*{p}\s+(?i:{_ROUTE_WORDS})\b"
           rf"|(?i:{_ROUTE_WORDS})\s+(?i:between|from)\s+"
           rf"(?:{p}\s+(?i:and|to)\s+{CAPITALISED}|{CAPITALISED}(?:\s+{CAPITALISED})*\s+(?i:and|to)\s+{p})\b")
    return any(re.search(end, t) for t in texts)


# "about 4 km west of Brezhun town", "near Drovnik village": a town by its kind after its name.
_NEAR_TOWN = re.compile(rf"\b(?:near|outside|of)\s+(?P<name>{CAPITALISED}(?:\s+{CAPITALISED}){{0,2}})"
                        r"\s+(?:town|village)\b")


def town_on_the_route(texts: list[str]) -> str | None:
    """The town the event's sentences put it at or near, by the kind of place it is."""
    for text in texts:
        town = town_named(text)
        m = _NEAR_TOWN.search(text)
        town = town or (m["name"] if m and not has_region_word(m["name"]) else None)
        if town:
            return town
    return None


# On open water the place is the water the sentence names, the shore a point of reference
# (docs/eval.md): "capsized in a squall on Lake Ivrenna ..., about 2 km off the fishing
# village of Lutabo", "on Lake Sarmel ..., a few hundred metres from the landing at Ossendrin".
_WATER = rf"(?:(?i:lake)\s+{CAPITALISED}(?:\s+{CAPITALISED})?|{CAPITALISED}(?:\s+{CAPITALISED})?\s+(?i:lake|strait|reservoir))"
_OFF_A_SHORE = (r"\b(?:off|out\s+from|from)\s+(?:the\s+)?(?:(?:[\w-]+\s+)?(?:port|landing|harbour|harbor|village|town"
                r"|jetty|pier|quay)\s+(?:of|at)\s+)?")


def water_off_the_shore(place: str | None, texts: list[str]) -> str | None:
    """The lake an event's sentence puts it on, when `place` is only the shore it lay
    off there ("Lutabo" of "on Lake Ivrenna ..., about 2 km off the fishing village of
    Lutabo"); else None."""
    if not place or re.search(r"(?i)\b(?:lake|strait|reservoir)\b", place):
        return None
    shore = rf"{_OFF_A_SHORE}(?i:{name_words(place)})\b"
    for text in texts:
        m = re.search(rf"\b(?:on|across|in)\s+(?P<water>{_WATER})\b[^.;]{{0,80}}?{shore}", text)
        if m:
            return m["water"]
    return None
