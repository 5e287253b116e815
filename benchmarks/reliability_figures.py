"""Run the reliability suites and print the figures of docs/reliability.md.

    .venv/bin/python benchmarks/reliability_figures.py          # ~2 minutes on 2 cores

What it counts (each case is a test; the result is the test's):
  * bad input: the cases of tests/test_bad_input.py (kinds of bad input and
    their variants), refused / decoded / summarized as documented;
  * server faults: the FAULTS table of tests/test_server_faults.py, by
    behaviour (retried, re-asked, flagged unverified, error record), plus the
    refused-then-up, exit-code and batch tests;
  * kill points: every SIGKILL of tests/test_kill_resume.py, where it landed,
    and what the resume gave;
  * storage: tests/test_cache_storage.py; windows: tests/test_windows.py;
  * injection: styles x ways of tests/test_injection.py;
  * secrets: the files the session wrote, scanned for the test key.

Exit status 1 if any case failed (or a key leaked), so CI can run it too.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TESTS = ROOT / "tests"
SUITES = ["test_bad_input.py", "test_windows.py", "test_server_faults.py", "test_kill_resume.py",
          "test_cache_storage.py", "test_injection.py", "test_secrets.py"]


class Collector:
    def __init__(self):
        self.outcomes: dict[str, str] = {}
        self.properties: dict[str, dict] = {}
        self.seconds: dict[str, float] = defaultdict(float)

    def pytest_runtest_logreport(self, report):
        module = report.nodeid.split("::")[0].rsplit("/", 1)[-1]
        self.seconds[module] += report.duration
        if report.when == "call" or (report.when == "setup" and report.outcome != "passed"):
            self.outcomes[report.nodeid] = report.outcome
            for name, value in report.user_properties:
                self.properties.setdefault(report.nodeid, {})[name] = value


def case(nodeid: str) -> str:
    name = nodeid.split("::", 1)[1]
    return name.split("[", 1)[1].rstrip("]") if "[" in name else name.removeprefix("test_")


def mark(outcome: str) -> str:
    return {"passed": "ok", "skipped": "skipped"}.get(outcome, "FAILED")


def main() -> int:
    sys.path.insert(0, str(TESTS))
    basetemp = Path(tempfile.mkdtemp(prefix="reliability-"))
    collector = Collector()
    started = time.monotonic()
    code = pytest.main(["-q", "-p", "no:cacheprovider", "--basetemp", str(basetemp / "t"),
                        *[str(TESTS / s) for s in SUITES]], plugins=[collector])
    elapsed = time.monotonic() - started
    from test_injection import STYLES
    from test_secrets import files_below, leaks_in
    from test_server_faults import FAULTS

    out = collector.outcomes
    by_module: dict[str, dict[str, str]] = defaultdict(dict)
    for nodeid, outcome in out.items():
        by_module[nodeid.split("::")[0].rsplit("/", 1)[-1]][nodeid] = outcome

    def tally(module: str) -> str:
        counts = Counter(mark(o) for o in by_module[module].values())
        return ", ".join(f"{n} {k}" for k, n in sorted(counts.items()))

    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                            text=True).stdout.strip()
    print(f"\n## Figures (commit {commit}, {time.strftime('%Y-%m-%d')}, {elapsed:.0f} s)\n")

    bad = by_module["test_bad_input.py"]
    print(f"**Bad input: {len(bad)} cases tried** ({tally('test_bad_input.py')}): "
          + "; ".join(f"{case(n).replace('_', ' ')}: {mark(o)}" for n, o in bad.items()) + ".")

    windows = by_module["test_windows.py"]
    print(f"\n**Windows (budget, plan, merge): {len(windows)} cases** ({tally('test_windows.py')})\n")

    faults = by_module["test_server_faults.py"]
    table = {f.id: f for f in FAULTS}
    per_outcome: dict[str, list[str]] = defaultdict(list)
    survived = 0
    for nodeid, outcome in faults.items():
        name = case(nodeid)
        fault = table.get(name)
        if fault is not None:
            per_outcome[fault.outcome].append(f"{fault.what}: {mark(outcome)}")
            survived += outcome == "passed" and fault.outcome != "error record"
    kinds = len(FAULTS)
    print(f"\n**Server faults: {kinds} kinds, each handled as documented "
          f"({sum(o == 'passed' for n, o in faults.items() if case(n) in table)}/{kinds}); "
          f"{survived} survived with a record**, the rest end in a one-line error / error record. "
          f"Plus {len(faults) - kinds} end-to-end cases (refused-then-up, CLI exit codes, a batch with faulty "
          f"articles): {tally('test_server_faults.py')} overall.\n")
    for outcome in ("retried", "re-asked", "flagged unverified", "error record"):
        print(f"- {outcome} ({len(per_outcome[outcome])}): " + "; ".join(per_outcome[outcome]))

    kills = [json.loads(p["kill_resume"]) for p in collector.properties.values() if "kill_resume" in p]
    kill_tests = by_module["test_kill_resume.py"]
    points = sum(len(k["kills"]) for k in kills)
    print(f"\n**Kill points: {points} SIGKILLs over {len(kills)} seeds** ({tally('test_kill_resume.py')}); "
          "after each, the resume gave exactly one line per article:\n")
    for k in sorted(kills, key=lambda k: k["seed"]):
        print(f"- seed {k['seed']} ({k['workers']} worker(s), options {k['options']}): "
              + "; then ".join(k["kills"]) + f" -> {k['lines']} lines, {k['redone']} article(s) asked twice")
    compaction = [n for n in kill_tests if "compacting" in n]
    if compaction:
        print(f"- a kill while compacting (simulated): {mark(kill_tests[compaction[0]])}")

    print(f"\n**Cache storage: {len(by_module['test_cache_storage.py'])} cases** "
          f"({tally('test_cache_storage.py')}): "
          + "; ".join(f"{case(n).replace('_', ' ')}: {mark(o)}" for n, o in by_module["test_cache_storage.py"].items())
          + ".")

    inj = by_module["test_injection.py"]
    obedient = {n: o for n, o in inj.items() if "obedient_model" in n}
    honest = {n: o for n, o in inj.items() if "honest_answer" in n}
    news = {n: o for n, o in inj.items() if "news_sentences" in n}
    print(f"\n**Injection: {len(STYLES)} styles x 3 ways an obedient model slips the figure in = "
          f"{len(obedient)} cases, {sum(o == 'passed' for o in obedient.values())} with the figure kept out of "
          f"every verified field**; honest answers to the same articles fully verified in "
          f"{sum(o == 'passed' for o in honest.values())}/{len(honest)}; {len(news)} news sentences and every "
          f"sentence of the gold and sample articles not taken for instructions "
          f"({tally('test_injection.py')} overall). Styles: {', '.join(STYLES)}.")

    roots = [basetemp, ROOT / "cassettes"]
    found, searched = leaks_in(p for r in roots for p in files_below(r))
    print(f"\n**Secrets: {searched} files written by these suites (and cassettes/) scanned, "
          f"{len(found)} holding the test key**; {tally('test_secrets.py')}.")
    failed = [n for n, o in out.items() if o == "failed"]
    if failed:
        print("\nFAILED:\n" + "\n".join(f"- {n}" for n in failed))
    return 1 if failed or found or code not in (0,) else 0


if __name__ == "__main__":
    sys.exit(main())
