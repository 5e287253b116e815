"""Benchmark the engines that scale past one machine (not a test; prints figures).

    .venv/bin/python benchmarks/bench_scale.py [--answers 10000] [--articles 2000] [--delay 0.2] [--slots 8]
    .venv/bin/python benchmarks/bench_scale.py --only batch-api   # or --only ray

1. Batch API path overhead: N articles through `--engine batch-api`'s rounds
   with the provider replaced by answers read from local files (the answers
   the fake model gives, written in the provider's output format before each
   round, untimed). Timed: building every request line, reading the answer
   files, parsing and verifying every answer through the live pipeline's code,
   building the records, writing the output lines and the cache. Target: at
   most 2 ms per article.
2. Ray path: M articles against fake model servers on loopback that answer each
   request after a fixed delay, with a fixed number of slots each (a model
   server decodes only so many sequences at once):
     local  `--engine local`, one server with 2 x slots, 2 x slots workers;
     ray-1  `--engine ray`, one server with `slots`, `slots` workers;
     ray-2  `--engine ray`, two servers with `slots` each, 2 x slots workers.
   Targets: ray-2 / local >= 0.9 (Ray costs little at the same concurrency and
   capacity) and ray-2 / ray-1 >= 1.8 (a second endpoint nearly doubles it).

The fake servers run in their own processes so their threads do not compete
with the batch for the GIL. Numbers depend on the machine and its load.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # the shared fake model and articles: tests/support/

from support.batch import answer_for, write_articles  # noqa: E402
from support.fake_openai import FakeOpenAI, Reply, completion_body  # noqa: E402

from summarizer.batch.batch_api import BatchApiOptions, BatchApiRun  # noqa: E402
from summarizer.batch.batch_state import BatchState, Submitted  # noqa: E402
from summarizer.batch.job import BatchOptions, fingerprint, run_batch  # noqa: E402
from summarizer.batch.output import OutputFile  # noqa: E402
from summarizer.batch.pricing import Budget  # noqa: E402
from summarizer.batch.runner import Display, groups_of  # noqa: E402
from summarizer.batch.sources import discover  # noqa: E402
from summarizer.core.settings import Settings  # noqa: E402
from summarizer.pipeline import Pipeline  # noqa: E402


def settings_for(base_url: str, cache_dir: Path) -> Settings:
    return Settings(base_url=base_url, api_key="sk-bench", model="fake-model", cache_dir=cache_dir, timeout=60)


# -- 1. the Batch API path, without a provider ------------------------------------------


def bench_batch_api(work: Path, count: int) -> None:
    write_articles(work / "in", count)
    items = discover([str(work / "in")]).items
    settings = settings_for("http://127.0.0.1:9/v1", work / "cache")
    model = FakeOpenAI(responder=answer_for)  # its answering logic only; never served
    out_path = work / "out.jsonl"
    timed = 0.0
    with OutputFile(out_path) as out, Pipeline(settings) as pipeline:
        state = BatchState(out_path, fingerprint(settings, pipeline))
        engine = BatchApiRun(pipeline, out, state, Budget(), Display(), BatchApiOptions())
        _, groups = groups_of(items)
        started = time.perf_counter()
        keys = [engine._key(g) for g in groups]
        engine.waiting = dict(zip(keys, groups))
        engine._advance(keys)
        timed += time.perf_counter() - started
        rounds = 0
        while engine.pending:
            rounds += 1
            # The provider (untimed): the requests as one file, answered by the fake model.
            started = time.perf_counter()
            request_file = b"".join(json.dumps({"custom_id": cid, "body": body}).encode() + b"\n"
                                    for cid, body in engine.pending.items())
            timed += time.perf_counter() - started
            answers = []
            for raw in request_file.splitlines():
                line = json.loads(raw)
                reply = model._next(line["body"])
                answers.append(json.dumps({"custom_id": line["custom_id"], "response": {
                    "status_code": 200, "body": completion_body(reply.content or "")}}))
            sub = Submitted(rounds, f"file-{rounds}", list(engine.pending), id=f"batch-{rounds}", done=True)
            state.batches.append(sub)
            state.store_files(sub, ("\n".join(answers) + "\n").encode(), None)
            started = time.perf_counter()
            engine.results = state.results()
            engine._advance(list(engine.needs))
            timed += time.perf_counter() - started
        model.server.server_close()
    stats = engine.stats
    assert stats.ok == count and not engine.waiting, (stats, len(engine.waiting))
    print(f"\n1. Batch API path: {count:,} articles, {rounds + 1} rounds, {stats.usage.requests:,} answers")
    print(f"   build requests + read answer files + parse + verify + records + output: {timed:.1f} s, "
          f"{timed / count * 1000:.2f} ms per article (target <= 2 ms)")


# -- 2. Ray against local ----------------------------------------------------------------


def _serve(delay: float, slots: int, conn) -> None:
    gate = threading.Semaphore(slots)

    def responder(request):
        with gate:  # a model server decodes `slots` sequences at once
            time.sleep(delay)
        return Reply(content=answer_for(request))

    with FakeOpenAI(responder=responder) as server:
        # Every request pays the delay: the details question too (the fake
        # otherwise answers it at once from the incidents answer it remembers).
        server.views.find = lambda request: None
        conn.send(server.base_url)
        conn.recv()


class Servers:
    def __init__(self, delay: float, slots: list[int]):
        self.pipes, self.procs = [], []
        for n in slots:
            parent, child = mp.Pipe()
            self.pipes.append(parent)
            self.procs.append(mp.get_context("fork").Process(target=_serve, args=(delay, n, child), daemon=True))

    def __enter__(self) -> list[str]:
        for p in self.procs:
            p.start()
        return [pipe.recv() for pipe in self.pipes]

    def __exit__(self, *exc) -> None:
        for pipe, proc in zip(self.pipes, self.procs):
            pipe.send("stop")
            proc.join(5)


def timed_run(work: Path, name: str, urls: list[str], workers: int, engine: str) -> float:
    settings = settings_for(urls[0], work / f"cache-{name}")
    options = BatchOptions(inputs=[str(work / "articles")], out=work / f"{name}.jsonl", workers=workers,
                           engine=engine, endpoints=tuple(urls))
    started = time.perf_counter()
    result = run_batch(settings, options)
    seconds = time.perf_counter() - started
    assert result.stats.ok == result.stats.todo and result.stats.failed == 0, result.stats
    return seconds


def bench_ray(work: Path, count: int, delay: float, slots: int) -> None:
    import ray

    write_articles(work / "articles", count)
    # Started once, as a cluster would be; the runs below join it.
    ray.init(include_dashboard=False, log_to_driver=False)
    try:
        print(f"\n2. Ray path: {count:,} articles, 2 requests each, {delay * 1000:.0f} ms per request, "
              f"{slots} slots per server")
        figures = {}
        for name, server_slots, workers, engine in (("local", [2 * slots], 2 * slots, "local"),
                                                    ("ray-1", [slots], slots, "ray"),
                                                    ("ray-2", [slots, slots], 2 * slots, "ray")):
            with Servers(delay, server_slots) as urls:
                seconds = timed_run(work, name, urls, workers, engine)
            figures[name] = count / seconds
            print(f"   {name:6} {len(urls)} endpoint(s), {workers:2} workers: {seconds:6.1f} s, "
                  f"{figures[name]:5.1f} articles/s")
        ideal = 2 * slots / (2 * delay)
        print(f"   (the servers' capacity at {2 * slots} slots: {ideal:.1f} articles/s)")
        print(f"   ray-2 / local = {figures['ray-2'] / figures['local']:.2f} (target >= 0.9); "
              f"ray-2 / ray-1 = {figures['ray-2'] / figures['ray-1']:.2f} (target >= 1.8)")
    finally:
        ray.shutdown()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--answers", type=int, default=10_000, help="articles for the Batch API path")
    parser.add_argument("--articles", type=int, default=2_000, help="articles for the Ray path")
    parser.add_argument("--delay", type=float, default=0.2, help="seconds per request of the fake servers")
    parser.add_argument("--slots", type=int, default=8, help="requests each fake server serves at once")
    parser.add_argument("--only", choices=("batch-api", "ray"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        if args.only in (None, "batch-api"):
            bench_batch_api(work / "batch-api", args.answers)
        if args.only in (None, "ray"):
            bench_ray(work / "ray", args.articles, args.delay, args.slots)


if __name__ == "__main__":
    main()
