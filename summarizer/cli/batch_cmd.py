"""`summarizer batch`: summarize many articles into one JSONL file (docs/batch.md)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from summarizer.batch.html_pages import check_html_dir, write_html_pages
from summarizer.batch.job import ENGINES, BatchOptions, cancel_batch_api, run_batch
from summarizer.batch.pricing import config_prices
from summarizer.batch.progress import ProgressDisplay, summary_table
from summarizer.batch.sources import DEFAULT_GLOBS, Fields
from summarizer.cli import EXIT_INTERRUPTED, app
from summarizer.cli.options import ConfigOpt, QuietOpt, model_settings
from summarizer.core.errors import ConfigError
from summarizer.core.settings import Settings
from summarizer.core.status import stderr_console

# Batch outcomes beyond the shared codes (summarizer/cli/__init__.py).
EXIT_SOME_ERRORS = 9  # finished, but some articles have error records
EXIT_BUDGET = 10  # stopped by --max-tokens-total / --max-cost; re-run to continue


def _warn(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


@app.command()
@model_settings
def batch(
    inputs: Annotated[list[str], typer.Argument(
        help="Article files, folders (searched recursively), .jsonl/.ndjson or .csv/.tsv files.",
        show_default=False)],
    out: Annotated[Path, typer.Option(
        "--out", "-o", help="Output JSONL file; re-running with the same one resumes.", show_default=False)],
    glob: Annotated[Optional[list[str]], typer.Option(
        "--glob", help="File pattern inside folders, repeatable (default: *.txt and *.md).",
        show_default=False)] = None,
    id_field: Annotated[str, typer.Option("--id-field", help="JSONL field / CSV column with the article id.")] = "id",
    text_field: Annotated[str, typer.Option(
        "--text-field", help="JSONL field / CSV column with the article text.")] = "text",
    source_field: Annotated[Optional[str], typer.Option(
        "--source-field", help="JSONL field / CSV column to report as the source (e.g. a URL).",
        show_default=False)] = None,
    workers: Annotated[Optional[int], typer.Option(
        "--workers", "-w", min=1, max=256,
        help="Articles in flight at once (default: 1 for the embedded model, 8 for an endpoint).",
        show_default=False)] = None,
    retry_failed: Annotated[bool, typer.Option("--retry-failed", help="Redo the articles that have error records.")] = False,
    ordered: Annotated[bool, typer.Option(
        "--ordered", help="At the end, rewrite the output in input order (else: finishing order).")] = False,
    fsync: Annotated[bool, typer.Option(
        "--fsync", help="Flush every line to disk (survives a power cut; slower).")] = False,
    max_tokens_total: Annotated[Optional[int], typer.Option(
        "--max-tokens-total", min=1, help="Stop once this run has spent this many tokens.", show_default=False)] = None,
    max_cost: Annotated[Optional[float], typer.Option(
        "--max-cost", min=0.0, help="Stop once this run's estimated cost reaches this many USD.",
        show_default=False)] = None,
    html_dir: Annotated[Optional[Path], typer.Option(
        "--html-dir", help="After the run, write a review page per article and an index.html into this folder.",
        show_default=False)] = None,
    engine: Annotated[str, typer.Option(
        "--engine", help="local (threads), batch-api (the provider's Batch API) or ray (workers on several "
        "endpoints); docs/scale.md.")] = "local",
    base_url: Annotated[Optional[list[str]], typer.Option(
        "--base-url", help="OpenAI-compatible endpoint (default: the embedded local model); repeat it with "
        "--engine ray to spread the articles over several.", show_default=False)] = None,
    reask: Annotated[str, typer.Option(
        "--reask", help="--engine batch-api: send re-asks as another batch round (batch) or as live calls (live).",
    )] = "batch",
    poll_every: Annotated[float, typer.Option(
        "--poll-every", min=0.0, help="--engine batch-api: seconds between status checks of the batches.")] = 30.0,
    cancel: Annotated[bool, typer.Option(
        "--cancel", help="--engine batch-api: cancel the batches this --out has out and forget them, then stop.",
    )] = False,
    quiet: QuietOpt = False,
    config: ConfigOpt = None,  # also read for [prices]
    *,
    settings: Settings,
) -> int:
    """Summarize many articles into one JSONL file, one line per article (a record
    or an error record). Re-run the same command to resume; Ctrl-C stops cleanly.

    Exit codes: 0 every article has a record, 9 some have error records,
    10 stopped by the budget, 130 interrupted (plus 3/4 for config/input errors).
    """
    prices = config_prices(config)
    if engine not in ENGINES:
        raise ConfigError(f"--engine {engine!r}: choose one of {', '.join(ENGINES)}")
    if reask not in ("batch", "live"):
        raise ConfigError(f"--reask {reask!r}: choose batch or live")
    if (reask != "batch" or cancel) and engine != "batch-api":
        raise ConfigError(f"{'--cancel' if cancel else '--reask'} is for --engine batch-api")
    options = BatchOptions(
        inputs=inputs, out=out, globs=tuple(glob) if glob else DEFAULT_GLOBS,
        fields=Fields(id=id_field, text=text_field, source=source_field),
        workers=workers, retry_failed=retry_failed, ordered=ordered, fsync=fsync,
        max_tokens_total=max_tokens_total, max_cost=max_cost,
        engine=engine, endpoints=tuple(base_url or ()), poll_seconds=poll_every, reask_live=reask == "live",
    )
    if out.exists() and out.is_dir():
        raise ConfigError(f"--out {out} is a folder; give a .jsonl file path")
    if cancel:
        cancel_batch_api(settings, out, say=_warn)
        return 0
    if html_dir is not None:
        check_html_dir(html_dir, options, warn=_warn)
    console = stderr_console()
    make_display = None if quiet else (lambda budget, gate: ProgressDisplay(console, budget, gate))
    result = run_batch(settings, options, prices, make_display=make_display, warn=_warn)
    stats = result.stats
    if not quiet:
        console.print(summary_table(stats, result.budget, str(out), settings.model_name, result.gate))
        if result.earlier_errors:
            console.print(f"{result.earlier_errors} error record(s) from earlier runs kept; "
                          "--retry-failed redoes them", markup=False)
    if html_dir is not None:
        pages = write_html_pages(options, html_dir, warn=_warn)
        if not quiet:
            console.print(pages.summary(), markup=False)
    if stats.interrupted:
        _warn("summarizer: interrupted; finished articles are in the output, re-run to continue")
        return EXIT_INTERRUPTED
    if stats.stopped:
        _warn(f"summarizer: {stats.stopped}; re-run to continue")
        return EXIT_BUDGET
    return EXIT_SOME_ERRORS if stats.failed or result.earlier_errors else 0
