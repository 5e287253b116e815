"""The speed figures next to their targets, in one table (docs/speed.md).

    .venv/bin/python benchmarks/speed_report.py [--run evals/runs/RUN.json] [--runtime]

Measured here, on this machine, in one run (so ratios compare like with like):
  * a cached `summarizer summarize` through the CLI, start-up included (median of 5);
  * a batch of 1,000 cached articles through the CLI;
  * batch against an endpoint (a fake server in its own process, 100 ms a
    question): the tool's own overhead per article, and 16 workers against 1;
from the eval run record given (default: the newest), what the embedded model
did per gold article on a warm server: seconds (median), the typical gold
article (one incident, under ~1,200 characters), completion tokens;
with --runtime, benchmarks/bench_runtime.py (both embedded runtimes; minutes).
Run it alone on the machine: every figure is a wall-clock time.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tests"))  # the shared fake model and articles: tests/support/

from bench_batch import QUESTIONS_PER_ARTICLE, FakeServerProcess, settings_for, timed_batch  # noqa: E402
from support.batch import make_article, write_articles  # noqa: E402

from summarizer.evaluation.runner import load_run, run_files  # noqa: E402

def cli_env(url: str, cache: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "SUMMARIZER_"))}
    env.update(OPENAI_BASE_URL=url, OPENAI_API_KEY="sk-bench", SUMMARIZER_MODEL="fake-model",
               SUMMARIZER_CACHE_DIR=str(cache))
    return env


def cached_cli(work: Path) -> float:
    article = work / "one.txt"
    article.write_text(make_article(7), encoding="utf-8")
    cache = work / "cache-one"
    with FakeServerProcess(0.0) as url:
        env = cli_env(url, cache)
        cmd = [sys.executable, "-m", "summarizer", "summarize", str(article), "-q", "-f", "json"]
        subprocess.run(cmd, env=env, check=True, capture_output=True)  # fills the cache
        times = []
        for _ in range(5):
            started = time.perf_counter()
            subprocess.run(cmd, env=env, check=True, capture_output=True)
            times.append(time.perf_counter() - started)
    return statistics.median(times)


def cached_batch_cli(work: Path, count: int = 1000) -> float:
    articles = work / "cached"
    write_articles(articles, count)
    cache = work / "cache-batch"
    with FakeServerProcess(0.0) as url:
        timed_batch(settings_for(url, cache), articles, work / "fill.jsonl", 8)
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "summarizer", "batch", str(articles), "--out",
                        str(work / "cached.jsonl"), "-q"], env=cli_env(url, cache), check=True)
        return time.perf_counter() - started


def endpoint_batch(work: Path, count: int = 160, delay: float = 0.1) -> dict[int, dict[str, float]]:
    """workers -> articles per second, the tool's own overhead per article and its CPU per article.

    The own overhead is one worker's wall time per article minus what the server
    took: the delay of each question and the fake server's own CPU (its process,
    measured), so what is left is the tool's time and loopback."""
    articles = work / "uncached"
    write_articles(articles, count, start=100_000)
    out = {}
    server = FakeServerProcess(delay)
    with server as url:
        warm = work / "warm"
        write_articles(warm, 1, start=999_999)
        timed_batch(settings_for(url, work / "c-warm", cache=False), warm, work / "warm.jsonl", 1)
        for workers in (1, 16):
            server_cpu, own_cpu = server.cpu_seconds(), time.process_time()
            seconds, _ = timed_batch(settings_for(url, work / f"c{workers}", cache=False), articles,
                                     work / f"u{workers}.jsonl", workers)
            server_cpu, own_cpu = server.cpu_seconds() - server_cpu, time.process_time() - own_cpu
            out[workers] = {
                "rate": count / seconds,
                "overhead": (seconds * workers - server_cpu) / count - QUESTIONS_PER_ARTICLE * delay,
                "cpu": own_cpu / count,
            }
    return out


def transports_paired(work: Path, rounds: int = 3) -> list[tuple[str, dict[int, dict[str, float]]]]:
    """The endpoint batch on httpx's own transport and on the lean one
    (summarizer.extract.transport), alternated `rounds` times in this process."""
    import summarizer.extract.client as client

    lean = client._plain_http_client
    out = []
    try:
        for k in range(rounds):
            for name, make in (("httpx", lambda url, timeout: None), ("lean", lean)):
                client._plain_http_client = make  # the one switch between the two
                out.append((name, endpoint_batch(work / f"{name}{k}")))
    finally:
        client._plain_http_client = lean
    return out


def from_run(path: Path) -> dict[str, float]:
    seconds, tokens, typical = [], [], []
    for case in load_run(path).cases.values():  # (plain or gzip-compressed: the runner reads both)
        record = case.record
        if not record:  # (a case rebuilt from kept answers keeps the seconds of the run that asked)
            continue
        s = record["provenance"]["seconds"]
        seconds.append(s)
        tokens.append(record["provenance"]["usage"]["completion_tokens"])
        if len(record["incidents"]) == 1 and record["article"]["chars"] <= 1200:
            typical.append(s)
    return {"median_s": statistics.median(seconds), "typical_s": statistics.median(typical) if typical else None,
            "median_tokens": statistics.median(tokens), "articles": len(seconds)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--run", type=Path, help="eval run record (default: the newest in evals/runs/)")
    parser.add_argument("--runtime", action="store_true", help="also run bench_runtime.py (minutes)")
    parser.add_argument("--transports", action="store_true",
                        help="only the endpoint batch, on httpx's transport and the lean one, paired (~3 min)")
    args = parser.parse_args()
    if args.transports:
        with tempfile.TemporaryDirectory(prefix="speed-") as tmp:
            for name, e in transports_paired(Path(tmp)):
                print(f"{name:6s} own overhead {e[1]['overhead'] * 1000:5.1f} ms   CPU per article "
                      f"{e[1]['cpu'] * 1000:4.1f} / {e[16]['cpu'] * 1000:4.1f} ms (1 / 16 workers)   "
                      f"16 workers / 1 {e[16]['rate'] / e[1]['rate']:5.2f}x")
        return 0
    run = args.run or max(run_files(ROOT / "evals" / "runs"),
                          key=lambda p: p.stat().st_mtime)
    with tempfile.TemporaryDirectory(prefix="speed-") as tmp:
        work = Path(tmp)
        cli = cached_cli(work)
        batch = cached_batch_cli(work)
        endpoint = endpoint_batch(work)
    model = from_run(run)
    rows = [
        ("cached `summarize` through the CLI, s", f"{cli:.2f}", "<= 0.5"),
        ("1,000 cached articles through `batch`, s", f"{batch:.2f}", "<= 2"),
        ("endpoint batch: own overhead per article (1 worker), ms", f"{endpoint[1]['overhead'] * 1000:.1f}",
         "<= 5"),
        ("endpoint batch: the tool's CPU per article (1 / 16 workers), ms",
         f"{endpoint[1]['cpu'] * 1000:.1f} / {endpoint[16]['cpu'] * 1000:.1f}", "-"),
        ("endpoint batch: 16 workers / 1 worker", f"{endpoint[16]['rate'] / endpoint[1]['rate']:.2f}x",
         ">= 14.4x"),
        (f"embedded, warm: seconds per gold article (median of {model['articles']})",
         f"{model['median_s']:.1f}", "(was 61)"),
        ("embedded, warm: typical gold article (one incident, <=1,200 chars), s",
         "-" if model["typical_s"] is None else f"{model['typical_s']:.1f}", "<= 30"),
        ("embedded: completion tokens per article (median)", f"{model['median_tokens']:.0f}", "<= 40% of ~600"),
    ]
    width = max(len(r[0]) for r in rows)
    print(f"{'figure'.ljust(width)}  {'measured':>10}  target\n{'-' * width}  {'-' * 10}  ------")
    for label, value, target in rows:
        print(f"{label.ljust(width)}  {value:>10}  {target}")
    print(f"\n(eval run: {run.relative_to(ROOT) if run.is_relative_to(ROOT) else run})")
    if args.runtime:
        print()
        subprocess.run([sys.executable, str(ROOT / "benchmarks" / "bench_runtime.py")], check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
