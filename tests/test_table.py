"""Records as table rows (summarizer.render.table): the values, the verified
flags that keep an unverified value marked, the lowest/highest figures, the
documented columns (docs/export.md), pandas, and the record's HTML view."""

from __future__ import annotations

import copy
import html
import re
import sys

import pytest
from conftest import DATA, ROOT
from support.drafts import GOOD
from support.records import UNVERIFIED, make_record

from summarizer.core.errors import ConfigError
from summarizer.render.page import render_article_page
from summarizer.render.table import CASUALTY_COLUMNS, INCIDENT_COLUMNS, table_columns

ARTICLE = (DATA / "kordavia-convoy.txt").read_text(encoding="utf-8")


@pytest.fixture
def record():
    return make_record(ARTICLE)


def test_an_incident_row_holds_every_field_flattened(record):
    first, second = record.to_rows()
    assert first == {
        "id": "tests/data/kordavia-convoy.txt", "source": "tests/data/kordavia-convoy.txt", "incident": 1,
        "summary": first["summary"], "summary_verified": True,
        "event_type": "armed attack", "event_type_verified": True,
        "date_text": "on Sunday", "date_iso": "2026-03-08", "date_verified": True,
        "place": "Tessaret", "admin_area": "Varn province", "country": "Kordavia", "location_verified": True,
        "perpetrators": "gunmen", "perpetrators_verified": True,
        "targets": "army convoy", "targets_verified": True,
        "killed_min": 14, "killed_max": 19, "killed_verified": True,
        "injured_min": 6, "injured_max": 6, "injured_verified": True,
        "captured_min": None, "captured_max": None, "captured_verified": None,
        "missing_min": None, "missing_max": None, "missing_verified": None,
        "verified": True, "unverified_fields": 0,
    }
    assert first["summary"].startswith("Gunmen ambushed an army convoy")
    # No perpetrator, no country: empty cells, not empty strings or False.
    assert (second["incident"], second["perpetrators"], second["perpetrators_verified"], second["country"]) == \
        (2, None, None, None)
    assert list(first) == list(INCIDENT_COLUMNS)


def test_a_casualty_row_per_figure_with_its_citations(record):
    rows = record.to_rows("casualty", id="wire-7")
    assert [(r["incident"], r["figure"], r["category"], r["count"], r["qualifier"]) for r in rows] == [
        (1, 1, "killed", 14, "at least"), (1, 2, "killed", 19, "exact"),
        (1, 3, "injured", 6, "exact"), (2, 1, "killed", 3, "exact")]
    second = rows[1]
    assert second["id"] == "wire-7" and second["reported_by"] == "a local official" and second["who"] == "soldiers"
    assert second["sentences"] == "2" and second["cited_text"].startswith("A local official, who asked")
    assert second["verified"] is True and second["problems"] is None
    assert all(list(r) == list(CASUALTY_COLUMNS) for r in rows)


def test_an_unverified_value_stays_marked_in_the_table(record):
    marked = make_record(ARTICLE, problems=UNVERIFIED)  # the official's 19 killed fails
    row = marked.to_rows()[0]
    assert (row["killed_min"], row["killed_max"], row["killed_verified"]) == (14, 19, False)
    assert row["injured_verified"] is True and row["date_verified"] is True
    assert row["verified"] is False and row["unverified_fields"] == 1
    figure = marked.to_rows("casualty")[1]
    assert figure["verified"] is False and "does not appear in sentence 2" in figure["problems"]


def test_figures_for_other_victims_add_up_and_alternatives_do_not():
    draft = copy.deepcopy(GOOD)
    draft["incidents"][0]["casualties"].append(
        {"category": "killed", "count": 3, "qualifier": "exact", "who": "civilians", "sentences": [1]})
    row = make_record(ARTICLE, draft).to_rows()[0]
    assert (row["killed_min"], row["killed_max"]) == (14 + 3, 19 + 3)


def test_a_record_without_incidents_has_no_rows_and_levels_are_checked():
    empty = make_record(ARTICLE, {"incidents": []})
    assert empty.to_rows() == [] and empty.to_rows("casualty") == []
    with pytest.raises(ValueError, match="unknown table level 'event'"):
        empty.to_rows("event")
    assert table_columns("incident") is INCIDENT_COLUMNS


def _documented(level_heading: str) -> list[tuple[str, str]]:
    """(column, type) rows of the table under `level_heading` in docs/export.md."""
    text = (ROOT / "docs" / "export.md").read_text(encoding="utf-8")
    section = text.split(f"### {level_heading}\n", 1)[1].split("\n## ", 1)[0].split("\n### ", 1)[0]
    return re.findall(r"^\| `([a-z_]+)` \| ([a-z/]+) \|", section, flags=re.M)


@pytest.mark.parametrize("heading, level", [("Incident table", "incident"), ("Casualty table", "casualty")])
def test_the_documented_columns_are_the_columns(record, heading, level):
    documented = _documented(heading)
    names = {int: "integer", str: "text", bool: "true/false"}
    assert documented == [(name, names[kind]) for name, kind in table_columns(level).items()]
    rows = record.to_rows(level)
    assert rows and all(list(row) == [name for name, _ in documented] for row in rows)
    for row in rows:  # every cell is of its documented type, or empty
        for name, kind in table_columns(level).items():
            assert row[name] is None or type(row[name]) is kind, name


def test_to_frame_keeps_types_and_empty_cells(record):
    pandas = pytest.importorskip("pandas", reason="pandas is not installed (it is in the [test] extra)")
    frame = record.to_frame()
    assert list(frame.columns) == list(INCIDENT_COLUMNS) and len(frame) == 2
    assert str(frame["killed_max"].dtype) == "Int64" and str(frame["verified"].dtype) == "boolean"
    assert frame["killed_max"].tolist() == [19, 3]
    assert frame["captured_min"].isna().all() and pandas.isna(frame.loc[1, "perpetrators"])
    figures = make_record(ARTICLE, {"incidents": []}).to_frame("casualty")
    assert list(figures.columns) == list(CASUALTY_COLUMNS) and len(figures) == 0


def test_to_frame_without_pandas_says_what_to_install(record, monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)  # import pandas now raises ImportError
    with pytest.raises(ConfigError, match=r"to_frame\(\) needs pandas, which is not installed: pip install pandas"):
        record.to_frame()


def test_a_record_shows_itself_in_a_notebook_as_its_review_page_in_a_frame(record):
    shown = record._repr_html_()
    # The page in a sandboxed frame: its stylesheet cannot restyle the notebook,
    # its script runs cut off from it.
    match = re.fullmatch(r'<iframe srcdoc="([^"]*)" sandbox="allow-scripts" [^>]*></iframe>', shown)
    assert match, shown[:200]
    assert html.unescape(match.group(1)) == render_article_page(record, None)
    assert "<script" not in shown.replace(match.group(1), "")  # nothing outside the frame runs
