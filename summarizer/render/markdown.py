"""Markdown for pasting a record into a ticket (`--format markdown`).

Every field shows the numbers of the sentences it cites, and the cited sentences
are quoted under the incidents, so a reader can check each value in the ticket
itself. Text from the article and the model is escaped: it cannot open a link,
an image, HTML or a table cell.
"""

from __future__ import annotations

import re

from summarizer.core.schema import Checked, Incident, SummaryRecord
from summarizer.render.fields import FieldView, casualty_groups, incident_fields

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
