"""The batch output file: whole lines, torn-line recovery, lock, compaction."""

import json

import pytest

from summarizer.batch.output import OutputFile, to_json_line
from summarizer.core.errors import ConfigError


def line(id_, status="ok", sha="h", **extra):
    return json.dumps({"id": id_, "content_sha256": sha, "source": id_, "status": status, **extra}) + "\n"


def test_a_torn_last_line_is_cut_off_and_reported(tmp_path):
    path = tmp_path / "out.jsonl"
    path.write_text(line("a") + line("b", "error") + '{"id": "c", "content_sha2')
    with OutputFile(path) as out:
        state = out.scan()
        assert set(state.done) == {"a", "b"} and state.done["b"].status == "error"
        assert "cut short" in state.recovered
        out.write({"id": "c", "content_sha256": "h", "source": "c", "status": "ok"})
    assert [json.loads(x)["id"] for x in path.read_text().splitlines()] == ["a", "b", "c"]


def test_a_complete_but_invalid_last_line_is_also_cut(tmp_path):
    path = tmp_path / "out.jsonl"
    path.write_text(line("a") + "\0\0\0\n")  # what a crash can leave on some filesystems
    with OutputFile(path) as out:
        state = out.scan()
    assert state.recovered and path.read_text() == line("a")


def test_an_invalid_line_in_the_middle_is_refused_not_rewritten(tmp_path):
    path = tmp_path / "out.jsonl"
    path.write_text(line("a") + "hello\n" + line("b"))
    with OutputFile(path) as out, pytest.raises(ConfigError, match="line 2 is not valid"):
        out.scan()
    other = tmp_path / "other.jsonl"
    other.write_text('{"some": "export"}\n' + line("a"))
    with OutputFile(other) as out, pytest.raises(ConfigError, match="line 1 is not a batch output line"):
        out.scan()
    assert path.read_text() == line("a") + "hello\n" + line("b")


def test_two_runs_cannot_write_the_same_file(tmp_path):
    path = tmp_path / "out.jsonl"
    with OutputFile(path):
        with pytest.raises(ConfigError, match="another batch run is writing"):
            OutputFile(path)
    OutputFile(path).close()  # free again


def test_compaction_keeps_the_last_line_per_id_and_can_restore_input_order(tmp_path):
    path = tmp_path / "out.jsonl"
    path.write_text(line("b", "error") + line("a") + line("zz-not-in-input") + line("b"))
    with OutputFile(path) as out:
        state = out.scan()
        assert state.superseded == 1 and state.done["b"].status == "ok"
        assert out.compact() == 1
    assert [json.loads(x)["id"] for x in path.read_text().splitlines()] == ["a", "zz-not-in-input", "b"]
    with OutputFile(path) as out:
        out.compact(order=["b", "a"])
    assert [json.loads(x)["id"] for x in path.read_text().splitlines()] == ["b", "a", "zz-not-in-input"]
    assert not list(tmp_path.glob(".*tmp"))


def test_lines_are_single_lines_even_with_line_separators_in_text(tmp_path):
    data = to_json_line({"id": "x", "text": "one\ntwo\u2028three\u2029four"})
    assert data.count(b"\n") == 1 and data.endswith(b"\n")
    assert len(data.decode().splitlines()) == 1
    assert json.loads(data)["text"] == "one\ntwo\u2028three\u2029four"
