"""One batch run, start to end, as `summarizer batch` and the benchmark run it:
find the articles, lock and scan the output, summarize what is left, compact.

Three engines summarize what is left (docs/scale.md): `local` (worker threads,
summarizer.batch.runner), `batch-api` (the provider's Batch API in rounds,
summarizer.batch.batch_api) and `ray` (the runner's threads handing articles to
Ray actors on several endpoints, summarizer.batch.ray_engine). Output, resume and
error records are the same for all three."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from summarizer.batch.output import OutputFile, ResumeState
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
    engine: str = "local"  # local | batch-api | ray
    endpoints: tuple[str, ...] = ()  # --engine ray: every --base-url (the settings hold the first)
    poll_seconds: float = 30.0  # --engine batch-api: between status checks
    reask_live: bool = False  # --engine batch-api: re-asks as live calls, not another round


ENGINES = ("local", "batch-api", "ray")


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
    if options.engine not in ENGINES:
        raise ConfigError(f"--engine {options.engine!r}: choose one of {', '.join(ENGINES)}")
    if len(options.endpoints) > 1 and options.engine != "ray":
        raise ConfigError(f"--base-url given {len(options.endpoints)} times: only --engine ray spreads "
                          "articles over several endpoints")
    if options.engine != "local" and settings.embedded:
        raise ConfigError(f"--engine {options.engine} needs a model endpoint (--base-url, or OPENAI_API_KEY "
                          "for OpenAI); the embedded model runs with --engine local")
    price = price_for(settings, prices or {})
    if options.engine == "batch-api" and price is not None:
        price = price.for_batch()  # what the Batch API charges for the same tokens
    budget = Budget(options.max_tokens_total, options.max_cost, price)
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
            stats = _run_engine(settings, options, pipeline, out, resume, found.items, workers, budget, display)
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


def _run_engine(settings: Settings, options: BatchOptions, pipeline: Pipeline, out: OutputFile,
                resume: ResumeState, items: list, workers: int, budget: Budget, display: Display) -> RunStats:
    if options.engine == "batch-api":
        from summarizer.batch.batch_api import BatchApiOptions, BatchApiRun
        from summarizer.batch.batch_state import BatchState

        state = BatchState.load(options.out, fingerprint(settings, pipeline))
        # The per-article chatter of rebuilding from answers is not news: the run reports rounds.
        quiet = Pipeline(settings, rate_gate=pipeline.rate_gate, cache=pipeline.cache)
        engine = BatchApiRun(quiet, out, state, budget, display,
                             BatchApiOptions(options.poll_seconds, options.reask_live, workers))
        return engine.run(items, resume, retry_failed=options.retry_failed)
    summarize = None
    dispatch = None
    if options.engine == "ray":
        from summarizer.batch.ray_engine import RayDispatch

        dispatch = RayDispatch(settings, list(options.endpoints or [settings.base_url]), workers, pipeline)
        summarize = dispatch.summarize
    try:
        runner = BatchRunner(pipeline, out, workers=workers, budget=budget, display=display,
                             use_cache=settings.cache, summarize=summarize)
        return runner.run(items, resume, retry_failed=options.retry_failed)
    finally:
        if dispatch is not None:
            dispatch.close()


def fingerprint(settings: Settings, pipeline: Pipeline) -> dict:
    """What a Batch API run's requests depend on, besides the articles."""
    return {"model": settings.model_name, "endpoint": settings.endpoint_id,
            "prompt_version": pipeline.prompt_version, "schema_version": pipeline.schema_version,
            "params": settings.generation_params()}


def cancel_batch_api(settings: Settings, out: Path, say: Callable[[str], None]) -> int:
    """`--cancel`: cancel the batches a Batch API run beside `out` has out, and
    forget its state. Returns how many were cancelled."""
    from summarizer.batch.batch_api import API_RETRIES, cancel_batches
    from summarizer.batch.batch_state import BatchState

    state = BatchState.load(out, None)
    if not state.batches:
        say(f"no Batch API run in progress for {out}")
        return 0
    with Pipeline(settings) as pipeline:
        api = pipeline.client().openai.with_options(max_retries=API_RETRIES)
        return cancel_batches(state, api, say)
