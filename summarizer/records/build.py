"""Turn a draft (sentence numbers from the model) into record incidents (citations
with text and offsets attached by the program), marking every field the verifier
did not accept. Nothing the model said is dropped: an unverified field is kept,
flagged, and carries the verifier's reasons."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from summarizer.core.schema import (
    Actor,
    Casualty,
    Citation,
    DateValue,
    Draft,
    EventTypeValue,
    Incident,
    LocationValue,
    TextValue,
)
from summarizer.read.segment import Sentence
from summarizer.verify.rules import Problem


def _citations(numbers: list[int], by_number: dict[int, Sentence]) -> list[Citation]:
    seen: list[int] = []
    for n in numbers:
        if n in by_number and n not in seen:
            seen.append(n)
    return [
        Citation(sentence=n, text=by_number[n].text, start=by_number[n].start, end=by_number[n].end)
        for n in sorted(seen)
    ]


def _iso(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None  # the verifier has already flagged it; the raw text stays in problems


UNESTABLISHED = "the incident's event type is not verified, so the incident itself is not established"
DATED_EARLIER = ("the incident is dated at an earlier event than the report's, so it may be that event told again: "
                 "nothing in it is verified")


def build_incidents(draft: Draft, sentences: list[Sentence], problems: list[Problem]) -> list[Incident]:
    by_number = {s.n: s for s in sentences}
    issues: dict[tuple[int, str], list[str]] = defaultdict(list)
    for p in problems:
        issues[(p.incident, p.field)].append(p.message)
    doubted = {p.incident for p in problems if p.field == "event_type" and p.incident_in_doubt}
    dated_earlier = {p.incident for p in problems if p.earlier_event}

    def check(i: int, field: str, numbers: list[int]) -> dict:
        reasons = list(issues.get((i, field), []))
        if field != "event_type" and i in doubted and not reasons:
            # An incident whose kind the article does not state is not established,
            # so nothing in it is verified: its values may come from a sentence of
            # background, or of another event.
            reasons.append(UNESTABLISHED)
        elif field != "date" and i in dated_earlier and not reasons:
            reasons.append(DATED_EARLIER)
        return {
            "citations": _citations(numbers, by_number),
            "verified": not reasons,
            "problems": list(reasons),
        }

    background = {p.incident for p in problems if p.background}
    incidents = []
    for i, d in enumerate(draft.incidents):
        if i in background:
            continue  # not an incident: the verifier's message says to leave it out; the answer keeps it
        date_value = None
        if d.date_text or d.date_iso:
            date_value = DateValue(
                text=d.date_text or d.date_iso or "",
                iso=_iso(d.date_iso),
                **check(i, "date", d.date_sentences),
            )
        location = None
        if any([d.place, d.admin_area, d.country]):
            location = LocationValue(
                place=d.place, admin_area=d.admin_area, country=d.country,
                **check(i, "location", d.location_sentences),
            )
        incidents.append(Incident(
            summary=TextValue(value=d.summary, **check(i, "summary", d.summary_sentences)),
            event_type=EventTypeValue(value=d.event_type, **check(i, "event_type", d.event_type_sentences)),
            date=date_value,
            location=location,
            perpetrators=[
                Actor(name=a.name, **check(i, f"perpetrators[{j}]", a.sentences))
                for j, a in enumerate(d.perpetrators)
            ],
            targets=[
                Actor(name=a.name, **check(i, f"targets[{j}]", a.sentences))
                for j, a in enumerate(d.targets)
            ],
            casualties=[
                Casualty(
                    category=c.category, count=c.count, qualifier=c.qualifier,
                    who=c.who, reported_by=c.reported_by,
                    **check(i, f"casualties[{j}]", c.sentences),
                )
                for j, c in enumerate(d.casualties)
            ],
        ))
    return incidents


def count_unverified(incidents: list[Incident]) -> int:
    n = 0
    for inc in incidents:
        fields = [inc.summary, inc.event_type, inc.date, inc.location,
                  *inc.perpetrators, *inc.targets, *inc.casualties]
        n += sum(1 for f in fields if f is not None and not f.verified)
    return n
