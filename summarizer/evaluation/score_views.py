"""What the eval's score pages show (docs/eval.md, "Seeing the scores"):

  * the summary page of `summarizer eval --html DIR` (DIR/summary.html): the
    headline metrics of this run beside the baseline's, per split, with the
    very numbers the command prints (the same Judgement, the same formatting),
    the cost per article and both runs' metadata;
  * the history page of `summarizer eval history`: every run record in
    evals/runs/, each re-scored against the current gold as `eval compare`
    does (runner.rescore), the baseline's run marked.

The metrics, their labels and their formatting are report.py's and gate.py's;
the pages themselves are drawn by summarizer.render.scores_page.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from summarizer.core.errors import InputError
from summarizer.core.files import write_text_atomic
from summarizer.evaluation.gate import HEADLINE, Judgement, baseline_target
from summarizer.evaluation.gold import SPLITS, GoldCase
from summarizer.evaluation.report import COST_ROWS, fmt, label, shown_splits
from summarizer.evaluation.runner import RunRecord, load_run, rescore, run_files
from summarizer.render.scores_page import (
    HistoryRun,
    HistoryView,
    Metric,
    SummaryView,
    render_history_page,
    render_summary_page,
)

HISTORY_SPLITS = (*SPLITS, "all")


def headline_metrics() -> list[Metric]:
    """The gated metrics in gate.HEADLINE's order (verified precision and recall first)."""
    return [Metric(name, label(name), lower_is_better=not higher) for name, (higher, _) in HEADLINE.items()]


def run_meta(run: RunRecord, where: str) -> list[tuple[str, str]]:
    return [("run record", where), ("date", run.created),
            ("model", run.model + (" (embedded)" if run.embedded else "")),
            ("prompt version", run.prompt_version), ("schema version", run.schema_version),
            ("splits", "+".join(run.splits)), ("cases", str(len(run.cases))),
            ("parameters", json.dumps(run.params, sort_keys=True) if run.params else "-")]


# -- the summary page -----------------------------------------------------------------


def summary_view(run: RunRecord, run_label: str, verdict: Judgement | None = None,
                 base: RunRecord | None = None, base_label: str = "") -> SummaryView:
    """The summary page of a run; with the verdict against a baseline (gate.judge)
    it shows what `summarizer eval` prints then: both runs re-scored on the cases
    the baseline can be scored on, and the metrics the gate refused."""
    current = verdict.current if verdict is not None else run.metrics
    splits = shown_splits(run.splits, current)
    notes, meta = [], [("This run", run_meta(run, run_label))]
    if verdict is None or base is None:
        notes.append("No baseline to compare with: this run's scores alone.")
    else:
        meta.append(("Baseline", run_meta(base, base_label)))
        compared = current.get("all", {}).get("articles")
        notes.append(f"Both runs scored against the current gold on the {fmt('articles', compared)} case(s) "
                     "the baseline can be scored on.")
        if verdict.skipped:
            notes.append("Not compared (new or edited since the baseline): " + ", ".join(verdict.skipped) + ".")
    return SummaryView(
        title=f"Eval scores {run.created[:10]}: {run.model}",
        metrics=headline_metrics(), cost=[Metric(n, label(n)) for n, _ in COST_ROWS],
        splits=splits, current={s: current[s] for s in splits}, fmt=fmt,
        baseline=None if verdict is None else {s: verdict.before.get(s, {}) for s in splits},
        fell=frozenset((d.split, d.metric) for d in verdict.regressed) if verdict is not None else frozenset(),
        meta=meta, notes=notes)


def write_summary(path: Path, view: SummaryView) -> Path:
    write_text_atomic(path, render_summary_page(view))
    return path


# -- the history page -----------------------------------------------------------------


@dataclass(frozen=True)
class HistoryEntry:
    """One run record, re-scored against the current gold."""

    path: Path
    run: RunRecord
    scores: dict[str, dict[str, float | None]]  # split -> metric -> value
    baseline: bool
    label: str = ""


def run_history(evals_dir: Path, cases: list[GoldCase], warn: Callable[[str], None]) -> list[HistoryEntry]:
    """Every run record in evals_dir/runs, oldest first (by its `created` time,
    to the second; then by when the file was written), re-scored against `cases` (runner.rescore, as
    `eval compare` does). An unreadable file is skipped with a warning. Labels:
    "#n" and the first four characters of the prompt version."""
    base = baseline_target(evals_dir)
    found = []
    for path in run_files(Path(evals_dir) / "runs"):
        try:
            run = load_run(path)
        except InputError as exc:
            warn(f"skipped: {exc}")
            continue
        found.append(((run.created, path.stat().st_mtime_ns, path.name), path, run))
    found.sort(key=lambda f: f[0])
    return [HistoryEntry(path, run, rescore(cases, run), base is not None and path.resolve() == base,
                         f"#{n} {run.prompt_version[:4]}")
            for n, (_, path, run) in enumerate(found, 1)]


def history_view(entries: list[HistoryEntry]) -> HistoryView:
    runs = [HistoryRun(label=e.label, date=e.run.created[:10], file=e.path.name, prompt=e.run.prompt_version,
                       schema=e.run.schema_version, model=e.run.model, splits="+".join(e.run.splits),
                       cases=len(e.run.cases), values=e.scores, baseline=e.baseline)
            for e in entries]
    notes = [("Every run re-scored against the current gold set, as `summarizer eval compare` does: a run "
              "scores only the gold cases it has, so runs that cover different cases are not strictly "
              "comparable (see the cases column).")]
    if not any(e.baseline for e in entries):
        notes.append("No run here is the baseline (evals/baseline.json).")
    return HistoryView(title="Eval history", metrics=headline_metrics(), splits=list(HISTORY_SPLITS),
                       runs=runs, fmt=fmt, notes=notes)


def write_history(path: Path, entries: list[HistoryEntry]) -> Path:
    write_text_atomic(path, render_history_page(history_view(entries)))
    return path
