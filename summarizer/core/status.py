"""What the user sees on stderr while a run is under way: one line per step with
the elapsed time. stdout carries only the record."""

from __future__ import annotations

import sys
import time
from functools import lru_cache

from rich.console import Console


@lru_cache(maxsize=1)
def stderr_console() -> Console:
    return Console(stderr=True, highlight=False)


class StatusLine:
    """Callable `status(message)`; prints '[  12.3s] message' to stderr."""

    def __init__(self, quiet: bool = False):
        self.quiet = quiet
        self.started = time.monotonic()

    def __call__(self, message: str) -> None:
        if not self.quiet:
            elapsed = time.monotonic() - self.started
            print(f"[{elapsed:7.1f}s] {message}", file=sys.stderr, flush=True)


def silent(_message: str) -> None:
    """A status callback that says nothing."""
