"""`summarizer export` (docs/export.md): a batch output file as CSV, Parquet or
Excel, each read back; error records skipped and counted; bad input refused in
one line; files written atomically."""

from __future__ import annotations

import csv
import io
import json
import sys
import zipfile
from pathlib import Path

import pytest
from conftest import DATA
from support.batch import read_lines, write_articles
from support.records import UNVERIFIED, make_record

from summarizer.batch.output import to_json_line
from summarizer.cli import main
from summarizer.render.table import CASUALTY_COLUMNS, INCIDENT_COLUMNS

ARTICLE = (DATA / "kordavia-convoy.txt").read_text(encoding="utf-8")
HOSTILE_NAME = '=HYPERLINK("http://evil.example","click")'


def ok_line(item_id: str, record) -> dict:
    return {"id": item_id, "content_sha256": record.article.sha256, "source": record.article.source,
            "status": "ok", "record": record.model_dump(mode="json")}


def error_line(item_id: str, cls: str) -> dict:
    return {"id": item_id, "content_sha256": "0" * 64, "source": item_id, "status": "error",
            "error": {"class": cls, "message": "it failed"}}


@pytest.fixture
def results(tmp_path):
    """A batch output: two records (the second with an unverified figure and a
    perpetrator whose name is a spreadsheet formula), two error records."""
    hostile = make_record(ARTICLE, problems=UNVERIFIED, source="wire/2.txt")
    hostile.incidents[0].perpetrators[0].name = HOSTILE_NAME
    lines = [ok_line("wire-1", make_record(ARTICLE)), error_line("wire-3", "ProviderError"),
             ok_line("wire-2", hostile), error_line("wire-4", "InputError")]
    path = tmp_path / "results.jsonl"
    path.write_bytes(b"".join(to_json_line(line) for line in lines))
    return path


def export(*args) -> int:
    return main(["export", *map(str, args)])


def read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def test_csv_has_a_row_per_incident_and_error_records_are_counted(results, tmp_path, capsys):
    out = tmp_path / "incidents.csv"
    assert export(results, "--to", "csv", "--out", out) == 0
    err = capsys.readouterr().err
    assert "skipped 2 error record(s) (ProviderError: 1, InputError: 1)" in err
    assert f"wrote 4 incident row(s) from 2 record(s) to {out}" in err
    with open(out, newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        rows = list(reader)
    assert reader.fieldnames == list(INCIDENT_COLUMNS)
    assert [(r["id"], r["incident"]) for r in rows] == [("wire-1", "1"), ("wire-1", "2"), ("wire-2", "1"),
                                                        ("wire-2", "2")]
    assert rows[0]["killed_min"] == "14" and rows[0]["killed_verified"] == "true"
    assert rows[2]["killed_verified"] == "false" and rows[2]["unverified_fields"] == "1"
    assert rows[1]["perpetrators"] == "" and rows[1]["perpetrators_verified"] == ""  # no value, not false
    assert rows[2]["perpetrators"] == HOSTILE_NAME  # CSV writes cells as they are (docs/export.md)
    assert not out.read_bytes().startswith(b"\xef\xbb\xbf")


def test_casualty_level_on_stdout(results, capsys):
    assert export(results, "--level", "casualty", "-q") == 0
    captured = capsys.readouterr()
    rows = list(csv.DictReader(io.StringIO(captured.out)))
    assert len(rows) == 8 and list(rows[0]) == list(CASUALTY_COLUMNS)
    assert rows[5]["problems"].startswith("count 19 does not appear") and rows[5]["verified"] == "false"
    assert "wrote" not in captured.err and "skipped 2 error record(s)" in captured.err  # -q keeps warnings


def test_parquet_keeps_types_and_empty_cells(results, tmp_path):
    parquet = pytest.importorskip("pyarrow.parquet", reason="pyarrow is not installed (the [export] extra)")
    out = tmp_path / "incidents.parquet"
    assert export(results, "--out", out, "-q") == 0  # the format from the suffix
    table = parquet.read_table(out)
    assert table.column_names == list(INCIDENT_COLUMNS)
    assert str(table.schema.field("killed_max").type) == "int64"
    assert str(table.schema.field("captured_min").type) == "int64"  # typed though empty in every row
    assert str(table.schema.field("verified").type) == "bool"
    rows = table.to_pylist()
    assert rows == [row for item_id in ("wire-1", "wire-2") for row in _rows(results, item_id)]


def _rows(results, item_id, level="incident"):
    from summarizer.core.schema import SummaryRecord

    line = next(x for x in read_lines(results) if x["id"] == item_id)
    return SummaryRecord.model_validate(line["record"]).to_rows(level, id=item_id)


def test_xlsx_stores_text_as_text_never_as_a_formula(results, tmp_path):
    openpyxl = pytest.importorskip("openpyxl", reason="openpyxl is not installed (the [export] extra)")
    out = tmp_path / "figures.xlsx"
    assert export(results, "--level", "casualty", "--out", out, "-q") == 0
    sheet = openpyxl.load_workbook(out)["casualties"]
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values[0] == list(CASUALTY_COLUMNS) and len(values) == 9
    assert values[1][CASUALTY_COLUMNS_INDEX["count"]] == 14
    assert values[6][CASUALTY_COLUMNS_INDEX["verified"]] is False
    out = tmp_path / "incidents.xlsx"
    assert export(results, "--to", "xlsx", "--out", out, "-q") == 0
    book = openpyxl.load_workbook(out)
    cell = book["incidents"].cell(row=4, column=list(INCIDENT_COLUMNS).index("perpetrators") + 1)
    assert cell.value == HOSTILE_NAME and cell.data_type == "s"
    sheet_xml = zipfile.ZipFile(out).read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet_xml and "<f " not in sheet_xml  # no formula anywhere


CASUALTY_COLUMNS_INDEX = {name: n for n, name in enumerate(CASUALTY_COLUMNS)}


def test_xlsx_takes_control_characters_and_overlong_cells(tmp_path, capsys):
    openpyxl = pytest.importorskip("openpyxl", reason="openpyxl is not installed (the [export] extra)")
    record = make_record(ARTICLE)
    record.incidents[0].summary.value = "bell\x07 and " + "x" * 40_000
    path = tmp_path / "results.jsonl"
    path.write_bytes(to_json_line(ok_line("a", record)))
    assert export(path, "--out", tmp_path / "t.xlsx", "-q") == 0
    assert "1 cell(s) longer than Excel's 32,767 characters were cut short" in capsys.readouterr().err
    summary = openpyxl.load_workbook(tmp_path / "t.xlsx")["incidents"]["D2"].value
    assert summary.startswith("bell\ufffd and xxx") and len(summary) == 32_767 and summary.endswith("\u2026")


def test_a_missing_writer_is_one_line_and_exit_3(results, tmp_path, capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    monkeypatch.setitem(sys.modules, "openpyxl", None)
    for fmt in ("parquet", "xlsx"):
        assert export(results, "--to", fmt, "--out", tmp_path / f"t.{fmt}") == 3
        err = capsys.readouterr().err.strip().splitlines()
        assert err[-1] == (f"summarizer: error: --to {fmt} needs {'pyarrow' if fmt == 'parquet' else 'openpyxl'}, "
                           "which is not installed: pip install 'summarizer[export]'")
        assert not (tmp_path / f"t.{fmt}").exists()


@pytest.mark.parametrize("content, message", [
    (None, "no such file: {path}"),
    (b"id,text\n1,hello\n", "{path}: line 1 is not JSON; export reads the file `summarizer batch --out` writes"),
    (b'{"id": "a", "status": "ok", "record": {}}\n', "{path}: line 1: the record does not match this version"),
    (b'{"id": "a", "status": "error", "error": {}}\n{"text": "an input file"}\n',
     '{path}: line 2 is not a batch output line (an object with "id" and "status")'),
])
def test_bad_input_is_one_line_and_exit_4(tmp_path, capsys, content, message):
    path = tmp_path / "in.jsonl"
    if content is not None:
        path.write_bytes(content)
    assert export(path, "--out", tmp_path / "t.csv") == 4
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("summarizer: error: " + message.format(path=path))
    assert "Traceback" not in err and not (tmp_path / "t.csv").exists()


def test_usage_errors_exit_2(results, tmp_path, capsys):
    assert export(results, "--out", tmp_path / "t.txt") == 2
    assert "cannot tell the format from" in capsys.readouterr().err
    assert export(results, "--to", "parquet") == 2
    assert "--to parquet writes a binary file: give --out FILE" in capsys.readouterr().err
    assert export(results, "--out", tmp_path) == 2
    assert "is a folder" in capsys.readouterr().err


def test_a_torn_last_line_is_skipped_and_the_last_line_of_an_id_counts(results, tmp_path, capsys):
    later = make_record(ARTICLE, {"incidents": []}, source="wire/1-again.txt")
    with open(results, "ab") as f:
        f.write(to_json_line(ok_line("wire-1", later)))  # wire-1 again, later: it replaces the first
        f.write(b'{"id": "wire-9", "status": "ok", "rec')  # a batch still writing
    assert export(results, "--to", "csv", "--out", tmp_path / "t.csv") == 0
    err = capsys.readouterr().err
    assert "the last line is cut short" in err and "1 earlier line(s) for an id given again later" in err
    assert "1 of them with no incident" in err
    assert {r["id"] for r in read_csv(tmp_path / "t.csv")} == {"wire-2"}


def test_a_failed_write_leaves_the_old_file_whole(results, tmp_path, monkeypatch):
    pytest.importorskip("pyarrow.parquet", reason="pyarrow is not installed (the [export] extra)")
    import pyarrow.parquet

    out = tmp_path / "t.parquet"
    out.write_bytes(b"the old table")

    def broken(table, where, **kw):
        Path(where).write_bytes(b"half a tab")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pyarrow.parquet, "write_table", broken)
    assert export(results, "--out", out) == 3
    assert out.read_bytes() == b"the old table" and [p.name for p in tmp_path.iterdir() if ".tmp" in p.name] == []


def test_what_batch_writes_export_reads(batch_env, tmp_path, capsys):
    write_articles(tmp_path / "in", 3)
    (tmp_path / "in" / "empty.txt").write_text("")
    assert main(["batch", str(tmp_path / "in"), "--out", str(tmp_path / "out.jsonl"), "-q"]) == 9
    assert export(tmp_path / "out.jsonl", "--out", tmp_path / "t.csv") == 0
    err = capsys.readouterr().err
    assert "skipped 1 error record(s) (InputError: 1)" in err
    rows = read_csv(tmp_path / "t.csv")
    ids = [line["id"] for line in read_lines(tmp_path / "out.jsonl") if line["status"] == "ok"]
    assert [r["id"] for r in rows] == ids and len(ids) == 3
    assert all(r["verified"] == "true" for r in rows)
    assert json.loads(json.dumps(rows))  # plain strings throughout
