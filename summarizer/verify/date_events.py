"""What a date phrase dates (rule 14): the event, or only something told of it,
a statement ("the ministry said on Sunday"), the captives' release ("were freed
late on Wednesday") or what came after the fact ("the toll rose to 17 on
Tuesday", "what workers found on Sunday morning", "died of their wounds on
Monday", "were flown this morning to the military hospital", "the recording,
posted on a messaging channel on Tuesday") or a bound ("by Tuesday morning"). A date
that dates only such things is not the incident's date (the checks that use these are
in summarizer.verify.date_checks). And which sentences tell another event than the
incident's: an earlier day's told in the past perfect, or one on another written-out
day (read by summarizer.verify.rules for each cited value)."""

from __future__ import annotations

import re

from datetime import date

from summarizer.verify.cues import CAPTIVES_FREED_BY_FORCE, DIED_OF_HARM, EVENT_VERBS, TAKEN_AWAY, TOLL_GIVEN
from summarizer.verify.dates import MONTH_NAMES, WEEKDAYS, explicit_date_spans, explicit_dates, resolve

# "The ministry said on Sunday that ...": the day something was said, not the day
# it happened.
_SAYING = (r"(?:said|says|announced|confirmed|stated|added|declared|warned|denied|claimed|reported|wrote|demanded"
           # ("took away 12 men accused of helping the army": a participle, no saying)
           r"|appealed|urged|condemned|called\s+for|disclosed|revealed|admitted|acknowledged|blamed"
           r"|accused(?!\s+of\b)|attributed"
           r"|gave(?:\s+[\w-]+){0,3}?\s+(?:account|toll|figure|version)"
           # "on 10/08/2024 the Surrow state police put the death toll at 8": a count told later
           r"|put\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:toll|number|figure|count)\s+at"
           # "On 16 October the Varrel Watch ... issued a statement denying any involvement"
           r"|issued\s+(?:a|its|an)\s+(?:\w+\s+)?(?:statement|communiqu[e\u00e9]|denial)"
           r"|told(?:\s+[\w-]+){0,2}?)")


def only_when_said(phrase: str, texts: list[str]) -> bool:
    """Every cited mention of the date phrase dates a statement ("said on
    Sunday", "told reporters Sunday", "in a statement on Saturday"), none the event."""
    hits = _mentions(phrase, texts)
    return bool(hits) and all(_said_at(t, at, end) for t, at, end in hits)


_SAID_ON = re.compile(rf"(?:\b{_SAYING}"
                      # a denial or a claim with its object: "which denied any involvement on 11-Mar-24"
                      r"(?:\s+(?:any|all|the|its)?\s*(?:involvement|responsibility|role|part|links?|accusations?)"
                      r"(?:\s+in\s+(?:it|the\s+\w+))?"
                      # ... or the act itself: "claimed the ambush on 15 May 2025"
                      r"|\s+(?:the|an?)\s+(?:\w+\s+)?(?:ambush|attack|bombing|raid|kidnapping|abduction|killings?"
                      r"|shooting|blast|explosion|assault|hijacking|massacre|seizure|siege|hostage-taking|takeover"
                      r"|occupation)"
                      # ... or by a pronoun: "a group calling itself the BMC claimed it on 23 January 2025"
                      r"|\s+(?:it|them))?"
                      # ... where the speaker was: "told reporters in Karsk on Wednesday"
                      r"(?:\s+in\s+(?-i:[A-Z])[\w'-]+(?:\s+(?-i:[A-Z])[\w'-]+)?)?"
                      # a leak site's listing, a claim: "Brinehook listed the waterworks on its leak site on
                      # 12 February 2024"
                      r"|\b(?:listed|posted|named|added)\b[^.;]{0,60}?\bleak\s+site"
                      # an event reported to the authorities: "who reported the abduction on 19 May 2025"
                      r"|\breported\s+(?:the|an?)\s+(?:\w+\s+)?(?:abduction|attack|kidnapping|incident|killings?"
                      r"|shooting|raid|bombing|theft|disappearance)"
                      # ... or to whom it was reported: "said it had been told of the attack on Monday"
                      r"|\b(?:been|was|were)\s+(?:told|informed|notified|alerted|warned)\s+(?:of|about)\s+(?:the|an?)\s+"
                      r"(?:\w+\s+)?(?:abduction|attack|kidnapping|incident|breach|intrusion|hack|killings?|shooting|raid"
                      r"|bombing|theft|disappearance)"
                      r"|\b(?:statement|communiqu[eé]|interview|(?:press|news)\s+conference"
                      # "disclosed the attack in a stock-exchange filing on February 24"
                      r"|(?:regulatory\s+|stock[- ]exchange\s+)?filing|bulletin|video|message"
                      # "said in a post on a messaging channel" (not "the Tirov border post on Thursday")
                      r"|(?<=\ba\s)post)"
                      r"(?:\s+(?:issued|released|published|posted|read\s+out"  # "a statement issued on 04/04/2019"
                      # "a message signed by the gang on 01/02/2026 denied any role"
                      r"|signed(?:\s+by(?:\s+[\w'-]+){1,4}?)?"
                      # "in a statement read to the Ossary Voice newspaper on 16 September 1997",
                      # "IN A COMMUNIQUE SENT TO RADIO SIERRA AZUL THIS MORNING"
                      r"|(?:read|sent|given|delivered|faxed|e-?mailed)\s+to(?:\s+[\w'-]+){1,5}?"
                      # "denied any involvement in a statement to a Vessenby radio station on 03/12/2026"
                      r"|to\s+(?:an?\s+|the\s+)?(?:[\w'-]+\s+){0,3}?(?:radio(?:\s+station)?|television|tv|newspaper"
                      r"|station|agency|reporters|journalists|channel)))?)"
                      # "said by telephone on Wednesday", "said on its channel on Monday"
                      # ("said in a post on a messaging channel on Wednesday")
                      r"(?:\s+(?:by|on|over|via)\s+(?:a\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+)?(?:telephone|phone|radio"
                      r"|television|tv|channel|website|account|social\s+media))?"
                      # "CLAIMED SHORTLY BEFORE MIDNIGHT"
                      r"\s+(?:(?:late|early|(?:shortly|just)\s+(?:before|after))\s+)?(?:on\s+)?$", re.I)


# A day's possessive on the event's noun dates the event, whatever verb stands before it:
# "Police have arrested three men over last Tuesday's ambush of a bus".
# The nouns of an event's act (here and in _DAY_AFTER_THE_ACT below).
_ACT_NOUNS = (r"attacks?|bombings?|blasts?|explosions?|ambush|raids?|shootings?|massacre|assault|kidnapping|abduction"
              r"|crash|collision|fire|riots?|clash(?:es)?|fighting|killings?|landslide|flood(?:ing)?|storm|derailment"
              r"|capsizing")
_DAYS_EVENT = re.compile(rf"^['\u2019]s\s+(?:[\w-]+\s+){{0,2}}?(?:{_ACT_NOUNS})\b", re.I)


# The day named, then its event in a "when" clause: "TRAPPED SINCE SUNDAY AFTERNOON, WHEN THE
# MAIN SHAFT OF THE SAN ERMELINDO TIN MINE ... COLLAPSED AT THE 240-METER LEVEL".
_WHEN_ITS_EVENT = re.compile(r"^\s*,\s+when\s+[^.;]{0,200}$", re.I)


def _dates_its_event(text: str, end: int) -> bool:
    if _DAYS_EVENT.match(text[end:]):
        return True
    when = _WHEN_ITS_EVENT.match(re.split(r"[.;]", text[end:], maxsplit=1)[0])
    return bool(when) and bool(EVENT_VERBS.search(when.group()))


def _said_at(text: str, at: int, end: int) -> bool:
    """Does the mention of a date at text[at:end] date a statement?"""
    if _dates_its_event(text, end):
        return False
    return bool(_SAID_ON.search(text[max(0, at - 60):at])) or _opens_a_statement(text, at, end)


# "On Wednesday the state's education commissioner, Halima Garba, said 64 students were
# unaccounted for": a sentence the date opens whose first verb is a saying.
_SAID_AFTER = re.compile(rf"^[^.;]{{0,100}}?\b{_SAYING}\b", re.I)


_BEFORE_CLAUSE = re.compile(r"^\s*,\s+(?:(?:hours|minutes|days|a\s+day|shortly|soon|just|moments)\s+)?(?:after|before)\s+"
                            r"[^,;.]{1,160},", re.I)


def _opens_a_statement(text: str, start: int, end: int) -> bool:
    # where the sentence opens, or a clause after a semicolon or a contrasting "while":
    # "The commissioner blamed the ambush on the militia; on 23 January 2025 a group calling
    # itself the BMC claimed it", "The governor blamed the LLA, while on 05/21/2019 a group ... claimed"
    # (or "but": "GSF at first blamed a leaking valve, but on 11/03/2023 the Black Marsh Brigade
    # claimed responsibility in a video")
    opened = re.split(r"(?i);|,\s+(?:while|whereas|but)\b", text[:start])[-1]
    # (past a time of the day: "On the morning of 28 August 2021 the provincial police announced")
    # (and past the statement's own noun: "In a statement on 7 June the Brigade said that ...")
    if re.sub(r"(?i)^\W*(?:in\s+(?:a|an|its|their)\s+(?:[\w-]+\s+)?(?:statement|communiqu\w+|message|video|post)\s+)?"
              r"(?:on|late|early)?\s*(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?", "", opened).strip():
        return False
    # (past a note's own qualifier: "In May 2025 (exact date not reported), armed men abducted ...")
    # (and past a clause of what came before: "On 14 June 2023, hours after the national electoral
    # commission declared President Anselm Vorrik re-elected, several thousand supporters ... rioted")
    said = _SAID_AFTER.match(_BEFORE_CLAUSE.sub("", re.sub(r"^\s*\([^)]*\)", "", text[end:])))
    return bool(said) and not EVENT_VERBS.search(said.group())


def _mentions(phrase: str, texts: list[str]) -> list[tuple[str, int, int]]:
    """(text, start, end) of every place the date phrase, without a leading "on", stands."""
    core = re.sub(r"^\s*on\s+", "", phrase.strip(), flags=re.I)
    if not core:
        return []
    return [(t, m.start(), m.end()) for t in texts for m in re.finditer(rf"(?<!\w){re.escape(core)}(?!\w)", t, re.I)]


_RELATIVE = re.compile(r"\b(?:that|who|which|whom)\b", re.I)
_CLAUSE_END = re.compile(r"[;,.]\s|\s-\s|\b(?:and|but|after|before|when|while)\b", re.I)


# What may stand before a date that opens its sentence: "On", "Late on", and a time of
# day ("At about 0530 local time on March 9, 2026, a section of the hillside gave way").
_OPENER = re.compile(r"(?i)^\W*(?:(?:at|shortly\s+(?:before|after)|just\s+(?:before|after)|around|about)\s+"
                     r"(?:about\s+|around\s+)?[\d.:]+(?:\s*(?:a\.m\.|p\.m\.|am|pm|local\s+time|hours|gmt|utc))*\s+)?"
                     r"(?:(?:late|early)\s+)?(?:on\s+)?")


# "who visited the wounded in Vessaro on Saturday": the harmed named as people, no verb.
_A_NOUN = re.compile(r"\b(?:the|of|among)\s+$", re.I)
_PEOPLE_HARMED = re.compile(r"(?i)wounded|injured|dead|missing|kidnapped|abducted")


_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an)\s+$", re.I)


def _dates_this(text: str, start: int, end: int, this: re.Pattern, event: re.Pattern) -> bool:
    """Is the verb of the mention of a date at text[start:end] one of `this`, not of
    `event`? Its verb: the one nearest before the date in its clause ("abducted on
    Saturday were freed on Wednesday"), else the first after it ("On Wednesday the
    three were freed")."""
    def verbs_ending_in(part: str) -> list[tuple[int, bool]]:  # (where each verb ends, is it one of `this`)
        def verbs(pattern: re.Pattern) -> list[re.Match]:
            # (not a participle used as an adjective: "found in the burned records office on 11/23")
            return [m for m in pattern.finditer(part)
                    if not (_PEOPLE_HARMED.fullmatch(m.group().strip()) and _A_NOUN.search(part, 0, m.start()))
                    and not (m.group().lower().endswith("ed") and _DETERMINER_BEFORE.search(part, 0, m.start()))]
        return sorted([(m.end(), True) for m in verbs(this)] + [(m.end(), False) for m in verbs(event)])

    if _DATE_LABEL.search(text, 0, start):
        return False  # a log's "Date:" label dates its entry, whatever verb its heading ends with
    window = text[max(0, start - 120):start]
    cuts = list(_CLAUSE_END.finditer(window))
    before = window[cuts[-1].end() if cuts else 0:]
    verbs = verbs_ending_in(before)
    if not verbs and cuts and cuts[-1].group().strip().lower() == "and" and re.fullmatch(
            r"\s*(?:a|an|the|another)?\s*[\w-]+\s+(?:more\s+)?(?:on|in|at)\s+", before, re.I):
        # its verb left out: "Three bodies were recovered that night and a fourth on 21-Nov-25"
        verbs = verbs_ending_in(window[cuts[-2].end() if len(cuts) > 1 else 0:cuts[-1].start()])
    if verbs:
        return verbs[-1][1]
    opens = not _OPENER.sub("", text[:start]).strip()
    if opens:
        # A date that opens the sentence dates its first verb, past the comma after it
        # ("On Wednesday, Bread for All suspended ...", "11/03/2014: Gunmen attacked"),
        # past a long subject too ("a section of the saturated hillside above the village
        # of Cragmoor gave way").
        end += len(text[end:]) - len(text[end:].lstrip(" ,:"))
        # ... and past a phrase of what led to it ("On 10/05/2022, after talks mediated by a
        # council of elders, the assailants freed the remaining hostages")
        led = _LED_TO_IT.match(text, end)
        end = led.end() if led else end
    after = text[end:end + 140]
    stop = _CLAUSE_END.search(after)
    after = after[:stop.start() if stop else len(after)]
    verbs = sorted([(m.start(), True) for m in this.finditer(after)]
                   + [(m.start(), False) for m in event.finditer(after)])
    if not verbs or verbs[0][0] >= (100 if opens else 60):
        return False
    relative = _RELATIVE.search(after)
    if verbs[0][1] and relative and relative.start() < verbs[0][0] and any(not is_this for _, is_this in verbs):
        # "THIS MORNING A POLICE PATROL THAT HAD BEEN SENT TO GUARD THE TOWERS WAS AMBUSHED":
        # the relative clause's verb is not the sentence's; its main verb, the act, is later.
        return False
    return verbs[0][1]


_DATE_LABEL = re.compile(r"\bDate\s*:\s*$", re.I)
_LED_TO_IT = re.compile(r"(?:after|following|amid|despite)\s+[^,;.]{1,80},\s*", re.I)


def _dates_only(phrase: str, texts: list[str], this: re.Pattern, event: re.Pattern) -> bool:
    """Does every cited mention of the date phrase date one of `this`, not of `event`
    (`_dates_this`)?"""
    hits = _mentions(phrase, texts)
    return bool(hits) and all(_dates_this(t, a, b, this, event) for t, a, b in hits)


# "The three ... were freed late on Wednesday": the day captives were let go is
# not the day they were taken (an abduction's date).
# (not a substance let out: "released a cloud of nitrogen dioxide over the town late on Tuesday"
# is the leak itself)
_LET_OUT = (r"(?:cloud|plume|gas|fumes|smoke|vapou?rs?|chemicals?|ammonia|chlorine|acid|oil|fuel|crude|toxins?|steam"
            r"|radiation|sludge|slurry|waste|effluent|liquid|water)")
_RELEASE = re.compile(r"\b(?:freed|released(?!\s+(?:an?\s+|the\s+|its\s+|some\s+)?(?:[\w-]+\s+){0,3}?"
                      rf"{_LET_OUT}\b)|rescued|set\s+free|let\s+go|returned\s+(?:home|safely))\b", re.I)
# ... and, of an abduction, the captives' flight ("the girls had fled on Friday night"):
# in other events it is the attackers who flee or escape ("SHOT DEAD ON SATURDAY NIGHT ...
# BY TWO MEN WHO ESCAPED ON FOOT").
_CAPTIVES_RELEASE = re.compile(rf"{_RELEASE.pattern}|\b(?:fled|slipped\s+away|escaped)\b", re.I)
# (pirates' too: "Pirates who boarded the ... trawler ... late on Monday have released the
# eleven fishermen": the day is the boarding's)
_TAKING = re.compile(rf"\b(?:abduct\w*|kidnap\w*|seiz\w*|snatch\w*|taken|took|captur\w*|hostage|hijack\w*|boarded"
                     rf"|{TAKEN_AWAY})\b", re.I)


def only_when_freed(phrase: str, texts: list[str], abduction: bool = True) -> bool:
    """Every cited mention of the date phrase dates a release ("were freed late on
    Wednesday"), none the taking."""
    return _dates_only(phrase, texts, _CAPTIVES_RELEASE if abduction else _RELEASE, _TAKING)


# After the fact: a toll that rose, what was found, a victim who died later.
_AFTER_THE_FACT = re.compile(
    # "the toll ... rose to 17": a count rising (not "the river rose to 6 metres")
    r"\b(?:rose|risen|climbed|jumped|increased)\s+to\s+(?:at\s+least\s+)?[\w-]+"
    r"(?!\s+(?:metres|meters|feet|foot|inches|cm|centimetres|m|ft|mm|degrees|per\s+cent|percent|km))\b"
    # (a timeline's present tense too: "4 March 2026 - Rescuers find the bodies of four of the missing")
    # (not a finding of what had happened: "Investigators found that the intruders first logged
    # in ... on the night of January 26")
    r"|\b(?:found|discovered|recovered|finds?|discovers?|recovers?)\b"
    r"(?!\s+(?:a|an|another|two|three|\d+)\s+(?:bombs?|devices?|explosives?|mines?)|\s+that\b(?!\s+(?:night|day|morning|afternoon|evening|week|month|year)\b))"
    rf"|{DIED_OF_HARM}"
    # ... or in care: "died in intensive care"
    r"|\b(?:died|dies)\s+(?:later\s+)?in\s+intensive\s+care\b"
    # one of the hit dying later: "after a neighbour hit by a stray bullet died on 10/30/2019"
    r"|\b(?:hit|wounded|injured|struck|hurt|shot)\s+(?:by|in)\s+[^.;]{0,40}?\bdied\b"
    # a later death of the wounded: "One of the seriously injured passengers ... died in
    # hospital on 3 September 2017"; a toll revised: "on 2 May 1999 the ministry raised the toll"
    r"|\b(?:died|dies)\s+(?:later\s+)?(?:in|at)\s+(?:a\s+|the\s+)?(?:[\w-]+\s+){0,2}?hospital\b"
    # a captive's death while held: "One of the hostages ... died in captivity on 03/19/2027"
    r"|\b(?:died|dies)\s+(?:later\s+)?in\s+captivity\b"
    # ("raised the death toll from the flooding of the river town of Varnel to 12 on Thursday":
    # the toll's whole phrase, so that "flooding" inside it is not the date's verb)
    r"|\b(?:raised|revised|lowered|updated|raises|revises|lowers|updates)\s+(?:the|its|their)\s+(?:death\s+)?"
    r"(?:toll|figure|count|fatalities"
    r"|casualties|number\s+of\s+(?:dead|deaths|fatalities|victims))\b"
    r"(?:\s+(?:from|of|in|for)\s+[^.;]{0,80}?\s+to\s+(?:at\s+least\s+)?[\w-]+)?"
    # what is yet to come: "The first funerals will be held in Hollenzar on Wednesday",
    # "are to be buried on Saturday" (a weekday under the dateline would resolve to the
    # week before)
    r"|\b(?:will|shall)\s+(?:be\s+|have\s+)?[a-z]+|\b(?:is|are)\s+(?:due\s+)?to\s+(?:be\s+)?[a-z]+"
    # one of the wounded dying later: "The wounded technician died on 03/13/2019, bringing the toll to 4"
    r"|\b(?:the|a)\s+(?:wounded|injured)\s+(?:[\w-]+\s+){0,2}?died\b"
    # the dead mourned: "lined the streets of Selmire on Thursday for the funerals of six
    # cloth traders ... killed when a bomb exploded ... on Tuesday morning"
    r"|\bfor\s+the\s+funerals?\s+of\b|\blaid\s+to\s+rest\b"
    # the wounded flown out, a claim posted, a letter delivered
    r"|\b(?:flown|airlifted|evacuated|transferred|posted|published|delivered)\b"
    # the dead brought up: "The last bodies were carried to the surface of the colliery on Thursday night"
    r"|\b(?:carried|brought|pulled|hauled|winched)\s+(?:up\s+)?to\s+the\s+surface\b"
    # what came in answer: "Troops were sent to Tessaly on Sunday", "suspended all of its work"
    r"|\b(?:was|were|had\s+been)\s+(?:sent|deployed|dispatched|rushed)\s+(?:to|into|in)\b|\bsuspended\b"
    # ... and a body set up for it: "The Commission ... was set up on 15 February 2023 to
    # establish the facts of the attack"
    r"|\b(?:was|were|had\s+been)\s+(?:set\s+up|established|appointed|convened)\b"
    # the dead and the living brought out: "Divers recovered the last two bodies on Thursday",
    # "Rescuers pulled the last survivor from the rubble on Thursday"
    r"|\brecovered\s+(?:the\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:bodies|body|remains)\b"
    r"|\bpulled\s+(?:[\w-]+\s+){0,4}?(?:from|out\s+of)\s+(?:the\s+)?(?:rubble|wreckage|debris|water|river|sea|lake|mud)\b"
    # arrests afterwards: "3 suspected members were arrested on 06/02/2025"
    # ("detained in raids on Saturday": the police's raids, no act of the event)
    r"|\b(?:arrested|detained)\b(?:\s+in\s+(?:police\s+|dawn\s+|overnight\s+|night\s+)?raids?\b)?"
    # ... a blotter's: "Friday - Officers made 14 arrests for drink-driving"
    r"|\b(?:made|carried\s+out)\s+(?:[\w-]+\s+)?arrests\b"
    # decisions and visits in answer: "The town council decided on Monday to close the market"
    r"|\b(?:decided|voted|visited)\b"
    # the trapped brought out: "On 6 February 2025, rescuers ... brought 11 of the trapped miners out alive"
    r"|\bbrought\s+(?:[\w-]+\s+){0,5}?out\s+alive\b"
    # "On 20 August the government set up a commission of inquiry"
    r"|\b(?:set\s+up|appointed|established|announced|ordered)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:commission|inquiry"
    r"|investigation|committee|task\s+force)\b"
    # an official's journey there: "Prime Minister X, who flew to Kelvarra on Wednesday and visited the mayor"
    r"|\b(?:who|which)\s+(?:flew|travelled|traveled)\s+(?:in\s+)?to\b"
    # what the authorities did afterwards: "declared a state of emergency on Wednesday"
    r"|\b(?:declared|imposed|lifted)\s+(?:a\s+|the\s+)?(?:state\s+of\s+(?:emergency|disaster)|curfew)\b"
    # a toll counted that day: "On 08/16/2025 the ... Relief Society counted 35 dead"
    r"|\bcounted\s+(?:(?:at\s+least|some|about|more\s+than)\s+)?[\w,-]+\s+(?:[\w-]+\s+)?(?:dead|deaths|bodies"
    r"|killed|victims|injured|wounded|missing)\b"
    # a toll given that day: "put the toll higher on Wednesday", "put the number of dead ... at 26 on Sunday"
    rf"|\b{TOLL_GIVEN}\b[^.;]{{0,60}}?(?=\s+(?:on|late|early)?\s*$)"
    # a storm's life before and after it struck: "formed as a tropical depression ... on 26
    # February 2024", a page's "Formed: 26 February 2024" and "Dissipated: 5 March 2024"
    # (not "A supercell that formed along a stalled front produced a tornado during the evening of ...")
    r"|^\W*(?:formed|dissipated)\s*:|\bformed\s+as\s+an?\s+(?:[\w-]+\s+){0,2}(?:depression|storm|cyclone|low)\b"
    r"|\b(?:dissipated|degenerated)\b"
    # captors' calls: "The kidnappers first called on Monday and asked for 80 million jurms", "the
    # kidnappers called the board and demanded a ransom" (not the seizure's day)
    # (the verb alone, as a date's verb is read: its subject in fixed-width lookbehinds)
    r"|(?:(?<=kidnappers\s)|(?<=captors\s)|(?<=abductors\s)|(?<=kidnappers\sfirst\s)|(?<=captors\sfirst\s)"
    r"|(?<=abductors\sfirst\s)|(?<=kidnappers\slater\s)|(?<=kidnappers\sthen\s))(?:called|phoned|rang|telephoned"
    r"|contacted)\b"
    r"|\bdemanded\s+(?:a\s+|the\s+)?ransom\b"
    # a government's answer abroad: "The foreign ministry summoned Drazhia's ambassador on Friday"
    r"|\bsummoned\s+(?:[\w'\u2019-]+\s+){0,3}?(?:ambassador|envoy|charg[eé])", re.I)
# "... dug graves in Kebbe on Tuesday, a day after the village was attacked": the
# day given is one after the act the clause that follows it tells.
# ("... were still barred from their homes on Wednesday, a day after a tanker car of a
# derailed freight train began leaking": an accident's start told the same way.)
_DAY_AFTER_THE_ACT = re.compile(
    r"^\s*,\s+(?:a|one|two|three|the|hours)\s+(?:days?\s+)?after\s+[^.;]{0,80}?\b(?:(?:was|were)\s+"
    r"(?:\w+\s+)?(?:attacked|raided|stormed|bombed|shelled|ambushed|hit|overrun|struck)"
    r"|(?:began|started)\s+(?:leaking|burning)|derailed|collapsed|exploded|went\s+off|blew\s+up|caught\s+fire"
    r"|crashed|capsized"
    # "On Saturday, a day after the attack, a group ... said": the act named by a noun
    rf"|(?:the|this|that|an?)\s+(?:\w+\s+)?(?:{_ACT_NOUNS}"
    # "on Wednesday morning, the day after a protest ... descended into running battles"
    r"|protests?|demonstrations?|unrest|violence))\b"
    # "On 14 September 2007, the tenth anniversary of the attack, a memorial ... was unveiled"
    r"|^\s*,\s+(?:the\s+)?(?:\w+\s+)?anniversary\b", re.I)


# The next sentence's act on the day just given: "On 10 February 2026, the governor imposed a
# curfew ...", then "Shortly after 19:00 the same day, soldiers enforcing the curfew fired on youths".
_THE_SAME_DAY = re.compile(r"\b(?:the\s+same\s+(?:day|night|evening|afternoon|morning)|later\s+that\s+(?:day|night"
                           r"|evening|afternoon)|that\s+same\s+(?:day|night|evening))\b", re.I)


def carried_to_the_next(phrase: str, texts: list[str]) -> bool:
    """Does a cited sentence that gives the date phrase come right before a cited sentence
    that tells an act on "the same day" (the date is that act's too)?"""
    return any(_mentions(phrase, [text]) and _THE_SAME_DAY.search(then) and EVENT_VERBS.search(then)
               for text, then in zip(texts, texts[1:]))


def only_after_the_fact(phrase: str, texts: list[str]) -> bool:
    """Every cited mention of the date phrase dates what came after the event
    ("the death toll ... rose to 17 on Tuesday", "what workers found on Sunday
    morning", "died of his wounds on Monday", "on Tuesday, a day after the village
    was attacked"), none the event itself."""
    hits = _mentions(phrase, texts)
    return bool(hits) and all(_after_at(t, a, b) for t, a, b in hits)


# A present perfect takes no day: in "THE NUMBER OF MINERS KILLED WHEN POLICE FIRED ON A
# MARCH ... ON MONDAY HAS RISEN TO FIVE" the day dates the firing, not the toll's rise.
_PERFECT_NEXT = re.compile(r"^\s*,?\s+(?:has|have)\s+(?:now\s+)?(?:risen|climbed|increased|jumped|grown|reached)\b",
                           re.I)


def _after_at(text: str, start: int, end: int) -> bool:
    """Does the mention of a date at text[start:end] date what came after the event?"""
    if (_PERFECT_NEXT.match(text[end:]) and EVENT_VERBS.search(text[:start])) or _dates_its_event(text, end):
        return False
    day_after = _DAY_AFTER_THE_ACT.match(text[end:])
    if day_after and _ITS_OWN_ACT.match(text[end + day_after.end():]):
        # "On Tuesday evening, hours after the raid, two gunmen on a motorcycle opened fire on a
        # police checkpoint": the day of the new act the sentence tells, the raid only its time
        return False
    return (bool(day_after) or bool(_ONE_OF_THE_HURT_DIED.search(text[max(0, start - 120):start]))
            or _dates_this(text, start, end, _AFTER_THE_FACT, EVENT_VERBS))


# ... and the sentence's own act past that clause: ", two gunmen on a motorcycle opened fire"
_ITS_OWN_ACT = re.compile(r"^[^,;.]{0,40}?,\s+(?:[\w'-]+\s+){1,6}?(?:opened\s+fire|attacked|ambushed|fired\s+on"
                          r"|stormed|shot|killed|abducted|kidnapped|set\s+fire|threw|bombed|raided|exploded"
                          r"|blew\s+up|went\s+off)\b", re.I)


# One of the wounded dying later, the subject told past commas: "One of the two critically
# burned girls, aged 15, died on 5 February 2025".
_ONE_OF_THE_HURT_DIED = re.compile(r"\bof\s+the\s+(?:[\w-]+\s+){0,3}?(?:wounded|injured|burned|burnt|hurt)\b[^.;]{0,40}?"
                                   r"\b(?:later\s+)?died\s+(?:later\s+)?(?:on|in|at)?\s*(?:the\s+)?$", re.I)


def only_said_or_after(phrase: str, texts: list[str]) -> bool:
    """Every cited mention of the date phrase dates a statement, what came after
    the event or a bound, some one and some another ("were still barred from their
    homes on Wednesday, a day after ..." and "the health board said on Wednesday";
    "the agency said on Saturday" and "No ransom demand had been received by Saturday")."""
    hits = _mentions(phrase, texts)
    return bool(hits) and all(_said_after_or_bound_at(t, a, b) for t, a, b in hits)


def _said_after_or_bound_at(text: str, start: int, end: int) -> bool:
    """Does the mention of a date at text[start:end] date a statement, what came after
    the event, or a bound?"""
    return _said_at(text, start, end) or _after_at(text, start, end) or _bound_at(text, start)


# Any verb that dates no act: a statement, what came after the fact, a release.
_NOT_THE_ACT = re.compile(rf"\b{_SAYING}\b|{_AFTER_THE_FACT.pattern}|{_RELEASE.pattern}", re.I)


# The event's verbs, and people taken told in the passive: "The girls were taken from the
# dormitories ... late on Tuesday night" ("took" alone says too little: "took effect").
_AN_ACT = re.compile(rf"{EVENT_VERBS.pattern}|\b(?:was|were|been)\s+(?:\w+\s+)?(?:taken|carried\s+off|snatched"
                     r"|dragged\s+(?:away|off))\b", re.I)


def dates_an_act(text: str, start: int, end: int) -> bool:
    """Does the mention of a date at text[start:end] date an act of the event
    ("WAS ATTACKED LATE ON SATURDAY", "On 14 August 2023, fighters ambushed"), not a
    statement, a release or what came after the fact ("FOUND THE BODIES ... ON SUNDAY")?"""
    if _DAY_AFTER_THE_ACT.match(re.sub(r"(?i)^\s+(?:morning|afternoon|evening|night)\b", "", text[end:])):
        return False  # "on Wednesday morning, the day after a protest ... descended into running battles"
    return _dates_this(text, start, end, _AN_ACT, _NOT_THE_ACT)


# "Nobody had claimed responsibility by Tuesday morning": a day something had come
# to pass by, a bound. Not a time of that day ("By the morning of September 27, 2023,
# the slopes began to fail": that morning).
# (and a status's day: "6 were still held as of 06/01/2022")
# (and the end of what lasted: "the fire burned until Sunday afternoon")
_BY = re.compile(r"\b(?:by|as\s+of|until|till)\s+(?:(?:late|early)\s+)?$"
                 # a status on a day: "the other three were still being held on 01/20/2026"
                 r"|\bstill\s+(?:being\s+)?(?:held|missing|detained|in\s+captivity|unaccounted\s+for)\s+on\s+$", re.I)


# A header's own date, its lines merged into one sentence: "Severity: High Distribution:
# TLP:CLEAR Issued: 22 March 2027" (the advisory's day, not the event's).
_ISSUED_LABEL = re.compile(r"\b(?:issued|published|updated|posted|released|report\s+date|date\s+of\s+(?:issue|report))"
                           r"\s*:\s*$", re.I)


def only_a_header_date(phrase: str, texts: list[str]) -> bool:
    """Every cited mention of the date phrase is a header's issue date ("Issued: 22 March 2027")."""
    hits = _mentions(phrase, texts)
    return bool(hits) and all(_ISSUED_LABEL.search(t[max(0, a - 40):a]) for t, a, _ in hits)


def only_a_bound(phrase: str, texts: list[str]) -> bool:
    """Every cited mention of the date phrase says by when something had come to pass
    ("by Tuesday morning"), none when the event happened."""
    hits = _mentions(phrase, texts)
    return bool(hits) and all(_bound_at(t, a) for t, a, _ in hits)


def _bound_at(text: str, at: int) -> bool:
    return bool(_BY.search(text[max(0, at - 40):at]))


# "A week earlier, on the same stretch of road, gunmen had fired on a bus ...": an earlier
# event told after this one.
_EARLIER_EVENT = re.compile(r"^\W*(?:(?:a|an|one|two|three|four|five|six|several|some)\s+(?:days?|nights?|weeks?)"
                            r"\s+(?:earlier|before)|(?:the\s+)?(?:day|night|week)\s+before|the\s+previous\s+"
                            r"(?:day|night|week)|last\s+week)\b[^.;]*?\bhad\s+(?:been\s+)?\w+", re.I)


def of_an_earlier_event(texts: list[str]) -> bool:
    """Does every sentence open at an earlier day and tell, in the past perfect,
    what happened then ("A week earlier, ... gunmen had fired on a bus ...")?"""
    return bool(texts) and all(_EARLIER_EVENT.match(t) for t in texts)


def of_another_day(texts: list[str], day: date, anchor: date | None = None, written: bool = True) -> bool:
    """Does every sentence write out a full date other than `day`, the incident's,
    for an event ("Fighting resumed two days later, on 6 June 2023, when ...") and not
    `day` itself? A value cited only from such sentences is that other day's event's.
    A date that only dates a statement or the aftermath ("the toll rose to 17 on 6
    June 2023"), a bound or status ("still held as of 06/01/2022"), a release ("17 were
    freed on 05/03/2022") or a party's earlier record ("the group they also held
    responsible for the bombing ... on 19/06/2014") does not count. A sentence that
    names its event by another day counts too ("had died in the 3 May attack on the
    outpost", "Update on Monday's crash", the weekday counted back from `anchor`); it
    alone when the incident's day is not `written` out in full where it is cited."""
    def other(text: str) -> bool:
        spans = explicit_date_spans(text)
        # (a siege's end: "Special police units stormed the prison at dawn on 11/22/2025 and freed
        # the guards" a day after the taking ends the same incident)
        # (within a month: "On 02/21/2022, soldiers raided the abductors' camp ... and freed the wife and
        # the 3 children" four days after the family was taken, docs/eval.md)
        if _ENDED_BY_A_RESCUE.search(text) and all(0 <= (d - day).days <= 31 for _, _, d in spans):
            return False
        return bool(spans) and all(d != day for _, _, d in spans) and not all(
            _said_at(text, a, b) or _after_at(text, a, b) or _bound_at(text, a)
            or _dates_this(text, a, b, _RELEASE, _TAKING) or _EARLIER_ATTRIBUTION.search(text[max(0, a - 160):a])
            # a motive's day: "described the attack as revenge for the 02/21/2022 raid on the forest camp"
            or _MOTIVE_FOR.search(text[max(0, a - 100):a])
            # a bulletin's numbered update stamping a toll that rose: "UPDATE 6 | 19 September 2025,
            # 09:00 The Vesherrin toll has risen to 6 dead"
            or (_UPDATE_STAMP.match(text[:a]) and _AFTER_THE_FACT.search(text[b:]))
            for a, b, _ in spans)

    def named_by_another_day(text: str) -> bool:
        # (not a motive's: "the roadside killings were a reprisal ... for Tuesday's fighting")
        named = [resolve(m.group(1), anchor if m.group(1).lower() in WEEKDAYS else (anchor or day))
                 for m in _DAY_NAMED_EVENT.finditer(text) if not _MOTIVE_FOR.search(text[max(0, m.start() - 100):m.start()])]
        return bool(named) and all(days and day not in days for days in named) and day not in explicit_dates(text)

    return bool(texts) and all((written and other(t)) or named_by_another_day(t) for t in texts)


# Captives freed by force: the end of a hostage-taking, not another event.
_ENDED_BY_A_RESCUE = re.compile(r"\b(?:stormed|raided|broke\s+into)\b[^.;]{0,80}?\band\s+(?:freed|released|rescued)\b"
                                # ("stormed the Halcyon Tern about 30 nautical miles off Ilverstoke; 3 pirates
                                # were killed and 5 were detained, and all 16 crew members were freed")
                                rf"|{CAPTIVES_FREED_BY_FORCE.pattern}"
                                # ... or the place held stormed: "Police special units stormed the building at dawn
                                # on 11/25/2026; 2 hostages and 3 gunmen were killed"
                                # ... or entered by the forces: "officers of the police Special Tasks Unit entered
                                # the inn through the roof"
                                r"|\b(?:stormed|(?:officers|police|troops|soldiers|commandos|gendarmes)\b[^.;]{0,60}?"
                                r"\b(?:entered|broke\s+into))\s+the\s+(?:building|school|hotel|inn|bank|prison|offices?"
                                r"|bus|coach|train|plant|ship|compound|hall|embassy|waterworks"
                                # ("Army commandos stormed the aircraft shortly before dawn on 09/06/2018")
                                r"|aircraft|airliner|plane|jet|ferry|vessel|boat"
                                # ... or a prison retaken: "soldiers entered the colony behind armoured vehicles"
                                r"|colony|penitentiary|jail|wing)\b"
                                # ... or the kidnappers' camp: "troops stormed the kidnappers' camp near Cairnwell"
                                r"|\b(?:stormed|raided)\s+the\s+(?:kidnappers|abductors|captors|hostage-takers)['\u2019]\s+"
                                r"(?:camp|hideout|hide-out|den|base|house|farmhouse)\b"
                                # ... or a captive killed while held: "after the kidnappers' deadline had passed, they
                                # killed 1 of the hostages" (the captivity's own toll)
                                r"|\b(?:killed|executed|shot\s+dead|beheaded|murdered)\s+(?:\d+|one|two|three|four|five)"
                                r"\s+of\s+(?:the|their)\s+(?:hostages|captives)\b", re.I)


# An event named by its day: "had died in the 3 May attack on the outpost", "Update on
# Monday's crash" (not "the 2023 attack": a year is rule 13's).
_UPDATE_STAMP = re.compile(r"^\W*update\s+(?:no\.?\s*)?\d{1,3}\s*[|:\u2013-]\s*$"
                           # a log's "Entry 2 - Update to Entry 1 Date: 15 May 2026", "19/05 Update to 19/01 Date:"
                           r"|^\W*(?:(?:entry|item)\s+)?[\w/.-]*\s*[-\u2013:]?\s*update\s+to\s+(?:(?:entry|item|no\.?)\s*)?"
                           r"[\w/.-]+\s+date\s*:\s*$", re.I)
_MOTIVE_FOR = re.compile(r"\b(?:reprisal|revenge|retaliation|retribution|response|reply|avenge)\b[^.;]{0,80}?"
                         r"\b(?:for|to|over)\s+(?:the\s+)?$"
                         # "men from Dzhelbek avenging the deaths of 05/11/2022"
                         r"|\bavenging\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:of|on|from)\s+(?:the\s+)?$", re.I)
_DAY_NAMED_EVENT = re.compile(
    rf"\b(\d{{1,2}}\s+(?:{MONTH_NAMES})|(?:{MONTH_NAMES})\s+\d{{1,2}}|{'|'.join(WEEKDAYS)})(?:['\u2019]s)?\s+"
    rf"(?:[\w-]+\s+)?(?:{_ACT_NOUNS})\b"
    # (not a body named by its work: "By Thursday the fire service had raised the toll")
    r"(?!\s+(?:service|brigade|department|fighters?|crews?|chief|officers?|station|engines?)\b)", re.I)


# "police blamed the Hawks of Ilrad, the group they also held responsible for the bombing of
# the Dardun livestock market on 19/06/2014": a party's record, told of in passing; the
# sentence's own act is this incident's.
_EARLIER_ATTRIBUTION = re.compile(r"\b(?:also|previously|earlier|already)\s+(?:\w+\s+)?(?:held\s+responsible|blamed"
                                  r"|accused|linked|tied)\b[^.;]{0,140}$"
                                  # "blamed the Black Well Company, a smuggling network that had kidnapped 2
                                  # well-drillers in the same district on 21/11/2022": the group's record
                                  r"|,\s+(?:an?\s+[^,.;]{0,60}?\s+)?(?:which|that|who)\s+had\s+(?:\w+\s+){0,2}?\w+ed\b"
                                  r"[^.;]{0,100}$"
                                  # "Juma Lwamba, a 27-year-old trader from Kuvala whose brother had been
                                  # killed in the 10/09/2025 attack": a person's past, told of them
                                  r"|\bwhose\s+(?:[\w'-]+\s+){1,3}?(?:had|has|have)\s+been\s+[^.;]{0,80}$", re.I)


def dates_no_act(phrase: str, texts: list[str], abduction: bool = True) -> bool:
    """Does the date phrase, in `texts`, date only what is not the event: the
    captives' release, a bound, a statement or what came after the fact (each a
    rule-14 problem of summarizer.verify.date_checks)? The record's builder then
    looks for the day the event's own sentences give its act."""
    # (only_said_or_after holds whenever only_a_bound, only_when_said or only_after_the_fact does)
    return only_said_or_after(phrase, texts) or only_when_freed(phrase, texts, abduction)


def dates_no_act_at(text: str, start: int, end: int) -> bool:
    """Does the mention of a date at text[start:end] date a statement, what came after
    the fact, the captives' release or a bound ("On Wednesday the commissioner said
    ...", "By Tuesday evening at least eleven had been confirmed dead")?"""
    return _said_after_or_bound_at(text, start, end) or _dates_this(text, start, end, _RELEASE, _TAKING)
