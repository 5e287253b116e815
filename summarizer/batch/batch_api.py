"""`summarizer batch --engine batch-api`: the provider's Batch API (OpenAI's
/v1/files + /v1/batches; vLLM's batch runner reads the same request file).

An article needs several answers in sequence (summarizer.extract.stages: the
events of each window, then the fields of each incident found, and a re-ask for
an answer that fails its checks), so the run goes in ROUNDS: every request that
can be asked now goes into one batch (split at the provider's limits); when it
comes back, each article is rebuilt from the answers so far, which gives either
its record or its next requests (fields after events, re-asks after failed
checks), and so on until no article waits.

One owner for every rule: an article is rebuilt by the live pipeline itself
(Pipeline.summarize through summarize_group), with a transport that replays the
provider's answers (`_Replay`) instead of calling the endpoint. So a request line
is exactly the body a live call sends (built by the same instructor call and
ModelClient.wire_body), an answer is parsed, checked, re-asked and salvaged by the
live code, and the record is record_from_answers of the same answers: a batch
record equals the live record of the same answers. A request's custom_id is the
article's cache key (first CUSTOM_KEY_CHARS hex digits), the question ("e1":
events of window 1, "f2": fields of incident 2) and the attempt ("a0" the first
ask, "a1" the first re-ask).

Cached articles are never submitted (the pipeline serves them first). A line the
provider failed becomes a ProviderError for that request, so the article gets
an error record exactly as a live failure would (or, for a re-ask, keeps its
earlier answer flagged, as live). Lines that expired or were cancelled are sent
again in the next round. The state between runs is in summarizer.batch.batch_state.
"""

from __future__ import annotations

import json
import signal
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Callable

from summarizer.batch.batch_state import TERMINAL, BatchState, Result, Submitted
from summarizer.batch.output import OutputFile, ResumeState
from summarizer.batch.pricing import Budget
from summarizer.batch.runner import (
    Display,
    Outcome,
    RunStats,
    groups_of,
    select,
    summarize_group,
    unreadable_outcome,
    write_outcome,
)
from summarizer.batch.sources import Item
from summarizer.core.errors import ProviderError, SummarizerError
from summarizer.extract.stages import PendingAnswers
from summarizer.extract.windows import estimate_tokens
from summarizer.pipeline import Pipeline, Prepared

ENDPOINT = "/v1/chat/completions"
CUSTOM_KEY_CHARS = 40  # custom ids must stay within 64 characters
MAX_REQUESTS = 50_000  # per batch (OpenAI's limit)
MAX_FILE_BYTES = 190 * 1024 * 1024  # per request file (OpenAI's limit: 200 MB)
COMPLETION_GUESS = 200  # completion tokens per request, for the cost estimate, until answers say better
API_RETRIES = 4  # for the files/batches calls (the chat transport has its own)


def custom_id(key: str, tag: str, attempt: int) -> str:
    return f"{key[:CUSTOM_KEY_CHARS]}-{tag}-a{attempt}"


@dataclass
class BatchApiOptions:
    poll_seconds: float = 30.0
    reask_live: bool = False  # re-asks as live calls instead of another round
    workers: int = 8  # live re-asks in flight at once


class _Replay:
    """The transport of one question of one article: the provider's answer to
    each attempt, or Pending with the request body for the first one not back."""

    def __init__(self, run: "BatchApiRun", key: str, tag: str):
        self.run, self.key, self.tag, self.attempt = run, key, tag, 0

    def __call__(self, body: dict):
        from summarizer.extract.client import Pending, completion_of

        request_id = custom_id(self.key, self.tag, self.attempt)
        self.attempt += 1
        result = self.run.results.get(request_id)
        if result is None:
            if not (self.run.options.reask_live and self.attempt > 1):
                raise Pending(body, request_id)
            response = self.run.client.post(body)  # ProviderError when it fails, as live
            self.run.state.append_live(request_id, response.model_dump(mode="json"))
            return response
        if result.error is not None:
            raise ProviderError(result.error)
        if not result.body.get("choices"):
            raise ProviderError("Batch API: the answer has no choices (an empty answer list)")
        # As the live call builds its response from JSON: same objects, same re-ask messages.
        return completion_of(result.body)


class _Remembering:
    """The model client, remembering each question's outcome once its answers
    are all in: an article is rebuilt every round, and a question settled in an
    earlier round replays to the same outcome (same answers, same code), so it
    is not replayed again."""

    def __init__(self, client, settled: dict):  # noqa: ANN001 - the ModelClient
        self._client, self._settled = client, settled

    def __getattr__(self, name: str):  # noqa: ANN204 - model, shown_url, ... as the client has them
        return getattr(self._client, name)

    def ask(self, response_model, messages, check, send=None):  # noqa: ANN001, ANN201
        if not isinstance(send, _Replay):
            return self._client.ask(response_model, messages, check, send=send)
        article = self._settled.setdefault(send.key, {})
        if send.tag not in article:  # a failure or Pending raises, and is not remembered
            article[send.tag] = self._client.ask(response_model, messages, check, send=send)
        return article[send.tag]


class BatchApiRun:
    def __init__(self, pipeline: Pipeline, out: OutputFile, state: BatchState, budget: Budget,
                 display: Display, options: BatchApiOptions):
        self.client = pipeline.client()
        self.settled: dict[str, dict] = {}  # article key -> question -> its Extraction
        # article key -> its preparation (sentences, and the article as the verifier
        # reads it), kept from round to round: the same text gives the same ones.
        self.prepared: dict[str, Prepared] = {}
        self.pipeline = Pipeline(pipeline.settings, client=_Remembering(self.client, self.settled),
                                 rate_gate=pipeline.rate_gate, cache=pipeline.cache)
        self.api = self.client.openai.with_options(max_retries=API_RETRIES)
        self.out, self.state, self.budget, self.display, self.options = out, state, budget, display, options
        self.stats = RunStats()
        self.results: dict[str, Result] = state.results()
        self.waiting: dict[str, list[Item]] = {}  # article key -> its group, not yet written
        self.needs: dict[str, set[str]] = {}  # article key -> custom ids it waits for
        self.pending: dict[str, dict] = {}  # custom id -> request body, to submit
        self.submitted_usd = 0.0  # estimates of what this run submitted
        self.submitted_tokens = 0
        self._signals = 0

    # -- the run -----------------------------------------------------------------

    def run(self, items: list[Item], resume: ResumeState, retry_failed: bool = False) -> RunStats:
        stats = self.stats
        todo, stats.already_done = select(items, resume, retry_failed)
        stats.inputs, stats.todo = len(items), len(todo)
        if retry_failed:  # failed requests are asked again, not replayed as failures
            self.results = {cid: r for cid, r in self.results.items() if r.error is None}
        unreadable, groups = groups_of(todo)
        self.display.start(stats)
        for item in unreadable:
            self._write(unreadable_outcome(item))
        keys = []
        for group in groups:
            key = self._key(group)
            self.waiting[key] = group
            keys.append(key)
        previous = self._install_signal_handlers()
        try:
            self._adopt_unconfirmed()
            self._advance(keys)
            while not self._signals:
                out_now = self.state.waiting_ids()
                to_submit = {cid: body for cid, body in self.pending.items() if cid not in out_now}
                if to_submit and stats.stopped is None:
                    self._submit(to_submit)
                if not self.state.in_flight():
                    break
                answered = self._poll()
                self._advance([k for k, ids in self.needs.items() if ids & answered])
        finally:
            self._restore_signal_handlers(previous)
            if self.state.batches:
                self.state.save()
            stats.seconds = time.monotonic() - stats.started
            self.display.stop(stats)
        if self._signals:
            stats.interrupted, stats.stopped = True, "interrupted"
        elif not self.waiting:
            self.state.remove()  # every article has its line: nothing left to pick up
        return stats

    def _key(self, group: list[Item]) -> str:
        try:
            prepared = self.pipeline.prepare(group[0].text)
        except SummarizerError:
            return f"unprepared-{group[0].sha256}"  # summarize_group writes its error record
        self.prepared[prepared.key] = prepared
        return prepared.key

    # -- rebuilding articles from the answers ---------------------------------------

    def _try(self, key: str) -> Outcome | PendingAnswers:
        send_for: Callable[[str], _Replay] = lambda tag: _Replay(self, key, tag)  # noqa: E731
        try:
            return summarize_group(self.pipeline, self.waiting[key], use_cache=True, send_for=send_for,
                                   prepared=self.prepared.get(key))
        except PendingAnswers as waiting:
            # Without its traceback: its frames lead back to _advance's, which
            # holds the exception, a cycle only the garbage collector's full
            # passes free (slow, with every article of a round alive).
            return waiting.with_traceback(None)

    def _advance(self, keys: list[str]) -> None:
        """Rebuild these articles from the answers so far: write the finished
        ones, note what the others ask next. With live re-asks the rebuild waits
        on the endpoint, so it runs on a pool of workers."""
        if self.options.reask_live and len(keys) > 1:
            with ThreadPoolExecutor(max_workers=self.options.workers) as pool:
                outcomes = list(pool.map(self._try, keys))
        else:
            outcomes = [self._try(k) for k in keys]
        for key, outcome in zip(keys, outcomes):
            for cid in self.needs.pop(key, ()):
                self.pending.pop(cid, None)
            if isinstance(outcome, PendingAnswers):
                self.needs[key] = {p.request_id for p in outcome.pending}
                self.pending.update({p.request_id: p.body for p in outcome.pending})
            else:
                del self.waiting[key]
                self.settled.pop(key, None)
                self.prepared.pop(key, None)
                self._write(outcome)

    def _write(self, outcome: Outcome) -> None:
        write_outcome(self.out, self.stats, outcome)
        self.display.update(self.stats)

    # -- submitting ------------------------------------------------------------------

    def _estimate(self, body: dict) -> tuple[int, float | None]:
        """Tokens and USD (Batch price) a request is expected to cost: its prompt
        from its characters (conservatively), its answer from the mean of the
        answers received so far."""
        prompt = estimate_tokens("".join(str(m.get("content") or "") for m in body["messages"]))
        tokens = prompt + self._completion_mean()
        price = self.budget.price
        return tokens, None if price is None else price.cost(prompt, self._completion_mean())

    def _completion_mean(self) -> int:
        if not hasattr(self, "_mean"):
            seen = [r.body.get("usage", {}).get("completion_tokens", 0) for r in self.results.values()
                    if r.body and isinstance(r.body.get("usage"), dict)]
            self._mean = round(sum(seen) / len(seen)) if seen else COMPLETION_GUESS
        return self._mean

    def _within_budget(self, requests: dict[str, dict]) -> tuple[list[tuple[str, dict]], float]:
        chosen, usd, tokens = [], 0.0, 0
        for cid, body in requests.items():
            t, c = self._estimate(body)
            if self.budget.max_tokens is not None and self.submitted_tokens + tokens + t > self.budget.max_tokens:
                break
            if self.budget.max_cost is not None and c is not None and self.submitted_usd + usd + c > self.budget.max_cost:
                break
            chosen.append((cid, body))
            usd, tokens = usd + (c or 0.0), tokens + t
        if len(chosen) < len(requests):
            what = (f"${self.budget.max_cost:.4f} (--max-cost)" if self.budget.max_cost is not None
                    else f"{self.budget.max_tokens:,} tokens (--max-tokens-total)")
            self.stats.stopped = (f"budget reached: {len(requests) - len(chosen):,} request(s) not submitted, "
                                  f"their estimate would pass {what}")
            self.display.message(f"{self.stats.stopped}; the batches already out are finished first")
        self.submitted_tokens += tokens
        return chosen, usd

    def _submit(self, requests: dict[str, dict]) -> None:
        chosen, usd = self._within_budget(requests)
        round_no = max((b.round for b in self.state.batches), default=0) + 1
        for chunk in _chunks(chosen):
            data = b"".join(_request_line(cid, body) for cid, body in chunk)
            share = usd * len(chunk) / len(chosen)
            file = self.api.files.create(file=(f"summarizer-round-{round_no}.jsonl", data), purpose="batch")
            sub = Submitted(round_no, file.id, [cid for cid, _ in chunk],
                            round(share, 6) if self.budget.price else None)
            self.state.batches.append(sub)
            self.state.save()  # before create: a stop in between is found again (_adopt_unconfirmed)
            self._create(sub)
            self.submitted_usd += share
            cost = f", estimated ${share:.4f} at the Batch price" if self.budget.price else ""
            self.display.message(f"round {round_no}: submitted {len(chunk):,} request(s) as {sub.id}{cost}")

    def _create(self, sub: Submitted) -> None:
        batch = self.api.batches.create(input_file_id=sub.input_file_id, endpoint=ENDPOINT, completion_window="24h",
                                        metadata={"summarizer": f"round {sub.round}"})
        sub.id, sub.status = batch.id, batch.status
        self.state.save()

    def _adopt_unconfirmed(self) -> None:
        """A batch uploaded but not recorded as created: find it by its input
        file (the provider may have created it before the run stopped), else create it."""
        unconfirmed = [b for b in self.state.batches if b.id is None and not b.done]
        if not unconfirmed:
            return
        known = {b.input_file_id: b for b in self.api.batches.list(limit=100)}
        for sub in unconfirmed:
            found = known.get(sub.input_file_id)
            if found is not None:
                sub.id, sub.status = found.id, found.status
                self.state.save()
            else:
                self._create(sub)

    # -- polling -----------------------------------------------------------------------

    def _poll(self) -> set[str]:
        """Wait until some batch is over; download what it returned. Returns the
        custom ids it carried (answered, failed or to be sent again)."""
        while not self._signals:
            over: set[str] = set()
            for sub in self.state.in_flight():
                batch = self.api.batches.retrieve(sub.id)
                counts = batch.request_counts
                sub.status = batch.status
                sub.counts = counts.model_dump() if counts is not None else {}
                if batch.status in TERMINAL:
                    self._download(sub, batch)
                    over |= set(sub.custom_ids)
            self.display.note(self._describe())
            self.display.update(self.stats)
            if over:
                self.results = self.state.results()
                self.__dict__.pop("_mean", None)  # the estimate learns from the new answers
                return over
            self._sleep(self.options.poll_seconds)
        return set()

    def _download(self, sub: Submitted, batch) -> None:  # noqa: ANN001 - openai's Batch
        output = self.api.files.content(batch.output_file_id).content if batch.output_file_id else None
        errors = self.api.files.content(batch.error_file_id).content if batch.error_file_id else None
        if batch.status == "failed":
            # The whole batch was refused (an invalid file, a quota): each request
            # gets the reason, so each article gets an error record, not silence.
            reasons = [e.message for e in (batch.errors.data or [])] if batch.errors else []
            sub.error = "; ".join(r for r in reasons if r) or "the batch failed"
            errors = b"".join(json.dumps({"custom_id": cid, "error": {"code": "batch_failed", "message": sub.error}})
                              .encode() + b"\n" for cid in sub.custom_ids)
        self.state.store_files(sub, output, errors)
        sub.done = True
        self.state.save()
        if batch.status != "completed":
            self.display.message(f"{sub.id} ended {batch.status}"
                                 + (f": {sub.error}" if sub.error else "; requests without an answer go out again"))

    def _describe(self) -> str:
        parts = []
        for sub in self.state.in_flight():
            c = sub.counts or {}
            parts.append(f"{sub.id} {sub.status} {c.get('completed', 0)}/{c.get('total', len(sub.custom_ids))}"
                         + (f" ({c['failed']} failed)" if c.get("failed") else ""))
        return "; ".join(parts)

    def _sleep(self, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        while not self._signals and (left := deadline - time.monotonic()) > 0:
            time.sleep(min(left, 0.1))

    # -- signals -----------------------------------------------------------------------

    def _on_signal(self, signum, frame) -> None:  # noqa: ANN001
        self._signals += 1
        if self._signals == 1:
            self.display.message("stopping: the batches keep running at the provider; "
                                 "re-run the same command to pick up their answers")

    def _install_signal_handlers(self) -> dict | None:
        if threading.current_thread() is not threading.main_thread():
            return None
        return {sig: signal.signal(sig, self._on_signal) for sig in (signal.SIGINT, signal.SIGTERM)}

    def _restore_signal_handlers(self, previous: dict | None) -> None:
        for sig, handler in (previous or {}).items():
            signal.signal(sig, handler)


def _request_line(cid: str, body: dict) -> bytes:
    return (json.dumps({"custom_id": cid, "method": "POST", "url": ENDPOINT, "body": body},
                       ensure_ascii=False) + "\n").encode("utf-8")


def _chunks(requests: list[tuple[str, dict]]):
    """Batches within the provider's limits: requests per batch and file size."""
    chunk, size = [], 0
    for cid, body in requests:
        n = len(_request_line(cid, body))
        if chunk and (len(chunk) >= MAX_REQUESTS or size + n > MAX_FILE_BYTES):
            yield chunk
            chunk, size = [], 0
        chunk.append((cid, body))
        size += n
    if chunk:
        yield chunk


def cancel_batches(state: BatchState, api, say: Callable[[str], None]) -> int:  # noqa: ANN001
    """Cancel every batch the state lists as out, then forget the state: the
    articles without a line are asked afresh by the next run."""
    cancelled = 0
    for sub in state.in_flight():
        if sub.id is not None:
            api.batches.cancel(sub.id)
            cancelled += 1
            say(f"cancelled {sub.id} (round {sub.round}, {len(sub.custom_ids):,} request(s))")
    state.remove()
    return cancelled
