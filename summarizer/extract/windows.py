"""Articles longer than one request can hold: overlapping windows of whole sentences.

The budget. One request holds, within the model's context (`n_ctx`, 8192 for
the embedded model): the fixed prompt (instructions, example, the JSON schema
instructor appends: ~3,300 characters for the larger of the two questions,
summarizer.extract.stages), the article, the answer (up to `max_tokens`), and,
on a re-ask, the previous answer and the list of problems sent back
(REASK_RESERVE tokens per re-ask). What is left is the article's budget: about
3,900 tokens with the embedded defaults, ~11,000 characters of English. Tokens are estimated from characters, conservatively: 3 characters a
token for ASCII text (Qwen's and GPT's tokenizers average about 4 on English
news), 1 token for every other character (accented letters, Cyrillic, CJK). No
tokenizer is needed, and the estimate only ever errs towards smaller windows.

Windows. An article within the budget is one question about its incidents. A
longer one is cut into windows of whole sentences that overlap by up to a fifth
of the budget (an event told across a boundary is seen whole by one window or
the other). The first sentence (headline or dateline: the place and date the
rest refers to) is shown again at the top of every window when it is short.
Each window is rendered with the sentence numbers of the ORIGINAL article (the
model sees "[1] ... [41] [42] ..."), so every citation is already in the
article's numbering: nothing is remapped.

Merging (summarizer.records.merge). Windows report the same event twice (the overlap, the repeated first
sentence, later paragraphs that come back to it). Two incidents from different
windows are one event when they have the same event type, do not contradict
each other on place or date, and share a cited sentence, the same place, or
the same date. The merged incident keeps the first window's summary and
unions the rest: missing date and location parts are filled in, actors with
the same name and equal casualty figures are one entry with their citations
joined, other figures are added (two figures from two sources stay two
entries). Incidents from one window are never merged with each other: the
model already told them apart. Then the merged answer is verified against the
WHOLE article, as any answer is, so a bad merge can lose nothing the checks
would catch. Limits: one event given two different event types by two windows
stays two incidents; two events of one type on the same day, one of them with
no place, become one.

Refusals (InputError, exit 4): a single sentence longer than a request can
hold, and articles that need more than MAX_WINDOWS windows (~150,000
characters: that is not a news article). A context too small for the fixed
prompt and the answer is a ConfigError (exit 3).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from summarizer.core.errors import ConfigError, InputError
from summarizer.read.segment import Sentence

if TYPE_CHECKING:
    from summarizer.core.settings import Settings

ASCII_CHARS_PER_TOKEN = 3
INSTRUCTOR_OVERHEAD_CHARS = 400  # instructor's wording around the schema (257 characters in 1.17)
REASK_RESERVE = 1024  # tokens per re-ask: the previous answer and the problems, sent back
MIN_BUDGET = 256  # below this, the settings leave no real room for an article
OVERLAP_SHARE = 0.2  # of a window's budget, at most, repeated from the window before
LEAD_SHARE = 0.25  # the first sentence is repeated in every window if it is at most this share
MAX_WINDOWS = 16


def estimate_tokens(text: str) -> int:
    ascii_chars = len(text.encode("ascii", "ignore"))  # the characters below 128, counted in C
    return math.ceil(ascii_chars / ASCII_CHARS_PER_TOKEN) + (len(text) - ascii_chars)


def sentence_tokens(s: Sentence) -> int:
    """The sentence as `segment.numbered` renders it: "[n] text" and a newline."""
    return estimate_tokens(f"[{s.n}] {' '.join(s.text.split())}\n")


@lru_cache(maxsize=1)
def fixed_prompt_tokens() -> int:
    """The larger of the two questions' fixed parts: instructions, example, the
    schema on one line, instructor's wording around it."""
    import json

    from summarizer.core.schema import EventFields, EventList
    from summarizer.extract.prompt import render_messages

    sizes = [sum(len(m["content"]) for m in render_messages([], stage, event_type="natural disaster"))
             + len(json.dumps(model.model_json_schema(), ensure_ascii=False))
             for stage, model in (("events", EventList), ("fields", EventFields))]
    return estimate_tokens("x" * (max(sizes) + INSTRUCTOR_OVERHEAD_CHARS))


def article_budget(settings: "Settings") -> int:
    """Tokens left for the article in one request (see the module docstring)."""
    budget = settings.n_ctx - fixed_prompt_tokens() - settings.max_tokens - settings.reasks * REASK_RESERVE
    if budget < MIN_BUDGET:
        raise ConfigError(
            f"n_ctx {settings.n_ctx} leaves no room for an article: the prompt takes ~{fixed_prompt_tokens():,} "
            f"tokens, the answer up to {settings.max_tokens:,} (max_tokens) and each of {settings.reasks} re-ask(s) "
            f"~{REASK_RESERVE:,}; raise n_ctx or lower max_tokens / max_reasks"
        )
    return budget


@dataclass(frozen=True)
class Window:
    sentences: tuple[Sentence, ...]  # as shown to the model, the repeated first sentence included
    first: int  # original numbers of the window's own span
    last: int

    @property
    def span(self) -> str:
        return f"{self.first}-{self.last}"


def plan_windows(sentences: list[Sentence], budget: int) -> list[Window]:
    """One window holding every sentence when the article fits the budget, else
    overlapping windows of whole sentences (module docstring)."""
    costs = [sentence_tokens(s) for s in sentences]
    if sum(costs) <= budget:
        return [Window(tuple(sentences), sentences[0].n, sentences[-1].n)]
    lead_cost = costs[0] if costs[0] <= LEAD_SHARE * budget else 0
    body_budget = budget - lead_cost
    for s, cost in zip(sentences[1:], costs[1:]):
        if cost > body_budget:
            raise InputError(
                f"sentence {s.n} alone is ~{cost:,} tokens ({len(s.text):,} characters), more than one request "
                f"leaves for the article (~{budget:,} tokens); split that sentence, or raise n_ctx"
            )
    if costs[0] > budget:
        raise InputError(
            f"sentence 1 alone is ~{costs[0]:,} tokens ({len(sentences[0].text):,} characters), more than one "
            f"request leaves for the article (~{budget:,} tokens); split that sentence, or raise n_ctx"
        )
    windows: list[Window] = []
    i, n = 0, len(sentences)
    while True:
        limit = budget if i == 0 else body_budget
        j, used = i, 0
        while j < n and used + costs[j] <= limit:
            used += costs[j]
            j += 1
        shown = sentences[i:j] if i == 0 or not lead_cost else [sentences[0], *sentences[i:j]]
        windows.append(Window(tuple(shown), sentences[i].n, sentences[j - 1].n))
        if j >= n:
            return windows
        if len(windows) >= MAX_WINDOWS:
            total = sum(costs)
            raise InputError(
                f"the article is ~{total:,} tokens ({sum(len(s.text) for s in sentences):,} characters): more than "
                f"{MAX_WINDOWS} windows of ~{budget:,} tokens; split it into separate articles"
            )
        # Overlap: the window's last sentences, up to OVERLAP_SHARE of the budget,
        # but never so many that the next window has no room for a new sentence.
        k, overlap = j, 0
        while k - 1 > i and overlap + costs[k - 1] <= OVERLAP_SHARE * body_budget:
            overlap += costs[k - 1]
            k -= 1
        while k < j and overlap + costs[j] > body_budget:
            overlap -= costs[k]
            k += 1
        i = max(k, 1)
