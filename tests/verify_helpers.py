"""Helpers the verifier-rule tests share: verify one made-up incident against an
article, and refine a made-up events answer over it (the batch files of new rules,
`tests/test_verify_*_batch.py`). Importable because pytest puts tests/ on the path
(the conftest's folder, the default "prepend" import mode)."""

from __future__ import annotations

from summarizer.core.schema import Draft, DraftIncident, EventList, EventRef
from summarizer.read.segment import segment
from summarizer.records.derive import Article

_BASE = dict(summary="x", summary_sentences=[1], event_type="armed attack", event_type_sentences=[1])


def problems(text: str, **incident):  # noqa: ANN201 - a list of verify.Problem
    """The verifier's problems with one incident (an armed attack citing sentence 1,
    unless `incident` says otherwise) of the article `text`."""
    return Article(segment(text), text).verifier(Draft(incidents=[DraftIncident(**{**_BASE, **incident})]))


def refined(text: str, *events: tuple[str, list[int]]) -> list[tuple[str, list[int]]]:
    """The refinement's events (type, sentences) for an events answer of `events` over `text`."""
    article = Article(segment(text), text)
    given = EventList(events=[EventRef(type=t, sentences=s) for t, s in events])
    return [(e.type, e.sentences) for e in article.refine(given).events]


def fields(found) -> list[str]:  # noqa: ANN001 - verify.Problem list
    """The fields a verifier's problems name."""
    return [p.field for p in found]


def casualty(category: str, count: int, sentences: list[int]) -> list[dict]:
    """One exact casualty figure of `category`, citing `sentences`, as an incident's casualties."""
    return [dict(category=category, count=count, qualifier="exact", who="people", sentences=sentences)]
