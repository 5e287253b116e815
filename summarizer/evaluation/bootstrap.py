"""Is a headline metric's change real, or one case's luck? A paired bootstrap
over the gold cases.

Every headline metric is a ratio of sums of per-case counts (metrics.py: micro-
averaged), so each case contributes a numerator and a denominator. Resampling
the cases with replacement (the same draw for both runs: the comparison is
paired) gives the distribution of the difference current - baseline; its 95%
interval says whether the change is more than the cases' own scatter. With 33
cases a 1.5B model could hardly ever pass a fixed 0.02 margin (one case moved
several metrics at once); with the interval, a change passes unless a metric is
*significantly* worse. Deterministic: a fixed seed.
"""

from __future__ import annotations

import random
from collections import Counter

from summarizer.evaluation.metrics import CATEGORIES, HEADLINE_CITED
from summarizer.evaluation.trust import _UNITS

RESAMPLES = 2000
LEVEL = 0.95
SEED = 20261202


def headline_parts(c: Counter) -> dict[str, tuple[float, float]]:
    """(numerator, denominator) of each headline metric from one article's (or
    a split's) counts; metrics() gives the same ratios (a test keeps them equal)."""
    exact = sum(c[f"casualties.{k}.exact"] for k in CATEGORIES)
    figures = sum(c[f"casualties.{k}.pred"] + c[f"casualties.{k}.gold"] for k in CATEGORIES)
    return {
        "trust.precision": (sum(c[f"trust.{u}.verified_right"] for u in _UNITS),
                            sum(c[f"trust.{u}.verified"] for u in _UNITS)),
        "trust.recall": (sum(c[f"trust.{u}.recalled"] for u in _UNITS), sum(c[f"trust.{u}.gold"] for u in _UNITS)),
        "trust.doubt": (sum(c[f"trust.{u}.doubted"] for u in _UNITS), sum(c[f"trust.{u}.right"] for u in _UNITS)),
        "incident.f1": (2 * c["incident.tp"], c["incident.pred"] + c["incident.gold"]),
        "event_type.accuracy": (c["event_type.correct"], c["event_type.total"]),
        "date.accuracy": (c["date.correct"], c["date.total"]),
        "location.accuracy": (c["location.correct"], c["location.total"]),
        "perpetrators.f1": (2 * c["perpetrators.tp"], c["perpetrators.pred"] + c["perpetrators.gold"]),
        "targets.f1": (2 * c["targets.tp"], c["targets.pred"] + c["targets.gold"]),
        "casualties.exact.f1": (2 * exact, figures),
        "citations.precision": (sum(c[f"citations.{n}.tp"] for n in HEADLINE_CITED),
                                sum(c[f"citations.{n}.pred"] for n in HEADLINE_CITED)),
        "citations.recall": (sum(c[f"citations.{n}.tp"] for n in HEADLINE_CITED),
                             sum(c[f"citations.{n}.gold"] for n in HEADLINE_CITED)),
        "unverified.share": (c["unverified.fields"], c["unverified.total"]),
        "hallucinated.rate": (c["hallucinated.count"], c["hallucinated.slots"]),
    }


def paired_intervals(pairs: list[tuple[Counter, Counter]], names: list[str],
                     resamples: int = RESAMPLES, seed: int = SEED) -> dict[str, tuple[float, float] | None]:
    """The LEVEL interval of (current - base) for each metric in `names`, over
    cases given as (current counts, base counts); None where it cannot be told
    (a denominator of 0 in most draws)."""
    if not pairs:
        return {name: None for name in names}
    parts = [(headline_parts(cur), headline_parts(base)) for cur, base in pairs]
    rng = random.Random(seed)
    n = len(parts)
    diffs: dict[str, list[float]] = {name: [] for name in names}
    for _ in range(resamples):
        draw = Counter(rng.randrange(n) for _ in range(n))
        for name in names:
            num_c = den_c = num_b = den_b = 0.0
            for i, times in draw.items():
                (nc, dc), (nb, db) = parts[i][0][name], parts[i][1][name]
                num_c += times * nc
                den_c += times * dc
                num_b += times * nb
                den_b += times * db
            if den_c and den_b:
                diffs[name].append(num_c / den_c - num_b / den_b)
    out: dict[str, tuple[float, float] | None] = {}
    for name, values in diffs.items():
        if len(values) < resamples // 2:
            out[name] = None
            continue
        values.sort()
        tail = (1 - LEVEL) / 2
        out[name] = (values[int(tail * (len(values) - 1))], values[int((1 - tail) * (len(values) - 1))])
    return out
