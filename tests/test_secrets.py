"""The API key never reaches a file or a message: cassettes, logs and status
lines, error messages, cache entries, batch output and run records, reports.

Three layers:
  * targeted tests: every writer runs with the test key against a server that
    echoes the key back in its error bodies (as real providers echo a masked
    one), and the files it wrote and what it printed are searched;
  * cassettes/ is searched, and its recorded requests must carry no
    authorization header at all;
  * at the end of the session every file the session wrote is searched: the
    whole pytest base temp folder (every test's tmp_path: caches, batch
    outputs, pages, run records, the subprocess tests' files) and any file in
    the checkout modified during the session. A leak fails the session (exit
    1) with the paths. The scan is registered when this module runs, so any
    run that includes tests/test_secrets.py (the full suite does) is covered.

The needle is TEST_API_KEY from tests/conftest.py, raw and base64-encoded.
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from conftest import CASSETTES, DATA, ROOT, TEST_API_KEY
from support.batch import answer_for, write_articles
from support.drafts import good
from support.fake_openai import Reply

from summarizer.cli import main

SESSION_STARTED = time.time()  # this module is imported at collection, before any test runs
NEEDLES = [TEST_API_KEY.encode(), base64.b64encode(TEST_API_KEY.encode()),
           base64.b64encode(f"Bearer {TEST_API_KEY}".encode())]
SKIP_DIRS = {".git", "__pycache__", ".pytest_cache", ".venv", "venv", "node_modules", ".mypy_cache", ".ruff_cache"}


def files_below(root: Path, since: float | None = None):
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if d not in SKIP_DIRS]
        for name in filenames:
            path = Path(dirpath) / name
            try:
                if not path.is_file() or (since is not None and path.stat().st_mtime < since):
                    continue
            except OSError:
                continue
            yield path


def leaks_in(paths) -> tuple[list[Path], int]:
    """(files holding a needle, files searched)."""
    found, searched = [], 0
    for path in paths:
        try:
            data = path.read_bytes()
        except OSError:
            continue
        searched += 1
        if any(needle in data for needle in NEEDLES):
            found.append(path)
    return found, searched


def session_files(basetemp: Path):
    """Every file this session wrote: the base temp folder, cassettes/, and what
    changed in the checkout since the session started (sources excluded: the key
    is defined in tests/conftest.py)."""
    yield from files_below(basetemp)
    yield from files_below(CASSETTES)
    for path in files_below(ROOT, since=SESSION_STARTED):
        if path.suffix not in (".py", ".pyc") and CASSETTES not in path.parents:
            yield path


class _SessionScan:
    def __init__(self, basetemp: Path):
        self.basetemp = basetemp

    def pytest_sessionfinish(self, session):
        found, searched = leaks_in(session_files(self.basetemp))
        reporter = session.config.pluginmanager.get_plugin("terminalreporter")
        if found:
            if reporter is not None:
                reporter.write_line(f"SECRET LEAK: the test API key is in {len(found)} file(s) written by the "
                                    "test session:", red=True, bold=True)
                for path in found[:50]:
                    reporter.write_line(f"    {path}", red=True)
            session.exitstatus = pytest.ExitCode.TESTS_FAILED
        elif reporter is not None and reporter.verbosity >= 0:
            reporter.write_line(f"secret scan: no API key in the {searched} file(s) the session wrote "
                                "(base temp, cassettes/, checkout)")


@pytest.fixture(scope="session", autouse=True)
def _scan_the_session_at_the_end(request, tmp_path_factory):
    manager = request.config.pluginmanager
    if not manager.has_plugin("summarizer-secret-scan"):
        manager.register(_SessionScan(tmp_path_factory.getbasetemp()), "summarizer-secret-scan")
    yield


# -- the scanner finds what it looks for -----------------------------------------------------

def test_the_scanner_finds_a_planted_key():
    planted = Path(tempfile.mkdtemp(prefix="secret-scan-"))  # outside the session's base temp
    try:
        (planted / "plain.log").write_text(f"request failed: Authorization: Bearer {TEST_API_KEY}\n")
        (planted / "b64.json").write_text(json.dumps({"auth": base64.b64encode(TEST_API_KEY.encode()).decode()}))
        (planted / "binary.db").write_bytes(os.urandom(100) + TEST_API_KEY.encode() + os.urandom(100))
        (planted / "clean.txt").write_text("sk-test-but-not-the-key")
        found, searched = leaks_in(files_below(planted))
        assert sorted(p.name for p in found) == ["b64.json", "binary.db", "plain.log"] and searched == 4
    finally:
        shutil.rmtree(planted)


# -- cassettes --------------------------------------------------------------------------------

def test_cassettes_hold_no_key_and_no_authorization_header():
    import yaml

    cassettes = sorted(CASSETTES.glob("*.yaml"))
    found, _ = leaks_in(cassettes)
    assert found == []
    for path in cassettes:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for interaction in data.get("interactions", []):
            headers = {k.lower() for k in interaction["request"].get("headers", {})}
            assert not headers & {"authorization", "api-key", "x-api-key", "cookie"}, path.name
        assert "Bearer " not in path.read_text(encoding="utf-8"), path.name


# -- every writer, against a server that echoes the key ----------------------------------------

def echo_key(status: int):
    """A server that answers `status` with the Authorization header it got in the body."""
    def responder(request):
        auth = request["_headers"].get("authorization", "")
        return Reply(status=status, raw_body=json.dumps(
            {"error": {"message": f"Incorrect API key provided: {auth}", "key": auth.removeprefix('Bearer ')}}))
    return responder


@pytest.fixture
def env(monkeypatch, fake_model, fake_env, tmp_path):
    monkeypatch.setenv("SUMMARIZER_TRANSPORT_RETRIES", "1")
    return fake_model


def assert_clean(tmp_path: Path, *texts: str) -> None:
    found, searched = leaks_in(files_below(tmp_path))
    assert found == [] and searched > 0
    for text in texts:
        assert TEST_API_KEY not in text


@pytest.mark.parametrize("status", [400, 401, 403, 404, 429, 500, 503])
def test_error_bodies_echoing_the_key_never_reach_messages_or_files(env, tmp_path, capsys, status):
    env.responder = echo_key(status)
    env.script.clear()
    code = main(["summarize", str(DATA / "kordavia-convoy.txt"), "-f", "json"])
    out, err = capsys.readouterr()
    assert code == 5 and "summarizer: error:" in err
    assert env.requests and TEST_API_KEY in env.requests[0]["_headers"]["authorization"]  # it was sent...
    assert_clean(tmp_path, out, err)  # ...and went nowhere else


def test_a_body_that_is_not_json_and_holds_the_key_goes_nowhere(env, tmp_path, capsys):
    env.responder = lambda request: Reply(raw_body=f"<html>proxy error for {request['_headers']['authorization']}")
    code = main(["summarize", str(DATA / "kordavia-convoy.txt"), "-f", "json"])
    out, err = capsys.readouterr()
    assert code == 5  # a server fault (retried, then a provider error), and the key goes nowhere
    assert_clean(tmp_path, out, err)


def test_a_batch_with_echoing_failures_writes_no_key(env, tmp_path, capsys):
    names = write_articles(tmp_path / "in", 6)

    def responder(request):
        user = request["messages"][1]["content"]
        if "case 1001" in user:
            return echo_key(500)(request)
        if "case 1003" in user:
            return Reply(raw_body=f"not json {request['_headers']['authorization']}")
        return answer_for(request)
    env.responder = responder
    out = tmp_path / "out.jsonl"
    code = main(["batch", str(tmp_path / "in"), "--out", str(out), "--html-dir", str(tmp_path / "pages")])
    stdout, err = capsys.readouterr()
    assert code == 9 and len(out.read_text().splitlines()) == len(names)
    assert any((tmp_path / "pages").rglob("*.html"))
    assert_clean(tmp_path, stdout, err)


@pytest.mark.parametrize("fmt", ["json", "text", "markdown", "html"])
def test_records_reports_and_cache_entries_hold_no_key(env, tmp_path, capsys, fmt):
    env.add(good())
    assert main(["summarize", str(DATA / "kordavia-convoy.txt"), "-f", fmt]) == 0
    out, err = capsys.readouterr()
    assert main(["summarize", str(DATA / "kordavia-convoy.txt"), "-f", fmt]) == 0  # from the cache
    out2, err2 = capsys.readouterr()
    assert main(["cache", "stats"]) == 0
    stats = capsys.readouterr().out
    (tmp_path / f"report.{fmt}").write_text(out)
    assert_clean(tmp_path, out, err, out2, err2, stats)


def test_settings_never_print_the_key():
    from summarizer.core.settings import Settings

    settings = Settings(base_url="http://127.0.0.1:9/v1", api_key=TEST_API_KEY)
    assert TEST_API_KEY not in repr(settings) and TEST_API_KEY not in str(settings)
    assert TEST_API_KEY not in json.dumps(settings.generation_params())


def test_debug_tracebacks_hold_no_key(fake_model, tmp_path):
    fake_model.responder = echo_key(401)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "SUMMARIZER_"))}
    env.update({"OPENAI_BASE_URL": fake_model.base_url, "OPENAI_API_KEY": TEST_API_KEY,
                "SUMMARIZER_MODEL": "fake-model", "SUMMARIZER_CACHE_DIR": str(tmp_path / "cache"),
                "PYTHONPATH": str(ROOT)})
    done = subprocess.run([sys.executable, "-m", "summarizer", "--debug", "summarize",
                           str(DATA / "kordavia-convoy.txt"), "-f", "json"],
                          env=env, cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert done.returncode != 0 and "Traceback" in done.stderr and "ProviderError" in done.stderr
    assert TEST_API_KEY not in done.stderr + done.stdout


def test_files_written_so_far_hold_no_key(tmp_path_factory):
    # The session-end scan covers everything; this reports leaks of the tests that
    # ran before this one as a test failure with the paths.
    found, searched = leaks_in(files_below(tmp_path_factory.getbasetemp()))
    assert found == [] and searched > 0


def test_public_url_drops_userinfo_and_query():
    from summarizer.core.settings import public_url

    assert public_url("https://k:SECRET@gw.example/v1?api-key=SECRET#x") == "https://gw.example/v1"
    assert public_url("http://127.0.0.1:8080/v1") == "http://127.0.0.1:8080/v1"
    assert public_url("http://[::1]:8080/v1") == "http://[::1]:8080/v1"
    assert public_url("http://host:notaport/v1") == "<unparseable URL>"


def test_a_key_inside_the_base_url_reaches_neither_record_nor_error(env, monkeypatch, tmp_path, capsys):
    secret = "sk-in-the-url-0123456789"
    host = env.base_url.removeprefix("http://")
    monkeypatch.setenv("OPENAI_BASE_URL", f"http://user:{secret}@{host}")
    env.add(good())
    assert main(["summarize", str(DATA / "kordavia-convoy.txt"), "-f", "json"]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out)["provenance"]["endpoint"] == env.base_url
    assert secret not in out + err

    monkeypatch.setenv("OPENAI_BASE_URL", f"http://user:{secret}@127.0.0.1:9/v1")  # nothing listens
    assert main(["summarize", str(DATA / "kordavia-convoy.txt"), "-f", "json", "--no-cache"]) == 5
    out, err = capsys.readouterr()
    assert "http://127.0.0.1:9/v1" in err and secret not in out + err
