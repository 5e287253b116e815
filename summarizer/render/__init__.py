"""Stage 6, render: a record for people (text, Markdown, an HTML review page, an
index of pages, the eval's case page), programs (JSON) or tables (table.py:
rows, DataFrames; table_files.py: CSV, Parquet, Excel). fields.py owns the one
view of an incident's fields that every format shows.

Importing this package gives SummaryRecord its table and HTML methods
(to_rows, to_frame, _repr_html_; see register_record_view in core/schema.py).

May import: summarizer.records (citations for the case page), summarizer.read,
summarizer.core."""

from __future__ import annotations

from typing import TYPE_CHECKING

from summarizer.core.schema import register_record_view

if TYPE_CHECKING:
    import pandas

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


# The views behind SummaryRecord.to_rows / to_frame / _repr_html_. Their modules
# are imported on first use: importing summarizer must stay cheap.


def _record_rows(record: "SummaryRecord", level: str, id: str | None) -> list[dict]:
    from summarizer.render.table import record_rows

    return record_rows(record, level, id)


def _record_frame(record: "SummaryRecord", level: str, id: str | None) -> "pandas.DataFrame":
    from summarizer.render.table import record_frame

    return record_frame(record, level, id)


def _record_page(record: "SummaryRecord") -> str:
    from summarizer.render.page import render_notebook_frame

    return render_notebook_frame(record)


register_record_view("rows", _record_rows)
register_record_view("frame", _record_frame)
register_record_view("html", _record_page)
