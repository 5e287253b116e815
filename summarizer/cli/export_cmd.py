"""`summarizer export`: a batch output file as a table (docs/export.md)."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from summarizer.batch.results import read_results
from summarizer.cli import app
from summarizer.cli.options import QuietOpt
from summarizer.core.errors import SummarizerError
from summarizer.render.table import record_rows
from summarizer.render.table_files import FORMATS, csv_text, format_for, write_table


class TableFormat(str, Enum):
    csv = "csv"
    parquet = "parquet"
    xlsx = "xlsx"


class Level(str, Enum):
    incident = "incident"
    casualty = "casualty"


class UsageError(SummarizerError):
    """Options that do not fit together (exit 2, as for any usage error)."""

    exit_code = 2


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


@app.command()
def export(
    results: Annotated[Path, typer.Argument(
        help="A JSONL file written by `summarizer batch --out`.", show_default=False)],
    to: Annotated[Optional[TableFormat], typer.Option(
        "--to", help="Table format (default: from the --out suffix: .csv, .parquet, .xlsx).",
        show_default=False)] = None,
    level: Annotated[Level, typer.Option(
        "--level", help="A row per incident, or a row per casualty figure.")] = Level.incident,
    out: Annotated[Optional[Path], typer.Option(
        "--out", "-o", help="Output file; '-' or none: CSV on stdout.", show_default=False)] = None,
    quiet: QuietOpt = False,
) -> int:
    """Write the records of a batch output file as a table: CSV, Parquet or Excel.
    Error records are skipped and counted on stderr. Column names: docs/export.md.

    Parquet and Excel need pyarrow and openpyxl: pip install 'summarizer\\[export]'.
    """
    to_stdout = out is None or str(out) == "-"
    if out is not None and not to_stdout and out.is_dir():
        raise UsageError(f"--out {out} is a folder; give a file path")
    fmt = to.value if to is not None else ("csv" if to_stdout else format_for(out))
    if fmt is None:
        raise UsageError(f"cannot tell the format from {out}; give --to ({', '.join(FORMATS)})")
    if to_stdout and fmt != "csv":
        raise UsageError(f"--to {fmt} writes a binary file: give --out FILE")

    loaded = read_results(results)
    for warning in loaded.warnings:
        _say(f"warning: {warning}")
    rows = [row for item_id, record in loaded.records for row in record_rows(record, level.value, item_id)]
    if to_stdout:
        sys.stdout.write(csv_text(rows, level.value))
        sys.stdout.flush()
    else:
        for warning in write_table(rows, level.value, fmt, out):
            _say(f"warning: {warning}")
    if loaded.errors:
        kinds = ", ".join(f"{name}: {n}" for name, n in loaded.errors.most_common())
        _say(f"skipped {loaded.error_count} error record(s) ({kinds}); they have no record to export")
    if not quiet:
        where = "stdout" if to_stdout else str(out)
        empty = sum(1 for _, record in loaded.records if not record.incidents)
        note = f", {empty} of them with no incident" if empty and level is Level.incident else ""
        _say(f"wrote {len(rows)} {level.value} row(s) from {len(loaded.records)} record(s){note} to {where}")
    return 0
