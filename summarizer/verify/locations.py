"""Rules 4, 14 and 17 for an incident's location: place, admin area and country
(the rule list is in summarizer.verify.rules)."""

from __future__ import annotations

import re

from summarizer.core.schema import DraftIncident
from summarizer.verify.event_types import tells_an_event
from summarizer.verify.names import (
    THE_CITY,
    called_a_town,
    described_as_an_organisation,
    given_a_region_word,
    named_as_a_person,
    has_region_word,
    is_a_region,
    labelled_area,
    used_as_a_town,
    country_named,
    name_in_text,
    name_words,
    names_a_region,
    names_a_town_kind,
    names_an_organisation,
    normalise,
    only_as_neighbour,
    only_as_region,
    owned_region,
    points_at_a_place,
    written_as_a_name,
    written_together,
)
from summarizer.verify.place_roles import (
    names_a_route,
    names_no_town,
    only_after_the_place_in_a_label,
    only_as_a_city_district,
    only_as_a_citys_quarter,
    only_as_a_quarter,
    only_as_consequence,
    only_as_origin,
    only_as_reference,
    only_as_route_end,
    only_as_whose_people,
    only_elsewhere,
    only_in_an_institutions_name,
)
from summarizer.verify.problem import Problem
from summarizer.verify.sites import OUTSIDE_KINDS, SITE_KINDS, ends_in_a_site_kind
from summarizer.verify.tallies import named_of_an_earlier_year


# The place rules of one kind: a name given only as ... is not where it happened.
_ONLY_AS = (
    (only_as_consequence, 'where the consequences reached ("leaving {} without electricity")'),
    (only_as_reference, 'a point of reference ("25 km south of {}")'),
    (only_as_route_end, 'an end of a route ("the road between {} and ...")'),
    (only_as_a_quarter, 'a part of a town ("the {} quarter of ...": the town is the place)'),
    (only_as_a_citys_quarter, 'a part of a town ("the city\'s {}": the town is the place)'),
    (only_in_an_institutions_name, 'an institution\'s name ("the University of {}, in the city of ...")'),
    (only_after_the_place_in_a_label, 'a region the "Location:" line puts the place in ("Location: <place>, {}")'),
    (only_as_whose_people, 'where the people belong ("off-duty guards of {}")'),
)


# A region's name that is only the start of a building's: "Castelgrotta District Prison".
_A_BUILDING_AFTER = re.compile(r"\s+(?:Prison|Jail|Penitentiary|Hospital|Clinic|Court(?:house)?|Police\s+Station"
                               r"|Police\s+Headquarters|School|College|Barracks|Town\s+Hall)\b", re.I)


def only_in_a_buildings_name(name: str, texts: list[str]) -> bool:
    """Is every mention of `name` in `texts` the start of a building's name ("Castelgrotta
    District Prison"): no region of the event (rule 17)?"""
    mentions = [(t, m) for t in texts for m in re.finditer(rf"\b{re.escape(name)}\b", t, re.I)]
    return bool(mentions) and all(_A_BUILDING_AFTER.match(t, m.end()) for t, m in mentions)


_A_STRETCH = re.compile(r"\b(?:sector|zone|frontier)\b", re.I)
_JOINED = re.compile(r"\s+(?:and|&)\s+", re.I)
# A country's name holds no word of water or of an office: "Lumeji river", "Dhereen regional
# government" are no countries (rule 17; a region's and a site's words are their own checks).
_WATER_OR_OFFICE = re.compile(r"\b(?:rivers?|lakes?|sea|bay|gulf|straits?|government|ministry|council|police|army"
                              r"|office)\b", re.I)


# "hijacked the general cargo ship Halcyon Tern in international waters about 85 nautical
# miles east of the port of Ilverstoke, Vessarane": no state's waters (docs/eval.md, Location).
_INTERNATIONAL_WATERS = re.compile(r"\b(?:international|open)\s+waters\b|\bhigh\s+seas\b", re.I)


_WATER_AFTER = re.compile(r"^\W*(?:rivers?|lakes?|valley|hills|mountains|bay|gulf|dam|reservoir|canal|creek)\b", re.I)


def _only_as_water(name: str, texts: list[str]) -> bool:
    """Is every mention of `name` the first part of a river's, a lake's or a valley's name?"""
    mentions = [(t, m) for t in texts for m in re.finditer(rf"\b{name_words(name)}\b", t, re.I)]
    return bool(mentions) and all(_WATER_AFTER.match(t[m.end():]) for t, m in mentions)


def in_international_waters(country: str, texts: list[str]) -> bool:
    """Does every cited sentence naming `country` place the event in international waters?"""
    naming = [t for t in texts if name_in_text(country, t)]
    return bool(naming) and all(_INTERNATIONAL_WATERS.search(t) for t in naming)


def locates_the_site(place: str, text: str) -> bool:
    """Does `text` put the site the event's sentences tell of in `place` ("The station
    is in Tellum, a gold-mining town ...")? Where it happened, though it tells no act."""
    # (or by its name: "Quorrastel lies outside the town of Mirevane")
    return bool(re.match(r"\W*(?:(?:the|its|this)\s+(?:[\w-]+\s+){1,3}?|(?-i:(?:[A-Z][\w'-]*\s+){0,3}[A-Z][\w'-]*\s+))"
                         r"(?:is|was|lies|stands|sits)\s+(?:located\s+)?"
                         rf"(?:in|at|near|outside|just\s+outside)\s+(?:the\s+(?:town|village|city)\s+of\s+)?"
                         rf"{re.escape(place)}\b", text, re.I)
                # ... by its name, the place between commas: "Colbrae, outside the town of Pelgrave, is
                # the largest prison in Belmaran's Stravona province"
                or re.match(r"\W*(?:[A-Z][\w'-]*\s+){0,3}[A-Z][\w'-]*,\s+(?:just\s+)?(?:outside|near|in)\s+"
                            rf"(?:the\s+(?:town|village|city)\s+of\s+)?{re.escape(place)}\s*,\s+"
                            r"(?:is|was|lies|stands|sits|holds|has)\b", text))


def _only_as_a_label(part: str, text: str) -> bool:
    """Is every mention of `part` in `text` a label in brackets, followed by a colon
    ("(Dashri: Halvi)"; not "the far north of Varetia: one on Kerrin Hill")?"""
    found = [m for m in re.finditer(rf"(?<![\w-]){re.escape(part)}(?![\w-])", text, re.I)]
    return bool(found) and all(re.search(r"[(\[]\s*$", text[:m.start()]) and re.match(r"\s*:", text[m.end():])
                               for m in found)



# Words a capitals text writes as it writes names, that no country is ("SCHOOL CEILING CAVES IN").
_NEVER_A_COUNTRY = re.compile(r"(?i)(?:the\s+)?(?:ceiling|roof|wall|floor|stand|market|school|bridge|building|hall|station"
                              r"|mine|river|town|village|city|road|department|province|region|district|border|port"
                              r"|airport|hospital|prison|church|police|army|government|state|capital|country|nation)")

# A region named "province of X" (not "district of X": often a quarter of a city, "THE LA
# TORRENTERA INDUSTRIAL DISTRICT OF PUERTO TIZONAL").
_REGION_KINDS = r"province|department|region|state|county|governorate|prefecture|oblast|canton"


def _a_region_of(name: str, text: str) -> bool:
    """Does `text` name a region "<kind> of <name>" or "<name> <kind>" ("the province of Meren",
    "Ruthevia's Harnsey region")?"""
    return bool(re.search(rf"\b(?:{_REGION_KINDS})\s+of\s+(?:the\s+)?{re.escape(name)}\b"
                          rf"|\b{re.escape(name)}\s+(?:{_REGION_KINDS})\b", text, re.I))


class LocationChecks:
    """The location checks of `rules.Verifier` (a mixin: it uses the verifier's
    cited-text helpers, its dateline and its `mixed_case` flag)."""

    def _check_location(self, i: int, inc: DraftIncident) -> list[Problem]:
        parts = [(attr, getattr(inc, attr)) for attr in ("place", "admin_area", "country") if getattr(inc, attr)]
        numbers = inc.location_sentences
        body = [n for n in numbers if n not in self.headlines]  # the cited sentences past the headline
        problems = self._citations(i, "location", numbers, bool(parts))
        if problems or not parts:
            return problems
        cited = self._cited_text(numbers)
        for attr, part in parts:
            if ":" in part or _only_as_a_label(part, cited):
                # "Orlenby (Dashri: Orlumbe)": the local language's spelling, labelled; no place
                problems.append(Problem(i, "location", (
                    f'"{part}" is a label in the cited sentences {numbers} (a language, a heading), not a place; '
                    "give the place, region or country the article names, or null")))
                continue
            if attr == "country" and name_in_text(part, cited) and not country_named(part, cited):
                problems.append(Problem(i, "location", (
                    f'"{part}" does not appear in the cited sentences {numbers} (a near spelling of another word '
                    "is no country); give the country the article names, or null")))
                continue
            if name_in_text(part, cited):
                if attr == "country" and only_as_origin(part, self._texts(numbers)):
                    problems.append(Problem(i, "location", (
                        f'the cited sentences {numbers} name "{part}" only as where people are from, not as the '
                        "country where it happened; give the country the article states for the event, or null")))
                if attr == "country" and not only_as_origin(part, self._texts(numbers)) and not only_as_neighbour(
                        part, cited) and self._only_as_origin_or_neighbour(part, numbers):
                    problems.append(Problem(i, "location", (  # each sentence for one of the two reasons
                        f'the cited sentences {numbers} name "{part}" only as where people are from or as a '
                        "neighbour, not as the country where it happened; give the country the article states for "
                        "the event, or null")))
                if attr == "country" and in_international_waters(part, self._texts(numbers)):
                    problems.append(Problem(i, "location", (
                        f'the cited sentences {numbers} place it in international waters; "{part}" is the country '
                        "of a port it is measured from, not where it happened: leave the country null")))
                if attr == "country" and _only_as_water(part, self._texts(numbers)):
                    problems.append(Problem(i, "location", (  # "THE GUANDERA RIVER BURST ITS BANKS"
                        f'the cited sentences {numbers} name "{part}" only as a river\'s, a lake\'s or a '
                        "valley's name, not as a country; give the country the article names, or null")))
                if attr == "country" and only_as_neighbour(part, cited):
                    problems.append(Problem(i, "location", (
                        f'the cited sentences {numbers} name "{part}" only as a border or a neighbour, '
                        "not as the country where it happened; give the country the article states "
                        "for the event, or null")))
                if (attr == "country" and only_as_region(part, self._texts(numbers))  # rule 14
                        and not self._dateline_locates(part, inc.place, numbers)):
                    problems.append(Problem(i, "location", (
                        f'the cited sentences {numbers} name "{part}" only as a region ("{part} province"), '
                        "not as a country; put it in admin_area and give the country the article names, "
                        "or null")))
                if attr == "admin_area" and only_in_a_buildings_name(part, self._texts(numbers)):  # rule 17
                    problems.append(Problem(i, "location", (
                        f'the cited sentences {numbers} name "{part}" only in a building\'s name ("{part} Prison"), '
                        "not as the region it happened in; give the region the article names, or null")))
                if attr == "country" and len(joined := _JOINED.split(part)) > 1 and any(
                        given_a_region_word(one, self.article_evidence) for one in joined):  # rule 14
                    # "KILLED IN ALTOCHANCA AND VALDEORCA SINCE JANUARY" beside "VALDEORCA DEPARTMENT"
                    problems.append(Problem(i, "location", (
                        f'"{part}" joins names the article gives as regions, not a country; give the country '
                        "the article names, or null")))
                if (attr == "country" and self.mixed_case and not only_as_region(part, self._texts(numbers))
                        and (given_a_region_word(part, self.article_evidence)
                             or owned_region(part, self.article_evidence))
                        and not (self.dateline and any(name_in_text(part, p) for p in self.dateline.places))):
                    # "in Tarsa" in the headline, "the Tarsa district hospital" below: a region (rule 14)
                    problems.append(Problem(i, "location", (
                        f'the article names "{part}" as a region ("{part} district"), not as a country; '
                        "put it in admin_area and give the country the article names, or null")))
                if attr == "place" and self.mixed_case and not written_as_a_name(part):  # rule 17
                    problems.append(Problem(i, "location", (
                        f'"{part}" describes a spot, it is not the name of a place; give the town, village or '
                        "site the article names, or null")))
                if (attr != "country" and any(name_in_text(part, t) for t in self._texts(numbers))
                        and not any(written_together(part, t) for t in self._texts(numbers))):  # rule 17
                    problems.append(Problem(i, "location", (
                        f'"{part}" joins words of different names in the cited sentences {numbers}; give the '
                        "place as the article writes it, or null")))
                if points_at_a_place(part):  # rule 17 (verify.repair drops such a part first)
                    problems.append(Problem(i, "location", (  # "85 KM EAST OF THIS CITY": country "THIS"
                        f'"{part}" points at a place ("this city") or cuts a word short ("Prov."), it names none; '
                        f'give the {attr.replace("_", " ")} the article names, or null')))
                    continue
                if attr == "country" and _NEVER_A_COUNTRY.fullmatch(part.strip()):  # rule 17
                    problems.append(Problem(i, "location", (  # a capitals headline's "SCHOOL CEILING CAVES IN"
                        f'"{part}" is a common noun, not a country; give the country the article names, or null')))
                if attr != "place" and self.mixed_case and not written_as_a_name(part):  # rule 17
                    problems.append(Problem(i, "location", (  # "curfew on the town": country "town"
                        f'"{part}" is no name of a region or a country; give the {attr.replace("_", " ")} '
                        "the article names, or null")))
                if named_as_a_person(part, self.article_evidence):  # rule 17
                    problems.append(Problem(i, "location", (
                        f'"{part}" is a person the article names, not a place; give the place the article '
                        "names, or null")))
                if attr == "place" and (names_an_organisation(part)
                                        or described_as_an_organisation(part, self.article_evidence)):  # rule 17
                    problems.append(Problem(i, "location", (
                        f'"{part}" is an organisation, not a place; give the town, village or site the article '
                        "names, or null")))
                if attr == "place" and any(c and normalise(part) == normalise(c)
                                           for c in (inc.country, self.dateline and self.dateline.country)):  # rule 17
                    problems.append(Problem(i, "location", (
                        f'"{part}" is the country, not a place in it; give the town, village or site the '
                        "article names, or null")))
                if attr == "place" and names_a_route(part):  # rule 17
                    problems.append(Problem(i, "location", (
                        f'"{part}" is a route between two places, not a town, village or site; give the place '
                        "along it the article names, or null")))
                if attr == "place" and names_no_town(part):  # rule 17
                    problems.append(Problem(i, "location", (
                        f'"{part}" is a kilometre post, a numbered hill, a hospital or a border, not the town, '
                        "village or site it happened in; give the place the article puts it in or near, or null")))
                # (a log's own "Area: City of Tashkorra" line places every item under it, as its
                # "Country:" line does: the header cited with the item's sentence)
                by_the_header = attr == "place" and (self._placed_by_the_area_line(part, numbers)
                                                     or self._town_of_the_site_told(part, numbers))
                if (attr == "place" and not problems and not by_the_header
                        and self.named_only_for_something_else(part, numbers)):  # rule 17
                    problems.append(Problem(i, "location", (
                        f'the cited sentences {numbers} name "{part}" only for something else (where people went, '
                        "came from or spoke, a route's end, a point of reference, an earlier event), never as where "
                        "it happened; give the place the sentence reporting it names, or null")))
                for only_as, what in _ONLY_AS if attr == "place" else ():  # rule 17
                    if only_as(part, self._texts(numbers)):
                        problems.append(Problem(i, "location", (
                            f'the cited sentences {numbers} name "{part}" only as {what.format(part)}, not as where it '
                            "happened; give the place the article names, or null")))
                # Years only: a breach that began "in early April" under a June dateline is this one.
                if (self.report_year and attr != "country"
                        and named_of_an_earlier_year(part, self._texts(numbers), self.report_year)):  # rule 13
                    problems.append(Problem(i, "location", (
                        f'the cited sentences {numbers} name "{part}" only for an event before this one ("in 2024, '
                        "...\"); give the place the sentence reporting this incident names, or null")))
                if attr == "place" and self.english and not by_the_header and not any(
                        tells_an_event(t) or locates_the_site(part, t) for t in self._texts(numbers)
                        if name_in_text(part, t)):
                    # rule 17: "examined by doctors in Oskel", "reinforcements would arrive in Hollin"
                    problems.append(Problem(i, "location", (
                        f'the cited sentences {numbers} name "{part}" only where they tell of no event (a '
                        "statement, a plan, care given afterwards); give the place the sentence reporting it "
                        "names, or null")))
                # (a headline's shorthand aside: "gunmen strike village and police post in Belgrath" over
                # a body that names only "Yrvenna's northern Belgrath district")
                if attr == "place" and (only_as_region(part, self._texts(numbers), longer_names=False) or (
                        body != numbers and only_as_region(part, self._texts(body), longer_names=False,
                                                           word_before=False))):  # rule 17
                    problems.append(Problem(i, "location", (
                        f'the cited sentences {numbers} name "{part}" only as a region ("{part} district"), not '
                        "as a town, village or site; put it in admin_area and give the place the article names, "
                        "or null")))
                if attr == "place" and is_a_region(part):
                    problems.append(Problem(i, "location", (
                        f'"{part}" is a region, not a town, village or site; give the place the article names, '
                        "or put the region in admin_area")))
                # (a dateline with its city alone too: "SAN CRISOSTOMO, 22 MAY 86 (RADIO ...) --")
                if (attr == "country" and self.dateline and self.dateline.places
                        and normalise(part) == normalise(self.dateline.places[0])):  # rule 17
                    problems.append(Problem(i, "location", (
                        f'"{part}" is the dateline\'s city, not a country; give the country the article names, '
                        "or null")))
                if attr == "country" and called_a_town(part, self.article_evidence):
                    problems.append(Problem(i, "location", (  # rule 17: "the northern city of Tervola"
                        f'the article calls "{part}" a city, town or village, not a country; put it in place '
                        "and give the country the article names, or null")))
                if attr == "country" and names_a_town_kind(part):
                    problems.append(Problem(i, "location", (  # "THIS CAPITAL", "in Meldrava town"
                        f'"{part}" is a town or a city, not a country; put the town in place and give the '
                        "country the article names, or null")))
                label = self.country_label
                if (attr == "country" and label and not (name_in_text(part, label) or name_in_text(label, part))
                        and used_as_a_town(part, self.article_evidence)):
                    problems.append(Problem(i, "location", (  # rule 17: "Country: Zervany." over a log
                        f'the report\'s "Country:" line gives {label}, not "{part}"; give that country, or null')))
                if attr == "country" and ends_in_a_site_kind(part):
                    problems.append(Problem(i, "location", (
                        f'"{part}" is a site, not a country; put the town or site in place and give the country '
                        "the article names, or null")))
                if attr == "country" and _A_STRETCH.search(part):  # "Loskarra sector" of a border mission's log
                    problems.append(Problem(i, "location", (
                        f'"{part}" is a sector or zone of a border or a front, not a country; give the country '
                        "the article names, or null")))
                if attr == "country" and _WATER_OR_OFFICE.search(part):
                    problems.append(Problem(i, "location", (
                        f'"{part}" is a river, a lake or an office, not a country; give the country the article '
                        "names, or null")))
                if attr == "country" and has_region_word(part):
                    problems.append(Problem(i, "location", (
                        f'"{part}" is a region, not a country; put it in admin_area and give the country the '
                        "article names, or null")))
                if attr == "admin_area" and only_as_a_city_district(part, self._texts(numbers)):
                    problems.append(Problem(i, "location", (  # "THE ARBOLEDA DISTRICT OF THIS CAPITAL"
                        f'the cited sentences {numbers} name "{part}" only as a district of a city, not as a '
                        "province, region, state or district of the country; give the region the article names, "
                        "or null")))
                if (attr == "admin_area" and inc.place and normalise(part) == normalise(inc.place)
                        and not given_a_region_word(part, self.article_evidence)
                        and not _a_region_of(part, self.article_evidence)):
                    problems.append(Problem(i, "location", (  # "THE LA TORRENTERA INDUSTRIAL DISTRICT OF PUERTO TIZONAL"
                        f'"{part}" is the place itself, given again as its region; the article names no region '
                        "of that name: give the region it names, or null")))
                elif attr == "admin_area" and not names_a_region(part, self.article_evidence):
                    problems.append(Problem(i, "location", (
                        f'"{part}" is not named as a province, region, state or district; give the region '
                        "the article names as one, or null")))
            elif not ((attr != "place" and self._dateline_locates(part, inc.place, numbers))
                      or (attr == "place" and self._in_the_datelines_city(part, numbers))):
                problems.append(self._not_found(i, "location", part, numbers))
        return problems

    def _town_of_the_site_told(self, place: str, numbers: list[int]) -> bool:
        """Does one cited sentence put a site in `place` ("from the Pedra Alta prison in the town
        of Ermida do Sal") and another tell the event at that site ("inmates ... at Pedra Alta set
        fire to mattresses")? The site's town is the place, whatever the first sentence is about."""
        texts = self._texts(numbers)
        sites = {m["site"].strip() for t in texts for m in re.finditer(
            rf"(?P<site>(?:[A-Z][\w'-]*\s+){{1,3}})(?i:{SITE_KINDS}|{OUTSIDE_KINDS})\s+(?i:in|at|near|outside)\s+"
            rf"(?:(?i:the)\s+(?i:town|village|city)\s+(?i:of)\s+)?{re.escape(place)}\b", t)}
        return any(site not in ("The", "THE") and tells_an_event(t) and not name_in_text(place, t)
                   and re.search(rf"\b{re.escape(site)}\b", t) for site in sites for t in texts)

    def _placed_by_the_area_line(self, place: str, numbers: list[int]) -> bool:
        """Is `place` the town of the report's "Area:" line (`Verifier.area_label`), cited?"""
        area = self.area_label
        return (area is not None and normalise(area) == normalise(place)
                and any(labelled_area(t) == area for t in self._texts(numbers)))

    def _in_the_datelines_city(self, place: str, numbers: list[int]) -> bool:
        """Is `place` the dateline's city, and does a cited sentence put the event there by
        calling it "the city" ("HARVESK, Ondravia, ... - Riot police fired tear gas ... in the
        city's old Bellun quarter")? The dateline is then the only place that names it."""
        dl = self.dateline
        if not (dl and dl.places and normalise(place) == normalise(dl.places[0])):
            return False
        n = self.dateline_number
        return n in numbers and bool(THE_CITY.search(self.article_evidence[dl.end:self.by_number[n].end]))

    def named_only_for_something_else(self, place: str, numbers: list[int]) -> bool:
        """Each cited sentence naming `place` names it for something else, each for
        its own reason ("on the road between Tamsa and Orrik" and "In November 2025,
        ... a landmine near Orrik"): no sentence gives it as where it happened."""
        naming = [t for t in self._texts(numbers) if name_in_text(place, t)]

        def elsewhere(text: str) -> bool:
            return (only_elsewhere(place, [text]) or any(only_as(place, [text]) for only_as, _ in _ONLY_AS)
                    or (self.english and not tells_an_event(text) and not locates_the_site(place, text))
                    or bool(self.report_year and named_of_an_earlier_year(place, [text], self.report_year)))
        return bool(naming) and all(elsewhere(t) for t in naming)

    def _only_as_origin_or_neighbour(self, country: str, numbers: list[int]) -> bool:
        """Each cited sentence naming `country` names it as where people are from or
        as a neighbour ("a party of tourists from Norvaland", "the government of
        neighbouring Norvaland"): in no sentence is it where it happened."""
        naming = [t for t in self._texts(numbers) if name_in_text(country, t)]
        return bool(naming) and all(only_as_origin(country, [t]) or only_as_neighbour(country, t) for t in naming)
