"""Benchmark `summarizer batch` (not a test; takes about a minute and a half).

    .venv/bin/python benchmarks/bench_batch.py [--cached 1000] [--uncached 200] [--delay 0.2]

1. Cached: N articles whose records are all in the cache (filled by a first,
   untimed run): wall seconds for the whole batch and per article, in process
   (run_batch, what the CLI calls) and through the CLI (with process start-up).
2. Uncached: M articles against a fake OpenAI-compatible server on loopback
   that answers every request after a fixed delay, at 1, 4 and 16 workers:
   throughput, its ratio to 1 worker, and the tool's own overhead per article
   (a worker's wall time per article minus the server delay), beside what a
   bare http.client pays per article against the same server in the same run
   (loopback, the server, threads waking after an idle wait: the machine's share).

The fake server runs in its own process so its threads do not compete with the
batch for the GIL. The articles are invented wire-news text (tests/support/batch.py).
Numbers depend on the machine and its load; run it on a quiet one.
"""

from __future__ import annotations

import argparse
import http.client
import json
import multiprocessing as mp
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # the shared fake model and articles: tests/support/

from support.fake_openai import FakeOpenAI, Reply  # noqa: E402
from support.batch import answer_for, write_articles  # noqa: E402

from summarizer.batch.job import BatchOptions, run_batch  # noqa: E402
from summarizer.core.settings import Settings  # noqa: E402


QUESTIONS_PER_ARTICLE = 2  # the invented articles report one incident: events + its fields


def _serve(delay: float, conn) -> None:
    with FakeOpenAI(responder=lambda request: Reply(content=answer_for(request), delay=delay)) as server:
        # Every request pays the delay, the details question too (the fake otherwise
        # answers it at once from the incidents answer it remembers), so a worker's
        # time per article minus 2 x the delay is the tool's own overhead.
        server.views.find = lambda request: None
        conn.send(server.base_url)
        while conn.recv() == "cpu":  # until the parent says stop
            conn.send(time.process_time())


class FakeServerProcess:
    def __init__(self, delay: float):
        self.parent, child = mp.Pipe()
        self.process = mp.get_context("fork").Process(target=_serve, args=(delay, child), daemon=True)

    def __enter__(self) -> str:
        self.process.start()
        return self.parent.recv()

    def cpu_seconds(self) -> float:
        """The server process's CPU time so far (its own work, to subtract from the tool's)."""
        self.parent.send("cpu")
        return self.parent.recv()

    def __exit__(self, *exc) -> None:
        self.parent.send("stop")
        self.process.join(5)


def settings_for(base_url: str, cache_dir: Path, cache: bool = True) -> Settings:
    return Settings(base_url=base_url, api_key="sk-bench", model="fake-model",
                    cache_dir=cache_dir, cache=cache, timeout=30)


def timed_batch(settings: Settings, inputs: Path, out: Path, workers: int) -> tuple[float, object]:
    started = time.perf_counter()
    result = run_batch(settings, BatchOptions(inputs=[str(inputs)], out=out, workers=workers))
    seconds = time.perf_counter() - started
    stats = result.stats
    assert stats.written == stats.todo and stats.failed == 0, stats
    return seconds, stats


def bench_cached(work: Path, count: int) -> None:
    articles = work / "cached-articles"
    write_articles(articles, count)
    cache = work / "cache"
    with FakeServerProcess(0.0) as url:
        settings = settings_for(url, cache)
        fill, _ = timed_batch(settings, articles, work / "fill.jsonl", 8)
        print(f"\n1. {count} cached articles (cache filled first in {fill:.1f}s, untimed)")
        for workers in (1, 8):
            seconds, stats = timed_batch(settings, articles, work / f"cached-{workers}.jsonl", workers)
            assert stats.cached == count
            print(f"   in process, {workers} worker(s): {seconds:6.2f} s total, "
                  f"{seconds / count * 1000:6.2f} ms per article")
        env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "SUMMARIZER_"))}
        env.update(OPENAI_BASE_URL=url, OPENAI_API_KEY="sk-bench", SUMMARIZER_MODEL="fake-model",
                   SUMMARIZER_CACHE_DIR=str(cache))
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "summarizer", "batch", str(articles),
                        "--out", str(work / "cached-cli.jsonl"), "-q"], env=env, check=True)
        seconds = time.perf_counter() - started
        print(f"   CLI incl. start-up, 8 workers:   {seconds:6.2f} s total, "
              f"{seconds / count * 1000:6.2f} ms per article")


def bare_http_floor(base_url: str, delay: float, requests: int = 40) -> float:
    """Seconds over `delay` that one request takes from a bare http.client against
    the same fake server: what the machine (loopback, the server, waking threads
    after an idle wait) costs any client, measured in the same run."""
    host, port = base_url.split("//", 1)[1].split("/", 1)[0].split(":")
    body = json.dumps({"model": "fake-model", "messages": [{"role": "user", "content": "floor"}]})
    headers = {"content-type": "application/json"}
    conn = http.client.HTTPConnection(host, int(port), timeout=30)
    try:
        conn.request("POST", "/v1/chat/completions", body, headers)
        conn.getresponse().read()  # the connection opened, untimed
        started = time.perf_counter()
        for _ in range(requests):
            conn.request("POST", "/v1/chat/completions", body, headers)
            conn.getresponse().read()
        return (time.perf_counter() - started) / requests - delay
    finally:
        conn.close()


def bench_uncached(work: Path, count: int, delay: float) -> None:
    articles = work / "uncached-articles"
    write_articles(articles, count, start=100_000)
    print(f"\n2. {count} uncached articles, fake server answering after {delay * 1000:.0f} ms")
    print("   workers   wall s   articles/s   vs 1 worker   ideal wall s   overhead/article")
    base = None
    with FakeServerProcess(delay) as url:
        # One request first, so openai's one-time lazy imports are not timed.
        warm = work / "warm"
        write_articles(warm, 1, start=999_999)
        timed_batch(settings_for(url, work / "c-warm", cache=False), warm, work / "warm.jsonl", 1)
        for workers in (1, 4, 16):
            settings = settings_for(url, work / f"c{workers}", cache=False)
            seconds, _ = timed_batch(settings, articles, work / f"uncached-{workers}.jsonl", workers)
            rate = count / seconds
            base = base or rate
            ideal = count * QUESTIONS_PER_ARTICLE * delay / workers
            overhead = seconds * workers / count - QUESTIONS_PER_ARTICLE * delay
            print(f"   {workers:7d}   {seconds:6.2f}   {rate:10.1f}   {rate / base:10.2f}x   "
                  f"{ideal:12.2f}   {overhead * 1000:10.1f} ms")
            if workers == 1:
                floor = bare_http_floor(url, delay) * QUESTIONS_PER_ARTICLE
                print(f"             (a bare http.client pays {floor * 1000:.1f} ms of that per article on this "
                      f"machine: the tool's own, beyond it, {(overhead - floor) * 1000:.1f} ms)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cached", type=int, default=1000)
    parser.add_argument("--uncached", type=int, default=200)
    parser.add_argument("--delay", type=float, default=0.2)
    args = parser.parse_args()
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs, load average "
          f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    with tempfile.TemporaryDirectory(prefix="bench-batch-") as tmp:
        work = Path(tmp)
        bench_cached(work, args.cached)
        bench_uncached(work, args.uncached, args.delay)
    print(f"\nload average at the end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
