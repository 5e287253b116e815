"""Test fixtures. The suite is offline: sockets may only reach loopback, every
model exchange is either a fake server started by the test or a vcrpy cassette
replayed with record_mode="none".

Re-record the cassettes against the embedded model (needs the [local] extra,
a few minutes per cassette):

    SUMMARIZER_RECORD=1 python -m pytest -m recorded
"""

from __future__ import annotations

import contextlib
import ipaddress
import os
import socket
import sys
from pathlib import Path

import platformdirs
import pytest
import vcr
from vcr.errors import CannotOverwriteExistingCassetteException

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
CASSETTES = ROOT / "cassettes"
sys.path.insert(0, str(Path(__file__).resolve().parent))

from support.fake_openai import FakeOpenAI  # noqa: E402
from support.browser import browser  # noqa: E402,F401 (a fixture: headless chromium for the HTML page tests)

# Where the real embedded model is assembled, captured before tests isolate XDG dirs.
USER_CACHE = Path(platformdirs.user_cache_dir("summarizer"))
RECORDING = os.environ.get("SUMMARIZER_RECORD", "") not in ("", "0")
TEST_API_KEY = "sk-test-DO-NOT-LEAK-0123456789"


# -- network off -------------------------------------------------------------

_real_connect = socket.socket.connect


def _loopback_only(self, address):
    host = address[0] if isinstance(address, tuple) else None
    if host is not None and host not in ("localhost",):
        try:
            if not ipaddress.ip_address(host).is_loopback:
                raise OSError(f"network access is off in tests (tried {host})")
        except ValueError:
            raise OSError(f"network access is off in tests (tried {host})") from None
    return _real_connect(self, address)


@pytest.fixture(autouse=True)
def _offline_and_isolated(monkeypatch, tmp_path):
    monkeypatch.setattr(socket.socket, "connect", _loopback_only)
    for key in list(os.environ):
        if key.startswith(("OPENAI_", "SUMMARIZER_")) and key != "SUMMARIZER_RECORD":
            monkeypatch.delenv(key)
    # No user config or cache leaks into a test, and none is written outside tmp.
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    import summarizer.extract.client

    monkeypatch.setattr(summarizer.extract.client, "BACKOFF_BASE", 0.01)


# -- fake model ----------------------------------------------------------------


@pytest.fixture
def fake_model():
    """A fake OpenAI-compatible server on loopback; script it with .add(...)."""
    with FakeOpenAI() as server:
        yield server


@pytest.fixture
def fake_settings(fake_model, tmp_path):
    from summarizer.core.settings import Settings

    return Settings(
        base_url=fake_model.base_url, api_key=TEST_API_KEY, model="fake-model",
        cache_dir=tmp_path / "cache", max_reasks=2, transport_retries=3, timeout=5,
    )


@pytest.fixture
def fake_env(monkeypatch, fake_model, tmp_path):
    """The environment of a CLI run against the fake server: its base URL, a key,
    its model name, and a cache in tmp. Returns the fake server."""
    monkeypatch.setenv("OPENAI_BASE_URL", fake_model.base_url)
    monkeypatch.setenv("OPENAI_API_KEY", TEST_API_KEY)
    monkeypatch.setenv("SUMMARIZER_MODEL", "fake-model")
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(tmp_path / "cache"))
    return fake_model


@pytest.fixture
def batch_env(monkeypatch, fake_env):
    """`fake_env` for an in-process `summarizer batch`: the fake server answers
    every invented article of support/batch.py so it verifies."""
    from support.batch import answer_for

    monkeypatch.setenv("SUMMARIZER_TRANSPORT_RETRIES", "2")
    fake_env.responder = answer_for
    return fake_env


# Three gold cases (dev, dev, heldout) for the eval tests.
MINI = ["attack-border-village", "bus-crash-and-plane", "ferry-capsize"]


@pytest.fixture
def evals(tmp_path):
    """An evals/ folder holding the MINI gold cases."""
    import shutil

    root = tmp_path / "evals"
    (root / "gold").mkdir(parents=True)
    for case in MINI:
        for suffix in (".txt", ".gold.json"):
            shutil.copy(ROOT / "evals" / "gold" / f"{case}{suffix}", root / "gold")
    return root


@pytest.fixture
def gold_model(fake_model, fake_env, evals):
    """The fake server answers each article of `evals` with its gold, or with
    `gold_model.answers[id]` (a draft's JSON) when a test changes it."""
    import json

    from summarizer.evaluation.gold import load_gold

    cases = load_gold(evals / "gold")
    fake_model.answers = {c.id: json.dumps({"incidents": [i.model_dump() for i in c.incidents]}) for c in cases}
    first_words = {c.id: " ".join(c.text.split()[:8]) for c in cases}

    def respond(request):
        # The article is in the first user message (a re-ask appends more).
        article = " ".join(next(m["content"] for m in request["messages"] if m["role"] == "user").split())
        case = next(cid for cid, words in first_words.items() if words in article)
        return fake_model.answers[case]

    fake_model.responder = respond
    return fake_model


@pytest.fixture
def article():
    return (DATA / "kordavia-convoy.txt").read_text(encoding="utf-8")


# -- recorded exchanges with the real embedded model ----------------------------------


@contextlib.contextmanager
def replaying(name: str, monkeypatch):
    """Replay cassettes/<name>.yaml; a request it holds no recording of fails the
    test at once, naming the cassette. Yields the vcrpy cassette."""
    path = CASSETTES / f"{name}.yaml"
    with cassette_vcr().use_cassette(path.name) as cassette:
        with _unmatched_requests_fail(monkeypatch, path):
            yield cassette


@contextlib.contextmanager
def _unmatched_requests_fail(monkeypatch, path: Path):
    """A request with no recording fails the test at once, naming the cassette.

    vcrpy raises CannotOverwriteExistingCassetteException inside http.client (the
    lean transport, summarizer.extract.transport, sends through it); openai
    wraps it as a connection error, which our transport retries and the salvage
    path would then paper over (the earlier answer kept). pytest.fail raises a
    BaseException, which neither tenacity's retry test nor instructor catches."""
    import summarizer.extract.client

    real_create = summarizer.extract.client.ModelClient._create

    def create(self, **kwargs):
        try:
            return real_create(self, **kwargs)
        except Exception as exc:
            cause: BaseException | None = exc
            while cause is not None and not isinstance(cause, CannotOverwriteExistingCassetteException):
                cause = cause.__cause__ or cause.__context__
            if cause is not None:
                pytest.fail(f"{path.name} has no recording of this request (the prompt, schema, parameters or a "
                            f"re-ask changed): re-record with SUMMARIZER_RECORD=1 python -m pytest -m recorded",
                            pytrace=False)
            raise

    monkeypatch.setattr(summarizer.extract.client.ModelClient, "_create", create)
    yield


def cassette_vcr() -> vcr.VCR:
    return vcr.VCR(
        cassette_library_dir=str(CASSETTES),
        record_mode="all" if RECORDING else "none",
        # The port of the local server changes from run to run; the prompt does not.
        match_on=["method", "path", "body"],
        filter_headers=["authorization", "api-key", "x-api-key", "cookie", "set-cookie"],
        decode_compressed_response=True,
    )


@pytest.fixture
def recorded_settings(request, tmp_path):
    """Settings for the embedded model whose HTTP exchanges are replayed from
    cassettes/<test name>.yaml (or recorded there when SUMMARIZER_RECORD=1)."""
    from summarizer.core.settings import EMBEDDED_MODEL, Settings, load_settings

    name = request.node.name
    # As the embedded default runs it (grammar, one re-ask, a long timeout), but
    # through a base URL so replay needs no local server.
    base = Settings(
        base_url="http://127.0.0.1:9/v1", model=EMBEDDED_MODEL, grammar=True,
        max_reasks=1, timeout=1800, cache_dir=tmp_path / "cache", cache=False,
    )
    if not RECORDING:
        path = CASSETTES / f"{name}.yaml"
        if not path.exists():
            pytest.fail(f"missing cassette {path}; record it with SUMMARIZER_RECORD=1 python -m pytest -m recorded")
        with replaying(name, request.getfixturevalue("monkeypatch")) as cassette:
            yield base
        # Every recorded exchange was asked for again: a re-ask the code no longer
        # sends is drift too.
        if not cassette.all_played:
            pytest.fail(f"{path.name}: only {cassette.play_count} of its {len(cassette)} recorded requests were "
                        "sent; the code has changed what it asks. Re-record: SUMMARIZER_RECORD=1 python -m pytest -m recorded")
        return
    from summarizer.core.status import StatusLine
    from summarizer.extract.local_server import LlamaServer, resolve_model

    # "all" mode appends to an existing cassette: start from an empty one, so no
    # stale exchange is kept beside the new ones.
    (CASSETTES / f"{name}.yaml").unlink(missing_ok=True)
    real = load_settings({"cache_dir": str(tmp_path / "cache")})
    status = StatusLine()
    model_path = resolve_model(Settings(cache_dir=USER_CACHE), status)
    with LlamaServer(model_path, real, status) as server:
        settings = Settings(**{**base.__dict__, "base_url": server.base_url})
        with cassette_vcr().use_cassette(f"{name}.yaml"):
            yield settings
