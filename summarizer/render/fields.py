"""The one view of an incident's fields that every format shows (text,
Markdown, the HTML pages): which fields, in which order, with which label, and
how a casualty figure reads ("at least 14 soldiers"). A rule about what is shown
is written here once.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from summarizer.core.schema import CASUALTY_CATEGORIES, Casualty, Checked, Incident

CASUALTY_LABELS = {category: category.capitalize() for category in CASUALTY_CATEGORIES}


@dataclass(frozen=True)
class FieldView:
    """One cited field of an incident, flattened for display."""

    key: str  # as the verifier names it: "summary", "location", "casualties[1]"
    label: str  # "Killed"
    value: str  # plain text (not escaped)
    field: Checked
    reported_by: str | None = None


def casualty_value(c: Casualty) -> str:
    bound = "at least " if c.qualifier == "at least" else ""
    return f"{bound}{c.count}" + (f" {c.who}" if c.who else "")


def incident_fields(inc: Incident) -> list[FieldView]:
    out = [FieldView("summary", "Summary", inc.summary.value, inc.summary),
           FieldView("event_type", "Type", inc.event_type.value, inc.event_type)]
    if inc.date:
        iso = f" ({inc.date.iso.isoformat()})" if inc.date.iso else ""
        out.append(FieldView("date", "Date", f"{inc.date.text}{iso}", inc.date))
    if inc.location:
        loc = inc.location
        out.append(FieldView("location", "Location",
                             ", ".join(p for p in (loc.place, loc.admin_area, loc.country) if p), loc))
    out += [FieldView(f"perpetrators[{j}]", "Perpetrator", a.name, a) for j, a in enumerate(inc.perpetrators)]
    out += [FieldView(f"targets[{j}]", "Target", a.name, a) for j, a in enumerate(inc.targets)]
    out += [FieldView(f"casualties[{j}]", CASUALTY_LABELS[c.category], casualty_value(c), c, c.reported_by)
            for j, c in enumerate(inc.casualties)]
    return out


def casualty_groups(views: Iterable[FieldView]) -> list[list[FieldView]]:
    """Casualty figures grouped by category and victims, in order of appearance. A
    group of two or more holds figures from different sources (shown side by side)."""
    groups: dict[tuple[str, str], list[FieldView]] = {}
    for v in views:
        if isinstance(v.field, Casualty):
            groups.setdefault((v.field.category, (v.field.who or "").casefold().strip()), []).append(v)
    return list(groups.values())
