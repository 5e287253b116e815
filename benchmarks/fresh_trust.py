"""Verified precision on fresh text: the gold articles a range of commits added,
scored by the code as it stood before anything was learnt from them.

    python benchmarks/fresh_trust.py GOLD_FROM GOLD_TO CODE_REV RUN

GOLD_FROM..GOLD_TO: the commits whose gold articles are the fresh ones (e.g. the
parent of a "Gold: ..." commit and that commit); CODE_REV: the code to score them
with (the last commit before their batch's rules); RUN: the run record holding
the model's answers for them. The code is checked out into a temporary git
worktree and imported from there; nothing in the working tree changes. Prints
verified precision and recall per split, and each field's verified values right
and wrong, for that code and for the current one.

This is the figure a new kind of article should expect: every batch so far has
scored well below the articles the rules were written from (docs/eval.md).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Run inside the interpreter whose sys.path puts the checked-out code first.
_SCORE = r'''
import collections, json, sys
from pathlib import Path
sys.path.insert(0, sys.argv[4])  # today's trust_audit (it imports the scored code's summarizer)
from trust_audit import _judged
from summarizer.evaluation.gold import load_gold
from summarizer.evaluation.runner import load_run, reverified, score_cases, split_metrics
cases = load_gold(Path(sys.argv[1]))
run, _ = reverified(cases, load_run(Path(sys.argv[2])))
metrics = split_metrics(score_cases(cases, run))
fields = collections.Counter()
for case in cases:
    judged, _, _ = _judged(run.cases[case.id], case)
    for (_, unit, _), (verified, right) in judged.items():
        if verified:
            fields[f"{case.split} {unit.split('.')[0]} {'right' if right else 'wrong'}"] += 1
print(json.dumps({"metrics": metrics, "fields": fields}))
'''


def _score(code: Path, gold: Path, run: Path) -> dict:
    env = {**os.environ, "PYTHONPATH": str(code)}
    out = subprocess.run([sys.executable, "-c", _SCORE, str(gold), str(run), str(code), str(ROOT / "benchmarks")],
                         env=env, cwd=code, capture_output=True, text=True)
    if out.returncode:
        raise SystemExit(f"scoring with the code in {code} failed:\n{out.stderr.strip()}")
    return json.loads(out.stdout)


def _show(label: str, scored: dict) -> None:
    print(label)
    for split in ("dev", "heldout", "all"):
        m = scored["metrics"].get(split)
        if m:
            print(f"  {split:8s} verified precision {m['trust.precision']:.3f}   recall {m['trust.recall']:.3f}   "
                  f"incident F1 {m['incident.f1']:.3f}")
    wrong = {k: v for k, v in sorted(scored["fields"].items()) if k.endswith("wrong")}
    print("  verified wrong by split and field:", ", ".join(f"{k[:-6]} {v}" for k, v in wrong.items()) or "none")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    for name in ("gold_from", "gold_to", "code_rev", "run"):
        parser.add_argument(name)
    args = parser.parse_args()
    git = ["git", "-C", str(ROOT)]
    added = subprocess.run([*git, "diff", "--name-only", "--diff-filter=A", args.gold_from, args.gold_to, "--",
                            "evals/gold"], capture_output=True, text=True, check=True).stdout.split()
    ids = sorted({Path(p).name.split(".")[0] for p in added if p.endswith(".txt")})
    if not ids:
        print(f"no gold article was added between {args.gold_from} and {args.gold_to}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="fresh-trust-") as tmp:
        gold = Path(tmp) / "gold"
        gold.mkdir()
        for case in ids:
            for suffix in (".txt", ".gold.json"):
                shutil.copy(ROOT / "evals" / "gold" / f"{case}{suffix}", gold)
        # Code older than compressed run records reads only plain JSON: give it the run so.
        run = Path(args.run).resolve()
        if run.read_bytes()[:2] == b"\x1f\x8b":
            plain = Path(tmp) / "run.json"
            plain.write_bytes(gzip.decompress(run.read_bytes()))
            run = plain
        code = Path(tmp) / "code"
        subprocess.run([*git, "worktree", "add", "--detach", "-q", str(code), args.code_rev], check=True)
        try:
            before = _score(code, gold, run)
        finally:
            subprocess.run([*git, "worktree", "remove", "--force", str(code)], check=True)
        now = _score(ROOT, gold, run)
    print(f"{len(ids)} fresh article(s): {', '.join(ids)}")
    _show(f"scored by the code of {args.code_rev}:", before)
    _show("scored by the current code:", now)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
