"""`summarizer cache ...` and `summarizer schema`."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from summarizer.cache import RecordCache
from summarizer.cli import app
from summarizer.cli.options import CacheDirOpt, ConfigOpt, build_settings
from summarizer.errors import ConfigError
from summarizer.prompt import data_dir
from summarizer.schema import generated_schemas, schema_version

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


@app.command()
def schema(
    write: Annotated[bool, typer.Option("--write", help="Regenerate schemas/ from the models.")] = False,
    check: Annotated[bool, typer.Option("--check", help="Exit 3 if schemas/ is out of date.")] = False,
) -> int:
    """Print the schema version; --check or --write the JSON Schemas in schemas/."""
    directory = data_dir("schemas")
    stale = []
    for name, text in generated_schemas().items():
        path = directory / name
        if write:
            path.write_text(text, encoding="utf-8")
        elif not path.exists() or path.read_text(encoding="utf-8") != text:
            stale.append(name)
    if check and stale:
        raise ConfigError(f"schemas/ is out of date ({', '.join(stale)}); run: summarizer schema --write")
    print(schema_version())
    return 0
