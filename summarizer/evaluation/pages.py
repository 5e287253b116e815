"""`summarizer eval --html DIR`: one review page per gold case (predicted beside
gold, misses marked; see docs/review.md), the run's summary page (its headline
metrics charted against the baseline: score_views.py) and an index of them."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from summarizer.core.files import write_text_atomic
from summarizer.evaluation.gold import GoldCase
from summarizer.evaluation.metrics import from_draft, from_record, match, score_pair, wrong_fields
from summarizer.evaluation.runner import RunRecord

if TYPE_CHECKING:
    from summarizer.render.scores_page import SummaryView

SUMMARY_PAGE = "summary.html"


def case_misses(case: GoldCase, record: dict[str, Any] | None) -> tuple[list[tuple[int, int]], list[str]]:
    """The matched (predicted, gold) pairs and what the prediction got wrong, as
    the review page reads it: "N" (gold incident N not found), "N.field" (a
    wrong field of the prediction matched to gold incident N), or plain text."""
    golds = [from_draft(g) for g in case.incidents]
    preds = [from_record(i) for i in (record or {}).get("incidents", [])]
    pairs = match(preds, golds)
    misses: list[str] = []
    for p, g in pairs:
        # The scores' own verdict (metrics.score_pair), so a page never disagrees with the score.
        counts: Counter = Counter()
        score_pair(preds[p], golds[g], counts)
        misses += [f"{g + 1}.{name}" for name in wrong_fields(counts)]
    matched_g = {g for _, g in pairs}
    misses += [str(g + 1) for g in range(len(golds)) if g not in matched_g]
    matched_p = {p for p, _ in pairs}
    misses += [f"predicted incident {p + 1} is not in the gold" for p in range(len(preds)) if p not in matched_p]
    return pairs, misses


def write_pages(directory: Path, cases: list[GoldCase], run: RunRecord, summary: SummaryView | None = None) -> Path:
    """DIR/index.html, DIR/cases/<id>.html and, given its view
    (score_views.summary_view), DIR/summary.html; returns the index path."""
    from summarizer.core.schema import SummaryRecord
    from summarizer.render.case_page import render_case_page
    from summarizer.render.page import IndexEntry, render_index_page

    (directory / "cases").mkdir(parents=True, exist_ok=True)
    entries = []
    for case in cases:
        output = run.cases.get(case.id)
        if output is None:
            continue
        pairs, misses = case_misses(case, output.record)
        page = render_case_page(output.record, case.incidents, case.text, misses, pairs=pairs,
                                case_id=case.id, error=output.error, index_href="../index.html")
        href = f"cases/{case.id}.html"
        write_text_atomic(directory / href, page)
        record = SummaryRecord.model_validate(output.record) if output.record else None
        label = f"{case.id} ({case.split}, {len(misses)} miss{'es' if len(misses) != 1 else ''})"
        entries.append(IndexEntry(id=label, href=href, record=record, error=output.error))
    links = []
    if summary is not None:
        from summarizer.evaluation.score_views import write_summary

        write_summary(directory / SUMMARY_PAGE, summary)
        links.append((SUMMARY_PAGE, "Scores: this run against the baseline (charts)"
                      if summary.baseline is not None else "Scores (charts)"))
    index = directory / "index.html"
    write_text_atomic(index, render_index_page(entries, title=f"Eval run {run.created[:10]}: {run.model}",
                                               links=links))
    return index
