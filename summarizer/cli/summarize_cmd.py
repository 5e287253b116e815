"""`summarizer summarize` and `summarizer serve`."""

from __future__ import annotations

import signal
import sys
from enum import Enum
from typing import Annotated, Optional

import typer

from summarizer.cli import EXIT_UNVERIFIED, app
from summarizer.cli.options import CacheDirOpt, ConfigOpt, GgufOpt, QuietOpt, build_settings, model_settings
from summarizer.errors import ConfigError
from summarizer.inputs import read_article
from summarizer.pipeline import Pipeline
from summarizer.render import render
from summarizer.reporting import StatusLine
from summarizer.settings import Settings


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


def _raise_interrupt(*_args) -> None:
    raise KeyboardInterrupt


@app.command()
def serve(
    config: ConfigOpt = None,
    gguf: GgufOpt = None,
    cache_dir: CacheDirOpt = None,
    port: Annotated[int, typer.Option("--port", help="Port on 127.0.0.1 (0: a free one).")] = 0,
) -> int:
    """Keep the embedded model server running so later commands skip its start-up.
    Stop it with Ctrl-C."""
    from summarizer.local_model import (
        LlamaServer, clear_server_state, resolve_model, write_server_state,
    )

    settings = build_settings(config, gguf=gguf, cache_dir=cache_dir)
    if not settings.embedded:
        raise ConfigError("an endpoint is configured (base URL or API key); serve runs the embedded model only")
    status = StatusLine()
    model_path = resolve_model(settings, status)
    # SIGTERM ends the server as cleanly as Ctrl-C does.
    signal.signal(signal.SIGTERM, _raise_interrupt)
    with LlamaServer(model_path, settings, status, port=port) as server:
        write_server_state(settings, server)
        status(f"serving {server.base_url}; other summarizer commands will use it. Ctrl-C stops it.")
        try:
            server.process.wait()
        finally:
            clear_server_state(settings)
    return 0
