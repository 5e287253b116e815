"""A real `python -m summarizer batch` process, killed (SIGKILL) or interrupted
(SIGINT) mid-run, then resumed: nothing finished is lost, nothing is written
twice, at most the articles in flight are redone."""

import signal
import time

import pytest
from conftest import TEST_API_KEY
from support.batch import answer_for, read_lines, start_batch_process, write_articles
from support.fake_openai import Reply
from support.staged import articles_asked

from summarizer.cli import main

ARTICLES = 24
WORKERS = 2


@pytest.fixture
def slow_model(fake_model):
    # Slow enough that the process is surely mid-run when the signal comes.
    fake_model.responder = lambda request: Reply(content=answer_for(request), delay=0.15)
    return fake_model


def start_batch(server, tmp_path, *extra):
    return start_batch_process(server, tmp_path, WORKERS, *extra)


def wait_for_lines(path, count: int, proc, timeout: float = 40.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if path.exists() and path.read_bytes().count(b"\n") >= count:
            return
        if proc.poll() is not None:
            pytest.fail(f"batch ended early ({proc.returncode}): {proc.stderr.read()}")
        time.sleep(0.02)
    proc.kill()
    pytest.fail("batch wrote nothing in time")


def resume_in_process(server, tmp_path, monkeypatch):
    monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
    monkeypatch.setenv("OPENAI_API_KEY", TEST_API_KEY)
    monkeypatch.setenv("SUMMARIZER_MODEL", "fake-model")
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(tmp_path / "cache"))
    server.responder = answer_for  # no delay needed any more
    return main(["batch", str(tmp_path / "in"), "--out", str(tmp_path / "out.jsonl"), "-q"])


def test_kill_9_mid_run_then_resume_gives_exactly_one_line_per_article(slow_model, tmp_path, monkeypatch):
    write_articles(tmp_path / "in", ARTICLES)
    out = tmp_path / "out.jsonl"
    proc = start_batch(slow_model, tmp_path)
    wait_for_lines(out, 4, proc)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    assert proc.returncode == -signal.SIGKILL
    survived = out.read_bytes()
    complete = survived.count(b"\n")
    assert 4 <= complete < ARTICLES, "the process should have been killed mid-run"
    asked_before = articles_asked(slow_model.requests)

    assert resume_in_process(slow_model, tmp_path, monkeypatch) == 0
    lines = read_lines(out)
    ids = [x["id"] for x in lines]
    assert len(ids) == ARTICLES and len(set(ids)) == ARTICLES
    assert {x["status"] for x in lines} == {"ok"}
    # Everything written before the kill is kept as it was...
    assert out.read_bytes().startswith(survived[: survived.rfind(b"\n") + 1])
    # ...and only the unwritten articles went back to the model.
    assert articles_asked(slow_model.requests) - asked_before <= ARTICLES - complete
    # Nothing was asked twice beyond the articles in flight when the kill came.
    assert articles_asked(slow_model.requests) <= ARTICLES + WORKERS


def test_ctrl_c_finishes_the_articles_in_flight_then_stops(slow_model, tmp_path, monkeypatch):
    write_articles(tmp_path / "in", ARTICLES)
    out = tmp_path / "out.jsonl"
    proc = start_batch(slow_model, tmp_path)
    wait_for_lines(out, 3, proc)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=20)
    assert proc.returncode == 130, err
    assert "interrupted" in err and "Traceback" not in err
    lines = read_lines(out)
    assert len(lines) < ARTICLES
    # Every article that reached the model was written: nothing in flight was dropped.
    assert articles_asked(slow_model.requests) == len(lines)

    assert resume_in_process(slow_model, tmp_path, monkeypatch) == 0
    assert len(read_lines(out)) == ARTICLES == articles_asked(slow_model.requests)
