"""Print an article's numbered sentences, as the model and the gold see them.

    python evals/sentences.py evals/gold/<id>.txt           # numbered sentences
    python evals/sentences.py --check evals/gold/<id>.txt   # ... and check its gold

Sentence numbers come from summarizer.read.segment.segment, the numbering every gold
citation refers to. --check validates <id>.gold.json (schema, sentence numbers)
and runs the project's verifier over it; a gold file should pass both.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from summarizer.verify.dates import find_dateline
from summarizer.core.errors import SummarizerError
from summarizer.evaluation.gold import gold_problems, load_case
from summarizer.read.inputs import read_article
from summarizer.read.segment import segment


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles", nargs="+", type=Path)
    parser.add_argument("--check", action="store_true", help="validate and verify the .gold.json too")
    args = parser.parse_args(argv)
    status = 0
    for path in args.articles:
        try:
            text = read_article(str(path)).text
        except SummarizerError as exc:  # a wrong path or an unreadable file: one line, not a traceback
            print(f"error: {exc}", file=sys.stderr)
            status = 2
            continue
        dateline = find_dateline(text)
        print(f"== {path} ({len(text)} chars; dateline: {dateline.date if dateline else 'none'})")
        for s in segment(text):
            print(f"[{s.n}] {' '.join(s.text.split())}")
        if args.check:
            gold = path.with_name(path.name[: -len(".txt")] + ".gold.json")
            try:
                problems = gold_problems(load_case(gold))
            except SummarizerError as exc:
                problems = [str(exc)]
            for p in problems:
                print(f"GOLD PROBLEM: {p}")
            print("gold: ok" if not problems else f"gold: {len(problems)} problem(s)")
            status = status or (1 if problems else 0)
        print()
    return status


if __name__ == "__main__":
    sys.exit(main())
