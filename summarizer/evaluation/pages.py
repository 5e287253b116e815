"""`summarizer eval --html DIR`: one review page per gold case (predicted beside
gold, misses marked; see docs/review.md) and an index of them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from summarizer.evaluation.gold import GoldCase
from summarizer.evaluation.metrics import (
    CATEGORIES, _exact, date_correct, from_draft, from_record, location_correct, match, matched_count, same_name,
)
from summarizer.evaluation.runner import RunRecord
from summarizer.files import write_text_atomic


def case_misses(case: GoldCase, record: dict[str, Any] | None) -> tuple[list[tuple[int, int]], list[str]]:
    """The matched (predicted, gold) pairs and what the prediction got wrong, as
    the review page reads it: "N" (gold incident N not found), "N.field" (a
    wrong field of the prediction matched to gold incident N), or plain text."""
    golds = [from_draft(g) for g in case.incidents]
    preds = [from_record(i) for i in (record or {}).get("incidents", [])]
    pairs = match(preds, golds)
    misses: list[str] = []
    for p, g in pairs:
        pred, gold, n = preds[p], golds[g], g + 1
        if pred.event_type != gold.event_type:
            misses.append(f"{n}.event_type")
        if (pred.has_date() or gold.has_date()) and not date_correct(pred, gold):
            misses.append(f"{n}.date")
        if (pred.has_location() or gold.has_location()) and not location_correct(pred, gold):
            misses.append(f"{n}.location")
        for kind in ("perpetrators", "targets"):
            mine, theirs = getattr(pred, kind), getattr(gold, kind)
            if not len(mine) == len(theirs) == matched_count(mine, theirs, same_name):
                misses.append(f"{n}.{kind}")
        for cat in CATEGORIES:
            mine = [c for c in pred.casualties if c.category == cat]
            theirs = [c for c in gold.casualties if c.category == cat]
            if not len(mine) == len(theirs) == matched_count(mine, theirs, _exact):
                misses.append(f"{n}.{cat}")
    matched_g = {g for _, g in pairs}
    misses += [str(g + 1) for g in range(len(golds)) if g not in matched_g]
    matched_p = {p for p, _ in pairs}
    misses += [f"predicted incident {p + 1} is not in the gold" for p in range(len(preds)) if p not in matched_p]
    return pairs, misses


def write_pages(directory: Path, cases: list[GoldCase], run: RunRecord) -> Path:
    """DIR/index.html and DIR/cases/<id>.html; returns the index path."""
    from summarizer.report_case import render_case_page
    from summarizer.report_html import IndexEntry, render_index_page
    from summarizer.schema import SummaryRecord

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
    index = directory / "index.html"
    write_text_atomic(index, render_index_page(entries, title=f"Eval run {run.created[:10]}: {run.model}"))
    return index
