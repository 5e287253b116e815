"""Markdown for pasting a record into a ticket (`--format markdown`), and the flat
view of an incident's fields that both the Markdown and the HTML report use.

Every field shows the numbers of the sentences it cites, and the cited sentences
are quoted under the incidents, so a reader can check each value in the ticket
itself. Text from the article and the model is escaped: it cannot open a link,
an image, HTML or a table cell.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from summarizer.schema import Casualty, Checked, Incident, SummaryRecord

CASUALTY_LABELS = {"killed": "Killed", "injured": "Injured",
                   "captured/abducted": "Captured/abducted", "missing": "Missing"}


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


# -- Markdown --------------------------------------------------------------------

_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&])")


def md(text: object) -> str:
    """Inline Markdown for untrusted text: one line, every markup character escaped."""
    return _SPECIAL.sub(r"\\\1", " ".join(str(text).split()))


def _sentences(field: Checked) -> str:
    return ", ".join(str(c.sentence) for c in field.citations) or "none"


def _cites_phrase(field: Checked) -> str:
    return ("sentence " if len(field.citations) == 1 else "sentences ") + _sentences(field)


def _value(v: FieldView) -> str:
    out = md(v.value) + (f" (per {md(v.reported_by)})" if v.reported_by else "")
    if not v.field.verified:
        reasons = "; ".join(md(p) for p in v.field.problems) or "no reason given"
        out += f" \u26a0\ufe0f **unverified**: {reasons}"
    return out


def _incident(n: int, inc: Incident) -> list[str]:
    views = incident_fields(inc)
    summary, rest = views[0], views[1:]
    lines = [f"**Incident {n}: {md(inc.event_type.value)}.** {_value(summary)} "
             f"_({_cites_phrase(summary.field)})_", "",
             "| Field | Value | Sentences |", "|---|---|---|"]
    lines += [f"| {v.label} | {_value(v)} | {_sentences(v.field)} |" for v in rest]
    for group in casualty_groups(views):
        if len({(v.field.count, v.field.qualifier) for v in group}) > 1:
            figures = " vs ".join(
                f"{md(v.value)}{'' if v.field.verified else ' **unverified**'} "
                f"(per {md(v.reported_by) if v.reported_by else 'an unnamed source'}, "
                f"{_cites_phrase(v.field)})" for v in group)
            lines += ["", f"> \u26a0\ufe0f {group[0].label} figures differ by source: {figures}."]
    return lines + [""]


def to_markdown(record: SummaryRecord) -> str:
    p = record.provenance
    source = md(record.article.source or "stdin")
    count = len(record.incidents)
    bad = record.unverified_fields
    status = "all fields verified" if record.verified else f"{bad} field{'s' if bad != 1 else ''} unverified \u26a0\ufe0f"
    if not record.incidents:
        lines = [f"### {source}: no incident reported", ""]
    else:
        lines = [f"### {source}: {count} incident{'s' if count != 1 else ''}, {status}", ""]
    for n, inc in enumerate(record.incidents, 1):
        lines += _incident(n, inc)
    cited = {c.sentence: c.text for inc in record.incidents for v in incident_fields(inc)
             for c in v.field.citations}
    if cited:
        lines += ["**Cited sentences**", ""]
        for n in sorted(cited):
            lines += [f"> **[{n}]** {md(cited[n])}", ">"]
        lines[-1] = ""
    run = "cached" if p.cached else f"{p.seconds:.1f}s"
    lines.append(
        f"_model {md(p.model)} \u00b7 prompt {md(p.prompt_version)} \u00b7 schema {md(p.schema_version)} \u00b7 "
        f"{run} \u00b7 tokens {p.usage.prompt_tokens} in, {p.usage.completion_tokens} out \u00b7 "
        f"article sha256 {record.article.sha256[:12]}_"
    )
    return "\n".join(lines) + "\n"
