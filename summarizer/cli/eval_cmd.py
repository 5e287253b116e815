"""`summarizer eval` (run the gold set, compare with the baseline), and
`summarizer eval compare | gate | promote | history`. See docs/eval.md."""

from __future__ import annotations

import sys
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from summarizer.cli import app
from summarizer.cli.options import QuietOpt, model_settings
from summarizer.core.errors import ConfigError, InputError
from summarizer.core.schema import schema_version
from summarizer.core.settings import Settings
from summarizer.core.status import StatusLine
from summarizer.evaluation import gate as gates
from summarizer.evaluation.gold import SPLITS, GoldCase, default_evals_dir, load_gold
from summarizer.evaluation.report import (
    cases_text,
    history_table,
    regressions_text,
    scores_table,
    shown_splits,
    side_by_side,
    trust_text,
)
from summarizer.evaluation.runner import (
    RunRecord,
    load_run,
    rescore,
    reusable_run,
    reverified,
    run_eval,
    run_filename,
    save_run,
)
from summarizer.extract.prompt import prompt_version

eval_app = typer.Typer(
    help="Run the current prompt and model over the gold set (evals/gold) through the cache, print "
         "scores per field and split, write a run record to evals/runs/, and compare with the baseline "
         "(exit 8 if a headline metric fell beyond its margin). Subcommands: compare, gate, promote, history. "
         "See docs/eval.md.",
    invoke_without_command=True,
)
app.add_typer(eval_app, name="eval")


class SplitChoice(str, Enum):
    dev = "dev"
    heldout = "heldout"
    all = "all"


EvalsDirOpt = Annotated[Optional[Path], typer.Option(
    "--evals-dir", help="The eval folder: gold/, runs/, baseline.json (default: ./evals).",
    show_default=False)]


@contextmanager
def _writing(path: Path, what: str):
    """A failed write (permissions, a full disk, a file where a folder should be)
    is a one-line error, not an internal one; the atomic writers leave no half file."""
    try:
        yield
    except OSError as exc:
        raise ConfigError(f"cannot write {what} to {exc.filename or path}: {exc.strerror or exc}") from None


def _evals(evals_dir: Path | None) -> Path:
    return evals_dir or default_evals_dir()


def _out(text: str) -> None:
    sys.stdout.write(text)
    sys.stdout.flush()


def _judge(cases: list[GoldCase], run: RunRecord, base: RunRecord, base_label: str,
           verdict: gates.Judgement | None = None) -> gates.Judgement:
    """Print the run against the baseline (the judging is gates.judge)."""
    if verdict is None:
        verdict = gates.judge(cases, run, base)
    shown = shown_splits(run.splits, verdict.current)
    # What "verified" is worth over every case of the run; the comparison below can only
    # use the cases the baseline shares (new gold is not in it yet).
    _out(trust_text({s: run.metrics[s] for s in shown_splits(run.splits, run.metrics)}))
    if verdict.skipped:
        _out(f"(above: all {len(cases)} cases; the comparison below: the "
             f"{len(cases) - len(verdict.skipped)} the baseline shares)\n")
    _out(f"baseline: {base_label} (model {base.model}, prompt {base.prompt_version}, "
         f"schema {base.schema_version})\n")
    if verdict.skipped:
        _out(f"not compared (new or edited since the baseline): {', '.join(verdict.skipped)}\n")
    fell = frozenset((d.split, d.metric) for d in verdict.regressed)
    _out(scores_table({s: verdict.current[s] for s in shown}, {s: verdict.before.get(s, {}) for s in shown}, fell))
    _out("\n" + regressions_text(verdict.deltas))
    _out(cases_text(verdict.changed))
    return verdict


@eval_app.callback(invoke_without_command=True)
@model_settings
def eval_run(
    ctx: typer.Context,
    split: Annotated[SplitChoice, typer.Option("--split", help="Which gold split to run.")] = SplitChoice.all,
    baseline: Annotated[Optional[Path], typer.Option(
        "--baseline", help="Run record (or baseline.json) to compare with (default: evals/baseline.json).",
        show_default=False)] = None,
    no_baseline: Annotated[bool, typer.Option("--no-baseline", help="Do not compare with any baseline.")] = False,
    output: Annotated[Optional[Path], typer.Option(
        "--output", "-o", help="Where to write the run record (default: evals/runs/<date>-<prompt>-<schema>.json).",
        show_default=False)] = None,
    html: Annotated[Optional[Path], typer.Option(
        "--html", help="Also write a review page per case (predicted beside gold), a summary page charting "
                       "the headline metrics against the baseline, and an index, to this folder.",
        show_default=False)] = None,
    evals_dir: EvalsDirOpt = None,
    quiet: QuietOpt = False,
    *,
    settings: Optional[Settings],  # None on the way to a subcommand
) -> int:
    """Run the current prompt and model over the gold set (through the cache),
    print scores per field and split, write a run record, and compare with the
    baseline: exit 8 when a headline metric fell beyond its margin."""
    if ctx.invoked_subcommand is not None:
        return 0
    evals = _evals(evals_dir)
    cases = load_gold(evals / "gold", split.value)
    status = StatusLine(quiet=quiet)
    splits = list(SPLITS) if split is SplitChoice.all else [split.value]
    # The committed run of this prompt and model stands in for the cache: after a
    # change to the verifier only, the eval needs no model (answers are re-verified).
    earlier = reusable_run(gates.current_run_path(evals / "runs", prompt_version(), schema_version()), settings)
    run = run_eval(cases, settings, status, use_cache=settings.cache, splits=splits, reuse=earlier)
    path = output or gates.new_run_path(evals, run_filename(run))
    with _writing(path, "the run record"):
        save_run(run, path)
    status(f"run record written to {path}")
    base_path = baseline or (None if no_baseline else evals / gates.BASELINE_FILE)
    base = verdict = None
    if base_path is not None and (baseline is not None or base_path.exists()):
        base = load_run(base_path)
        verdict = gates.judge(cases, run, base)
    if html is not None:
        from summarizer.evaluation.pages import write_pages
        from summarizer.evaluation.score_views import summary_view

        view = summary_view(run, str(path), verdict, base, str(base_path))
        with _writing(html, "the review pages"):
            status(f"review pages: {write_pages(html, cases, run, view)}")
    _out(f"eval: {len(cases)} article(s), model {run.model}, prompt {run.prompt_version}, "
         f"schema {run.schema_version}\n")
    if base is None or verdict is None:
        shown = shown_splits(run.splits, run.metrics)
        _out(trust_text({s: run.metrics[s] for s in shown}))
        _out(scores_table({s: run.metrics[s] for s in shown}))
        if not no_baseline:
            status(f"no baseline at {base_path}; make one with: summarizer eval promote {path}")
        return 0
    if base.model != run.model:
        status(f"warning: the baseline was made with {base.model}, this run with {run.model}")
    gates.raise_if_regressed(_judge(cases, run, base, str(base_path), verdict), str(base_path))
    return 0


@eval_app.command("compare")
def eval_compare(
    run_a: Annotated[Path, typer.Argument(help="First run record (or baseline.json).")],
    run_b: Annotated[Path, typer.Argument(help="Second run record.")],
    evals_dir: EvalsDirOpt = None,
    as_stored: Annotated[bool, typer.Option(
        "--as-stored", help="Score the records as the runs stored them, not as today's verifier "
                            "makes them from the kept answers.")] = False,
) -> int:
    """Show two runs side by side (re-scored against the current gold) and the cases that differ.

    Both runs are rebuilt from their kept answers by today's code first, as the gate
    does, so a verifier change is judged on both alike (`--as-stored` to skip that)."""
    cases = load_gold(_evals(evals_dir) / "gold")
    a, b = load_run(run_a), load_run(run_b)
    for label, run in (("A", a), ("B", b)):
        _out(f"{label}: {run.created}  model {run.model}  prompt {run.prompt_version}  "
             f"schema {run.schema_version}  splits {'+'.join(run.splits)}\n")
    if not as_stored:
        (a, changed_a), (b, changed_b) = reverified(cases, a), reverified(cases, b)
        _out(f"re-verified the kept answers with today's code: {len(changed_a)} case(s) of A and "
             f"{len(changed_b)} of B came out different from the stored records\n")
    fell = frozenset((d.split, d.metric) for d in gates.judge(cases, b, a).regressed)
    _out(side_by_side(rescore(cases, a), rescore(cases, b), str(run_a), str(run_b), fell))
    _out("\n" + cases_text(gates.changed_cases(cases, a, b)).replace("baseline -> this run", "A -> B"))
    return 0


@eval_app.command("gate")
def eval_gate(evals_dir: EvalsDirOpt = None) -> int:
    """CI: re-score the committed run for this prompt/schema; exit 8 if missing, stale or worse.

    No model is needed. See docs/eval.md, "The gate".
    """
    evals = _evals(evals_dir)
    cases = load_gold(evals / "gold")
    pv, sv = prompt_version(), schema_version()
    path = gates.current_run_path(evals / "runs", pv, sv)
    if path is None:
        raise gates.EvalGateError(
            f"no eval run record for prompt version {pv} and schema version {sv} in {evals / 'runs'} "
            "(prompts/ or the schema changed); produce it with `summarizer eval` and commit the "
            "evals/runs/*.json it writes")
    run = load_run(path)
    gates.check_run(cases, run, path, pv, sv)
    # Judge what today's code makes of the model's answers, not the verdicts
    # stored with them: a change to repair/verify rules is scored here too.
    kept = sum(1 for c in run.cases.values() if c.answers)
    run, rebuilt = reverified(cases, run)
    base_path = evals / gates.BASELINE_FILE
    base = gates.load_baseline(base_path)
    if base.model != run.model:
        raise gates.EvalGateError(
            f"{path} was made with model {run.model} but the baseline with {base.model}; "
            "run the eval with the baseline's model, or promote a new baseline deliberately")
    _out(f"eval gate: {path} (prompt {pv}, schema {sv}, model {run.model})\n")
    if kept:
        _out(f"re-verified the kept answers of {kept} case(s) with the current code: "
             + (f"{len(rebuilt)} came out different ({', '.join(rebuilt)})\n" if rebuilt else "no record changed\n"))
    else:
        _out("this run kept no model answers (made before they were kept): scored as stored\n")
    gates.raise_if_regressed(_judge(cases, run, base, str(base_path)), str(base_path))
    _out("eval gate passed\n")
    return 0


@eval_app.command("promote")
def eval_promote(
    run_path: Annotated[Path, typer.Argument(help="The run record to make the baseline.")],
    evals_dir: EvalsDirOpt = None,
) -> int:
    """Make a run record the baseline (writes evals/baseline.json); commit both."""
    evals = _evals(evals_dir)
    cases = load_gold(evals / "gold")
    run = load_run(run_path)
    scores = rescore(cases, run)
    with _writing(evals / gates.BASELINE_FILE, "the baseline (it is unchanged)"):
        path = gates.promote(run_path, evals, cases, scores)
    _out(scores_table({s: scores[s] for s in (*SPLITS, "all") if s in scores}))
    _out(f"{path} now points at {run_path} (model {run.model}, prompt {run.prompt_version}, "
         f"schema {run.schema_version}); commit both files\n")
    return 0


@eval_app.command("history")
def eval_history(
    out: Annotated[Path, typer.Option(
        "--out", "-o", help="Where to write the page.")] = Path("eval-history.html"),
    evals_dir: EvalsDirOpt = None,
    quiet: QuietOpt = False,
) -> int:
    """Chart every headline metric across the run records in evals/runs/ (each
    re-scored against the current gold, as `eval compare` does) on one HTML page;
    print the same numbers."""
    from summarizer.evaluation.score_views import HISTORY_SPLITS, run_history, write_history

    evals = _evals(evals_dir)
    status = StatusLine(quiet=quiet)
    cases = load_gold(evals / "gold")
    entries = run_history(evals, cases, status)
    if not entries:
        raise InputError(f"no run records in {evals / 'runs'}; make one with: summarizer eval")
    _out(history_table([(e.label, e.scores) for e in entries], list(HISTORY_SPLITS)))
    _out("\nruns (re-scored against the current gold):\n")
    for e in entries:
        _out(f"  {e.label}  {e.run.created[:10]}  {e.path.name}  ({len(e.run.cases)} cases)"
             + ("  baseline" if e.baseline else "") + "\n")
    with _writing(out, "the history page"):
        write_history(out, entries)
    status(f"history page written to {out}")
    return 0
