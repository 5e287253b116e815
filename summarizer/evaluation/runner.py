"""Run the pipeline over the gold set and keep what it said: a *run record*.

A run record (evals/runs/<date>-<prompt_version>-<schema_version>.json) holds
every case's output (the SummaryRecord JSON, or the error), the metrics per
split, and what produced it: prompt version, schema version, model, generation
parameters, date. Scores can always be recomputed from the stored outputs
(`rescore`), which is what the CI gate does: no model needed.

The runner goes through `Pipeline`, so it shares the record cache with
`summarizer summarize`: a re-run with nothing changed is instant.
"""

from __future__ import annotations

import gzip
import json
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Optional

from pydantic import BaseModel, Field, ValidationError

from summarizer.core.errors import InputError, VerificationError
from summarizer.core.files import atomic_path, write_text_atomic
from summarizer.core.schema import (
    Draft,
    DraftIncident,
    Provenance,
    SummaryRecord,
    schema_version,
)
from summarizer.core.settings import Settings
from summarizer.evaluation.gold import SPLITS, GoldCase
from summarizer.evaluation.metrics import metrics, score_case, total
from summarizer.extract.prompt import prompt_version
from summarizer.pipeline import Pipeline
from summarizer.records.answers import record_from_answers, regrouped

RUN_FORMAT = 1


class CaseOutput(BaseModel):
    split: str
    article_sha256: str
    record: Optional[dict[str, Any]] = None  # SummaryRecord JSON
    error: Optional[str] = None  # why the pipeline gave no record
    # The model's answers the record was built from (summarizer.records.answers); runs
    # made before they were kept have none. With them the gate re-verifies the
    # case with the current code instead of trusting the stored verdicts.
    answers: Optional[list[str]] = None


class RunRecord(BaseModel):
    format: int = RUN_FORMAT
    created: str  # ISO 8601, UTC
    prompt_version: str
    schema_version: str
    model: str
    embedded: bool
    params: dict[str, Any] = Field(default_factory=dict)
    splits: list[str]  # which splits were run
    cases: dict[str, CaseOutput]
    metrics: dict[str, dict[str, Optional[float]]] = Field(default_factory=dict)  # split -> name -> value

    @property
    def complete(self) -> bool:
        return set(self.splits) >= set(SPLITS)


def run_eval(
    cases: list[GoldCase],
    settings: Settings,
    status: Callable[[str], None],
    use_cache: bool = True,
    splits: list[str] | None = None,
    reuse: RunRecord | None = None,
) -> RunRecord:
    """Summarize every gold article; a case the model fails on is kept as an error
    (scored as finding nothing), a dead model server stops the run.

    `reuse`: an earlier run of the same prompt, schema, model and parameters
    (reusable_run): a case whose answers it kept is rebuilt from them by today's
    code, without the model, as a cache hit would be."""
    outputs: dict[str, CaseOutput] = {}
    model = settings.model_name
    reused = asked_again = 0
    with Pipeline(settings, status) as pipeline:
        for n, case in enumerate(cases, 1):
            status(f"[{n}/{len(cases)}] {case.id} ({case.split})")
            earlier = reuse.cases.get(case.id) if (reuse is not None and use_cache) else None
            kept = bool(earlier and earlier.answers and earlier.record and earlier.article_sha256 == case.sha256)
            # Kept fields answers of incidents today's refinement no longer makes are
            # not today's answers: the model is asked again (records.answers.regrouped).
            stale = kept and regrouped(case.text, earlier.answers)
            if stale:
                status(f"  {case.id}: today's refinement groups its incidents otherwise; asking the model again")
                asked_again += 1
            elif kept:
                record = current_record(case, earlier)
                record["provenance"]["cached"] = True
                outputs[case.id] = earlier.model_copy(update={"split": case.split, "record": record})
                reused += 1
                continue
            try:
                # A case asked again is not read back from the cache, which holds the old answer.
                record = pipeline.summarize(case.text, source=f"gold/{case.id}.txt", use_cache=use_cache and not stale)
                outputs[case.id] = CaseOutput(
                    split=case.split, article_sha256=case.sha256, record=record.model_dump(mode="json"),
                    answers=record.answers or None)
                model = record.provenance.model
            except VerificationError as exc:
                outputs[case.id] = CaseOutput(split=case.split, article_sha256=case.sha256, error=str(exc))
                status(f"  {case.id}: no record ({exc})")
    if reused:
        status(f"{reused} case(s) rebuilt from the answers kept in the earlier run of this prompt and model")
    if asked_again:
        status(f"{asked_again} case(s) asked again: today's refinement groups their incidents otherwise")
    run = RunRecord(
        created=datetime.now(timezone.utc).isoformat(timespec="seconds"),
        prompt_version=prompt_version(), schema_version=schema_version(),
        model=model, embedded=settings.embedded, params=settings.generation_params(),
        splits=splits or sorted({c.split for c in cases}), cases=outputs,
    )
    run.metrics = split_metrics(score_cases(cases, run))
    return run


def reusable_run(path: Path | None, settings: Settings) -> RunRecord | None:
    """The run at `path` if its answers can stand in for the model's now: same
    prompt and schema version, model and generation parameters."""
    if path is None:
        return None
    try:
        run = load_run(path)
    except InputError:
        return None
    same = (run.prompt_version, run.schema_version, run.model, run.params) == (
        prompt_version(), schema_version(), settings.model_name, settings.generation_params())
    return run if same else None


def record_from_draft(text: str, incidents: list[DraftIncident] | list[dict], model: str = "gold",
                      source: str | None = None) -> SummaryRecord:
    """The record the pipeline would build had the model answered `incidents`:
    the one record builder (summarizer.records), so verified and cited exactly as
    an answer is. For hand-made predictions in tests, the benchmark, and the
    sanity check that the gold scores 1.0 against itself."""
    draft = Draft.model_construct(incidents=[
        DraftIncident.model_validate(i if isinstance(i, dict) else i.model_dump()) for i in incidents])
    provenance = Provenance(model=model, endpoint="(none)", prompt_version=prompt_version(),
                            schema_version=schema_version())
    return record_from_answers(text, [draft.model_dump_json()], provenance, source)


# -- scoring stored outputs ---------------------------------------------------------


def score_cases(cases: list[GoldCase], run: RunRecord) -> dict[str, tuple[str, Counter]]:
    """Counts per case id (with its split) for the stored outputs of `run`
    against the current gold. Cases the run lacks are left out."""
    out = {}
    for case in cases:
        output = run.cases.get(case.id)
        if output is not None:
            out[case.id] = (case.split, score_case(case.incidents, output.record))
    return out


def current_record(case: GoldCase, output: CaseOutput) -> dict[str, Any] | None:
    """The record the current verifier makes of the case's stored answers (the
    stored record when the run kept no answers, or the case was an error)."""
    if not output.answers or output.record is None:
        return output.record
    stored = SummaryRecord.model_validate(output.record)
    record = record_from_answers(case.text, output.answers, stored.provenance, stored.article.source)
    return record.model_dump(mode="json")


def reverified(cases: list[GoldCase], run: RunRecord) -> tuple[RunRecord, list[str]]:
    """`run` with every case rebuilt from its answers by today's code, and the ids
    of the cases whose record came out different from the stored one."""
    outputs, changed = dict(run.cases), []
    for case in cases:
        output = run.cases.get(case.id)
        if output is None or not output.answers or output.article_sha256 != case.sha256:
            continue
        record = current_record(case, output)
        if record != output.record:
            changed.append(case.id)
            outputs[case.id] = output.model_copy(update={"record": record})
    run = run.model_copy(update={"cases": outputs})
    run.metrics = split_metrics(score_cases(cases, run))
    return run, changed


def split_metrics(scored: dict[str, tuple[str, Counter]]) -> dict[str, dict[str, float | None]]:
    """Metrics for each split present, and for all of them together."""
    result = {}
    for split in SPLITS:
        part = [c for s, c in scored.values() if s == split]
        if part:
            result[split] = metrics(total(part))
    result["all"] = metrics(total(c for _, c in scored.values()))
    return result


def stale_cases(cases: list[GoldCase], run: RunRecord) -> tuple[list[str], list[str], list[str]]:
    """(cases the run lacks, cases whose article changed since the run, cases whose
    kept answers today's refinement groups otherwise: records.answers.regrouped)."""
    missing = [c.id for c in cases if c.id not in run.cases]
    changed = [c.id for c in cases if c.id in run.cases and run.cases[c.id].article_sha256 != c.sha256]
    regrouped_ids = [c.id for c in cases if c.id in run.cases and c.id not in changed and run.cases[c.id].answers
                     and regrouped(c.text, run.cases[c.id].answers)]
    return missing, changed, regrouped_ids


def rescore(cases: list[GoldCase], run: RunRecord) -> dict[str, dict[str, float | None]]:
    return split_metrics(score_cases(cases, run))


# -- files ----------------------------------------------------------------------------


def run_filename(run: RunRecord) -> str:
    day = run.created[:10]
    suffix = "" if run.complete else "-" + "+".join(run.splits)
    return f"{day}-{run.prompt_version}-{run.schema_version}{suffix}.json"


_GZIP_MAGIC = b"\x1f\x8b"
# A run record's file: "<name>.json", or gzip-compressed "<name>.json.gz".
RUN_GLOBS = ("*.json", "*.json.gz")


def run_files(runs_dir: Path) -> list[Path]:
    """Every run record's file in `runs_dir`, plain or gzip-compressed."""
    return [path for glob in RUN_GLOBS for path in Path(runs_dir).glob(glob)]


def save_run(run: RunRecord, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    # Compact: a run keeps every case's record and answers (~7 KB a case), read by the
    # program, not by eye; indented, a run over the gold passed 5 MB. A path ending in
    # ".gz" is written gzip-compressed (a run over the 763 gold articles: 5.3 MB as text).
    text = json.dumps(run.model_dump(mode="json"), ensure_ascii=False, separators=(",", ":")) + "\n"
    if path.name.endswith(".gz"):
        with atomic_path(path) as tmp:
            tmp.write_bytes(gzip.compress(text.encode("utf-8"), mtime=0))
    else:
        write_text_atomic(path, text)
    return path


def load_run(path: Path) -> RunRecord:
    path = Path(path)
    try:
        raw = path.read_bytes()
        data = json.loads(gzip.decompress(raw) if raw[:2] == _GZIP_MAGIC else raw)
    except FileNotFoundError:
        raise InputError(f"no run record at {path}") from None
    except (OSError, EOFError, json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: not a readable run record ({exc})") from None
    if isinstance(data, dict) and "run" in data and "cases" not in data:
        # A baseline pointer (evals/baseline.json): follow it.
        target = Path(data["run"])
        return load_run(target if target.is_absolute() else path.parent / target)
    try:
        run = RunRecord.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"])
        raise InputError(f"{path}: not a run record ({where}: {err['msg']})") from None
    if run.format != RUN_FORMAT:
        raise InputError(f"{path}: run record format {run.format}, this version reads {RUN_FORMAT}")
    return run
