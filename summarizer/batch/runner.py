"""The worker pool: summarize the articles a batch still needs, write one line
each as it finishes, stop cleanly on Ctrl-C or when the budget is spent.

Threads, not asyncio: the pipeline (openai's sync client, diskcache, the
verifier) is synchronous and already safe to share between threads, and the
work is waiting on the model server, which releases the GIL. Only the main
thread writes the output file, so lines never interleave.

Signals: the first Ctrl-C (or SIGTERM) stops handing out articles and lets the
ones in flight finish and be written; a second one abandons those. The handler
only sets flags, so an interrupt can never land between building a line and
writing it.
"""

from __future__ import annotations

import queue
import signal
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable

from summarizer.batch.output import OutputFile, ResumeState
from summarizer.batch.pricing import Budget
from summarizer.batch.sources import Item
from summarizer.core.errors import SummarizerError, VerificationError
from summarizer.core.schema import SummaryRecord, Usage
from summarizer.extract.stages import PendingAnswers
from summarizer.pipeline import Pipeline, Prepared

if TYPE_CHECKING:
    from summarizer.extract.client import Send


@dataclass
class RunStats:
    inputs: int = 0  # articles found in the inputs
    already_done: int = 0  # skipped: the output holds them already
    todo: int = 0  # articles this run has to write
    ok: int = 0
    cached: int = 0  # of ok: served from the cache (or a duplicate of one just done)
    failed: int = 0
    usage: Usage = field(default_factory=Usage)  # spent by this run, over every attempt
    errors: Counter = field(default_factory=Counter)  # error class -> count
    stopped: str | None = None  # why the run ended before every article was written
    interrupted: bool = False
    abandoned: int = 0  # in flight when a second Ctrl-C came
    started: float = field(default_factory=time.monotonic)
    seconds: float = 0.0

    @property
    def written(self) -> int:
        return self.ok + self.failed

    @property
    def left(self) -> int:
        return self.todo - self.written


@dataclass
class Outcome:
    """One article's result, as every engine hands it to `write_outcome`."""

    group: list[Item]  # articles with the same text: summarized once
    record: SummaryRecord | None = None
    error: dict | None = None
    spent: Usage | None = None  # tokens this attempt cost (None: none, e.g. a cache hit)


class Display:
    """What the runner reports to; the CLI passes a rich progress bar."""

    def start(self, stats: RunStats) -> None: ...
    def update(self, stats: RunStats) -> None: ...
    def note(self, message: str) -> None: ...  # transient: shown in the bar
    def message(self, message: str) -> None: ...  # permanent: a line above the bar
    def stop(self, stats: RunStats) -> None: ...
    def status(self, message: str) -> None: ...  # the Pipeline's status callback


def select(items: list[Item], resume: ResumeState, retry_failed: bool) -> tuple[list[Item], int]:
    """The items still to do, and how many are skipped. An item is done when the
    output holds a line with its id and content hash (an edited article is redone),
    unless that line is an error record and --retry-failed is on."""
    todo, skipped = [], 0
    for item in items:
        done = resume.done.get(item.id)
        if done is not None and done.sha256 == item.sha256 and not (retry_failed and done.status == "error"):
            skipped += 1
        else:
            todo.append(item)
    return todo, skipped


def error_info(exc: BaseException) -> dict:
    message = str(exc).splitlines()[0].strip() if str(exc).strip() else type(exc).__name__
    if not isinstance(exc, SummarizerError):
        message = f"internal error: {message} (please report it)"
    info: dict = {"class": type(exc).__name__, "message": message}
    if isinstance(exc, VerificationError):
        info["last_output"] = exc.last_output  # nothing the model said is lost
    return info


def ok_line(item: Item, record: SummaryRecord) -> dict:
    return {
        "id": item.id, "content_sha256": item.sha256, "source": item.source,
        "status": "ok", "record": record.model_dump(mode="json"),
    }


def error_line(item: Item, error: dict) -> dict:
    return {
        "id": item.id, "content_sha256": item.sha256, "source": item.source,
        "status": "error", "error": error,
    }


def summarize_group(pipeline: Pipeline, group: list[Item], use_cache: bool = True,
                    send_for: "Callable[[str], Send] | None" = None, prepared: Prepared | None = None) -> Outcome:
    """Summarize the first article of a group of same-text articles (`prepared`:
    its preparation, when the caller keeps it). Any failure, even a bug, becomes
    the outcome's error (never silence); PendingAnswers (a Batch API answer
    still out) is not a failure and goes through."""
    first = group[0]
    try:
        record = pipeline.summarize(first.text, source=first.source, use_cache=use_cache, send_for=send_for,
                                    prepared=prepared)
    except PendingAnswers:
        raise
    except Exception as exc:  # noqa: BLE001 - even a bug becomes an error record, never silence
        error, spent = error_info(exc), getattr(exc, "usage", None)
        if spent is not None and spent.requests:
            error["usage"] = spent.model_dump()  # what the failed attempts cost
        return Outcome(group, error=error, spent=spent)
    spent = None if record.provenance.cached else record.provenance.usage
    return Outcome(group, record=record, spent=spent)


def write_outcome(out: OutputFile, stats: RunStats, outcome: Outcome) -> None:
    """Write an outcome's lines (one per article of its group) and count them."""
    if outcome.spent is not None:
        for name in ("prompt_tokens", "completion_tokens", "requests", "reasks"):
            setattr(stats.usage, name, getattr(stats.usage, name) + getattr(outcome.spent, name))
    for n, item in enumerate(outcome.group):
        if outcome.record is None:
            out.write(error_line(item, outcome.error))
            stats.failed += 1
            stats.errors[outcome.error["class"]] += 1
            continue
        record = outcome.record
        if n > 0:
            # Same text under another id: the record is reused, not recomputed.
            record = record.model_copy(deep=True)
            record.article.source = item.source
            record.provenance.cached = True
        out.write(ok_line(item, record))
        stats.ok += 1
        stats.cached += record.provenance.cached


def groups_of(todo: list[Item]) -> tuple[list[Item], list[list[Item]]]:
    """The items that could not be read, and the rest grouped by text (one
    model call per text)."""
    groups: dict[str, list[Item]] = {}
    unreadable = []
    for item in todo:
        if item.error is not None:
            unreadable.append(item)
        else:
            groups.setdefault(item.sha256, []).append(item)
    return unreadable, list(groups.values())


def unreadable_outcome(item: Item) -> Outcome:
    return Outcome([item], error={"class": "InputError", "message": item.error})


class BatchRunner:
    """Runs `summarize(group)` on worker threads: by default the pipeline on this
    machine; the Ray engine (summarizer.batch.ray_engine) passes one that hands
    the group to a Ray actor."""

    def __init__(
        self, pipeline: Pipeline, out: OutputFile, *, workers: int, budget: Budget,
        display: Display | None = None, use_cache: bool = True,
        summarize: Callable[[list[Item]], Outcome] | None = None,
    ):
        self.pipeline = pipeline
        self.summarize = summarize or (lambda group: summarize_group(pipeline, group, use_cache))
        self.out = out
        self.workers = max(1, workers)
        self.budget = budget
        self.display = display or Display()
        self.use_cache = use_cache
        self.stats = RunStats()
        self._queue: queue.Queue[list[Item]] = queue.Queue()
        self._results: queue.Queue[Outcome] = queue.Queue()
        self._stop = threading.Event()
        # With a budget, a worker starts an article only with a slot; the main
        # thread gives a slot back after writing a result and checking the budget,
        # so no new article starts on money the budget has already spent. Without
        # one, a worker goes straight on: waiting for the main thread to wake, write
        # and hand the slot back cost each article two thread wake-ups (~6 ms on a
        # 2-core VM after an idle wait for the server, benchmarks/bench_batch.py).
        self._slots = threading.Semaphore(self.workers) if self.budget.limited else None
        self._signals = 0
        self._in_flight = 0

    # -- the run ---------------------------------------------------------------

    def run(self, items: list[Item], resume: ResumeState, retry_failed: bool = False) -> RunStats:
        stats = self.stats
        todo, stats.already_done = select(items, resume, retry_failed)
        stats.inputs, stats.todo = len(items), len(todo)
        unreadable, groups = groups_of(todo)
        self.display.start(stats)
        for item in unreadable:  # nothing to ask the model: written at once
            self._write(unreadable_outcome(item))
        for group in groups:
            self._queue.put(group)
        self._in_flight = len(groups)
        threads = [
            threading.Thread(target=self._work, name=f"batch-worker-{n}", daemon=True)
            for n in range(min(self.workers, len(groups)))
        ]
        previous = self._install_signal_handlers()
        try:
            for t in threads:
                t.start()
            self._collect(threads)
        finally:
            self._restore_signal_handlers(previous)
            stats.seconds = time.monotonic() - stats.started
            self.display.stop(stats)
        return stats

    def _collect(self, threads: list[threading.Thread]) -> None:
        stats = self.stats
        noticed = 0
        while True:
            if self._signals != noticed:  # acted on here, not in the handler
                noticed = self._signals
                self._on_interrupt(noticed)
            if self._signals >= 2:
                stats.abandoned = self._started_not_collected()
                return
            try:
                outcome = self._results.get(timeout=0.1)
            except queue.Empty:
                # Threads first, then the queue: a thread puts its last result
                # before it ends, so nothing can slip in between.
                if not any(t.is_alive() for t in threads) and self._results.empty():
                    return
                self.display.update(stats)
                continue
            self._in_flight -= 1
            self._write(outcome)
            reason = self.budget.reached(stats.usage)
            if reason and stats.stopped is None:
                stats.stopped = reason
                self._stop.set()
                self.display.message(f"{reason}; finishing the articles in flight, then stopping")
            if self._slots is not None:
                self._slots.release()

    def _on_interrupt(self, count: int) -> None:
        self.stats.interrupted = True
        self.stats.stopped = self.stats.stopped or "interrupted"
        self._stop.set()
        if count == 1:
            busy = self._started_not_collected()
            self.display.message(
                f"stopping: finishing the {busy} article(s) in flight; press Ctrl-C again to abandon them"
            )
        else:
            self.display.message("abandoning the articles in flight; they will be redone next run")

    def _started_not_collected(self) -> int:
        return max(self._in_flight - self._queue.qsize(), 0)

    # -- workers -------------------------------------------------------------

    def _work(self) -> None:
        while True:
            while self._slots is not None and not self._slots.acquire(timeout=0.1):
                if self._stop.is_set():
                    return
            if self._stop.is_set():
                return
            try:
                group = self._queue.get_nowait()
            except queue.Empty:
                return
            self._results.put(self._summarize(group))

    def _summarize(self, group: list[Item]) -> Outcome:
        return self.summarize(group)

    # -- output ----------------------------------------------------------------

    def _write(self, outcome: Outcome) -> None:
        write_outcome(self.out, self.stats, outcome)
        self.display.update(self.stats)

    # -- signals ---------------------------------------------------------------

    def _on_signal(self, signum, frame) -> None:  # noqa: ANN001
        self._signals += 1

    def _install_signal_handlers(self) -> dict | None:
        if threading.current_thread() is not threading.main_thread():
            return None  # signals can only be handled there; Ctrl-C then ends the process
        previous = {}
        for sig in (signal.SIGINT, signal.SIGTERM):
            previous[sig] = signal.signal(sig, self._on_signal)
        return previous

    def _restore_signal_handlers(self, previous: dict | None) -> None:
        for sig, handler in (previous or {}).items():
            signal.signal(sig, handler)

