"""Every value a run marks verified that disagrees with gold, with the sentences
it cites: the list to read when verified precision (summarizer/evaluation/trust.py)
is below its target. The run is rebuilt from its kept answers by today's
verifier first (no model), as the eval gate does.

Usage:  python benchmarks/trust_audit.py [RUN] [--field F] [--split S]
        (default: the baseline's run; F: event_type, date, location, perpetrators,
        targets, casualties)
"""

from __future__ import annotations

import argparse
from pathlib import Path

from summarizer.evaluation.gold import load_gold
from summarizer.evaluation.metrics import from_draft, from_record, match
from summarizer.evaluation.runner import load_run, reverified
from summarizer.evaluation.trust import _values

ROOT = Path(__file__).resolve().parent.parent


def _shown(pred, unit: str, k: int) -> str:  # noqa: ANN001 - metrics.Inc
    if unit == "event_type":
        return pred.event_type
    if unit == "date":
        return f"{pred.date_text!r} -> {pred.date_iso}"
    if unit.startswith("location."):
        return str(getattr(pred, unit.split(".", 1)[1]))
    if unit == "casualties":
        category, count, qualifier, _who = pred.casualties[k]
        return f"{qualifier} {count} {category}"
    return getattr(pred, unit)[k]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("run", nargs="?", type=Path, default=ROOT / "evals" / "baseline.json")
    parser.add_argument("--field")
    parser.add_argument("--split")
    args = parser.parse_args()
    cases = load_gold(ROOT / "evals" / "gold")
    run, _ = reverified(cases, load_run(args.run))
    wrong = 0
    for case in cases:
        out = run.cases.get(case.id)
        if out is None or out.record is None or (args.split and case.split != args.split):
            continue
        golds = [from_draft(g) for g in case.incidents]
        preds = [from_record(i) for i in out.record["incidents"]]
        gold_of = dict(match(preds, golds))
        for p, pred in enumerate(preds):
            against = [golds[gold_of[p]]] if p in gold_of else golds
            seen: dict[str, int] = {}
            for unit, verified, right in _values(pred, against):
                k = seen[unit] = seen.get(unit, -1) + 1
                if not verified or right or (args.field and not unit.startswith(args.field)):
                    continue
                wrong += 1
                where = f"incident {p + 1}" + ("" if p in gold_of else " (matches no gold incident)")
                print(f"{case.id} ({case.split}), {where}, {unit}: {_shown(pred, unit, k)}")
                record = out.record["incidents"][p]
                key = unit.split(".")[0]
                value = record.get(key)
                if isinstance(value, list):
                    value = value[k]
                for c in (value or {}).get("citations", []):
                    print(f"    [{c['sentence']}] {' '.join(c['text'].split())[:160]}")
    print(f"{wrong} verified value(s) disagree with gold")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
