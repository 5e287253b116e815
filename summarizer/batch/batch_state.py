"""What `--engine batch-api` remembers between runs, beside `--out`:

  * `<out>.batch-state.json` (written atomically, after every change): what the
    run was made with (its fingerprint: model, endpoint, prompt and schema
    versions, generation parameters) and every batch submitted: its input file,
    its id, its round, the custom ids it carries, its last status, whether its
    results are downloaded;
  * `<out>.batch-files/`: the downloaded output and error files of finished
    batches (each written atomically, once), and `live.jsonl`, the answers to
    re-asks sent live (`--reask live`), appended one line each as they arrive.

Everything the provider returned is kept there until the run is complete, so a
stopped run (Ctrl-C, kill -9, a crash) loses nothing it paid for: a re-run polls
the batches still out, downloads what finished, resubmits what expired, and
rebuilds every article from the answers (summarizer.batch.batch_api). A batch
uploaded but not recorded as created (a stop between the two calls) is looked
up by its input file before anything is submitted again.

When every article of the inputs has its line in `--out`, both are removed.
"""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import asdict, dataclass, field
from pathlib import Path

from summarizer.core.errors import ConfigError
from summarizer.core.files import write_text_atomic

STATE_FORMAT = 1
# Batch statuses after which nothing more comes (OpenAI's; vLLM uses the same).
TERMINAL = ("completed", "failed", "expired", "cancelled")
# Lines the provider never ran: their requests go out again in the next round.
NOT_RUN = ("batch_expired", "batch_cancelled")


@dataclass
class Submitted:
    """One batch, from upload to downloaded results."""

    round: int
    input_file_id: str
    custom_ids: list[str]
    estimate_usd: float | None = None
    id: str | None = None  # None: uploaded, but not known to be created yet
    status: str = "validating"
    counts: dict = field(default_factory=dict)  # the provider's request counts
    error: str | None = None  # why a batch failed as a whole
    done: bool = False  # terminal, and its results are in the files folder


@dataclass
class Result:
    """The provider's answer to one request line: a chat completion body, or why there is none."""

    body: dict | None = None
    error: str | None = None


class BatchState:
    def __init__(self, out: Path, fingerprint: dict):
        self.path = out.with_name(out.name + ".batch-state.json")
        self.files = out.with_name(out.name + ".batch-files")
        self.fingerprint = fingerprint
        self.batches: list[Submitted] = []

    @classmethod
    def load(cls, out: Path, fingerprint: dict | None) -> "BatchState":
        """The state beside `out`, or an empty one. A state made with other
        settings is refused: its answers are for other requests (None: any, to cancel it)."""
        state = cls(out, fingerprint or {})
        if not state.path.exists():
            return state
        try:
            data = json.loads(state.path.read_text(encoding="utf-8"))
            if data.get("format") != STATE_FORMAT:
                raise ValueError(f"format {data.get('format')!r}")
            state.batches = [Submitted(**b) for b in data["batches"]]
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise ConfigError(f"{state.path} cannot be read ({exc}); move it away to start the Batch API run "
                              "afresh (batches it lists are then not picked up)") from None
        if fingerprint is None:
            state.fingerprint = data.get("fingerprint") or {}
        elif data.get("fingerprint") != fingerprint:
            changed = sorted(k for k in set(fingerprint) | set(data.get("fingerprint") or {})
                             if fingerprint.get(k) != (data.get("fingerprint") or {}).get(k))
            raise ConfigError(f"{state.path} belongs to a Batch API run made with other settings "
                              f"({', '.join(changed)} differ); re-run with those settings to finish it, "
                              "--cancel it, or use another --out")
        return state

    def save(self) -> None:
        data = {"format": STATE_FORMAT, "fingerprint": self.fingerprint,
                "batches": [asdict(b) for b in self.batches]}
        try:
            write_text_atomic(self.path, json.dumps(data, ensure_ascii=False, indent=1))
        except OSError as exc:
            raise ConfigError(f"cannot write {self.path}: {exc.strerror}") from None

    def in_flight(self) -> list[Submitted]:
        return [b for b in self.batches if not b.done]

    def waiting_ids(self) -> set[str]:
        """Custom ids of requests that a batch still out will answer."""
        return {cid for b in self.in_flight() for cid in b.custom_ids}

    # -- answers ---------------------------------------------------------------

    def store_files(self, batch: Submitted, output: bytes | None, errors: bytes | None) -> None:
        self.files.mkdir(parents=True, exist_ok=True)
        for suffix, data in (("output", output), ("errors", errors)):
            if data is not None:
                write_text_atomic(self.files / f"{batch.id}.{suffix}.jsonl", data.decode("utf-8", "replace"))

    def append_live(self, custom_id: str, body: dict) -> None:
        """Keep a live re-ask's answer as a batch would have returned it."""
        self.files.mkdir(parents=True, exist_ok=True)
        line = json.dumps({"custom_id": custom_id, "response": {"status_code": 200, "body": body}}) + "\n"
        fd = os.open(self.files / "live.jsonl", os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        try:
            os.write(fd, line.encode("utf-8"))  # one write: a kill leaves whole lines
        finally:
            os.close(fd)

    def results(self) -> dict[str, Result]:
        """Every answer received, by custom id (expired and cancelled lines are
        left out: they are asked again)."""
        found: dict[str, Result] = {}
        if not self.files.is_dir():
            return found
        names = [f"{b.id}.{s}.jsonl" for b in self.batches if b.done for s in ("output", "errors")] + ["live.jsonl"]
        for name in names:
            path = self.files / name
            if not path.exists():
                continue
            for raw in path.read_bytes().splitlines():
                try:
                    obj = json.loads(raw)
                except ValueError:
                    continue  # a torn last line of live.jsonl: that re-ask is sent again
                if isinstance(obj, dict) and isinstance(obj.get("custom_id"), str):
                    result = parse_result(obj)
                    if result is not None:
                        found[obj["custom_id"]] = result
        return found

    def remove(self) -> None:
        self.path.unlink(missing_ok=True)
        shutil.rmtree(self.files, ignore_errors=True)


def parse_result(obj: dict) -> Result | None:
    """One line of an output or error file; None for a line the provider did not run."""
    error = obj.get("error") if isinstance(obj.get("error"), dict) else None
    if error is not None and error.get("code") in NOT_RUN:
        return None
    response = obj.get("response") if isinstance(obj.get("response"), dict) else {}
    body = response.get("body")
    if response.get("status_code") == 200 and isinstance(body, dict) and error is None:
        return Result(body=body)
    message = (error or {}).get("message")
    if not message and isinstance(body, dict) and isinstance(body.get("error"), dict):
        message = body["error"].get("message")
    status = response.get("status_code")
    where = f"HTTP {status}" if status else (error or {}).get("code") or "no response"
    return Result(error=f"Batch API: {where}: {message or 'failed'}".splitlines()[0])
