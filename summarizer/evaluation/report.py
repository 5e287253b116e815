"""Plain-text tables: scores per field and per split, a run against a baseline,
two runs side by side, and the cases that moved."""

from __future__ import annotations

from typing import Callable

from summarizer.evaluation.gate import FLOORS, HEADLINE, Delta
from summarizer.evaluation.gold import SPLITS
from summarizer.evaluation.metrics import CATEGORIES, CITED_FIELDS
from summarizer.evaluation.trust import (
    TARGET_FIELD,
    TARGET_POOLED,
    TRUST_FIELDS,
    trust_shortfalls,
)

# What "verified" is worth comes first: it is what the README promises.
TRUST_ROWS: list[tuple[str, str]] = [
    ("trust.precision", "VERIFIED PRECISION"),
    *((f"trust.{f}.precision", f"  {f.replace('_', ' ')}") for f in TRUST_FIELDS),
    ("trust.recall", "VERIFIED RECALL"),
    *((f"trust.{f}.recall", f"  {f.replace('_', ' ')}") for f in TRUST_FIELDS),
    ("trust.doubt", "RIGHT VALUES UNVERIFIED"),
]

# What a run cost, per article that got a record (reported, not gated).
COST_ROWS: list[tuple[str, str]] = [
    ("cost.prompt_tokens", "prompt tokens / article"),
    ("cost.completion_tokens", "completion tokens / article"),
    ("cost.seconds", "seconds / article"),
    ("cost.reasks", "re-asks / article"),
    ("articles", "articles"),
    ("errors", "articles without a record"),
]

# (metric name, label) in display order; None starts a new group.
ROWS: list[tuple[str, str] | None] = [
    *TRUST_ROWS,
    None,
    ("incident.precision", "incidents: precision"),
    ("incident.recall", "incidents: recall"),
    ("incident.f1", "incidents: F1"),
    None,
    ("event_type.accuracy", "event type: accuracy"),
    ("date.accuracy", "date: accuracy"),
    ("location.accuracy", "location: accuracy"),
    ("location.place.accuracy", "  place: accuracy"),
    ("location.admin_area.accuracy", "  admin area: accuracy"),
    ("location.country.accuracy", "  country: accuracy"),
    ("perpetrators.precision", "perpetrators: precision"),
    ("perpetrators.recall", "perpetrators: recall"),
    ("perpetrators.f1", "perpetrators: F1"),
    ("targets.precision", "targets: precision"),
    ("targets.recall", "targets: recall"),
    ("targets.f1", "targets: F1"),
    ("casualties.exact.f1", "casualties exact: F1"),
    ("casualties.tolerant.f1", "casualties tolerant: F1"),
    *((f"casualties.{c}.{m}.f1", f"  {c} {m}: F1") for c in CATEGORIES for m in ("exact", "tolerant")),
    None,
    ("citations.precision", "citations: precision"),
    ("citations.recall", "citations: recall"),
    *((f"citations.{f}.{pr}", f"  {f}: {pr}") for f in CITED_FIELDS for pr in ("precision", "recall")),
    ("unverified.share", "unverified share"),
    ("hallucinated.rate", "hallucinated rate"),
    ("hallucinated.count", "hallucinated fields"),
    None,
    *COST_ROWS,
]

_LABELS = {row[0]: row[1].strip() for row in ROWS if row is not None}


def label(name: str) -> str:
    """A metric's label, as every table and page shows it (ROWS)."""
    return _LABELS.get(name, name)

_COUNTS = {"hallucinated.count", "articles", "errors"}


def fmt(name: str, value: float | None) -> str:
    if value is None:
        return "-"
    if name.startswith("cost.") or name in _COUNTS:
        return f"{value:.1f}" if name in ("cost.seconds", "cost.reasks") else f"{value:.0f}"
    return f"{value:.3f}"


def _delta(name: str, a: float | None, b: float | None) -> str:
    if a is None or b is None or abs(b - a) < 1e-9:
        return ""
    change = b - a
    if name.startswith("cost.") or name in _COUNTS:
        return f"{change:+.1f}" if name in ("cost.seconds", "cost.reasks") else f"{change:+.0f}"
    return f"{change:+.3f}"


def _render(header: list[str], rows: list[list[str] | None]) -> str:
    widths = [max(len(r[i]) for r in [header, *[r for r in rows if r]]) for i in range(len(header))]
    line = lambda cells: "  ".join(  # noqa: E731
        c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(cells, widths))).rstrip()
    out = [line(header), line(["-" * w for w in widths])]
    for r in rows:
        out.append("" if r is None else line(r))
    return "\n".join(out) + "\n"


def _metric_rows(cells: Callable[[str], list[str]]) -> list[list[str] | None]:
    """One row per metric of ROWS (None between groups): its label, starred when
    gated, then `cells(name)`."""
    rows: list[list[str] | None] = []
    for row in ROWS:
        if row is None:
            rows.append(None)
            continue
        name, label = row
        rows.append([label + (" *" if name in HEADLINE else ""), *cells(name)])
    return rows


def shown_splits(run_splits: list[str], by_split: dict[str, dict]) -> list[str]:
    """The columns a run's table has: each split it has scores for, then "all";
    a run of one split shows that split alone."""
    if len(run_splits) > 1:
        return [s for s in (*SPLITS, "all") if s in by_split]
    return list(run_splits)


def scores_table(by_split: dict[str, dict], baseline: dict[str, dict] | None = None,
                 fell: frozenset[tuple[str, str]] = frozenset()) -> str:
    """One column per split (dev, heldout, all); with a baseline, each value is
    followed by its change, and a headline metric the gate refused (`fell`:
    (split, metric) pairs, from gate.judge, as the summary page marks them) with !."""
    splits = list(by_split)
    header = ["metric", *(s for s in splits)]
    if baseline:
        header = ["metric", *(x for s in splits for x in (s, "vs base"))]
    def cells(name: str) -> list[str]:
        out = []
        for s in splits:
            value = by_split[s].get(name)
            out.append(fmt(name, value))
            if baseline:
                base = baseline.get(s, {}).get(name)
                out.append(_delta(name, base, value) + (" !" if (s, name) in fell else ""))
        return out

    rows = _metric_rows(cells)
    legend = "* headline metric (gated)" + ("; ! the gate refuses this change" if baseline else "")
    return _render(header, rows) + legend + "\n"


def side_by_side(a: dict[str, dict], b: dict[str, dict], label_a: str, label_b: str,
                 fell: frozenset[tuple[str, str]] = frozenset()) -> str:
    """Two runs' metrics, per split: A, B and the change; ! where the gate would
    refuse B with A as the baseline (`fell`, as in scores_table)."""
    parts = [f"A = {label_a}\nB = {label_b}\n"]
    for split in [s for s in b if s in a]:
        va, vb = a[split], b[split]
        rows = _metric_rows(lambda name: [fmt(name, va.get(name)), fmt(name, vb.get(name)),
                                          _delta(name, va.get(name), vb.get(name))
                                          + (" !" if (split, name) in fell else "")])
        parts.append(f"\n[{split}]\n" + _render(["metric", "A", "B", "B - A"], rows))
    parts.append("* headline metric (gated); ! the gate would refuse B with A as its baseline\n")
    return "".join(parts)


def regressions_text(deltas: list[Delta]) -> str:
    moved = [d for d in deltas if d.change]
    if not moved:
        return "headline metrics: no change against the baseline\n"
    lines = ["headline metrics that moved:"]
    for d in moved:
        higher, margin = HEADLINE[d.metric]
        if d.regressed:
            verdict = ("FELL (verified precision may not fall)" if d.metric in FLOORS
                       else "SIGNIFICANTLY WORSE" if d.interval else "FELL BEYOND MARGIN")
        else:
            verdict = "better" if (d.change > 0) == higher else "worse, not significantly"
        lines.append(f"  {d}  ({d.change:+.3f}: {verdict})" if d.interval or d.metric in FLOORS
                     else f"  {d}  ({d.change:+.3f}, margin {margin:.2f}: {verdict})")
    lost = [d for d in deltas if d.regressed and d.change is None]
    lines += [f"  {d}  (no longer measurable)" for d in lost]
    return "\n".join(lines) + "\n"


def cases_text(changed: list[tuple[str, str, list[Delta]]], limit: int = 40) -> str:
    if not changed:
        return "cases: no case scored differently\n"
    lines = [f"cases that scored differently ({len(changed)}), baseline -> this run:"]
    for case_id, split, deltas in changed[:limit]:
        moves = ", ".join(
            f"{d.metric} {fmt(d.metric, d.base)}->{fmt(d.metric, d.current)}" for d in deltas)
        lines.append(f"  {case_id} ({split}): {moves}")
    if len(changed) > limit:
        lines.append(f"  ... and {len(changed) - limit} more")
    return "\n".join(lines) + "\n"


def trust_text(by_split: dict[str, dict]) -> str:
    """Verified precision and recall per split, and every precision below its target."""
    splits = [s for s in by_split if by_split[s]]
    rows = [[label, *(fmt(name, by_split[s].get(name)) for s in splits)] for name, label in TRUST_ROWS]
    out = (f"what \"verified\" is worth (targets: verified precision >= {TARGET_POOLED:.2f} pooled, "
           f">= {TARGET_FIELD:.2f} for every field):\n") + _render(["", *splits], rows)
    short = trust_shortfalls(by_split, [s for s in splits if s != "all"])
    if short:
        out += "BELOW TARGET: " + "; ".join(short) + "\n"
    return out


def history_table(runs: list[tuple[str, dict[str, dict]]], splits: list[str]) -> str:
    """The headline metrics of several runs, one table per split, one column per
    run: (its label, its metrics by split). A run without the split shows "-"."""
    parts = []
    for split in splits:
        rows: list[list[str] | None] = [
            [label(name), *(fmt(name, scores.get(split, {}).get(name)) for _, scores in runs)]
            for name in HEADLINE]
        parts.append(f"[{split}]\n" + _render(["metric", *(lbl for lbl, _ in runs)], rows))
    return "\n".join(parts)
