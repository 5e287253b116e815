"""Finding a batch's articles: folders, JSONL, CSV, ids, duplicates, bad rows."""

import csv
import json

import pytest
from support.batch import make_article

from summarizer.batch.sources import Fields, discover
from summarizer.core.errors import InputError
from summarizer.core.schema import article_sha256


def by_id(found):
    return {i.id: i for i in found.items}


def test_mixed_inputs_get_stable_ids_and_sources(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "news" / "2026").mkdir(parents=True)
    (tmp_path / "news" / "a.txt").write_text(make_article(1))
    (tmp_path / "news" / "2026" / "b.md").write_text(make_article(2))
    (tmp_path / "news" / "page.html").write_text("<html><body><p>Not picked by default.</p></body></html>")
    (tmp_path / "news" / ".hidden.txt").write_text(make_article(3))
    (tmp_path / "news" / ".git").mkdir()
    (tmp_path / "news" / ".git" / "c.txt").write_text(make_article(4))
    (tmp_path / "single.txt").write_text(make_article(5))
    (tmp_path / "rows.jsonl").write_text(
        json.dumps({"id": "wire-7", "text": make_article(6), "url": "https://example.invalid/7"}) + "\n"
        + "\n"  # blank lines are not articles
        + json.dumps({"text": make_article(7)}) + "\n"
        + json.dumps({"id": 42, "text": make_article(8)}) + "\n")
    with open(tmp_path / "rows.csv", "w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerows([["id", "text"], ["c-1", make_article(9)],
                          ["", make_article(10).replace(" said.", ' said.\n"quoted"')]])

    found = discover(["./news/", "single.txt", "rows.jsonl", "rows.csv"])
    ids = [i.id for i in found.items]
    assert ids == ["news/a.txt", "news/2026/b.md", "single.txt", "wire-7", "rows.jsonl:3", "42",
                   "c-1", "rows.csv:3"]
    items = by_id(found)
    assert items["news/a.txt"].sha256 == article_sha256(make_article(1))
    assert items["rows.jsonl:3"].source == "rows.jsonl:3"
    assert items["wire-7"].source == "rows.jsonl:1"
    assert '"quoted"' in items["rows.csv:3"].text  # a quoted CSV field spanning lines

    # Same call, same ids; a source field and other globs are options.
    again = discover(["news", "single.txt", "rows.jsonl", "rows.csv"], globs=("*.html",),
                     fields=Fields(source="url"))
    assert [i.id for i in again.items][:1] == ["news/page.html"]
    assert by_id(again)["wire-7"].source == "https://example.invalid/7"
    assert "Not picked by default." in by_id(again)["news/page.html"].text


def test_a_malformed_jsonl_line_is_an_error_item_with_its_line_number_and_the_rest_is_read(tmp_path):
    path = tmp_path / "export.jsonl"
    path.write_text("\n".join([
        json.dumps({"id": "ok-1", "text": make_article(1)}),
        '{"id": "broken", "text": "unterminated',
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "no-text"}),
        json.dumps({"id": "ok-2", "text": make_article(2)}),
    ]) + "\n")
    found = discover([str(path)])
    items = by_id(found)
    where = str(path)
    assert items["ok-1"].error is None and items["ok-2"].error is None
    assert items[f"{where}:2"].error.startswith("line 2: not valid JSON")
    assert items[f"{where}:3"].error == "line 3: not a JSON object"
    assert items["no-text"].error == "line 4: the text field 'text' is missing"
    assert any("line 2: not valid JSON" in w for w in found.warnings)


def test_a_wrong_text_field_or_column_is_refused_before_anything_runs(tmp_path):
    (tmp_path / "a.jsonl").write_text(json.dumps({"id": 1, "body": make_article(1)}) + "\n")
    with pytest.raises(InputError, match="no line has a text field 'text'"):
        discover([str(tmp_path / "a.jsonl")])
    assert discover([str(tmp_path / "a.jsonl")], fields=Fields(text="body")).items[0].id == "1"
    (tmp_path / "a.csv").write_text("id,body\n1,x\n")
    with pytest.raises(InputError, match="no column 'text' \\(columns: id, body\\)"):
        discover([str(tmp_path / "a.csv")])
    with pytest.raises(InputError, match="no such file or folder"):
        discover([str(tmp_path / "missing")])


def test_duplicates_same_text_kept_once_other_text_renamed(tmp_path):
    (tmp_path / "a.jsonl").write_text("\n".join(json.dumps(r) for r in [
        {"id": "x", "text": make_article(1)},
        {"id": "x", "text": make_article(1)},  # the same article twice: one article
        {"id": "x", "text": make_article(2)},  # another article under the same id
        {"id": "y", "text": make_article(1)},  # the same text under another id: its own line
    ]) + "\n")
    found = discover([str(tmp_path / "a.jsonl")])
    assert [i.id for i in found.items] == ["x", "x#2", "y"]
    assert found.duplicates == 1
    assert any("'x' names two different articles" in w and "'x#2'" in w for w in found.warnings)
    # A file given twice (on its own and inside its folder) is one article.
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "a.txt").write_text(make_article(3))
    found = discover([str(tmp_path / "d"), str(tmp_path / "d" / "a.txt")])
    assert len(found.items) == 1 and found.duplicates == 1


def test_unreadable_files_become_error_items(tmp_path):
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "empty.txt").write_text("   \n")
    (tmp_path / "d" / "binary.txt").write_bytes(b"\x7fELF\x00\x01" * 10)
    (tmp_path / "d" / "fine.txt").write_text(make_article(1))
    items = by_id(discover([str(tmp_path / "d")]))
    d = str(tmp_path / "d")
    assert "is empty" in items[f"{d}/empty.txt"].error
    assert "looks binary" in items[f"{d}/binary.txt"].error
    assert items[f"{d}/fine.txt"].error is None


def test_the_output_file_is_never_an_input(tmp_path):
    (tmp_path / "a.txt").write_text(make_article(1))
    (tmp_path / "out.jsonl").write_text("")
    found = discover([str(tmp_path)], globs=("*",), exclude=(tmp_path / "out.jsonl",))
    assert [i.id.rsplit("/", 1)[-1] for i in found.items] == ["a.txt"]
