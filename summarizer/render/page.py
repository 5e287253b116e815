"""Self-contained HTML review pages: the article with numbered sentences beside the
incident cards, so every field can be checked against the sentences it cites.

Each page is one file that works offline: the stylesheet and the script
(summarizer/templates/report.css, report.js) are inlined, and a Content-Security-
Policy allows nothing else (no network, no other script). Everything taken from the
article or the model is escaped with html.escape; the script gets its data from a
`<script type="application/json">` block in which <, > and & are \\u-escaped, and
puts it on the page through textContent only. The page reads fine without
JavaScript (citations are links to #s-N anchors, quotes sit in <details>); the
script adds highlighting on hover/click and table sorting. Output is ASCII
(other characters become character references), so a shell redirect in any
locale gives a valid UTF-8 file.

Public functions (see docs/review.md):

    render_article_page(record, article_text, *, title=None, index_href=None) -> str
    render_notebook_frame(record, article_text=None) -> str   (the page in an <iframe>, for Jupyter)
    render_index_page(entries, *, title="Summaries", links=()) -> str

The eval case page (predicted beside gold) is summarizer/render/case_page.py;
both build on the parts in summarizer/render/html_kit.py.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import PurePath

from summarizer.core.schema import Casualty, SummaryRecord
from summarizer.render.fields import casualty_groups, incident_fields
from summarizer.render.html_kit import (
    PageParts,
    article_sentences,
    banner,
    document,
    esc,
    fid,
    footer,
    layout,
    safe_href,
    page_top,
    verified_badge,
)


def render_article_page(record: SummaryRecord, article_text: str | None, *, title: str | None = None,
                        index_href: str | None = None) -> str:
    """The review page of one record. `article_text` is the text the record was
    made from (None shows only the cited sentences); `index_href` adds a link back
    to an index page (a relative path)."""
    page = PageParts()
    cards = []
    for n, inc in enumerate(record.incidents, 1):
        views = incident_fields(inc)
        heading = f"Incident {n}"
        rows = "".join(page.field(fid("i", n, v.key), v, heading)
                       for v in views if not isinstance(v.field, Casualty))
        rows += page.casualties(views, "i", n, heading)
        bad = sum(not v.field.verified for v in views)
        cards.append(f'<article class="card" id="incident-{n}"><header><h2>{heading}</h2>'
                     f'<span class="etype">{esc(inc.event_type.value)}</span>{verified_badge(bad)}'
                     f"</header>{rows}</article>")
    if not cards:
        cards.append('<div class="card empty">No incident reported in this article.</div>')
    sentences, warnings = article_sentences(record, article_text)
    name = title or (PurePath(record.article.source).name if record.article.source else "Article (stdin)")
    count = len(record.incidents)
    top = page_top(name, f"{count} incident{'s' if count != 1 else ''}", verified_badge(record.unverified_fields),
               index_href)
    body = top + banner(warnings) + layout(page, article_text, sentences, "Incidents", "".join(cards))
    return document(f"{name} \u2013 summarizer review", body + footer(record), {"fields": page.fields})


def render_notebook_frame(record: SummaryRecord, article_text: str | None = None, height: int = 640) -> str:
    """The review page for a notebook (SummaryRecord._repr_html_): the page in a
    sandboxed <iframe srcdoc>. Put into the notebook as it is, its stylesheet
    would restyle the notebook itself (it sets html, body and *), its
    Content-Security-Policy would be ignored (a <meta> outside <head>) and its
    script would not run; in a frame of its own the page works as in a browser.
    "allow-scripts" without "allow-same-origin": the script runs, cut off from
    the notebook."""
    page = render_article_page(record, article_text)
    return (f'<iframe srcdoc="{esc(page)}" sandbox="allow-scripts" title="summarizer review page" '
            f'style="width:100%;height:{int(height)}px;border:1px solid #ccc;resize:vertical"></iframe>')


# -- the index page --------------------------------------------------------------


@dataclass
class IndexEntry:
    """One row of the index: an article id, the relative path of its page, and its
    record (None with `error` set when the article failed)."""

    id: str
    href: str | None = None
    record: SummaryRecord | None = None
    error: str | None = None


def killed_range(record: SummaryRecord) -> tuple[int, int, bool] | None:
    """Lowest and highest total killed over the incidents (sources may differ),
    and whether every figure in it is verified."""
    low = high = 0
    found, verified = False, True
    for inc in record.incidents:
        for group in casualty_groups(incident_fields(inc)):
            if group[0].field.category == "killed":
                counts = [v.field.count for v in group]
                low, high, found = low + min(counts), high + max(counts), True
                verified = verified and all(v.field.verified for v in group)
    return (low, high, verified) if found else None


def _marked(text: str, verified: bool) -> str:
    """A value shown without its card: an unverified one says so in words, not
    only in colour."""
    if verified:
        return esc(text)
    return f'{esc(text)} <span class="unv" title="not verified against the article">&#9888; unverified</span>'


def render_index_page(entries: Iterable[IndexEntry], *, title: str = "Summaries",
                      links: Iterable[tuple[str, str]] = ()) -> str:
    """A sortable table of articles: id, incidents, type, place, killed, unverified.
    `links`: (relative href, text) pairs shown under the title (the eval's summary page)."""
    rows, totals = [], {"articles": 0, "incidents": 0, "unverified": 0, "failed": 0}
    for e in entries:
        totals["articles"] += 1
        name = f'<a href="{safe_href(e.href)}">{esc(e.id)}</a>' if e.href else esc(e.id)
        r = e.record
        if r is None:
            totals["failed"] += 1
            rows.append(f'<tr class="failed"><td>{name}</td><td class="num" data-sort="-1">&ndash;</td>'
                        f'<td>failed: {esc(e.error or "no record")}</td><td></td>'
                        '<td class="num" data-sort="-1"></td><td class="num" data-sort="-1"></td></tr>')
            continue
        totals["incidents"] += len(r.incidents)
        totals["unverified"] += bool(r.unverified_fields)
        # Each value with its incident's verdict: (text, verified), first of each text kept.
        types = dict.fromkeys((i.event_type.value, i.event_type.verified) for i in r.incidents)
        places = dict.fromkeys((p, i.location.verified) for i in r.incidents if i.location
                               for p in [i.location.place or i.location.admin_area or i.location.country] if p)
        killed = killed_range(r)
        shown = "" if killed is None else (str(killed[0]) if killed[0] == killed[1] else f"{killed[0]}\u2013{killed[1]}")
        warn = ' class="num warn"' if r.unverified_fields else ' class="num"'
        rows.append(f"<tr><td>{name}</td><td class=\"num\">{len(r.incidents)}</td>"
                    f"<td>{'; '.join(_marked(t, ok) for t, ok in types)}</td>"
                    f"<td>{'; '.join(_marked(p, ok) for p, ok in places)}</td>"
                    f'<td class="num" data-sort="{-1 if killed is None else killed[1]}">'
                    f"{_marked(shown, killed is None or killed[2])}</td>"
                    f"<td{warn}>{r.unverified_fields}</td></tr>")
    heads = [("Article", "text"), ("Incidents", "num"), ("Type", "text"), ("Place", "text"),
             ("Killed", "num"), ("Unverified fields", "num")]
    thead = "".join(f'<th scope="col" data-type="{t}"><button type="button">{h}</button></th>' for h, t in heads)
    meta = (f"{totals['articles']} articles \u00b7 {totals['incidents']} incidents \u00b7 "
            f"{totals['unverified']} with unverified fields \u00b7 {totals['failed']} failed")
    nav = "".join(f'<a class="nav" href="{safe_href(href)}">{esc(text)}</a>' for href, text in links)
    body = (page_top(title, meta, nav, None, "Click a column heading to sort.")
            + f'<main class="index-wrap"><table class="index sortable"><thead><tr>{thead}</tr></thead>'
            f'<tbody>{"".join(rows)}</tbody></table></main>')
    return document(title, body)
