"""The Python API (summarizer.api, docs/api.md) against the fake model server:
settings by keyword, one record, many records in order or as they finish,
error records, the Summarizer's lifetime, and the re-exports."""

from __future__ import annotations

import dataclasses
import gc
import threading
from pathlib import Path

import pytest
from conftest import DATA, TEST_API_KEY
from support.batch import answer_for, make_article
from support.drafts import good
from support.fake_openai import Reply
from support.staged import articles_asked, user_text

import summarizer
from summarizer.api import SummarizerOptions
from summarizer.core.errors import InputError
from summarizer.core.settings import Settings
from summarizer.pipeline import Pipeline

SAMPLE = (DATA / "kordavia-convoy.txt").read_text(encoding="utf-8")


def responder(request: dict) -> str:
    """The sample article's right answer; an answer that verifies for any other."""
    return good() if "Gunmen ambushed an army convoy" in user_text(request) else answer_for(request)


@pytest.fixture
def model(fake_env):
    """The fake server, configured through the environment (fake_env) and
    answering every article."""
    fake_env.responder = responder
    return fake_env


def test_summarize_takes_its_endpoint_from_the_environment(model):
    record = summarizer.summarize(SAMPLE, source="sample.txt")
    assert isinstance(record, summarizer.SummaryRecord)
    assert record.verified and len(record.incidents) == 2 and record.article.source == "sample.txt"
    assert model.requests[0]["_headers"]["authorization"] == f"Bearer {TEST_API_KEY}"
    assert model.requests[0]["model"] == "fake-model"


def test_keywords_override_the_environment_and_none_means_not_given(model, tmp_path):
    with summarizer.Summarizer(model="other-model", temperature=0.5, cache_dir=str(tmp_path / "c2"),
                               max_reasks=None) as s:
        assert s.settings.model == "other-model" and s.settings.temperature == 0.5
        assert s.settings.cache_dir == tmp_path / "c2"
        assert s.settings.max_reasks is None and s.settings.base_url == model.base_url  # from the env
        s.summarize(SAMPLE)
    assert model.requests[0]["model"] == "other-model" and model.requests[0]["temperature"] == 0.5


def test_a_config_file_sits_below_the_environment(model, tmp_path):
    config = tmp_path / "summarizer.toml"
    config.write_text('[summarizer]\nmodel = "from-file"\nmax_tokens = 999\n')
    s = summarizer.Summarizer(config=config)
    assert s.settings.max_tokens == 999  # from the file
    assert s.settings.model == "fake-model"  # SUMMARIZER_MODEL wins over the file
    with pytest.raises(summarizer.ConfigError, match="config file not found"):
        summarizer.Summarizer(config=tmp_path / "missing.toml")


def test_an_unknown_setting_is_a_type_error_naming_the_likely_one(model):
    with pytest.raises(TypeError, match="unknown setting 'modle'; did you mean 'model'"):
        summarizer.summarize(SAMPLE, modle="x")
    with pytest.raises(TypeError, match="not both"):
        summarizer.Summarizer(Settings(), model="x")
    with pytest.raises(summarizer.ConfigError, match="invalid value 'hot' for temperature"):
        summarizer.Summarizer(temperature="hot")


def test_the_typed_keywords_are_exactly_the_settings_fields():
    fields = {f.name for f in dataclasses.fields(Settings)}
    assert set(SummarizerOptions.__annotations__) == fields | {"config", "status"}


def test_a_settings_object_may_be_given_and_status_gets_progress(model, fake_settings):
    said: list[str] = []
    with summarizer.Summarizer(fake_settings, status=said.append) as s:
        assert s.settings is fake_settings
        s.summarize(SAMPLE)
    assert any("asking fake-model" in m for m in said)


def test_bad_articles_raise_input_errors(model):
    for bad, message in [("", "the article is empty"), ("  \n ", "the article is empty"),
                         ("<html><script>x()</script></html>", "no visible text"),
                         (b"bytes", "an article is a str, not bytes")]:
        with pytest.raises(summarizer.InputError, match=message):
            summarizer.summarize(bad)
    assert articles_asked(model.requests) == 0


def test_html_is_read_as_its_visible_text_and_a_lone_surrogate_is_replaced(model):
    html = f"<html><body><p>{make_article(3)}</p><script>ignore me</script></body></html>"
    record = summarizer.summarize(html)
    assert record.article.chars == len(make_article(3)) and "ignore me" not in user_text(model.requests[0])
    record = summarizer.summarize(make_article(4) + " \ud83d")  # half an emoji, from a broken JSON export
    assert record.article.chars == len(make_article(4)) + 2


def test_errors_from_the_model_are_raised_with_their_class(model, monkeypatch):
    monkeypatch.setenv("SUMMARIZER_TRANSPORT_RETRIES", "0")
    model.responder = None  # the fake server answers 500 once its script is empty
    with pytest.raises(summarizer.ProviderError):
        summarizer.summarize(SAMPLE)
    model.add("nope", "nope", "nope")
    with pytest.raises(summarizer.VerificationError) as info:
        summarizer.summarize(SAMPLE)
    assert info.value.last_output == "nope" and isinstance(info.value, summarizer.SummarizerError)


def items():
    return [
        SAMPLE,                                                   # a bare string
        ("wire-2", make_article(2)),                              # an (id, text) pair
        {"id": "wire-3", "text": make_article(3), "source": "https://example.org/3"},
        {"id": "wire-4"},                                         # no text
        {"id": 5, "text": "   "},                                 # empty; a non-str id is made a str
        42,                                                       # not an article
    ]


def test_summarize_many_gives_one_result_per_item_in_input_order(model):
    results = list(summarizer.summarize_many(items(), workers=3))
    assert [type(r).__name__ for r in results] == ["SummaryRecord"] * 3 + ["ErrorRecord"] * 3
    assert [r.article.source for r in results[:3]] == [None, "wire-2", "https://example.org/3"]
    assert results[0].incidents[0].event_type.value == "armed attack"
    missing, empty, wrong = results[3:]
    assert (missing.index, missing.id, missing.error_class) == (3, "wire-4", "InputError")
    assert missing.message == 'item 3 has no "text"'
    assert (empty.id, empty.message) == ("5", "the article is empty: there is no text to summarize")
    assert wrong.id is None and "item 5 is of type int" in wrong.message
    assert isinstance(wrong.exception, summarizer.InputError)
    assert articles_asked(model.requests) == 3


def test_unordered_results_come_as_they_finish(model):
    def slow_first(request):
        text = user_text(request)
        answer = responder(request)
        return Reply(content=answer, delay=0.6) if "Gunmen ambushed" in text else answer

    model.responder = slow_first
    results = list(summarizer.summarize_many([("slow", SAMPLE), ("quick", make_article(7))],
                                             workers=2, ordered=False))
    assert [r.article.source for r in results] == ["quick", "slow"]
    model.responder = slow_first
    ordered = list(summarizer.summarize_many([("slow", make_article(8) + " Gunmen ambushed a post."),
                                              ("quick", make_article(9))], workers=2))
    assert [r.article.source for r in ordered] == ["slow", "quick"]


def test_a_model_failure_is_an_error_record_and_the_rest_carry_on(model):
    def refuse_one(request):
        return "no JSON here" if "case 1011" in user_text(request) else responder(request)

    model.responder = refuse_one
    results = list(summarizer.summarize_many([make_article(10), make_article(11), make_article(12)],
                                             workers=2, max_reasks=0))
    assert [type(r).__name__ for r in results] == ["SummaryRecord", "ErrorRecord", "SummaryRecord"]
    assert results[1].error_class == "VerificationError" and results[1].index == 1


def test_items_are_read_as_needed_and_stopping_early_drops_the_rest(model):
    pulled = []

    def articles():
        for n in range(100):
            pulled.append(n)
            yield make_article(n)

    results = summarizer.summarize_many(articles(), workers=2)
    first = next(results)
    assert first.verified and len(pulled) <= 5  # 2 workers, 4 queued, one more after the first result
    results.close()
    assert articles_asked(model.requests) <= 5


def test_a_config_error_is_raised_not_returned(model, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    results = summarizer.summarize_many([SAMPLE, make_article(1)], cache_dir=blocker)
    with pytest.raises(summarizer.ConfigError):
        next(results)
    with pytest.raises(ValueError, match="workers must be a positive integer"):
        summarizer.summarize_many([SAMPLE], workers=0)


def test_the_pipeline_is_opened_on_first_use_and_closed_once(model, monkeypatch):
    closed = []
    real_close = Pipeline.close
    monkeypatch.setattr(Pipeline, "close", lambda self: (closed.append(self), real_close(self)))
    s = summarizer.Summarizer()
    assert s._pipeline is None and not model.requests  # nothing opened, nothing asked
    with s:
        s.summarize(SAMPLE)
        s.summarize(SAMPLE)
        assert len(list(s.summarize_many([SAMPLE, make_article(1)]))) == 2
    assert len(closed) == 1 and s.closed
    s.close()  # again: nothing more
    assert len(closed) == 1
    with pytest.raises(ValueError, match="closed"):
        s.summarize(SAMPLE)
    assert articles_asked(model.requests) == 2  # the rest came from the cache


def test_a_summarizer_never_closed_is_closed_when_collected_or_at_exit(model, monkeypatch):
    closed = []
    real_close = Pipeline.close
    monkeypatch.setattr(Pipeline, "close", lambda self: (closed.append(self), real_close(self)))
    s = summarizer.Summarizer()
    s.summarize(SAMPLE)
    assert s._finalizer.atexit  # weakref.finalize: called from atexit if still alive then
    del s
    gc.collect()
    assert len(closed) == 1


def test_one_summarizer_may_be_shared_by_threads(model):
    with summarizer.Summarizer() as s:
        out: dict[int, object] = {}
        threads = [threading.Thread(target=lambda n=n: out.__setitem__(n, s.summarize(make_article(n))))
                   for n in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert all(out[n].verified for n in range(4))


def test_the_package_re_exports_the_api_lazily():
    import subprocess
    import sys

    names = ["summarize", "summarize_many", "Summarizer", "ErrorRecord", "Settings", "SummaryRecord",
             "SummarizerError", "ConfigError", "InputError", "ProviderError", "VerificationError"]
    assert set(summarizer.__all__) == {"__version__", *names}
    assert all(name in dir(summarizer) and getattr(summarizer, name) is not None for name in names)
    assert summarizer.InputError is InputError and summarizer.Settings is Settings
    # `import summarizer` alone loads neither the pipeline nor openai.
    root = Path(__file__).resolve().parent.parent
    probe = subprocess.run(
        [sys.executable, "-c", ("import sys, summarizer; print('summarizer.pipeline' in sys.modules, "
                                "'openai' in sys.modules, summarizer.SummaryRecord.to_rows.__name__)")],
        capture_output=True, text=True, env={"PYTHONPATH": str(root), "PATH": ""}, cwd=root, check=False)
    assert probe.stdout.split() == ["False", "False", "to_rows"], probe.stderr
    with pytest.raises(AttributeError):
        summarizer.no_such_name  # noqa: B018


def test_the_package_is_typed():
    root = Path(__file__).resolve().parent.parent
    assert (root / "summarizer" / "py.typed").exists()
