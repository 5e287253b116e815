"""Stage 6, render: a record for people (text, Markdown, an HTML review page, an
index of pages, the eval's case page) or programs (JSON). fields.py owns the one
view of an incident's fields that every format shows.

May import: summarizer.records (citations for the case page), summarizer.read,
summarizer.core."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from summarizer.core.schema import SummaryRecord

FORMATS = ("json", "text", "markdown", "html")
WITH_ARTICLE = {"html"}  # formats that also show the article text


def render(fmt: str, record: "SummaryRecord", article_text: str | None = None) -> str:
    """The record in `fmt` (FORMATS). The HTML review page shows the article when
    its text is given, else only the cited sentences."""
    if fmt == "json":
        from summarizer.render.text import to_json

        return to_json(record)
    if fmt == "text":
        from summarizer.render.text import to_text

        return to_text(record)
    if fmt == "markdown":
        from summarizer.render.markdown import to_markdown

        return to_markdown(record)
    if fmt == "html":
        from summarizer.render.page import render_article_page

        return render_article_page(record, article_text)
    raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
