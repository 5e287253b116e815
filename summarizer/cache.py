"""Stage 5: the response cache (diskcache).

The key covers everything that can change the model's answer: the article text,
the prompt version (content hash of the templates), the schema version, the model
and its generation parameters. Editing a prompt therefore never serves a stale
record. Only finished records are stored, never errors.

An entry keeps the model's answers beside the record; the pipeline rebuilds the
record from them on every hit (summarizer.records.answers), so verification rules, which
are not in the key, are always today's. Entries without answers (made before
answers were kept) are served as stored.

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

import hashlib
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
        if self.disabled:
            return None
        try:
            raw = self._cache.get(key)
        except _STORAGE_FAULTS as exc:
            self._disable("read", exc)
            return None
        if raw is None:
            return None
        record = _decode(raw, key, sha256)
        if record is None:
            # Another key's entry, a torn value, an incompatible older version:
            # a miss, never a wrong answer, and the entry goes.
            try:
                self._cache.delete(key)
            except _STORAGE_FAULTS:
                pass
        return record

    def put(self, key: str, record: SummaryRecord) -> None:
        if self.disabled:
            return
        entry = '{"key": %s, "record": %s, "answers": %s}' % (
            json.dumps(key), record.model_dump_json(), json.dumps(record.answers))
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


def _decode(raw: Any, key: str, sha256: str | None) -> SummaryRecord | None:
    try:
        data = json.loads(raw)
    except (TypeError, ValueError):
        return None
    answers: list[str] = []
    if isinstance(data, dict) and set(data) in ({"key", "record"}, {"key", "record", "answers"}):
        if data["key"] != key:
            return None
        answers = data.get("answers") or []
        if not (isinstance(answers, list) and all(isinstance(a, str) for a in answers)):
            return None
        data = data["record"]
    try:
        record = SummaryRecord.model_validate(data)
    except ValueError:
        return None
    record.answers = answers
    if sha256 is not None and record.article.sha256 != sha256:
        return None
    return record
