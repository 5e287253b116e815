"""The eval's score pages: the summary page of `summarizer eval --html DIR` and
`summarizer eval history`.

* the SVG builders (summarizer.render.charts): bars on a 0-1 scale, a missing
  value drawn as a gap and written "n/a", labels escaped;
* the numbers on the pages are the numbers the command prints (both parsed);
* the pages in headless chromium (tests/support/browser.py): nothing fetched,
  no sideways scrolling, bars as long as their values; screenshots go to
  test-artifacts/ like the other page tests'.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from html.parser import HTMLParser

import pytest
from support.browser import Tree, open_page

from summarizer.cli import main
from summarizer.evaluation.gate import HEADLINE
from summarizer.evaluation.report import COST_ROWS, label
from summarizer.render.charts import (
    INSIDE_MIN,
    L_PLOT,
    L_TOP,
    NA,
    SCALE_W,
    BarRow,
    Tick,
    bar_chart,
    line_chart,
)
from summarizer.render.scores_page import (
    HistoryRun,
    HistoryView,
    Metric,
    SummaryView,
    render_history_page,
    render_summary_page,
)

HOSTILE = '</text></svg><script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">'
SERIES = [("run", "this run"), ("base", "baseline")]


class Svg(HTMLParser):
    """Each chart's elements (by its data-chart): rects, circles, paths, and the
    texts with their classes and data attributes; and the cost table's cells."""

    def __init__(self, page: str):
        super().__init__(convert_charrefs=True)
        self.charts: dict[str, list[tuple[str, dict, str]]] = {}
        self.cells: list[tuple[str, dict, str]] = []  # (row, td attrs, text)
        self._chart: str | None = None
        self._text: tuple[str, dict] | None = None
        self._row: str | None = None
        self._cell: dict | None = None
        self.feed(page)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "svg" and "data-chart" in attrs:
            self._chart = attrs["data-chart"]
            self.charts[self._chart] = []
        elif self._chart is not None and tag in ("rect", "circle", "path", "line"):
            self.charts[self._chart].append((tag, attrs, ""))
        elif self._chart is not None and tag == "text":
            self._text = (tag, attrs)
            self.charts[self._chart].append((tag, attrs, ""))
        elif tag == "tr":
            self._row = attrs.get("data-row")
        elif tag == "td" and self._row:
            self._cell = attrs
            self.cells.append((self._row, attrs, ""))

    def handle_endtag(self, tag):
        if tag == "svg":
            self._chart = None
        elif tag == "text":
            self._text = None
        elif tag == "td":
            self._cell = None

    def handle_data(self, data):
        if self._text is not None and self._chart is not None:
            tag, attrs, text = self.charts[self._chart][-1]
            self.charts[self._chart][-1] = (tag, attrs, text + data)
        elif self._cell is not None:
            row, attrs, text = self.cells[-1]
            self.cells[-1] = (row, attrs, text + data)

    def find(self, chart: str, tag: str, cls: str | None = None) -> list[tuple[dict, str]]:
        return [(a, t) for g, a, t in self.charts[chart] if g == tag
                and (cls is None or cls in a.get("class", "").split())]


# -- the SVG builders ------------------------------------------------------------------


def test_bars_are_scaled_0_to_1_and_carry_their_numbers():
    values = [0.0, 0.25, 0.5, 1.0, 1.7, -0.2]
    rows = [BarRow(f"m{i}", f"metric {i}", [v], [f"{v:.2f}"]) for i, v in enumerate(values)]
    svg = Svg(bar_chart(rows, SERIES[:1], title="t", key="dev"))
    widths = {a["data-row"]: float(a["width"]) for a, _ in svg.find("dev", "rect", "bar")}
    assert widths == {f"m{i}": min(1, max(0, v)) * SCALE_W for i, v in enumerate(values)}
    texts = {a["data-row"]: t for a, t in svg.find("dev", "text", "val")}
    assert texts == {f"m{i}": f"{v:.2f}" for i, v in enumerate(values)}
    # Long bars carry the number inside, short ones just after their end.
    inside = {a["data-row"] for a, _ in svg.find("dev", "text", "in")}
    assert inside == {f"m{i}" for i, v in enumerate(values) if v * SCALE_W >= INSIDE_MIN} == {"m1", "m2", "m3", "m4"}
    ticks = [t for _, t in svg.find("dev", "text", "tick")]
    assert ticks == ["0", "0.25", "0.5", "0.75", "1"]


def test_a_missing_value_is_no_bar_and_reads_na():
    rows = [BarRow("trust.precision", "VERIFIED PRECISION", [0.9, None]),
            BarRow("date.accuracy", "date", [None, 0.4])]
    svg = Svg(bar_chart(rows, SERIES, title="t", key="heldout"))
    bars = {(a["data-row"], a["data-series"]) for a, _ in svg.find("heldout", "rect", "bar")}
    assert bars == {("trust.precision", "run"), ("date.accuracy", "base")}
    na = {(a["data-row"], a["data-series"]): t for a, t in svg.find("heldout", "text", "na")}
    assert na == {("trust.precision", "base"): NA, ("date.accuracy", "run"): NA}
    # Without texts the numbers are written with three decimals.
    vals = {(a["data-row"], a["data-series"]): t for a, t in svg.find("heldout", "text", "val")}
    assert vals[("trust.precision", "run")] == "0.900" and vals[("date.accuracy", "base")] == "0.400"


def test_a_line_breaks_at_a_missing_value_and_points_sit_on_the_0_to_1_scale():
    ticks = [Tick(f"#{i}", "12-02") for i in range(6)]
    values = [0.5, None, 0.7, 0.8, None, 0.2]
    svg = Svg(line_chart(ticks, values, title="t", key="all/x", marked=3))
    (path,) = [a["d"] for a, _ in svg.find("all/x", "path")]
    assert path.count("M") == 1 and path.count("L") == 1  # only 0.7 - 0.8 are joined
    points = svg.find("all/x", "circle")
    assert [float(a["cy"]) for a, _ in points] == pytest.approx(
        [L_TOP + (1 - v) * L_PLOT for v in values if v is not None], abs=0.05)
    assert [a["class"] for a, _ in points] == ["pt", "pt", "pt marked", "pt"]
    shown = {int(a["data-x"]): t for a, t in svg.find("all/x", "text", "val")}
    assert shown == {0: "0.500", 1: NA, 2: "0.700", 3: "0.800", 4: NA, 5: "0.200"}
    assert len(svg.find("all/x", "rect", "mark")) == 1  # the baseline's band
    # All missing: no line at all, every point "n/a".
    empty = Svg(line_chart(ticks[:2], [None, None], title="t", key="k"))
    assert not empty.find("k", "path") and [t for _, t in empty.find("k", "text", "val")] == [NA, NA]


def test_labels_and_keys_are_escaped():
    svg = bar_chart([BarRow(HOSTILE, HOSTILE, [0.5], [HOSTILE], note=HOSTILE, flag=HOSTILE)], SERIES[:1],
                    title=HOSTILE, key=HOSTILE)
    svg += line_chart([Tick(HOSTILE, HOSTILE, HOSTILE)], [0.5], title=HOSTILE, key=HOSTILE, texts=[HOSTILE])
    assert "<script" not in svg and "<img" not in svg and "</svg><" not in svg.replace("</svg><svg", "")
    tree = Tree(svg)
    assert not [a for _, a in tree.elements for k in a if k.startswith("on")]
    assert [t for t, _ in tree.elements].count("svg") == 2
    parsed = Svg(svg)
    texts = [t for _, a, t in parsed.charts[HOSTILE] if a.get("class", "").startswith(("label", "val", "tick x"))]
    assert texts and all(HOSTILE in t for t in texts)  # the text survives, as text


# -- pages ------------------------------------------------------------------------------


def _fmt(name, value):
    return "-" if value is None else f"{value:.3f}"


def summary_view(**kw) -> SummaryView:
    metrics = [Metric(name, label(name), not higher) for name, (higher, _) in HEADLINE.items()]
    current = {"dev": {m.name: 0.8 for m in metrics}, "heldout": {m.name: 0.6 for m in metrics}}
    current["heldout"]["date.accuracy"] = None
    current["all"] = {m.name: 0.7 for m in metrics}
    base = {s: {k: (v or 0.5) - 0.1 for k, v in vals.items()} for s, vals in current.items()}
    args = {"title": "Eval scores <b>x</b>", "metrics": metrics, "cost": [Metric(n, lbl) for n, lbl in COST_ROWS],
            "splits": ["dev", "heldout", "all"], "current": current, "fmt": _fmt, "baseline": base,
            "fell": frozenset({("dev", "trust.precision")}), "notes": ["note & more"],
            "meta": [("This run", [("model", "m<1>")]), ("Baseline", [("model", "m0")])]}
    return SummaryView(**{**args, **kw})


def history_view() -> HistoryView:
    metrics = [Metric(name, label(name), not higher) for name, (higher, _) in HEADLINE.items()]
    runs = []
    for i, (date, splits) in enumerate([("2026-11-25", ("dev", "heldout")), ("2026-12-01", ("dev",)),
                                        ("2026-12-02", ("dev", "heldout"))], 1):
        values = {s: {m.name: 0.2 * i for m in metrics} for s in (*splits, "all")}
        runs.append(HistoryRun(f"#{i} abcd", date, f"{date}-abcd.json", "abcdef", "012345", "model",
                               "+".join(splits), 3, values, baseline=i == 1))
    return HistoryView(title="Eval history", metrics=metrics, splits=["dev", "heldout", "all"], runs=runs, fmt=_fmt)


@pytest.mark.parametrize("render", [lambda: render_summary_page(summary_view()),
                                    lambda: render_history_page(history_view())], ids=["summary", "history"])
def test_score_pages_are_self_contained_ascii_and_allowed_by_their_csp(render):
    page = render()
    page.encode("ascii")
    tree = Tree(page)
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:|//)""", page)
    assert not tree.find("link") and not tree.find("img")
    # The CSP allows no style attribute and no inline handler: the charts use neither.
    assert not [a for _, a in tree.elements if "style" in a or any(k.startswith("on") for k in a)]
    csp = next(a["content"] for a in tree.find("meta") if a.get("http-equiv") == "Content-Security-Policy")
    assert "default-src 'none'" in csp
    for tag, attrs, text in tree.raw:
        if attrs.get("type") != "application/json":
            digest = base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()
            assert f"'sha256-{digest}'" in csp, f"inline {tag} is not allowed by the CSP"


def test_summary_page_marks_what_fell_and_writes_na_for_missing_values():
    page = render_summary_page(summary_view())
    svg = Svg(page)
    assert set(svg.charts) == {"dev", "heldout", "all"}
    fell = [t for a, t in svg.find("dev", "text", "fell")]
    assert fell == ["VERIFIED PRECISION !"] and not svg.find("heldout", "text", "fell")
    na = [(a["data-row"], a["data-series"]) for a, _ in svg.find("heldout", "text", "na")]
    assert na == [("date.accuracy", "run")]
    assert "RIGHT VALUES UNVERIFIED \u2193" in [t for _, t in svg.find("dev", "text", "label")]
    assert "Eval scores &lt;b&gt;x&lt;/b&gt;" in page and "m&lt;1&gt;" in page and "note &amp; more" in page
    alone = Svg(render_summary_page(summary_view(baseline=None, fell=frozenset())))
    assert {a["data-series"] for a, _ in alone.find("dev", "rect", "bar")} == {"run"}


# -- the numbers the command prints ------------------------------------------------------


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def table(text: str, start: str) -> dict[str, list[tuple[str, str]]]:
    """The plain-text table whose header line starts with `start` (report._render):
    label -> [(column heading, cell)], columns cut where the dashes line says."""
    lines = text.splitlines()
    head = next(i for i, line in enumerate(lines) if line.startswith(start) and set(lines[i + 1]) <= {"-", " "})
    spans = [m.span() for m in re.finditer(r"-+", lines[head + 1])]
    heads = [lines[head][a:b].strip() for a, b in spans]
    rows = {}
    for line in lines[head + 2:]:
        if not line.strip():
            continue
        if line.startswith(("[", "*", "cases", "headline", "runs")):
            break
        cells = [line[a:b].strip() for a, b in spans]
        rows[cells[0].removesuffix(" *")] = list(zip(heads[1:], cells[1:]))
    return rows


def split_blocks(text: str) -> dict[str, str]:
    """`[dev]`, `[heldout]`, `[all]` blocks of `eval history` and `eval compare`."""
    parts = re.split(r"^\[(\w+)\]$", text, flags=re.MULTILINE)
    return dict(zip(parts[1::2], parts[2::2]))


def na(text: str) -> str:
    return NA if text == "-" else text


def test_summary_page_shows_the_numbers_eval_prints(evals, gold_model, capsys):
    code, _, err = run(capsys, "eval", "--evals-dir", str(evals), "-q")
    assert code == 0, err
    first = next((evals / "runs").glob("*.json"))
    assert run(capsys, "eval", "promote", str(first), "--evals-dir", str(evals))[0] == 0
    answer = json.loads(gold_model.answers["bus-crash-and-plane"])
    answer["incidents"] = answer["incidents"][:1]  # the model now misses the plane crash
    gold_model.answers["bus-crash-and-plane"] = json.dumps(answer)
    pages = evals / "pages"
    code, out, err = run(capsys, "eval", "--evals-dir", str(evals), "-q", "--no-cache", "--html", str(pages))
    assert code == 8 and "incident.f1 (dev) 1.000 -> 0.800" in err
    printed = table(out, "metric")
    page = (pages / "summary.html").read_text(encoding="ascii")
    svg = Svg(page)
    assert set(svg.charts) == {"dev", "heldout", "all"}
    checked = 0
    for name in HEADLINE:
        cells = printed[label(name)]
        for split in ("dev", "heldout", "all"):
            i = [h for h, _ in cells].index(split)
            value, change = cells[i][1], cells[i + 1][1].removesuffix("!").strip()
            shown = {a["data-series"]: t for a, t in svg.find(split, "text", "val") if a["data-row"] == name}
            assert shown["run"] == na(value), (name, split)
            if change:  # the baseline's value is this run's less the printed change
                assert abs(float(shown["run"]) - float(shown["base"]) - float(change)) < 0.0011, (name, split)
            else:
                assert shown["base"] == shown["run"], (name, split)
            checked += 1
    assert checked == 3 * len(HEADLINE)
    # The gate's verdict is on the page: what it refused (the error line lists it), and only that.
    refused = set(re.findall(r"([a-z_.0-9]+) \((dev|heldout)\) [\d.]+ ->", err))
    assert ("incident.f1", "dev") in refused
    marked = {(name, split) for split in svg.charts for name in HEADLINE
              if f"{label(name)} !" in [t for _, t in svg.find(split, "text", "fell")]}
    assert marked == refused
    # Cost: the same numbers as the table's cost rows.
    for name, lbl in COST_ROWS:
        cells = {h: c for h, c in printed[lbl] if h != "vs base"}
        shown = {a["data-split"]: t for row, a, t in svg.cells if row == name and a["data-series"] == "run"}
        assert shown == {s: na(cells[s]) for s in ("dev", "heldout", "all")}, name
    # Metadata; and the index links the page.
    run_record = json.loads(max((evals / "runs").glob("*.json"), key=lambda p: len(p.name)).read_text())
    for needle in (run_record["prompt_version"], run_record["schema_version"], run_record["created"], "fake-model"):
        assert needle in page
    assert 'href="summary.html"' in (pages / "index.html").read_text()


def test_without_a_baseline_the_summary_page_shows_this_run_alone(evals, gold_model, capsys):
    code, out, err = run(capsys, "eval", "--evals-dir", str(evals), "-q", "--no-baseline", "--split", "dev",
                         "--html", str(evals / "pages"))
    assert code == 0, err
    printed = table(out, "metric")
    svg = Svg((evals / "pages" / "summary.html").read_text())
    assert set(svg.charts) == {"dev"}  # a one-split run shows that split alone, as the table does
    for name in HEADLINE:
        shown = [(a["data-series"], t) for a, t in svg.find("dev", "text", "val") if a["data-row"] == name]
        assert shown == [("run", na(dict(printed[label(name)])["dev"]))]


def test_history_charts_every_run_rescored_as_compare_does(evals, gold_model, capsys, monkeypatch, tmp_path):
    base = ["eval", "--evals-dir", str(evals), "-q"]
    assert run(capsys, *base)[0] == 0
    first = next((evals / "runs").glob("*.json"))
    assert run(capsys, "eval", "promote", str(first), "--evals-dir", str(evals))[0] == 0
    gold_model.answers["ferry-capsize"] = json.dumps({"incidents": []})  # the model misses the capsizing
    assert run(capsys, *base, "--no-cache", "--no-baseline")[0] == 0
    assert run(capsys, *base, "--no-cache", "--no-baseline", "--split", "dev")[0] == 0  # no heldout: a gap
    (evals / "runs" / "broken.json").write_text("{")
    runs = sorted((evals / "runs").glob("2*.json"), key=lambda p: len(p.name))
    assert len(runs) == 3

    monkeypatch.chdir(tmp_path)  # default output: ./eval-history.html
    code, out, err = run(capsys, "eval", "history", "--evals-dir", str(evals))
    assert code == 0, err
    assert "skipped:" in err and "broken.json" in err
    page = (tmp_path / "eval-history.html").read_text(encoding="ascii")
    assert not list(tmp_path.glob(".*.tmp"))
    svg = Svg(page)
    blocks = split_blocks(out)
    assert list(blocks) == ["dev", "heldout", "all"]
    for split, block in blocks.items():
        printed = table(block, "metric")
        for name in HEADLINE:
            shown = {int(a["data-x"]): t for a, t in svg.find(f"{split}/{name}", "text", "val")}
            assert shown == {i: na(c) for i, (_, c) in enumerate(printed[label(name)])}, (split, name)
    # The dev-only run has no heldout: every heldout point of it is "n/a".
    for name in HEADLINE:
        assert [t for a, t in svg.find(f"heldout/{name}", "text", "val") if a["data-x"] == "2"] == [NA]
    assert "0.000" in [t for a, t in svg.find("heldout/incident.f1", "text", "val") if a["data-x"] == "1"]
    # The baseline's run (the first) is the marked one, in every chart.
    for chart in svg.charts:
        marked = [a["class"] == "pt marked" for a, _ in svg.find(chart, "circle")]
        first = next(t for a, t in svg.find(chart, "text", "val") if a["data-x"] == "0")
        assert marked == ([True] + [False] * (len(marked) - 1) if first != NA else [False] * len(marked)), chart
        assert len(svg.find(chart, "rect", "mark")) == 1
    assert [line.split()[0] for line in out.splitlines() if line.endswith("  baseline")] == ["#1"]

    # The same numbers as `eval compare` gives the first two runs.
    code, compared, _ = run(capsys, "eval", "compare", str(runs[0]), str(runs[1]), "--evals-dir", str(evals))
    assert code == 0
    for split, block in split_blocks(compared).items():
        printed = table(block, "metric")
        for name in HEADLINE:
            cells = dict(printed[label(name)])
            shown = {int(a["data-x"]): t for a, t in svg.find(f"{split}/{name}", "text", "val")}
            assert (shown[0], shown[1]) == (na(cells["A"]), na(cells["B"])), (split, name)

    code, _, err = run(capsys, "eval", "history", "--evals-dir", str(evals), "--out", str(tmp_path / "h.html"), "-q")
    assert code == 0 and err == "" and (tmp_path / "h.html").read_text() == page


def test_history_without_runs_is_a_one_line_error(evals, capsys, tmp_path):
    code, _, err = run(capsys, "eval", "history", "--evals-dir", str(evals), "--out", str(tmp_path / "h.html"))
    assert code == 4 and err.count("\n") == 1 and "no run records" in err
    assert not (tmp_path / "h.html").exists()


# -- in a real browser ---------------------------------------------------------------------


BAR_WIDTHS = """[...document.querySelectorAll('svg.bars rect.bar')].map(r => [
    r.closest('svg').dataset.chart, r.dataset.row, r.dataset.series, r.getBBox().width])"""


def test_summary_page_in_the_browser(browser, tmp_path):
    view = summary_view()
    tab = open_page(browser, tmp_path, render_summary_page(view), "summary.html")
    assert tab.count("svg.chart") == 3 and tab.count("svg.chart text.na") == 1
    for chart, row, series, width in tab.js(BAR_WIDTHS):
        values = view.current if series == "run" else view.baseline
        assert abs(width - values[chart][row] * SCALE_W) < 0.01, (chart, row, series)
    # Numbers are drawn: they have a size and a colour, not clipped to nothing.
    sizes = tab.js("[...document.querySelectorAll('svg.chart text.val')].map(t => t.getBBox().width)")
    assert sizes and min(sizes) > 5
    assert tab.js("getComputedStyle(document.querySelector('rect.bar.run')).fill") != \
        tab.js("getComputedStyle(document.querySelector('rect.bar.base')).fill")
    assert tab.js("document.documentElement.scrollWidth <= innerWidth")
    assert tab.requests() == [tab.js("location.href")]
    tab.screenshot("eval-summary.png")
    tab.close()
    narrow = open_page(browser, tmp_path, render_summary_page(view), "summary-narrow.html", width=420, height=900)
    assert narrow.js("document.documentElement.scrollWidth <= innerWidth")
    narrow.screenshot("eval-summary-narrow.png")
    narrow.close()


def test_history_page_in_the_browser(browser, tmp_path):
    tab = open_page(browser, tmp_path, render_history_page(history_view()), "history.html")
    charts = len(HEADLINE) * 3
    assert tab.count("svg.lines") == charts
    # Run 2 has no heldout: each heldout chart has 2 points and a gap, no line across it.
    assert tab.js("[...document.querySelectorAll('svg.lines')].filter(s => s.dataset.chart.startsWith('heldout/'))"
                  ".every(s => s.querySelectorAll('circle').length === 2 && !s.querySelector('path')"
                  " && s.querySelector('text.na').textContent === 'n/a')")
    assert tab.count("circle.marked") == charts and tab.count("tr.marked") == 1
    assert tab.js("document.documentElement.scrollWidth <= innerWidth")
    assert tab.requests() == [tab.js("location.href")]
    tab.screenshot("eval-history.png")
    tab.close()
