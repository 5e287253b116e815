"""`summarizer batch --engine batch-api` against a fake Batch API on loopback
(support/fake_batch.py), driven through the real `openai` client: rounds,
records equal to a live run's, stop and resume, expired and failed lines,
cached articles, budgets, cancel."""

import json
import os
import re
import signal
import threading
import time

import pytest
from conftest import TEST_API_KEY
from support.batch import (
    answer_for,
    article_of,
    read_lines,
    start_batch_process,
    write_articles,
)
from support.fake_batch import FakeBatchAPI
from support.staged import is_reask, stage_of

from summarizer.cli import main

POLL = ["--poll-every", "0.01"]


@pytest.fixture
def fake_batch(monkeypatch, tmp_path):
    with FakeBatchAPI(responder=answer_for) as server:
        monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
        monkeypatch.setenv("OPENAI_API_KEY", TEST_API_KEY)
        monkeypatch.setenv("SUMMARIZER_MODEL", "fake-model")
        monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(tmp_path / "cache"))
        yield server


def run(*args):
    return main(["batch", *map(str, args)])


def by_id(path) -> dict:
    return {line["id"].rsplit("/", 1)[-1]: line for line in read_lines(path)}


def without_seconds(record: dict) -> str:
    """The record's JSON with its wall time (the one value two runs never share) zeroed."""
    record = json.loads(json.dumps(record))
    record["provenance"]["seconds"] = 0
    return json.dumps(record, sort_keys=True)


def body_of(request: dict) -> str:
    return json.dumps({k: v for k, v in request.items() if k != "_headers"}, sort_keys=True)


def state_file(out):
    return out.with_name(out.name + ".batch-state.json")


def picky(request):
    """Answers that need re-asks: article 1's events cite a sentence that does not
    exist (until re-asked); article 2's incident gives a death toll its sentence does
    not state (its fields answer is re-asked)."""
    text = article_of(request)
    draft = json.loads(answer_for(request))
    incident = draft["incidents"][0]
    if "case 1001" in text and stage_of(request) == "events" and not is_reask(request):
        incident.update(summary_sentences=[42], event_type_sentences=[42])
    if "BELMORA" in text and stage_of(request) == "events":
        incident["casualties"] = [{"category": "killed", "count": 7, "qualifier": "exact", "sentences": [1]}]
    return json.dumps(draft)


def test_records_and_requests_equal_a_live_runs_on_the_same_answers(fake_batch, tmp_path, monkeypatch):
    write_articles(tmp_path / "in", 4)
    fake_batch.responder = picky
    live, batch, mixed = tmp_path / "live.jsonl", tmp_path / "batch.jsonl", tmp_path / "mixed.jsonl"
    assert run(tmp_path / "in", "--out", live, "-q", "--workers", 1) == 0
    live_bodies = sorted(body_of(r) for r in fake_batch.requests)
    assert sum(is_reask(r) for r in fake_batch.requests) == 2  # one events re-ask, one fields re-ask

    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(tmp_path / "cache-batch"))  # nothing cached
    assert run(tmp_path / "in", "--out", batch, "-q", "--engine", "batch-api", *POLL) == 0
    lines = fake_batch.lines
    # Every request line is exactly a body the live run sent: instructor's JSON-mode
    # system message, the re-ask messages, the schema, the parameters.
    assert sorted(body_of(line["body"]) for line in lines) == live_bodies
    assert all(line["method"] == "POST" and line["url"] == "/v1/chat/completions" for line in lines)
    assert all(re.fullmatch(r"[0-9a-f]{40}-[ef]\d+-a\d", line["custom_id"]) for line in lines)
    rounds = [sorted(x["custom_id"].split("-", 1)[1] for x in b["lines"]) for b in fake_batch.batches.values()]
    assert rounds == [["e1-a0"] * 4, ["e1-a1"] + ["f1-a0"] * 3, ["f1-a0", "f1-a1"]]

    live_lines, batch_lines = by_id(live), by_id(batch)
    assert sorted(live_lines) == sorted(batch_lines)
    for name, line in live_lines.items():
        assert without_seconds(batch_lines[name]["record"]) == without_seconds(line["record"]), name
    assert not state_file(batch).exists()  # a finished run leaves no state behind

    # Re-asks as live calls: the same records again, and no re-ask in any batch.
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(tmp_path / "cache-mixed"))
    before = len(fake_batch.lines)
    assert run(tmp_path / "in", "--out", mixed, "-q", "--engine", "batch-api", "--reask", "live", *POLL) == 0
    assert not any(line["custom_id"].endswith("-a1") for line in fake_batch.lines[before:])
    for name, line in by_id(mixed).items():
        assert without_seconds(line["record"]) == without_seconds(live_lines[name]["record"]), name


def test_stopped_while_polling_then_resumed_picks_up_the_batch(fake_batch, tmp_path):
    write_articles(tmp_path / "in", 3)
    out = tmp_path / "out.jsonl"
    fake_batch.polls = 10**6  # still in progress when the stop comes

    def stop_once_submitted():
        deadline = time.monotonic() + 20
        while not fake_batch.batches and time.monotonic() < deadline:
            time.sleep(0.01)
        time.sleep(0.1)
        os.kill(os.getpid(), signal.SIGINT)

    threading.Thread(target=stop_once_submitted, daemon=True).start()
    assert run(tmp_path / "in", "--out", out, "-q", "--engine", "batch-api", *POLL) == 130
    state = json.loads(state_file(out).read_text())
    (first,) = state["batches"]
    assert first["id"] in fake_batch.batches and not first["done"] and len(first["custom_ids"]) == 3
    assert out.read_bytes() == b""

    # As if the stop had come between the upload and recording the batch's id:
    # the batch is found again by its input file, not submitted twice.
    first["id"] = None
    state_file(out).write_text(json.dumps(state))
    fake_batch.polls = 0
    assert run(tmp_path / "in", "--out", out, "-q", "--engine", "batch-api", *POLL) == 0
    assert len(fake_batch.batches) == 2  # round 1 picked up, round 2 (fields) submitted
    assert len(read_lines(out)) == 3 and not state_file(out).exists()


@pytest.mark.slow
def test_killed_with_sigkill_while_polling_then_resumed(fake_batch, tmp_path, monkeypatch):
    write_articles(tmp_path / "in", 4)
    out = tmp_path / "out.jsonl"
    fake_batch.polls = 10**6
    proc = start_batch_process(fake_batch, tmp_path, 2, "--engine", "batch-api", "--poll-every", "0.05")
    deadline = time.monotonic() + 30
    while not (fake_batch.batches and state_file(out).exists() and "batch-" in state_file(out).read_text()):
        assert time.monotonic() < deadline and proc.poll() is None, proc.stderr.read() if proc.poll() else "slow"
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    fake_batch.polls = 0
    assert run(tmp_path / "in", "--out", out, "-q", "--engine", "batch-api", *POLL) == 0
    assert len(read_lines(out)) == 4 and len(fake_batch.batches) == 2


def test_expired_lines_go_out_again_and_failed_lines_become_error_records(fake_batch, tmp_path):
    write_articles(tmp_path / "in", 4)
    out = tmp_path / "out.jsonl"
    expired_once = set()

    def expire(line):
        if "case 1000" in article_of(line["body"]) and line["custom_id"] not in expired_once:
            expired_once.add(line["custom_id"])
            return True
        return False

    fake_batch.expire_line = expire
    fake_batch.fail_line = lambda line: "case 1001" in article_of(line["body"])
    assert run(tmp_path / "in", "--out", out, "-q", "--engine", "batch-api", *POLL) == 9
    lines = by_id(out)
    assert len(lines) == 4
    failed = lines["a0001.txt"]
    assert failed["status"] == "error" and failed["error"]["class"] == "ProviderError"
    assert failed["error"]["message"] == "Batch API: HTTP 500: fake line failure"
    assert {lines[n]["status"] for n in ("a0000.txt", "a0002.txt", "a0003.txt")} == {"ok"}
    statuses = [b["status"] for b in fake_batch.batches.values()]
    assert statuses == ["expired", "completed", "completed"]  # article 0's events, again in round 2
    # The error record is redone with --retry-failed, asking the provider again.
    fake_batch.fail_line = lambda line: False
    assert run(tmp_path / "in", "--out", out, "-q", "--engine", "batch-api", "--retry-failed", *POLL) == 0
    assert by_id(out)["a0001.txt"]["status"] == "ok"


def test_cached_articles_are_never_submitted(fake_batch, tmp_path):
    write_articles(tmp_path / "in", 2)
    assert run(tmp_path / "in", "--out", tmp_path / "first.jsonl", "-q") == 0  # live, fills the cache
    write_articles(tmp_path / "in", 2, start=2)
    out = tmp_path / "out.jsonl"
    assert run(tmp_path / "in", "--out", out, "-q", "--engine", "batch-api", *POLL) == 0
    lines = by_id(out)
    assert len(lines) == 4
    assert [lines[f"a000{n}.txt"]["record"]["provenance"]["cached"] for n in range(4)] == [True, True, False, False]
    asked = {article_of(line["body"]) for line in fake_batch.lines if line["custom_id"].endswith("e1-a0")}
    assert len(asked) == 2 and all("case 1002" in a or "case 1003" in a for a in asked)


def test_cost_at_the_batch_price_and_max_cost_checked_before_submitting(fake_batch, tmp_path, capsys):
    write_articles(tmp_path / "in", 3)
    config = tmp_path / "config.toml"
    config.write_text('[prices]\n"fake-model" = { input = 1000.0, output = 1000.0 }\n')
    out = tmp_path / "out.jsonl"
    # Three events questions of ~1,000 prompt tokens each: far above $0.01.
    assert run(tmp_path / "in", "--out", out, "--engine", "batch-api", "--max-cost", 0.01,
               "--config", config, *POLL) == 10
    assert fake_batch.batches == {} and out.read_bytes() == b""
    assert "3 request(s) not submitted" in capsys.readouterr().err
    assert run(tmp_path / "in", "--out", out, "--engine", "batch-api", "--config", config, *POLL) == 0
    err = capsys.readouterr().err
    # 900 tokens (3 articles x 2 questions x 150) at $1000 per 1M: $0.90 at list price, half in a batch.
    assert "$0.4500" in err and "Batch API (50% of list)" in err


def test_a_batch_that_fails_as_a_whole_gives_every_article_an_error_record(fake_batch, tmp_path):
    write_articles(tmp_path / "in", 2)
    fake_batch.fail_batch = "enqueued token limit reached"
    out = tmp_path / "out.jsonl"
    assert run(tmp_path / "in", "--out", out, "-q", "--engine", "batch-api", *POLL) == 9
    errors = [x["error"] for x in read_lines(out)]
    assert len(errors) == 2 and all(e["class"] == "ProviderError" for e in errors)
    assert all("enqueued token limit reached" in e["message"] for e in errors)


def test_a_state_made_with_other_settings_is_refused_and_cancel_forgets_it(fake_batch, tmp_path, capsys):
    write_articles(tmp_path / "in", 2)
    out = tmp_path / "out.jsonl"
    fake_batch.polls = 10**6
    threading.Timer(0.8, lambda: os.kill(os.getpid(), signal.SIGINT)).start()
    assert run(tmp_path / "in", "--out", out, "-q", "--engine", "batch-api", *POLL) == 130
    assert run(tmp_path / "in", "--out", out, "-q", "--engine", "batch-api", "--temperature", 0.5) == 3
    assert "made with other settings (params differ)" in capsys.readouterr().err
    assert run(tmp_path / "in", "--out", out, "--engine", "batch-api", "--cancel") == 0
    assert "cancelled batch-" in capsys.readouterr().err
    assert not state_file(out).exists()
    assert [b["status"] for b in fake_batch.batches.values()] == ["cancelling"]


def test_bad_engine_options_are_one_line_errors(fake_batch, tmp_path, capsys):
    write_articles(tmp_path / "in", 1)
    out = tmp_path / "out.jsonl"
    assert run(tmp_path / "in", "--out", out, "--engine", "spark") == 3
    assert run(tmp_path / "in", "--out", out, "--reask", "live") == 3
    assert run(tmp_path / "in", "--out", out, "--base-url", "http://127.0.0.1:9/v1",
               "--base-url", "http://127.0.0.1:8/v1", "--model", "m") == 3
    err = capsys.readouterr().err.splitlines()
    assert err == ["summarizer: error: --engine 'spark': choose one of local, batch-api, ray",
                   "summarizer: error: --reask is for --engine batch-api",
                   "summarizer: error: --base-url given 2 times: only --engine ray spreads articles over "
                   "several endpoints"]


def test_requests_are_what_instructors_own_json_mode_makes_of_the_messages(article):
    """The request builder prepares instructor's JSON-mode request once per question's
    system message and leaves out instructor.patch's Jinja step (summarizer.extract.requests):
    for the real messages of both questions the result is what instructor itself makes."""
    import instructor
    from instructor.v2.core.providers import Provider
    from instructor.v2.core.templating import handle_templating

    from summarizer.core.schema import EventFields, EventList
    from summarizer.extract import requests as c
    from summarizer.extract.prompt import render_messages
    from summarizer.read.segment import segment

    sentences = segment(article)
    params = (("temperature", 0.0), ("max_tokens", 2048), ("seed", 0))
    for model, messages in ((EventList, render_messages(sentences, "events")),
                            (EventFields, render_messages(sentences[:2], "fields", event_type="armed attack"))):
        prepared, handlers = c.json_mode(model)
        _, theirs = handlers.request_handler(response_model=prepared,
                                             kwargs={"messages": messages, "model": "m", **dict(params)})
        theirs = handle_templating(theirs, mode=instructor.Mode.JSON, provider=Provider.OPENAI,
                                   context={"check": lambda a: []})
        assert c.first_request(model, messages, "m", params) == theirs


def test_an_article_with_template_markup_reaches_the_model_as_written(fake_batch, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    text = ("OSKEL, Kordavia, May 2, 2026 (Kestrel Wire) - Gunmen fired on a police checkpoint in Oskel "
            "on {{ day }}, the regional office said. Officials wrote {% raw %} in the log.")
    (folder / "a.txt").write_text(text)
    assert run(folder, "--out", tmp_path / "out.jsonl", "-q") == 0
    shown = article_of(fake_batch.requests[0])
    assert "{{ day }}" in shown and "{% raw %}" in shown
