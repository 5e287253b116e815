"""`summarizer cache stats|clear`: the response cache."""

from __future__ import annotations

import json
import typer

from summarizer.cache import RecordCache
from summarizer.cli import app
from summarizer.cli.options import CacheDirOpt, ConfigOpt, build_settings

cache_app = typer.Typer(help="Inspect or empty the response cache.", no_args_is_help=True)
app.add_typer(cache_app, name="cache")


@cache_app.command("stats")
def cache_stats(config: ConfigOpt = None, cache_dir: CacheDirOpt = None) -> int:
    """Print the cache location, entry count and size (JSON)."""
    settings = build_settings(config, cache_dir=cache_dir)
    with RecordCache(settings.cache_dir) as cache:
        print(json.dumps(cache.stats(), indent=2))
    return 0


@cache_app.command("clear")
def cache_clear(config: ConfigOpt = None, cache_dir: CacheDirOpt = None) -> int:
    """Delete every cached record."""
    settings = build_settings(config, cache_dir=cache_dir)
    with RecordCache(settings.cache_dir) as cache:
        removed = cache.clear()
    print(f"removed {removed} cached record(s)")
    return 0
