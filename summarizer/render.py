"""Stage 6: render a record for people (text, Markdown, an HTML review page) or
programs (JSON)."""

from __future__ import annotations

import textwrap

from summarizer.schema import Checked, Incident, SummaryRecord


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
    lines += _field_lines("Summary", inc.summary.value, inc.summary)
    lines += _field_lines("Type", inc.event_type.value, inc.event_type)
    if inc.date:
        iso = f" ({inc.date.iso.isoformat()})" if inc.date.iso else ""
        lines += _field_lines("Date", f"{inc.date.text}{iso}", inc.date)
    if inc.location:
        loc = inc.location
        parts = ", ".join(p for p in (loc.place, loc.admin_area, loc.country) if p)
        lines += _field_lines("Location", parts, loc)
    for actor in inc.perpetrators:
        lines += _field_lines("Perpetrator", actor.name, actor)
    for actor in inc.targets:
        lines += _field_lines("Target", actor.name, actor)
    for cas in inc.casualties:
        bound = "at least " if cas.qualifier == "at least" else ""
        who = f" {cas.who}" if cas.who else ""
        source = f" (per {cas.reported_by})" if cas.reported_by else ""
        lines += _field_lines("Casualties", f"{bound}{cas.count}{who} {cas.category}{source}", cas)
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


def to_markdown(record: SummaryRecord) -> str:
    from summarizer.report_markdown import to_markdown as render_markdown

    return render_markdown(record)


def to_html(record: SummaryRecord, article_text: str | None = None) -> str:
    """The review page (summarizer.report_html); without the article text it shows
    only the cited sentences."""
    from summarizer.report_html import render_article_page

    return render_article_page(record, article_text)


RENDERERS = {"json": to_json, "text": to_text, "markdown": to_markdown, "html": to_html}
WITH_ARTICLE = {"html"}  # renderers that also take the article text


def render(fmt: str, record: SummaryRecord, article_text: str | None = None) -> str:
    """RENDERERS[fmt](record), handing the article text to those that show it."""
    if fmt in WITH_ARTICLE:
        return RENDERERS[fmt](record, article_text)
    return RENDERERS[fmt](record)
