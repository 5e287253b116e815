"""The frame a report's header labels give all its incidents. Situation reports,
security briefs and encyclopedia infoboxes say once, in a labelled line, where
everything they report lies ("Country: Odravia", "Area: Harrin Province", "Area
covered: Karrade Province, Volsenia", "Area: Vintmoor district, Eskara province,
Ulvenmark"), and the entries below name only their towns. The gold annotates
each incident with that country and that region (the largest the line names, as
a place chain's admin area is), so an incident the model left without them, or
gave only its district, takes them, citing the label's sentence (the verifier
checks them there, as any location part is checked).

Nothing is guessed: a line naming two regions ("Area: Dravenmoor and Yssel
provinces, Kavrania") gives no region, and two labels that disagree give nothing.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from summarizer.core.schema import DraftIncident
from summarizer.verify.names import has_region_word, name_in_text, normalise, written_as_a_name

if TYPE_CHECKING:  # derive imports this module; the Article is only a type here
    from summarizer.records.derive import Article

# A label and its value, up to the line's end or the next label on the same line
# ("... Ulvenmark Casualties (both incidents): 2 killed").
_LABEL = re.compile(r"(?:^|(?<=\s))(?P<key>Country|Area covered|Area|Province|Region|State)\s*:\s*"
                    r"(?P<value>.+?)(?=\s+[A-Z][A-Za-z]*(?:\s+[a-z]+)?(?:\s*\([^)]*\))?\s*:|\s*$)",
                    re.MULTILINE)
# Kinds of region from the largest down: a label's province beats an incident's district.
_LARGE = re.compile(r"\b(?:province|region|state|department|governorate|oblast|territory)\b", re.I)
_SMALL = re.compile(r"\b(?:district|county|municipality|prefecture|canton|division|parish|commune)\b", re.I)


def _name(part: str) -> str | None:
    part = part.strip(" .;")
    if (not part or re.search(r"\d|\band\b", part) or not written_as_a_name(part)
            or re.search(r"\b(?:provinces|regions|states|districts|departments|counties)\b", part, re.I)):
        return None  # "31.7 km2"; "Dravenmoor and Yssel provinces": no one region
    return part


def label_frame(article: "Article") -> tuple[str | None, str | None, list[int]]:
    """(region, country, the sentences that give them) of the article's labels."""
    regions: dict[str, int] = {}
    countries: dict[str, int] = {}
    for n in sorted(article.evidence):
        if n in article.directives:
            continue
        for m in _LABEL.finditer(article.evidence[n]):
            key, value = m["key"].lower(), m["value"]
            if key == "country":
                name = _name(value)
                if name and not has_region_word(name):
                    countries.setdefault(name, n)
                continue
            parts = [p.strip() for p in value.split(",")]
            if key.startswith("area") and len(parts) > 1 and not has_region_word(parts[-1]):
                name = _name(parts[-1])  # "Area covered: Karrade Province, Volsenia"
                if name:
                    countries.setdefault(name, n)
                parts = parts[:-1]
            if key.startswith("area"):
                named = [p for p in parts if has_region_word(p)]
                if not named:
                    continue
                large = [p for p in named if _LARGE.search(p)]
                region = _name((large or named)[-1])  # a chain runs small to large
            else:
                region = _name(parts[0])
            if region:
                regions.setdefault(region, n)
    region = next(iter(regions)) if len({normalise(r) for r in regions}) == 1 else None
    country = next(iter(countries)) if len({normalise(c) for c in countries}) == 1 else None
    cited = sorted({*([regions[region]] if region else []), *([countries[country]] if country else [])})
    return region, country, cited


def frame_by_labels(incidents: list[DraftIncident], article: "Article") -> None:
    """Give each incident with a place the region and the country the article's
    labels give all of them (module docstring), where it has none (or only a
    smaller region)."""
    region, country, cited = label_frame(article)
    if not (region or country):
        return
    for inc in incidents:
        if not inc.place:
            continue  # as share_lead_location: a frame places a town, not an event placed nowhere
        changed = False
        if country and not inc.country:
            inc.country, changed = country, True
        if region and (not inc.admin_area or (
                _SMALL.search(inc.admin_area) and not _SMALL.search(region)
                and not name_in_text(inc.admin_area, region))):
            inc.admin_area, changed = region, True
        if changed:
            inc.location_sentences = sorted({*inc.location_sentences, *cited})
