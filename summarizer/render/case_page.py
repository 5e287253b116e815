"""The eval case page: predicted and gold incidents side by side over the article,
built from the page parts of summarizer/render/html_kit.py (same stylesheet, script,
escaping and Content-Security-Policy).

    render_case_page(predicted, gold_incidents, article_text, misses=(), *,
                     pairs=None, case_id="", error=None, index_href=None) -> str
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from summarizer.core.schema import (
    Casualty,
    Draft,
    DraftIncident,
    Incident,
    SummaryRecord,
)
from summarizer.read.segment import Sentence, segment
from summarizer.render.fields import CASUALTY_LABELS, FieldView, incident_fields
from summarizer.render.html_kit import (
    HELP_JS,
    PageParts,
    article_sentences,
    banner,
    document,
    esc,
    fid,
    footer,
    layout,
    page_top,
    verified_badge,
)

_ROWS = [("summary", "Summary"), ("event_type", "Type"), ("date", "Date"), ("location", "Location"),
         ("perpetrators", "Perpetrators"), ("targets", "Targets")] + list(CASUALTY_LABELS.items())


def _row_key(view: FieldView) -> str:
    return view.field.category if isinstance(view.field, Casualty) else view.key.split("[")[0]


def _as_incidents(gold: Sequence[Incident | DraftIncident | Mapping], sentences: list[Sentence]) -> list[Incident]:
    from summarizer.records.build import (
        build_incidents,  # citations from sentence numbers
    )

    out = []
    for g in gold:
        if isinstance(g, Mapping):
            g = DraftIncident.model_validate(g) if "summary_sentences" in g else Incident.model_validate(g)
        if isinstance(g, DraftIncident):
            g = build_incidents(Draft.model_construct(incidents=[g]), sentences, [])[0]
        out.append(g)
    return out


def _miss_rows(misses: list[str], gold: list[Incident]) -> tuple[set, set]:
    """Parse "N", "N.field" and "N.field[j]" (N: 1-based gold incident) into marked
    gold incidents and (incident, row) pairs."""
    whole, rows = set(), set()
    for m in misses:
        match = re.fullmatch(r"(\d+)(?:\.([a-z_/ ]+?)(?:\[(\d+)\])?)?", m.strip().lower())
        if not match:
            continue
        n, field, j = int(match[1]), match[2], match[3]
        if field is None:
            whole.add(n)
        elif field == "casualties":
            known = j is not None and n <= len(gold) and int(j) < len(gold[n - 1].casualties)
            rows.update((n, c) for c in ([gold[n - 1].casualties[int(j)].category] if known else CASUALTY_LABELS))
        else:
            rows.add((n, field))
    return whole, rows


def _pairing(pairs: Iterable[tuple[int, int]] | None, n_pred: int, n_gold: int) -> list[tuple[int | None, int | None]]:
    if pairs is None:
        return [(i if i < n_pred else None, i if i < n_gold else None) for i in range(max(n_pred, n_gold))]
    pairs = [(int(p), int(g)) for p, g in pairs]
    out: list[tuple[int | None, int | None]] = sorted(pairs, key=lambda x: x[1])
    matched_p, matched_g = {p for p, _ in pairs}, {g for _, g in pairs}
    out += [(None, g) for g in range(n_gold) if g not in matched_g]
    out.sort(key=lambda x: x[1])
    return out + [(p, None) for p in range(n_pred) if p not in matched_p]


def render_case_page(predicted: SummaryRecord | Mapping | None,
                     gold_incidents: Sequence[Incident | DraftIncident | Mapping], article_text: str,
                     misses: Iterable[str] = (), *, pairs: Iterable[tuple[int, int]] | None = None,
                     case_id: str = "", error: str | None = None, index_href: str | None = None) -> str:
    """Predicted and gold fields side by side for one eval case.

    `predicted` is the record (or its JSON dict), None when the run failed (say why
    in `error`). Gold incidents are DraftIncidents (the gold-file shape; citations
    are attached here from their sentence numbers), record Incidents, or their
    dicts. `pairs` are matched (predicted index, gold index) pairs, 0-based, e.g.
    from summarizer.evaluation.metrics.match; without it incidents pair in order.
    Unpaired incidents get a card of their own. `misses` are listed at the top;
    those shaped "N", "N.field" or "N.field[j]" (N: 1-based gold incident; field:
    summary, event_type, date, location, perpetrators, targets, casualties, or a
    casualty category such as killed) also mark that incident or row."""
    if isinstance(predicted, Mapping):
        predicted = SummaryRecord.model_validate(predicted)
    sentences = segment(article_text)
    gold = _as_incidents(gold_incidents, sentences)
    pred = predicted.incidents if predicted else []
    misses = [str(m) for m in misses]
    whole, marked = _miss_rows(misses, gold)
    page = PageParts()
    cards = []
    if error:
        cards.append(f'<div class="card miss"><header><h2>No prediction</h2></header>{esc(error)}</div>')
    if misses:
        cards.append(f'<div class="card miss"><header><h2>Misses</h2><span class="badge miss">{len(misses)}</span>'
                     f'</header><ul class="misses">{"".join(f"<li>{esc(m)}</li>" for m in misses)}</ul></div>')
    for p, g in _pairing(pairs, len(pred), len(gold)):
        sides = []
        for prefix, incs, i in (("p", pred, p), ("g", gold, g)):
            heading = f"{'Predicted' if prefix == 'p' else 'Gold'} {i + 1}" if i is not None else ""
            views = incident_fields(incs[i]) if i is not None else []
            sides.append((prefix, heading, {k: [v for v in views if _row_key(v) == k] for k, _ in _ROWS}, i))
        gn = None if g is None else g + 1
        trs = []
        for key, label in _ROWS:
            if key not in ("summary", "event_type") and not (sides[0][2][key] or sides[1][2][key]):
                continue
            tds = []
            for prefix, heading, by_row, i in sides:
                cell = "".join(page.field(fid(prefix, i + 1, v.key), v, heading, gold=prefix == "g", label="")
                               for v in by_row[key])
                tds.append(f"<td>{cell or ('<span class=empty>none</span>' if i is not None else '')}</td>")
            miss = ' class="miss"' if (gn, key) in marked else ""
            trs.append(f"<tr{miss}><th scope=\"row\">{esc(label)}</th>{''.join(tds)}</tr>")
        title = " \u2194 ".join(h for _, h, _, _ in reversed(sides) if h)
        note = ('<span class="badge miss">not found</span>' if p is None else
                '<span class="badge miss">not in gold</span>' if g is None else "")
        cls = "card miss" if note or gn in whole else "card"
        cards.append(f'<article class="{cls}" id="pair-{len(cards)}"><header><h2>{esc(title)}</h2>{note}</header>'
                     '<table class="compare"><thead><tr><th></th><th scope="col">Predicted</th>'
                     f'<th scope="col">Gold</th></tr></thead><tbody>{"".join(trs)}</tbody></table></article>')
    _, warnings = article_sentences(predicted, article_text)
    name = f"Case {case_id}" if case_id else "Eval case"
    badges = (f'<span class="badge {"miss" if misses else "ok"}">{len(misses)} miss{"es" if len(misses) != 1 else ""}'
              "</span>" + (verified_badge(predicted.unverified_fields) if predicted else ""))
    top = page_top(name, f"{len(pred)} predicted \u00b7 {len(gold)} gold incidents", badges, index_href,
               HELP_JS.replace("highlight", "highlight (predicted: yellow, gold: blue)", 1))
    body = top + banner(warnings) + layout(page, article_text, sentences, "Predicted vs gold", "".join(cards))
    return document(f"{name} \u2013 summarizer eval", body + footer(predicted), {"fields": page.fields})
