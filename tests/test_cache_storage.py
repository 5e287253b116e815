"""The record cache under storage faults: a corrupted, misplaced, locked or
unwritable cache gives a clear one-line error or is rebuilt, and never a wrong
cached answer."""

from __future__ import annotations

import json
import os
import sqlite3

import pytest
from conftest import DATA, TEST_API_KEY
from support.drafts import good

from summarizer import cache as cache_module
from summarizer.cache import RecordCache
from summarizer.cli import main
from summarizer.core.errors import ConfigError
from summarizer.pipeline import Pipeline

OTHER = "OSKEL, Kordavia, May 4, 2026 (Kestrel Wire) - Protesters blocked the main bridge in Oskel on Friday."
OTHER_ANSWER = json.dumps({"incidents": [{
    "summary": "Protesters blocked the main bridge in Oskel.", "summary_sentences": [1],
    "event_type": "riot/protest", "event_type_sentences": [1]}]})


@pytest.fixture(autouse=True)
def _short_lock_wait(monkeypatch):
    monkeypatch.setattr(cache_module, "LOCK_TIMEOUT", 0.3)


def summarize(settings, text, **kw):
    with Pipeline(settings, **kw) as pipeline:
        return pipeline.summarize(text)


def warm(fake_model, fake_settings, article):
    fake_model.add(good())
    record = summarize(fake_settings, article)
    assert not record.provenance.cached
    return record


def records_dir(settings):
    return settings.cache_dir / "records"


@pytest.fixture
def cli(monkeypatch, fake_model, tmp_path, capsys):
    monkeypatch.setenv("OPENAI_BASE_URL", fake_model.base_url)
    monkeypatch.setenv("OPENAI_API_KEY", TEST_API_KEY)
    monkeypatch.setenv("SUMMARIZER_MODEL", "fake-model")

    def run(*args):
        code = main(list(args))
        out, err = capsys.readouterr()
        return code, out, err
    return run


# -- the database itself -----------------------------------------------------------------

def test_a_garbage_database_is_moved_aside_and_rebuilt(cli, fake_model, tmp_path):
    db = tmp_path / "cache" / "records" / "cache.db"
    db.parent.mkdir(parents=True)
    garbage = os.urandom(8192)
    db.write_bytes(garbage)
    fake_model.add(good())
    code, out, err = cli("summarize", str(DATA / "kordavia-convoy.txt"), "--cache-dir", str(tmp_path / "cache"),
                         "-f", "json", "-q")
    assert code == 0 and json.loads(out)["verified"]
    assert "summarizer: warning: the cache at" in err and "was unreadable (file is not a database)" in err
    aside = [p.name for p in (tmp_path / "cache").iterdir() if p.name.startswith("records.unreadable-")]
    assert len(aside) == 1 and (tmp_path / "cache" / aside[0] / "cache.db").read_bytes() == garbage
    # The new cache works: the second run is a hit.
    code, out, err = cli("summarize", str(DATA / "kordavia-convoy.txt"), "--cache-dir", str(tmp_path / "cache"),
                         "-f", "json")
    assert code == 0 and json.loads(out)["provenance"]["cached"] is True and "warning" not in err


def test_a_truncated_database_never_serves_a_wrong_answer(fake_model, fake_settings, article, capsys):
    first = warm(fake_model, fake_settings, article)
    db = records_dir(fake_settings) / "cache.db"
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 2] + os.urandom(len(data) // 4))
    fake_model.add(good())
    again = summarize(fake_settings, article)
    # Whatever sqlite makes of it (rebuilt, or a failed read that turns the cache
    # off for the run), the answer is the right one, and it was said.
    assert again.incidents == first.incidents
    err = capsys.readouterr().err
    assert again.provenance.cached or "summarizer: warning:" in err


def test_a_locked_database_is_a_clear_error_at_start(fake_settings, tmp_path):
    with RecordCache(fake_settings.cache_dir):
        pass
    holder = sqlite3.connect(records_dir(fake_settings) / "cache.db", isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(ConfigError) as info:
            RecordCache(fake_settings.cache_dir)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    message = str(info.value)
    assert "is locked by another process" in message and "--no-cache" in message and "\n" not in message


def test_a_lock_taken_mid_run_turns_the_cache_off_with_a_warning(fake_model, fake_settings, article):
    warnings = []
    fake_model.add(good())
    with Pipeline(fake_settings) as pipeline:
        pipeline.cache.warn = warnings.append
        holder = sqlite3.connect(records_dir(fake_settings) / "cache.db", isolation_level=None)
        holder.execute("BEGIN EXCLUSIVE")
        try:
            record = pipeline.summarize(article)  # the write of the record fails
        finally:
            holder.execute("ROLLBACK")
            holder.close()
        assert record.verified and not record.provenance.cached
        assert warnings and "carrying on without it" in warnings[0]
        assert pipeline.cache.get(pipeline.prepare(article).key) is None  # off for the rest of the run


def test_a_file_where_the_cache_folder_should_be_is_a_one_line_error(cli, tmp_path):
    (tmp_path / "cachefile").write_text("not a folder")
    code, out, err = cli("summarize", str(DATA / "kordavia-convoy.txt"), "--cache-dir", str(tmp_path / "cachefile"))
    assert code == 3 and out == ""
    assert err.count("\n") == 1 and "is a file, not a folder" in err


def test_a_file_where_the_records_folder_should_be_is_a_one_line_error(cli, tmp_path):
    (tmp_path / "cache").mkdir()
    (tmp_path / "cache" / "records").write_text("")
    code, _, err = cli("cache", "stats", "--cache-dir", str(tmp_path / "cache"))
    assert code == 3 and err.count("\n") == 1 and "records is a file, not a folder" in err


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_a_cache_folder_without_permissions_is_a_one_line_error(cli, tmp_path):
    (tmp_path / "cache").mkdir(mode=0o500)
    try:
        code, _, err = cli("cache", "stats", "--cache-dir", str(tmp_path / "cache"))
    finally:
        (tmp_path / "cache").chmod(0o700)
    assert code == 3 and err.count("\n") == 1 and "cannot open the cache" in err


def test_an_os_error_opening_the_cache_is_a_one_line_error(cli, tmp_path, monkeypatch):
    # As root (CI containers) permissions cannot be taken away; the mapping is what counts.
    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")
    monkeypatch.setattr(cache_module.diskcache, "Cache", refuse)
    code, _, err = cli("cache", "stats", "--cache-dir", str(tmp_path / "cache"))
    assert code == 3 and err.count("\n") == 1
    assert "cannot open the cache at" in err and "Permission denied" in err


# -- entries: never another key's answer ---------------------------------------------------

def test_an_entry_moved_to_another_key_is_never_served(fake_model, fake_settings, article):
    warm(fake_model, fake_settings, article)
    fake_model.add(OTHER_ANSWER)
    other = summarize(fake_settings, OTHER)
    with Pipeline(fake_settings) as pipeline:
        key_a, key_b = pipeline.prepare(article).key, pipeline.prepare(OTHER).key
        raw = pipeline.cache._cache
        raw[key_a], raw[key_b] = raw[key_b], raw[key_a]  # swapped, as a corrupted store could
    fake_model.add(good(), OTHER_ANSWER)
    a_again, b_again = summarize(fake_settings, article), summarize(fake_settings, OTHER)
    assert not a_again.provenance.cached and not b_again.provenance.cached  # recomputed, not served
    assert a_again.incidents[0].event_type.value == "armed attack"
    assert b_again.incidents == other.incidents
    # ...and the recomputed records replaced the swapped ones.
    assert summarize(fake_settings, article).provenance.cached


def test_an_entry_whose_record_is_for_another_article_is_never_served(fake_model, fake_settings, article):
    warm(fake_model, fake_settings, article)
    with Pipeline(fake_settings) as pipeline:
        key = pipeline.prepare(article).key
        entry = json.loads(pipeline.cache._cache[key])
        entry["record"]["article"]["sha256"] = "f" * 64  # right key, wrong article inside
        pipeline.cache._cache[key] = json.dumps(entry)
    fake_model.add(good())
    assert not summarize(fake_settings, article).provenance.cached


def test_entries_of_the_earlier_format_are_still_served_when_they_match(fake_model, fake_settings, article):
    record = warm(fake_model, fake_settings, article)
    with Pipeline(fake_settings) as pipeline:
        key = pipeline.prepare(article).key
        pipeline.cache._cache[key] = record.model_dump_json()  # a bare record, as before the envelope
    hit = summarize(fake_settings, article)
    assert hit.provenance.cached and hit.incidents == record.incidents


def test_an_earlier_format_entry_for_another_article_is_a_miss(fake_model, fake_settings, article):
    warm(fake_model, fake_settings, article)
    fake_model.add(OTHER_ANSWER)
    other = summarize(fake_settings, OTHER)
    with Pipeline(fake_settings) as pipeline:
        pipeline.cache._cache[pipeline.prepare(article).key] = other.model_dump_json()
    fake_model.add(good())
    again = summarize(fake_settings, article)
    assert not again.provenance.cached and again.incidents[0].event_type.value == "armed attack"


@pytest.mark.parametrize("damage", [
    pytest.param(lambda raw: raw[: len(raw) // 2], id="torn-json"),
    pytest.param(lambda raw: "", id="empty"),
    pytest.param(lambda raw: '{"key": "k", "record": {"article": 1}}', id="wrong-shape"),
    pytest.param(lambda raw: 42, id="not-text"),
])
def test_a_damaged_entry_is_a_miss_and_is_replaced(fake_model, fake_settings, article, damage):
    warm(fake_model, fake_settings, article)
    with Pipeline(fake_settings) as pipeline:
        key = pipeline.prepare(article).key
        pipeline.cache._cache[key] = damage(pipeline.cache._cache[key])
    fake_model.add(good())
    assert not summarize(fake_settings, article).provenance.cached
    assert summarize(fake_settings, article).provenance.cached  # the fresh record was stored


def test_a_large_entry_whose_value_file_is_damaged_is_a_miss(fake_model, fake_settings):
    # Records over 32 KB live in files beside the database (diskcache).
    text = OTHER
    answer = json.dumps({"incidents": [{  # a 40 KB name (kept, unverified) makes a large record
        "summary": "x", "summary_sentences": [1], "event_type": "riot/protest", "event_type_sentences": [1],
        "perpetrators": [{"name": "x" * 40_000, "sentences": [1]}]}]})
    fake_model.add(answer)
    summarize(fake_settings, text)
    files = list(records_dir(fake_settings).rglob("*.val"))
    assert len(files) == 1
    files[0].write_bytes(files[0].read_bytes()[:1000])
    fake_model.add(answer)
    assert not summarize(fake_settings, text).provenance.cached
    for f in records_dir(fake_settings).rglob("*.val"):
        f.unlink()
    fake_model.add(answer)
    assert not summarize(fake_settings, text).provenance.cached
