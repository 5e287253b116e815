"""Records are rebuilt from the model's answers, never stored as the last word.

What the model said (the JSON text of the answer each request's draft came
from: one per window) is the expensive part and does not change; what we make
of it (repairs, verification rules, citation text) changes with our code. So the
cache and the eval runs keep the answers, and every record, fresh or cached, is
`record_from_answers(...)` with the verifier of the code that runs now:

  * a cache hit made before a verifier change gets today's verdicts, so a batch
    re-run never mixes verdicts of two rule sets;
  * `summarizer eval gate` re-verifies the committed run's answers, so a change
    to repair.py or verify.py is scored by CI without a model.
"""

from __future__ import annotations

from pydantic import ValidationError

from summarizer.core.errors import VerificationError
from summarizer.core.schema import (
    ArticleInfo,
    Draft,
    Provenance,
    SummaryRecord,
    article_sha256,
)
from summarizer.read.segment import Sentence, segment
from summarizer.records.build import build_incidents, count_unverified
from summarizer.records.merge import merge_drafts
from summarizer.verify.repair import repair_draft
from summarizer.verify.rules import Problem, Verifier


def verify_answers(answers: list[str], sentences: list[Sentence], text: str) -> tuple[Draft, list[Problem]]:
    """The draft the answers make (windows merged as extract_windowed does) and
    the current verifier's problems with it."""
    if not answers:
        raise VerificationError("no model answer to build a record from")
    try:
        drafts = [Draft.model_validate_json(a) for a in answers]
    except ValidationError as exc:
        # Only a stored answer from another schema version can get here (the
        # schema version is part of every cache key and run record).
        raise VerificationError(f"a stored answer no longer fits the schema ({exc.error_count()} errors)") from None
    verifier = Verifier(sentences, text)
    if len(drafts) == 1:
        draft = drafts[0]
    else:
        # Each window's answer was repaired before merging; repairs depend only on
        # the article's dateline, the same for every window.
        for d in drafts:
            repair_draft(d, verifier.anchor, stated=verifier.states_date)
        draft = merge_drafts(drafts)
    return draft, verifier(draft)


def record_from_answers(
    text: str, answers: list[str], provenance: Provenance, source: str | None = None,
    sentences: list[Sentence] | None = None,
) -> SummaryRecord:
    """The record `answers` give for the article `text`, verified now."""
    sentences = sentences if sentences is not None else segment(text)
    draft, problems = verify_answers(answers, sentences, text)
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
