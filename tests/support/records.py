"""A record built the way the pipeline builds one (summarizer.records), from a
hand-written draft and hand-picked problems, with fixed provenance: for the
rendering tests."""

from __future__ import annotations

from summarizer.core.schema import Draft, Provenance, SummaryRecord, Usage
from summarizer.read.segment import segment
from summarizer.records.answers import assemble_record
from summarizer.verify.rules import Problem
from support.drafts import GOOD


def make_record(article: str, draft: dict | None = None, problems: list[Problem] = (),
                source: str | None = "tests/data/kordavia-convoy.txt", cached: bool = False) -> SummaryRecord:
    """A record built the way the pipeline builds one, with fixed provenance."""
    provenance = Provenance(model="fake-model", endpoint="http://127.0.0.1:8080/v1",
                            prompt_version="prompt-v1", schema_version="schema-v1", cached=cached,
                            seconds=2.5, usage=Usage(prompt_tokens=912, completion_tokens=301, requests=2, reasks=1))
    return assemble_record(article, segment(article), Draft.model_validate(draft or GOOD), list(problems),
                           provenance, source)


UNVERIFIED = [Problem(0, "casualties[1]", 'count 19 does not appear in sentence 2 as "19" or "nineteen"')]
