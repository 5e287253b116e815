"""From the model's two short answers to a draft: what the program does better
than a small model.

The model answers two questions (summarizer.extract.stages): which incidents the
article reports, with the sentences about each (EventList), then, per incident
and from its sentences only, the details as written (EventFields). The program
then, for each incident:

* cites: each value is cited to the incident's sentences that state it (a name
  or a place where it appears, a date phrase where it stands as written, a
  figure in the sentence the model named, else in the incident's sentence that
  states it); the model never lists citations;
* summarises: the summary is the incident's first sentence, as written, without
  the dateline (extractive: it cannot say what the article does not);
* splits places: "Tessaret, Varn province, Kordavia" given as the place becomes
  place / admin area / country (two parts: the second is the admin area when it
  names one, "Dorn district", else the country); a region given as the place
  ("Harrow district") is the admin area, or dropped when there is one; the
  admin area is the largest region of the article's chain ("Lomar district,
  Kadra province" gives "Kadra province");
* drops what the article never names: a country (or admin area) the text does
  not name anywhere is the model's invention, an admin area equal to the
  country is a repeat ("Mali, Mali"), and the dateline's country given as an
  admin area is a country;
* fills the country (and region) of an event in the dateline's own place from
  the dateline ("ZELDRIN, Amarind"), the one thing the dateline states (the
  model is shown the incident's sentences without it);
* takes the qualifier from the sentence: "at least" where it gives a lower
  bound ("at least 14", "more than 20", "100+"), else "exact".

The dates are resolved and the whole draft checked by summarizer.verify, as any
draft is; the answers themselves are kept beside the record.
"""

from __future__ import annotations

import re

from summarizer.core.schema import (
    Draft,
    DraftActor,
    DraftCasualty,
    DraftIncident,
    EventFields,
    EventList,
    EventRef,
)
from summarizer.read.segment import Sentence
from summarizer.verify.categories import lower_bounds
from summarizer.verify.dates import Dateline
from summarizer.verify.event_types import type_stated
from summarizer.verify.numbers import figures_in
from summarizer.verify.names import name_in_text, names_a_region, phrase_in_text
from summarizer.verify.rules import Verifier

_ADMIN_WORDS = re.compile(
    r"\b(province|region|state|district|department|county|governorate|oblast|prefecture|canton|"
    r"municipality|territory|division|zone)\b", re.I)


class Article:
    """The article's sentences as evidence (each with the dateline blanked out),
    and the verifier of its drafts. The verifier reads the article once (its
    dateline, the sentences that instruct the model, the evidence) and this
    shares what it read: one article, one reading, however many answers and
    re-asks are checked against it."""

    def __init__(self, sentences: list[Sentence], text: str):
        self.text = text
        self.verifier = Verifier(sentences, text)
        self.by_number = self.verifier.by_number
        self.dateline: Dateline | None = self.verifier.dateline
        self.evidence = self.verifier.evidence_by_number
        self.directives = self.verifier.directives  # instructions to the model: never evidence

    def without_dateline(self, n: int) -> Sentence:
        """Sentence n as the model may be shown it: its dateline part left out."""
        s = self.by_number[n]
        return Sentence(n, " ".join(self.evidence[n].split()) or s.text, s.start, s.end)

    def dateline_sentence(self) -> int | None:
        dl = self.dateline
        return next((n for n, s in self.by_number.items() if dl and s.start <= dl.start < s.end), None)

    def names(self, value: str) -> bool:
        """The article names `value` as a place or a party somewhere: in its
        sentences, or as a place of its dateline (never as the agency)."""
        places = self.dateline.places if self.dateline else ()
        return name_in_text(value, " ".join(self.evidence.values())) or any(name_in_text(value, p) for p in places)

    def dateline_region(self, place: str | None) -> tuple[str | None, str | None]:
        """(admin area, country) the dateline gives its own place, when `place` is
        at that place ("ZELDRIN, Amarind" for an event in Zeldrin, or at Korva
        Central Prison under "KORVA, Ustrana")."""
        dl = self.dateline
        if not place or dl is None or len(dl.places) < 2 or not dl.locates(place):
            return None, None
        return (dl.places[1] if len(dl.places) > 2 else None), dl.places[-1]


def event_sentences(event: EventRef, article: Article) -> list[int]:
    """The event's sentences that exist and report (never an instruction to the model)."""
    return sorted({n for n in event.sentences if n in article.by_number and n not in article.directives})


_NOTHING = {"", "null", "none", "n/a", "na", "unknown", "not stated", "not given", "-"}
_POSSESSIVE = re.compile(
    r"^(?P<owner>[^\W\d_][\w .'-]*?)['\u2019]s\s+(?:(?:north|south|east|west|central|northern|southern|eastern"
    r"|western|north-eastern|north-western|south-eastern|south-western|far)\s+)*(?P<rest>.+)$", re.I)


def _value(text: str | None) -> str | None:
    """A field's text, or None for the model's words for nothing ("null", "n/a")."""
    text = " ".join((text or "").split())
    return None if text.lower() in _NOTHING else text


_COASTS = re.compile(r"\b(coast|coastline|north|south|east|west|interior|highlands|lowlands|border\s+area)\b", re.I)
_TOWN_OF = re.compile(r"\b(?:city|town|village|port|hamlet)\s+of\s+(?P<name>[^\W\d_][\w .'-]*)$", re.I)


def _owned(value: str | None) -> tuple[str | None, str | None]:
    """("Velmora", "Sarn province") from "Velmora's eastern Sarn province": the
    wire form of a region and its country. Only a region or a part of a country
    follows ("St Mary's Hospital" is left alone); "Pelagonia's southern coast"
    gives the country and no region."""
    m = _POSSESSIVE.match(value or "")
    if m and _ADMIN_WORDS.search(m["rest"]):
        return m["owner"], m["rest"]
    if m and _COASTS.search(m["rest"]):
        return m["owner"], None
    return None, value


# The next link of a place chain, when it is a larger region: ", Kadra province".
_LARGER_REGION = (r"\s*,\s*(?P<next>(?:[^\W\d_][\w'\u2019-]*\s+){1,3}"
                  r"(?:province|region|state|department|governorate|oblast|prefecture))\b")


def largest_region(admin: str, texts: list[str]) -> str:
    """The wire writes a place chain from small to large ("Teshi village, Lomar
    district, Kadra province, Velmora"): the admin area is the largest region the
    chain names after the one the model gave ("Kadra province", not "Lomar
    district"), as the gold annotates it."""
    for _ in range(3):
        after = re.compile(re.escape(admin) + _LARGER_REGION, re.I)
        found = next((m for m in map(after.search, texts) if m), None)
        if found is None:
            break
        admin = found["next"]
    return admin


def split_place(fields: EventFields) -> tuple[str | None, str | None, str | None]:
    """place / admin area / country from the model's three parts: chains split
    ("Town, Province, Country" in any part), the wire's possessive undone
    ("Velmora's eastern Sarn province"), a region given as the place moved."""
    place, admin, country = _value(fields.place), _value(fields.admin_area), _value(fields.country)
    if place and "," in place:
        parts = [p.strip() for p in place.split(",") if p.strip()]
        place = parts[0] if parts else None
        rest = parts[1:]
        if len(rest) >= 2:
            admin, country = admin or rest[0], country or rest[-1]
        elif rest:
            if _ADMIN_WORDS.search(rest[0]):
                admin = admin or rest[0]
            else:
                country = country or rest[0]
    if admin and "," in admin:
        parts = [p.strip() for p in admin.split(",") if p.strip()]
        admin = parts[0] if parts else None
        if len(parts) > 1 and not _ADMIN_WORDS.search(parts[-1]):
            country = country or parts[-1]
    owner, admin = _owned(admin)
    country = country or owner
    town = _TOWN_OF.search(admin or "")
    if town:  # "northern city of Selmar" is a place, not a region
        place, admin = place or town["name"], None
    if place and (_ADMIN_WORDS.search(place) or _COASTS.search(place)) and not re.search(
            r"\b(town|village|city|camp)\b", place, re.I):
        # "Harrow district" or "Pelagonia's southern coast" is no town: a region given as the place.
        owner, region = _owned(place)
        place, admin, country = None, admin or region, country or owner
    return place or None, admin or None, country or None


def _stating(value: str, numbers: list[int], article: Article, as_phrase: bool = False) -> list[int]:
    test = phrase_in_text if as_phrase else name_in_text
    return [n for n in numbers if test(value, article.evidence[n])]


def _summary(numbers: list[int], article: Article) -> tuple[str, list[int]]:
    if not numbers:
        return "", []
    first = numbers[0]
    text = " ".join(article.evidence[first].split())
    if not text and len(numbers) > 1:  # the sentence was only a dateline
        first = numbers[1]
        text = " ".join(article.evidence[first].split())
    return text, [first]


def _casualty(figure, numbers: list[int], article: Article) -> DraftCasualty:  # noqa: ANN001 - FigureAnswer
    candidates = [figure.sentence] if figure.sentence in numbers else []
    if not candidates or figure.count not in figures_in(article.evidence[candidates[0]]):
        stating = [n for n in numbers if figure.count in figures_in(article.evidence[n])]
        candidates = stating[:1] or candidates or numbers[:1]
    texts = [article.evidence[n] for n in candidates]
    qualifier = "at least" if lower_bounds(figure.count, texts) == {True} else "exact"
    return DraftCasualty(category=figure.category, count=figure.count, qualifier=qualifier, who=figure.who,
                         reported_by=figure.reported_by, sentences=candidates)


def incident_from(event: EventRef, fields: EventFields | None, article: Article) -> DraftIncident:
    """The draft incident of one event and its fields (module docstring)."""
    numbers = event_sentences(event, article)
    summary, summary_sentences = _summary(numbers, article)
    typed = [n for n in numbers if type_stated(event.type, [article.evidence[n]])]
    incident = DraftIncident(summary=summary, summary_sentences=summary_sentences, event_type=event.type,
                             event_type_sentences=typed or numbers[:1])
    if fields is None:  # stage 2 was not asked (the event itself failed its checks)
        return incident
    if fields.date:
        incident.date_text = fields.date
        incident.date_sentences = _stating(fields.date, numbers, article, as_phrase=True) or numbers[:1]
    place, admin, country = split_place(fields)
    places = article.dateline.places if article.dateline else ()
    if admin and len(places) > 1 and name_in_text(admin, places[-1]) and name_in_text(places[-1], admin):
        admin, country = None, country or admin  # the dateline's country given as a region
    # The model is not shown the dateline; it states the region of its own place.
    dateline_admin, dateline_country = article.dateline_region(place)
    admin, country = admin or dateline_admin, country or dateline_country
    if admin:
        admin = largest_region(admin, [article.evidence[n] for n in numbers])
    if country and not article.names(country):
        country = None  # never in the article: the model's invention
    if admin and (not article.names(admin) or (country and name_in_text(admin, country)
                                                and name_in_text(country, admin))):
        admin = None  # invented, or the country again
    if admin and not country and len(admin.split()) <= 3 and admin[:1].isupper() \
            and not names_a_region(admin, article.text):
        admin, country = None, admin  # "Lusania" given as the region, the country left empty
    incident.place, incident.admin_area, incident.country = place, admin, country
    parts = [p for p in (place, admin, country) if p]
    if parts:
        cited = sorted({n for part in parts for n in _stating(part, numbers, article)})
        dateline = article.dateline_sentence()
        if dateline in numbers and dateline not in cited and any(
                not _stating(part, numbers, article) for part in parts[1:]):
            cited.append(dateline)  # the dateline may give its own place's country
        incident.location_sentences = sorted(cited) or numbers[:1]
    incident.perpetrators = [DraftActor(name=n, sentences=_stating(n, numbers, article) or numbers[:1])
                             for n in fields.perpetrators if n.strip()]
    incident.targets = [DraftActor(name=n, sentences=_stating(n, numbers, article) or numbers[:1])
                        for n in fields.targets if n.strip()]
    incident.casualties = [_casualty(f, numbers, article) for f in fields.casualties]
    return incident


def draft_from_stages(events: EventList, fields: list[EventFields | None], article: Article) -> Draft:
    """The draft of the whole article: one incident per event, in order."""
    incidents = [incident_from(e, f, article) for e, f in zip(events.events, fields)]
    return Draft.model_construct(incidents=incidents)
