"""Records are rebuilt from the model's answers, never stored as the last word.

What the model said is the expensive part and does not change; what we make of
it (citations, summary, places, qualifiers, repairs, verification rules,
citation text) changes with our code. So the cache and the eval runs keep the
answers, and every record, fresh or cached, is `record_from_answers(...)` with
the code that runs now. Two forms of answer are read:

  * the two-stage answer (summarizer.extract.stages): one JSON text per article,
    `{"stages": 2, "events": [...], "merged": {...}, "fields": [...]}`, from which
    summarizer.records.derive builds the draft;
  * the single draft the model wrote before that (one per window, merged):
    answers kept in older eval runs and caches.

Either way the draft is then repaired and verified once, here:

  * a cache hit made before a verifier change gets today's verdicts, so a batch
    re-run never mixes verdicts of two rule sets;
  * `summarizer eval gate` re-verifies the committed run's answers, so a change
    to repair.py or verify.py is scored by CI without a model.
"""

from __future__ import annotations

import json

from pydantic import ValidationError

from summarizer.core.errors import VerificationError
from summarizer.core.schema import (
    ArticleInfo,
    Draft,
    EventFields,
    EventList,
    Provenance,
    SummaryRecord,
    article_sha256,
)
from summarizer.read.segment import Sentence, segment
from summarizer.records.build import build_incidents, count_unverified
from summarizer.records.derive import Article, draft_from_stages
from summarizer.records.merge import merge_drafts, merge_events
from summarizer.verify.repair import repair_draft
from summarizer.verify.rules import Problem


def verify_answers(answers: list[str], sentences: list[Sentence], text: str,
                   article: Article | None = None) -> tuple[Draft, list[Problem]]:
    """The draft the answers make and the current verifier's problems with it.
    `article`: the article as read already (its answers were checked against it)."""
    if not answers:
        raise VerificationError("no model answer to build a record from")
    article = article if article is not None else Article(sentences, text)
    staged = _two_stage(answers)
    if staged is not None:
        events, fields = staged
        draft = draft_from_stages(events, fields, article)
        return draft, article.verifier(draft)
    try:
        drafts = [Draft.model_validate_json(a) for a in answers]
    except ValidationError as exc:
        # Only a stored answer from another schema version can get here (the
        # schema version is part of every cache key and run record).
        raise VerificationError(f"a stored answer no longer fits the schema ({exc.error_count()} errors)") from None
    verifier = article.verifier
    if len(drafts) == 1:
        draft = drafts[0]
    else:
        # Each window's answer was repaired before merging; repairs depend only on
        # the article (its dateline, its sentences), the same for every window.
        for d in drafts:
            repair_draft(d, verifier.anchor, stated=verifier.states_date, spelled_out=verifier.spelled_out,
                         texts=verifier.evidence)
        draft = merge_drafts(drafts)
    return draft, verifier(draft)


def _two_stage(answers: list[str]) -> tuple[EventList, list[EventFields | None]] | None:
    """The events and per-event fields of a two-stage answer; None for a draft."""
    try:
        data = json.loads(answers[0])
    except ValueError:
        raise VerificationError("a stored answer is not JSON") from None
    if not (isinstance(data, dict) and data.get("stages") == 2):
        return None
    try:
        events = EventList.model_validate(data["merged"])
        fields = [None if f is None else EventFields.model_validate_json(f) for f in data["fields"]]
    except (KeyError, TypeError, ValidationError) as exc:
        raise VerificationError(f"a stored two-stage answer is incomplete ({type(exc).__name__})") from None
    if len(fields) != len(events.events):
        raise VerificationError("a stored two-stage answer has fields for another number of events")
    return events, fields


def regrouped(text: str, answers: list[str], article: Article | None = None) -> bool:
    """Would today's refinement (summarizer.verify.events) group the kept events
    answers otherwise than when the fields were asked? Then the kept fields answer
    incidents the program no longer makes: a rebuild from them shows the old
    grouping, and only the model can answer the new one (the eval asks again)."""
    try:
        data = json.loads(answers[0]) if answers else None
    except ValueError:
        return False
    if not (isinstance(data, dict) and data.get("stages") == 2 and isinstance(data.get("events"), list)):
        return False
    try:
        events = merge_events([EventList.model_validate_json(a) for a in data["events"]])
    except (TypeError, ValidationError):
        return False
    article = article if article is not None else Article(segment(text), text)
    return article.refine(events).model_dump(mode="json") != data.get("merged")


def record_from_answers(
    text: str, answers: list[str], provenance: Provenance, source: str | None = None,
    sentences: list[Sentence] | None = None, article: Article | None = None,
) -> SummaryRecord:
    """The record `answers` give for the article `text`, verified now.
    `sentences` and `article`: the article segmented and read already."""
    sentences = sentences if sentences is not None else segment(text)
    draft, problems = verify_answers(answers, sentences, text, article)
    record = assemble_record(text, sentences, draft, problems, provenance, source)
    record.answers = list(answers)
    return record


def assemble_record(text: str, sentences: list[Sentence], draft: Draft, problems: list[Problem],
                    provenance: Provenance, source: str | None = None) -> SummaryRecord:
    """A verified draft and its problems as a SummaryRecord: citations attached,
    every field the problems name marked unverified, the totals counted."""
    incidents = build_incidents(draft, sentences, problems)
    unverified = count_unverified(incidents)
    return SummaryRecord(
        article=ArticleInfo(source=source, sha256=article_sha256(text),
                            chars=len(text), sentences=len(sentences)),
        incidents=incidents, verified=unverified == 0, unverified_fields=unverified,
        provenance=provenance,
    )
