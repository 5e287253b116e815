"""The orchestrator: segment -> prompt -> call -> verify -> cache -> (render, in the CLI).

`Pipeline` opens the model endpoint lazily, on the first cache miss, so a cache
hit never starts the embedded server. One Pipeline serves many articles (batch,
eval) and may be shared by threads.

A record is always built from the model's answers by the code that runs now
(summarizer.records.answers), whether the answers are fresh or come from the cache:
a cached record is served as stored only when the code that built it is this code
(summarizer.cache.builder_version), and rebuilt otherwise. The stages that read and
verify (records, verify, extract.stages) are imported on first use, so a hit by
today's code loads none of them.
"""

from __future__ import annotations

import contextlib
import functools
import threading
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable

from summarizer.cache import RecordCache, cache_key
from summarizer.core.errors import InputError, ProviderError
from summarizer.core.schema import (
    Provenance,
    SummaryRecord,
    article_sha256,
    schema_version,
)
from summarizer.core.settings import Settings
from summarizer.core.status import silent
from summarizer.extract.prompt import prompt_version
from summarizer.extract.windows import (
    Window,
    article_budget,
    plan_windows,
)
from summarizer.read.segment import Sentence, segment

if TYPE_CHECKING:
    from summarizer.extract.client import ModelClient, Send
    from summarizer.records.derive import Article

Status = Callable[[str], None]


@dataclass(frozen=True)
class Prepared:
    """An article ready for the model: its sentences and its cache key."""

    text: str
    sha256: str
    sentences: list[Sentence]
    key: str
    windows: tuple[Window, ...] = ()  # more than one: too long for one request (windows.py)

    @functools.cached_property
    def article(self) -> "Article":
        """The article as the verifier reads it, made on first use (a key
        lookup never needs it) and shared by every check of every answer and by
        the record."""
        from summarizer.records.derive import Article

        return Article(self.sentences, self.text)


class Pipeline:
    def __init__(self, settings: Settings, status: Status = silent, client: "ModelClient | None" = None,
                 rate_gate=None, cache: RecordCache | None = None):
        self.settings = settings
        self.rate_gate = rate_gate  # shared pause on 429s, see ModelClient
        self.status = status
        self.prompt_version = prompt_version()
        self.schema_version = schema_version()
        # `cache`: another pipeline's, shared (the Ray engine's per-endpoint lookups).
        self.cache = cache if cache is not None else RecordCache(settings.cache_dir) if settings.cache else None
        self._client = client
        self._server = None  # the embedded server we started, if any
        self._stack = contextlib.ExitStack()
        self._lock = threading.Lock()

    # -- endpoint -----------------------------------------------------------

    def client(self) -> "ModelClient":
        with self._lock:
            if self._client is None:
                # Imported here: openai and instructor take ~0.5 s to import, and a
                # cache hit never needs them.
                from summarizer.extract.client import ModelClient

                s = self.settings
                if s.embedded:
                    from summarizer.extract.local_server import embedded_endpoint

                    base_url, self._server = self._stack.enter_context(embedded_endpoint(s, self.status))
                else:
                    base_url = s.base_url
                self._client = ModelClient(
                    base_url, s.api_key, s.model_name,
                    temperature=s.temperature, max_tokens=s.max_tokens, seed=s.seed,
                    timeout=s.request_timeout, max_reasks=s.reasks,
                    transport_retries=s.transport_retries, grammar=s.use_grammar,
                    status=self.status, rate_gate=self.rate_gate,
                )
            return self._client

    def close(self) -> None:
        self._stack.close()
        if self.cache:
            self.cache.close()

    def __enter__(self) -> "Pipeline":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- stages -------------------------------------------------------------

    def prepare(self, text: str) -> Prepared:
        sentences = segment(text)
        if not sentences:
            raise InputError("the article holds no sentences")
        sha = article_sha256(text)
        windows = plan_windows(sentences, article_budget(self.settings))
        # Two servers answering to one model name are two models: the endpoint
        # (without secrets; the embedded server's port changes every run) is keyed too.
        params = {**self.settings.generation_params(), "endpoint": self.settings.endpoint_id}
        if len(windows) > 1:  # the split is part of what the record depends on
            params = {**params, "windows": [w.span for w in windows]}
        key = cache_key(sha, self.prompt_version, self.schema_version, self.settings.model_name, params)
        return Prepared(text, sha, sentences, key, tuple(windows))

    def cached(self, prepared: Prepared, source: str | None = None) -> SummaryRecord | None:
        """The cached record as today's code builds it from its answers; None on
        a miss. Built by other code (a verifier change), it is rebuilt and stored
        again."""
        if self.cache is None:
            return None
        found = self.cache.lookup(prepared.key, prepared.sha256)
        if found is None:
            return None
        stored, current = found
        if current or not stored.answers:
            # Today's code made it (or, with no answers kept, nothing can remake it).
            stored.article.source = source
            stored.provenance.cached = True
            return stored
        from summarizer.records.answers import record_from_answers

        record = record_from_answers(prepared.text, stored.answers, stored.provenance, source, prepared.sentences,
                                     prepared.article)
        self.cache.put(prepared.key, record)
        record.provenance.cached = True
        return record

    def summarize(self, text: str, source: str | None = None, use_cache: bool = True,
                  send_for: "Callable[[str], Send] | None" = None,
                  prepared: Prepared | None = None) -> SummaryRecord:
        """The record of one article. `send_for` gives each question's transport
        (summarizer.extract.stages); the Batch API engine replays the provider's
        answers through it, and gets PendingAnswers while some are still out.
        `prepared`: `text` prepared already (that engine rebuilds an article every
        round, and keeps its preparation between rounds)."""
        started = time.monotonic()
        prepared = prepared if prepared is not None else self.prepare(text)
        if use_cache:
            hit = self.cached(prepared, source)
            if hit is not None:
                self.status("cache hit")
                return hit
        from summarizer.extract.stages import extract_stages
        from summarizer.records.answers import record_from_answers

        client = self.client()
        self.status(f"{len(prepared.sentences)} sentences; asking {client.model}")
        try:
            extraction = extract_stages(client, prepared.sentences, text, list(prepared.windows), self.status,
                                        article_budget(self.settings), send_for=send_for, article=prepared.article)
        except ProviderError as exc:
            # "Connection refused" hides the cause when our own server died.
            died = self._server.died() if self._server is not None else None
            if died:
                exc.args = (died,)
            raise
        provenance = Provenance(
            model=client.model, endpoint=client.shown_url,
            prompt_version=self.prompt_version, schema_version=self.schema_version,
            cached=False, seconds=round(time.monotonic() - started, 3), usage=extraction.usage,
        )
        record = record_from_answers(text, extraction.answers, provenance, source, prepared.sentences,
                                     prepared.article)
        if self.cache is not None:
            self.cache.put(prepared.key, record)
        return record
