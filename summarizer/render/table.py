"""Records as tables: one row per incident, or one row per casualty figure.

The column names and their order are a promise to whoever loads the table
(docs/export.md lists them; tests/test_table.py holds the two equal). A cell is
a str, an int, a bool or None (no value); lists are joined with "; ". Every
value column has a `*_verified` column beside it, so a value the verifier did
not accept stays marked once it is out of the record.

`SummaryRecord.to_rows` / `to_frame` land here (registered in
summarizer/render/__init__.py); `summarizer export` writes these rows
(summarizer/render/table_files.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from summarizer.core.errors import ConfigError
from summarizer.core.schema import Actor, Casualty, Incident, SummaryRecord
from summarizer.render.fields import FieldView, casualty_groups, incident_fields

if TYPE_CHECKING:
    import pandas

LEVELS = ("incident", "casualty")
LIST_SEPARATOR = "; "

# The casualty categories as column prefixes ("captured/abducted" is no name for a column).
CATEGORY_PREFIXES = {"killed": "killed", "injured": "injured", "captured/abducted": "captured", "missing": "missing"}

Row = dict[str, Any]

# Column name -> the type of its non-empty cells, in table order.
INCIDENT_COLUMNS: dict[str, type] = {
    "id": str, "source": str, "incident": int,
    "summary": str, "summary_verified": bool,
    "event_type": str, "event_type_verified": bool,
    "date_text": str, "date_iso": str, "date_verified": bool,
    "place": str, "admin_area": str, "country": str, "location_verified": bool,
    "perpetrators": str, "perpetrators_verified": bool,
    "targets": str, "targets_verified": bool,
    **{f"{prefix}_{part}": kind for prefix in CATEGORY_PREFIXES.values()
       for part, kind in (("min", int), ("max", int), ("verified", bool))},
    "verified": bool, "unverified_fields": int,
}

CASUALTY_COLUMNS: dict[str, type] = {
    "id": str, "source": str, "incident": int, "figure": int,
    "category": str, "count": int, "qualifier": str, "who": str, "reported_by": str,
    "sentences": str, "cited_text": str, "verified": bool, "problems": str,
}


def table_columns(level: str) -> dict[str, type]:
    """The columns of a table at `level` ("incident" or "casualty")."""
    if level == "incident":
        return INCIDENT_COLUMNS
    if level == "casualty":
        return CASUALTY_COLUMNS
    raise ValueError(f"unknown table level {level!r}; use one of: {', '.join(LEVELS)}")


def record_rows(record: SummaryRecord, level: str = "incident", id: str | None = None) -> list[Row]:
    """The rows of one record. `id` fills the "id" column; without it, the
    article's source (a path, a batch item's source, or None for text given directly)."""
    table_columns(level)  # an unknown level fails even for a record without incidents
    key = id if id is not None else record.article.source
    if level == "incident":
        return [_incident_row(record, key, n, inc) for n, inc in enumerate(record.incidents, 1)]
    return [_casualty_row(record, key, n, j, inc)
            for n, inc in enumerate(record.incidents, 1) for j in range(1, len(inc.casualties) + 1)]


def _names(actors: Sequence[Actor]) -> tuple[str | None, bool | None]:
    if not actors:
        return None, None
    return LIST_SEPARATOR.join(a.name for a in actors), all(a.verified for a in actors)


def _figure_ranges(views: list[FieldView]) -> dict[str, tuple[int, int, bool]]:
    """Per category, the lowest and highest total the article reports, and
    whether every figure behind them is verified. Figures for the same victims
    from different sources (one group) are alternatives: the group adds its
    smallest to the lowest total and its largest to the highest; figures for
    different victims ("soldiers", "civilians") add up."""
    ranges: dict[str, tuple[int, int, bool]] = {}
    for group in casualty_groups(views):
        figures = [cast(Casualty, v.field) for v in group]  # casualty_groups holds casualty views only
        counts = [f.count for f in figures]
        low, high, verified = ranges.get(figures[0].category, (0, 0, True))
        ranges[figures[0].category] = (low + min(counts), high + max(counts),
                                       verified and all(f.verified for f in figures))
    return ranges


def _incident_row(record: SummaryRecord, key: str | None, n: int, inc: Incident) -> Row:
    views = incident_fields(inc)
    date, loc = inc.date, inc.location
    perpetrators, perpetrators_verified = _names(inc.perpetrators)
    targets, targets_verified = _names(inc.targets)
    row: Row = {
        "id": key, "source": record.article.source, "incident": n,
        "summary": inc.summary.value, "summary_verified": inc.summary.verified,
        "event_type": inc.event_type.value, "event_type_verified": inc.event_type.verified,
        "date_text": date.text if date else None,
        "date_iso": date.iso.isoformat() if date and date.iso else None,
        "date_verified": date.verified if date else None,
        "place": loc.place if loc else None, "admin_area": loc.admin_area if loc else None,
        "country": loc.country if loc else None, "location_verified": loc.verified if loc else None,
        "perpetrators": perpetrators, "perpetrators_verified": perpetrators_verified,
        "targets": targets, "targets_verified": targets_verified,
    }
    ranges = _figure_ranges(views)
    for category, prefix in CATEGORY_PREFIXES.items():
        # No figure is not a figure of 0: the cells stay empty.
        low, high, verified = ranges.get(category, (None, None, None))
        row.update({f"{prefix}_min": low, f"{prefix}_max": high, f"{prefix}_verified": verified})
    unverified = sum(not v.field.verified for v in views)
    row.update({"verified": unverified == 0, "unverified_fields": unverified})
    return row


def _casualty_row(record: SummaryRecord, key: str | None, n: int, j: int, inc: Incident) -> Row:
    c = inc.casualties[j - 1]
    return {
        "id": key, "source": record.article.source, "incident": n, "figure": j,
        "category": c.category, "count": c.count, "qualifier": c.qualifier,
        "who": c.who, "reported_by": c.reported_by,
        "sentences": LIST_SEPARATOR.join(str(cite.sentence) for cite in c.citations) or None,
        "cited_text": " ".join(cite.text for cite in c.citations) or None,
        "verified": c.verified,
        "problems": LIST_SEPARATOR.join(c.problems) or None,
    }


# pandas' nullable types, so an empty cell stays empty (<NA>) instead of turning
# a column of counts into floats.
_PANDAS_DTYPES = {str: "string", int: "Int64", bool: "boolean"}


def rows_frame(rows: list[Row], level: str = "incident") -> "pandas.DataFrame":
    """`rows` (of one level) as a pandas DataFrame with the table's columns and types."""
    columns = table_columns(level)
    try:
        import pandas
    except ImportError:
        raise ConfigError("to_frame() needs pandas, which is not installed: pip install pandas") from None
    frame = pandas.DataFrame.from_records(rows, columns=list(columns))
    return frame.astype({name: _PANDAS_DTYPES[kind] for name, kind in columns.items()})


def record_frame(record: SummaryRecord, level: str = "incident", id: str | None = None) -> "pandas.DataFrame":
    return rows_frame(record_rows(record, level, id), level)
