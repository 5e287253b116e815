"""What goes on the wire for one question, and what is kept of its answers:
the one builder that the live call (summarizer.extract.client) and the Batch API
engine (summarizer.batch.batch_api, through the same client) share.

instructor's JSON mode, through its own handlers (`json_mode`): the request (its
system message with the schema, `prepared_request`), the parse with the check in
the validation context, the re-ask. What we add on the wire (`wire_body`): the
schema on one line, no pydantic doc links, llama.cpp's grammar. Not used:
instructor.patch's wrapper, which also renders every message as a Jinja template
when a validation context is given (an article saying "{{" would be changed or
refused; `_as_templating_leaves_them` keeps the bytes it gave plain text, so the
recorded requests still match) and rebuilds the response model on every call
(~8 ms a question, which the Batch API engine, replaying each article every
round, cannot afford).
"""

from __future__ import annotations

import copy
import functools
import json
import re
import textwrap
from typing import Any, Callable

import instructor
from instructor.v2.core.providers import Provider
from instructor.v2.core.registry import mode_registry
from instructor.v2.core.response_model import prepare_response_model
from pydantic import BaseModel, ValidationError

from summarizer.core.errors import VerificationError

Check = Callable[[Any], list]  # an answer -> what is wrong with it (empty: nothing)


def wire_body(response_model: type[BaseModel], kwargs: dict[str, Any], grammar: bool) -> dict[str, Any]:
    """The request body sent for the kwargs of one attempt."""
    body = dict(kwargs)
    body["messages"] = _without_doc_links(_compact_schema_text(body["messages"], response_model))
    if grammar:
        # llama.cpp's extension: a schema inside json_object turns on
        # grammar-constrained decoding, so every answer has the right shape.
        schema = copy.deepcopy(_schema_texts(response_model)[0])
        for name, most in getattr(response_model, "grammar_max_items", {}).items():
            # a list cannot run away (core.schema); "EventRef.sentences": a list of a nested model
            owner, _, field_name = name.rpartition(".")
            (schema["$defs"][owner] if owner else schema)["properties"][field_name]["maxItems"] = most
        body["response_format"] = {"type": "json_object", "schema": schema}
    return body


def first_request(model: type[BaseModel], messages: list[dict], model_name: str, params: tuple) -> dict[str, Any]:
    """The kwargs of a question's first attempt (re-asks extend them)."""
    _, handlers = json_mode(model)
    kwargs = prepared_request(model, messages, model_name, params)
    if handlers.message_converter is not None:
        kwargs["messages"] = handlers.message_converter(kwargs["messages"], autodetect_images=False)
    kwargs["messages"] = _as_templating_leaves_them(kwargs["messages"])
    return kwargs


def prepared_request(model: type[BaseModel], messages: list[dict], model_name: str,
                     params: tuple) -> dict[str, Any]:
    """instructor's JSON-mode request for `messages`: its handler appends the
    schema to the system message and leaves the rest as they are, so the system
    part (the same for every article of a question) is prepared once and the
    article's messages follow it (tests/test_batch_api.py checks this against
    the handler run on the whole list)."""
    head, rest = messages[:1], messages[1:]
    if not head or head[0].get("role") != "system" or not isinstance(head[0].get("content"), str):
        head, rest = messages, []
    # Fresh objects, as callers may change them: the JSON read back (plain JSON
    # values, so the same as a deep copy, in C rather than copy.deepcopy's Python).
    kwargs = json.loads(_prepare(model, json.dumps(head), model_name, params))
    return {**kwargs, "messages": [*kwargs["messages"], *json.loads(json.dumps(rest))]}


@functools.lru_cache(maxsize=64)
def _prepare(model: type[BaseModel], head: str, model_name: str, params: tuple) -> str:
    """The request kwargs for these first messages, as JSON."""
    prepared, handlers = json_mode(model)
    _, kwargs = handlers.request_handler(
        response_model=prepared, kwargs={"messages": json.loads(head), "model": model_name, **dict(params)})
    return json.dumps(kwargs)


@functools.lru_cache(maxsize=None)
def json_mode(model: type[BaseModel]):  # noqa: ANN202 - (prepared model, instructor's ModeHandlers)
    """instructor's runtime model for `model` and its OpenAI JSON-mode handlers,
    made once per model (instructor.patch remakes the model on every call)."""
    return prepare_response_model(model), mode_registry.get_handlers(Provider.OPENAI, instructor.Mode.JSON)


def _as_templating_leaves_them(messages: list[dict]) -> list[dict]:
    """The messages as instructor.patch's templating step left text without
    Jinja markup: newlines normalised, one trailing newline dropped (Jinja's
    default), then dedented. The same bytes as before for every article (the
    recordings still match, tests/test_batch_api.py compares it with instructor's
    own step); an article holding "{{" or "{%" now reaches the model as written."""
    out = []
    for m in messages:
        content = m.get("content")
        if isinstance(content, str):
            text = content.replace("\r\n", "\n").replace("\r", "\n")
            m = {**m, "content": _dedent(text[:-1] if text.endswith("\n") else text)}
        out.append(m)
    return out


def _dedent(text: str) -> str:
    """textwrap.dedent, which changes only lines that start with a space or a tab
    (blank ones emptied, a common indent removed): without such a line, the text
    as it is, without dedent's two regular expressions over it."""
    if text.startswith((" ", "\t")) or "\n " in text or "\n\t" in text:
        return textwrap.dedent(text)
    return text


def _compact_schema_text(messages: list[dict], model: type[BaseModel]) -> list[dict]:
    """instructor's JSON mode pastes the schema into the system message with
    indent=2; the same schema on one line is fewer prompt tokens (for the old
    single-answer schema ~340, about 18 s per article on a 2-core CPU). If
    instructor ever words it differently this is a no-op."""
    _, pretty, compact = _schema_texts(model)
    out = []
    for m in messages:
        content = m.get("content")
        if m.get("role") == "system" and isinstance(content, str) and pretty in content:
            m = {**m, "content": content.replace(pretty, compact)}
        out.append(m)
    return out


@functools.lru_cache(maxsize=None)
def _schema_texts(model: type[BaseModel]) -> tuple[dict, str, str]:
    """The schema of an answer model, and its JSON as instructor pastes it and
    on one line: made once per model (a request pays for neither dump)."""
    schema = model.model_json_schema()
    return schema, json.dumps(schema, indent=2, ensure_ascii=False), json.dumps(schema, ensure_ascii=False)


# pydantic appends "For further information visit https://errors.pydantic.dev/2.14/v/..."
# to each error of a re-ask: no use to the model, and it names pydantic's version,
# so every pydantic release would change the request (and miss the recordings).
_DOC_LINK = re.compile(r"\n[ \t]*For further information visit https://errors\.pydantic\.dev/\S+")


def _without_doc_links(messages: list[dict]) -> list[dict]:
    return [{**m, "content": _DOC_LINK.sub("", m["content"])}
            if isinstance(m.get("content"), str) and "errors.pydantic.dev" in m["content"] else m
            for m in messages]


def json_text(content: str) -> str:
    """The JSON object inside an answer, without code fences or chatter."""
    fenced = re.search(r"```(?:json)?\s*(.*?)```", content, re.S)
    if fenced:
        content = fenced.group(1)
    start, end = content.find("{"), content.rfind("}")
    return content[start : end + 1] if start >= 0 and end > start else content


def salvage(outputs: list[str], model: type[BaseModel], check: Check) -> str:
    """Re-asks are used up: keep the answer of the right shape with the fewest
    problems (the latest on a tie), rather than drop it. A small model's re-ask is
    not always better. Returns the answer's JSON text."""
    error = "no answer"
    best: tuple[int, str] | None = None
    for content in outputs:
        text = json_text(content)
        try:
            answer = model.model_validate_json(text)
        except ValidationError as exc:
            error = f"{exc.error_count()} schema error(s), first: {_first_error(exc)}"
            continue
        problems = len(check(answer))
        if best is None or problems <= best[0]:
            best = (problems, text)
    if best is not None:
        return best[1]
    raise VerificationError(
        f"the model gave no answer of the right shape in {len(outputs)} tries ({error})",
        last_output=outputs[-1] if outputs else None,
    )


def complete_items(content: str, model: type[BaseModel]) -> str | None:
    """The complete items of an answer cut off inside its one top-level list
    (`{"events": [{...}, {...}, {"type": "ab`): the answer closed after the last
    complete item, or None when no item is complete or it is not of the model's
    shape. What was cut off is left out, not guessed."""
    text = json_text(content)
    depth, in_string, escaped, last_close = 0, False, False, None
    for i, ch in enumerate(text):
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
            continue
        if ch == '"':
            in_string = True
        elif ch in "{[":
            depth += 1
        elif ch in "}]":
            depth -= 1
            if ch == "}" and depth == 2:
                last_close = i  # an item of the top-level list closed
    if last_close is None:
        return None
    closed = text[:last_close + 1] + "]}"
    try:
        model.model_validate_json(closed)
    except ValidationError:
        return None
    return closed


def _first_error(exc: ValidationError) -> str:
    err = exc.errors()[0]
    where = ".".join(str(p) for p in err.get("loc", ())) or "answer"
    return f"{where}: {err.get('msg', '')}"

