"""`summarizer summarize`: one article, one record on stdout."""

from __future__ import annotations

import sys
from enum import Enum
from typing import Annotated, Optional

import typer

from summarizer.cli import EXIT_UNVERIFIED, app
from summarizer.cli.options import (
    QuietOpt,
    model_settings,
)
from summarizer.core.settings import Settings
from summarizer.core.status import StatusLine
from summarizer.pipeline import Pipeline
from summarizer.read.inputs import read_article
from summarizer.render import render


class Format(str, Enum):
    json = "json"
    text = "text"
    markdown = "markdown"
    html = "html"


@app.command()
@model_settings
def summarize(
    path: Annotated[str, typer.Argument(help="Article file (plain text or HTML), or - for stdin.")],
    format: Annotated[Optional[Format], typer.Option(
        "--format", "-f", help="Output format (default: text on a terminal, json when piped).",
        show_default=False)] = None,
    strict: Annotated[bool, typer.Option("--strict", help="Exit 7 when any field is unverified.")] = False,
    quiet: QuietOpt = False,
    *,
    settings: Settings,
) -> int:
    """Summarize one article into incident records with cited sentences (stdout);
    progress goes to stderr."""
    status = StatusLine(quiet=quiet)
    article = read_article(path)
    for warning in article.warnings:
        status(f"warning: {warning}")
    fmt = format or (Format.text if sys.stdout.isatty() else Format.json)
    with Pipeline(settings, status) as pipeline:
        record = pipeline.summarize(article.text, source=article.source, use_cache=settings.cache)
    sys.stdout.write(render(fmt.value, record, article.text))
    sys.stdout.flush()
    if record.provenance.cached:
        status("record served from the cache (--no-cache to recompute)")
    if not record.verified:
        status(f"warning: {record.unverified_fields} field(s) could not be verified against "
               "the article; they are marked \"verified\": false with the reason")
        if strict:
            return EXIT_UNVERIFIED
    status(f"done: {len(record.incidents)} incident(s)")
    return 0
