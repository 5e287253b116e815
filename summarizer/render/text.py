"""A record as JSON (for programs) or plain text (for a terminal): each field,
then the sentences it cites; an unverified field says so and why."""

from __future__ import annotations

import textwrap

from summarizer.core.schema import Casualty, Checked, Incident, SummaryRecord
from summarizer.render.fields import incident_fields


def to_json(record: SummaryRecord) -> str:
    return record.model_dump_json(indent=2)


def _field_lines(label: str, value: str, field: Checked, width: int = 100) -> list[str]:
    mark = "" if field.verified else "  [UNVERIFIED]"
    lines = [f"  {label}: {value}{mark}"]
    for problem in field.problems:
        lines.append(f"      ! {problem}")
    for c in field.citations:
        quote = textwrap.shorten(" ".join(c.text.split()), width=width, placeholder=" ...")
        lines.append(f"      [{c.sentence}] {quote}")
    return lines


def _incident_lines(n: int, inc: Incident) -> list[str]:
    lines = [f"Incident {n}"]
    for view in incident_fields(inc):
        if isinstance(view.field, Casualty):
            source = f" (per {view.reported_by})" if view.reported_by else ""
            lines += _field_lines("Casualties", f"{view.value} {view.field.category}{source}", view.field)
        else:
            lines += _field_lines(view.label, view.value, view.field)
    return lines


def to_text(record: SummaryRecord) -> str:
    p = record.provenance
    source = record.article.source or "stdin"
    status = (
        "all fields verified" if record.verified
        else f"{record.unverified_fields} field(s) UNVERIFIED"
    )
    lines = [
        f"{source}: {len(record.incidents)} incident(s), {status}",
        "",
    ]
    if not record.incidents:
        lines += ["No incident reported in this article.", ""]
    for n, inc in enumerate(record.incidents, 1):
        lines += _incident_lines(n, inc) + [""]
    lines.append(
        f"model {p.model} | prompt {p.prompt_version} | schema {p.schema_version} | "
        f"{'cached' if p.cached else f'{p.seconds:.1f}s'} | "
        f"tokens {p.usage.prompt_tokens} in, {p.usage.completion_tokens} out, "
        f"{p.usage.requests} request(s), {p.usage.reasks} re-ask(s)"
    )
    return "\n".join(lines) + "\n"
