"""What a verifier step does to a run's scores, measured on the answers the run
kept (no model): the run rebuilt by today's code, then with one step switched
off at a time, and the figures each step touched.

Steps: verification rule 8 (casualty category against the clause stating the
number, summarizer/verify/categories.py) and repair 3 (background "other" incidents
dropped, summarizer/verify/repair.py). It cannot show what a step changes through the
re-asks it triggers: for that, compare two full runs (`summarizer eval compare`).

Usage:  python benchmarks/verifier_ablation.py [RUN]   (default: the baseline's run)
"""

from __future__ import annotations

import sys
from pathlib import Path

import summarizer.verify.repair as repair
import summarizer.verify.casualty_checks as verify  # where rule 8 is called
from summarizer.evaluation.gold import load_gold
from summarizer.evaluation.runner import current_record, load_run, reverified

ROOT = Path(__file__).resolve().parent.parent
SHOWN = ["incident.f1", "casualties.exact.f1", "citations.precision", "unverified.share", "hallucinated.rate"]
ORIGINAL = {"rule 8": verify.category_conflict, "repair 3": repair.drop_background}
OFF = {"rule 8": lambda *_args: None, "repair 3": lambda _draft: 0}


def switch(off: frozenset[str] = frozenset()) -> None:
    """Every step as in today's code, except those named in `off`."""
    verify.category_conflict = (OFF if "rule 8" in off else ORIGINAL)["rule 8"]
    repair.drop_background = (OFF if "repair 3" in off else ORIGINAL)["repair 3"]


def main() -> int:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "evals" / "baseline.json"
    cases = load_gold(ROOT / "evals" / "gold")
    run = load_run(path)
    if not any(out.answers for out in run.cases.values()):
        print(f"{path}: the run kept no model answers; nothing to rebuild", file=sys.stderr)
        return 2
    print(f"run: {path}\n")
    print(f"{'variant':14} {'changed':>7}  " + "  ".join(f"{k:>20}" for k in SHOWN))
    for label, off in [("today's code", frozenset()), ("no rule 8", frozenset({"rule 8"})),
                       ("no repair 3", frozenset({"repair 3"})), ("neither", frozenset(OFF))]:
        switch(off)
        rebuilt, changed = reverified(cases, run)
        values = rebuilt.metrics["all"]
        print(f"{label:14} {len(changed):7}  " + "  ".join(
            f"{values[k]:20.3f}" if values[k] is not None else f"{'-':>20}" for k in SHOWN))
    switch()

    # The figures rule 8 flags and the incidents repair 3 drops, case by case.
    by_id = {c.id: c for c in cases}
    flagged, dropped = [], []

    def spy_rule8(category, count, sentences):  # noqa: ANN001
        conflict = ORIGINAL["rule 8"](category, count, sentences)
        if conflict:
            flagged.append(f"{count} {category}, but the clause says {'/'.join(sorted(conflict))}")
        return conflict

    def spy_repair3(draft):  # noqa: ANN001
        before = [i.summary for i in draft.incidents]
        n = ORIGINAL["repair 3"](draft)
        after = {i.summary for i in draft.incidents}
        dropped.extend(s for s in before if s not in after)
        return n

    verify.category_conflict, repair.drop_background = spy_rule8, spy_repair3
    print("\nrule 8 flags / repair 3 drops (all splits):")
    for case_id, output in run.cases.items():
        if case_id not in by_id or not output.answers:
            continue
        flagged.clear(), dropped.clear()
        current_record(by_id[case_id], output)
        for line in flagged:
            print(f"  {case_id}: flagged {line}")
        for summary in dropped:
            print(f"  {case_id}: dropped 'other' incident: {summary[:90]}")
    switch()
    return 0


if __name__ == "__main__":
    sys.exit(main())
