"""`summarizer schema`: the schema version, and the JSON Schemas in schemas/."""

from __future__ import annotations

from typing import Annotated

import typer

from summarizer.cli import app
from summarizer.core.errors import ConfigError
from summarizer.core.schema import generated_schemas, schema_version
from summarizer.extract.prompt import data_dir


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
