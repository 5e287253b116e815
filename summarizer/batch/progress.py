"""What a batch shows on stderr: a rich progress bar on a terminal, a plain
progress line every few seconds otherwise (a log file gets no escape codes), and
a summary table at the end. Quiet mode uses the runner's silent Display."""

from __future__ import annotations

import re
import time

from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table

from summarizer.batch.pricing import PRICES_AS_OF, Budget
from summarizer.batch.rategate import RateGate
from summarizer.batch.runner import Display, RunStats

# Per-article steps the pipeline reports; with many workers they are noise.
_CHATTER = re.compile(r"^(generating \(answer|answer \d+ received|cache hit|\d+ sentences; asking"
                      r"|\d+ incident\(s\) found; asking)")
NOTE_SECONDS = 8.0  # how long a transient note (a retry, a pause) stays in the bar
PLAIN_EVERY = 10.0  # seconds between progress lines when stderr is not a terminal


def _eta(stats: RunStats) -> str:
    elapsed = time.monotonic() - stats.started
    if stats.written == 0 or stats.left <= 0:
        return "-"
    seconds = elapsed / stats.written * stats.left
    return f"{seconds / 60:.0f}m" if seconds >= 120 else f"{seconds:.0f}s"


class ProgressDisplay(Display):
    def __init__(self, console: Console, budget: Budget, gate: RateGate | None = None):
        self.console = console
        self.budget = budget
        self.gate = gate
        self.rich = console.is_terminal
        self._note = ("", 0.0)
        self._progress: Progress | None = None
        self._task = None
        self._last_plain = 0.0

    # -- pipeline status messages ------------------------------------------------

    def status(self, message: str) -> None:
        """The Pipeline's status callback: retries go to the bar, per-article
        chatter is dropped, anything else (the embedded server starting) printed."""
        if _CHATTER.match(message):
            return
        if message.startswith("model server:"):
            self.note(message)
        else:
            self.message(message)

    def note(self, message: str) -> None:
        self._note = (message, time.monotonic())

    def message(self, message: str) -> None:
        self.console.print(message, markup=False, highlight=False)

    # -- the bar -----------------------------------------------------------------

    def _fields(self, stats: RunStats) -> dict:
        cost = self.budget.cost(stats.usage)
        note, at = self._note
        paused = self.gate.remaining() if self.gate else 0.0
        if paused > 0:
            note = f"rate limited: all workers paused {paused:.1f}s"
        elif time.monotonic() - at > NOTE_SECONDS:
            note = ""
        return {
            "ok": stats.ok, "cached": stats.cached, "failed": stats.failed,
            "tokens": f"{stats.usage.total_tokens:,}",
            "cost": "" if cost is None else f" ${cost:.4f}",
            "note": note,
        }

    def start(self, stats: RunStats) -> None:
        if not self.rich:
            self.message(f"{stats.todo} article(s) to do, {stats.already_done} already in the output")
            return
        self._progress = Progress(
            TextColumn("[bold]batch"), BarColumn(), MofNCompleteColumn(),
            TextColumn("ok {task.fields[ok]} (cached {task.fields[cached]}) · failed {task.fields[failed]}"),
            TextColumn("· {task.fields[tokens]} tokens{task.fields[cost]}"),
            TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
            TextColumn("[yellow]{task.fields[note]}"),
            console=self.console, transient=False,
        )
        self._progress.start()
        self._task = self._progress.add_task("batch", total=stats.todo, **self._fields(stats))

    def update(self, stats: RunStats) -> None:
        if self._progress is not None:
            self._progress.update(self._task, completed=stats.written, **self._fields(stats))
        elif not self.rich and time.monotonic() - self._last_plain >= PLAIN_EVERY:
            self._last_plain = time.monotonic()
            f = self._fields(stats)
            self.message(
                f"[{time.monotonic() - stats.started:7.1f}s] {stats.written}/{stats.todo} "
                f"ok {f['ok']} (cached {f['cached']}) failed {f['failed']}, {f['tokens']} tokens{f['cost']}, "
                f"ETA {_eta(stats)} {f['note']}".rstrip()
            )

    def stop(self, stats: RunStats) -> None:
        if self._progress is not None:
            self.update(stats)
            self._progress.stop()
            self._progress = None


def summary_table(stats: RunStats, budget: Budget, out: str, model: str, gate: RateGate | None) -> Table:
    table = Table(title="batch summary", show_header=False, box=None, title_justify="left", padding=(0, 2))
    table.add_column(style="bold")
    table.add_column(justify="right")
    table.add_column(style="dim")
    table.add_row("articles in the inputs", f"{stats.inputs:,}", "")
    table.add_row("already in the output", f"{stats.already_done:,}", "skipped")
    table.add_row("written this run", f"{stats.written:,}", "")
    table.add_row("  ok", f"{stats.ok:,}", f"{stats.cached:,} from the cache")
    errors = ", ".join(f"{name} {n}" for name, n in stats.errors.most_common())
    table.add_row("  error records", f"{stats.failed:,}", escape(errors))
    if stats.left:
        table.add_row("not written", f"{stats.left:,}", escape(f"{stats.stopped}; re-run the same command to continue"))
    u = stats.usage
    table.add_row("tokens (this run)", f"{u.total_tokens:,}",
                  f"prompt {u.prompt_tokens:,} · completion {u.completion_tokens:,} · "
                  f"{u.requests:,} requests · {u.reasks:,} re-asks")
    cost = budget.cost(u)
    if cost is None:
        table.add_row("cost estimate", "unknown", escape(f"no price for {model}; add one under [prices]"))
    else:
        origin = budget.price.origin
        if origin == "built-in estimate":
            origin += f", prices of {PRICES_AS_OF}"
        table.add_row("cost estimate", f"${cost:.4f}", escape(f"{model}: {origin}"))
    if gate is not None and gate.pauses:
        table.add_row("rate-limit pauses", f"{gate.pauses:,}", f"{gate.paused_seconds:.1f} s with all workers waiting")
    per = f"{stats.seconds / stats.written:.3f} s per article" if stats.written else ""
    table.add_row("wall time", f"{stats.seconds:.1f} s", per)
    table.add_row("output", escape(out), "")
    return table
