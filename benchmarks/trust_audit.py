"""Every value a run marks verified that disagrees with gold, with the sentences
it cites: the list to read when verified precision (summarizer/evaluation/trust.py)
is below its target. The run is rebuilt from its kept answers by today's
verifier first (no model), as the eval gate does.

Usage:  python benchmarks/trust_audit.py [RUN] [--field F] [--split S] [--changed]
        (default: the baseline's run; F: event_type, date, location, perpetrators,
        targets, casualties)

--changed lists instead every value whose verdict today's verifier changes
(verified or not, present or not) against the run as stored, and whether gold
calls it right: what a verifier change does, value by value.
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


def _judged(out, case):  # noqa: ANN001, ANN202
    """(incident, unit, k) -> (verified, right) for every value of a case's record,
    with the record's incidents and which gold incident each matched."""
    golds = [from_draft(g) for g in case.incidents]
    # a case the model gave no record for (its answer cut off) predicts nothing
    preds = [from_record(i) for i in (out.record or {}).get("incidents", [])]
    gold_of = dict(match(preds, golds))
    judged = {}
    for p, pred in enumerate(preds):
        against = [golds[gold_of[p]]] if p in gold_of else golds
        seen: dict[str, int] = {}
        for unit, verified, right in _values(pred, against):
            k = seen[unit] = seen.get(unit, -1) + 1
            judged[(p, unit, k)] = (verified, right)
    return judged, preds, gold_of


def _verdict(v: tuple[bool, bool] | None) -> str:
    return "absent" if v is None else f"{'verified' if v[0] else 'unverified'} {'right' if v[1] else 'wrong'}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("run", nargs="?", type=Path, default=ROOT / "evals" / "baseline.json")
    parser.add_argument("--field")
    parser.add_argument("--split")
    parser.add_argument("--changed", action="store_true", help="values whose verdict today's verifier changes")
    parser.add_argument("--gold", type=Path, default=ROOT / "evals" / "gold",
                        help="the gold folder (a snapshot while new gold is being written)")
    args = parser.parse_args()
    cases = load_gold(args.gold)
    stored = load_run(args.run)
    run, _ = reverified(cases, stored)
    wrong = changed = 0
    for case in cases:
        out = run.cases.get(case.id)
        if out is None or out.record is None or (args.split and case.split != args.split):
            continue
        judged, preds, gold_of = _judged(out, case)
        if args.changed:
            before = stored.cases.get(case.id)
            old = _judged(before, case)[0] if before is not None and before.record is not None else {}
            for key in sorted(set(old) | set(judged), key=str):
                if old.get(key) != judged.get(key) and (not args.field or key[1].startswith(args.field)):
                    changed += 1
                    print(f"{case.id} ({case.split}), incident {key[0] + 1}, {key[1]} #{key[2] + 1}: "
                          f"{_verdict(old.get(key))} -> {_verdict(judged.get(key))}")
            continue
        for (p, unit, k), (verified, right) in judged.items():
            if not verified or right or (args.field and not unit.startswith(args.field)):
                continue
            wrong += 1
            where = f"incident {p + 1}" + ("" if p in gold_of else " (matches no gold incident)")
            print(f"{case.id} ({case.split}), {where}, {unit}: {_shown(preds[p], unit, k)}")
            record = out.record["incidents"][p]
            key = unit.split(".")[0]
            value = record.get(key)
            if isinstance(value, list):
                value = value[k]
            for c in (value or {}).get("citations", []):
                print(f"    [{c['sentence']}] {' '.join(c['text'].split())[:160]}")
    print(f"{changed} value(s) change verdict" if args.changed else f"{wrong} verified value(s) disagree with gold")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
