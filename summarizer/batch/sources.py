"""Find the articles of a batch and give each one a stable id.

What an input path can be (decided by its name, also for files found in folders):
  * `.jsonl` / `.ndjson`: one JSON object per line; the article is in the text
    field (--text-field, default "text"), its id in the id field (--id-field,
    default "id") or, without one, `<path>:<line number>`;
  * `.csv` / `.tsv`: a header row names the columns; same fields as JSONL, id
    `<path>:<line number>` without an id column;
  * a folder: every file below it whose name matches one of the globs (default
    *.txt and *.md), recursively, in sorted order, hidden entries skipped;
  * any other file: one article (plain text or HTML), id = its path.

Paths in ids are written as given on the command line, normalised (`./a//b.txt`
-> `a/b.txt`), so re-running the same command gives the same ids.

Nothing found is dropped in silence: an article that cannot be read (binary
file, a JSONL line that is not JSON, a row without text) becomes an item that
carries its error, and the runner writes it as an error record.
"""

from __future__ import annotations

import csv
import fnmatch
import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from summarizer.core.errors import InputError
from summarizer.core.schema import article_sha256
from summarizer.read.inputs import MAX_BYTES, clean_text, read_article

DEFAULT_GLOBS = ("*.txt", "*.md")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
CSV_SUFFIXES = {".csv": ",", ".tsv": "\t"}


@dataclass
class Item:
    """One article of the batch (or the reason it could not be read)."""

    id: str
    source: str  # where it came from: a path, or path:line for JSONL/CSV rows
    sha256: str  # of the text summarized; of the raw bytes when unreadable
    text: str | None = None
    error: str | None = None  # one line; set when the article could not be read


@dataclass
class Discovery:
    items: list[Item] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    duplicates: int = 0  # same id and same text met again: kept once


@dataclass(frozen=True)
class Fields:
    id: str = "id"
    text: str = "text"
    source: str | None = None  # a field holding e.g. the URL, used as `source`


def _sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def display_path(path: str | Path) -> str:
    return os.path.normpath(str(path)).replace(os.sep, "/")


def discover(
    inputs: list[str],
    globs: tuple[str, ...] = DEFAULT_GLOBS,
    fields: Fields = Fields(),
    exclude: tuple[Path, ...] = (),
) -> Discovery:
    """Every article under `inputs`, in input order, ids unique. A path that does
    not exist is an InputError (a typo should not start a long run)."""
    found = Discovery()
    skip = {p.resolve() for p in exclude}
    for given in inputs:
        path = Path(given)
        if not path.exists():
            raise InputError(f"no such file or folder: {given}")
        if path.is_dir():
            files = list(_walk(path, globs, skip))
            if not files:
                found.warnings.append(f"{given}: no file matches {', '.join(globs)}")
            for file in files:
                _read_file(file, found, fields)
        else:
            _read_file(path, found, fields)
    _make_ids_unique(found)
    return found


def _walk(root: Path, globs: tuple[str, ...], skip: set[Path]) -> Iterator[Path]:
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            path = Path(dirpath) / name
            rel = path.relative_to(root).as_posix()
            # A pattern with a slash matches the path below the folder, else the name.
            if any(fnmatch.fnmatch(rel if "/" in g else name, g) for g in globs):
                if path.resolve() not in skip:
                    yield path


def _read_file(path: Path, found: Discovery, fields: Fields) -> None:
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        _read_jsonl(path, found, fields)
    elif suffix in CSV_SUFFIXES:
        _read_csv(path, found, fields, CSV_SUFFIXES[suffix])
    else:
        _read_text_file(path, found)


def _read_text_file(path: Path, found: Discovery) -> None:
    name = display_path(path)
    try:
        article = read_article(str(path))
    except InputError as exc:
        try:
            raw = path.read_bytes()[: MAX_BYTES + 1]
        except OSError:
            raw = b""
        found.items.append(Item(name, name, _sha256_bytes(raw), error=str(exc)))
        return
    found.warnings.extend(f"{name}: {w}" for w in article.warnings if not w.startswith("HTML input"))
    found.items.append(Item(name, name, article_sha256(article.text), text=article.text))


def _row_item(row: object, raw: bytes, where: str, line: int, fields: Fields) -> Item:
    """An item from one parsed JSONL object or CSV row."""
    position_id = f"{where}:{line}"
    if not isinstance(row, dict):
        return Item(position_id, position_id, _sha256_bytes(raw),
                    error=f"line {line}: not a JSON object")
    given_id = row.get(fields.id)
    item_id = position_id if given_id is None or str(given_id).strip() == "" else str(given_id).strip()
    source = row.get(fields.source) if fields.source else None
    source = str(source) if source not in (None, "") else position_id
    text = row.get(fields.text)
    if not isinstance(text, str) or not text.strip():
        problem = "is empty" if isinstance(text, str) else "is missing" if text is None else "is not a string"
        return Item(item_id, source, _sha256_bytes(raw),
                    error=f"line {line}: the text field {fields.text!r} {problem}")
    text, _html = clean_text(text)
    return Item(item_id, source, article_sha256(text), text=text)


def _read_jsonl(path: Path, found: Discovery, fields: Fields) -> None:
    where = display_path(path)
    items: list[Item] = []
    try:
        with open(path, "rb") as fh:
            for line_no, raw in enumerate(fh, 1):
                if line_no == 1 and raw.startswith(b"\xef\xbb\xbf"):
                    raw = raw[3:]
                if not raw.strip():
                    continue
                try:
                    row = json.loads(raw.decode("utf-8"))
                except (UnicodeDecodeError, ValueError) as exc:
                    # The rest of the file is still read: one bad line costs one article.
                    reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
                    pos = f"{where}:{line_no}"
                    items.append(Item(pos, pos, _sha256_bytes(raw.strip()),
                                      error=f"line {line_no}: not valid JSON ({reason})"))
                    found.warnings.append(f"{where} line {line_no}: not valid JSON; written as an error record")
                    continue
                items.append(_row_item(row, raw.strip(), where, line_no, fields))
    except OSError as exc:
        raise InputError(f"cannot read {where}: {exc.strerror}") from None
    _refuse_if_no_row_has_text(items, where, fields)
    found.items.extend(items)


def _read_csv(path: Path, found: Discovery, fields: Fields, delimiter: str) -> None:
    where = display_path(path)
    csv.field_size_limit(MAX_BYTES)  # an article is longer than csv's 128 KiB default allows
    items: list[Item] = []
    try:
        with open(path, newline="", encoding="utf-8-sig", errors="replace") as fh:
            reader = csv.DictReader(fh, delimiter=delimiter)
            columns = reader.fieldnames or []
            if fields.text not in columns:
                raise InputError(
                    f"{where} has no column {fields.text!r} (columns: {', '.join(columns) or 'none'}); "
                    "name the text column with --text-field"
                )
            while True:
                start = reader.line_num + 1
                try:
                    row = next(reader)
                except StopIteration:
                    break
                except csv.Error as exc:
                    pos = f"{where}:{start}"
                    items.append(Item(pos, pos, _sha256_bytes(pos.encode()),
                                      error=f"line {start}: malformed CSV ({exc})"))
                    continue
                raw = "\x1f".join(f"{k}={v}" for k, v in row.items()).encode()
                items.append(_row_item(row, raw, where, start, fields))
    except OSError as exc:
        raise InputError(f"cannot read {where}: {exc.strerror}") from None
    found.items.extend(items)


def _refuse_if_no_row_has_text(items: list[Item], where: str, fields: Fields) -> None:
    # A wrong --text-field would otherwise turn every line into an error record.
    if items and all(i.error and "the text field" in i.error for i in items):
        raise InputError(f"{where}: no line has a text field {fields.text!r}; "
                         "name it with --text-field")


def _make_ids_unique(found: Discovery) -> None:
    """The same id with the same text is one article (kept once); the same id
    with another text is a second article, renamed `<id>#2`, `#3`... in input
    order, so a re-run renames it the same way."""
    seen: dict[str, Item] = {}
    unique: list[Item] = []
    for item in found.items:
        first = seen.get(item.id)
        if first is not None:
            if first.sha256 == item.sha256:
                found.duplicates += 1
                continue
            n = 2
            while f"{item.id}#{n}" in seen:
                n += 1
            new_id = f"{item.id}#{n}"
            found.warnings.append(
                f"id {item.id!r} names two different articles ({first.source} and {item.source}); "
                f"the second is written as {new_id!r}"
            )
            item.id = new_id
        seen[item.id] = item
        unique.append(item)
    found.items = unique
