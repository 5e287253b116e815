"""`summarizer batch` killed with SIGKILL at random points, several seeds, then
resumed: exactly one line per article, nothing finished lost or redone.

Each seed draws the number of workers, the model's delay and one or two kill
points: a time after the start (which may land while Python is still
importing, while the output is scanned, mid-run or while the file is being
compacted) or "after k lines, plus a fraction of a request". A seed with two
kills kills the resumed run too. The last resume runs in-process. The details
of every kill go to the report (record_property), which
benchmarks/reliability_figures.py prints.
"""

from __future__ import annotations

import json
import random
import signal
import subprocess
import time

import pytest
from conftest import TEST_API_KEY
from support.batch import answer_for, read_lines, start_batch_process, write_articles
from support.fake_openai import Reply
from support.staged import articles_asked

from summarizer.cli import main

ARTICLES = 16
SEEDS = list(range(6))


def start(server, tmp_path, workers: int, *extra: str) -> subprocess.Popen:
    return start_batch_process(server, tmp_path, workers, *extra, stdout=subprocess.DEVNULL)


def complete_lines(path) -> list[bytes]:
    if not path.exists():
        return []
    raw = path.read_bytes()
    return raw[: raw.rfind(b"\n") + 1].splitlines(keepends=True)


def kill_at(proc: subprocess.Popen, out, point: tuple[str, float], delay: float, rng: random.Random) -> str:
    """SIGKILL the run at `point`; say where it landed. A "lines" point is a
    fraction of the articles this run still has to write."""
    kind, value = point
    before = len(complete_lines(out))
    started = time.monotonic()
    if kind == "time":
        while time.monotonic() - started < value and proc.poll() is None:
            time.sleep(0.01)
    else:
        target = before + int(value * (ARTICLES - before))
        while (len(complete_lines(out)) < target and proc.poll() is None
               and time.monotonic() - started < 30):
            time.sleep(0.005)
        time.sleep(rng.uniform(0, delay))  # somewhere inside the next request
    if proc.poll() is not None:
        _, err = proc.communicate()
        assert proc.returncode == 0, err
        return "too late: the run had ended"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    assert proc.returncode == -signal.SIGKILL
    if not out.exists():
        return "before the output file was opened"
    lines = len(complete_lines(out))
    torn = len(out.read_bytes()) - sum(len(x) for x in complete_lines(out))
    return f"after {lines - before} new line(s) ({lines}/{ARTICLES})" + (f", {torn} torn byte(s)" if torn else "")


@pytest.mark.slow
@pytest.mark.parametrize("seed", SEEDS)
def test_sigkill_at_random_points_then_resume(seed, fake_model, tmp_path, monkeypatch, record_property):
    rng = random.Random(seed)
    workers = rng.choice([1, 2, 3])
    delay = rng.uniform(0.03, 0.1)
    kills = 2 if seed % 3 == 0 else 1
    extra = rng.choice([[], ["--ordered"], ["--fsync"]])
    points = []
    for _ in range(kills):
        if rng.random() < 0.35:
            points.append(("time", round(rng.uniform(0.3, 3.2), 2)))  # s after the start
        else:
            points.append(("lines", round(rng.random(), 2)))  # of the lines still to write
    fake_model.responder = lambda request: Reply(content=answer_for(request), delay=delay)
    write_articles(tmp_path / "in", ARTICLES)
    out = tmp_path / "out.jsonl"

    written_before: list[bytes] = []
    landed = []
    for point in points:
        proc = start(fake_model, tmp_path, workers, *extra)
        label = f"at {point[1]}s" if point[0] == "time" else f"at {point[1]:.0%} of the lines left"
        landed.append(f"{label}: {kill_at(proc, out, point, delay, rng)}")
        written_before += complete_lines(out)

    # The last resume, in-process.
    monkeypatch.setenv("OPENAI_BASE_URL", fake_model.base_url)
    monkeypatch.setenv("OPENAI_API_KEY", TEST_API_KEY)
    monkeypatch.setenv("SUMMARIZER_MODEL", "fake-model")
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(tmp_path / "cache"))
    fake_model.responder = answer_for
    assert main(["batch", str(tmp_path / "in"), "--out", str(out), "-q", *extra]) == 0

    final = out.read_bytes()
    lines = read_lines(out)
    ids = [x["id"] for x in lines]
    assert len(ids) == ARTICLES and len(set(ids)) == ARTICLES  # exactly one line per article
    assert {x["status"] for x in lines} == {"ok"}
    assert set(written_before) <= set(final.splitlines(keepends=True))  # nothing finished was lost or rewritten
    if "--ordered" in extra:
        assert ids == sorted(ids)
    # Only articles in flight at a kill went to the model twice.
    redone = articles_asked(fake_model.requests) - ARTICLES
    assert 0 <= redone <= kills * workers
    record_property("kill_resume", json.dumps({
        "seed": seed, "workers": workers, "options": " ".join(extra) or "-", "kills": landed,
        "lines": len(lines), "redone": redone,
    }))


def test_a_run_killed_while_compacting_leaves_the_old_file_and_resumes(batch_env, tmp_path):
    # What a kill between writing the compacted copy and renaming it leaves: the
    # old file (with a superseded line and a torn last line) and the temporary copy.
    from summarizer.batch.output import OutputFile

    write_articles(tmp_path / "in", 5)
    out = tmp_path / "out.jsonl"
    args = ["batch", str(tmp_path / "in"), "--out", str(out), "-q"]
    assert main(args) == 0
    lines = out.read_bytes().splitlines(keepends=True)
    first = json.loads(lines[0])
    stale = dict(first, content_sha256="0" * 64)  # an older version of the same id, superseded
    torn = lines[3][:25]
    out.write_bytes(json.dumps(stale).encode() + b"\n" + b"".join(lines[:3]) + torn)
    tmp_copy = out.with_name(f".{out.name}.compact.tmp")
    tmp_copy.write_bytes(b"".join(lines[:2]))
    assert main(args) == 0
    after = read_lines(out)
    assert len(after) == 5 and len({x["id"] for x in after}) == 5
    assert not tmp_copy.exists()
    with OutputFile(out) as again:
        assert again.scan().superseded == 0
