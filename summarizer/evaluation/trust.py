"""Trust metrics: is a value the verifier marks verified actually right?

The README promises that a field marked `"verified": true` rests on the
sentences it cites. These two numbers measure that promise against gold:

* **verified precision**: of the values the verifier marks verified, the share
  that agree with gold. A value of a predicted incident matched to a gold one is
  compared with that incident's value; a value of an unmatched incident (a
  duplicate, a background event taken for news) with the same field of any gold
  incident of the article, so a right figure in a split incident is right and
  a figure of a background event is wrong.
* **verified recall**: of the gold values, the share that come out verified and
  right (in the predicted incident matched to the gold one).
* **doubt**: of the values given that agree with gold, the share the verifier
  left unverified: what it costs a user that the verifier errs on the safe
  side. (The share of all values left unverified, `unverified.share`, also
  rises when the verifier rightly flags a wrong value; this one does not.)

Values, per field: the event type; the date (right as `date_correct` decides);
each location part (place, admin area, country: a part the gold leaves empty is
wrong when given); each perpetrator and target name; each casualty figure (same
category, count and qualifier); a value given twice in one incident counts once.
A target is right when it names a gold target or,
for an incident that has targets (not an accident or a disaster), the people its
gold casualties are: the officers killed in an attack on a police station were
attacked too. (Targets F1 scores agreement with the annotation and keeps to the
gold targets.) The summary is free text and not scored here
(rule 7 checks its numbers). "location" pools its three parts; the pooled
`trust.precision` / `trust.recall` pool every field.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from summarizer.verify.event_types import NO_PARTIES

if TYPE_CHECKING:
    from summarizer.evaluation.metrics import Inc

LOCATION_PARTS = ("place", "admin_area", "country")
TRUST_FIELDS = ("event_type", "date", "location", "perpetrators", "targets", "casualties")
# The counted units: location is counted per part.
_UNITS = ("event_type", "date", *(f"location.{p}" for p in LOCATION_PARTS), "perpetrators", "targets", "casualties")
# Targets (gold and README): pooled, and every field.
TARGET_POOLED = 0.97
TARGET_FIELD = 0.95


def _values(pred: "Inc", golds: list["Inc"]) -> list[tuple[str, bool, bool]]:
    """(unit, verified, right) for every value of `pred`, judged against `golds`
    (the matched gold incident, or every gold incident of the article)."""
    from summarizer.evaluation.metrics import _exact, date_correct
    from summarizer.evaluation.same_names import same_name, same_party_in

    out = [("event_type", pred.is_verified("event_type"), any(pred.event_type == g.event_type for g in golds))]
    if pred.has_date():
        out.append(("date", pred.is_verified("date"), any(date_correct(pred, g) for g in golds)))
    for part in LOCATION_PARTS:
        value = getattr(pred, part)
        if value:
            right = any(getattr(g, part) and same_name(value, getattr(g, part)) for g in golds)
            out.append((f"location.{part}", pred.is_verified("location"), right))
    # A value given twice in one incident is one value: a repeated right figure
    # is no more trust than one (nor a repeated wrong one less).
    seen: set[tuple] = set()
    for kind in ("perpetrators", "targets"):
        for j, name in enumerate(getattr(pred, kind)):
            key = (kind, " ".join(name.lower().split()), pred.is_verified(kind, j))
            if key in seen:
                continue
            seen.add(key)
            right = any(same_party_in(name, other, pred, g) for g in golds for other in _names(g, kind))
            out.append((kind, pred.is_verified(kind, j), right))
    for j, figure in enumerate(pred.casualties):
        key = ("casualties", figure.category, figure.count, figure.qualifier, pred.is_verified("casualties", j))
        if key in seen:
            continue
        seen.add(key)
        right = any(c.category == figure.category and _exact(figure, c) for g in golds for c in g.casualties)
        out.append(("casualties", pred.is_verified("casualties", j), right))
    return out


def _names(gold: "Inc", kind: str) -> list[str]:
    names = list(getattr(gold, kind))
    if kind == "targets" and gold.event_type not in NO_PARTIES:
        names += [c.who for c in gold.casualties if c.who]
    return names


def _recalled(pred: "Inc | None", gold: "Inc") -> list[tuple[str, bool]]:
    """(unit, recalled) for every value of `gold`: recalled when `pred` gives it
    verified and right."""
    from summarizer.evaluation.metrics import (
        CATEGORIES,
        _exact,
        date_correct,
        matched_count,
    )
    from summarizer.evaluation.same_names import same_name, same_party_in

    out = [("event_type", pred is not None and pred.is_verified("event_type") and pred.event_type == gold.event_type)]
    if gold.has_date():
        out.append(("date", pred is not None and pred.is_verified("date") and date_correct(pred, gold)))
    for part in LOCATION_PARTS:
        value = getattr(gold, part)
        if value:
            ok = pred is not None and pred.is_verified("location") and same_name(getattr(pred, part), value)
            out.append((f"location.{part}", bool(ok)))
    for kind in ("perpetrators", "targets"):
        names = getattr(gold, kind)
        found = 0
        if pred is not None:
            shown = [n for j, n in enumerate(getattr(pred, kind)) if pred.is_verified(kind, j)]
            found = matched_count(shown, names, lambda x, y: same_party_in(x, y, pred, gold))
        out += [(kind, k < found) for k in range(len(names))]
    for cat in CATEGORIES:
        figures = [c for c in gold.casualties if c.category == cat]
        found = 0
        if pred is not None:
            shown = [c for j, c in enumerate(pred.casualties) if c.category == cat and pred.is_verified("casualties", j)]
            found = matched_count(shown, figures, _exact)
        out += [("casualties", k < found) for k in range(len(figures))]
    return out


def score_trust(preds: list["Inc"], golds: list["Inc"], pairs: list[tuple[int, int]], counts: Counter) -> None:
    """Add one article's trust counts: per unit, values verified, verified and
    right, right, right but unverified, gold values, and gold values recalled
    verified and right."""
    gold_of = dict(pairs)
    for p, pred in enumerate(preds):
        against = [golds[gold_of[p]]] if p in gold_of else golds
        for unit, verified, right in _values(pred, against):
            if verified:
                counts[f"trust.{unit}.verified"] += 1
                counts[f"trust.{unit}.verified_right"] += right
            if right:
                counts[f"trust.{unit}.right"] += 1
                counts[f"trust.{unit}.doubted"] += not verified
    pred_of = {g: p for p, g in pairs}
    for g, gold in enumerate(golds):
        pred = preds[pred_of[g]] if g in pred_of else None
        for unit, recalled in _recalled(pred, gold):
            counts[f"trust.{unit}.gold"] += 1
            counts[f"trust.{unit}.recalled"] += recalled


def _pool(c: Counter, units: tuple[str, ...], num: str, den: str) -> float | None:
    d = sum(c[f"trust.{u}.{den}"] for u in units)
    return sum(c[f"trust.{u}.{num}"] for u in units) / d if d else None


def trust_metrics(c: Counter) -> dict[str, float | None]:
    """trust.precision / trust.recall pooled, and per field (location also per
    part); trust.doubt pooled."""
    out: dict[str, float | None] = {
        "trust.precision": _pool(c, _UNITS, "verified_right", "verified"),
        "trust.recall": _pool(c, _UNITS, "recalled", "gold"),
        "trust.doubt": _pool(c, _UNITS, "doubted", "right"),
    }
    for name in (*TRUST_FIELDS, *(f"location.{p}" for p in LOCATION_PARTS)):
        units = tuple(u for u in _UNITS if u == name or u.startswith(name + "."))
        out[f"trust.{name}.precision"] = _pool(c, units, "verified_right", "verified")
        out[f"trust.{name}.recall"] = _pool(c, units, "recalled", "gold")
    return out


def trust_shortfalls(metrics_by_split: dict[str, dict[str, float | None]], splits) -> list[str]:  # noqa: ANN001
    """Each trust precision below its target, as "name (split) value < target"."""
    out = []
    for split in splits:
        m = metrics_by_split.get(split)
        if not m:
            continue
        checks = [("trust.precision", TARGET_POOLED)] + [(f"trust.{f}.precision", TARGET_FIELD) for f in TRUST_FIELDS]
        for name, target in checks:
            value = m.get(name)
            if value is not None and value < target - 1e-9:
                out.append(f"{name} ({split}) {value:.3f} < {target:.2f}")
    return out
