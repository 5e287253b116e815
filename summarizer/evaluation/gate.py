"""Baselines and the gate: did a change make the scores worse?

The *baseline* (evals/baseline.json) points at a committed run record; it
changes only through `summarizer eval promote RUN`. Both the baseline run and
the run being judged are re-scored from their stored outputs against the
current gold, so a gold fix moves both sides alike.

The CI gate (`summarizer eval gate`) fails, with exit code 8, when
  * there is no complete run record for the current prompt and schema version
    (someone edited prompts/ or the schema and did not run the eval),
  * that run is stale (gold articles added or edited since),
  * it was made with another model than the baseline, or
  * a headline metric of a gated split fell:
      - verified precision (what the README promises) may not fall at all;
      - any other headline metric fails only when it is *significantly* worse:
        the 95% interval of its paired bootstrap difference over the gold cases
        (summarizer.evaluation.bootstrap) lies entirely on the worse side of 0.
        With fewer than MIN_CASES cases in a split, or without per-case scores
        (a bare comparison of two tables), the fixed margin below is used.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from summarizer.core.errors import SummarizerError
from summarizer.core.files import write_text_atomic
from summarizer.evaluation.gold import GoldCase
from summarizer.evaluation.metrics import metrics
from summarizer.evaluation.bootstrap import paired_intervals
from summarizer.evaluation.runner import RunRecord, load_run, run_files, score_cases, split_metrics, stale_cases

EXIT_GATE = 8
BASELINE_FILE = "baseline.json"
GATED_SPLITS = ("dev", "heldout")

# name -> (higher is better, allowed fall when no per-case scores are at hand). A
# 0.02 margin on a 0-1 scale refused real improvements: one case moved by a
# prompt edit changes several metrics by more (docs/eval.md, "The gate").
HEADLINE: dict[str, tuple[bool, float]] = {
    # What "verified" is worth never falls: a hard floor (FLOORS), no interval.
    "trust.precision": (True, 0.0),
    "trust.recall": (True, 0.02),
    # Right values left unverified: the verifier's cost. (The share of all values
    # unverified is reported, not gated: it rises when a wrong value is rightly flagged.)
    "trust.doubt": (False, 0.02),
    "incident.f1": (True, 0.02),
    "event_type.accuracy": (True, 0.02),
    "date.accuracy": (True, 0.02),
    "location.accuracy": (True, 0.02),
    "perpetrators.f1": (True, 0.02),
    "targets.f1": (True, 0.02),
    "casualties.exact.f1": (True, 0.02),
    "citations.precision": (True, 0.02),
    "citations.recall": (True, 0.02),
    "hallucinated.rate": (False, 0.02),
}


FLOORS = {"trust.precision"}  # may not fall at all, whatever the interval
MIN_CASES = 10  # cases of a split below which the fixed margin is used instead of the interval


class EvalGateError(SummarizerError):
    """The eval gate refused the change (scores fell, or the eval was not run)."""

    exit_code = EXIT_GATE


@dataclass(frozen=True)
class Delta:
    split: str
    metric: str
    base: float | None
    current: float | None
    regressed: bool
    interval: tuple[float, float] | None = None  # 95% paired bootstrap interval of current - base

    @property
    def change(self) -> float | None:
        if self.base is None or self.current is None:
            return None
        return self.current - self.base

    def __str__(self) -> str:
        fmt = lambda v: "n/a" if v is None else f"{v:.3f}"  # noqa: E731
        ci = f" [95% {self.interval[0]:+.3f} to {self.interval[1]:+.3f}]" if self.interval else ""
        return f"{self.metric} ({self.split}) {fmt(self.base)} -> {fmt(self.current)}{ci}"


def compare(current: dict[str, dict], base: dict[str, dict], splits=GATED_SPLITS,  # noqa: ANN001
            paired: dict[str, list[tuple[Counter, Counter]]] | None = None) -> list[Delta]:
    """Headline metrics of each split, current against base. `paired`: per split,
    each case's (current counts, base counts), for the bootstrap rule."""
    out = []
    for split in splits:
        if split not in base or split not in current:
            continue
        cases = (paired or {}).get(split) or []
        # A bootstrap over a handful of cases says little: below MIN_CASES, the margin.
        intervals = paired_intervals(cases, list(HEADLINE)) if len(cases) >= MIN_CASES else {}
        for name, (higher, margin) in HEADLINE.items():
            b, c = base[split].get(name), current[split].get(name)
            interval = intervals.get(name)
            if b is None:
                regressed = False  # nothing to fall from
            elif c is None:
                regressed = True  # no longer measurable (e.g. no prediction at all)
            elif name in FLOORS:
                regressed = (b - c if higher else c - b) > 1e-9
            elif intervals:
                worse = interval is not None and (interval[1] < -1e-9 if higher else interval[0] > 1e-9)
                regressed = bool(worse)
            else:
                fall = (b - c) if higher else (c - b)
                regressed = fall > margin + 1e-9
            out.append(Delta(split, name, b, c, regressed, interval))
    return out


def changed_cases(cases: list[GoldCase], a: RunRecord, b: RunRecord) -> list[tuple[str, str, list[Delta]]]:
    """Cases whose own headline scores differ between run a and run b."""
    sa, sb = score_cases(cases, a), score_cases(cases, b)
    out = []
    for case in cases:
        if case.id not in sa or case.id not in sb:
            continue
        ma, mb = metrics(sa[case.id][1]), metrics(sb[case.id][1])
        moved = [
            Delta(case.split, name, ma[name], mb[name], False)
            for name in HEADLINE
            if ma[name] != mb[name] and not (ma[name] is not None and mb[name] is not None
                                             and abs(ma[name] - mb[name]) < 1e-9)
        ]
        if moved:
            out.append((case.id, case.split, moved))
    return out


@dataclass(frozen=True)
class Judgement:
    """A run against the baseline, both re-scored on the cases they share."""

    current: dict[str, dict]  # split -> metrics of the run
    before: dict[str, dict]  # split -> metrics of the baseline
    deltas: list[Delta]  # headline metrics of the gated splits
    changed: list[tuple[str, str, list[Delta]]]  # cases that scored differently
    skipped: list[str]  # gold cases the baseline lacks, or whose article changed since

    @property
    def regressed(self) -> list[Delta]:
        return [d for d in self.deltas if d.regressed]


def judge(cases: list[GoldCase], run: RunRecord, base: RunRecord) -> Judgement:
    """Score `run` and `base` on the cases the baseline can be scored on (present
    in it, article unchanged) and compare their headline metrics."""
    common = [c for c in cases if c.id in base.cases and base.cases[c.id].article_sha256 == c.sha256]
    mine, theirs = score_cases(common, run), score_cases(common, base)
    current, before = split_metrics(mine), split_metrics(theirs)
    paired = {split: [(mine[c.id][1], theirs[c.id][1]) for c in common
                      if c.split == split and c.id in mine and c.id in theirs] for split in GATED_SPLITS}
    return Judgement(current, before, compare(current, before, paired=paired), changed_cases(common, base, run),
                     [c.id for c in cases if c not in common])


def raise_if_regressed(verdict: Judgement, base_label: str) -> None:
    fell = verdict.regressed
    if fell:
        raise EvalGateError(
            f"{len(fell)} headline metric(s) fell against {base_label}: "
            + "; ".join(str(d) for d in fell))


# -- files -------------------------------------------------------------------------


def current_run_path(runs_dir: Path, prompt_version: str, schema_version: str) -> Path | None:
    """The newest complete run record for these versions, if any: named
    <date>-<prompt>-<schema>.json, or ...-<n>.json for a later one the same day (either
    may be gzip-compressed, ".json.gz")."""
    pattern = re.compile(rf"(\d{{4}}-\d{{2}}-\d{{2}})-{prompt_version}-{schema_version}(?:-(\d+))?\.json(?:\.gz)?")
    found = []
    for path in run_files(runs_dir):
        m = pattern.fullmatch(path.name)
        if m:
            found.append(((m[1], int(m[2] or 1)), path))
    return max(found)[1] if found else None


def baseline_target(evals_dir: Path) -> Path | None:
    """The run file evals/baseline.json points at, if any."""
    try:
        pointer = json.loads((Path(evals_dir) / BASELINE_FILE).read_text(encoding="utf-8"))["run"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return (Path(evals_dir) / pointer).resolve()


def new_run_path(evals_dir: Path, filename: str) -> Path:
    """Where `summarizer eval` writes a run: evals/runs/<filename>, or, when a run
    record of that name exists (the baseline's, or any other kept run), the next
    free numbered name: a run record is never overwritten."""
    runs = Path(evals_dir) / "runs"
    path, n = runs / filename, 2
    while path.exists():
        path = runs / f"{filename[: -len('.json')]}-{n}.json"
        n += 1
    return path


def promote(run_path: Path, evals_dir: Path, cases: list[GoldCase], metrics_by_split: dict) -> Path:
    """Make `run_path` the baseline: evals/baseline.json points at it."""
    run = load_run(run_path)
    missing, changed, regrouped = stale_cases(cases, run)
    if not run.complete or missing or changed or regrouped:
        raise EvalGateError(
            f"{run_path} cannot be the baseline: it does not cover the current gold set "
            f"({len(missing)} case(s) missing, {len(changed)} changed, {len(regrouped)} grouped by an older "
            "refinement); run: summarizer eval")
    evals_dir = Path(evals_dir).resolve()
    run_path = Path(run_path).resolve()
    try:
        pointer = str(run_path.relative_to(evals_dir))
    except ValueError:
        raise EvalGateError(f"{run_path} is not under {evals_dir}; keep baseline runs in evals/runs/") from None
    baseline = {
        "run": pointer,
        "promoted": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "prompt_version": run.prompt_version,
        "schema_version": run.schema_version,
        "model": run.model,
        "metrics": {s: {k: m[k] for k in HEADLINE} for s, m in metrics_by_split.items()},
    }
    path = evals_dir / BASELINE_FILE
    write_text_atomic(path, json.dumps(baseline, indent=2) + "\n")
    return path


def load_baseline(path: Path) -> RunRecord:
    if not Path(path).exists():
        raise EvalGateError(f"no baseline at {path}; make one with: summarizer eval promote evals/runs/<run>.json")
    return load_run(path)


def check_run(cases: list[GoldCase], run: RunRecord, path: Path, prompt_version: str, schema_version: str) -> None:
    """The gate's preconditions on the run being judged; raises EvalGateError."""
    if (run.prompt_version, run.schema_version) != (prompt_version, schema_version):
        raise EvalGateError(
            f"{path} was made with prompt {run.prompt_version} / schema {run.schema_version}, "
            f"not the current {prompt_version} / {schema_version}; run: summarizer eval")
    if not run.complete:
        raise EvalGateError(f"{path} covers only split(s) {', '.join(run.splits)}; run: summarizer eval --split all")
    missing, changed, regrouped = stale_cases(cases, run)
    if missing or changed or regrouped:
        names = ", ".join((missing + changed + regrouped)[:5])
        raise EvalGateError(
            f"{path} is stale: {len(missing)} gold case(s) missing, {len(changed)} article(s) "
            f"changed since it was made and {len(regrouped)} whose kept answers today's refinement of the "
            f"incidents groups otherwise ({names}); re-run: summarizer eval")
