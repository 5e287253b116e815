"""Stage 3: call the model.

Two separate retry loops, on purpose:
  * transport (this module, tenacity): connection refused, timeouts, cut-off
    bodies, 429 (honouring Retry-After) and 5xx are retried with backoff. The
    same request is sent again; the model never sees these failures.
  * validation (instructor): an answer that does not parse, breaks the schema or
    fails verification goes back to the model with the reason (a re-ask).

Token usage is counted on every HTTP response, so it is the sum over all
attempts of both loops.

The transport is swappable (`ask(..., send=...)`): the Batch API engine
(summarizer.batch.batch_api) runs the very same instructor call with a `send`
that replays answers the provider returned in a batch file, and raises `Pending`
with the exact request body when an answer is not there yet. So a request line
of a batch file is, byte for byte, what a live call sends (instructor's JSON-mode
system message, its re-ask messages, our schema compaction, the parameters), and
an answer from a batch is parsed, checked, re-asked and salvaged by this code,
not by a copy of it.
"""

from __future__ import annotations

import json
import logging
import time
from dataclasses import dataclass, field
from typing import Any, Callable

import openai
from instructor.core.exceptions import IncompleteOutputException
from instructor.v2.core.messages import isolate_retry_kwargs
from openai.types.chat import ChatCompletion
from pydantic import BaseModel, ValidationError
from tenacity import RetryCallState, Retrying, retry_if_exception, stop_after_attempt

from summarizer.core.errors import AnswerCutOff, ProviderError, SummarizerError, VerificationError
from summarizer.core.schema import Usage
from summarizer.core.settings import public_url
from summarizer.extract.requests import (
    Check,
    complete_items,
    first_request,
    json_mode,
    json_text,
    salvage,
    wire_body,
)

Status = Callable[[str], None]

# instructor logs every failed attempt at ERROR; we report attempts ourselves, and
# a stray log line on stderr would break the one-line-error promise.
logging.getLogger("instructor").addHandler(logging.NullHandler())
logging.getLogger("instructor").propagate = False

# Exponential backoff: BACKOFF_BASE * 2**attempt seconds, capped. Tests lower it.
BACKOFF_BASE = 1.0
BACKOFF_CAP = 30.0
RETRY_AFTER_CAP = 120.0


class NoChoices(Exception):
    """A 200 response with an empty `choices` list: the server produced no answer
    at all (an overloaded or misconfigured proxy), not a wrong answer."""


def _retryable(exc: BaseException) -> bool:
    # A body that is not JSON (a proxy's error page, a cut-off stream) or that
    # holds no answer is the server's fault, not the model's answer: retried like
    # a 5xx, never re-asked.
    if isinstance(exc, (openai.APIConnectionError, openai.RateLimitError, json.JSONDecodeError, NoChoices)):
        return True  # APITimeoutError is an APIConnectionError
    return isinstance(exc, openai.APIStatusError) and exc.status_code >= 500


def _retry_after(exc: BaseException | None) -> float | None:
    response = getattr(exc, "response", None)
    header = response.headers.get("retry-after") if response is not None else None
    if header is None:
        return None
    try:
        return min(max(float(header), 0.0), RETRY_AFTER_CAP)
    except ValueError:
        return None  # an HTTP date; fall back to backoff


def _wait(state: RetryCallState) -> float:
    exc = state.outcome.exception() if state.outcome else None
    after = _retry_after(exc)
    if after is not None:
        return after
    return min(BACKOFF_BASE * 2 ** (state.attempt_number - 1), BACKOFF_CAP)


def _describe(exc: BaseException) -> str:
    if isinstance(exc, openai.APITimeoutError):
        return "timed out"
    if isinstance(exc, openai.APIConnectionError):
        cause = exc.__cause__
        return f"connection failed ({type(cause).__name__ if cause else 'no response'})"
    if isinstance(exc, openai.APIStatusError):
        return f"HTTP {exc.status_code}"
    if isinstance(exc, json.JSONDecodeError):
        return "answered with a body that is not JSON"
    if isinstance(exc, NoChoices):
        return "answered with no choices (an empty answer list)"
    return f"{type(exc).__name__}: {exc}"


class Pending(Exception):
    """Raised by a replaying `send` for a request whose answer is not known yet;
    `body` is the request exactly as it would go on the wire."""

    def __init__(self, body: dict, request_id: str | None = None):
        super().__init__("the answer to this request is not known yet")
        self.body = body
        self.request_id = request_id  # the replaying transport's name for the request


Send = Callable[[dict], Any]  # a request body -> an openai ChatCompletion


def completion_of(data: object) -> Any:
    """The ChatCompletion the openai client makes of a response body (the live
    call's and a Batch API answer's alike). It builds one with `construct`: no
    validation, but ~0.1 ms of Python for a small answer. pydantic's strict
    validation makes the same object from a body that is valid as it stands
    (strict: nothing is converted) in a twentieth of that; any other body is
    built as the client builds it (a body that is no JSON object is left as it
    is: it has no choices, and fails as such)."""
    if not isinstance(data, dict):
        return data
    try:
        return ChatCompletion.model_validate(data, strict=True)
    except ValidationError:
        return ChatCompletion.construct(**data)


class _Completion(ChatCompletion):
    """What the chat call asks openai to build its response as: openai hands a
    class with a `build` classmethod the parsed body (its ModelBuilderProtocol).
    Were that hook gone, openai would construct this subclass itself, as before."""

    @classmethod
    def build(cls, *, response: Any, data: object) -> Any:  # openai's signature (response unused)
        return completion_of(data)


@dataclass
class Extraction:
    """What the model said about one article, and what it cost."""

    usage: Usage
    outputs: list[str] = field(default_factory=list)  # every raw answer, in order
    # The JSON text of the answer kept, one per window. It is what the cache and
    # the eval runs keep: records are built from it with the current verifier
    # (summarizer.records), so a verifier change never needs the model again.
    answers: list[str] = field(default_factory=list)


def _plain_http_client(base_url: str, timeout: float):  # noqa: ANN202 - httpx2.Client or None
    """For a plain-http server, an httpx client on the lean transport
    (summarizer.extract.transport); None (openai's default client) otherwise."""
    if not base_url.startswith("http://"):
        return None
    from summarizer.extract.transport import PlainHTTPTransport

    # openai's own defaults for the client it would build, on another transport.
    return openai.DefaultHttpxClient(transport=PlainHTTPTransport(), timeout=timeout)


class ModelClient:
    """An OpenAI-compatible chat endpoint, driven through instructor."""

    def __init__(
        self,
        base_url: str | None,
        api_key: str | None,
        model: str,
        *,
        temperature: float = 0.0,
        max_tokens: int = 2048,
        seed: int | None = 0,
        timeout: float = 600.0,
        max_reasks: int = 2,
        transport_retries: int = 4,
        grammar: bool = False,
        status: Status | None = None,
        rate_gate: Any = None,
    ):
        self.base_url = base_url or "https://api.openai.com/v1"
        # What errors and provenance show: some gateways take the key in the URL.
        self.shown_url = public_url(self.base_url)
        self.model = model
        self.params = {"temperature": temperature, "max_tokens": max_tokens}
        if seed is not None:
            self.params["seed"] = seed
        self.max_reasks = max_reasks
        self.transport_retries = transport_retries
        self.grammar = grammar
        self.status = status or (lambda _msg: None)
        # Optional, shared by the clients of one batch: `.wait()` before every
        # request, `.pause(seconds)` on a 429, so a rate limit slows the whole
        # pool instead of each worker hammering on (summarizer.batch.rategate).
        self.rate_gate = rate_gate
        # The openai client's own retries are off: tenacity owns transport retries.
        self._openai = openai.OpenAI(
            base_url=self.base_url, api_key=api_key or "not-needed", max_retries=0, timeout=timeout,
            http_client=_plain_http_client(self.base_url, timeout),
        )

    @property
    def openai(self) -> openai.OpenAI:
        """The openai client (the Batch API engine's files and batches calls)."""
        return self._openai

    # -- one request, with transport retries --------------------------------

    def wire_body(self, response_model: type[BaseModel], kwargs: dict[str, Any]) -> dict[str, Any]:
        """The request body sent for the kwargs of one attempt (summarizer.extract.requests)."""
        return wire_body(response_model, kwargs, self.grammar)

    def _send(self, call: "_CallState", **kwargs: Any):
        body = self.wire_body(call.response_model, kwargs)
        attempt_no = len(call.outputs) + 1
        started = time.monotonic()
        self.status(f"generating (answer {attempt_no})")
        try:
            response = call.send(body)
        except ProviderError as exc:
            call.fatal = exc
            raise
        usage = getattr(response, "usage", None)
        if usage is not None:
            call.usage.prompt_tokens += usage.prompt_tokens or 0
            call.usage.completion_tokens += usage.completion_tokens or 0
        call.usage.requests += 1
        content = response.choices[0].message.content if response.choices else None
        call.outputs.append(content or "")
        self.status(
            f"answer {attempt_no} received in {time.monotonic() - started:.1f}s "
            f"({getattr(usage, 'completion_tokens', '?')} tokens)"
        )
        return response

    def post(self, body: dict[str, Any]):
        """The live transport: one request over HTTP, with transport retries.
        Failures come out as ProviderError."""
        retrying = Retrying(
            stop=stop_after_attempt(self.transport_retries + 1),
            wait=_wait,
            retry=retry_if_exception(_retryable),
            before_sleep=self._before_retry,
            reraise=True,
        )
        try:
            return retrying(self._create, **body)
        except (openai.APIError, json.JSONDecodeError, NoChoices) as exc:
            raise self._provider_error(exc) from None

    def _create(self, **kwargs: Any):
        if self.rate_gate is not None:
            self.rate_gate.wait()
        # The body is plain JSON already (wire_body), so it is posted as it is:
        # chat.completions.create would first walk every message against its
        # TypedDicts (openai's maybe_transform, an identity on such a body; about a
        # fifth of the client's own CPU per request), then post the same thing.
        response = self._openai.post("/chat/completions", body=kwargs, cast_to=_Completion)
        if not getattr(response, "choices", None):
            raise NoChoices()
        return response

    def _before_retry(self, state: RetryCallState) -> None:
        exc = state.outcome.exception()
        if self.rate_gate is not None and isinstance(exc, openai.RateLimitError):
            self.rate_gate.pause(state.upcoming_sleep)
        self.status(
            f"model server: {_describe(exc)}; "
            f"retrying in {state.upcoming_sleep:.1f}s (try {state.attempt_number + 1})"
        )

    def _provider_error(self, exc: Exception) -> ProviderError:
        if isinstance(exc, openai.AuthenticationError):
            return ProviderError(f"{self.shown_url} rejected the API key (HTTP 401)")
        if isinstance(exc, openai.NotFoundError):
            return ProviderError(f"{self.shown_url}: model {self.model!r} not found (HTTP 404)")
        tries = f" after {self.transport_retries + 1} tries" if _retryable(exc) else ""
        return ProviderError(f"model server {self.shown_url}: {_describe(exc)}{tries}")

    # -- one question, with validation re-asks --------------------------------

    def ask(self, response_model: type[BaseModel], messages: list[dict], check: Check,
            send: Send | None = None) -> Extraction:
        """One answer of `response_model` to `messages`. `check(answer)` lists
        what is wrong with it against the article; a non-empty list goes back to
        the model (an instructor re-ask), up to max_reasks times. Re-asks used
        up, the answer with the fewest problems is kept (its problems are found
        again, and flagged, when the record is built). `send` replaces the HTTP
        transport (module docstring); it may raise Pending or ProviderError."""
        # Per-call state, so one client can serve several threads (batch).
        call = _CallState(response_model=response_model, send=send or self.post)
        try:
            return self._ask(messages, check, call)
        except SummarizerError as exc:
            # The tokens spent on a failed article still count (batch budgets).
            call.usage.reasks = max(len(call.outputs) - 1, 0)
            exc.usage = call.usage
            raise

    def _ask(self, messages: list[dict], check: Check, call: "_CallState") -> Extraction:
        """instructor's JSON mode, step by step, with its own handlers: the
        request (its system message with the schema), the parse (with the check
        in the validation context), the re-ask (the answer and the errors sent
        back). Driven here rather than through instructor.patch, whose wrapper
        also renders every message as a Jinja template when a context is given
        (an article saying "{{" would be changed or refused) and rebuilds the
        response model on every call (~8 ms a question, which the Batch API
        engine, replaying every article each round, cannot afford)."""
        model = call.response_model
        prepared, handlers = json_mode(model)
        # A question whose answers are short by design stops a runaway answer early.
        params = {**self.params, "max_tokens": min(self.params["max_tokens"],
                                                   getattr(model, "answer_tokens", self.params["max_tokens"]))}
        kwargs = isolate_retry_kwargs(first_request(model, messages, self.model, tuple(params.items())))
        context = {"check": check}
        for attempt in range(self.max_reasks + 1):
            try:
                response = self._send(call, **kwargs)
            except ProviderError:
                if not call.outputs:
                    raise
                # The server failed during a re-ask: an answer it already gave is
                # still worth keeping (its problems flagged), not the article lost.
                try:
                    answer = salvage(call.outputs, model, check)
                except VerificationError:
                    raise call.fatal from None
                self.status(f"{call.fatal}; keeping the earlier answer, its problems flagged")
                break
            try:
                handlers.response_parser(response=response, response_model=prepared, validation_context=context,
                                         strict=True, stream=False, is_async=False)
            except IncompleteOutputException:
                # Cut off at max_tokens: usually a small model listing the same event
                # again and again. Re-asking would repeat it; an earlier complete
                # answer is still worth keeping.
                limit = params["max_tokens"]
                try:
                    answer = salvage(call.outputs[:-1], model, check)
                except VerificationError:
                    answer = complete_items(call.outputs[-1], model) if call.outputs else None
                    if answer is not None:
                        self.status(f"the answer was cut off at {limit} tokens; keeping its complete items")
                        break
                    raise AnswerCutOff(
                        f"the model's answer was cut off at {limit} tokens ("
                        f"{'max_tokens' if limit == self.params['max_tokens'] else 'the most this question needs'}); "
                        "nothing complete to keep", last_output=call.outputs[-1] if call.outputs else None,
                    ) from None
                break
            except (ValidationError, json.JSONDecodeError) as exc:
                if attempt == self.max_reasks:
                    answer = salvage(call.outputs, model, check)
                    break
                kwargs = handlers.reask_handler(kwargs=kwargs, response=response, exception=exc)
                continue
            answer = json_text(call.outputs[-1])  # the answer the parser accepted
            break
        call.usage.reasks = max(len(call.outputs) - 1, 0)
        return Extraction(call.usage, call.outputs, [answer])


@dataclass
class _CallState:
    response_model: type[BaseModel]
    send: Send
    usage: Usage = field(default_factory=Usage)
    outputs: list[str] = field(default_factory=list)
    fatal: ProviderError | None = None


