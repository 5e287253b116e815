"""The batch output file: JSON Lines, one line per article, append-only while a run
is under way.

Durability rules (docs/batch.md):
  * a line is written with ONE os.write() of the whole line and its "\n" on an
    O_APPEND descriptor, no Python buffering, so a killed process (even kill -9)
    leaves complete lines plus, at worst, one torn last line;
  * on start, a torn last line (no trailing newline, or not JSON) is cut off, and
    the user is told;
  * no fsync per line by default: the kernel keeps what was written when the
    process dies; only a power cut or OS crash can lose the last lines, and
    `--fsync` covers that at the price of one disk flush per article. The file is
    always fsynced when a run ends;
  * the file is locked (flock) so two runs never write into it at once;
  * when a run ends, the file is compacted: a later line for the same id (a
    retried failure, an edited article) replaces the earlier one, so the file
    holds exactly one line per article. Compaction writes a new file and renames
    it over the old one, so a crash during it leaves the old file intact.
"""

from __future__ import annotations

import fcntl
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from summarizer.core.errors import ConfigError


@dataclass(frozen=True)
class Done:
    """What the output already holds for one id (its last line)."""

    sha256: str
    status: str  # "ok" | "error"


@dataclass
class ResumeState:
    done: dict[str, Done] = field(default_factory=dict)
    lines: int = 0
    superseded: int = 0  # lines replaced by a later line for the same id
    recovered: str | None = None  # what was cut off, if a torn last line was found


def to_json_line(obj: dict) -> bytes:
    text = json.dumps(obj, ensure_ascii=False)
    # Valid JSON may hold U+2028/U+2029 raw, but many line readers (Python's
    # str.splitlines among them) split on them; escaped they are the same JSON.
    text = text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return (text + "\n").encode("utf-8")


def parse_line(raw: bytes) -> dict | None:
    """One output line as a dict with a string "id" and a "status" of "ok" or
    "error"; None when it is not such a line."""
    try:
        obj = json.loads(raw)
    except ValueError:
        return None
    if not isinstance(obj, dict) or not isinstance(obj.get("id"), str) or obj.get("status") not in ("ok", "error"):
        return None
    return obj


class OutputFile:
    """The output path, opened for appending and locked for the run."""

    def __init__(self, path: Path, fsync: bool = False):
        self.path = Path(path)
        self.fsync_each = fsync
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._fd = self._open_locked()
        self._tmp = self.path.with_name(f".{self.path.name}.compact.tmp")
        self._tmp.unlink(missing_ok=True)  # left by a run killed while compacting

    def _open_locked(self) -> int:
        for _ in range(5):
            fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(fd)
                raise ConfigError(f"another batch run is writing to {self.path}; wait for it or pick another --out") from None
            # The run before us may have renamed a compacted file over the path
            # between our open and our lock: then we hold the old inode. Retry.
            try:
                if os.stat(self.path).st_ino == os.fstat(fd).st_ino:
                    return fd
            except FileNotFoundError:
                pass
            os.close(fd)
        raise ConfigError(f"{self.path} keeps being replaced; is another program writing to it?")

    # -- resume --------------------------------------------------------------

    def scan(self) -> ResumeState:
        """Read what earlier runs wrote; cut a torn last line off."""
        state = ResumeState()
        offset = 0
        last: tuple[int, bytes] | None = None  # (offset, line) of the last line seen
        with open(self.path, "rb") as fh:
            for raw in fh:
                if last is not None:
                    self._account(state, last[1])
                last = (offset, raw)
                offset += len(raw)
        if last is not None:
            start, raw = last
            if raw.endswith(b"\n") and parse_line(raw) is not None:
                self._account(state, raw)
            else:
                os.ftruncate(self._fd, start)
                os.fsync(self._fd)
                state.recovered = (
                    f"{self.path}: the last line was cut short (a run was killed while writing it); "
                    f"removed its {len(raw)} bytes, that article will be redone"
                )
        return state

    def _account(self, state: ResumeState, raw: bytes) -> None:
        obj = parse_line(raw)
        line_no = state.lines + 1
        if obj is None:
            what = "is not a batch output line" if line_no == 1 else "is not valid"
            raise ConfigError(
                f"{self.path}: line {line_no} {what}; this file was not written by `summarizer batch` "
                "or was edited by hand. Fix or remove that line, or pick another --out"
            )
        state.lines += 1
        if obj["id"] in state.done:
            state.superseded += 1
        state.done[obj["id"]] = Done(str(obj.get("content_sha256", "")), obj["status"])

    # -- writing -------------------------------------------------------------

    def write(self, obj: dict) -> None:
        data = to_json_line(obj)
        try:
            written = os.write(self._fd, data)
            # A regular file takes the whole line at once; a short write (disk
            # full) is finished here, or the torn line is cut off next start.
            while written < len(data):
                written += os.write(self._fd, data[written:])
            if self.fsync_each:
                os.fsync(self._fd)
        except OSError as exc:
            raise ConfigError(f"cannot write {self.path}: {exc.strerror}") from None

    # -- end of run ------------------------------------------------------------

    def compact(self, order: list[str] | None = None) -> int:
        """Keep the last line of each id; with `order` (ids in input order), sort
        the lines into that order, ids not in it last in their current order.
        Rewrites the file only when something changes. Returns lines dropped.
        Call it last: after a rewrite our descriptor points at the old file."""
        entries: list[tuple[str, bytes]] = []
        with open(self.path, "rb") as fh:
            for raw in fh:
                obj = parse_line(raw)
                if obj is not None and raw.endswith(b"\n"):
                    entries.append((obj["id"], raw))
        last = {id_: i for i, (id_, _) in enumerate(entries)}
        kept = [(i, e) for i, e in enumerate(entries) if last[e[0]] == i]
        if order is not None:
            rank = {id_: n for n, id_ in enumerate(order)}
            kept.sort(key=lambda p: (0, rank[p[1][0]]) if p[1][0] in rank else (1, p[0]))
        new = [raw for _, (_, raw) in kept]
        if new == [raw for _, raw in entries]:
            os.fsync(self._fd)
            return 0
        with open(self._tmp, "wb") as out:
            out.writelines(new)
            out.flush()
            os.fsync(out.fileno())
        os.replace(self._tmp, self.path)
        _fsync_dir(self.path.parent)
        return len(entries) - len(new)

    def close(self) -> None:
        if self._fd >= 0:
            os.close(self._fd)  # releases the lock
            self._fd = -1

    def __enter__(self) -> "OutputFile":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _fsync_dir(directory: Path) -> None:
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
