"""Stage 5: the response cache (diskcache).

The key covers everything that can change the model's answer: the article text,
the prompt version (content hash of the templates), the schema version, the model
and its generation parameters. Editing a prompt therefore never serves a stale
record. Only finished records are stored, never errors.

An entry keeps the model's answers beside the record, and the version of the code
that built the record from them (`builder_version`: a hash of the packages a record
is built by, summarizer.core, .read, .verify and .records, and of the libraries they
read the text with). A hit built by the code that runs now is served as stored: the
same answers through the same code give the same record, and a hit then never loads
the verifier. Any other hit is rebuilt from its answers (summarizer.records.answers)
and stored again, so verification rules, which are not in the key, are always
today's. Entries without answers (made before answers were kept) are served as stored.

Storage faults never give a wrong answer (tests/test_cache_storage.py):
  * an entry is stored with its key ({"key": ..., "record": ...}) and served only
    under that key, for an article with the same sha256; anything else (another
    key's entry, unparsable JSON, an older record format) is a miss, and dropped;
    entries of the earlier format (a bare record) are still served when the
    article's sha256 matches;
  * a cache database that is not a database (garbage, a torn copy) is moved aside
    (records.unreadable-<time>) and an empty cache started, with a warning;
  * a file where the cache folder should be, a folder we may not write, or a
    database another process keeps locked for LOCK_TIMEOUT seconds: ConfigError
    (exit 3) with one line saying which, before any work is done;
  * a read or write that fails during a run (disk full, a lock held too long):
    a warning, and the run carries on without the cache.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.metadata
import json
import sqlite3
import sys
import time
from pathlib import Path
from typing import Any, Callable

import diskcache

from summarizer.core.errors import ConfigError
from summarizer.core.schema import SummaryRecord


def cache_key(
    article_sha256: str, prompt_version: str, schema_version: str, model: str, params: dict[str, Any]
) -> str:
    material = json.dumps(
        {
            "article": article_sha256,
            "prompt": prompt_version,
            "schema": schema_version,
            "model": model,
            "params": params,
        },
        sort_keys=True,
    )
    return hashlib.sha256(material.encode()).hexdigest()


# The packages a record is built by (the import contract in pyproject.toml lets
# summarizer.records import only these), and the libraries whose versions can change
# what they make of a text (the segmenter; the record's model).
BUILDER_PACKAGES = ("core", "read", "verify", "records")
BUILDER_LIBRARIES = ("sentencex", "pydantic")


@functools.lru_cache(maxsize=1)
def builder_version() -> str:
    """A hash of the code that builds a record from the model's answers: every file
    of BUILDER_PACKAGES (bytecode left out) and the versions of BUILDER_LIBRARIES.
    Reading the ~60 files costs a few milliseconds, once a process."""
    root = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for package in BUILDER_PACKAGES:
        for path in sorted((root / package).rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(path.relative_to(root).as_posix().encode() + b"\0")
                digest.update(path.read_bytes() + b"\0")
    for library in BUILDER_LIBRARIES:
        try:
            version = importlib.metadata.version(library)
        except importlib.metadata.PackageNotFoundError:
            version = "?"
        digest.update(f"{library}=={version}\0".encode())
    return digest.hexdigest()[:16]


# Seconds to wait for another process's lock on the cache database.
LOCK_TIMEOUT = 10.0
# What a read or write can raise when the storage misbehaves (diskcache.Timeout: a lock held too long).
_STORAGE_FAULTS = (sqlite3.Error, OSError, diskcache.Timeout)


def _stderr_warning(message: str) -> None:
    print(f"summarizer: warning: {message}", file=sys.stderr, flush=True)


class RecordCache:
    def __init__(self, directory: Path, warn: Callable[[str], None] | None = None):
        self.directory = Path(directory) / "records"
        self.warn = warn or _stderr_warning
        self.disabled: str | None = None  # why the cache is off for the rest of this run
        self._cache = self._open()

    # -- opening -------------------------------------------------------------

    def _open(self) -> diskcache.Cache:
        for path in (self.directory.parent, self.directory):
            if path.exists() and not path.is_dir():
                raise ConfigError(
                    f"cannot open the cache: {path} is a file, not a folder; move it, or use --cache-dir / --no-cache"
                )
        try:
            db = self.directory / "cache.db"
            if db.exists():
                _probe(db)
            return diskcache.Cache(str(self.directory), timeout=LOCK_TIMEOUT)
        except sqlite3.OperationalError as exc:  # locked, read-only, cannot open
            if "locked" in str(exc) or "busy" in str(exc):
                raise ConfigError(
                    f"the cache at {self.directory} is locked by another process ({exc}, waited "
                    f"{LOCK_TIMEOUT:g}s); try again when it is done, or use --cache-dir / --no-cache"
                ) from None
            raise ConfigError(f"cannot open the cache at {self.directory}: {exc}; use --cache-dir or --no-cache") from None
        except sqlite3.DatabaseError as exc:  # not a database, malformed
            return self._rebuild(exc)
        except OSError as exc:  # permissions, read-only file system
            raise ConfigError(
                f"cannot open the cache at {self.directory}: {exc.strerror or exc}; use --cache-dir or --no-cache"
            ) from None

    def _rebuild(self, exc: Exception) -> diskcache.Cache:
        aside = self.directory.with_name(f"records.unreadable-{time.strftime('%Y%m%d-%H%M%S')}")
        n = 1
        while aside.exists():
            n += 1
            aside = aside.with_name(f"{aside.name.split('~')[0]}~{n}")
        try:
            self.directory.rename(aside)
            cache = diskcache.Cache(str(self.directory), timeout=LOCK_TIMEOUT)
        except (OSError, sqlite3.Error) as again:
            raise ConfigError(
                f"the cache at {self.directory} is unreadable ({exc}) and could not be replaced ({again}); "
                "delete that folder, or use --cache-dir / --no-cache"
            ) from None
        self.warn(f"the cache at {self.directory} was unreadable ({exc}); moved it to {aside.name} "
                  "and started an empty one")
        return cache

    # -- entries ---------------------------------------------------------------

    def get(self, key: str, sha256: str | None = None) -> SummaryRecord | None:
        """The record stored under `key` (for an article with this `sha256`), or
        None; its `.answers` are the model's answers when the entry kept them."""
        found = self.lookup(key, sha256)
        return found[0] if found is not None else None

    def lookup(self, key: str, sha256: str | None = None) -> tuple[SummaryRecord, bool] | None:
        """`get`, and whether the code that runs now built the stored record
        (its builder_version is today's)."""
        if self.disabled:
            return None
        try:
            raw = self._cache.get(key)
        except _STORAGE_FAULTS as exc:
            self._disable("read", exc)
            return None
        if raw is None:
            return None
        found = _decode(raw, key, sha256)
        if found is None:
            # Another key's entry, a torn value, an incompatible older version:
            # a miss, never a wrong answer, and the entry goes.
            try:
                self._cache.delete(key)
            except _STORAGE_FAULTS:
                pass
            return None
        record, built_by = found
        return record, built_by == builder_version()

    def put(self, key: str, record: SummaryRecord, built_here: bool = True) -> None:
        """Store `record`. `built_here`: built from its `.answers` by the code
        that runs now; a record built elsewhere (a Ray worker on another node) is
        stored without a builder_version, so its first hit rebuilds it here."""
        if self.disabled:
            return
        built_by = builder_version() if built_here else None
        entry = '{"key": %s, "record": %s, "answers": %s, "built_by": %s}' % (
            json.dumps(key), record.model_dump_json(), json.dumps(record.answers), json.dumps(built_by))
        try:
            self._cache.set(key, entry)
        except _STORAGE_FAULTS as exc:
            self._disable("write to", exc)

    def _disable(self, what: str, exc: Exception) -> None:
        self.disabled = f"cannot {what} the cache at {self.directory} ({exc})"
        self.warn(f"{self.disabled}; carrying on without it")

    def stats(self) -> dict[str, Any]:
        return {
            "directory": str(self.directory),
            "entries": len(self._cache),
            "bytes": self._cache.volume(),
        }

    def clear(self) -> int:
        return self._cache.clear()

    def close(self) -> None:
        self._cache.close()

    def __enter__(self) -> "RecordCache":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _probe(db: Path) -> None:
    """Fail fast, with sqlite's own error, on a database that is not one or that
    another process keeps locked (diskcache itself would retry for 60 s)."""
    con = sqlite3.connect(str(db), timeout=LOCK_TIMEOUT, isolation_level=None)
    try:
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        con.execute("BEGIN IMMEDIATE")
        con.execute("ROLLBACK")
    finally:
        con.close()


def _decode(raw: Any, key: str, sha256: str | None) -> tuple[SummaryRecord, str | None] | None:
    try:
        data = json.loads(raw)
    except (TypeError, ValueError):
        return None
    answers: list[str] = []
    built_by = None
    entry_keys = ({"key", "record"}, {"key", "record", "answers"}, {"key", "record", "answers", "built_by"})
    if isinstance(data, dict) and set(data) in entry_keys:
        if data["key"] != key:
            return None
        answers = data.get("answers") or []
        if not (isinstance(answers, list) and all(isinstance(a, str) for a in answers)):
            return None
        built_by = data.get("built_by")
        if not isinstance(built_by, str):
            built_by = None
        data = data["record"]
    try:
        record = SummaryRecord.model_validate(data)
    except ValueError:
        return None
    record.answers = answers
    if sha256 is not None and record.article.sha256 != sha256:
        return None
    return record, built_by


# Hashed at import, before this process builds any record: a file edited while it runs
# can then only leave a stamp older than the code that built a record (a needless
# rebuild later), never a stamp of code newer than what built it.
builder_version()
