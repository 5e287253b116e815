"""Casualty figures the model left out, read from the event's own sentences.

A 1.5B model asked for an event's figures gives some and skips others: "killing two
civilians and wounding nine others", "the hospital put the toll at 17", "Twenty-four
people were killed in Sarrow". Of the gold figures of matched incidents on dev, about a
third were missing from its answers while extra ones were rare. A figure whose clause
names exactly one kind of harm is a figure a program can read; the record adds it when
the verifier, run on it alone, finds nothing wrong with it (the rules that catch tallies,
earlier years, things counted, people present or freed, ages and ordinals), and leaves
it out otherwise: an added figure is never an unverified one.
"""

from __future__ import annotations

import re

from summarizer.core.schema import DraftCasualty, DraftIncident
from summarizer.records.regions import town_named
from summarizer.verify.categories import CLAUSES, categories_named
from summarizer.verify.names import name_in_text
from summarizer.verify.numbers import figure_mentions
from summarizer.verify.qualifiers import lower_bounds
from summarizer.verify.rules import Verifier


# Who was taken is read from too many verbs that take things ("took 200,000 intis from
# the safe", "demanded 300 million for the 18 workers still held"), and a count in the
# thousands is more often records, money or a year than people harmed.
_NOT_READ = {"captured/abducted"}
_LARGEST = 1000


def figures_told(incident: DraftIncident, numbers: list[int], evidence: dict[int, str],
                 verifier: Verifier, first_body: int) -> list[DraftCasualty]:
    """The figures the incident's sentences `numbers` state that its casualties do not
    hold (no entry of the same count), each with the one sentence that states it and
    the kind of harm its clause names, kept only when the verifier passes it."""
    given = {c.count for c in incident.casualties}
    # Only the sentences the record already rests on (its summary, type, date, place and
    # figures): a long page or a list of entries gives other events' figures elsewhere.
    core = {*incident.summary_sentences, *incident.event_type_sentences, *incident.date_sentences,
            *incident.location_sentences, *(n for c in incident.casualties for n in c.sentences)}
    found: list[DraftCasualty] = []
    # (a headline's figure is the lead's again, or a total of more than this incident:
    # "Cyclone Teodra toll reaches 38" over two provinces)
    for n in [n for n in numbers if n in core and n >= first_body]:
        text = evidence.get(n, "")
        if _elsewhere(text, incident.place) or _WIDER.search(text):
            continue
        for clause in CLAUSES.split(text):
            named = categories_named(clause)
            if len(named) != 1 or named & _NOT_READ:
                continue
            for mention in figure_mentions(clause):
                # (a count of 1 is the model's habit and the text's "one of"; 0 is no figure)
                if mention.value in given or mention.value < 2 or mention.value >= _LARGEST:
                    continue
                # the kind of harm named next to the number, and no other in its clause
                if categories_named(clause[max(0, mention.start - 30):mention.end + 50]) != named:
                    continue
                category = next(iter(named))
                qualifier = "at least" if lower_bounds(mention.value, [text]) == {True} else "exact"
                figure = DraftCasualty(category=category, count=mention.value, qualifier=qualifier, sentences=[n])
                if _passes(figure, incident, verifier):
                    found.append(figure)
                    given.add(mention.value)
    return found


# "In Dabrovo, a market town in Kessel region, police fired ..., killing three": a
# sentence that puts its act in another town tells another incident (the model's event
# may have gathered several towns' sentences).
_OPENS_IN = re.compile(r"^\W*(?:In|At|Near)\s+(?P<name>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?)\s*,")


# A figure of a wider toll the verifier may let pass (it can be the incident's own when
# the incident spans the region): not one for the program to add on its own.
_WIDER = re.compile(r"\b(?:for|across)\s+the\s+(?:whole\s+)?(?:province|region|district|country|state|county"
                    r"|department)\b|\bthis\s+week\b|\bsince\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
                    r"|Sunday)\b")
# "in Hessenby, another village of Dunlarrow Province"
_ANOTHER_TOWN = re.compile(r"\b(?:in|at|near)\s+(?P<name>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?),\s+another\s+"
                           r"(?:village|town|city|hamlet)\b")


def _elsewhere(text: str, place: str | None) -> bool:
    if not place:
        return False
    opens = _OPENS_IN.match(text)
    other = _ANOTHER_TOWN.search(text)
    towns = [name for name in (opens["name"] if opens else None, town_named(text), other["name"] if other else None)
             if name]
    return any(not (name_in_text(place, town) or name_in_text(town, place)) for town in towns)


def _passes(figure: DraftCasualty, incident: DraftIncident, verifier: Verifier) -> bool:
    # the whole incident's rules, as the record will be verified (the casualty rules alone
    # miss "the harm in Vado Hondo, not in this incident's place")
    alone = incident.model_copy(update={"casualties": [figure]})
    return not any(p.field.startswith("casualties") for p in verifier.check_incident(0, alone))
