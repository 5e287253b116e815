"""Scores: predicted records against gold drafts. Every metric is defined, with a
worked example, in docs/eval.md; the names below are the ones the tables, run
records and the gate use.

Scoring is counting: `score_case` turns one article into a Counter of numerators
and denominators ("incident.tp", "incident.pred", "incident.gold", ...), counts
add up over a split, and `metrics` turns counts into ratios. Every ratio is
therefore micro-averaged (pooled over the articles), and one article's counts
are its own small report (used to show which cases changed between runs).

Predictions are read from the record's JSON (a dict), not through the pydantic
model, so a run recorded under an older schema can still be re-scored.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Iterable, NamedTuple

from summarizer.core.schema import CASUALTY_CATEGORIES, DraftIncident
from summarizer.evaluation.assignment import assignment
from summarizer.evaluation.same_names import same_name, same_party, same_party_in  # noqa: F401 - the scores' own
from summarizer.verify.names import normalise

CATEGORIES = CASUALTY_CATEGORIES
LOCATION_PARTS = ("place", "admin_area", "country")
# Fields whose citations are scored. The headline citation scores pool all but
# the summary, which is free text whose evidence is a matter of taste.
CITED_FIELDS = ("summary", "event_type", "date", "location", "perpetrators", "targets", "casualties")
HEADLINE_CITED = CITED_FIELDS[1:]
# Slots where a value may be invented (hallucinated) when the gold has none.
SLOTS = ("date", *LOCATION_PARTS, "perpetrators", "targets", *(f"casualties:{c}" for c in CATEGORIES))
# Words that carry no meaning in a date phrase: "on Sunday" == "Sunday".
_DATE_FILLER = {"on", "the", "in", "at", "of", "during"}
MATCH_THRESHOLD = 2  # of type, place and date, how many must agree for a match
OVERLAP_WEIGHT = 0.1  # tie-breaker: how much shared citations count in matching


class Figure(NamedTuple):
    """One casualty figure as the metrics compare it."""

    category: str
    count: int
    qualifier: str
    who: str | None = None


@dataclass
class Inc:
    """One incident, gold or predicted, in the form the metrics compare."""

    event_type: str
    date_iso: str | None = None
    date_text: str | None = None
    place: str | None = None
    admin_area: str | None = None
    country: str | None = None
    perpetrators: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    casualties: list[Figure] = field(default_factory=list)
    cites: dict[str, set[int]] = field(default_factory=dict)
    fields: int = 0  # values carried (predictions only)
    unverified: int = 0  # of which the verifier rejected
    # The verifier's verdict per value: "event_type", "date", "location" -> [ok];
    # "perpetrators", "targets", "casualties" -> [ok per item]. Gold: all True.
    verified: dict[str, list[bool]] = field(default_factory=dict)
    # The text of the sentences each perpetrator and target cites (predictions
    # only): where an apposition shows two names are one party (`same_party_in`).
    party_text: dict[str, str] = field(default_factory=dict)

    def is_verified(self, name: str, j: int = 0) -> bool:
        flags = self.verified.get(name)
        return True if flags is None else flags[j]

    def has_date(self) -> bool:
        return bool(self.date_iso or self.date_text)

    def has_location(self) -> bool:
        return any(getattr(self, p) for p in LOCATION_PARTS)

    def slot_filled(self, slot: str) -> bool:
        if slot == "date":
            return self.has_date()
        if slot.startswith("casualties:"):
            return any(c.category == slot.split(":", 1)[1] for c in self.casualties)
        return bool(getattr(self, slot))


def from_draft(inc: DraftIncident) -> Inc:
    return Inc(
        event_type=inc.event_type, date_iso=inc.date_iso, date_text=inc.date_text,
        place=inc.place, admin_area=inc.admin_area, country=inc.country,
        perpetrators=[a.name for a in inc.perpetrators], targets=[a.name for a in inc.targets],
        casualties=[Figure(c.category, c.count, c.qualifier, c.who) for c in inc.casualties],
        cites={
            "summary": set(inc.summary_sentences), "event_type": set(inc.event_type_sentences),
            "date": set(inc.date_sentences) if (inc.date_text or inc.date_iso) else set(),
            "location": set(inc.location_sentences) if any([inc.place, inc.admin_area, inc.country]) else set(),
            "perpetrators": {n for a in inc.perpetrators for n in a.sentences},
            "targets": {n for a in inc.targets for n in a.sentences},
            "casualties": {n for c in inc.casualties for n in c.sentences},
        },
    )


def _cited(value: dict | None) -> set[int]:
    return {c["sentence"] for c in (value or {}).get("citations", [])}


def from_record(inc: dict[str, Any]) -> Inc:
    """An incident of a SummaryRecord, as JSON."""
    date_v, loc = inc.get("date"), inc.get("location")
    perps, targets, cas = inc.get("perpetrators", []), inc.get("targets", []), inc.get("casualties", [])
    values = [inc.get("summary"), inc.get("event_type"), date_v, loc, *perps, *targets, *cas]
    values = [v for v in values if v is not None]
    return Inc(
        event_type=(inc.get("event_type") or {}).get("value", ""),
        date_iso=date_v.get("iso") if date_v else None,
        date_text=date_v.get("text") if date_v else None,
        place=loc.get("place") if loc else None,
        admin_area=loc.get("admin_area") if loc else None,
        country=loc.get("country") if loc else None,
        perpetrators=[a["name"] for a in perps], targets=[a["name"] for a in targets],
        casualties=[Figure(c["category"], int(c["count"]), c.get("qualifier", "exact"), c.get("who")) for c in cas],
        cites={
            "summary": _cited(inc.get("summary")), "event_type": _cited(inc.get("event_type")),
            "date": _cited(date_v), "location": _cited(loc),
            "perpetrators": set().union(*(_cited(a) for a in perps)),
            "targets": set().union(*(_cited(a) for a in targets)),
            "casualties": set().union(*(_cited(c) for c in cas)),
        },
        fields=len(values),
        unverified=sum(1 for v in values if not v.get("verified", True)),
        verified={
            "event_type": [(inc.get("event_type") or {}).get("verified", True)],
            "date": [date_v.get("verified", True) if date_v else True],
            "location": [loc.get("verified", True) if loc else True],
            "perpetrators": [a.get("verified", True) for a in perps],
            "targets": [a.get("verified", True) for a in targets],
            "casualties": [c.get("verified", True) for c in cas],
        },
        party_text={a["name"]: " ".join(c.get("text", "") for c in a.get("citations", [])) for a in [*perps, *targets]},
    )


# -- comparing values ------------------------------------------------------------
# Names: summarizer.evaluation.same_names (imported above).


def date_phrase(text: str | None) -> tuple[str, ...]:
    return tuple(w for w in normalise(text or "").split() if w not in _DATE_FILLER)


def date_correct(pred: Inc, gold: Inc) -> bool:
    """Exact on the resolved date when the gold has one, else on the stated text."""
    if gold.date_iso:
        return pred.date_iso == gold.date_iso
    if gold.date_text:
        return pred.date_text is not None and date_phrase(pred.date_text) == date_phrase(gold.date_text)
    return not pred.has_date()


def location_correct(pred: Inc, gold: Inc) -> bool:
    return all(same_name(getattr(pred, p), getattr(gold, p)) for p in LOCATION_PARTS)


def _agree_date(a: Inc, b: Inc) -> bool:
    if a.date_iso and b.date_iso:
        return a.date_iso == b.date_iso
    if a.date_text and b.date_text:
        return date_phrase(a.date_text) == date_phrase(b.date_text)
    return not a.has_date() and not b.has_date()


def _agree_place(a: Inc, b: Inc) -> bool:
    """Compare the most specific level both give (place, else region, else country)."""
    for part in LOCATION_PARTS:
        x, y = getattr(a, part), getattr(b, part)
        if x and y:
            return same_name(x, y)
    return not a.has_location() and not b.has_location()


def match_weight(pred: Inc, gold: Inc) -> float:
    """How well a predicted incident fits a gold one: the number of agreements on
    type, place and date (0-3), plus a small bonus for shared citations. Pairs
    agreeing on fewer than MATCH_THRESHOLD of the three never match (weight 0)."""
    agree = (pred.event_type == gold.event_type) + _agree_place(pred, gold) + _agree_date(pred, gold)
    if agree < MATCH_THRESHOLD:
        return 0.0
    p, g = set().union(*pred.cites.values()), set().union(*gold.cites.values())
    overlap = len(p & g) / len(p | g) if p | g else 0.0
    return agree + OVERLAP_WEIGHT * overlap


def matched_count(preds: list, golds: list, same) -> int:  # noqa: ANN001
    """Size of the largest one-to-one matching of preds to golds under `same`."""
    if not preds or not golds:
        return 0
    return len(assignment([[1.0 if same(p, g) else 0.0 for g in golds] for p in preds]))


def _tolerant(p: Figure, g: Figure) -> bool:
    return abs(p.count - g.count) <= max(1.0, 0.1 * g.count)


def _exact(p: Figure, g: Figure) -> bool:
    return p.count == g.count and p.qualifier == g.qualifier


# -- one article -----------------------------------------------------------------


def score_pair(pred: Inc, gold: Inc, counts: Counter) -> None:
    """Field scores of one matched (predicted, gold) incident pair."""
    counts["event_type.total"] += 1
    counts["event_type.correct"] += pred.event_type == gold.event_type
    if pred.has_date() or gold.has_date():
        counts["date.total"] += 1
        counts["date.correct"] += date_correct(pred, gold)
    if pred.has_location() or gold.has_location():
        counts["location.total"] += 1
        counts["location.correct"] += location_correct(pred, gold)
        for part in LOCATION_PARTS:  # which part is wrong: place, region or country
            if getattr(pred, part) or getattr(gold, part):
                counts[f"location.{part}.total"] += 1
                counts[f"location.{part}.correct"] += same_name(getattr(pred, part), getattr(gold, part))
    for kind in ("perpetrators", "targets"):
        p, g = getattr(pred, kind), getattr(gold, kind)
        counts[f"{kind}.pred"] += len(p)
        counts[f"{kind}.gold"] += len(g)
        counts[f"{kind}.tp"] += matched_count(p, g, lambda x, y: same_party_in(x, y, pred, gold))
    for cat in CATEGORIES:
        p = [c for c in pred.casualties if c.category == cat]
        g = [c for c in gold.casualties if c.category == cat]
        counts[f"casualties.{cat}.pred"] += len(p)
        counts[f"casualties.{cat}.gold"] += len(g)
        counts[f"casualties.{cat}.exact"] += matched_count(p, g, _exact)
        counts[f"casualties.{cat}.tolerant"] += matched_count(p, g, _tolerant)
    for name in CITED_FIELDS:
        p, g = pred.cites.get(name, set()), gold.cites.get(name, set())
        counts[f"citations.{name}.tp"] += len(p & g)
        counts[f"citations.{name}.pred"] += len(p)
        counts[f"citations.{name}.gold"] += len(g)
    for slot in SLOTS:
        if not gold.slot_filled(slot):
            counts["hallucinated.slots"] += 1
            counts["hallucinated.count"] += pred.slot_filled(slot)


def wrong_fields(counts: Counter) -> list[str]:
    """The fields `score_pair` scored wrong for one pair, from its counts:
    "event_type", "date", "location", "perpetrators", "targets", or a casualty
    category ("killed") whose figures do not all match exactly."""
    c = counts
    out = [name for name in ("event_type", "date", "location") if c[f"{name}.correct"] < c[f"{name}.total"]]
    out += [kind for kind in ("perpetrators", "targets")
            if not c[f"{kind}.tp"] == c[f"{kind}.pred"] == c[f"{kind}.gold"]]
    out += [cat for cat in CATEGORIES
            if not c[f"casualties.{cat}.exact"] == c[f"casualties.{cat}.pred"] == c[f"casualties.{cat}.gold"]]
    return out


def match(preds: list[Inc], golds: list[Inc]) -> list[tuple[int, int]]:
    """Optimal one-to-one matching of predicted to gold incidents."""
    if not preds or not golds:
        return []
    return assignment([[match_weight(p, g) for g in golds] for p in preds])


def score_case(gold: Iterable[DraftIncident], record: dict[str, Any] | None) -> Counter:
    """All counts for one article; `record` is the SummaryRecord JSON, or None
    when the run failed on it (then every gold incident is missed)."""
    golds = [from_draft(g) for g in gold]
    preds = [from_record(i) for i in (record or {}).get("incidents", [])]
    counts: Counter = Counter(articles=1, errors=int(record is None))
    pairs = match(preds, golds)
    counts["incident.pred"] += len(preds)
    counts["incident.gold"] += len(golds)
    counts["incident.tp"] += len(pairs)
    for p, g in pairs:
        score_pair(preds[p], golds[g], counts)
    for p in preds:
        counts["unverified.total"] += p.fields
        counts["unverified.fields"] += p.unverified
    score_trust(preds, golds, pairs, counts)
    if record is not None:
        prov = record.get("provenance", {})
        usage = prov.get("usage", {})
        counts["cost.prompt_tokens"] += usage.get("prompt_tokens", 0)
        counts["cost.completion_tokens"] += usage.get("completion_tokens", 0)
        counts["cost.reasks"] += usage.get("reasks", 0)
        counts["cost.seconds"] += prov.get("seconds", 0.0)
    return counts


# -- from counts to metrics ------------------------------------------------------


def _ratio(num: float, den: float) -> float | None:
    return num / den if den else None


def _f1(tp: float, pred: float, gold: float) -> float | None:
    # 2PR/(P+R) written so that it is 0 (not undefined) when one side is empty.
    return 2 * tp / (pred + gold) if pred + gold else None


def _prf(out: dict, name: str, tp: float, pred: float, gold: float) -> None:
    out[f"{name}.precision"] = _ratio(tp, pred)
    out[f"{name}.recall"] = _ratio(tp, gold)
    out[f"{name}.f1"] = _f1(tp, pred, gold)


def metrics(counts: Counter) -> dict[str, float | None]:
    """Every metric, by name; None where its denominator is zero."""
    c = counts
    out: dict[str, float | None] = trust_metrics(c)  # first: what the README promises
    _prf(out, "incident", c["incident.tp"], c["incident.pred"], c["incident.gold"])
    for name in ("event_type", "date", "location", *(f"location.{p}" for p in LOCATION_PARTS)):
        out[f"{name}.accuracy"] = _ratio(c[f"{name}.correct"], c[f"{name}.total"])
    for kind in ("perpetrators", "targets"):
        _prf(out, kind, c[f"{kind}.tp"], c[f"{kind}.pred"], c[f"{kind}.gold"])
    for mode in ("exact", "tolerant"):
        tp = sum(c[f"casualties.{cat}.{mode}"] for cat in CATEGORIES)
        pred = sum(c[f"casualties.{cat}.pred"] for cat in CATEGORIES)
        gold = sum(c[f"casualties.{cat}.gold"] for cat in CATEGORIES)
        _prf(out, f"casualties.{mode}", tp, pred, gold)
        for cat in CATEGORIES:
            out[f"casualties.{cat}.{mode}.f1"] = _f1(
                c[f"casualties.{cat}.{mode}"], c[f"casualties.{cat}.pred"], c[f"casualties.{cat}.gold"])
    for name in CITED_FIELDS:
        out[f"citations.{name}.precision"] = _ratio(c[f"citations.{name}.tp"], c[f"citations.{name}.pred"])
        out[f"citations.{name}.recall"] = _ratio(c[f"citations.{name}.tp"], c[f"citations.{name}.gold"])
    tp = sum(c[f"citations.{n}.tp"] for n in HEADLINE_CITED)
    out["citations.precision"] = _ratio(tp, sum(c[f"citations.{n}.pred"] for n in HEADLINE_CITED))
    out["citations.recall"] = _ratio(tp, sum(c[f"citations.{n}.gold"] for n in HEADLINE_CITED))
    out["unverified.share"] = _ratio(c["unverified.fields"], c["unverified.total"])
    out["hallucinated.rate"] = _ratio(c["hallucinated.count"], c["hallucinated.slots"])
    out["hallucinated.count"] = float(c["hallucinated.count"])
    answered = c["articles"] - c["errors"]
    for name in ("prompt_tokens", "completion_tokens", "seconds", "reasks"):
        out[f"cost.{name}"] = _ratio(c[f"cost.{name}"], answered)
    out["articles"] = float(c["articles"])
    out["errors"] = float(c["errors"])
    return out


from summarizer.evaluation.trust import score_trust, trust_metrics  # noqa: E402 - uses the helpers above


def total(counts: Iterable[Counter]) -> Counter:
    out: Counter = Counter()
    for c in counts:
        out.update(c)
    return out
