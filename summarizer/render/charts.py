"""Charts as inline SVG, for the eval's summary and history pages
(summarizer/render/scores_page.py): grouped horizontal bars (a run beside its
baseline, one group per metric) and small line-and-point charts (one metric
across runs).

Plain SVG elements inside the HTML page: geometry in attributes, colours from
the classes of report.css, no script, no `style` attribute (the pages'
Content-Security-Policy allows neither) and no reference to anything outside
the page. Every label goes through html_kit.esc, like all text on the pages.

Values are on a fixed 0-1 scale (every headline metric is a share): a bar of
0.5 is half the scale's width; values outside are clamped. A missing value
(None: not measured, or the run lacks that split) is never drawn as 0: the bar
or the point is left out and "n/a" written in its place, and a line is broken
there.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from summarizer.render.html_kit import esc

NA = "n/a"

# Bar charts: label column, the 0-1 scale, room for a number after a short bar.
LABEL_W, SCALE_W, TAIL_W = 170.0, 250.0, 40.0
BAR_H, BAR_GAP, GROUP_GAP = 14.0, 2.0, 10.0
TOP, AXIS_H = 8.0, 20.0
INSIDE_MIN = 40.0  # a bar at least this wide carries its number inside

# Line charts: y axis, one slot per run, two lines of tick labels.
L_LEFT, L_RIGHT, L_TOP, L_PLOT, L_BOTTOM = 34.0, 10.0, 18.0, 110.0, 34.0
SLOT_W, MIN_PLOT_W = 56.0, 250.0


def _n(x: float) -> str:
    """A coordinate: at most one decimal, no trailing zeros."""
    return f"{x:.1f}".rstrip("0").rstrip(".")


def _unit(value: float) -> float:
    return min(1.0, max(0.0, float(value)))


def _svg_open(kind: str, key: str, width: float, height: float) -> str:
    return (f'<svg class="chart {kind}" data-chart="{esc(key)}" role="img" viewBox="0 0 {_n(width)} {_n(height)}" '
            f'width="{_n(width)}" height="{_n(height)}" xmlns="http://www.w3.org/2000/svg">')


def _text(value: float | None, text: str | None) -> str:
    if value is None:
        return NA
    return text if text is not None else f"{value:.3f}"


@dataclass(frozen=True)
class BarRow:
    """One group of bars: a metric, with one value per series (None: no bar, "n/a")."""

    key: str  # data-row of its elements (e.g. the metric's name)
    label: str
    values: Sequence[float | None]
    texts: Sequence[str] | None = None  # written on the bars; default: 3 decimals
    note: str = ""  # after the label, e.g. " !"
    flag: str = ""  # extra class of the label, e.g. "fell"


def bar_chart(rows: Sequence[BarRow], series: Sequence[tuple[str, str]], *, title: str, key: str = "") -> str:
    """Horizontal bars on a 0-1 scale, one group per row and one bar per series.
    `series`: (key, legend label) pairs; the key is the bar's class and its
    data-series (report.css colours "run" and "base")."""
    group_h = len(series) * (BAR_H + BAR_GAP) - BAR_GAP
    height = TOP + len(rows) * (group_h + GROUP_GAP) + AXIS_H
    width = LABEL_W + SCALE_W + TAIL_W
    x0, bottom = LABEL_W, TOP + len(rows) * (group_h + GROUP_GAP)
    out = [_svg_open("bars", key, width, height), f"<title>{esc(title)}</title>"]
    for tick in (0.0, 0.25, 0.5, 0.75, 1.0):
        x = x0 + tick * SCALE_W
        out.append(f'<line class="grid" x1="{_n(x)}" y1="{_n(TOP - 4)}" x2="{_n(x)}" y2="{_n(bottom)}"/>'
                   f'<text class="tick" x="{_n(x)}" y="{_n(bottom + 14)}" text-anchor="middle">{tick:g}</text>')
    for r, row in enumerate(rows):
        y = TOP + r * (group_h + GROUP_GAP)
        cls = "label" + (f" {esc(row.flag)}" if row.flag else "")
        out.append(f'<text class="{cls}" x="{_n(x0 - 8)}" y="{_n(y + group_h / 2 + 4)}" text-anchor="end" '
                   f'data-row="{esc(row.key)}">{esc(row.label + row.note)}</text>')
        for s, (skey, sname) in enumerate(series):
            value = row.values[s] if s < len(row.values) else None
            text = _text(value, row.texts[s] if row.texts and s < len(row.texts) else None)
            by = y + s * (BAR_H + BAR_GAP)
            ty = _n(by + BAR_H - 3.5)
            attrs = f'data-row="{esc(row.key)}" data-series="{esc(skey)}"'
            if value is None:
                out.append(f'<text class="val na" x="{_n(x0 + 4)}" y="{ty}" {attrs}>{NA}</text>')
                continue
            w = _unit(value) * SCALE_W
            out.append(f'<rect class="bar {esc(skey)}" x="{_n(x0)}" y="{_n(by)}" width="{_n(w)}" '
                       f'height="{_n(BAR_H)}" {attrs}><title>{esc(f"{row.label}, {sname}: {text}")}</title></rect>')
            if w >= INSIDE_MIN:
                out.append(f'<text class="val in" x="{_n(x0 + w - 4)}" y="{ty}" text-anchor="end" {attrs}>'
                           f"{esc(text)}</text>")
            else:
                out.append(f'<text class="val" x="{_n(x0 + w + 4)}" y="{ty}" {attrs}>{esc(text)}</text>')
    out.append("</svg>")
    return "".join(out)


def legend(series: Sequence[tuple[str, str]], extra: str = "") -> str:
    """The key of a chart's series, as HTML (swatches are small SVGs); `extra`:
    more HTML for the same line."""
    items = "".join(
        f'<span class="key"><svg class="swatch" viewBox="0 0 12 12" width="12" height="12" aria-hidden="true">'
        f'<rect class="bar {esc(k)}" width="12" height="12"/></svg>{esc(name)}</span>' for k, name in series)
    return f'<p class="legend">{items}{extra}</p>'


@dataclass(frozen=True)
class Tick:
    """One run on the x axis: a short label, a second line (its date), a tooltip."""

    label: str
    sub: str = ""
    title: str = ""


def line_chart(ticks: Sequence[Tick], values: Sequence[float | None], *, title: str, key: str = "",
               texts: Sequence[str] | None = None, marked: int | None = None) -> str:
    """One value per tick on a 0-1 scale, points joined by a line that breaks at
    a missing value (None, written "n/a"). `marked`: the index of the tick to
    set apart (the baseline's run: a band behind it, a ring for its point)."""
    n = len(ticks)
    plot_w = max(MIN_PLOT_W, n * SLOT_W)
    slot = plot_w / max(n, 1)
    width, height = L_LEFT + plot_w + L_RIGHT, L_TOP + L_PLOT + L_BOTTOM
    bottom = L_TOP + L_PLOT
    xs = [L_LEFT + slot * (i + 0.5) for i in range(n)]

    def y(v: float) -> float:
        return L_TOP + (1 - _unit(v)) * L_PLOT

    out = [_svg_open("lines", key, width, height), f"<title>{esc(title)}</title>"]
    if marked is not None and 0 <= marked < n:
        out.append(f'<rect class="mark" x="{_n(xs[marked] - slot / 2 + 2)}" y="{_n(L_TOP - 12)}" '
                   f'width="{_n(slot - 4)}" height="{_n(L_PLOT + 12)}"/>')
    for tick in (0.0, 0.5, 1.0):
        out.append(f'<line class="grid" x1="{_n(L_LEFT)}" y1="{_n(y(tick))}" x2="{_n(L_LEFT + plot_w)}" '
                   f'y2="{_n(y(tick))}"/><text class="tick" x="{_n(L_LEFT - 5)}" y="{_n(y(tick) + 4)}" '
                   f'text-anchor="end">{tick:g}</text>')
    segments, current = [], []
    for i, v in enumerate(values[:n]):
        if v is None:
            segments.append(current)
            current = []
        else:
            current.append(f"{_n(xs[i])} {_n(y(v))}")
    segments.append(current)
    path = " ".join("M" + " L".join(seg) for seg in segments if len(seg) > 1)
    if path:
        out.append(f'<path class="line" d="{path}"/>')
    for i, t in enumerate(ticks):
        v = values[i] if i < len(values) else None
        text = _text(v, texts[i] if texts is not None and i < len(texts) else None)
        mark = " marked" if i == marked else ""
        if v is None:
            out.append(f'<text class="val na" x="{_n(xs[i])}" y="{_n(bottom - 6)}" text-anchor="middle" '
                       f'data-x="{i}">{NA}</text>')
        else:
            tip = f"{t.title or t.label}: {text}"
            out.append(f'<circle class="pt{mark}" cx="{_n(xs[i])}" cy="{_n(y(v))}" r="{4 if mark else 3}">'
                       f"<title>{esc(tip)}</title></circle>"
                       f'<text class="val" x="{_n(xs[i])}" y="{_n(y(v) - 7)}" text-anchor="middle" '
                       f'data-x="{i}">{esc(text)}</text>')
        out.append(f'<text class="tick x{mark}" x="{_n(xs[i])}" y="{_n(bottom + 14)}" text-anchor="middle">'
                   f"{esc(t.label)}</text>")
        if t.sub:
            out.append(f'<text class="tick sub{mark}" x="{_n(xs[i])}" y="{_n(bottom + 27)}" '
                       f'text-anchor="middle">{esc(t.sub)}</text>')
    out.append("</svg>")
    return "".join(out)
