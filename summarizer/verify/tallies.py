"""Rules 13 and 16 for a casualty figure or a name: a tally over a period or over
several events is no one incident's figure, and a figure or a party of an earlier
time than the report's is background (the rule list is in summarizer.verify.rules;
what the clause says of a figure is in summarizer.verify.categories)."""

from __future__ import annotations

import re

from summarizer.verify.categories import CLAUSES, clauses_stating
from summarizer.verify.dates import MONTH_NAMES
from summarizer.verify.event_types import EARLIER, NOW
from summarizer.verify.names import name_in_text
from summarizer.verify.numbers import figure_mentions

# Rule 16: a tally is no one incident's figure: over a period ("since January,
# the army has killed 211"; "so far this year") or over several events ("a total
# of 14 were killed in the two actions"). "The deadliest attack since 2019" is a
# comparison, not a tally; "since Thursday" may be the incident's own span (a
# flood, a riot), so only months, years and longer count, or a day when the
# figure is of "the violence", "the unrest", "the fighting" since then; "over
# the two days" sums the days, which are each an incident of their own.
_MONTHS = MONTH_NAMES
# (and "across Wendovia's northern Sambrel province")
_ACROSS_A_REGION = r"\bacross\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,3}?(?:province|region|district|state|county|department|valley)\b"
_TALLY = re.compile(
    rf"\bsince\s+(?:(?:early|late|mid)[\s-]+)?(?:\d{{1,2}}\s+)?(?:{_MONTHS}|(?:19|20)\d\d\b|last\s+(?:year|month)"
    r"|the\s+(?:start|beginning)"
    # a numeric date: "Since 01/01/2022, 23 people have been killed in the province"
    r"|\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)?\d\d\b)"
    # "A week of attacks ... has killed at least five people"
    r"|\b(?:a|two|three|four|several|the\s+past|the\s+last)\s+(?:days?|weeks?|months?)\s+of\s+(?:attacks|violence|fighting"
    r"|clashes|unrest|bombings|raids)\b"
    r"|\b(?:so\s+far\s+)?this\s+year\b"
    # a monitor's count to date: "Month to date (1-21 September 2025), the CCO has recorded 61 strikes"
    r"|\b(?:month|year)[\s-]+to[\s-]+date\b"
    # a toll summed over days, each an incident of its own: "put the toll for the two days at 10 dead"
    r"|\b(?:toll|total|tally|count|figures?)\s+(?:for|over|of)\s+the\s+(?:two|three|four|five|six|seven)\s+days\b"
    # "In all, at least 37 people have been killed in Hethmoor since Monday": a sum since a day
    r"|\bin\s+all\b[^.;]{0,80}?\bsince\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"
    # "In all, at least nine people were killed ... across the country": a national total
    r"|\bacross\s+the\s+(?:country|nation)\b|\bnationwide\b"
    # "killed in fighting across Tolvash province since the Brigades began their spring
    # offensive": a region's total, a campaign's
    rf"|{_ACROSS_A_REGION}"
    # (not "since the storm began": the incident's own toll)
    r"|\bsince\s+[^.;]{0,60}?\b(?:offensive|campaign|insurgency|war|conflict|uprising|rebellion)\b"
    # "a second device went off ..., killing at least 31 people in all": both blasts summed
    r"|\b(?:second|both|two)\b[^.;]*\bin\s+all\b"
    # "killed in the violence since Thursday": a wave of events since a day, not one of them
    r"|\b(?:in|during)\s+the\s+(?:violence|unrest|wave\s+of\s+\w+|attacks|clashes|fighting)\s+since\b"

    r"|\b(?:in|during)\s+(?:the\s+|these\s+|those\s+)?(?:two|three|four|five|six|both|several|all\s+the)\s+"
    r"(?:actions|attacks|incidents|clashes|bombings|raids|operations|explosions|blasts|ambushes|assaults|events"
    # "left seven dead in four shootings and a bombing"
    r"|shootings|killings|stabbings)\b"
    # "At least 62 people have been killed in bombings and shootings in the province": two
    # kinds of events, each in the plural, are many events summed
    r"|\bin\s+(?:bombings|shootings|attacks|raids|clashes|killings|ambushes)\s+and\s+(?:other\s+)?"
    r"(?:bombings|shootings|attacks|raids|clashes|killings|ambushes)\b"
    # "the two bombings had killed 15 people", "the two bombings in Sarlu and Ulmaz had killed
    # 11" (not "the first of the two bombings")
    r"|(?<!\bof\s)\bthe\s+(?:two|three|four|five|six|both)\s+"
    r"(?:attacks|bombings|blasts|explosions|raids|ambushes|incidents|clashes|tornadoes|storms|floods|quakes"
    r"|earthquakes|fires|landslides|crashes)"
    # ("The three tornadoes were blamed for 8 deaths and 26 injuries across the three counties")
    r"(?:\s+(?:in|at|on|near)\s+[^,.;\d]{1,50}?)?\s+(?:had\s+|have\s+)?"
    r"(?:killed|wounded|injured|left|(?:were|are|have\s+been)\s+blamed\s+for|caused)\b"
    # "counted 9 dead, 13 injured and one missing in Kyrnava district after the storms": a
    # district's count over the night's storms; "The authority's national toll also includes ..."
    r"|\bin\s+[^.;,]{1,40}?\b(?:district|province|region|county|department)\s+(?:after|from|during)\s+the\s+"
    r"(?:storms|floods|rains|attacks|bombings|clashes|tornadoes|quakes)\b"
    r"|\bnational\s+(?:death\s+)?(?:toll|total|tally)\b"
    # a log's sum of its entries: "WEEKLY TOTALS, Lower Osseri district | 3 security incidents, 1 killed"
    r"|\b(?:week(?:ly)?|month(?:ly)?|daily|year(?:ly)?|annual|period)\s+totals?\b"
    # an advisory's count over its period: "Three attacks on vessels were reported in the period
    # (previous period: two), in which 3 seafarers were wounded"
    r"|\b(?:in|during|over)\s+the\s+(?:reporting\s+)?period\b|\bprevious\s+period\b"
    # a sum over several places, each an incident of its own: "the toll across the two islands"
    # ("had received 19 wounded people from the two villages since Monday")
    r"|\b(?:across|in|on|over|from)\s+(?:the\s+|both\s+)?(?:two|three|four|five|six|both|several|all\s+the)\s+"
    r"(?:islands|provinces|regions|districts|departments|states|counties|parishes|municipalities|towns|villages"
    r"|cities|countries"
    # ("have treated 46 people from the two places")
    r"|places|communities|neighbourhoods|neighborhoods|areas)\b"
    # a vote's day over the country: "violence linked to the vote left 9 people dead in 14 of
    # Corvenia's 20 provinces", "ELECTION-DAY VIOLENCE IN 9 OF THE COUNTRY'S 14 DEPARTMENTS HAD LEFT 4 DEAD"
    r"|\b(?:in|across)\s+(?:\d+|[a-z]+)\s+(?:of\s+(?:the\s+country['\u2019]s|[\w'\u2019-]+['\u2019]s|its|the)\s+"
    r"(?:\d+|[a-z]+)\s+)?(?:provinces|regions|districts|departments|states|counties|municipalities)\b", re.I)
# A sentence's closing span sums all it says: "... treated 112 wounded over the two days."
# ("Seven people were killed ... over the weekend in four shootings and a bombing": a weekend's sum)
_DAYS_SPAN = re.compile(r"\bover\s+the\s+(?:(?:two|three|four|five|six|seven|past\s+\w+|last\s+\w+)\s+days|weekend)\b",
                        re.I)
_COMPARISON = re.compile(r"\b(?:deadliest|worst|largest|biggest|bloodiest|heaviest|first|most\s+\w+)\b[^.;]{0,50}$", re.I)


# A page's summary line of casualties ("Casualties: 27 soldiers and 61 rebels
# killed"): the whole page's figure.
_CASUALTY_LABEL = re.compile(r"^\W*(?:casualties|losses|casualties\s+and\s+losses|deaths|fatalities)\s*:", re.I)


def summary_line(text: str) -> bool:
    return bool(_CASUALTY_LABEL.match(text))


# A report's heading over its totals, saying they cover several incidents: "KEY FIGURES
# (three villages, main shock and aftershock)", "TOTALS (both events)".
_TOTALS_HEADING = re.compile(r"^\W*(?:key\s+figures|totals?|figures|casualties)\b[^()]*\([^)]*"
                             r"\b(?:both|all|two|three|four|five|six|several)\b[^)]*\)\s*:?\s*$", re.I)
_BULLET = re.compile(r"^\s*[-\u2022*]\s")


def totals_under_a_heading(sentences: list) -> set[int]:
    """The bullets under a heading that says they sum several incidents (numbers of
    `sentences`, each with .n and .text): a total, no one incident's figure (rule 16)."""
    found: set[int] = set()
    under = False
    for s in sentences:
        if _TOTALS_HEADING.match(s.text):
            under = True
        elif under and _BULLET.match(s.text):
            found.add(s.n)
        else:
            under = False
    return found


# "..., an armed group that has fought the government in the province since 2019.": a
# closing "since" of a relative clause after the figure dates what the group has done, not the figure.
_RELATIVE_PERFECT = re.compile(r"\b(?:that|which|who)\s+(?:has|have|had)\b", re.I)


def tally(count: int, sentences: list[str], own_region: str | None = None) -> bool:
    """True when every place the sentences state `count` gives it as a tally: a
    tally phrase before it in its sentence, or in its clause (rule 16). For an
    incident that spans its region (`own_region`, a heat wave over a province, no
    town its place), "across the province" is its own extent, no tally."""
    found = []
    for sentence in sentences:
        marks = [m for m in _marks(sentence, own_region) if not _COMPARISON.search(sentence[:m.start()])]
        for mention in figure_mentions(sentence):
            if mention.value != count:
                continue
            clause = next((c for c in CLAUSES.split(sentence) if any(
                m.value == count for m in figure_mentions(c))), "")
            # before the figure, in its clause, or closing its sentence ("... KILLED IN ALTO
            # QUIRIMA SINCE 1 JANUARY.")
            found.append(any(m.start() < mention.start or (re.match(r"\W*$", sentence[m.end():])
                                                            and not _RELATIVE_PERFECT.search(sentence[mention.start:m.start()]))
                             # or after it with nothing between to end its clause ("At least 62 people
                             # have been killed in bombings and shootings in the province since January, ...")
                             or (m.start() > mention.end and not re.search(r"[,;:()]", sentence[mention.end:m.start()])
                                 and not _RELATIVE_PERFECT.search(sentence[mention.start:m.start()])
                                 and not any(mention.end <= other.start < m.start() for other in figure_mentions(sentence)))
                             for m in marks)
                         or bool(_marks(clause, own_region))
                         or bool(_DAYS_SPAN.search(sentence[mention.start:])))
    return bool(found) and all(found)


def _marks(text: str, own_region: str | None) -> list[re.Match]:
    marks = list(_TALLY.finditer(text))
    if own_region:
        words = {w.lower() for w in re.findall(r"[\w'\u2019-]+", own_region)}
        # "across the province", "across Drennow province": the region the incident spans
        marks = [m for m in marks if not (re.fullmatch(_ACROSS_A_REGION, m.group(), re.I) and {
            w.lower() for w in re.findall(r"[\w'\u2019-]+", m.group())[1:-1]} - {"the"} <= words)]
    return [m for m in marks if not _WHERE_A_SOURCE_WAS.search(text[max(0, m.start() - 80):m.start()])]


# "The League, which had observers in both cities, said 4 people had died in Halvorrin":
# where the source watched, not what its figures sum.
_WHERE_A_SOURCE_WAS = re.compile(r",\s+(?:which|who)\s+(?:had|has|have|kept|keeps)\s+(?:[\w-]+\s+){0,2}?"
                                 r"(?:observers|monitors|staff|teams|offices|correspondents|reporters|volunteers|members)"
                                 r"\s+(?:\w+\s+)?$", re.I)


# Rule 13 for one figure: "In 2019, a fire at the same mine killed five miners" is a
# figure of an earlier event, whatever incident cites it. The year must lead the
# sentence or stand in the figure's own clause ("in 2024 two nurses were killed"),
# and nothing in the sentence may bring it to the report's time ("on Monday").
_YEAR_OF = re.compile(
    # "since 2024, when a ransomware attack ...": the earlier event a comparison names
    rf"\b(?:in|during|on|since(?=\s+\d{{4}},?\s+when\b))\s+(?:the\s+(?=\d{{4}}\s+[a-z]))?(?:(?:early|late|mid)[\s-]+)?(?:\d{{1,2}}\s+)?(?:(?P<month>{_MONTHS})\s+)?(?:\d{{1,2}},?\s+)?"
    r"(?P<year>1[89]\d\d|20\d\d)\b", re.I)
_ANY_YEAR = re.compile(r"\b(?:1[89]\d\d|20\d\d)\b")


# Earlier than the report without a year: "last year", "two months ago", and a month
# alone before the report's own ("In January, soldiers raided ..." under a May dateline).
# (not the month a statement was made: "the interior ministry said in December that four aid
# workers had been taken" dates the saying, not the taking)
_MONTH_ALONE = re.compile(rf"(?<!said\s)(?<!says\s)(?<!reported\s)(?<!announced\s)(?<!stated\s)(?<!confirmed\s)"
                          rf"\b(?:in|during|since(?=\s+\w+,?\s+when\b))\s+(?:(?:early|late|mid)[\s-]+)?"
                          rf"(?P<month>{_MONTHS})\b(?!\s*,?\s*\d)", re.I)
_MONTH_NUMBER = {m: k for k, m in enumerate(_MONTHS.split("|"), 1)}


# "since 2024, when ...", "since March, when ..." (under a June report), "once before,
# in April last year, when a suicide bomber killed six soldiers there": the time and
# the event it dates are one clause.
_SINCE_WHEN = re.compile(rf"\b(since\s+(?:\d{{4}}|{_MONTHS})|(?:in\s+)?(?:[A-Za-z]+\s+)?last\s+(?:year|month)"
                         # "WAS ATTACKED ONCE BEFORE, IN OCTOBER 1983, WHEN A BOMB ... KILLED 2 SOLDIERS"
                         rf"|(?:in|during)\s+(?:(?:early|late|mid)[\s-]+)?(?:(?:{_MONTHS})\s+)?(?:19|20)\d\d),(\s+when\b)",
                         re.I)


def _years_in(parts: list[str]) -> list[tuple[int, int | None]]:
    """(year, month or None) of every date of a year the parts give ("in March 2020")."""
    return [(int(m["year"]), _MONTH_NUMBER.get((m["month"] or "").lower())) for part in parts
            for m in _YEAR_OF.finditer(part)]


def _of_an_earlier_year(sentence: str, own: list[str], year: int, month: int | None = None) -> bool:
    """Does the sentence's lead clause or one of its clauses `own` (those stating
    the value) place it before the report (`year`, and `month` when known), with
    nothing of the report's time?"""
    def earlier(y: int, mo: int | None) -> bool:  # "in March 2020" under a July 2020 report is earlier
        return y < year or (y == year and month is not None and mo is not None and mo < month)

    if any(int(y) > year for y in _ANY_YEAR.findall(sentence)):
        return False
    # "Tuesday's ambush was the second on his convoy, after a roadside bomb killed four of
    # his guards near Tovarre in 2024": the value's own clause dates it, whatever day the
    # sentence names elsewhere.
    own_dated = _years_in(own)
    if own_dated and not any(NOW.search(part) for part in own) and all(earlier(y, mo) for y, mo in own_dated):
        return True
    # "The Wednesday bombing was the deadliest ... since last month, when an ambush near
    # Sollen killed 11 soldiers": the value told in the "when" clause is of that earlier time,
    # whatever day the sentence names before it.
    since = _SINCE_WHEN.search(sentence)
    # (or "..., IN OCTOBER 1983, WHEN A BOMB ... KILLED 2 SOLDIERS": a year before the report's)
    when_dated = _years_in([since[1]]) if since else []
    told_when = sentence[since.start(2):] if since and (EARLIER.search(since[1]) or (
        when_dated and all(earlier(y, mo) for y, mo in when_dated))) else ""
    if told_when and own and all(part.strip() and part.strip() in told_when for part in own) \
            and not NOW.search(told_when):
        return True
    if NOW.search(sentence):
        return False
    # "the longest since 2024, when a ransomware attack ... in Brell": one clause, of 2024
    merged = CLAUSES.split(_SINCE_WHEN.sub(r"\1\2", sentence))
    parts = [merged[0], *own, *(c for c in merged[1:] if any(o.strip() and o.strip() in c for o in own))]
    dated = _years_in(parts)
    # The report's own year said anywhere else in the sentence brings it to the report's time.
    this_year = sum(1 for y in _ANY_YEAR.findall(sentence) if int(y) == year)
    if this_year > sum(1 for y, mo in dated if y == year and earlier(y, mo)):
        return False
    if dated:
        return all(earlier(y, mo) for y, mo in dated)
    if any(EARLIER.search(part) for part in parts):
        return True
    months = [_MONTH_NUMBER[m["month"].lower()] for part in parts for m in _MONTH_ALONE.finditer(part)]
    # (a month after the report's, told as done, is last year's: "In November, DSF fighters
    # ambushed an army convoy ..., killing nine soldiers" under a March dateline)
    return month is not None and bool(months) and all(m != month for m in months)


# "fined the owner ... over the collapse that killed six workers there in October 2025": a
# relative clause that tells the figure and dates it, whatever day the sentence's own verb has.
_RELATIVE_BEFORE = re.compile(r"\b(?:that|which|who)\s+[^,;.]{0,50}$", re.I)
_DATED_AFTER = re.compile(rf"^[^,;.]{{0,50}}?\bin\s+(?:(?:early|mid|late)[\s-]+)?(?:(?:{_MONTHS})\s+)?((?:1[89]|20)\d\d)\b",
                          re.I)


def _dated_in_its_relative_clause(sentence: str, count: int, year: int) -> bool:
    mentions = [m for m in figure_mentions(sentence) if m.value == count]
    for m in mentions:
        dated = _DATED_AFTER.match(sentence[m.end:])
        if not (_RELATIVE_BEFORE.search(sentence[max(0, m.start - 60):m.start]) and dated and int(dated[1]) < year):
            return False
    return bool(mentions)


def of_an_earlier_year(count: int, sentences: list[str], year: int, month: int | None = None) -> bool:
    """True when every sentence stating `count` gives it as a figure of a time
    before the report's (`year`, `month`)."""
    found = [_of_an_earlier_year(sentence, clauses_stating(count, [sentence]), year, month)
             or _dated_in_its_relative_clause(sentence, count, year)
             for sentence in sentences if any(m.value == count for m in figure_mentions(sentence))]
    return bool(found) and all(found)


def named_of_an_earlier_year(name: str, sentences: list[str], year: int, month: int | None = None) -> bool:
    """True when every sentence naming `name` names it at a time before the
    report's: "The station was last bombed in 2023, when a suicide attacker killed
    eight" (not "... blamed the ERP, which has operated in Valdora since 1984")."""
    found = [_of_an_earlier_year(sentence, [c for c in CLAUSES.split(sentence) if name_in_text(name, c)],
                                 year, month)
             for sentence in sentences if name_in_text(name, sentence)]
    return bool(found) and all(found)


# "The mine had reopened on 2 October 2025, eight months after a methane explosion there
# killed 19 workers": the figure of an event months or years before, told to date another
# thing; no dateline or year is needed to see it is not this incident's.
_MONTHS_AFTER = re.compile(r"\b(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several"
                           r"|some|a\s+few|many)\s+(?:months?|years?|decades?)\s+(?:after|since)\s+(?:a|an|the)\s"
                           r"[^,;.]{0,100}$", re.I)


def of_an_event_months_before(count: int, sentences: list[str]) -> bool:
    """True when every statement of `count` in the sentences lies in a clause "N months
    (years) after a ... killed COUNT": an earlier event's figure."""
    found = [bool(_MONTHS_AFTER.search(sentence[:m.start]))
             for sentence in sentences for m in figure_mentions(sentence) if m.value == count]
    return bool(found) and all(found)


# "CARRIED OFF TWO ENGINEERS, ONE OF THEM A CITIZEN OF MARAVAL", "THREE SOLDIERS ...,
# ONE OF THEM, A 19-YEAR-OLD CONSCRIPT, IS IN SERIOUS CONDITION": one member of a group
# described, no figure of its own ("19 officers hurt, four of them with burns" is one).
_ONE_DESCRIBED = re.compile(r"^\s+of\s+(?:them|whom)\s*,?\s+(?:a|an)\s"
                            # (not "ONE OF THEM, A 70-YEAR-OLD RETIRED TEACHER, HAD DIED AT DAWN": what befell him)
                            r"(?![^,;.]{0,80},\s+(?:had\s+|has\s+|later\s+)?(?:died|been\s+killed|was\s+killed"
                            # ("one of them, an off-duty soldier who tried to grab a rifle, had been shot dead")
                            r"|succumbed|been\s+shot\s+dead|was\s+shot\s+dead|been\s+shot\s+and\s+killed"
                            r"|been\s+stabbed\s+to\s+death))", re.I)


# "seized Joel Amberlee, 31, the elder brother of one of the dead men": whose relative
# someone is, no count of the dead.
_KIN_OF = re.compile(r"\b(?:brother|sister|son|daughter|father|mother|wife|husband|widow|relative|cousin|uncle|aunt"
                     r"|nephew|niece|friend|colleague|family|lawyer|employer)s?\s+of\s+$", re.I)
_OF_THE_GROUP = re.compile(r"^\s+of\s+(?:the|those|them)\b", re.I)


def one_of_them_described(count: int, sentences: list[str]) -> bool:
    """True when `count` is 1 and every place the sentences state it describes one
    member of a group counted before it ("..., one of them a citizen of ..."), or
    names one of a group only as whose relative someone is ("the brother of one of
    the dead men")."""
    if count != 1:
        return False
    found = [(k > 0 and bool(_ONE_DESCRIBED.match(sentence[m.end:])))
             or bool(_KIN_OF.search(sentence[max(0, m.start - 40):m.start]) and _OF_THE_GROUP.match(sentence[m.end:]))
             for sentence in sentences for k, m in enumerate(figure_mentions(sentence)) if m.value == 1]
    return bool(found) and all(found)


_ATTACKS_ON = re.compile(r"\s+(?:attacks|raids|assaults|bombings)\s+(?:on|against)\s+[^.;:]*$", re.I)


def named_in_a_tally(name: str, sentences: list[str]) -> bool:
    """True when every sentence naming `name` counts it in a tally ("Since January 2025,
    at least 37 civilians have been killed in attacks in Tavrish district"): those
    counted over a period or a region, not the people an attack was aimed at."""
    found = []
    for sentence in sentences:
        at = re.search(rf"\b{re.escape(name)}\b", sentence, re.I)
        if not at:
            continue
        counts = [m.value for m in figure_mentions(sentence) if 0 <= at.start() - m.end <= 25
                  # a count of attacks on them: "has counted 11 attacks on health workers and facilities"
                  or (0 <= at.start() - m.end <= 70 and _ATTACKS_ON.match(sentence[m.end:at.start()]))]
        found.append(bool(counts) and tally(counts[-1], [sentence]))
    return bool(found) and all(found)
