"""Read a batch output file back (for `summarizer export`): the records of its
"ok" lines, and a count of its error records by class.

What `summarizer batch --out` writes is the contract (output.py, docs/batch.md).
A file that is not such a file is refused with one line naming the first line
that is not: an export must never quietly drop part of a results file. Two
leniencies, both said: a last line cut short (a batch still writing, or killed
while writing) is skipped, and of several lines for one id (a run not yet
compacted) the last counts, as compaction would keep it.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from summarizer.batch.output import parse_line
from summarizer.core.errors import InputError
from summarizer.core.schema import SummaryRecord


@dataclass
class BatchResults:
    records: list[tuple[str, SummaryRecord]] = field(default_factory=list)  # (id, record), in file order
    errors: Counter[str] = field(default_factory=Counter)  # error class -> error records
    warnings: list[str] = field(default_factory=list)

    @property
    def error_count(self) -> int:
        return sum(self.errors.values())


def read_results(path: Path) -> BatchResults:
    """The records and error counts of a batch output file. InputError when it
    cannot be read or is not a batch output file."""
    path = Path(path)
    if not path.exists():
        raise InputError(f"no such file: {path}")
    if path.is_dir():
        raise InputError(f"{path} is a directory; give the .jsonl file `summarizer batch --out` wrote")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror}") from None
    lines = data.splitlines(keepends=True)
    last: dict[str, tuple[int, dict]] = {}  # id -> (line number, parsed line), the last one wins
    results = BatchResults()
    parsed = 0
    for number, raw in enumerate(lines, 1):
        if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        if not raw.strip():
            continue
        obj = parse_line(raw)
        if obj is None:
            if number == len(lines) and not raw.endswith(b"\n"):
                results.warnings.append(f"{path}: the last line is cut short (a batch still writing, or "
                                        "killed while writing); skipped")
                continue
            what = "is not JSON" if _not_json(raw) else 'is not a batch output line (an object with "id" and "status")'
            raise InputError(f"{path}: line {number} {what}; export reads the file `summarizer batch --out` writes")
        parsed += 1
        last.pop(obj["id"], None)  # re-inserted: the later line takes the later place
        last[obj["id"]] = (number, obj)
    superseded = parsed - len(last)
    if superseded > 0:
        results.warnings.append(f"{path}: {superseded} earlier line(s) for an id given again later were "
                                "left out (the last line of each id counts)")
    for item_id, (number, obj) in last.items():
        if obj["status"] == "error":
            error = obj.get("error")
            results.errors[str(error.get("class", "unknown")) if isinstance(error, dict) else "unknown"] += 1
            continue
        try:
            record = SummaryRecord.model_validate(obj.get("record"))
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"]) or "record"
            raise InputError(f"{path}: line {number}: the record does not match this version of summarizer "
                             f"({where}: {first['msg']})") from None
        results.records.append((item_id, record))
    return results


def _not_json(raw: bytes) -> bool:
    try:
        json.loads(raw)
    except ValueError:
        return True
    return False
