"""Stage 5: the response cache (diskcache).

The key covers everything that can change the answer: the article text, the
prompt version (content hash of the templates), the schema version, the model and
its generation parameters. Editing a prompt therefore never serves a stale record.
Only finished records are stored, never errors.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import diskcache

from summarizer.errors import ConfigError
from summarizer.schema import SummaryRecord


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


class RecordCache:
    def __init__(self, directory: Path):
        self.directory = Path(directory) / "records"
        try:
            self._cache = diskcache.Cache(str(self.directory))
        except Exception as exc:  # sqlite3 errors, permissions, a file in the way
            raise ConfigError(f"cannot open the cache at {self.directory}: {exc}") from None

    def get(self, key: str) -> SummaryRecord | None:
        raw = self._cache.get(key)
        if raw is None:
            return None
        try:
            return SummaryRecord.model_validate_json(raw)
        except ValueError:
            # An entry written by an older, incompatible version: a miss, not a crash.
            self._cache.delete(key)
            return None

    def put(self, key: str, record: SummaryRecord) -> None:
        self._cache.set(key, record.model_dump_json())

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
