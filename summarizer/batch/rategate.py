"""A pause shared by every worker of a batch.

When one request gets HTTP 429, the server is telling the whole API key to slow
down, not that one request: if only the unlucky worker backed off, the other
workers would keep the key over its limit and every document would end up
burning its retries. ModelClient calls `pause(seconds)` when tenacity is about to
sleep after a 429 (Retry-After when given, else the backoff) and `wait()` before
every request, so all workers hold off together.
"""

from __future__ import annotations

import threading
import time


class RateGate:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._until = 0.0  # monotonic time before which nobody sends
        self.pauses = 0  # how many 429s closed the gate (for the summary)
        self.paused_seconds = 0.0  # wall time the gate was closed, overlaps merged

    def pause(self, seconds: float) -> None:
        now = time.monotonic()
        with self._lock:
            until = now + max(seconds, 0.0)
            if until > self._until:
                self.paused_seconds += until - max(self._until, now)
                self._until = until
            self.pauses += 1

    def remaining(self) -> float:
        with self._lock:
            return max(self._until - time.monotonic(), 0.0)

    def wait(self) -> None:
        # Re-read after each sleep: another 429 may have pushed the gate further.
        while (left := self.remaining()) > 0:
            time.sleep(min(left, 0.25))
