"""One batch run, start to end, as `summarizer batch` and the benchmark run it:
find the articles, lock and scan the output, summarize what is left, compact."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from summarizer.batch.output import OutputFile
from summarizer.batch.pricing import Budget, Price, price_for
from summarizer.batch.rategate import RateGate
from summarizer.batch.runner import BatchRunner, Display, RunStats
from summarizer.batch.sources import DEFAULT_GLOBS, Fields, discover
from summarizer.core.errors import ConfigError, InputError
from summarizer.core.settings import Settings
from summarizer.pipeline import Pipeline

MAX_WARNINGS = 20  # a broken export must not scroll the terminal away
# The embedded llama-server decodes several sequences at once (one slot per
# worker, continuous batching): on a CPU a step for 4 costs little more than a
# step for 1 (benchmarks/bench_runtime.py). llama-cpp-python's server decodes one
# at a time, so there more workers only queue.
EMBEDDED_WORKERS = 4
REMOTE_WORKERS = 8


@dataclass
class BatchOptions:
    inputs: list[str]
    out: Path
    globs: tuple[str, ...] = DEFAULT_GLOBS
    fields: Fields = field(default_factory=Fields)
    workers: int | None = None  # None: by provider (default_workers)
    retry_failed: bool = False
    ordered: bool = False
    fsync: bool = False
    max_tokens_total: int | None = None
    max_cost: float | None = None


@dataclass
class BatchResult:
    stats: RunStats
    earlier_errors: int  # error records of earlier runs still standing (skipped)
    workers: int
    budget: Budget
    gate: RateGate


def default_workers(settings: Settings) -> int:
    if not settings.embedded:
        return REMOTE_WORKERS
    from summarizer.extract.local_server import installed_runtime

    try:
        return EMBEDDED_WORKERS if installed_runtime(settings.runtime) == "llama-server" else 1
    except ConfigError:  # no runtime installed: the pipeline says so when it starts one
        return 1


def run_batch(
    settings: Settings,
    options: BatchOptions,
    prices: dict[str, Price] | None = None,
    make_display: Callable[[Budget, RateGate], Display] | None = None,
    warn: Callable[[str], None] = lambda _m: None,
) -> BatchResult:
    """Run one batch. `warn` gets the messages that must reach the user even in
    quiet mode (a torn line cut off, unreadable inputs); `make_display` builds the
    progress display once the budget and rate gate exist."""
    budget = Budget(options.max_tokens_total, options.max_cost, price_for(settings, prices or {}))
    gate = RateGate()
    display = make_display(budget, gate) if make_display else Display()
    found = discover(options.inputs, options.globs, options.fields, exclude=(options.out,))
    if not found.items:
        raise InputError("no articles found in the inputs")
    for warning in found.warnings[:MAX_WARNINGS]:
        warn(f"warning: {warning}")
    if len(found.warnings) > MAX_WARNINGS:
        warn(f"warning: ... and {len(found.warnings) - MAX_WARNINGS} more")
    if found.duplicates:
        warn(f"note: {found.duplicates} article(s) given twice with the same id and text were kept once")
    workers = options.workers or default_workers(settings)
    if settings.embedded:
        # One server slot per worker, so the workers' requests are decoded together.
        settings = dataclasses.replace(settings, parallel=max(settings.parallel, workers))
    with OutputFile(options.out, fsync=options.fsync) as out:
        resume = out.scan()
        if resume.recovered:
            warn(f"warning: {resume.recovered}")
        with Pipeline(settings, status=display.status, rate_gate=gate) as pipeline:
            runner = BatchRunner(pipeline, out, workers=workers, budget=budget, display=display,
                                 use_cache=settings.cache)
            stats = runner.run(found.items, resume, retry_failed=options.retry_failed)
        # Compaction also runs after Ctrl-C or a budget stop: it is quick, and a
        # crash inside it leaves the old file whole (write new, then rename).
        dropped = out.compact([i.id for i in found.items] if options.ordered else None)
        if dropped:
            display.message(f"{dropped} superseded line(s) (retried or edited articles) removed from {options.out}")
    earlier_errors = sum(
        1 for item in found.items
        if (done := resume.done.get(item.id)) is not None and done.sha256 == item.sha256
        and done.status == "error" and not options.retry_failed
    )
    return BatchResult(stats, earlier_errors, workers, budget, gate)
