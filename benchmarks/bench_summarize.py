"""Benchmark the main job on the embedded model (a script, not a test).

Prints, for the sample article, in one run on one server:
  * seconds end to end, prompt and completion tokens (over every attempt);
  * seconds per completion token, next to a plain llama.cpp completion of the same
    number of tokens on the same server (short prompt, no grammar): the ratio is
    the figure — what prompt evaluation, grammar-constrained decoding, instructor
    and verification cost on top of raw decoding;
  * the latency of a cache hit.

Usage:  python benchmarks/bench_summarize.py [ARTICLE]
"""

from __future__ import annotations

import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

import openai

from summarizer.extract.local_server import LlamaServer, resolve_model
from summarizer.pipeline import Pipeline
from summarizer.core.status import StatusLine
from summarizer.core.settings import EMBEDDED_MODEL, load_settings

ROOT = Path(__file__).resolve().parent.parent
# Qwen2.5's end-of-text tokens, banned in the plain run so it produces exactly N tokens.
QWEN_EOS = {"151643": -100, "151645": -100}


def main() -> None:
    article_path = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "tests/data/kordavia-convoy.txt"
    text = article_path.read_text(encoding="utf-8")
    status = StatusLine()
    base = load_settings({})
    model_path = resolve_model(base, status)
    with tempfile.TemporaryDirectory() as tmp, LlamaServer(model_path, base, status) as server:
        settings = replace(base, base_url=server.base_url, model=EMBEDDED_MODEL, grammar=True,
                           cache_dir=Path(tmp))
        with Pipeline(settings, status) as pipeline:
            started = time.perf_counter()
            record = pipeline.summarize(text, source=str(article_path))
            total = time.perf_counter() - started
            usage = record.provenance.usage

            started = time.perf_counter()
            hit = pipeline.summarize(text, source=str(article_path))
            hit_seconds = time.perf_counter() - started
            assert hit.provenance.cached

        n = max(usage.completion_tokens // max(usage.requests, 1), 1)
        client = openai.OpenAI(base_url=server.base_url, api_key="none")
        started = time.perf_counter()
        plain = client.completions.create(
            model=EMBEDDED_MODEL, prompt="Write a long news report about a flood.",
            max_tokens=n, temperature=0, logit_bias=QWEN_EOS,
        )
        plain_seconds = time.perf_counter() - started
        plain_tokens = plain.usage.completion_tokens

    ours = total / max(usage.completion_tokens, 1)
    raw = plain_seconds / max(plain_tokens, 1)
    print()
    print(f"article                     {article_path.name} ({len(text)} chars)")
    print(f"end to end                  {total:8.1f} s  ({usage.requests} request(s), {usage.reasks} re-ask(s))")
    print(f"tokens                      {usage.prompt_tokens} prompt, {usage.completion_tokens} completion")
    print(f"summarizer s/completion tok {ours:8.3f} s")
    print(f"plain completion            {plain_seconds:8.1f} s for {plain_tokens} tokens = {raw:.3f} s/token")
    print(f"ratio (summarizer / plain)  {ours / raw:8.2f}x")
    print(f"cache hit                   {hit_seconds * 1000:8.1f} ms")


if __name__ == "__main__":
    main()
