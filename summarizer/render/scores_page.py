"""The eval's score pages: a run against its baseline (`summarizer eval --html
DIR` writes DIR/summary.html) and every committed run over time (`summarizer
eval history`). Built on the page shell of html_kit (the same stylesheet,
script, escaping, Content-Security-Policy and ASCII output as every review
page), with the SVG charts of charts.py.

The render layer knows no metric: the caller (summarizer.evaluation.score_views)
passes the metrics with their labels, the values, and the function that writes
a value as the command line's tables do.

    render_summary_page(view: SummaryView) -> str
    render_history_page(view: HistoryView) -> str
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from summarizer.render.charts import NA, BarRow, Tick, bar_chart, legend, line_chart
from summarizer.render.html_kit import document, esc, page_top

Values = Mapping[str, Mapping[str, "float | None"]]  # split -> metric name -> value
Formatter = Callable[[str, "float | None"], str]  # (metric name, value) -> the text shown


@dataclass(frozen=True)
class Metric:
    name: str
    label: str
    lower_is_better: bool = False

    @property
    def heading(self) -> str:
        return self.label + (" (lower is better)" if self.lower_is_better else "")

    @property
    def short(self) -> str:
        return self.label + (" \u2193" if self.lower_is_better else "")


@dataclass
class SummaryView:
    """What the summary page shows: headline metrics charted per split, this run
    beside the baseline (None: no baseline), a cost table, and both runs' metadata."""

    title: str
    metrics: Sequence[Metric]  # charted, in this order
    cost: Sequence[Metric]  # the cost table's rows
    splits: Sequence[str]
    current: Values
    fmt: Formatter
    baseline: Values | None = None
    fell: frozenset[tuple[str, str]] = frozenset()  # (split, metric) the gate refused
    meta: Sequence[tuple[str, Sequence[tuple[str, str]]]] = ()  # (heading, [(key, value)]) per run
    notes: Sequence[str] = ()
    index_href: str | None = "index.html"


SERIES = (("run", "this run"), ("base", "baseline"))
WIDE_AFTER = 8


def _meta_table(meta: Sequence[tuple[str, Sequence[tuple[str, str]]]]) -> str:
    if not meta:
        return ""
    keys = list(dict.fromkeys(k for _, items in meta for k, _ in items))
    head = "".join(f'<th scope="col">{esc(h)}</th>' for h, _ in meta)
    rows = "".join(f'<tr><th scope="row">{esc(k)}</th>'
                   + "".join(f"<td>{esc(dict(items).get(k, ''))}</td>" for _, items in meta) + "</tr>"
                   for k in keys)
    return (f'<div class="table-wrap"><table class="index meta" id="meta"><thead><tr><th></th>{head}</tr></thead>'
            f"<tbody>{rows}</tbody></table></div>")


def _notes(notes: Sequence[str]) -> str:
    return "".join(f'<p class="note">{esc(n)}</p>' for n in notes)


def render_summary_page(view: SummaryView) -> str:
    series = SERIES if view.baseline is not None else SERIES[:1]
    charts = []
    for split in view.splits:
        now = view.current.get(split, {})
        before = (view.baseline or {}).get(split, {})
        rows = []
        for m in view.metrics:
            values = [now.get(m.name)] + ([before.get(m.name)] if view.baseline is not None else [])
            fell = (split, m.name) in view.fell
            rows.append(BarRow(m.name, m.short, values, [view.fmt(m.name, v) for v in values],
                               note=" !" if fell else "", flag="fell" if fell else ""))
        charts.append(f'<figure class="chart-box" id="split-{esc(split)}"><figcaption>{esc(split)}</figcaption>'
                      f"{bar_chart(rows, series, title=f'headline metrics, {split}', key=split)}</figure>")
    notes = ['<span class="key">\u2193 lower is better</span>'] if any(m.lower_is_better for m in view.metrics) else []
    if view.fell:
        notes.append('<span class="key"><span class="fell">!</span> fell against the baseline: '
                     "the gate refuses it</span>")
    cost = _cost_table(view)
    body = (page_top(view.title, "headline metrics per split, with the numbers summarizer eval prints", "",
                     view.index_href, "Bars run from 0 to 1; n/a: not measured.")
            + '<main class="scores">' + _notes(view.notes) + _meta_table(view.meta)
            + "<h2>Headline metrics</h2>" + legend(series, "".join(notes))
            + f'<div class="charts">{"".join(charts)}</div>'
            + "<h2>Cost per article</h2>" + cost + "</main>")
    return document(view.title, body)


def _cost_table(view: SummaryView) -> str:
    both = view.baseline is not None
    head = "".join(f'<th scope="col" colspan="{2 if both else 1}">{esc(s)}</th>' for s in view.splits)
    sub = ("<tr><th></th>" + "".join('<th scope="col">this run</th><th scope="col">baseline</th>'
                                     for _ in view.splits) + "</tr>") if both else ""

    def cell(name: str, values: Values | None, split: str, series: str) -> str:
        value = (values or {}).get(split, {}).get(name)
        text = NA if value is None else view.fmt(name, value)
        cls = "num base" if series == "base" else "num"
        return f'<td class="{cls}" data-split="{esc(split)}" data-series="{series}">{esc(text)}</td>'

    rows = []
    for m in view.cost:
        cells = [cell(m.name, view.current, s, "run") + (cell(m.name, view.baseline, s, "base") if both else "")
                 for s in view.splits]
        rows.append(f'<tr data-row="{esc(m.name)}"><th scope="row">{esc(m.label)}</th>{"".join(cells)}</tr>')
    return (f'<div class="table-wrap"><table class="index cost" id="cost"><thead><tr><th></th>{head}</tr>{sub}'
            f'</thead><tbody>{"".join(rows)}</tbody></table></div>')


# -- history -----------------------------------------------------------------------


@dataclass(frozen=True)
class HistoryRun:
    """One run record on the history page."""

    label: str  # short, unique: the x axis
    date: str  # YYYY-MM-DD
    file: str
    prompt: str
    schema: str
    model: str
    splits: str
    cases: int
    values: Values  # re-scored: split -> metric -> value
    baseline: bool = False


@dataclass
class HistoryView:
    title: str
    metrics: Sequence[Metric]
    splits: Sequence[str]
    runs: Sequence[HistoryRun]  # in order of time
    fmt: Formatter
    notes: Sequence[str] = field(default_factory=list)


def render_history_page(view: HistoryView) -> str:
    marked = next((i for i, r in enumerate(view.runs) if r.baseline), None)
    ticks = [Tick(r.label, r.date[5:], f"{r.label}: {r.file}") for r in view.runs]
    # Past WIDE_AFTER runs, one chart per row: the numbers on the points stay legible.
    wide = " wide" if len(view.runs) > WIDE_AFTER else ""
    sections = []
    for m in view.metrics:
        charts = []
        for split in view.splits:
            values = [r.values.get(split, {}).get(m.name) for r in view.runs]
            svg = line_chart(ticks, values, title=f"{m.label}, {split}", key=f"{split}/{m.name}",
                             texts=[view.fmt(m.name, v) for v in values], marked=marked)
            charts.append(f'<figure class="chart-box"><figcaption>{esc(split)}</figcaption>{svg}</figure>')
        sections.append(f'<section class="metric" data-metric="{esc(m.name)}"><h2>{esc(m.heading)}</h2>'
                        f'<div class="charts{wide}">{"".join(charts)}</div></section>')
    marked_row = ' class="marked"'
    rows = "".join(
        f'<tr{marked_row if r.baseline else ""}><td>{esc(r.label)}</td><td>{esc(r.date)}</td>'
        f"<td>{esc(r.file)}</td><td>{esc(r.prompt)}</td><td>{esc(r.schema)}</td><td>{esc(r.model)}</td>"
        f'<td>{esc(r.splits)}</td><td class="num">{r.cases}</td><td>{"baseline" if r.baseline else ""}</td></tr>'
        for r in view.runs)
    heads = ["run", "date", "run record", "prompt", "schema", "model", "splits", "cases", ""]
    table = ('<div class="table-wrap"><table class="index runs" id="runs"><thead><tr>'
             + "".join(f'<th scope="col">{h}</th>' for h in heads) + f"</tr></thead><tbody>{rows}</tbody></table></div>")
    count = len(view.runs)
    meta = f"{count} run record{'s' if count != 1 else ''}" + (
        f", baseline {view.runs[marked].label}" if marked is not None else ", no baseline")
    body = (page_top(view.title, meta, "", None, "Each point is one run, re-scored against today's gold; "
                     "the shaded run is the baseline; n/a: the run lacks that split or metric.")
            + '<main class="scores">' + _notes(view.notes) + table + "".join(sections) + "</main>")
    return document(view.title, body)
