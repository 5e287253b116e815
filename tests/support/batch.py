"""Shared pieces of the batch tests (and of benchmarks/bench_batch.py): fictional wire-news
articles written for these tests, and a fake-model responder whose answers pass
verification for any of them.

The articles are our own invented text: the places, people and agencies do not
exist."""

from __future__ import annotations

import json
import random
import re

TOWNS = ["Tessaret", "Oskel", "Belmora", "Sarno", "Varnholt", "Quill Bay", "Derrin", "Mastowe",
         "Leddick", "Pravny", "Castel Ora", "Hune", "Yarrow Cross", "Felsk", "Ambrin"]
EVENTS = [
    ("A fire broke out at a grain depot", "industrial accident", "Firefighters worked through the night."),
    ("A bus left the road and overturned", "transport accident", "The driver was taken to hospital."),
    ("Flood water swept through low-lying streets", "natural disaster", "Residents moved to a school gym."),
    ("Protesters blocked the main bridge", "riot/protest", "Police said the crowd dispersed by evening."),
    ("Hackers took the port booking system offline", "cyberattack", "Ships waited outside the harbour."),
    ("Gunmen fired on a police checkpoint", "armed attack", "Security forces searched nearby farms."),
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def make_article(n: int) -> str:
    """Article number n: a dateline, three sentences, unique by n."""
    rng = random.Random(n)
    town = TOWNS[n % len(TOWNS)]
    what, _kind, after = EVENTS[rng.randrange(len(EVENTS))]
    day = DAYS[rng.randrange(len(DAYS))]
    return (
        f"{town.upper()}, Kordavia, May {1 + n % 28}, 2026 (Kestrel Wire) - {what} in {town} on {day}, "
        f"the regional office said. {after} Officials logged it as case {1000 + n}."
    )


def article_of(request: dict) -> str:
    """The article as the model sees it (the first user message)."""
    return next(m["content"] for m in request["messages"] if m["role"] == "user")


def answer_for(request: dict) -> str:
    """A model answer that passes verification: one incident, summary and type
    citing sentence 1, nothing that needs checking against the text."""
    user = article_of(request)
    first = re.search(r"\[1\] (.*)", user)
    summary = (first.group(1) if first else "An incident was reported.")[:120]
    kind = next((k for what, k, _after in EVENTS if what in user), "armed attack")
    return json.dumps({"incidents": [{
        "summary": summary, "summary_sentences": [1],
        "event_type": kind, "event_type_sentences": [1],
    }]})


def read_lines(path) -> list[dict]:
    raw = path.read_bytes()
    assert raw == b"" or raw.endswith(b"\n"), "the output ends with a torn line"
    return [json.loads(line) for line in raw.splitlines()]


def write_articles(folder, count: int, start: int = 0) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    names = []
    for n in range(start, start + count):
        name = f"a{n:04d}.txt"
        (folder / name).write_text(make_article(n), encoding="utf-8")
        names.append(name)
    return names


def start_batch_process(server, tmp_path, workers: int, *extra: str, stdout=None):
    """A real `python -m summarizer batch` child against the fake server, for the
    kill/interrupt tests. The conftest strips OPENAI_*/SUMMARIZER_* from the
    test's own environment; the child needs them set."""
    import os
    import subprocess
    import sys

    from conftest import ROOT, TEST_API_KEY  # noqa: I001 - tests/ is on sys.path

    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "SUMMARIZER_"))}
    env.update({
        "OPENAI_BASE_URL": server.base_url, "OPENAI_API_KEY": TEST_API_KEY,
        "SUMMARIZER_MODEL": "fake-model", "SUMMARIZER_CACHE_DIR": str(tmp_path / "cache"),
        "PYTHONPATH": str(ROOT),
    })
    return subprocess.Popen(
        [sys.executable, "-m", "summarizer", "batch", str(tmp_path / "in"), "--out", str(tmp_path / "out.jsonl"),
         "--workers", str(workers), "-q", *extra],
        env=env, cwd=tmp_path, stdout=subprocess.PIPE if stdout is None else stdout,
        stderr=subprocess.PIPE, text=True,
    )
