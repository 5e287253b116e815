"""`--format markdown`: snapshot of the sample article's record, escaping of
untrusted text, and the CLI wiring.

Snapshots live in tests/snapshots/; after an intended change, rewrite them with
    UPDATE_SNAPSHOTS=1 python -m pytest tests/test_report_markdown.py
and review the diff.
"""

from __future__ import annotations

import copy
import os
from pathlib import Path

import pytest
from conftest import DATA
from support.drafts import GOOD, good
from support.records import UNVERIFIED, make_record

from summarizer.cli import main
from summarizer.render.markdown import md, to_markdown

SNAPSHOTS = Path(__file__).resolve().parent / "snapshots"
UPDATE = os.environ.get("UPDATE_SNAPSHOTS", "") not in ("", "0")  # read at import: conftest clears SUMMARIZER_*


def check_snapshot(name: str, text: str) -> None:
    path = SNAPSHOTS / name
    if UPDATE or not path.exists():
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
        if not UPDATE:
            pytest.fail(f"wrote the missing snapshot {path}; review it and run again")
    assert text == path.read_text(encoding="utf-8"), (
        f"{name} changed; if intended: UPDATE_SNAPSHOTS=1 python -m pytest {__file__}")


def test_snapshot_of_the_sample_article(article):
    check_snapshot("kordavia-convoy.md", to_markdown(make_record(article, problems=UNVERIFIED)))


def test_snapshot_of_an_article_without_incidents():
    text = (DATA / "no-incident.txt").read_text(encoding="utf-8")
    record = make_record(text, {"incidents": []}, source="tests/data/no-incident.txt", cached=True)
    check_snapshot("no-incident.md", to_markdown(record))


def test_each_field_cites_its_sentences_and_the_sentences_are_quoted(article):
    out = to_markdown(make_record(article, problems=UNVERIFIED))
    assert "| Killed | at least 14 soldiers (per the army) | 1 |" in out
    assert "19 soldiers (per a local official) \u26a0\ufe0f **unverified**: count 19 does not appear" in out
    assert "Killed figures differ by source: at least 14 soldiers (per the army, sentence 1) vs " \
           "19 soldiers **unverified** (per a local official, sentence 2)" in out  # marked there too
    assert "> **[2]** A local official, who asked not to be named, said 19 soldiers died" in out
    assert "> **[3]**" not in out  # only cited sentences are quoted
    assert "1 field unverified" in out


def test_untrusted_text_cannot_break_out_of_its_cell(article):
    pytest.importorskip("markdown_it")  # comes with rich
    from markdown_it import MarkdownIt

    draft = copy.deepcopy(GOOD)
    inc = draft["incidents"][0]
    inc["summary"] = "Gunmen <script>alert(1)</script> *struck* [here](javascript:alert(2))"
    inc["perpetrators"][0]["name"] = "gun|men\n| x | y |\n<img src=x onerror=alert(3)>"
    inc["casualties"][0]["reported_by"] = "the `army` & ![i](http://example.invalid/x.png)"
    out = to_markdown(make_record(article, draft))
    table_rows = [line for line in out.splitlines() if line.startswith("| Perpetrator")]
    assert len(table_rows) == 1
    rendered = MarkdownIt("commonmark").enable("table").render(out)
    assert "<script" not in rendered and "<img" not in rendered and "<a " not in rendered
    assert "<em>struck</em>" not in rendered and "*struck*" in rendered
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in rendered
    perp_row = rendered.split("<td>Perpetrator</td>")[1].split("</tr>")[0]
    assert perp_row.count("<td>") == 2  # value and sentences: the pipes stayed text
    assert "gun|men | x | y | &lt;img src=x onerror=alert(3)&gt;" in perp_row


def test_md_escapes_every_markup_character():
    assert md("a*b_c`d[e]f<g>h|i~j&k\\l") == "a\\*b\\_c\\`d\\[e\\]f\\<g\\>h\\|i\\~j\\&k\\\\l"
    assert md("two\nlines\t and  spaces") == "two lines and spaces"


@pytest.fixture
def endpoint_env(fake_env):
    return fake_env


def test_cli_format_markdown(endpoint_env, capsys):
    endpoint_env.add(good())
    assert main(["summarize", str(DATA / "kordavia-convoy.txt"), "--format", "markdown", "-q"]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert out.startswith("### ") and "kordavia-convoy.txt: 2 incidents, all fields verified" in out
    assert "| Date | on Sunday (2026-03-08) | 1 |" in out
    assert "_model fake-model \u00b7 prompt " in out
