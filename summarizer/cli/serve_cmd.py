"""`summarizer serve`: keep the embedded model server running for later commands."""

from __future__ import annotations

import signal
from typing import Annotated

import typer

from summarizer.cli import app
from summarizer.cli.options import CacheDirOpt, ConfigOpt, GgufOpt, build_settings
from summarizer.core.errors import ConfigError
from summarizer.core.status import StatusLine


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
    from summarizer.extract.local_server import (
        LlamaServer,
        clear_server_state,
        resolve_model,
        write_server_state,
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
