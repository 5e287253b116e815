"""The HTML review pages (summarizer.render.page).

Two kinds of checks: structural ones with html.parser (always run), and DOM checks
in a real headless chromium (Debian's `chromium` package) driven over the DevTools
protocol on a pipe (tests/support/browser.py). The browser tests skip, saying why,
when no chromium is on PATH (or in $CHROMIUM_BIN); they save screenshots to
test-artifacts/.
"""

from __future__ import annotations

import base64
import copy
import hashlib
import re

from conftest import DATA
from support.browser import Tree, open_page
from support.drafts import GOOD, good
from support.records import UNVERIFIED, make_record

from summarizer.cli import main
from summarizer.read.segment import segment
from summarizer.render.case_page import render_case_page
from summarizer.render.fields import incident_fields
from summarizer.render.page import IndexEntry, render_article_page, render_index_page

HOSTILE = ('BREAKING <script>alert(1)</script> Gunmen attacked <img src=x onerror="window.__pwned=1"> '
           'a convoy near Tessaret, killing 5 soldiers, the army said.\n\n'
           'Witnesses said "</span></p><h1>injected</h1>" twice & left.')


# -- pure-Python structure ---------------------------------------------------------


def test_article_page_structure(article):
    record = make_record(article, problems=UNVERIFIED)
    page = render_article_page(record, article)
    tree = Tree(page)
    sentences = segment(article)
    spans = tree.find("span", "sent")
    assert [s["id"] for s in spans] == [f"s-{s.n}" for s in sentences]
    for s in sentences:  # the article is all there, sentence by sentence
        assert tree.text_by_id[f"s-{s.n}"] == s.text
    ids = [a["id"] for _, a in tree.elements if "id" in a]
    assert len(ids) == len(set(ids))
    # Without JS: every citation is a link to a sentence anchor that exists.
    targets = {a["href"] for a in tree.find("a") if a.get("href", "").startswith("#s-")}
    assert targets and all(t[1:] in ids for t in targets)
    fields = tree.data()["fields"]
    assert fields["i1-summary"]["cites"] == [1, 2]
    assert fields["i1-casualties-1"]["cites"] == [2]
    unverified = tree.find("div", "unverified")
    assert [u["id"] for u in unverified] == ["i1-casualties-1"]
    assert "count 19 does not appear in sentence 2" in tree.text_by_id["i1-casualties-1"]
    # Conflicting figures sit side by side, each with its source.
    assert "figures differ by source" in page and "per the army" in page and "per a local official" in page
    # Provenance footer.
    for needle in ("fake-model", "prompt-v1", "schema-v1", "912 in, 301 out", record.article.sha256[:12]):
        assert needle in page


def test_page_is_self_contained_ascii_and_its_csp_matches_the_inline_code(article):
    page = render_article_page(make_record(article), article)
    page.encode("ascii")  # any locale's stdout can write it
    tree = Tree(page)
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:|//)""", page)
    assert not tree.find("link") and not tree.find("img")
    csp = next(a["content"] for a in tree.find("meta") if a.get("http-equiv") == "Content-Security-Policy")
    assert "default-src 'none'" in csp
    for tag, attrs, text in tree.raw:
        if attrs.get("type") == "application/json":
            continue
        digest = base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in csp, f"inline {tag} is not allowed by the CSP"


def hostile_record():
    draft = copy.deepcopy(GOOD)
    inc = draft["incidents"][0]
    inc["summary"] = 'Attack </script><script>window.__pwned=2</script> "quoted" & more'
    inc["summary_sentences"] = [1]
    inc["perpetrators"][0]["name"] = '"><img src=x onerror="window.__pwned=3">'
    inc["casualties"] = [inc["casualties"][0]]
    inc["casualties"][0]["reported_by"] = "<b onmouseover=alert(4)>army</b>"
    draft["incidents"] = [inc]
    return make_record(HOSTILE, draft, source='<script>alert("source")</script>.txt')


def test_article_and_model_text_render_as_text():
    record = hostile_record()
    page = render_article_page(record, HOSTILE)
    tree = Tree(page)
    assert "<script>alert" not in page and "<img" not in page and "<b onmouseover" not in page
    assert "<h1>injected" not in page
    # Only our two scripts, and no element carries an event handler attribute.
    assert [a.get("type") for t, a in tree.elements if t == "script"] == ["application/json", None]
    assert not [a for _, a in tree.elements for k in a if k.startswith("on")]
    # The text survives, as text.
    assert "<script>alert(1)</script>" in tree.text_by_id["s-1"]
    assert '<img src=x onerror="window.__pwned=1">' in tree.text_by_id["s-1"]
    assert '"</span></p><h1>injected</h1>"' in tree.text_by_id["s-2"]
    assert "<script>window.__pwned=2</script>" in tree.text_by_id["i1-summary"]
    # The JSON block cannot close its script element; the labels round-trip intact.
    raw = next(text for _, a, text in tree.raw if a.get("id") == "report-data")
    assert "<" not in raw and ">" not in raw and "&" not in raw
    assert "</script><script>window.__pwned=2" in tree.data()["fields"]["i1-summary"]["label"]


def test_a_record_that_does_not_fit_the_article_says_so(article):
    record = make_record(article)
    assert 'class="banner"' not in render_article_page(record, article)
    edited = render_article_page(record, "Breaking: " + article)
    assert "not the one the record was made from" in edited and "citation(s) do not match" in edited
    only_cited = render_article_page(record, None)
    assert [s["id"] for s in Tree(only_cited).find("span", "sent")] == ["s-1", "s-2", "s-6"]
    assert "only the cited sentences are shown" in only_cited


def test_index_page_rows_and_link_safety(article):
    record = make_record(article, problems=UNVERIFIED)
    page = render_index_page([
        IndexEntry("kordavia", "pages/kordavia convoy.html", record),
        IndexEntry("<i>odd</i>", "javascript:alert(1)", None, error="model server <b>down</b>"),
    ])
    tree = Tree(page)
    hrefs = [a["href"] for a in tree.find("a")]
    assert hrefs == ["pages/kordavia%20convoy.html", "javascript%3Aalert%281%29"]
    rows = page.split("<tbody>")[1]
    assert "armed attack; bombing/explosion" in rows and "Tessaret; Oskel" in rows
    # killed: 14 or 19 in incident 1, plus 3; the 19 is unverified, and the cell says so in words
    assert '17&#8211;22 <span class="unv" title="not verified against the article">&#9888; unverified</span>' in rows
    assert rows.count("unverified</span>") == 1  # types and places are verified: no mark
    assert "&lt;i&gt;odd&lt;/i&gt;" in rows and "model server &lt;b&gt;down&lt;/b&gt;" in rows


def test_case_page_pairs_and_marks_misses(article):
    predicted = make_record(article, problems=UNVERIFIED)
    gold = copy.deepcopy(GOOD["incidents"])
    gold[0]["casualties"][1]["count"] = 20  # DraftIncident dicts: the gold-file shape
    page = render_case_page(predicted.model_dump(mode="json"), gold, article,
                            ["1.casualties[1]", "2", "free text about the case"],
                            pairs=[(1, 1), (0, 0)], case_id="kordavia")
    tree = Tree(page)
    fields = tree.data()["fields"]
    assert fields["g1-casualties-1"]["gold"] is True and fields["g1-casualties-1"]["cites"] == [2]
    assert fields["p1-casualties-1"]["gold"] is False
    missed_rows = page.split('<tr class="miss">')[1:]
    assert len(missed_rows) == 1 and missed_rows[0].startswith('<th scope="row">Killed</th>')
    assert "free text about the case" in page and "Gold 2 &#8596; Predicted 2" in page


def test_cli_format_html(fake_model, monkeypatch, tmp_path, capsys):
    monkeypatch.setenv("OPENAI_BASE_URL", fake_model.base_url)
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(tmp_path / "cache"))
    fake_model.add(good())
    assert main(["summarize", str(DATA / "kordavia-convoy.txt"), "--format", "html", "-q"]) == 0
    out, err = capsys.readouterr()
    assert err == "" and out.startswith("<!doctype html>")
    tree = Tree(out)
    assert len(tree.find("span", "sent")) == 6 and 'class="banner"' not in out  # record fits article


# -- in a real browser ------------------------------------------------------------

def test_hovering_and_clicking_a_field_highlights_its_cited_sentences(browser, tmp_path, article):
    record = make_record(article, problems=UNVERIFIED)
    tab = open_page(browser, tmp_path, render_article_page(record, article), "kordavia.html")
    assert tab.js("document.documentElement.classList.contains('js')")
    fields = tab.js("JSON.parse(document.getElementById('report-data').textContent).fields")
    assert len(fields) == sum(len(incident_fields(inc)) for inc in record.incidents)
    for fid, field in fields.items():
        tab.hover(f"#{fid}")
        assert tab.count(".sent.hl") == len(field["cites"]), fid
        assert tab.js("[...document.querySelectorAll('.sent.hl')].map(e => +e.dataset.n)") == field["cites"]
    tab.click("#i1-casualties-1")  # pinned: stays when the mouse leaves
    tab.mouse("mouseMoved", 5, 5)
    assert tab.js("[...document.querySelectorAll('.sent.hl')].map(e => e.id)") == ["s-2"]
    tab.key("Escape")
    assert tab.count(".sent.hl") == 0
    tab.click("#i1-summary")
    tab.mouse("mouseMoved", 5, 5)
    tab.js("window.scrollTo(0, 0)")
    tab.screenshot("review-page.png")
    assert tab.js("document.documentElement.scrollWidth <= innerWidth")  # no sideways scrolling
    assert tab.requests() == [tab.js("location.href")]  # nothing fetched but the page itself
    tab.close()


def test_clicking_a_sentence_lists_the_fields_that_cite_it(browser, tmp_path, article):
    record = make_record(article, problems=UNVERIFIED)
    tab = open_page(browser, tmp_path, render_article_page(record, article))
    citing = [fid for fid, f in tab.js("JSON.parse(document.getElementById('report-data').textContent)"
                                       ".fields").items() if 2 in f["cites"]]
    assert len(citing) == 3  # incident 1: the summary, and two casualty figures from sentence 2
    tab.click("#s-2")
    assert tab.js("document.getElementById('citedby').hidden") is False
    assert tab.js("document.querySelector('#citedby h3').textContent") == "Sentence 2 is cited by"
    labels = tab.js("[...document.querySelectorAll('#citedby li')].map(e => e.textContent)")
    assert len(labels) == len(citing)
    assert "Incident 1 \u00b7 Killed: 19 soldiers" in labels
    assert sorted(tab.js("[...document.querySelectorAll('.field.citing')].map(e => e.id)")) == sorted(citing)
    tab.click("#s-4")
    assert tab.js("document.querySelector('#citedby h3').textContent") == "Sentence 4 is not cited by any field"
    tab.key("Escape")
    assert tab.js("document.getElementById('citedby').hidden") is True
    tab.close()


def test_hostile_article_and_model_text_stay_inert_in_the_browser(browser, tmp_path):
    tab = open_page(browser, tmp_path, render_article_page(hostile_record(), HOSTILE))
    assert tab.js("window.__pwned === undefined")
    assert tab.js("document.images.length") == 0 and tab.count("script") == 2 and tab.count("h1") == 1
    assert "<script>alert(1)</script>" in tab.js("document.getElementById('s-1').textContent")
    assert "</script><script>window.__pwned=2</script>" in tab.js(
        "document.querySelector('#i1-summary .value').textContent")
    tab.hover("#i1-perpetrators-0")  # the script still works on hostile data
    assert tab.count(".sent.hl") == 1
    assert tab.js("window.__pwned === undefined")
    assert not [e for e in browser.events if e["method"] == "Page.javascriptDialogOpening"]
    tab.close()


def test_page_reads_without_javascript(browser, tmp_path, article):
    record = make_record(article, problems=UNVERIFIED)
    tab = open_page(browser, tmp_path, render_article_page(record, article), javascript=False)
    assert not tab.js("document.documentElement.classList.contains('js')")
    assert tab.js("getComputedStyle(document.querySelector('.nojs-only')).display") != "none"
    assert tab.js("getComputedStyle(document.querySelector('details.quotes')).display") != "none"
    tab.click("#i1-casualties-1 .cites a")  # a plain link to the sentence...
    assert tab.js("location.hash") == "#s-2"
    assert tab.js("getComputedStyle(document.getElementById('s-2')).backgroundColor") != "rgba(0, 0, 0, 0)"
    tab.screenshot("review-page-nojs.png")
    tab.close()


def test_index_page_sorts_by_column(browser, tmp_path, article):
    few = copy.deepcopy(GOOD)
    few["incidents"] = few["incidents"][1:]
    entries = [IndexEntry("b-two", "b.html", make_record(article)),
               IndexEntry("a-one", "a.html", make_record(article, few)),
               IndexEntry("c-failed", None, None, error="timed out")]
    tab = open_page(browser, tmp_path, render_index_page(entries), "index.html")
    order = "[...document.querySelectorAll('tbody tr td:first-child')].map(e => e.textContent)"
    assert tab.js(order) == ["b-two", "a-one", "c-failed"]
    tab.click("thead th:nth-child(5) button")  # Killed, ascending
    assert tab.js(order) == ["c-failed", "a-one", "b-two"]
    tab.click("thead th:nth-child(5) button")
    assert tab.js(order) == ["b-two", "a-one", "c-failed"]
    tab.click("thead th:nth-child(1) button")
    assert tab.js(order) == ["a-one", "b-two", "c-failed"]
    tab.screenshot("review-index.png")
    tab.close()


def test_case_page_highlights_gold_citations(browser, tmp_path, article):
    gold = copy.deepcopy(GOOD["incidents"])
    gold[0]["summary_sentences"] = [1]
    page = render_case_page(make_record(article, problems=UNVERIFIED), gold, article, ["1.killed"], case_id="k")
    tab = open_page(browser, tmp_path, page, "case.html")
    tab.hover("#g1-summary")
    assert tab.count(".sent.hl") == 1 and tab.count(".sent.hl-gold") == 1
    tab.hover("#p1-summary")
    assert tab.count(".sent.hl") == 2 and tab.count(".sent.hl-gold") == 0
    tab.js("window.scrollTo(0, 0)")
    tab.screenshot("review-case.png")
    tab.close()


def test_narrow_window_stacks_without_sideways_scrolling(browser, tmp_path, article):
    tab = open_page(browser, tmp_path, render_article_page(make_record(article), article), width=420, height=800)
    assert tab.js("document.documentElement.scrollWidth <= innerWidth")
    tab.hover("#i2-summary")  # the article is above the cards now: hovering must not scroll
    assert tab.count(".sent.hl") == 1 and tab.js("document.getElementById('s-6').getBoundingClientRect().top") < 0
    tab.click("#i2-summary")  # clicking does, to the first cited sentence, and keeps it lit
    assert tab.js("(r => r.top >= 0 && r.bottom <= innerHeight)(document.getElementById('s-6').getBoundingClientRect())")
    assert tab.count(".sent.hl") == 1
    tab.screenshot("review-page-narrow.png")
    tab.close()
