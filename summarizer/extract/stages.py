"""Ask the model two short questions instead of one long one.

A 1.5B model asked for one nested record per article wrote ~600 tokens a short
article, made one "incident" per sentence and filled fields from the wrong
sentences. Output tokens are most of the time on a CPU. So:

1. **Events** (prompts/events.*.md): the incidents the article reports as news,
   each with its type and the numbers of the sentences about it. A few dozen
   tokens. Checked (the type stated in its sentences, not a past event, the
   sentences exist) and re-asked with the reasons, as any answer is. An article
   longer than one request is asked window by window (summarizer.extract.windows)
   and the events merged (summarizer.records.merge.merge_events).
2. **Fields** (prompts/fields.*.md), per event, shown only that event's
   sentences (without the dateline, and without any sentence that reads as an
   instruction to the model): the date phrase, place, admin area, country, perpetrators,
   targets, casualty figures with the sentence of each. No citations, no summary,
   no qualifier, no ISO date: the program derives those (summarizer.records.derive).
   Checked against the event's sentences by the verifier's rules; a re-ask
   carries only the problems of that one event. An event that still fails its
   own checks after its re-ask (a past event, a type its sentences do not state)
   is not asked about: it could not be verified anyway, and its fields would
   cost the most tokens.

The answer kept (one JSON text per article, `{"stages": 2, ...}`) holds every
raw answer, so the record is rebuilt from it by today's code (summarizer.records).
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Callable

from summarizer.core.errors import AnswerCutOff, SummarizerError
from summarizer.core.schema import EventFields, EventList, EventRef, Usage
from summarizer.extract.prompt import render_messages
from summarizer.extract.windows import Window, sentence_tokens
from summarizer.read.segment import Sentence
from summarizer.records.derive import Article, event_kind, event_sentences, incident_from
from summarizer.records.merge import merge_events
from summarizer.verify.rules import Problem

if TYPE_CHECKING:
    from summarizer.extract.client import Extraction, ModelClient, Send

STAGES_FORMAT = 2
# Problems the events stage owns; the fields stage is not asked about them again.
_EVENT_FIELDS = ("summary", "event_type")


def _add(total: Usage, part: Usage | None) -> Usage:
    if part is not None:
        for name in ("prompt_tokens", "completion_tokens", "requests", "reasks"):
            setattr(total, name, getattr(total, name) + getattr(part, name))
    return total


class Checks:
    """The verifier's rules, applied to one stage's answer."""

    def __init__(self, article: Article):
        self.article = article
        self.verifier = article.verifier

    def events(self, answer: EventList) -> list[Problem]:
        out = []
        for i, event in enumerate(answer.events):
            if not event_sentences(event, self.article):
                out.append(Problem(i, "sentences", f"cites sentence(s) {event.sentences}, none of which exists"))
                continue
            incident = incident_from(event, None, self.article)
            out += [p for p in self.verifier.check_incident(i, incident) if p.field in _EVENT_FIELDS]
        return out

    def fields(self, event: EventRef) -> Callable[[EventFields], list[Problem]]:
        def check(answer: EventFields) -> list[Problem]:
            incident = incident_from(event, answer, self.article)
            return [p for p in self.verifier.check_incident(0, incident) if p.field not in _EVENT_FIELDS]

        return check


class PendingAnswers(Exception):
    """Some questions of the current stage have no answer yet (a Batch API round
    has not returned them); `pending` holds one client.Pending per question."""

    def __init__(self, pending: list):
        super().__init__(f"{len(pending)} answer(s) not known yet")
        self.pending = pending


def extract_stages(
    client: "ModelClient", sentences: list[Sentence], text: str, windows: list[Window],
    status: Callable[[str], None], budget: int | None = None,
    send_for: "Callable[[str], Send] | None" = None, article: Article | None = None,
) -> "Extraction":
    """Both questions for one article; the kept answer is one JSON text.

    `send_for(tag)` gives the transport of the question `tag` ("e1": events of
    window 1, "f2": fields of incident 2); None asks the endpoint live. The Batch
    API engine passes replaying transports: the questions of one stage are
    independent, so every one of them is tried before PendingAnswers says which
    still wait for an answer, and a batch round can carry them all.
    `article`: the article as read already (the record is checked against it too)."""
    from summarizer.extract.client import Extraction, Pending

    checks = Checks(article if article is not None else Article(sentences, text))
    usage, outputs = Usage(), []

    def ask(model, messages, check, label: str, tag: str) -> str | None:  # noqa: ANN001
        try:
            part = client.ask(model, messages, check, send=send_for(tag) if send_for else None)
        except AnswerCutOff as exc:
            if model is not EventFields:
                raise _labelled(exc, usage, label) from None
            # One incident's details ran away (a 1.5B model repeating a list until
            # max_tokens): the incident is kept without them, not the article lost.
            _add(usage, getattr(exc, "usage", None))
            if exc.last_output:
                outputs.append(exc.last_output)
            status(f"{label}: {exc}; the incident is kept without its details")
            return None
        except SummarizerError as exc:
            raise _labelled(exc, usage, label) from None
        _add(usage, part.usage)
        outputs.extend(part.outputs)
        return part.answers[0]

    def stage(questions: list[tuple | None]) -> list[str | None]:
        answers, pending = [], []
        for question in questions:
            try:
                answers.append(None if question is None else ask(*question))
            except Pending as waiting:
                # Without its traceback: that holds this frame, and so the list
                # holding it, a cycle (with every request body of a Batch API
                # round in it) that only the garbage collector's full passes free.
                pending.append(waiting.with_traceback(None))
        if pending:
            raise PendingAnswers(pending)
        return answers

    if len(windows) > 1:
        tokens = sum(sentence_tokens(s) for s in sentences)
        status(f"the article (~{tokens:,} tokens) is longer than one request holds: "
               f"{len(windows)} overlapping windows")
    asked = []
    for k, window in enumerate(windows, 1):
        label = f"window {k} of {len(windows)} (sentences {window.span})" if len(windows) > 1 else ""
        asked.append((EventList, render_messages(list(window.sentences), "events"), checks.events, label, f"e{k}"))
    window_answers = stage(asked)
    events = merge_events([EventList.model_validate_json(a) for a in window_answers])
    # Background sentences out, lumped incidents split (summarizer.verify.events).
    events = checks.article.refine(events)
    status(f"{len(events.events)} incident(s) found; asking for their details")
    # A wrong kind is no reason to drop an incident's details (rules.Problem).
    failing = {p.incident for p in checks.events(events) if p.field != "event_type" or p.incident_in_doubt}
    asked = []
    for i, event in enumerate(events.events):
        if i in failing:
            asked.append(None)  # not established: no details asked (module docstring)
            continue
        # Neither the dateline nor a sentence that instructs the model is evidence
        # (summarizer.verify): neither is shown at all here.
        shown = _within(budget, [checks.article.without_dateline(n) for n in event_sentences(event, checks.article)])
        # The type the record will carry (records.derive may read it from the lead).
        messages = render_messages(shown, "fields", event_type=event_kind(event, checks.article))
        asked.append((EventFields, messages, checks.fields(event), f"incident {i + 1}", f"f{i + 1}"))
    fields = stage(asked)
    answer = json.dumps({"stages": STAGES_FORMAT, "events": window_answers,
                         "merged": events.model_dump(mode="json"), "fields": fields})
    return Extraction(usage, outputs, [answer])


def _labelled(exc: SummarizerError, usage: Usage, label: str) -> SummarizerError:
    """`exc` carrying what the article cost so far, its message naming the question."""
    exc.usage = _add(usage, getattr(exc, "usage", None))
    if label:
        exc.args = (f"{label}: {exc}",)
    return exc


def _within(budget: int | None, sentences: list[Sentence]) -> list[Sentence]:
    """The event's sentences, as many as one request holds (the first ones)."""
    if budget is None:
        return sentences
    out, used = [], 0
    for s in sentences:
        used += sentence_tokens(s)
        if used > budget and out:
            break
        out.append(s)
    return out
