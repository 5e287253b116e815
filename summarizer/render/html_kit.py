"""The parts every HTML page of the tool is made of: escaping, the document
shell with its inlined stylesheet and script under a Content-Security-Policy,
the page top, banners and badges, the field cards, the numbered article.
summarizer.render.page (article and index pages) and summarizer.render.case_page
(the eval's case page) build on them.

Everything taken from the article or the model is escaped with html.escape; the
script gets its data from a `<script type="application/json">` block in which <,
> and & are \\u-escaped, and puts it on the page through textContent only.
Output is ASCII (other characters become character references).
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from collections.abc import Mapping
from dataclasses import replace
from importlib import resources
from urllib.parse import quote

from summarizer._version import __version__
from summarizer.core.schema import SummaryRecord, article_sha256
from summarizer.read.segment import Sentence, segment
from summarizer.render.fields import (
    FieldView,
    casualty_groups,
    casualty_value,
    incident_fields,
)

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n")  # as in summarizer.read.segment
HELP_JS = ("Hover or click a field to highlight the sentences it cites; "
            "click a sentence to see which fields cite it. Esc clears.")
HELP_NOJS = "Each field lists the numbers of the sentences it cites: follow one to the sentence."


def esc(value: object) -> str:
    return html.escape(str(value), quote=True)


def fid(prefix: str, n: int, key: str) -> str:
    return f"{prefix}{n}-" + re.sub(r"[^a-z0-9]+", "-", key.lower()).strip("-")


# -- page parts ----------------------------------------------------------------


class PageParts:
    """Collects the fields shown on one page: the script's data and, per sentence,
    the labels of the fields citing it (the sentence's tooltip without JS)."""

    def __init__(self) -> None:
        self.fields: dict[str, dict] = {}
        self.cited_by: dict[int, list[str]] = {}

    def field(self, fid: str, view: FieldView, heading: str, *, gold: bool = False,
              label: str | None = None, big: bool = False, extra: str = "") -> str:
        c = view.field
        name = f"{heading} \u00b7 {view.label}: {view.value}"
        cites = [x.sentence for x in c.citations]
        self.fields[fid] = {"label": name, "cites": cites, "gold": gold}
        for n in cites:
            self.cited_by.setdefault(n, []).append(name)
        links = "".join(f'<a href="#s-{n}">{n}</a>' for n in cites) or '<span class="none">no citation</span>'
        by = f' <span class="by">per {esc(view.reported_by)}</span>' if view.reported_by and not big else ""
        badge = "" if c.verified else ' <span class="badge warn">unverified</span>'
        label = view.label if label is None else label
        cls = ("field" + (" gold" if gold else "") + ("" if c.verified else " unverified")
               + ("" if label else " nolabel") + extra)
        parts = [f'<div class="{cls}" id="{fid}" tabindex="0">',
                 f'<div class="label">{esc(label)}</div>' if label else "",
                 f'<div class="value{" big" if big else ""}">{esc(view.value)}{by}{badge}</div>',
                 f'<div class="cites" title="cited sentences">{links}</div>']
        if c.problems:
            parts.append('<ul class="problems">' + "".join(f"<li>{esc(p)}</li>" for p in c.problems) + "</ul>")
        if c.citations:
            quotes = "".join(f'<blockquote><a href="#s-{x.sentence}">[{x.sentence}]</a> {esc(x.text)}</blockquote>'
                             for x in c.citations)
            parts.append(f'<details class="quotes"><summary>quoted text</summary>{quotes}</details>')
        return "".join(parts) + "</div>"

    def casualties(self, views: list[FieldView], prefix: str, n: int, heading: str) -> str:
        out = []
        for group in casualty_groups(views):
            if len(group) == 1:
                out.append(self.field(fid(prefix, n, group[0].key), group[0], heading))
                continue
            counts = {(v.field.count, v.field.qualifier) for v in group}
            who = f" \u00b7 {group[0].field.who}" if group[0].field.who else ""
            state = "figures differ by source" if len(counts) > 1 else "sources agree"
            cells = "".join(self.field(fid(prefix, n, v.key), replace(v, value=casualty_value(v.field)), heading,
                                       label=f"per {v.reported_by}" if v.reported_by else "source not named",
                                       big=True) for v in group)
            out.append(f'<div class="conflict{"" if len(counts) > 1 else " agree"}"><div class="head">'
                       f'{esc(group[0].label + who)}: {state}</div><div class="side">{cells}</div></div>')
        return "".join(out)

    def article(self, text: str | None, sentences: list[Sentence]) -> str:
        def sent(s: Sentence) -> str:
            labels = self.cited_by.get(s.n)
            title = f' title="{esc("Cited by: " + "; ".join(labels))}"' if labels else ""
            return (f'<span class="sent{" cited" if labels else ""}" id="s-{s.n}" data-n="{s.n}"{title}>'
                    f"{esc(s.text)}</span>")

        if text is None:  # only the cited sentences are known
            body = "".join(f"<p>{sent(s)}</p>" for s in sentences)
        else:
            parts, pos = ["<p>"], 0
            for s in sentences + [None]:
                gap = text[pos: s.start if s else len(text)]
                parts.append("</p>\n<p>".join(esc(g) for g in _PARAGRAPH_BREAK.split(gap)))
                if s:
                    parts.append(sent(s))
                    pos = s.end
            body = "".join(parts) + "</p>"
        return f'<div class="article" id="article">{body}</div>'



def _asset(name: str) -> str:
    return resources.files("summarizer.render").joinpath("templates", name).read_text(encoding="utf-8")


def _csp_source(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


def json_for_script(data: object) -> str:
    """JSON that cannot end or open a tag inside <script type="application/json">."""
    text = json.dumps(data, ensure_ascii=True, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def document(title: str, body: str, data: Mapping | None = None) -> str:
    css, js = _asset("report.css"), _asset("report.js")
    csp = (f"default-src 'none'; style-src {_csp_source(css)}; script-src {_csp_source(js)}; "
           "img-src data:; base-uri 'none'; form-action 'none'")
    doc = (
        '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">\n'
        f'<meta name="generator" content="summarizer {esc(__version__)}">\n'
        f"<title>{esc(title)}</title>\n<style>{css}</style>\n</head>\n<body>\n{body}\n"
        f'<script type="application/json" id="report-data">{json_for_script(data or {})}</script>\n'
        f"<script>{js}</script>\n</body>\n</html>\n"
    )
    # ASCII only: the page stays valid UTF-8 whatever encoding stdout has.
    return doc.encode("ascii", "xmlcharrefreplace").decode("ascii")


def page_top(title: str, meta: str, badges: str, index_href: str | None, help_text: str = HELP_JS) -> str:
    back = f'<a class="back" href="{safe_href(index_href)}">&larr; all pages</a>' if index_href else ""
    return (f'<header class="top"><div class="inner">{back}<h1>{esc(title)}</h1>'
            f'<span class="meta">{esc(meta)}</span>{badges}<p class="help">'
            f'<span class="js-only">{esc(help_text)}</span><span class="nojs-only">{esc(HELP_NOJS)}</span>'
            "</p></div></header>")


def banner(warnings: list[str]) -> str:
    if not warnings:
        return ""
    return '<div class="banner" role="note"><ul>' + "".join(f"<li>{esc(w)}</li>" for w in warnings) + "</ul></div>"


def verified_badge(unverified: int) -> str:
    if not unverified:
        return '<span class="badge ok">all fields verified</span>'
    return f'<span class="badge warn">{unverified} field{"s" if unverified != 1 else ""} unverified</span>'


def footer(record: SummaryRecord | None) -> str:
    if record is None:
        return ""
    p, a = record.provenance, record.article
    items = [("model", p.model), ("endpoint", p.endpoint), ("prompt", p.prompt_version),
             ("schema", p.schema_version), ("cached", "yes" if p.cached else "no"),
             ("time", f"{p.seconds:.1f}s"),
             ("tokens", f"{p.usage.prompt_tokens} in, {p.usage.completion_tokens} out"),
             ("requests", p.usage.requests), ("re-asks", p.usage.reasks),
             ("article", f"{a.source or 'stdin'}, sha256 {a.sha256[:12]}")]
    cells = "".join(f"<div><dt>{esc(k)}</dt><dd>{esc(v)}</dd></div>" for k, v in items)
    return f'<footer class="prov"><dl>{cells}</dl></footer>'


def safe_href(href: str) -> str:
    # A relative path, percent-encoded: "javascript:..." becomes a harmless file name.
    return esc(quote(href, safe="/%#"))


def article_sentences(record: SummaryRecord | None, article_text: str | None) -> tuple[list[Sentence], list[str]]:
    """The article's sentences, and warnings when the record does not fit them."""
    cits = [c for inc in (record.incidents if record else []) for v in incident_fields(inc)
            for c in v.field.citations]
    if article_text is None:
        seen = {c.sentence: Sentence(c.sentence, c.text, c.start, c.end) for c in cits}
        return sorted(seen.values(), key=lambda s: s.n), [
            "The article text was not supplied: only the cited sentences are shown."]
    sentences, warnings = segment(article_text), []
    if record and record.article.sha256 != article_sha256(article_text):
        warnings.append("This article text is not the one the record was made from: citations may point "
                        "at the wrong sentences.")
    by_n = {s.n: s for s in sentences}
    off = sum(1 for c in cits if c.sentence not in by_n or (by_n[c.sentence].start, by_n[c.sentence].end)
              != (c.start, c.end))
    if off:
        warnings.append(f"{off} citation(s) do not match the article's sentence numbering.")
    return sentences, warnings


def layout(page: PageParts, text: str | None, sentences: list[Sentence], right_title: str, right: str) -> str:
    return (f'<main class="layout"><section class="article-pane" id="article-pane" aria-label="article">'
            f'<h2 class="pane-title">Article \u00b7 {len(sentences)} sentences</h2>{page.article(text, sentences)}'
            '<div class="citedby" id="citedby" role="status" hidden><button class="close" type="button" '
            'aria-label="close">&times;</button><h3></h3><ul></ul></div>'
            f'</section><section aria-label="{esc(right_title)}"><h2 class="pane-title">{esc(right_title)}</h2>'
            f'<div class="cards">{right}</div></section></main>')


# -- the article page ------------------------------------------------------------
