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
* locates (summarizer.records.places): place / admin area / country from the
  model's three parts and the article: chains split ("Tessaret, Varn province,
  Kordavia"), a region given as the place moved to the admin area, the largest
  region of the article's chain kept, the region the article gives the place
  elsewhere added ("Ostrin, the capital of Drava region"), what the article
  never names dropped, and the dateline's country given to an event in the
  dateline's own place ("ZELDRIN, Amarind"), the one thing the dateline states
  (the model is shown the incident's sentences without it);
* takes the qualifier from the sentence: "at least" where it gives a lower
  bound ("at least 14", "more than 20", "100+"), else "exact".

The dates are resolved and the whole draft checked by summarizer.verify, as any
draft is; the answers themselves are kept beside the record.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

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
from summarizer.records.aims import aim_of_the_act
from summarizer.records.figures import figures_told
from summarizer.records.labels import frame_by_labels
from summarizer.records.parties import bare_name, claimants, hit_by_a_cyberattack, keep_party, own_name
from summarizer.records.places import locate, share_lead_location
from summarizer.records.spots import place_spots_in_their_town
from summarizer.verify.categories import category_conflict
from summarizer.verify.counted import counts_no_one
from summarizer.verify.date_events import dates_no_act
from summarizer.verify.dates import MONTH_NAMES, Dateline, resolve, whole_day
from summarizer.verify.events import LATER_THAT_DAY, Body, act_day, dated_before, refine_events, type_of
from summarizer.verify.event_types import (
    NO_PARTIES,
    TAKES_NO_CAPTIVES,
    fight_between_forces,
    forces_fired_on_a_protest,
    kind_contradicted,
    type_stated,
)
from summarizer.verify.cues import type_told
from summarizer.verify.numbers import figures_in
from summarizer.verify.names import name_in_text, normalise, phrase_in_text
from summarizer.verify.parties import harmed_at_the_aim, names_people, never_a_target, no_other_target
from summarizer.verify.qualifiers import lower_bounds
from summarizer.verify.roles import plays_role
from summarizer.verify.rules import Verifier


# A blank line between two sentences: a new paragraph.
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\r?\n")


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
        self._body: Body | None = None

    def without_dateline(self, n: int) -> Sentence:
        """Sentence n as the model may be shown it: its dateline part left out."""
        s = self.by_number[n]
        return Sentence(n, " ".join(self.evidence[n].split()) or s.text, s.start, s.end)

    def dateline_sentence(self) -> int | None:
        return self.verifier.dateline_number

    def refine(self, events: EventList) -> EventList:
        """The model's events refined against this article (summarizer.verify.events):
        the one call the live path and the rebuild of kept answers share."""
        v = self.verifier
        return refine_events(events, self.evidence, v.report_year, v.report_date, filed=v.anchor is not None,
                             body=self.body())

    def body(self) -> Body:
        """The article's body, where a missed incident may be told (verify.events.Body)."""
        if self._body is None:
            first = self.dateline_sentence() or 1
            ordered = [self.by_number[n] for n in sorted(self.by_number)]
            numbers = tuple(s.n for s in ordered if s.n >= first and s.n not in self.directives
                            and s.n not in self.verifier.signoffs)
            starts = frozenset(s.n for k, s in enumerate(ordered)
                               if k == 0 or _PARAGRAPH_BREAK.search(self.text, ordered[k - 1].end, s.start))
            lead = numbers[0] if numbers and self.dateline is not None else None
            self._body = Body(numbers, starts, lead)
        return self._body

    def headlines_stating(self, event_type: str) -> list[int]:
        """The lines above the dateline (a headline, a subhead) that name `event_type`."""
        dateline = self.dateline_sentence() or 1
        return [n for n in range(1, dateline) if n in self.evidence and n not in self.directives
                and type_stated(event_type, [self.evidence[n]])]

    def act_day_before(self, n: int) -> tuple[str, int] | None:
        """(the day phrase, its sentence) of the nearest sentence before sentence n
        that dates an act (verify.events.act_day), not a background one."""
        return self.act_day_among(range(n - 1, 0, -1))

    def act_day_among(self, numbers: Iterable[int], event_type: str | None = None) -> tuple[str, int] | None:
        """(the day phrase, its sentence) of the first of `numbers`, in the order
        given, whose sentence dates an act (verify.events.act_day), not a background one,
        and, given an event type, states it (not "a strike ... from Monday" for an abduction)."""
        v = self.verifier
        for m in numbers:
            text = self.evidence.get(m)
            if not text or m in self.directives or dated_before(text, v.report_date, v.anchor is not None):
                continue
            if event_type and not type_stated(event_type, [text]):
                continue
            day = act_day(text)
            if day:
                return day, m
        return None

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
        return (dl.places[1] if len(dl.places) > 2 else None), dl.country


LEAD_SENTENCES = 2  # a headline, then the lead


def _mistyped(event_type: str, texts: list[str]) -> bool:
    return (event_type == "other" or not type_stated(event_type, texts)
            or bool(kind_contradicted(event_type, texts, incident_texts=texts)))


def event_sentences(event: EventRef, article: Article) -> list[int]:
    """The event's sentences that exist and report (never an instruction to the model)."""
    return sorted({n for n in event.sentences if n in article.by_number and n not in article.directives})


def _stating(value: str, numbers: list[int], article: Article, as_phrase: bool = False) -> list[int]:
    test = phrase_in_text if as_phrase else name_in_text
    return [n for n in numbers if test(value, article.evidence[n])]


def _in_role(name: str, kind: str, incident: DraftIncident, numbers: list[int], article: Article) -> list[int]:
    """The sentences to cite for a party: those that give it its role ("Gunmen
    ambushed"), else every one that names it; a long article names its gunmen
    in many sentences that say nothing of who they were."""
    stating = _stating(name, numbers, article)
    battle = incident.event_type == "battle/clash"
    in_role = [n for n in stating if plays_role(name, kind, [article.evidence[n]], either_side=battle)]
    return in_role or stating or numbers[:1]


def _aim_of_the_act(targets: list[str], incident: DraftIncident, numbers: list[int], article: Article,
                    filed_in: str | None) -> tuple[str, int] | None:
    """(the building, post, vehicle or gathering an attack or a bombing was aimed at,
    its sentence) when the model named only people as its targets (records.aims);
    the first sentences that tell the act say it."""
    if incident.event_type not in ("armed attack", "bombing/explosion") or not all(names_people(t) for t in targets):
        return None
    first = [n for n in dict.fromkeys([*incident.event_type_sentences, *numbers]) if n in article.evidence][:4]
    found = aim_of_the_act([(n, article.evidence[n]) for n in first])
    if not found or never_a_target(found[0], incident, filed_in) or any(name_in_text(found[0], t) for t in targets):
        return None
    return found


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
    # The clause that states the figure names its category ("38 were killed"):
    # when it names exactly one other than the model's, the clause is right.
    named = category_conflict(figure.category, figure.count, texts)
    category = next(iter(named)) if named and len(named) == 1 else figure.category
    return DraftCasualty(category=category, count=figure.count, qualifier=qualifier, who=figure.who,
                         reported_by=figure.reported_by, sentences=candidates)


def event_kind(event: EventRef, article: Article) -> str:
    """The type the record gives the event: the model's, except for the incident
    the article opens with when its sentences do not state that type (or
    contradict it, or it is "other", which this tool never reports: rule 11):
    that is the model's slip, and its first sentence names the kind. Later
    groups so typed are mostly statements and background, and stay as they are."""
    numbers = event_sentences(event, article)
    kind = event.type
    # An armed attack on armed forces that its own sentences call a fight is a
    # battle/clash (the convention in docs/eval.md), whichever incident it is (and
    # before any retyping from the lead's cue words, which a fight's may mislead).
    if _a_fight(kind, numbers, article):
        return "battle/clash"
    # ... and security forces firing on a protest make a riot/protest.
    if kind == "armed attack" and forces_fired_on_a_protest([article.evidence[n] for n in numbers]):
        return "riot/protest"
    if numbers and numbers[0] <= LEAD_SENTENCES and _mistyped(kind, [article.evidence[n] for n in numbers]):
        kind = type_of(article.evidence[numbers[0]], kind)
    return "battle/clash" if _a_fight(kind, numbers, article) else kind


def _a_fight(kind: str, numbers: list[int], article: Article) -> bool:
    if kind != "armed attack":
        return False
    texts = [article.evidence[n] for n in numbers]
    # (the sentences that state an attack; none does when the sentences only tell a fight)
    return fight_between_forces(([t for t in texts if type_stated(kind, [t])] or texts)[:3])


# A month or a year with no day in it: "early March 2026", "in 2024".
_PERIOD = re.compile(rf"(?i)(?:in\s+)?(?:(?:early|mid|late)[\s-]+)?(?:{MONTH_NAMES})(?:\s+\d{{4}})?|(?:in\s+)?\d{{4}}")


def _a_period(date_text: str, article: Article) -> bool:
    """Does `date_text` name a month or a year with no day in it ("early March 2026"),
    one the article does not pin down to a day?"""
    return bool(_PERIOD.fullmatch(date_text.strip())) and not resolve(date_text, article.verifier.anchor)


def incident_from(event: EventRef, fields: EventFields | None, article: Article) -> DraftIncident:
    """The draft incident of one event and its fields (module docstring)."""
    numbers = event_sentences(event, article)
    event = EventRef(type=event_kind(event, article), sentences=event.sentences)
    summary, summary_sentences = _summary(numbers, article)
    # The first sentences that say what happened: a long article repeats "attack"
    # in every later paragraph, and citing them all said little (event type
    # citation precision 0.51 -> 0.62 dev with three, recall 0.85 -> 0.81; eval of 2026-12-02).
    typed = [n for n in numbers if type_stated(event.type, [article.evidence[n]])][:3]
    if not type_told(event.type, [article.evidence[n] for n in typed]):
        # A report's header lines name the aircraft and the flight, a story the works;
        # the sentence that tells the crash or the blast comes later (rule 11 asks for it).
        typed += [n for n in numbers if type_told(event.type, [article.evidence[n]])][:1]
    # A headline that says what happened states the type too (gold cites 46 of the
    # 51 that say it on dev), whether or not the model counted it among the event's.
    typed = sorted({*article.headlines_stating(event.type), *typed})
    incident = DraftIncident(summary=summary, summary_sentences=summary_sentences, event_type=event.type,
                             event_type_sentences=typed or numbers[:1])
    if fields is None:  # stage 2 was not asked (the event itself failed its checks)
        return incident
    if fields.date:
        incident.date_text = fields.date
        incident.date_sentences = _stating(fields.date, numbers, article, as_phrase=True) or numbers[:1]
        # "morning" of "KIDNAPPED ON SATURDAY MORNING": the day the sentence gives it
        incident.date_text = whole_day(fields.date, [article.evidence[n] for n in incident.date_sentences
                                                     if n in article.evidence])
        # "were freed late on Wednesday" for an abduction the lead dates "abducted on
        # Saturday": a day the article gives only to the release, a statement or the
        # aftermath is not the event's; the event's own sentences that date its act do.
        # ... and "for four days in early March 2026", a period, gives way to the day the
        # event's own sentences date its act ("on March 9, 2026, a section of the hillside
        # gave way").
        if dates_no_act(incident.date_text, [article.evidence[n] for n in incident.date_sentences],
                        abduction=incident.event_type == "abduction") or _a_period(incident.date_text, article):
            found = article.act_day_among(numbers, incident.event_type)
            if found:
                incident.date_text, n = found
                incident.date_sentences = [n]
    place, admin, country, cited = locate(fields, numbers, article)
    incident.place, incident.admin_area, incident.country = place, admin, country
    if cited:
        incident.location_sentences = cited
    in_event = {n: article.evidence[n] for n in numbers}
    texts = list(in_event.values())
    # "a hacktivist collective that calls itself Iron Lanterns": the group by its own name
    named = [own_name(n, texts) or bare_name(n) for n in fields.perpetrators]
    incident.perpetrators = [DraftActor(name=n, sentences=_in_role(n, "perpetrators", incident, numbers, article))
                             for n in dict.fromkeys(named) if n.strip() and keep_party(n, incident.event_type, article.dateline)]
    # A place or a thing hit is never a target, nor the people harmed at the post or
    # building attacked (rule 12): the record leaves them out, as it leaves out a
    # weapon given as a party.
    filed_in = article.dateline.country if article.dateline else None
    targets = [n for n in fields.targets if n.strip() and keep_party(n, incident.event_type, article.dateline)
               and not never_a_target(n, incident, filed_in)]
    aim = _aim_of_the_act(targets, incident, numbers, article, filed_in)
    if aim:
        targets.insert(0, aim[0])
    incident.targets = [DraftActor(name=n, sentences=[aim[1]] if aim and n == aim[0]
                                   else _in_role(n, "targets", incident, numbers, article))
                        for n in targets if not (harmed_at_the_aim(n, targets, incident.event_type, texts)
                                                 or no_other_target(n, targets, texts))
                        # named as attackers too: kept, so that the verifier flags both roles (rule 15)
                        or any(normalise(n) == normalise(p) for p in fields.perpetrators)]
    if incident.event_type == "cyberattack":
        hit = hit_by_a_cyberattack(in_event)
        if hit and not any(name_in_text(hit[0], t.name) or name_in_text(t.name, hit[0]) for t in incident.targets):
            incident.targets.insert(0, DraftActor(name=hit[0], sentences=[hit[1]]))
    if incident.event_type not in NO_PARTIES:
        for name, n in claimants(in_event):
            if not any(name_in_text(name, p.name) or name_in_text(p.name, name) for p in incident.perpetrators):
                incident.perpetrators.append(DraftActor(name=name, sentences=[n]))
    # "Nobody was hurt" is no casualty figure (docs/eval.md): a count of 0 is left out.
    # A 1.5B model writes "1" beside sentence after sentence: a count of 1 that none
    # of the incident's sentences states is that habit, not a figure (the answer
    # keeps it). Any other unstated count stays, flagged: it may be a misreading.
    stated = set().union(*(figures_in(article.evidence[n]) for n in numbers)) if numbers else set()
    casualties = [_casualty(f, numbers, article) for f in fields.casualties
                  if f.count != 0 and (f.count != 1 or 1 in stated)]
    # A number that counts things or the accused where the answer cites it ("120,000
    # hijacked cameras", "17 were convicted") is no one harmed (rule 9): left out, as a
    # weapon given as a party is.
    casualties = [c for c in casualties if not counts_no_one(c.count, [article.evidence[n] for n in c.sentences])]
    # ... and so is anyone "captured" in a flood, a crash or a cyberattack: another
    # incident's (rule 8; the verifier refuses such a figure).
    if incident.event_type in TAKES_NO_CAPTIVES:
        casualties = [c for c in casualties if c.category != "captured/abducted"]
    # A headline's figure is the body's again ("Army says 12 rebels killed at Korum" over "Soldiers
    # killed 12 fighters"): one statement, given where the body states it.
    first_body = article.dateline_sentence() or 1
    in_body = [any(n >= first_body for n in c.sentences) for c in casualties]
    stated_in_body = {(c.category, c.count) for c, body in zip(casualties, in_body) if body}
    casualties = [c for c, body in zip(casualties, in_body) if body or (c.category, c.count) not in stated_in_body]
    # The same figure of the same sentence twice is one statement ("killed 2" put
    # right by its clause to the "missing 2" the answer also gave).
    seen: set[tuple] = set()
    for c in casualties:
        key = (c.category, c.count, c.qualifier, tuple(c.sentences))
        if key not in seen:
            seen.add(key)
            incident.casualties.append(c)
    incident.casualties += figures_told(incident, numbers, article.evidence, article.verifier,
                                       article.dateline_sentence() or 1)
    return incident


def draft_from_stages(events: EventList, fields: list[EventFields | None], article: Article) -> Draft:
    """The draft of the whole article: one incident per event, in order."""
    incidents = [incident_from(e, f, article) for e, f in zip(events.events, fields)]
    place_spots_in_their_town(incidents, article)
    share_lead_location(incidents, article)
    frame_by_labels(incidents, article)
    share_same_day(incidents, article)
    return Draft.model_construct(incidents=incidents)


def share_same_day(incidents: list[DraftIncident], article: Article | None = None) -> None:
    """An incident dated only "later that day", "on the same day" or "about four
    hours later" happened on the day of the incident before it, as the gold
    annotates it: it takes that incident's date and its sentences (the verifier
    checks it there). With no incident before it that has a date (the model left
    the first event out), the day is the one the nearest sentence before it dates
    an act with ("On 14 August 2023, fighters ambushed ..."; `Article.act_day_before`)."""
    for k, inc in enumerate(incidents):
        if not (inc.date_text and LATER_THAT_DAY.match(inc.date_text)):
            continue
        before = incidents[k - 1] if k else None
        if before is not None and before.date_text:
            inc.date_text, inc.date_iso = before.date_text, before.date_iso
            inc.date_sentences = list(before.date_sentences)
        elif article is not None and inc.date_sentences:
            found = article.act_day_before(min(inc.date_sentences))
            if found:
                inc.date_text, n = found
                days = resolve(inc.date_text, article.verifier.anchor)
                inc.date_iso = next(iter(days)).isoformat() if len(days) == 1 else None
                inc.date_sentences = [n]
