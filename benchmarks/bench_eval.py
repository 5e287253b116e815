"""Benchmark the eval harness on a cached run of the whole gold set (a script,
not a test; no model is started).

Prints seconds for:
  * loading and validating the gold set;
  * re-scoring a run's stored outputs against the gold (`compare`);
  * rebuilding every case from the model answers the run kept, with the current
    verifier, then scoring (what `summarizer eval gate` does);
  * `run_eval` over the whole gold set with every record in the cache (what a
    re-run of `summarizer eval` costs inside the process);
  * the `summarizer eval` command end to end with a warm cache, interpreter
    start-up included.

The run is the committed run record for the current prompt and schema version,
else the baseline's, else one made from the gold itself. Its records are put in
a temporary cache under an unreachable endpoint, so a miss would fail loudly.

Usage:  python benchmarks/bench_eval.py [--repeat N]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from summarizer.evaluation import gate
from summarizer.evaluation.gold import load_gold
from summarizer.evaluation.runner import (
    CaseOutput, RunRecord, load_run, record_from_draft, rescore, reverified, run_eval,
)
from summarizer.pipeline import Pipeline
from summarizer.extract.prompt import prompt_version
from summarizer.core.schema import SummaryRecord, schema_version
from summarizer.core.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
EVALS = ROOT / "evals"
UNREACHABLE = "http://127.0.0.1:9/v1"


def timed(fn, repeat: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def gold_answer(case) -> str:  # noqa: ANN001
    return json.dumps({"incidents": [i.model_dump() for i in case.incidents]})


def with_answers(cases, run: RunRecord) -> RunRecord:  # noqa: ANN001
    """A run that kept no answers (made before they were kept) gets the gold as its
    answers, so the rebuild is measured on the same number of articles."""
    if any(o.answers for o in run.cases.values()):
        return run
    return run.model_copy(update={"cases": {
        c.id: run.cases[c.id].model_copy(update={"answers": [gold_answer(c)]}) for c in cases if c.id in run.cases}})


def pick_run(cases) -> tuple[str, RunRecord]:  # noqa: ANN001
    path = gate.current_run_path(EVALS / "runs", prompt_version(), schema_version())
    if path is None and (EVALS / gate.BASELINE_FILE).exists():
        path = EVALS / gate.BASELINE_FILE
    if path is not None:
        return str(path.relative_to(ROOT)), load_run(path)
    outputs = {c.id: CaseOutput(split=c.split, article_sha256=c.sha256,
                                record=record_from_draft(c.text, c.incidents).model_dump(mode="json"),
                                answers=[gold_answer(c)])
               for c in cases}
    return "(made from the gold: no run record yet)", RunRecord(
        created="", prompt_version=prompt_version(), schema_version=schema_version(), model="gold",
        embedded=False, splits=["dev", "heldout"], cases=outputs)


def main() -> None:
    parser = argparse.ArgumentParser(description="Seconds to score a cached run of the whole gold set.")
    parser.add_argument("--repeat", type=int, default=5, help="runs per measurement (median reported)")
    args = parser.parse_args()

    load_s, cases = timed(lambda: load_gold(EVALS / "gold"), args.repeat)
    label, run = pick_run(cases)
    n_incidents = sum(len(c.incidents) for c in cases)
    print(f"gold set: {len(cases)} articles, {n_incidents} gold incidents; run: {label}")
    print(f"load and validate the gold set:            {load_s:8.3f} s")
    score_s, scores = timed(lambda: rescore(cases, run), args.repeat)
    print(f"re-score the stored records (compare):     {score_s:8.3f} s   "
          f"(incident F1 all: {scores['all']['incident.f1']:.3f})")
    kept = with_answers(cases, run)
    rebuild_s, (rebuilt, changed) = timed(lambda: reverified(cases, kept), args.repeat)
    stand_in = "" if any(o.answers for o in run.cases.values()) else ", the gold standing in for the answers"
    print(f"rebuild from kept answers + score (gate):  {rebuild_s:8.3f} s   "
          f"({sum(1 for o in kept.cases.values() if o.answers)} cases re-verified, {len(changed)} changed{stand_in})")

    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(base_url=UNREACHABLE, api_key="bench", model="bench-model",
                            cache_dir=Path(tmp) / "cache", transport_retries=0, timeout=2)
        with Pipeline(settings) as pipeline:  # fill the cache under this setting's keys
            for case in cases:
                output = run.cases.get(case.id)
                record = (SummaryRecord.model_validate(output.record) if output and output.record
                          else record_from_draft(case.text, case.incidents))
                record.answers = (output.answers if output and output.answers else None) or [gold_answer(case)]
                pipeline.cache.put(pipeline.prepare(case.text).key, record)  # a hit re-verifies the answers
        cached_s, fresh = timed(lambda: run_eval(cases, settings, lambda _m: None), args.repeat)
        assert all(o.record and o.record["provenance"]["cached"] for o in fresh.cases.values())
        print(f"run_eval over the gold set, all cached:    {cached_s:8.3f} s")

        # The command as a user runs it, on a copy of evals/ so no run record lands in the repo.
        copy = Path(tmp) / "evals"
        shutil.copytree(EVALS / "gold", copy / "gold")
        env = {**os.environ, "OPENAI_BASE_URL": UNREACHABLE, "OPENAI_API_KEY": "bench",
               "SUMMARIZER_MODEL": "bench-model", "SUMMARIZER_CACHE_DIR": str(Path(tmp) / "cache"),
               "SUMMARIZER_TRANSPORT_RETRIES": "0"}
        command = [sys.executable, "-m", "summarizer", "eval", "--evals-dir", str(copy), "--no-baseline", "-q"]
        cli_s, done = timed(lambda: subprocess.run(command, env=env, capture_output=True, text=True), args.repeat)
        if done.returncode != 0:
            raise SystemExit(f"summarizer eval failed: {done.stderr.strip()}")
        print(f"`summarizer eval` end to end, all cached:  {cli_s:8.3f} s   (start-up and imports included)")
    print(f"median of {args.repeat} runs each")


if __name__ == "__main__":
    main()
