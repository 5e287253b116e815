"""The core: the data model (schema), errors, settings, atomic files and the
status-callback type. Owns the shapes every stage passes along.

May import: nothing else of summarizer (the import-linter contract in
pyproject.toml checks it)."""
