"""How well today's events refinement (summarizer/verify/events.py) groups the
sentences of each gold incident, from a run's kept events answers alone (no
model): the number to watch when changing how incidents are split, added or
merged, before asking the model again for the articles it regroups.

A gold incident is found when a group of the refined answer shares sentences
with the incident's own ones (those no other gold incident of the article
cites), one group to one incident, the largest overlaps first. Groups of type
"other" are never asked about and are left out.

Usage:  python benchmarks/grouping_score.py [RUN] [--split dev|heldout|all] [-v]
        (default: the baseline's run; -v lists each article grouped otherwise
        than its gold, groups against gold incidents' own sentences)
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from summarizer.core.schema import EventList
from summarizer.evaluation.gold import load_gold
from summarizer.evaluation.runner import load_run
from summarizer.read.segment import segment
from summarizer.records.derive import Article
from summarizer.records.merge import merge_events

ROOT = Path(__file__).resolve().parent.parent


def _own_sentences(case) -> list[set[int]]:  # noqa: ANN001 - GoldCase
    cited = [set(g.event_type_sentences) | set(g.summary_sentences) | {n for c in g.casualties for n in c.sentences}
             for g in case.incidents]
    return [s - set().union(*(o for j, o in enumerate(cited) if j != i)) for i, s in enumerate(cited)]


def _found(groups: list[set[int]], own: list[set[int]]) -> int:
    pairs = sorted(((len(g & o), i, j) for i, g in enumerate(groups) for j, o in enumerate(own) if g & o), reverse=True)
    used_groups, used_gold = set(), set()
    for _, i, j in pairs:
        if i not in used_groups and j not in used_gold:
            used_groups.add(i)
            used_gold.add(j)
    return len(used_gold)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("run", nargs="?", type=Path, default=ROOT / "evals" / "baseline.json")
    parser.add_argument("--split", default="dev", choices=["dev", "heldout", "all"])
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    run = load_run(args.run)
    found = gold = grouped = 0
    for case in load_gold(ROOT / "evals" / "gold"):
        output = run.cases.get(case.id)
        if args.split != "all" and case.split != args.split or not output or not output.answers:
            continue
        data = json.loads(output.answers[0])
        if not isinstance(data, dict) or data.get("stages") != 2:
            continue
        events = merge_events([EventList.model_validate_json(a) for a in data["events"]])
        groups = [set(e.sentences) for e in Article(segment(case.text), case.text).refine(events).events
                  if e.type != "other"]
        own = _own_sentences(case)
        hit = _found(groups, own)
        found, gold, grouped = found + hit, gold + len(own), grouped + len(groups)
        if args.verbose and (hit < len(own) or hit < len(groups)):
            print(f"{case.id[:90]}: gold {len(own)}, groups {len(groups)}, found {hit}: "
                  f"{[sorted(g) for g in groups]} vs {[sorted(o) for o in own]}")
    p, r = (found / grouped if grouped else 0.0), (found / gold if gold else 0.0)
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(f"{args.split}: {found} of {gold} gold incidents found, {grouped} groups; "
          f"precision {p:.3f}, recall {r:.3f}, F1 {f1:.3f}")


if __name__ == "__main__":
    main()
