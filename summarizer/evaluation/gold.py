"""Gold annotations: the articles the eval runs on and the records they should give.

Layout (see docs/eval.md):

    evals/gold/<id>.txt         the article, written by us
    evals/gold/<id>.gold.json   its gold record: the Draft shape of summarizer.core.schema
                                (sentence numbers per field) plus a header:
                                {"split": "dev" | "heldout", "notes": "...", "incidents": [...]}

Sentence numbers refer to `summarizer.segment.segment(text)`; print them with
`python evals/sentences.py evals/gold/<id>.txt`. Every gold file is validated when
loaded: against the schema (unknown keys included), its ISO dates, and the
sentence numbers it cites. A bad file is an InputError naming the file and field.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, ValidationError

from summarizer.core.errors import InputError
from summarizer.core.schema import (
    DraftActor,
    DraftCasualty,
    DraftIncident,
    article_sha256,
)
from summarizer.read.inputs import read_article
from summarizer.read.segment import segment

SPLITS = ("dev", "heldout")
Split = Literal["dev", "heldout"]


class GoldFile(BaseModel):
    """One <id>.gold.json: the Draft shape plus a small header."""

    model_config = ConfigDict(extra="forbid")

    split: Split
    notes: Optional[str] = None
    incidents: list[DraftIncident]


@dataclass(frozen=True)
class GoldCase:
    id: str
    split: str
    text: str  # the article, exactly as `summarizer summarize` reads it
    sha256: str
    incidents: list[DraftIncident]
    notes: str | None
    path: Path  # the .gold.json file
    article_path: Path


def default_evals_dir() -> Path:
    """evals/ in the current directory, else at the top of this checkout."""
    here = Path.cwd() / "evals"
    if (here / "gold").is_dir():
        return here
    return Path(__file__).resolve().parents[2] / "evals"


def _loc(parts) -> str:  # noqa: ANN001 - a pydantic error location
    out = ""
    for p in parts:
        out += f"[{p}]" if isinstance(p, int) else (f".{p}" if out else str(p))
    return out or "(top level)"


# Models whose keys a gold file may use, to name unknown keys (typos such as
# "date_isoo" would otherwise be dropped silently by pydantic).
_NESTED = {"incidents": DraftIncident, "perpetrators": DraftActor, "targets": DraftActor,
           "casualties": DraftCasualty}


def _unknown_keys(data: object, model: type[BaseModel], loc: list) -> list[str]:
    if not isinstance(data, dict):
        return []
    found = []
    for key, value in data.items():
        if key not in model.model_fields:
            found.append(_loc([*loc, key]))
            continue
        child = _NESTED.get(key)
        if child is not None and isinstance(value, list):
            for i, item in enumerate(value):
                found += _unknown_keys(item, child, [*loc, key, i])
    return found


def parse_gold(path: Path, text: str) -> GoldFile:
    """Validate one gold file against the schema and its article, or raise
    InputError("<file>: <field>: <what is wrong>")."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror}") from None
    if not isinstance(data, dict):
        raise InputError(f"{path}: the gold file must be a JSON object with split and incidents")
    unknown = _unknown_keys(data, GoldFile, [])
    if unknown:
        raise InputError(f"{path}: {unknown[0]}: unknown field")
    try:
        gold = GoldFile.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        more = f" (and {exc.error_count() - 1} more error(s))" if exc.error_count() > 1 else ""
        raise InputError(f"{path}: {_loc(err['loc'])}: {err['msg']}{more}") from None
    n_sentences = len(segment(text))
    for i, inc in enumerate(gold.incidents):
        if inc.date_iso is not None:
            try:
                date.fromisoformat(inc.date_iso)
            except ValueError:
                raise InputError(f"{path}: incidents[{i}].date_iso: {inc.date_iso!r} is not a YYYY-MM-DD date") from None
        for field, numbers in cited_numbers(inc):
            bad = [n for n in numbers if not 1 <= n <= n_sentences]
            if bad:
                raise InputError(
                    f"{path}: incidents[{i}].{field}: cites sentence(s) {bad} but the article "
                    f"has sentences 1-{n_sentences}")
    return gold


def cited_numbers(inc: DraftIncident):
    """(field, sentence numbers) for every citing field of one draft incident."""
    yield "summary_sentences", inc.summary_sentences
    yield "event_type_sentences", inc.event_type_sentences
    yield "date_sentences", inc.date_sentences
    yield "location_sentences", inc.location_sentences
    for kind in ("perpetrators", "targets", "casualties"):
        for j, item in enumerate(getattr(inc, kind)):
            yield f"{kind}[{j}].sentences", item.sentences


def load_case(gold_path: Path) -> GoldCase:
    case_id = gold_path.name[: -len(".gold.json")]
    article_path = gold_path.with_name(f"{case_id}.txt")
    if not article_path.exists():
        raise InputError(f"{gold_path}: the article {article_path.name} is missing")
    text = read_article(str(article_path)).text
    gold = parse_gold(gold_path, text)
    return GoldCase(
        id=case_id, split=gold.split, text=text,
        sha256=article_sha256(text),
        incidents=gold.incidents, notes=gold.notes, path=gold_path, article_path=article_path,
    )


def load_gold(directory: Path, split: str = "all") -> list[GoldCase]:
    """Every case in `directory` (evals/gold), sorted by id; `split` filters."""
    directory = Path(directory)
    if not directory.is_dir():
        raise InputError(f"no gold directory at {directory}")
    orphans = sorted(p.name for p in directory.glob("*.txt")
                     if not p.with_name(p.name[:-4] + ".gold.json").exists())
    if orphans:
        raise InputError(f"{directory}: article(s) without a .gold.json: {', '.join(orphans)}")
    cases = [load_case(p) for p in sorted(directory.glob("*.gold.json"))]
    if not cases:
        raise InputError(f"{directory} holds no gold files (<id>.txt + <id>.gold.json)")
    if split != "all":
        if split not in SPLITS:
            raise InputError(f"unknown split {split!r}; use one of: {', '.join(SPLITS)}, all")
        cases = [c for c in cases if c.split == split]
    return cases


def gold_problems(case: GoldCase) -> list[str]:
    """What the project's own verifier says about the gold (should be nothing)."""
    from summarizer.core.schema import Draft
    from summarizer.verify.rules import Verifier

    draft = Draft(incidents=[inc.model_copy(deep=True) for inc in case.incidents])
    verifier = Verifier(segment(case.text), case.text)
    problems = [str(p) for p in verifier(draft)]
    # The verifier resolves relative dates itself; the gold must agree with it.
    for i, (mine, theirs) in enumerate(zip(case.incidents, draft.incidents)):
        if mine.date_iso != theirs.date_iso:
            problems.append(f"incident {i + 1}, date: gold date_iso {mine.date_iso} but the "
                            f"verifier resolves {mine.date_text!r} to {theirs.date_iso}")
    return problems
