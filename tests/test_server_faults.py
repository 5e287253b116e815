"""A misbehaving model server, fault by fault: what the tool does about each.

Every fault is served by the fake OpenAI-compatible server on loopback
(tests/fake_openai.py) and ends in one of four documented behaviours:

  retried             a transport fault: the same request is sent again (tenacity,
                      backoff or Retry-After); the model never sees it, no re-ask;
  re-asked            a bad answer: it goes back to the model with the reasons
                      (instructor), and the corrected answer is kept;
  flagged unverified  still wrong after the re-asks: the record keeps the answer
                      with its fields marked "verified": false and the reasons;
  error record        nothing usable: a one-line error (exit 5 or 6), in a batch
                      an error line that keeps the model's last answer;
  ignored             harmless: a sentence number that does not exist is never
                      cited (the program cites the sentences itself).

Each article is two questions (summarizer.extract.stages): the incidents, then
each incident's details; the faults are served on the first (the events), and
a fault in a figure on the second. `requests` counts the HTTP requests of the
faulty question; an article that gets a record also asks FIELDS_QUESTIONS more.

FAULTS is the table; benchmarks/reliability_figures.py prints it with the
result of each case. The batch test at the end checks that faults on some
articles never cost the articles that finished.
"""

from __future__ import annotations

import copy
import json
import socket
import threading
import time
from dataclasses import dataclass, field
from typing import Callable

import pytest
from conftest import TEST_API_KEY
from support.batch import answer_for, read_lines, write_articles
from support.drafts import GOOD, good, with_missing_sentence, with_wrong_count
from support.fake_openai import FakeOpenAI, Reply
from support.staged import articles_asked, events_answer, fields_answer, last_message, reask_requests, stage_of, user_text

from summarizer.cli import main
from summarizer.core.errors import ProviderError, VerificationError
from summarizer.core.settings import Settings
from summarizer.pipeline import Pipeline

ARTICLE_FILE = "kordavia-convoy.txt"


def _broken_schema() -> str:
    bad = copy.deepcopy(GOOD)
    bad["incidents"][0]["event_type"] = "massacre"  # not in the taxonomy
    bad["incidents"][0]["casualties"][0]["count"] = "fourteen"  # not an integer
    del bad["incidents"][1]["summary"]  # required
    return json.dumps(bad)


def _invented_number() -> str:
    bad = copy.deepcopy(GOOD)
    bad["incidents"][1]["casualties"][0]["count"] = 30  # the article says three
    return json.dumps(bad)


_NO_CHOICES = json.dumps({"id": "x", "object": "chat.completion", "created": 1, "model": "m", "choices": []})


def _fenced() -> str:
    return f"Here is the JSON you asked for:\n```json\n{good()}\n```\nLet me know if you need more."


@dataclass
class Fault:
    id: str
    what: str  # the fault, for the figures table
    outcome: str  # retried | re-asked | flagged unverified | error record
    replies: list = field(default_factory=list)
    error: type | None = None  # the exception an error record carries
    message: str = ""  # in the error message / the re-ask / the field's problems
    requests: int | None = None  # HTTP requests the server saw
    settings: dict = field(default_factory=dict)
    check: Callable | None = None  # extra assertions on (record, server, status lines)


FIELDS_QUESTIONS = 2  # the sample article reports two incidents


def _retried_once(record, server, status):
    usage = record.provenance.usage
    assert record.verified and usage.requests == 1 + FIELDS_QUESTIONS and usage.reasks == 0


def _reasked(record, server, status):
    assert record.verified and record.provenance.usage.reasks >= 1


FAULTS = [
    # -- transport: retried ---------------------------------------------------------
    Fault("http-500", "HTTP 500 once", "retried", [Reply(status=500), good()], requests=2,
          message="HTTP 500", check=_retried_once),
    Fault("http-502", "HTTP 502 once", "retried", [Reply(status=502), good()], requests=2,
          message="HTTP 502", check=_retried_once),
    Fault("http-503", "HTTP 503 twice", "retried", [Reply(status=503), Reply(status=503), good()], requests=3,
          message="HTTP 503", check=_retried_once),
    Fault("http-429-retry-after", "HTTP 429 with Retry-After: 1", "retried",
          [Reply(status=429, headers={"Retry-After": "1"}), good()], requests=2,
          message="HTTP 429; retrying in 1.0s", check=_retried_once),
    Fault("http-429-date", "HTTP 429 with an HTTP-date Retry-After", "retried",
          [Reply(status=429, headers={"Retry-After": "Wed, 21 Oct 2037 07:28:00 GMT"}), good()], requests=2,
          message="HTTP 429", check=_retried_once),
    Fault("stall", "no answer within the request timeout", "retried",
          [Reply(content=good(), delay=1.5), good()], requests=2, message="timed out",
          settings={"timeout": 0.5}, check=_retried_once),
    Fault("cut-body", "response body cut short", "retried", [Reply(content=good(), truncate=True), good()],
          requests=2, message="connection failed", check=_retried_once),
    Fault("dropped", "connection closed without an answer", "retried", [Reply(drop=True), good()],
          requests=2, message="connection failed", check=_retried_once),
    Fault("invalid-json-body", "HTTP 200 whose body is not JSON", "retried",
          [Reply(raw_body="{\"id\": \"chatcmpl\", \"choices\": [tr"), good()], requests=2, check=_retried_once),
    Fault("empty-choices", "HTTP 200 with no choices", "retried",
          [Reply(raw_body=_NO_CHOICES), good()], requests=2, message="no choices", check=_retried_once),
    # -- bad answers: re-asked --------------------------------------------------------
    Fault("answer-not-json", "an answer that is not JSON", "re-asked", ["I think there were two attacks.", good()],
          requests=2, check=_reasked),
    Fault("answer-breaks-schema", "JSON that breaks the schema", "re-asked", [_broken_schema(), good()],
          requests=2, message="validation error", check=_reasked),
    Fault("answer-missing-sentence", "cites a sentence that does not exist", "ignored",
          [with_missing_sentence(), good()], requests=1),
    Fault("answer-invented-number", "a number the article does not contain", "re-asked",
          [_invented_number(), good()], requests=2,
          message="the count 30 (killed) is not stated in the cited sentences [6]", check=_reasked),
    # -- still wrong after the re-asks: flagged ----------------------------------------
    Fault("persistent-missing-sentence", "cites a missing sentence, every time", "ignored",
          [with_missing_sentence()] * 3, requests=1),
    Fault("persistent-invented-number", "a number the article lacks, every time", "flagged unverified",
          [with_wrong_count(40)] * 3, requests=3, message="the count 40 (killed) is not stated"),
    Fault("chatter-around-json", "JSON inside a code fence with chatter, every time", "flagged unverified",
          [_fenced()] * 3, requests=3),  # salvaged: the fence is cut away, every field verifies
    Fault("cut-at-max-tokens", "an answer cut off at max_tokens after a wrong one", "flagged unverified",
          [with_wrong_count(40), Reply(content=good()[:300], finish_reason="length")], requests=2,
          message="the count 40 (killed) is not stated"),
    # -- nothing usable: error records ---------------------------------------------------
    Fault("refused", "connection refused, every time", "error record", [], error=ProviderError,
          message="connection failed (ConnectError) after 3 tries", settings={"base_url": "refused"}),
    Fault("persistent-500", "HTTP 500, every time", "error record", [Reply(status=500)] * 3, error=ProviderError,
          message="HTTP 500 after 3 tries", requests=3),
    Fault("persistent-429", "HTTP 429, every time", "error record",
          [Reply(status=429, headers={"Retry-After": "0"})] * 3, error=ProviderError,
          message="HTTP 429 after 3 tries", requests=3),
    Fault("persistent-stall", "no answer within the timeout, every time", "error record",
          [Reply(content=good(), delay=1.2)] * 3, error=ProviderError, message="timed out after 3 tries",
          requests=3, settings={"timeout": 0.4}),
    Fault("http-401", "HTTP 401 (bad key): not retried", "error record", [Reply(status=401)], error=ProviderError,
          message="rejected the API key (HTTP 401)", requests=1),
    Fault("http-404", "HTTP 404 (unknown model): not retried", "error record", [Reply(status=404)],
          error=ProviderError, message="model 'fake-model' not found (HTTP 404)", requests=1),
    Fault("http-400", "HTTP 400 (e.g. context exceeded): not retried", "error record", [Reply(status=400)],
          error=ProviderError, message="HTTP 400", requests=1),
    Fault("persistent-bad-schema", "JSON that breaks the schema, every time", "error record",
          [_broken_schema()] * 3, error=VerificationError, message="no answer of the right shape in 3 tries",
          requests=3),
    Fault("first-answer-cut-off", "the first answer cut off at max_tokens", "error record",
          [Reply(content=good()[:300], finish_reason="length")], error=VerificationError,
          message="cut off at 320 tokens", requests=1),
    Fault("persistent-invalid-json-body", "HTTP 200 bodies that are not JSON, every time", "error record",
          [Reply(raw_body="<html>gateway</html>")] * 3, error=ProviderError,
          message="answered with a body that is not JSON after 3 tries", requests=3),
    Fault("persistent-empty-choices", "HTTP 200 with no choices, every time", "error record",
          [Reply(raw_body=_NO_CHOICES)] * 3, error=ProviderError,
          message="answered with no choices (an empty answer list) after 3 tries", requests=3),
]


def _refused_url() -> str:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()  # nothing listens there now: connections are refused
    return f"http://127.0.0.1:{port}/v1"


@pytest.mark.parametrize("fault", FAULTS, ids=[f.id for f in FAULTS])
def test_fault(fault: Fault, fake_model, tmp_path, article):
    fake_model.add(*fault.replies)
    options = {"base_url": fake_model.base_url, "api_key": TEST_API_KEY, "model": "fake-model",
               "cache_dir": tmp_path / "cache", "max_reasks": 2, "transport_retries": 2, "timeout": 5}
    if fault.id in ("stall", "http-429-retry-after", "http-429-date", "http-503"):
        options["transport_retries"] = 3
    options.update(fault.settings)
    if options["base_url"] == "refused":
        options["base_url"] = _refused_url()
    status: list[str] = []
    started = time.monotonic()
    with Pipeline(Settings(**options), status=status.append) as pipeline:
        if fault.error is not None:
            with pytest.raises(fault.error) as info:
                pipeline.summarize(article)
            message = str(info.value)
            assert "\n" not in message and fault.message in message, message
            assert TEST_API_KEY not in message
            if fault.error is VerificationError and fault.id not in ("first-answer-cut-off",
                                                                     "persistent-invalid-json-body"):
                assert info.value.last_output is not None  # what the model said is kept
            record = None
        else:
            record = pipeline.summarize(article)
    elapsed = time.monotonic() - started
    if fault.requests is not None:
        assert len(fake_model.requests) == fault.requests + (FIELDS_QUESTIONS if record is not None else 0)
    if fault.outcome == "ignored":
        assert record is not None and record.verified
        assert all(c.sentence <= 6 for inc in record.incidents for c in inc.summary.citations)
    if fault.outcome == "retried":
        if fault.message:
            assert any(fault.message in line for line in status), status
        assert not any("answer 2" in line for line in status)  # the model was never re-asked
    if fault.outcome == "re-asked" and fault.message:
        reask = last_message(reask_requests(fake_model.requests)[0])
        assert fault.message in reask, reask
    if fault.outcome == "flagged unverified":
        assert record is not None and record.incidents
        if fault.message:
            assert not record.verified
            problems = [p for inc in record.incidents for f in (inc.summary, *inc.casualties) for p in f.problems]
            assert any(fault.message in p for p in problems), problems
        else:
            assert record.verified
    if fault.id == "http-429-retry-after":
        assert elapsed >= 1.0  # Retry-After was honoured
    if fault.check is not None:
        fault.check(record, fake_model, status)


def _summarized(responder: Callable[[dict], Reply], tmp_path, article):  # noqa: ANN001, ANN202
    """The record of `article` from a fake server answering with `responder`, the
    status lines and the requests the server received."""
    status: list[str] = []
    with FakeOpenAI(responder) as server:
        settings = Settings(base_url=server.base_url, api_key=TEST_API_KEY, model="fake-model",
                            cache_dir=tmp_path / "cache", max_reasks=2, transport_retries=0, timeout=5)
        with Pipeline(settings, status=status.append) as pipeline:
            record = pipeline.summarize(article)
        return record, status, list(server.requests)


def test_an_incidents_details_cut_off_keep_the_incident_without_them(tmp_path, article):
    """The details of the second incident run to max_tokens (a small model listing
    the same thing until the limit): the article keeps both incidents, the second
    without its details, and says so; nothing is re-asked (it would run away again)."""
    def responder(request: dict) -> Reply:
        if stage_of(request) == "events":
            return Reply(content=events_answer(GOOD))
        if "The incident: bombing/explosion" in user_text(request):
            return Reply(content='{"date": "On Monday", "casualties": [{"category": "killed", "co',
                         finish_reason="length")
        return Reply(content=fields_answer(GOOD, request))

    record, status, requests = _summarized(responder, tmp_path, article)
    assert len(requests) == 3  # events, then one fields question per incident, no re-ask
    attack, blast = record.incidents
    assert attack.location.place == "Tessaret" and attack.casualties
    assert blast.event_type.value == "bombing/explosion"
    assert blast.location is None and blast.date is None and not blast.casualties
    assert any("incident 2" in line and "kept without its details" in line for line in status), status
    assert record.provenance.usage.requests == 3  # the cut-off answer counted too


def test_connection_refused_then_the_server_comes_up(tmp_path, article, monkeypatch):
    import summarizer.extract.client

    monkeypatch.setattr(summarizer.extract.client, "BACKOFF_BASE", 0.3)  # waits 0.3, 0.6, 1.2 s
    url = _refused_url()
    port = int(url.rsplit(":", 1)[1].split("/")[0])
    servers = []

    def come_up():  # binding is listening: the server must not exist before this
        server = FakeOpenAI(port=port)
        server.add(good())
        servers.append(server.__enter__())
    # The server comes up 0.5 s after the first request is on its way, not after the
    # test starts: a slow start (imports on a busy machine) let it be up in time,
    # and nothing was refused.
    starter = threading.Timer(0.5, come_up)
    status: list[str] = []

    def note(line: str) -> None:
        status.append(line)
        if line.startswith("generating") and not starter.is_alive() and not servers:
            starter.start()

    try:
        settings = Settings(base_url=url, api_key=TEST_API_KEY, model="fake-model", cache=False,
                            transport_retries=4, timeout=5)
        with Pipeline(settings, status=note) as pipeline:
            record = pipeline.summarize(article)
    finally:
        if starter.is_alive() or servers:
            starter.join()
        for server in servers:
            server.__exit__()
    assert record.verified and record.provenance.usage.requests == 1 + FIELDS_QUESTIONS
    assert any("connection failed (ConnectError)" in line for line in status), status


# -- the command line: exit codes and one-line errors -----------------------------------

@pytest.mark.parametrize("replies,code,needle", [
    pytest.param([Reply(status=503)] * 3, 5, "HTTP 503 after 3 tries", id="provider-error-exit-5"),
    pytest.param([_broken_schema()] * 3, 6, "no answer of the right shape in 3 tries", id="shape-error-exit-6"),
    pytest.param([with_wrong_count(40)] * 3, 7, "could not be verified", id="strict-unverified-exit-7"),
    pytest.param([Reply(raw_body="<html>bad gateway</html>")] * 3, 5, "a body that is not JSON after 3 tries",
                 id="invalid-body-exit-5"),
])
def test_cli_exit_codes_for_server_faults(fake_model, tmp_path, monkeypatch, capsys, replies, code, needle):
    from conftest import DATA

    monkeypatch.setenv("OPENAI_BASE_URL", fake_model.base_url)
    monkeypatch.setenv("OPENAI_API_KEY", TEST_API_KEY)
    monkeypatch.setenv("SUMMARIZER_MODEL", "fake-model")
    monkeypatch.setenv("SUMMARIZER_TRANSPORT_RETRIES", "2")
    fake_model.add(*replies)
    assert main(["summarize", str(DATA / ARTICLE_FILE), "--cache-dir", str(tmp_path), "--strict",
                 "-f", "json"]) == code
    err = capsys.readouterr().err
    assert needle in err and "Traceback" not in err and TEST_API_KEY not in err
    if code != 7:  # progress lines, then exactly one error line
        errors = [line for line in err.splitlines() if line.startswith("summarizer: error:")]
        assert len(errors) == 1 and err.endswith(errors[0] + "\n")


# -- a batch: faults on some articles never cost the finished ones ------------------------

def test_a_batch_with_faulty_articles_keeps_every_finished_article(fake_model, tmp_path, monkeypatch, capsys):
    names = write_articles(tmp_path / "in", 12)
    plan = {  # article file -> what the server does for it
        names[1]: "500-forever", names[4]: "bad-schema-forever", names[6]: "429-then-ok",
        names[8]: "invented-number", names[10]: "stall-then-ok",
    }
    seen: dict[str, int] = {}

    def responder(request):
        user = request["messages"][1]["content"]
        name = next((n for n in names if f"case {1000 + int(n[1:5])}" in user), None)
        seen[name] = seen.get(name, 0) + 1
        kind = plan.get(name)
        if kind == "500-forever":
            return Reply(status=500)
        if kind == "bad-schema-forever":
            return '{"events": [{"type": 3}]}'
        if kind == "429-then-ok" and seen[name] == 1:
            return Reply(status=429, headers={"Retry-After": "0"})
        if kind == "stall-then-ok" and seen[name] == 1:
            return Reply(content=answer_for(request), delay=1.5)
        if kind == "invented-number":
            answer = json.loads(answer_for(request))
            # cites sentence 3 too (it holds the article's case number: the fake model
            # tells this article's fields question from the others' by it)
            answer["incidents"][0]["casualties"] = [
                {"category": "killed", "count": 77, "qualifier": "exact", "sentences": [1, 3]}]
            return json.dumps(answer)
        return answer_for(request)

    fake_model.responder = responder
    monkeypatch.setenv("OPENAI_BASE_URL", fake_model.base_url)
    monkeypatch.setenv("OPENAI_API_KEY", TEST_API_KEY)
    monkeypatch.setenv("SUMMARIZER_MODEL", "fake-model")
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("SUMMARIZER_TRANSPORT_RETRIES", "2")
    monkeypatch.setenv("SUMMARIZER_TIMEOUT", "0.7")
    out = tmp_path / "out.jsonl"
    args = ["batch", str(tmp_path / "in"), "--out", str(out), "--workers", "3", "-q"]
    assert main(args) == 9  # finished, with error records
    lines = {x["id"].rsplit("/", 1)[-1]: x for x in read_lines(out)}
    assert sorted(lines) == sorted(names)  # one line per article, none lost
    assert lines[names[1]]["status"] == "error" and lines[names[1]]["error"]["class"] == "ProviderError"
    bad = lines[names[4]]
    assert bad["status"] == "error" and bad["error"]["class"] == "VerificationError"
    assert bad["error"]["last_output"] == '{"events": [{"type": 3}]}'  # what the model said is kept
    assert bad["error"]["usage"]["requests"] == 3
    flagged = lines[names[8]]["record"]
    assert flagged["verified"] is False and flagged["incidents"][0]["casualties"][0]["count"] == 77
    for name in names:
        if name not in (names[1], names[4]):
            assert lines[name]["status"] == "ok"
    finished = {name: json.dumps(lines[name], sort_keys=True) for name in names if lines[name]["status"] == "ok"}

    # The server recovers; --retry-failed redoes the two error records and nothing else.
    plan.clear()
    asked = articles_asked(fake_model.requests)
    capsys.readouterr()
    assert main([*args, "--retry-failed"]) == 0
    after = {x["id"].rsplit("/", 1)[-1]: x for x in read_lines(out)}
    assert sorted(after) == sorted(names) and all(x["status"] == "ok" for x in after.values())
    assert articles_asked(fake_model.requests) - asked == 2
    for name, line in finished.items():
        assert json.dumps(after[name], sort_keys=True) == line  # finished articles untouched


# -- the embedded server itself dies ------------------------------------------------------


def test_a_crashed_embedded_server_is_named_as_the_cause(tmp_path, article):
    """Seen on a VM whose CPU lists AMX but whose kernel refuses it: llama.cpp
    died with SIGSEGV at the first request, and the user saw only 'connection
    failed'. The error now says the server crashed, and what usually causes it."""
    import subprocess
    import sys

    from summarizer.core.errors import ProviderError
    from summarizer.core.settings import Settings
    from summarizer.extract.local_server import LlamaServer
    from summarizer.pipeline import Pipeline

    settings = Settings(base_url=_refused_url(), api_key="k", cache=False, transport_retries=0, timeout=2)
    server = LlamaServer(tmp_path / "model.gguf", settings, lambda _m: None, log_path=tmp_path / "server.log")
    server.process = subprocess.Popen(
        [sys.executable, "-c", "import os, signal; os.kill(os.getpid(), signal.SIGSEGV)"])
    server.process.wait()
    with Pipeline(settings) as pipeline:
        pipeline._server = server  # as embedded_endpoint hands it over
        with pytest.raises(ProviderError) as caught:
            pipeline.summarize(article)
    message = str(caught.value)
    assert message.startswith("the model server was killed by SIGSEGV (log: ")
    assert "Troubleshooting" in message and "\n" not in message


def test_a_server_that_is_still_running_is_not_blamed(tmp_path):
    import subprocess
    import sys

    from summarizer.core.settings import Settings
    from summarizer.extract.local_server import LlamaServer

    server = LlamaServer(tmp_path / "m.gguf", Settings(), lambda _m: None)
    server.process = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        assert server.died() is None
    finally:
        server.stop()
    assert server.died() is None  # stopped by us: process cleared


def test_an_events_answer_cut_off_keeps_its_complete_events(tmp_path, article):
    """The events answer runs to its limit (a small model counting sentence numbers
    on past the article's last): the events it completed are kept and asked about,
    what was cut off is not taken from the answer; nothing is re-asked (it would run
    away again). The bombing it had started on is found by the program itself: a
    paragraph opening with the day of an act none of the events cites (verify.events)."""
    complete = json.loads(events_answer(GOOD))["events"][0]
    runaway = json.dumps({"events": [complete]})[:-2] + ', {"type": "bombing/explosion", "sentences": [4, 5, 6, 7, 8'

    def responder(request: dict) -> Reply:
        if stage_of(request) == "events":
            return Reply(content=runaway, finish_reason="length")
        return Reply(content=fields_answer(GOOD, request))

    record, status, requests = _summarized(responder, tmp_path, article)
    # the events, then the details of the complete event and of the bombing the program found
    assert len(requests) == 3 and [stage_of(r) for r in requests].count("events") == 1
    assert [i.event_type.value for i in record.incidents] == [complete["type"], "bombing/explosion"]
    assert any("keeping its complete items" in line for line in status), status
    assert requests[0]["max_tokens"] == 320  # the events question asks for no more than it needs


def test_the_grammar_closes_a_runaway_list_of_sentence_numbers():
    from summarizer.core.schema import EventList
    from summarizer.extract.requests import complete_items, wire_body
    body = wire_body(EventList, {"messages": [{"role": "system", "content": "x"}]}, grammar=True)
    assert body["response_format"]["schema"]["$defs"]["EventRef"]["properties"]["sentences"]["maxItems"] == 64
    # a cut-off answer keeps its complete items, and nothing when none is complete
    assert complete_items('{"events": [{"type": "cyberattack", "sentences": [1]}, {"type": "cyb', EventList) == (
        '{"events": [{"type": "cyberattack", "sentences": [1]}]}')
    assert complete_items('{"events": [{"type": "cyberattack", "sentences": [1, 2, 3', EventList) is None
