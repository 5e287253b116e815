"""Repair a draft before it is verified: five deterministic repairs of what a
small model gets wrong, each derived from the model's own answer and the article,
never from outside knowledge.

1. Dates: where the stated date alone pins down one day ("on Sunday" under a
   dated dateline, "11/03/2014"), date_iso is set to it. The program counts days
   back more reliably than a 1.5B model. A phrase that is part of a full date the
   article writes ("on April 3" of "On April 3, 2026,") takes that date. A phrase
   the article states only in its dateline (the day of writing) is never
   resolved: it is not the event's date.
2. Restatements: a small model tends to make every sentence an incident ("A local
   official said 19 soldiers died" becomes a second attack). An incident with no
   place and no date of its own, whose event type is the same as the preceding
   incident's (or "other"), is folded into that incident: its casualty figures
   are added (each keeps its own cited sentences and is verified as usual); the
   rest of it (summary, and actors, usually the speaker mislabelled) is dropped. A genuinely separate event
   nearly always states where or when it happened; the rule never folds one
   that does.
3. Background: an incident of type "other" with no perpetrator, no target and no
   casualty figure is a sentence of background ("the army has since closed the
   market"), not an incident: it is dropped. The gold set has no such incident,
   and the model made three of them in 33 articles (evals, 2026-11-25).
4. Owners: a target that is a thing hit ("computer systems") becomes its owner
   when the target's own sentence names it as such: "the computer systems of
   Saint Orla Health", "computers at Selmar Water and Power", "Arden General
   Hospital's servers". The owner is who was attacked (rule 12); a thing without
   a named owner stays, and is flagged.
5. Pointers: a location part that points at a place ("THIS" of "85 KM EAST OF
   THIS CITY", "THIS PORT CITY") or is a cut-short label ("Prov.", "Est.") names
   none: it is dropped, and the rest of the location is verified on its own (the
   location is verified as a whole, so such a part made a right place unverified).
   And a spell of weather told over some days ("a cold spell from 2 to 5 February
   2023") is dated by its first day, as the gold is (docs/eval.md, "Dates").
"""

from __future__ import annotations

import re
from datetime import date
from typing import Callable

from summarizer.core.schema import Draft, DraftIncident
from summarizer.verify.cues import a_spell
from summarizer.verify.dates import first_day_of_a_span, pins_no_day, resolve
from summarizer.verify.party_names import names_a_thing_hit
from summarizer.verify.names import points_at_a_place, written_in_capitals


def resolve_dates(draft: Draft, anchor: date | None, stated: Callable[[str], bool] | None = None,
                  spelled_out: Callable[[str], set[date]] | None = None) -> None:
    """`stated(phrase)`: does the article state the phrase outside its dateline?
    `spelled_out(phrase)`: the full dates the article writes that contain the
    phrase ("on April 3" within "On April 3, 2026,")."""
    for inc in draft.incidents:
        # A span of days ("14-15 June 2017") is no one day, though the article
        # writes each of them elsewhere ("On 15 June 2017, ...").
        # (nor is a bound: "on or before 12 May 2024")
        if inc.date_text and (stated is None or stated(inc.date_text)) and not pins_no_day(inc.date_text):
            days = resolve(inc.date_text, anchor) or (spelled_out(inc.date_text) if spelled_out else set())
            if len(days) == 1:
                inc.date_iso = next(iter(days)).isoformat()


def _anchored(inc: DraftIncident) -> bool:
    return bool(inc.place or inc.admin_area or inc.country or inc.date_text or inc.date_iso)


def _fold(into: DraftIncident, extra: DraftIncident) -> None:
    # Only casualty figures move: they are what a restatement adds ("a local
    # official said 19 died"), and each is verified against its own sentence.
    # A restatement's actors are usually the speaker mislabelled as a party.
    have_figures = {(c.category, c.count, tuple(c.sentences)) for c in into.casualties}
    for cas in extra.casualties:
        if (cas.category, cas.count, tuple(cas.sentences)) not in have_figures:
            into.casualties.append(cas)


def fold_restatements(draft: Draft) -> int:
    """Fold restatement incidents into the incident they restate; returns how many."""
    kept: list[DraftIncident] = []
    folded = 0
    for inc in draft.incidents:
        previous = kept[-1] if kept else None
        if (previous is not None and not _anchored(inc)
                and inc.event_type in (previous.event_type, "other")):
            _fold(previous, inc)
            folded += 1
            continue
        kept.append(inc)
    draft.incidents[:] = kept
    return folded


def drop_background(draft: Draft) -> int:
    """Drop "other" incidents that name no party and no casualty; returns how many."""
    kept = [inc for inc in draft.incidents
            if not (inc.event_type == "other" and not (inc.perpetrators or inc.targets or inc.casualties))]
    dropped = len(draft.incidents) - len(kept)
    draft.incidents[:] = kept
    return dropped


# A name: capitalised words, joined by "and", "&", "of" or "de" ("Selmar Water and Power").
_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:(?:and|&|of|de|the)\s+)?[A-Z][\w'’.-]*)*"


def owner_named(thing: str, texts: list[str]) -> str | None:
    """The organisation a cited sentence says the thing hit belongs to."""
    word = thing.split()[-1] if thing.split() else ""
    if not word:
        return None
    for text in texts:
        if written_in_capitals(text):
            continue  # every word looks like a name
        after = re.search(rf"\b{re.escape(word)}\s+(?:of|at)\s+(?:the\s+)?(?P<name>{_NAME})", text)
        before = re.search(rf"(?P<name>{_NAME})['’]s\s+(?:[\w-]+\s+){{0,3}}?{re.escape(word)}\b", text)
        for m in (after, before):
            if m and len(m["name"].split()) <= 6:
                return m["name"]
    return None


def name_owners(draft: Draft, texts: Callable[[list[int]], list[str]]) -> int:
    """Replace each thing-hit target by its owner where a cited sentence names one; returns how many."""
    replaced = 0
    for inc in draft.incidents:
        kept = []
        for actor in inc.targets:
            owner = (owner_named(actor.name, texts(actor.sentences)) if names_a_thing_hit(actor.name, inc.event_type)
                     else None)
            if owner:
                actor.name, replaced = owner, replaced + 1
            if all(actor.name.casefold() != other.name.casefold() for other in kept):
                kept.append(actor)
        inc.targets[:] = kept
    return replaced


def repair_draft(draft: Draft, anchor: date | None, stated: Callable[[str], bool] | None = None,
                 spelled_out: Callable[[str], set[date]] | None = None,
                 texts: Callable[[list[int]], list[str]] | None = None) -> None:
    """`texts(numbers)`: the evidence text of those sentences (dateline blanked)."""
    fold_restatements(draft)
    drop_background(draft)
    resolve_dates(draft, anchor, stated, spelled_out)
    drop_pointers(draft)
    if texts is not None:
        name_owners(draft, texts)
        date_spells(draft, texts)


def drop_pointers(draft: Draft) -> int:
    """Repair 5: drop each location part that points at a place or cuts a label short."""
    dropped = 0
    for inc in draft.incidents:
        for attr in ("place", "admin_area", "country"):
            value = getattr(inc, attr)
            if value and points_at_a_place(value):
                setattr(inc, attr, None)
                dropped += 1
    return dropped


def date_spells(draft: Draft, texts: Callable[[list[int]], list[str]]) -> int:
    """Repair 5: a spell of weather with no date_iso, told over some days of one month, takes its
    first day."""
    dated = 0
    for inc in draft.incidents:
        first = first_day_of_a_span(inc.date_text or "") if not inc.date_iso else None
        if first and a_spell(inc.event_type, texts([*inc.event_type_sentences, *inc.date_sentences])) \
                and inc.date_text and any(inc.date_text in t for t in texts(inc.date_sentences)):
            inc.date_iso = first.isoformat()
            dated += 1
    return dated
