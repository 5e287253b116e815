"""`summarizer batch` end to end (in process) against the fake model server:
one line per article, resume, retry-failed, error records, duplicates, budgets,
order, and the pool-wide pause on 429."""

import json
import threading
import time

from support.batch import (
    answer_for,
    article_of,
    make_article,
    read_lines,
    write_articles,
)
from support.fake_openai import Reply
from support.staged import stage_of

from summarizer.cli import main
from summarizer.core.settings import Settings
from summarizer.pipeline import Pipeline


def run(*args):
    return main(["batch", *map(str, args)])


def model_calls(server) -> int:
    """Articles the model was asked about: one events question each (a fields
    question follows per incident)."""
    return sum(1 for r in server.requests if stage_of(r) == "events")


def test_one_line_per_article_and_a_rerun_redoes_only_what_changed(batch_env, tmp_path, capsys):
    write_articles(tmp_path / "in", 5)
    out = tmp_path / "out.jsonl"
    assert run(tmp_path / "in", "--out", out, "--workers", 3) == 0
    lines = read_lines(out)
    assert len(lines) == 5 and {x["status"] for x in lines} == {"ok"}
    first = lines[0]
    assert set(first) == {"id", "content_sha256", "source", "status", "record"}
    assert first["record"]["article"]["sha256"] == first["content_sha256"]
    assert first["record"]["provenance"]["usage"]["requests"] == 2  # the incidents, then its details
    err = capsys.readouterr().err
    assert "batch summary" in err and "1,500" in err  # 5 x 2 x (100 + 50) tokens, summed for the run

    assert run(tmp_path / "in", "--out", out, "-q") == 0
    assert model_calls(batch_env) == 5 and read_lines(out) == lines  # nothing redone
    assert capsys.readouterr().err == ""  # quiet means quiet

    # An edited article is redone (its id is the same, its hash is not) and
    # replaces its old line: still one line per article.
    (tmp_path / "in" / "a0002.txt").write_text(make_article(99))
    assert run(tmp_path / "in", "--out", out, "-q") == 0
    assert model_calls(batch_env) == 6
    after = read_lines(out)
    assert len(after) == 5 and len({x["id"] for x in after}) == 5
    edited = next(x for x in after if x["id"].endswith("a0002.txt"))
    assert edited["content_sha256"] == edited["record"]["article"]["sha256"] != first["content_sha256"]
    assert edited["record"]["article"]["chars"] == len(make_article(99))


def test_failures_become_error_records_and_retry_failed_redoes_only_those(batch_env, tmp_path, capsys):
    write_articles(tmp_path / "in", 4)
    out = tmp_path / "out.jsonl"
    broken = {"on": True}

    def responder(request):
        if broken["on"] and "case 1002" in article_of(request):
            return Reply(content="I cannot answer that in JSON, sorry.", prompt_tokens=70, completion_tokens=10)
        return answer_for(request)

    batch_env.responder = responder
    assert run(tmp_path / "in", "--out", out, "-q") == 9
    errors = [x for x in read_lines(out) if x["status"] == "error"]
    assert len(errors) == 1
    error = errors[0]["error"]
    assert error["class"] == "VerificationError" and "\n" not in error["message"]
    assert error["last_output"] == "I cannot answer that in JSON, sorry."  # nothing the model said is lost
    assert error["usage"]["requests"] == 3 and error["usage"]["prompt_tokens"] == 210
    calls = model_calls(batch_env)

    broken["on"] = False
    assert run(tmp_path / "in", "--out", out, "-q") == 9  # the error record stands
    assert model_calls(batch_env) == calls
    assert run(tmp_path / "in", "--out", out, "-q", "--retry-failed") == 0
    assert model_calls(batch_env) == calls + 1  # only the failed article went back
    lines = read_lines(out)
    assert len(lines) == 4 and {x["status"] for x in lines} == {"ok"}


def test_provider_errors_are_error_records_too(batch_env, tmp_path):
    write_articles(tmp_path / "in", 2)
    batch_env.responder = lambda request: Reply(status=500)
    out = tmp_path / "out.jsonl"
    assert run(tmp_path / "in", "--out", out, "-q") == 9
    lines = read_lines(out)
    assert [x["error"]["class"] for x in lines] == ["ProviderError"] * 2
    assert "HTTP 500 after 3 tries" in lines[0]["error"]["message"]


def test_mixed_inputs_with_a_malformed_jsonl_line(batch_env, tmp_path, capsys):
    write_articles(tmp_path / "folder", 2)
    (tmp_path / "folder" / "notes.md").write_text(make_article(50))
    jsonl = tmp_path / "export.jsonl"
    jsonl.write_text(json.dumps({"id": "j1", "text": make_article(60)}) + "\n"
                     + '{"id": "j2", "text": "cut in the mid\n'
                     + json.dumps({"id": "j3", "text": make_article(61)}) + "\n")
    csv_path = tmp_path / "export.csv"
    csv_path.write_text("id,text\nc1," + make_article(70).replace(",", "") + "\n")
    out = tmp_path / "out.jsonl"
    assert run(tmp_path / "folder", jsonl, csv_path, "--out", out, "-q") == 9
    lines = {x["id"]: x for x in read_lines(out)}
    assert len(lines) == 7
    bad = lines[f"{jsonl}:2"]
    assert bad["status"] == "error" and bad["error"]["message"].startswith("line 2: not valid JSON")
    assert all(lines[i]["status"] == "ok" for i in ("j1", "j3", "c1", f"{tmp_path}/folder/notes.md"))
    assert "export.jsonl line 2: not valid JSON" in capsys.readouterr().err  # said even with -q


def test_duplicate_articles_cost_one_model_call(batch_env, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("a.txt", "copy-of-a.txt", "b.txt"):
        (folder / name).write_text(make_article(1 if name != "b.txt" else 2))
    out = tmp_path / "out.jsonl"
    assert run(folder, folder / "b.txt", "--out", out, "-q", "--workers", 4) == 0
    lines = {x["id"].rsplit("/", 1)[-1]: x for x in read_lines(out)}
    assert sorted(lines) == ["a.txt", "b.txt", "copy-of-a.txt"]  # b.txt given twice: one line
    assert model_calls(batch_env) == 2
    assert lines["copy-of-a.txt"]["record"]["article"]["source"].endswith("copy-of-a.txt")
    assert lines["copy-of-a.txt"]["record"]["incidents"] == lines["a.txt"]["record"]["incidents"]


def test_a_token_budget_stops_the_run_cleanly_and_a_rerun_finishes(batch_env, tmp_path, capsys):
    write_articles(tmp_path / "in", 6)
    out = tmp_path / "out.jsonl"
    # 300 tokens per article (two questions of 150): the third one reaches 800.
    assert run(tmp_path / "in", "--out", out, "--workers", 1, "--max-tokens-total", 800) == 10
    assert len(read_lines(out)) == 3
    err = capsys.readouterr().err
    assert "token budget reached: 900 of 800 tokens spent" in err and "re-run" in err
    assert run(tmp_path / "in", "--out", out, "-q") == 0
    assert len(read_lines(out)) == 6 and model_calls(batch_env) == 6


def test_a_cost_budget_uses_the_price_table_from_the_config_file(batch_env, tmp_path, capsys):
    write_articles(tmp_path / "in", 5)
    config = tmp_path / "config.toml"
    config.write_text('max_reasks = 1\n\n[prices]\n"fake-model" = { input = 1000.0, output = 1000.0 }\n')
    out = tmp_path / "out.jsonl"
    # $0.30 per article (two questions) at these (made-up) prices: the second reaches $0.50.
    assert run(tmp_path / "in", "--out", out, "-w", 1, "--max-cost", 0.5, "--config", config) == 10
    assert len(read_lines(out)) == 2
    assert "cost budget reached: $0.6000 of $0.5000" in capsys.readouterr().err
    # Without a known price a cost budget cannot be kept: refused before any work.
    assert run(tmp_path / "in", "--out", tmp_path / "o2.jsonl", "--max-cost", 1) == 3
    assert "--max-cost needs the model's price" in capsys.readouterr().err


def test_ordered_restores_input_order(batch_env, tmp_path):
    write_articles(tmp_path / "in", 6)
    # Early articles answer slowest, so they finish last.
    batch_env.responder = lambda r: Reply(content=answer_for(r),
                                          delay=0.3 if "case 1000" in article_of(r) else 0.0)
    out = tmp_path / "out.jsonl"
    assert run(tmp_path / "in", "--out", out, "-q", "-w", 3) == 0
    ids = [x["id"].rsplit("/", 1)[-1] for x in read_lines(out)]
    assert ids != sorted(ids)  # finishing order
    assert run(tmp_path / "in", "--out", out, "-q", "--ordered") == 0
    assert [x["id"].rsplit("/", 1)[-1] for x in read_lines(out)] == sorted(ids)


def test_a_429_with_retry_after_pauses_every_worker(batch_env, tmp_path):
    write_articles(tmp_path / "in", 8)
    arrivals, lock = [], threading.Lock()
    first = {"done": False}

    def responder(request):
        with lock:
            arrivals.append(time.monotonic())
            if not first["done"]:
                first["done"] = True
                return Reply(status=429, headers={"Retry-After": "1"})
        return Reply(content=answer_for(request), delay=0.3)

    batch_env.responder = responder
    out = tmp_path / "out.jsonl"
    assert run(tmp_path / "in", "--out", out, "-q", "-w", 4) == 0
    assert len(read_lines(out)) == 8
    t429 = arrivals[0]
    # The other three workers' first requests were already on their way and
    # are answered 0.3 s later; without the shared pause their next requests
    # would follow at once. With it, nobody sends until Retry-After has passed.
    early = [round(t - t429, 2) for t in arrivals[1:] if 0.25 < t - t429 < 0.95]
    assert early == [], f"requests sent while the pool should have been paused: {early}"
    assert max(arrivals) - t429 >= 0.95


def test_a_torn_last_line_left_by_a_crash_is_cut_off_said_and_redone(batch_env, tmp_path, capsys):
    write_articles(tmp_path / "in", 3)
    out = tmp_path / "out.jsonl"
    assert run(tmp_path / "in", "--out", out, "-q", "--fsync") == 0
    whole = out.read_bytes().splitlines(keepends=True)
    out.write_bytes(b"".join(whole[:2]) + whole[2][:40])  # the last line, cut mid-write
    assert run(tmp_path / "in", "--out", out, "-q") == 0
    assert "the last line was cut short" in capsys.readouterr().err  # said even with -q
    lines = read_lines(out)
    assert len(lines) == 3 and len({x["id"] for x in lines}) == 3
    assert model_calls(batch_env) == 3  # redone from the cache, not from the model


def test_generated_articles_are_distinct_and_the_fake_answers_verify(fake_model, tmp_path):
    texts = [make_article(n) for n in range(50)]
    assert len(set(texts)) == 50
    fake_model.responder = answer_for
    settings = Settings(base_url=fake_model.base_url, api_key="sk-test", model="fake-model",
                        cache_dir=tmp_path / "cache", cache=False)
    with Pipeline(settings) as pipeline:
        for text in texts[:3]:
            record = pipeline.summarize(text)
            assert record.verified and len(record.incidents) == 1
            assert record.provenance.usage.requests == 2  # events, fields
