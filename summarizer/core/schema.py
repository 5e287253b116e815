"""The data model: what the language model is asked for (two short answers:
the *events* of an article, then each event's *fields*), the *draft* the program
builds from them (the shape of the gold annotations too), and what the tool
outputs (the *record*).

The model never writes citations or offsets: it points at sentence numbers, and
the program finds which sentences state each value, attaches their text and
character offsets (summarizer.records), so a citation in the output can always
be checked against the article.

This module is the core: it imports nothing from the rest of the package.
`schemas/*.schema.json` are generated from these classes (`summarizer schema
--write`); a test fails when the two drift apart.
"""

from __future__ import annotations

import copy
import hashlib
import json
from datetime import date
from typing import TYPE_CHECKING, Any, Callable, ClassVar, Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, model_validator
from pydantic.json_schema import GenerateJsonSchema

if TYPE_CHECKING:
    import pandas

# The documented taxonomy (README, "Output format").
EventType = Literal[
    "armed attack",
    "bombing/explosion",
    "battle/clash",
    "abduction",
    "riot/protest",
    "natural disaster",
    "industrial accident",
    "transport accident",
    "cyberattack",
    "other",
]
EVENT_TYPES: tuple[str, ...] = EventType.__args__  # type: ignore[attr-defined]

CasualtyCategory = Literal["killed", "injured", "captured/abducted", "missing"]
CASUALTY_CATEGORIES: tuple[str, ...] = CasualtyCategory.__args__  # type: ignore[attr-defined]
Qualifier = Literal["exact", "at least"]
TableLevel = Literal["incident", "casualty"]  # SummaryRecord.to_rows: a row per incident, or per figure

Sentences = list[int]
MAX_INCIDENTS = 12


# --------------------------------------------------------------------------
# Draft: the shape the language model must answer in.
# --------------------------------------------------------------------------


class _UntitledSchema(GenerateJsonSchema):
    """JSON Schema without the "title" keys pydantic adds to every property."""

    def field_title_should_be_set(self, schema) -> bool:  # noqa: ANN001
        return False

    def generate(self, schema, mode="validation"):  # noqa: ANN001
        out = super().generate(schema, mode)
        out.pop("title", None)
        for definition in out.get("$defs", {}).values():
            definition.pop("title", None)
        return out


class DraftActor(BaseModel):
    name: str  # as the article gives it
    sentences: Sentences  # numbers of the sentences that name it


class DraftCasualty(BaseModel):
    category: CasualtyCategory
    count: int = Field(ge=0)  # the number as stated, in digits
    qualifier: Qualifier  # "at least" for a lower bound
    who: Optional[str] = None  # soldiers, civilians, attackers...
    reported_by: Optional[str] = None  # who gave the figure, if the article says
    sentences: Sentences


class DraftIncident(BaseModel):
    summary: str  # one sentence
    summary_sentences: Sentences
    event_type: EventType
    event_type_sentences: Sentences
    date_text: Optional[str] = None  # the date as the article words it
    date_iso: Optional[str] = None  # YYYY-MM-DD only when the article resolves it
    date_sentences: Sentences = Field(default_factory=list)
    place: Optional[str] = None
    admin_area: Optional[str] = None  # region/province/state
    country: Optional[str] = None
    location_sentences: Sentences = Field(default_factory=list)
    perpetrators: list[DraftActor] = Field(default_factory=list)
    targets: list[DraftActor] = Field(default_factory=list)  # targets/victims
    casualties: list[DraftCasualty] = Field(default_factory=list)

    def cited_sentences(self) -> list[int]:
        """Every sentence any field of the incident cites, in order."""
        numbers = {*self.summary_sentences, *self.event_type_sentences, *self.date_sentences, *self.location_sentences}
        for party in (*self.perpetrators, *self.targets, *self.casualties):
            numbers.update(party.sentences)
        return sorted(numbers)


# Schemas by answer class. instructor wraps the class in a fresh subclass on
# every call (functools.wraps: `__wrapped__` names the class), so a cache on the
# class itself would never be hit.
_SCHEMAS: dict[type, dict] = {}


class _Answer(BaseModel):
    """A shape the model answers in. Its JSON Schema has no titles (fewer prompt
    tokens, and llama.cpp compiles it to a grammar); when the caller supplies a
    `check` in the validation context (summarizer.extract.client passes it), the
    answer is checked against the article and a ValueError with the problems
    makes instructor re-ask the model. The checks live in summarizer.verify; the
    hook is injected so this module stays free of upward imports."""

    @classmethod
    def model_json_schema(cls, *args, **kwargs):  # noqa: ANN206
        # instructor asks for it on every request: the default form is computed
        # once per answer class (a copy is returned: callers mutate it).
        if args or kwargs:
            kwargs.setdefault("schema_generator", _UntitledSchema)
            return super().model_json_schema(*args, **kwargs)
        base = cls.__dict__.get("__wrapped__", cls)
        schema = _SCHEMAS.get(base)
        if schema is None:
            schema = _SCHEMAS[base] = super(_Answer, base).model_json_schema(schema_generator=_UntitledSchema)
        return copy.deepcopy(schema)

    @model_validator(mode="after")
    def _check_against_article(self, info):  # noqa: ANN001, ANN202 - pydantic's ValidationInfo
        check = (info.context or {}).get("check")
        if check is not None:
            problems = check(self)
            if problems:
                raise ValueError(
                    "the answer does not match the article:\n" + "\n".join(f"- {p}" for p in problems))
        return self


class EventRef(BaseModel):
    type: EventType
    sentences: Sentences  # every sentence about this event


class EventList(_Answer):
    """Stage 1: the events the article reports as news (none: an empty list)."""

    # Caps the grammar enforces: a small model sometimes makes every sentence an
    # event, or counts sentence numbers on past the article's last, and would
    # otherwise run until max_tokens (cyber-port-authority-leak-...: 2,048 tokens,
    # 96 s, nothing to keep). The longest events answer kept in the gold runs is
    # ~80 tokens with 43 sentences for one event; a cut-off answer keeps its
    # complete events (extract.requests.complete_items).
    answer_tokens: ClassVar[int] = 320
    grammar_max_items: ClassVar[dict[str, int]] = {"EventRef.sentences": 64}
    events: list[EventRef] = Field(max_length=MAX_INCIDENTS)


class FigureAnswer(BaseModel):
    category: CasualtyCategory
    count: int = Field(ge=0)  # in digits
    who: Optional[str] = None  # soldiers, civilians, attackers...
    reported_by: Optional[str] = None  # who gave the figure, if the article says
    sentence: int  # the sentence that states it


class EventFields(_Answer):
    """Stage 2: one event's details, read from that event's sentences only. The
    program finds the sentences each value stands in, resolves the date, splits
    places and takes the qualifier from the sentence (summarizer.records.derive)."""

    # The longest answer kept in the gold runs is ~250 tokens. A 1.5B model now and
    # then repeats a list until its limit (cyberattack-hospital, the sample article:
    # 2,048 tokens, 270-314 s on a CPU, then nothing to keep); the answer stops here.
    answer_tokens: ClassVar[int] = 512
    # The same repetition inside a list ("captured/abducted 10" twenty times): the
    # grammar closes a list at this length (gold: at most 6 figures, 2 parties; the
    # kept answers: 12 figures, 7 targets, so none of them is changed by it). Only
    # the decoding grammar carries it; the schema shown to the model is the same.
    grammar_max_items: ClassVar[dict[str, int]] = {"casualties": 12, "perpetrators": 6, "targets": 8}

    date: Optional[str] = None  # the date phrase, as written
    place: Optional[str] = None  # the town, village or site only
    admin_area: Optional[str] = None  # province/region/state/district
    country: Optional[str] = None
    perpetrators: list[str] = Field(default_factory=list)
    targets: list[str] = Field(default_factory=list)
    casualties: list[FigureAnswer] = Field(default_factory=list)


class Draft(BaseModel):
    """Incidents reported in the article (an empty list if it reports none): the
    shape records are built from. The model answered in it before extraction was
    split into two stages; answers kept from then are still rebuilt from it, and
    the gold annotations use it."""

    incidents: list[DraftIncident] = Field(max_length=MAX_INCIDENTS)


# --------------------------------------------------------------------------
# Record: what the tool outputs.
# --------------------------------------------------------------------------


class Citation(BaseModel):
    sentence: int = Field(description="1-based sentence number")
    text: str
    start: int = Field(description="character offset in the article (inclusive)")
    end: int = Field(description="character offset in the article (exclusive)")


class Checked(BaseModel):
    """Fields every cited value carries."""

    citations: list[Citation] = Field(default_factory=list)
    verified: bool = True
    problems: list[str] = Field(
        default_factory=list, description="why the verifier did not accept it"
    )


class TextValue(Checked):
    value: str


class EventTypeValue(Checked):
    value: EventType


class DateValue(Checked):
    text: str = Field(description="the date as the article words it")
    iso: Optional[date] = Field(None, description="only when the article resolves it")


class LocationValue(Checked):
    place: Optional[str] = None
    admin_area: Optional[str] = None
    country: Optional[str] = None


class Actor(Checked):
    name: str


class Casualty(Checked):
    category: CasualtyCategory
    count: int
    qualifier: Qualifier
    who: Optional[str] = None
    reported_by: Optional[str] = None


class Incident(BaseModel):
    summary: TextValue
    event_type: EventTypeValue
    date: Optional[DateValue] = None
    location: Optional[LocationValue] = None
    perpetrators: list[Actor] = Field(default_factory=list)
    targets: list[Actor] = Field(default_factory=list)
    casualties: list[Casualty] = Field(default_factory=list)


class Usage(BaseModel):
    prompt_tokens: int = 0
    completion_tokens: int = 0
    requests: int = Field(0, description="HTTP responses received, over every attempt")
    reasks: int = Field(0, description="validation re-asks sent to the model")

    @property
    def total_tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens


class Provenance(BaseModel):
    model: str
    endpoint: str = Field(description="base URL of the model server (never a key)")
    prompt_version: str
    schema_version: str
    cached: bool = False
    seconds: float = Field(0.0, description="wall time of the run that produced it")
    usage: Usage = Field(default_factory=Usage)


def article_sha256(text: str) -> str:
    """The article's identity: the sha256 of its text (UTF-8), as read."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class ArticleInfo(BaseModel):
    source: Optional[str] = Field(None, description="path the article was read from")
    sha256: str
    chars: int
    sentences: int


class SummaryRecord(BaseModel):
    model_config = ConfigDict(title="SummaryRecord")

    article: ArticleInfo
    incidents: list[Incident]
    verified: bool = Field(description="true when every field passed verification")
    unverified_fields: int = 0
    provenance: Provenance
    # The model's answers (JSON text, one per window) the record was built from
    # (summarizer.records.answers). The cache and eval runs keep them; not in the output.
    _answers: list[str] = PrivateAttr(default_factory=list)

    @property
    def answers(self) -> list[str]:
        return self._answers

    @answers.setter
    def answers(self, value: list[str]) -> None:
        self._answers = list(value)

    # Views of the record that the render layer owns (record_view below).

    def to_rows(self, level: TableLevel = "incident", *, id: Optional[str] = None) -> list[dict[str, Any]]:
        """The record as table rows (dicts with stable column names, docs/export.md):
        one per incident (level="incident") or per casualty figure ("casualty").
        `id` fills the "id" column (default: the article's source)."""
        return record_view("rows")(self, level, id)

    def to_frame(self, level: TableLevel = "incident", *, id: Optional[str] = None) -> "pandas.DataFrame":
        """`to_rows` as a pandas DataFrame (needs pandas; ConfigError without it)."""
        return record_view("frame")(self, level, id)

    def _repr_html_(self) -> str:
        """Jupyter shows a record as its review page (in a sandboxed frame)."""
        return record_view("html")(self)


# Tables and the review page are the render layer's (summarizer.render.table,
# summarizer.render.page), yet a record should offer them as methods: Jupyter
# looks for _repr_html_ on the object itself. Core imports nothing above it (and
# the layers contract counts an import inside a function too), so the render
# layer registers the views here when it is imported
# (summarizer/render/__init__.py), and the package's __init__ imports it: they
# are in place whichever module of summarizer was imported first.
_RECORD_VIEWS: dict[str, Callable[..., Any]] = {}


def register_record_view(name: str, view: Callable[..., Any]) -> None:
    """Install the function behind one of SummaryRecord's views: "rows",
    "frame" or "html"."""
    _RECORD_VIEWS[name] = view


def record_view(name: str) -> Callable[..., Any]:
    try:
        return _RECORD_VIEWS[name]
    except KeyError:  # only when summarizer/__init__.py was bypassed
        raise RuntimeError(f"no {name!r} view of a record is registered: import summarizer.render") from None


# --------------------------------------------------------------------------
# Generated JSON Schemas and their version.
# --------------------------------------------------------------------------

SCHEMA_FILES = {
    "events.schema.json": EventList,
    "fields.schema.json": EventFields,
    "draft.schema.json": Draft,
    "record.schema.json": SummaryRecord,
}


def generated_schemas() -> dict[str, str]:
    """The JSON Schema text of each model, as written to schemas/."""
    return {
        name: json.dumps(model.model_json_schema(), indent=2, sort_keys=True) + "\n"
        for name, model in SCHEMA_FILES.items()
    }


def schema_version() -> str:
    """Content hash of the generated schemas: changes whenever a model changes."""
    digest = hashlib.sha256()
    for name, text in sorted(generated_schemas().items()):
        digest.update(name.encode())
        digest.update(text.encode())
    return digest.hexdigest()[:12]
