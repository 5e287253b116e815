"""`summarizer batch --html-dir DIR` (summarizer/batch/html_pages.py), in process
against the fake model server: a page per article, an index with one row per
line of the output (error records included), links that resolve, article text
escaped, resumed runs covered, stable collision-free page names."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote

from support.batch import (
    answer_for,
    article_of,
    make_article,
    read_lines,
    write_articles,
)
from support.fake_openai import Reply
from support.staged import articles_asked

from summarizer.batch.html_pages import page_name
from summarizer.cli import main

HOSTILE = ("TESSARET, Kordavia, May 3, 2026 (Kestrel Wire) - Gunmen fired on a checkpoint "
           "<script>alert(1)</script> near <img src=x onerror=\"alert(2)\"> Tessaret & Oskel on Monday. "
           "Officials logged it as case 4242.")


def run(*args):
    return main(["batch", *map(str, args)])


class Page(HTMLParser):
    """Links, index rows (cells' text, row class, link), sentence spans' text."""

    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.rows: list[dict] = []
        self.sentences: list[str] = []
        self._in_tbody = False
        self._cell: list[str] | None = None
        self._sent = 0
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a" and attrs.get("href"):
            self.links.append(attrs["href"])
            if self.rows and self._in_tbody:
                self.rows[-1].setdefault("href", attrs["href"])
        if tag == "tbody":
            self._in_tbody = True
        elif tag == "tr" and self._in_tbody:
            self.rows.append({"class": attrs.get("class") or "", "cells": []})
        elif tag == "td" and self._in_tbody:
            self._cell = []
        elif tag == "span" and "sent" in (attrs.get("class") or "").split():
            self._sent = 1
            self.sentences.append("")
        elif tag == "span" and self._sent:
            self._sent += 1

    def handle_endtag(self, tag):
        if tag == "tbody":
            self._in_tbody = False
        elif tag == "td" and self._cell is not None:
            self.rows[-1]["cells"].append("".join(self._cell))
            self._cell = None
        elif tag == "span" and self._sent:
            self._sent -= 1

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)
        if self._sent:
            self.sentences[-1] += data


def said(capsys) -> str:
    """stderr with rich's line wrapping undone."""
    return " ".join(capsys.readouterr().err.split())


def parse(path: Path) -> Page:
    text = path.read_text(encoding="utf-8")
    text.encode("ascii")  # the pages are pure ASCII
    return Page(text)


def local_targets(page: Page, folder: Path) -> list[Path]:
    """The files the page's relative links point at (in-page anchors left out)."""
    return [folder / unquote(h.split("#")[0]) for h in page.links if not h.startswith("#")]


def test_pages_and_index_cover_every_article_and_error_records(batch_env, tmp_path, capsys):
    write_articles(tmp_path / "in", 3)
    jsonl = tmp_path / "wire.jsonl"
    jsonl.write_text(json.dumps({"id": "Wire/7 <b>", "text": HOSTILE}) + "\n"
                     + json.dumps({"id": "wire-8", "text": make_article(8)}) + "\n"
                     + "{not json\n", encoding="utf-8")

    def responder(request):
        if "case 1001" in article_of(request):
            return Reply(content="no JSON here", prompt_tokens=10, completion_tokens=5)
        return answer_for(request)

    batch_env.responder = responder
    out, html_dir = tmp_path / "out.jsonl", tmp_path / "html"
    assert run(tmp_path / "in", jsonl, "--out", out, "--html-dir", html_dir) == 9
    assert "HTML: 4 page(s)" in said(capsys)
    lines = {x["id"]: x for x in read_lines(out)}
    assert len(lines) == 6

    index = parse(html_dir / "index.html")
    rows = {r["cells"][0]: r for r in index.rows}
    assert sorted(rows) == sorted(lines)  # one row per article, error rows included
    errors = {i for i, x in lines.items() if x["status"] == "error"}
    assert len(errors) == 2  # the model's non-answer and the broken JSONL line
    for article_id, row in rows.items():
        if article_id in errors:
            assert "failed" in row["class"] and "href" not in row
            assert lines[article_id]["error"]["class"] in row["cells"][2]
        else:
            assert row["href"] == page_name(article_id)
            kind = lines[article_id]["record"]["incidents"][0]["event_type"]["value"]
            assert row["cells"][1] == "1" and row["cells"][2] == kind
    assert "VerificationError: " in rows[f"{tmp_path}/in/a0001.txt"]["cells"][2]
    # Every link resolves; nothing else (no temp file) is in the folder.
    targets = local_targets(index, html_dir)
    assert len(targets) == 4 and all(t.is_file() for t in targets)
    assert sorted(p.name for p in html_dir.iterdir()) == sorted({"index.html", *(t.name for t in targets)})

    # The article page shows the article text, escaped, and links back to the index.
    raw = (html_dir / page_name("Wire/7 <b>")).read_text(encoding="utf-8")
    assert "<script>alert" not in raw and "<img" not in raw and "<b>" not in raw
    page = Page(raw)
    assert "".join(page.sentences).startswith("TESSARET, Kordavia")
    assert "<script>alert(1)</script>" in page.sentences[0] and '<img src=x onerror="alert(2)">' in page.sentences[0]
    assert "not supplied" not in raw  # the full text, not only the cited sentences
    assert local_targets(page, html_dir) == [html_dir / "index.html"]


def test_a_resumed_run_covers_articles_done_earlier_and_drops_pages_of_new_errors(batch_env, tmp_path, capsys):
    write_articles(tmp_path / "in", 3)
    out, html_dir = tmp_path / "out.jsonl", tmp_path / "html"
    assert run(tmp_path / "in", "--out", out, "-q") == 0  # no pages asked for
    assert not html_dir.exists()
    write_articles(tmp_path / "in", 2, start=3)
    assert run(tmp_path / "in", "--out", out, "-q", "--html-dir", html_dir) == 0
    assert articles_asked(batch_env.requests) == 5  # nothing redone for the pages
    index = parse(html_dir / "index.html")
    assert [r["cells"][0].rsplit("/", 1)[-1] for r in index.rows] == [f"a{n:04d}.txt" for n in range(5)]
    for target in local_targets(index, html_dir):
        page = parse(target)
        assert page.sentences and "Kestrel Wire" in page.sentences[0]  # texts of earlier runs found too
    assert capsys.readouterr().err == ""  # -q: quiet

    # An article edited so that its redo fails: the old page goes, the index lists the error.
    edited_id = f"{tmp_path}/in/a0002.txt"
    old_page = html_dir / page_name(edited_id)
    assert old_page.is_file()
    (tmp_path / "in" / "a0002.txt").write_text(make_article(77), encoding="utf-8")
    batch_env.responder = lambda request: Reply(status=500)
    assert run(tmp_path / "in", "--out", out, "-q", "--html-dir", html_dir) == 9
    assert not old_page.exists()
    rows = {r["cells"][0]: r for r in parse(html_dir / "index.html").rows}
    assert "ProviderError" in rows[edited_id]["cells"][2] and len(rows) == 5


def test_an_article_no_longer_in_the_inputs_gets_a_page_with_its_cited_sentences(batch_env, tmp_path, capsys):
    write_articles(tmp_path / "in", 2)
    out, html_dir = tmp_path / "out.jsonl", tmp_path / "html"
    assert run(tmp_path / "in", "--out", out, "-q") == 0
    (tmp_path / "in" / "a0000.txt").unlink()
    assert run(tmp_path / "in", "--out", out, "--html-dir", html_dir) == 0
    assert "1 page(s) show only the cited sentences" in said(capsys)
    index = parse(html_dir / "index.html")
    assert len(index.rows) == 2 and all(t.is_file() for t in local_targets(index, html_dir))
    gone = (html_dir / page_name(f"{tmp_path}/in/a0000.txt")).read_text(encoding="utf-8")
    assert "only the cited sentences are shown" in gone
    assert len(Page(gone).sentences) == 1  # sentence 1, the one the record cites
    kept = (html_dir / page_name(f"{tmp_path}/in/a0001.txt")).read_text(encoding="utf-8")
    assert "only the cited sentences" not in kept and len(Page(kept).sentences) == 3


def test_a_file_as_html_dir_stops_before_any_model_call(batch_env, tmp_path):
    write_articles(tmp_path / "in", 1)
    (tmp_path / "taken").write_text("x")
    assert run(tmp_path / "in", "--out", tmp_path / "out.jsonl", "-q", "--html-dir", tmp_path / "taken") == 3
    assert batch_env.requests == []


def test_html_dir_inside_an_input_folder_with_a_glob_matching_html_warns(batch_env, tmp_path, capsys):
    write_articles(tmp_path / "in", 1)
    assert run(tmp_path / "in", "--glob", "*", "--out", tmp_path / "out.jsonl", "-q",
               "--html-dir", tmp_path / "in" / "html") == 0
    assert "the next run would read the pages as articles" in said(capsys)


def test_page_names_are_safe_stable_and_collision_free():
    ids = ["wire-8", "Wire-8", "wire_8", "wire 8", "wire/8", "wire:8", "WIRE-8", "news/a.txt", "news_a.txt",
           "index", "INDEX", "index.html", "con", "..", ".", "", "a.txt#2", "a.txt", "-x", "x.",
           "\u00e9t\u00e9", "\u4e2d\u6587", "x" * 300, "x" * 301, "a" * 80,
           "wire-8-0123456789", page_name("wire/8")[:-5]]
    names = [page_name(i) for i in ids]
    assert len(set(n.lower() for n in names)) == len(ids)  # even on a case-insensitive file system
    assert names == [page_name(i) for i in ids]  # stable: a function of the id alone
    for n in names:
        assert re.fullmatch(r"[a-z0-9][a-z0-9._-]*\.html", n) and len(n) <= 100, n
        assert n != "index.html"
    assert page_name("wire-8") == "wire-8.html" and page_name("a.txt") == "a.txt.html"  # clean ids kept as they are
    assert page_name("news/a.txt").startswith("news_a.txt-")
