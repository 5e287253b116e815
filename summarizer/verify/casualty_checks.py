"""Rules 3, 8-10, 13 and 16 for one casualty figure: its count stated in its cited
sentences (never the dateline's digits), of the category and qualifier its clause
gives, of people harmed (not present, not things, not the attackers, not the
accused), this incident's (not a tally, not an earlier year's). The rule list is
in summarizer.verify.rules."""

from __future__ import annotations

import re

from summarizer.verify.categories import category_conflict, counts_attackers, harm_named, presence_total
from summarizer.verify.counted import (
    counts_a_speaker,
    counts_casualties_together,
    counts_the_accused,
    counts_the_compensated,
    counts_the_found,
    counts_the_freed,
    counts_the_helpers,
    counts_things,
    counts_where_from,
    withdrawn_as_wrong,
)
from summarizer.verify.event_types import ACCIDENTS, TAKES_NO_CAPTIVES
from summarizer.verify.numbers import figures_in
from summarizer.verify.problem import Problem
from summarizer.verify.qualifiers import only_an_upper_bound, qualifier_conflict, zero_stated
from summarizer.verify.tallies import of_an_earlier_year, of_an_event_months_before, one_of_them_described, tally

# People taken and held over the days a page spans: one captivity, whatever its type.
_HOSTAGES_HELD = re.compile(r"\b(?:took|taken|taking|held|holding)\b[^.;]{0,80}?\bhostages?\b|\bhostages?\b[^.;]{0,40}?"
                            r"\b(?:held|taken)\b", re.I)


# "bringing the toll of the collapse to 19": the figure is the accident's, not a riot's that
# followed it.
_TOLL_OF_AN_ACCIDENT = re.compile(r"\b(?:toll|number\s+of\s+(?:dead|deaths))\s+(?:of|from|in)\s+the\s+(?:[\w-]+\s+)?"
                                  r"(?:collapse|crash|flood|flooding|landslide|capsizing|sinking|derailment|storm|quake"
                                  r"|earthquake|stampede|crush|accident|disaster)\b", re.I)


def hostages_held(text: str) -> bool:
    """Does `text` (an article) tell of people taken and held hostage?"""
    return bool(_HOSTAGES_HELD.search(text))


class CasualtyChecks:
    """The casualty checks of `rules.Verifier` (a mixin: it uses the verifier's
    cited-text helpers, its `english` flag, the page's summary lines and the
    report's year)."""

    def _stated_in_the_body(self, count: int) -> list[str]:
        """The sentences below the headline that state `count` (the dateline blanked)."""
        return [t for n, t in self.evidence_by_number.items() if n not in self.headlines and count in figures_in(t)]

    def _headline_tally(self, count: int, stating: list[int]) -> bool:
        """Is `count` stated only in the headline, and the body's every statement of it a
        tally over several incidents or a period (rule 16)?"""
        if not set(stating) <= self.headlines:
            return False
        body = self._stated_in_the_body(count)
        return bool(body) and tally(count, body)

    def _check_casualty(self, i: int, field: str, cas, event_type: str,  # noqa: ANN001 - DraftCasualty
                        own_region: str | None = None) -> list[Problem]:
        texts = self._texts(cas.sentences)
        cited = " ".join(texts)
        if cas.count == 0:
            if zero_stated(cas.category, texts):
                return []
            return [Problem(i, field, (
                f"a count of 0 {cas.category} needs a sentence saying none were {cas.category}; the cited "
                f"sentences {cas.sentences} do not: leave the entry out"))]
        if cas.count not in figures_in(cited):
            return [Problem(i, field, (
                f"the count {cas.count} ({cas.category}) is not stated in the cited sentences "
                f"{cas.sentences}; cite the sentence that states it, or correct the count"))]
        if cas.category == "captured/abducted" and event_type in TAKES_NO_CAPTIVES:  # rule 8
            return [Problem(i, field, (
                f"a {event_type} takes no one captive: {cas.count} captured/abducted is another incident's figure "
                "(an abduction's); leave it out here"))]
        if event_type not in ACCIDENTS + ("natural disaster",) and all(
                _TOLL_OF_AN_ACCIDENT.search(t) for t in texts):  # rule 8: another incident's figure
            return [Problem(i, field, (
                f"the cited sentences {cas.sentences} give {cas.count} as the toll of an accident or a disaster, "
                f"not of this {event_type}; leave it out here"))]
        if only_an_upper_bound(cas.count, texts):  # rule 10: "up to 25 people might still be missing"
            return [Problem(i, field, (
                f"the cited sentences {cas.sentences} give {cas.count} only as an upper bound (\"up to\", "
                "\"fewer than\", a range's high end), not as a count; leave it out, or give the range's low end "
                "as \"at least\""))]
        # Rule 8 knows English words of harm only.
        if self.english and not harm_named(cas.count, texts) and not presence_total(cas.count, texts):
            return [Problem(i, field, (
                f"the cited sentences {cas.sentences} give {cas.count} but say nothing of anyone killed, injured, "
                "captured or missing; leave it out unless a sentence states it as such a figure"))]
        other = category_conflict(cas.category, cas.count, texts)
        if other:  # rule 8: the figure is of another category
            return [Problem(i, field, (
                f"the cited sentences {cas.sentences} give {cas.count} as "
                f"{' / '.join(sorted(other))}, not {cas.category}; correct the category"))]
        if counts_casualties_together(cas.count, texts):  # rule 8: "18 casualties" is no one category's
            return [Problem(i, field, (
                f"the cited sentences {cas.sentences} give {cas.count} as casualties, the killed and injured "
                f"together, not as {cas.category}; leave it out unless a sentence gives a figure of one category"))]
        if withdrawn_as_wrong(cas.count, texts):  # rule 9: "said that the figure was wrong"
            return [Problem(i, field, (
                f"the cited sentences {cas.sentences} give {cas.count} as a figure its source withdrew as wrong; "
                "leave it out (the corrected figure stands)"))]
        if counts_things(cas.count, texts):  # rule 9: things, not people
            return [Problem(i, field, (
                f"the cited sentences {cas.sentences} count {cas.count} things (vehicles, buildings, records...), "
                f"not people; leave it out"))]
        if counts_the_accused(cas.count, texts):  # rule 9: arrests and trials are no casualties
            return [Problem(i, field, f"the cited sentences {cas.sentences} count {cas.count} people arrested, "
                                      f"charged, tried or surrendered, not {cas.category}; leave it out")]
        if counts_a_speaker(cas.count, texts):  # rule 9: "one of the drivers, Anton Velesh, told ..."
            return [Problem(i, field, f"the cited sentences {cas.sentences} give {cas.count} as a person quoted, "
                                      "not as a figure of the harmed; leave it out")]
        if counts_the_freed(cas.count, texts):  # rule 9: "17 of the abducted were freed on ..."
            return [Problem(i, field, f"the cited sentences {cas.sentences} count {cas.count} people freed, released, "
                                      "rescued or escaped: a release, no casualty figure; leave it out")]
        if counts_the_compensated(cas.count, texts):  # rule 9: "to the family of each of the 31 dead"
            return [Problem(i, field, f"the cited sentences {cas.sentences} count {cas.count} dead whose families "
                                      "are paid or compensated: a toll told for the payment, not this incident's "
                                      "figure; leave it out")]
        if counts_the_helpers(cas.count, texts):  # rule 9: "1,200 people joined the search"
            return [Problem(i, field, f"the cited sentences {cas.sentences} count {cas.count} people who searched, "
                                      "came to help or mourn the harmed, not anyone harmed; leave it out")]
        if cas.category == "missing" and counts_the_found(cas.count, texts):  # rule 9
            return [Problem(i, field, f"the cited sentences {cas.sentences} count {cas.count} people found alive "
                                      "after the search: no longer missing; leave it out")]
        if counts_where_from(cas.count, texts):  # rule 9: "one is from Carrow"
            return [Problem(i, field, f"the cited sentences {cas.sentences} count {cas.count} people by where they "
                                      f"are from, not {cas.category}; leave it out")]
        if counts_attackers(cas.count, texts):  # rule 9: "by two assailants"
            return [Problem(i, field, f"the cited sentences {cas.sentences} count {cas.count} attackers, not "
                                      f"{cas.category}; leave it out")]
        if presence_total(cas.count, texts):  # rule 9: people present, not harmed
            return [Problem(i, field, (
                f"the cited sentences {cas.sentences} give {cas.count} as the number of people present, "
                f"not as {cas.category}; leave it out unless a sentence states that figure"))]
        stating = [n for n in cas.sentences if n in self.evidence_by_number
                   and cas.count in figures_in(self.evidence_by_number[n])]
        # A page's summary line sums its days, each day's fighting an incident of its own;
        # a hostage-taking over three days is one captivity, and the line is its figure (a
        # prison siege typed a riot too: "Inmates ... took 14 guards ... hostage and held most
        # of them until the gendarmerie retook the prison", "Date: 2-6 May 2008").
        one_captivity = event_type == "abduction" or (event_type == "riot/protest" and self.hostages_held)
        if tally(cas.count, texts, own_region) or (not one_captivity and stating and (
                set(stating) <= self.page_totals or self._headline_tally(cas.count, stating))):  # rule 16
            return [Problem(i, field, (
                f"the cited sentences {cas.sentences} give {cas.count} as a tally over a period or several "
                "events, not as this incident's figure; leave it out unless a sentence states it for this incident"))]
        if one_of_them_described(cas.count, texts):  # rule 9: "two engineers, one of them a citizen of ..."
            return [Problem(i, field, (
                f"the cited sentences {cas.sentences} describe one member of a group (counted before it, or whose "
                f"relative someone is), not a figure of its own; give the group's figure, or leave it out"))]
        if self.report_year and of_an_earlier_year(cas.count, texts, self.report_year, self.report_month):  # rule 13
            return [Problem(i, field, (
                f"the cited sentences {cas.sentences} give {cas.count} as a figure of an event before "
                f"{self.report_year}, the year of the report, not of this incident; leave it out"))]
        if of_an_event_months_before(cas.count, texts):  # rule 13, with no year needed
            return [Problem(i, field, (
                f"the cited sentences {cas.sentences} give {cas.count} as the figure of an event months or "
                "years before (\"eight months after a blast killed 19\"), not of this incident; leave it out"))]
        said = qualifier_conflict(cas.qualifier, cas.count, texts)
        if not said and stating and set(stating) <= self.headlines:
            # "Shells kill 13 in Tallinor market" over "At least 13 people were killed": a
            # headline drops the body's qualifier; the body's statement of the figure decides.
            body = [t for t in self._stated_in_the_body(cas.count)
                    if not category_conflict(cas.category, cas.count, [t])]
            said = qualifier_conflict(cas.qualifier, cas.count, body) if body else None
        if said:  # rule 10
            return [Problem(i, field, (
                f'the cited sentences {cas.sentences} give {cas.count} as "{said}", '
                f'not "{cas.qualifier}"; correct the qualifier'))]
        return []
