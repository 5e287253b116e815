"""A fake model that answers the pipeline's two questions (summarizer.extract.stages)
from one draft: most tests script what "the model" says about an article as a
whole draft ({"incidents": [...]}, the shape of the gold), and this turns it
into the answer each question needs:

* the events question: each incident's type and all the sentences it cites;
* the fields question, for the incident named in the request ("The incident:
  <type>" and its shown sentences): its date phrase, place parts, actor names,
  and its figures with the first sentence each cites.

A draft answered to an events question is remembered as the model's view of
that article; the fields questions that follow (not re-asks) are answered from
it without taking another scripted reply, so a script of one draft serves one
article. A re-ask takes the next scripted reply.
"""

from __future__ import annotations

import json
import re

EVENTS_OPENING = "You list the incidents"
FIELDS_OPENING = "You give the details"
_SHOWN = re.compile(r"^\[(\d+)\] (.*)$", re.M)


def stage_of(request: dict) -> str | None:
    system = next((m.get("content") or "" for m in request.get("messages", []) if m.get("role") == "system"), "")
    if system.startswith(EVENTS_OPENING):
        return "events"
    if system.startswith(FIELDS_OPENING):
        return "fields"
    return None


def is_reask(request: dict) -> bool:
    return any(m.get("role") == "assistant" for m in request.get("messages", []))


def user_text(request: dict) -> str:
    return next((m.get("content") or "" for m in request.get("messages", []) if m.get("role") == "user"), "")


def refence(original: str | None, content: str) -> str:
    """`content` wrapped the way `original` was: chatter and a ```json fence."""
    fenced = re.search(r"```(?:json)?\s*(.*?)```", original or "", re.S)
    if not fenced:
        return content
    return original[:fenced.start(1)] + content + "\n" + original[fenced.end(1):]


def as_draft(content: str | None) -> dict | None:
    """The draft a scripted answer holds (also inside a ```json fence), or None."""
    fenced = re.search(r"```(?:json)?\s*(.*?)```", content or "", re.S)
    try:
        data = json.loads(fenced.group(1) if fenced else content or "")
    except ValueError:
        return None
    return data if isinstance(data, dict) and isinstance(data.get("incidents"), list) else None


def _cited(incident: dict) -> list[int]:
    numbers = set()
    for key in ("summary_sentences", "event_type_sentences", "date_sentences", "location_sentences"):
        numbers |= set(incident.get(key) or [])
    for kind in ("perpetrators", "targets", "casualties"):
        for item in incident.get(kind) or []:
            numbers |= set(item.get("sentences") or [])
    return sorted(numbers)


def events_answer(draft: dict) -> str:
    return json.dumps({"events": [{"type": inc.get("event_type", "other"), "sentences": _cited(inc)}
                                  for inc in draft["incidents"]]})


def fields_answer(draft: dict, request: dict) -> str:
    text = user_text(request)
    kind = re.search(r"The incident: (.*)", text)
    shown = {int(n) for n, _ in _SHOWN.findall(text)}
    candidates = [inc for inc in draft["incidents"] if not kind or inc.get("event_type") == kind.group(1).strip()]
    incident = max(candidates or draft["incidents"] or [{}], key=lambda inc: len(set(_cited(inc)) & shown))
    return json.dumps({
        "date": incident.get("date_text"),
        "place": incident.get("place"), "admin_area": incident.get("admin_area"), "country": incident.get("country"),
        "perpetrators": [a["name"] for a in incident.get("perpetrators") or []],
        "targets": [a["name"] for a in incident.get("targets") or []],
        "casualties": [{"category": c["category"], "count": c["count"], "who": c.get("who"),
                        "reported_by": c.get("reported_by"), "sentence": (c.get("sentences") or [0])[0]}
                       for c in incident.get("casualties") or []],
    })


class Views:
    """The drafts answered to events questions, by the article they were about."""

    def __init__(self):
        self._views: list[tuple[str, dict]] = []

    def remember(self, request: dict, draft: dict) -> None:
        self._views.append((user_text(request), draft))

    def find(self, request: dict) -> dict | None:
        shown = [t.strip() for _, t in _SHOWN.findall(user_text(request))]
        for article, draft in reversed(self._views):
            if all(t in article for t in shown):
                return draft
        return None


def reask_requests(requests: list[dict]) -> list[dict]:
    """The requests that carried a re-ask (the model's earlier answer and the problems)."""
    return [r for r in requests if is_reask(r)]


def last_message(request: dict) -> str:
    return request["messages"][-1]["content"]


def articles_asked(requests: list[dict]) -> int:
    """How many articles the model was asked about: one first events question
    each (fields questions and re-asks follow)."""
    return sum(1 for r in requests if stage_of(r) == "events" and not is_reask(r))
