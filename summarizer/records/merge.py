"""Merging the drafts of an article's windows into one (see
summarizer.extract.windows for why an article is split): the same event seen by
two windows becomes one incident. The merged draft is then repaired and verified
against the whole article, once, by summarizer.records.answers."""

from __future__ import annotations

from summarizer.core.schema import Draft, DraftIncident, EventList, EventRef
from summarizer.verify.names import FILLER_WORDS, normalise


def _names_match(a: str, b: str) -> bool:
    """Stricter than the verifier's spelling-tolerant match: two windows naming
    "Tessit" and "Tessaret" are two places. Equal significant words, or the
    words of one within the other ("the town of Tessaret" / "Tessaret")."""
    x, y = _words(a), _words(b)
    return bool(x and y) and (x <= y or y <= x)


def _words(name: str) -> set[str]:
    words = normalise(name).split()
    return {w for w in words if w not in FILLER_WORDS} or set(words)


def _cited(inc: DraftIncident) -> set[int]:
    numbers = set(inc.summary_sentences) | set(inc.event_type_sentences) | set(inc.date_sentences)
    numbers |= set(inc.location_sentences)
    for item in (*inc.perpetrators, *inc.targets, *inc.casualties):
        numbers |= set(item.sentences)
    return numbers


def _place_relation(a: DraftIncident, b: DraftIncident) -> str:
    """"same", "conflict" or "unknown", at the finest level both give."""
    for attr in ("place", "admin_area"):
        x, y = getattr(a, attr), getattr(b, attr)
        if x and y:
            return "same" if _names_match(x, y) else "conflict"
    if a.country and b.country and not _names_match(a.country, b.country):
        return "conflict"
    return "unknown"  # a shared country alone says little: roundups list many events in one


def _date_relation(a: DraftIncident, b: DraftIncident) -> str:
    if a.date_iso and b.date_iso:
        return "same" if a.date_iso == b.date_iso else "conflict"
    if a.date_text and b.date_text and _names_match(a.date_text, b.date_text):
        return "same"
    return "unknown"


def same_event(a: DraftIncident, b: DraftIncident) -> bool:
    if a.event_type != b.event_type:
        return False
    place, when = _place_relation(a, b), _date_relation(a, b)
    if "conflict" in (place, when):
        return False
    return bool(_cited(a) & _cited(b)) or place == "same" or when == "same"


def _union(*lists: list[int]) -> list[int]:
    return sorted(set().union(*lists))


def _absorb(into: DraftIncident, other: DraftIncident) -> None:
    """Union `other` (the same event, seen by a later window) into `into`."""
    into.event_type_sentences = _union(into.event_type_sentences, other.event_type_sentences)
    if not (into.date_text or into.date_iso) or (not into.date_iso and other.date_iso):
        if other.date_text or other.date_iso:
            into.date_text, into.date_iso = other.date_text, other.date_iso
            into.date_sentences = list(other.date_sentences)
    filled = False
    for attr in ("place", "admin_area", "country"):
        if not getattr(into, attr) and getattr(other, attr):
            setattr(into, attr, getattr(other, attr))
            filled = True
    if filled:
        into.location_sentences = _union(into.location_sentences, other.location_sentences)
    for kind in ("perpetrators", "targets"):
        mine = getattr(into, kind)
        for actor in getattr(other, kind):
            twin = next((x for x in mine if _names_match(x.name, actor.name)), None)
            if twin is None:
                mine.append(actor)
            else:
                twin.sentences = _union(twin.sentences, actor.sentences)
    for cas in other.casualties:
        twin = next((c for c in into.casualties if c.category == cas.category and c.count == cas.count and (
            set(c.sentences) & set(cas.sentences)
            or (c.reported_by or "") == (cas.reported_by or "")
            or (c.reported_by and cas.reported_by and _names_match(c.reported_by, cas.reported_by))
        )), None)
        if twin is None:
            into.casualties.append(cas)
        else:
            twin.sentences = _union(twin.sentences, cas.sentences)


def merge_drafts(drafts: list[Draft]) -> Draft:
    """One draft from the windows' drafts, duplicates merged (module docstring)."""
    merged: list[tuple[DraftIncident, set[int]]] = []  # (incident, windows it came from)
    for w, draft in enumerate(drafts):
        for inc in draft.incidents:
            inc = inc.model_copy(deep=True)
            target = next((m for m in merged if w not in m[1] and same_event(m[0], inc)), None)
            if target is None:
                merged.append((inc, {w}))
            else:
                _absorb(target[0], inc)
                target[1].add(w)
    # Constructed, not validated: every incident was validated in its window,
    # and a long article may hold more events than one answer may list.
    return Draft.model_construct(incidents=[inc for inc, _ in merged])


def merge_events(lists: list[EventList]) -> EventList:
    """One event list from the windows' lists: two events of the same type that
    share a sentence (the overlap, or the first sentence repeated in every
    window) are one event, their sentences joined; events of one window are never
    merged with each other (the model already told them apart)."""
    merged: list[tuple[EventRef, set[int]]] = []  # (event, windows it came from)
    for w, events in enumerate(lists):
        for event in events.events:
            twin = next((m for m in merged if w not in m[1] and m[0].type == event.type
                         and set(m[0].sentences) & set(event.sentences)), None)
            if twin is None:
                merged.append((event.model_copy(deep=True), {w}))
            else:
                twin[0].sentences = sorted(set(twin[0].sentences) | set(event.sentences))
                twin[1].add(w)
    # Constructed, not validated: a long article may hold more events than one answer may list.
    return EventList.model_construct(events=[e for e, _ in merged])
