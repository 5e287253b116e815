"""Tables (summarizer.render.table) written to files: CSV with the standard
library; Parquet through pyarrow and Excel (.xlsx) through openpyxl, both from
the `[export]` extra. Every file is written beside its final name and renamed
over it, so a failed export never leaves half a table (core/files.py).

CSV: UTF-8 without a byte-order mark, a header row, booleans as true/false,
empty cells for no value. Parquet: typed columns (string, int64, bool; null for
no value). Excel: one sheet named after the level, the header frozen; every text
cell is stored as text, so a cell that starts with "=" (article text can) is
never a formula. A CSV opened in a spreadsheet has no such protection: that is
what --to xlsx is for (docs/export.md).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from summarizer.core.errors import ConfigError
from summarizer.core.files import atomic_path, write_text_atomic
from summarizer.render.table import Row, table_columns

FORMATS = ("csv", "parquet", "xlsx")
SUFFIXES = {".csv": "csv", ".parquet": "parquet", ".pq": "parquet", ".xlsx": "xlsx"}
EXPORT_EXTRA = "pip install 'summarizer[export]'"
XLSX_MAX_CHARS = 32_767  # Excel refuses a longer cell
# XML 1.0 cannot hold these control characters; openpyxl refuses them.
_XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def format_for(path: Path) -> str | None:
    """The format a file name asks for (its suffix), or None."""
    return SUFFIXES.get(path.suffix.lower())


def csv_text(rows: Iterable[Row], level: str) -> str:
    columns = list(table_columns(level))
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_csv_cell(row.get(name)) for name in columns])
    return out.getvalue()


def _csv_cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):  # before int: a bool is an int
        return "true" if value else "false"
    return value


def write_table(rows: list[Row], level: str, fmt: str, path: Path) -> list[str]:
    """Write `rows` (of one level) as `fmt` to `path`. Returns warnings (cells
    Excel could not take whole). ConfigError when the format's library is
    missing or the file cannot be written."""
    try:
        if fmt == "csv":
            write_text_atomic(path, csv_text(rows, level))
            return []
        if fmt == "parquet":
            _write_parquet(rows, level, path)
            return []
        if fmt == "xlsx":
            return _write_xlsx(rows, level, path)
    except OSError as exc:
        raise ConfigError(f"cannot write {path}: {exc.strerror or exc}") from None
    raise ValueError(f"unknown table format {fmt!r}; use one of: {', '.join(FORMATS)}")


def _write_parquet(rows: list[Row], level: str, path: Path) -> None:
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError:
        raise ConfigError(f"--to parquet needs pyarrow, which is not installed: {EXPORT_EXTRA}") from None
    types = {str: pyarrow.string(), int: pyarrow.int64(), bool: pyarrow.bool_()}
    # An explicit schema: a column that is empty in every row keeps its type.
    schema = pyarrow.schema([(name, types[kind]) for name, kind in table_columns(level).items()])
    table = pyarrow.Table.from_pylist(rows, schema=schema)
    with atomic_path(path) as tmp:
        pyarrow.parquet.write_table(table, tmp)


def _write_xlsx(rows: list[Row], level: str, path: Path) -> list[str]:
    try:
        from openpyxl import Workbook
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import Font
    except ImportError:
        raise ConfigError(f"--to xlsx needs openpyxl, which is not installed: {EXPORT_EXTRA}") from None
    columns = list(table_columns(level))
    book = Workbook(write_only=True)
    sheet = book.create_sheet(title="incidents" if level == "incident" else "casualties")
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    header = []
    for name in columns:
        cell = WriteOnlyCell(sheet, value=name)
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    cut = 0
    for row in rows:
        cells = []
        for name in columns:
            value = row.get(name)
            if isinstance(value, str):
                value = _XML_ILLEGAL.sub("\ufffd", value)
                if len(value) > XLSX_MAX_CHARS:
                    value, cut = value[: XLSX_MAX_CHARS - 1] + "\u2026", cut + 1
                cell = WriteOnlyCell(sheet, value=value)
                cell.data_type = "s"  # text, even when it starts with "="
            else:
                cell = WriteOnlyCell(sheet, value=value)
            cells.append(cell)
        sheet.append(cells)
    with atomic_path(path) as tmp:
        book.save(tmp)
    if cut:
        return [(f"{cut} cell(s) longer than Excel's {XLSX_MAX_CHARS:,} characters were cut short "
                 "(the CSV and Parquet tables keep them whole)")]
    return []
