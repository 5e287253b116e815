"""The Python API: incident records from a program or a notebook (docs/api.md).

    summarize(text, *, source=None, **settings) -> SummaryRecord
    summarize_many(items, *, workers=None, ordered=True, **settings)
        -> Iterator[SummaryRecord | ErrorRecord]
    Summarizer(**settings): one pipeline (one cache, one model server) for many calls

Settings go by the names of summarizer.core.settings.Settings and resolve as on
the command line: keywords > environment > config file > defaults. `config`
(a TOML file) and `status` (a progress callback) are the two other keywords.
These names and signatures are the stable surface; summarizer/__init__.py
re-exports them.

May import: summarizer.batch (worker counts, error records), summarizer.pipeline
and the layers below.
"""

from __future__ import annotations

import dataclasses
import difflib
import itertools
import os
import re
import sys
import threading
import weakref
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypedDict

from summarizer.batch.job import default_workers
from summarizer.batch.runner import error_info
from summarizer.core.errors import ConfigError, InputError
from summarizer.core.schema import SummaryRecord
from summarizer.core.settings import Settings, load_settings
from summarizer.core.status import silent
from summarizer.extract.endpoints import with_served_model
from summarizer.pipeline import Pipeline
from summarizer.read.inputs import MAX_BYTES, clean_text

if sys.version_info >= (3, 11):
    from typing import Unpack
else:  # Python 3.10
    from typing_extensions import Unpack

__all__ = ["ErrorRecord", "Item", "Summarizer", "SummarizerOptions", "summarize", "summarize_many"]

StrPath = str | os.PathLike[str]


class SummarizerOptions(TypedDict, total=False):
    """The keywords summarize, summarize_many and Summarizer take: every field of
    Settings (None or absent: from the environment, the config file or the
    default), plus `config` and `status`. tests/test_api.py holds it equal to Settings."""

    base_url: str | None
    api_key: str | None
    model: str | None
    temperature: float
    max_tokens: int
    seed: int | None
    timeout: float | None
    max_reasks: int | None
    transport_retries: int
    grammar: bool | None
    gguf: StrPath | None
    runtime: str
    parallel: int
    n_ctx: int
    n_threads: int | None
    server_start_timeout: float
    cache_dir: StrPath
    cache: bool
    config: StrPath | None  # a TOML config file (default: $SUMMARIZER_CONFIG, else the user's)
    status: Callable[[str], None] | None  # called with each progress message (default: none)


# An article for summarize_many: its text, an (id, text) pair, or a mapping with
# "text" and optionally "id" and "source".
Item = str | tuple[str, str] | Mapping[str, Any]


@dataclass(frozen=True)
class ErrorRecord:
    """An article summarize_many has no record for, and why: the Python form of
    a batch output's error record."""

    index: int  # the item's position in the input, from 0
    id: str | None  # the item's id; None for a bare string
    error_class: str  # "InputError", "ProviderError", "VerificationError", ... (summarizer.core.errors)
    message: str  # one line
    exception: BaseException | None = field(default=None, repr=False, compare=False)


class Summarizer:
    """One pipeline for many articles: one settings resolution, one record cache,
    and the embedded model server, started on the first cache miss and kept
    until close(). Use it as a context manager; one that is not closed is closed
    when it is garbage-collected or, at the latest, at interpreter exit. Methods
    may be called from several threads at once."""

    def __init__(self, settings: Settings | None = None, **options: Unpack[SummarizerOptions]) -> None:
        status = options.pop("status", None)
        config = options.pop("config", None)
        _check_names(options)
        if settings is None:
            settings = load_settings(dict(options), config_path=Path(config) if config is not None else None)
        elif options or config is not None:
            raise TypeError("give either a Settings object or settings by name, not both")
        # A base URL without a model: the model that endpoint serves, as on the command line.
        self.settings: Settings = with_served_model(settings)
        self._status: Callable[[str], None] = status or silent
        self._pipeline: Pipeline | None = None
        self._finalizer: weakref.finalize | None = None
        self._lock = threading.Lock()
        self._closed = False

    # -- lifetime ------------------------------------------------------------

    def _open(self, workers: int = 1) -> Pipeline:
        with self._lock:
            if self._closed:
                raise ValueError("this Summarizer is closed")
            if self._pipeline is None:
                settings = self.settings
                if settings.embedded and workers > 1:
                    # One server slot per worker, so their requests are decoded together (as in batch).
                    settings = dataclasses.replace(settings, parallel=max(settings.parallel, workers))
                self._pipeline = Pipeline(settings, self._status)
                # Holds the pipeline, not self: runs at garbage collection or at exit (atexit).
                self._finalizer = weakref.finalize(self, self._pipeline.close)
            return self._pipeline

    def close(self) -> None:
        """Stop the embedded server, if this Summarizer started one, and close the cache."""
        with self._lock:
            self._closed = True
            if self._finalizer is not None:
                self._finalizer()  # runs once; later calls do nothing

    @property
    def closed(self) -> bool:
        return self._closed

    def __enter__(self) -> "Summarizer":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- work ------------------------------------------------------------------

    def summarize(self, text: str, *, source: str | None = None) -> SummaryRecord:
        """The record of one article (plain text or HTML). Raises InputError (no
        text), ProviderError (the model server failed after retries),
        VerificationError (no answer of the right shape) or ConfigError."""
        article = article_text(text)
        return self._open().summarize(article, source=source, use_cache=self.settings.cache)

    def summarize_many(self, items: Iterable[Item], *, workers: int | None = None,
                       ordered: bool = True) -> Iterator[SummaryRecord | ErrorRecord]:
        """A result per item: its SummaryRecord, or an ErrorRecord when it has none.
        In input order (ordered=True) or as each finishes. `workers` articles are
        in flight at once (default: as `summarizer batch`). Items are read as they
        are needed, so a generator of articles is fine. A ConfigError (nothing to
        run a model with, an unusable cache) is raised: it would fail every item."""
        count = workers if workers is not None else default_workers(self.settings)
        if isinstance(count, bool) or not isinstance(count, int) or count < 1:
            raise ValueError(f"workers must be a positive integer, not {workers!r}")
        return self._results(iter(items), count, ordered)

    def _results(self, items: Iterator[Item], workers: int,
                 ordered: bool) -> Iterator[SummaryRecord | ErrorRecord]:
        pipeline = self._open(workers)
        positions = itertools.count()
        # Futures in input order. Twice as many as the workers are queued, so no
        # worker waits between articles; the rest of the input is not read yet.
        pending: dict[Future[SummaryRecord | ErrorRecord], None] = {}
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="summarizer") as pool:

            def submit_next() -> bool:
                item = next(items, _END)
                if item is _END:
                    return False
                pending[pool.submit(self._one, pipeline, next(positions), item)] = None
                return True

            try:
                while len(pending) < 2 * workers and submit_next():
                    pass
                while pending:
                    if ordered:
                        done = [next(iter(pending))]
                    else:
                        finished = wait(pending, return_when=FIRST_COMPLETED).done
                        done = [f for f in pending if f in finished]  # in input order among themselves
                    for future in done:
                        result = future.result()  # waits; raises a ConfigError
                        del pending[future]
                        submit_next()  # before yielding: the workers carry on while the caller looks
                        yield result
            finally:  # the caller stopped early, or a ConfigError: drop what has not started
                for future in pending:
                    future.cancel()

    def _one(self, pipeline: Pipeline, index: int, item: Item) -> SummaryRecord | ErrorRecord:
        item_id = item_id_of(item)  # before anything can fail: the error record names it
        try:
            text, source = unpack_item(index, item)
            return pipeline.summarize(article_text(text), source=source, use_cache=self.settings.cache)
        except ConfigError:
            raise
        except Exception as exc:  # noqa: BLE001 - as in batch: every item gets a result, even after a bug
            info = error_info(exc)
            return ErrorRecord(index, item_id, info["class"], info["message"], exc)


_END = object()
_OPTION_NAMES = frozenset(SummarizerOptions.__annotations__)


def _check_names(options: Mapping[str, Any]) -> None:
    """An unknown keyword is a TypeError, as for any Python function, with the
    setting it was probably meant to be."""
    for name in options:
        if name not in _OPTION_NAMES:
            close = difflib.get_close_matches(name, sorted(_OPTION_NAMES), n=1)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            raise TypeError(f"unknown setting {name!r}{hint} (the names are Settings' fields, docs/api.md)")


def item_id_of(item: object) -> str | None:
    """The id a summarize_many item gives itself (made a str), or None."""
    if isinstance(item, tuple) and len(item) == 2:
        return str(item[0])
    if isinstance(item, Mapping) and item.get("id") is not None:
        return str(item["id"])
    return None


def unpack_item(index: int, item: Item) -> tuple[str, str | None]:
    """(text, source) of one summarize_many item. An item with an id and no
    source has its id as the record's source, as a batch row does."""
    if isinstance(item, str):
        return item, None
    if isinstance(item, tuple) and len(item) == 2:
        return item[1], item_id_of(item)
    if isinstance(item, Mapping):
        if "text" not in item:
            raise InputError(f"item {index} has no \"text\"")
        source = item.get("source")
        return item["text"], str(source) if source is not None else item_id_of(item)
    raise InputError(f"item {index} is of type {type(item).__name__}; give a str, an (id, text) pair, "
                     "or a dict with \"id\" and \"text\"")


_SURROGATE = re.compile("[\ud800-\udfff]")


def article_text(text: object) -> str:
    """The article as the pipeline takes it, after the clean-up every input
    gets (summarizer.read.inputs.clean_text: HTML to its visible text, line ends)."""
    if not isinstance(text, str):
        raise InputError(f"an article is a str, not {type(text).__name__}")
    # A lone surrogate (from a JSON "\ud83d" cut in half) cannot be encoded: the
    # reader replaces undecodable bytes the same way.
    text = _SURROGATE.sub("\ufffd", text)
    if len(text) > MAX_BYTES and len(text.encode("utf-8")) > MAX_BYTES:
        raise InputError(f"the article is larger than {MAX_BYTES:,} bytes; is it really an article?")
    cleaned, html = clean_text(text)
    if not cleaned.strip():
        raise InputError("an HTML page with no visible text: there is no article to summarize" if html
                         else "the article is empty: there is no text to summarize")
    return cleaned


def summarize(text: str, *, source: str | None = None, **settings: Unpack[SummarizerOptions]) -> SummaryRecord:
    """The record of one article. `source` is reported as the record's
    article.source. For many articles, a Summarizer (or summarize_many) keeps
    one cache and one model server for all of them."""
    with Summarizer(**settings) as summarizer:
        return summarizer.summarize(text, source=source)


def summarize_many(items: Iterable[Item], *, workers: int | None = None, ordered: bool = True,
                   **settings: Unpack[SummarizerOptions]) -> Iterator[SummaryRecord | ErrorRecord]:
    """Summarizer(**settings).summarize_many(items, ...), closed when the
    iterator is exhausted or discarded."""
    summarizer = Summarizer(**settings)
    results = summarizer.summarize_many(items, workers=workers, ordered=ordered)

    def closing() -> Iterator[SummaryRecord | ErrorRecord]:
        with summarizer:
            yield from results

    return closing()
