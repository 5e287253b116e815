"""What the clause stating a casualty figure says about it.

The number check alone ("19 is in the sentence") passes a figure copied into the
wrong place. These checks read the clause that states the number:

* category (rule 8): "19 injured" where the clause says 19 died. If the clause
  has casualty words and none of them belongs to the category given, the figure
  is flagged. When it has none at all ("of the 40 passengers, 12 died"), nothing
  is concluded about the category;
* presence (rule 9): "280 captured" where the clause says 280 soldiers were
  *stationed* at the base: a number of people present (stationed, aboard,
  carrying, occupants, crew) or unharmed (rescued, evacuated, arrested,
  displaced) with no casualty word is not a casualty;
* things (rule 9): "2 captured" where the sentence says the attackers seized two
  *trucks*: a number of things (vehicles, homes, records, hours) is no casualty;
* zero (rule 3) and qualifier (rule 10): summarizer.verify.qualifiers.
"""

from __future__ import annotations

import functools
import re
from typing import Callable

from summarizer.verify.cues import SEIZED_ARMS, TAKEN_AWAY
from summarizer.verify.numbers import Mention, figure_mentions, figures_in

# Word stems, matched at the start of a word. "casualt-" is both killed and injured.
CATEGORY_STEMS: dict[str, tuple[str, ...]] = {
    "killed": (
        "kill", "dead", "death", "died", "die", "dying", "fatal", "lives", "life", "bodies", "body",
        "perish", "slain", "slaughter", "murder", "drown", "execut", "toll", "massacre", "corpse",
        "casualt", "lost", "crush", "trampl",
    ),
    "injured": (
        "injur", "wound", "hurt", "hospital", "treated", "burn", "maim", "casualt", "crush", "trampl",
        "critical condition", "serious condition",  # "six ... were in critical condition"
        # "Kovrant University Hospital said it was treating 11 people, three of them in intensive care"
        "treating",
        # "two of them with broken legs", "had a broken arm after being beaten"
        "broken arm", "broken leg", "broken rib", "broken bone", "fractur", "concussion",
        # "three passengers and the driver, were cut by broken glass"
        "cut by broken glass", "cut by flying glass", "cut by glass", "cuts and bruises",
        # a blade's: "stabbed two of them", "3 women were stabbed", "slashed"
        "stabb", "slashed",
    ),
    # ("search" of the missing, not "two soldiers stepped forward to search him")
    # (not "trapped": the gold gives "19 miners were trapped behind the fall" no figure, as
    # it gives those still trapped and later brought out alive none; "missing" and
    # "unaccounted for" are the figure)
    "missing": ("missing", "unaccounted", "disappear", "swept away", "not been found", "never found",
                "search for", "searching for", "searched for", "search continu", "search resum", "searchers",
                "search and rescue", "search operation", "search team", "search effort"),
    "captured/abducted": (
        "abduct", "kidnap", "captur", "seiz", "taken", "took", "hostage", "held", "snatch",
        "captiv", "prisoner", "carried off", "carried away", "carrying off", "carrying away", "hijack",
    ),
}
# Words that start like a casualty stem but say nothing of harm.
NOT_CASUALTY_WORDS = {
    "bodyguard", "bodyguards", "diesel", "deadline", "deadlines", "executive", "executives", "lifeboat",
    "lifeboats", "lifeguard", "lifeguards", "lifelong",
}
# People present, unharmed or arrested ("63 students were detained": arrests are no
# casualties, docs/eval.md), not casualties: a number beside one of these (and no
# casualty word) is a total ("280 soldiers were stationed at the base", "Occupants:
# 11") or a count of survivors ("32 people were pulled alive from the mud").
PRESENCE_STEMS = (
    "station", "aboard", "board", "carry", "carrie", "occupant", "deploy", "garrison", "employ",
    "housed", "resident", "inhabit", "population", "capacity", "attend", "enrol", "on duty",
    "rescu", "alive", "evacuat", "surviv", "arrest", "detain", "displac", "homeless", "fled", "flee", "freed",
    "relocat", "shelter", "unharmed", "unhurt", "moved", "transferr", "waiting", "queu", "gather",
    "escap",  # "nine others escaped in the darkness": got away, not taken
    "underground", "on shift",  # "64 miners were underground when the gas exploded": present
    "custody", "remand", "for trial",  # "ordered 9 of them held for trial": in the courts' hands
    "sent home",  # "the gunmen let the 31 pupils go and they were sent home": unharmed
    # "40 wedding guests had been staying in neighbouring houses"; "about 19,000 people are
    # sleeping in tents": homeless, not harmed
    "staying in", "sleeping in", "in tents",
)
# Clause boundaries: punctuation and the conjunctions that start a new figure
# ("killed 3 people and wounded 12", "12 died while 4 are missing"). A colon is no
# boundary: "Fatalities: 2" states its category before the number.
# A comma splits clauses, but not the thousands of a figure ("5,000 residents").
# A line of a header block ends a clause ("Fatalities: Crew: 3 / Total: 5\nOccupants: ...");
# other line breaks may wrap a clause of wire copy, and do not.
_PUNCTUATION = r"(?<!\d),|,(?!\d{3}(?!\d))|[;()/\u2013\u2014]|\s-\s|\n(?=(?-i:[A-Z])[\w ]{0,30}:)"
CLAUSES = re.compile(rf"{_PUNCTUATION}|\b(?:and|while|but|whereas|with)\b", re.I)  # summarizer.verify.tallies too
_WORDS = re.compile(r"[a-z]+")


def every_mention(count: int, sentences: list[str], says: Callable[[str, Mention], bool]) -> bool:
    """True when the sentences state `count` and `says` accepts each place they state
    it (its sentence and the mention)."""
    found = [says(sentence, m) for sentence in sentences for m in figure_mentions(sentence) if m.value == count]
    return bool(found) and all(found)


def every_statement(count: int, sentences: list[str], says: Callable[[str], bool]) -> bool:
    """True when the sentences state `count` and `says` accepts what follows each
    place they state it (the rest of its sentence)."""
    return every_mention(count, sentences, lambda sentence, m: says(sentence[m.end:]))


# A name is no word of harm: "elders from Tollan" names a town, not a toll. In an
# article written in mixed case, a capitalised word after the first is a name.
_LATER_NAME = re.compile(r"(?<=[\w,;:)] )[A-Z][a-z]+")


def _stems_in(text: str, stems: tuple[str, ...]) -> bool:
    lowered, words = _words_read(text)
    return any(word.startswith(stems) for word in words) or any(" " in stem and stem in lowered for stem in stems)


@functools.lru_cache(maxsize=8192)
def _words_read(text: str) -> tuple[str, tuple[str, ...]]:
    """The text lower-cased and its words that may name a harm, read once for
    every category's stems (the checks ask of the same clauses again and again)."""
    if sum(map(str.isupper, text)) < sum(map(str.islower, text)):
        text = _LATER_NAME.sub(" ", text)
    lowered = text.lower()
    return lowered, tuple(w for w in _WORDS.findall(lowered) if w not in NOT_CASUALTY_WORDS)


# "Hospital officials said the death toll had risen to 11" states deaths: a
# hospital names injuries only when no word of death is there.
WEAK_INJURED = ("hospital", "treated", "treating")
_DEATH = tuple(stem for stem in CATEGORY_STEMS["killed"] if stem != "casualt")


# "taken to a hospital", "TAKEN WITH CRUSHED LIMBS TO THE HOSPITAL" is care, not capture:
# the words name an injury only (as cues._TOOK_PLACE reads them).
_TO_CARE = r"(?:[\w'-]+\s+){0,3}?to\s+(?:a\s+|the\s+)?(?:[\w'-]+\s+){0,3}?(?:hospitals?|clinics?|medical\s+\w+)\b"
_TAKEN_FOR_CARE = re.compile(rf"\b(?:taken|took\s+\w+|brought|rushed|airlifted|flown)\s+{_TO_CARE}", re.I)
# "were admitted to Ngorova District Hospital": a hospital's name (a name is no word of harm
# in mixed case, `_LATER_NAME`) after a verb of care still says they are hurt.
_TO_A_NAMED_HOSPITAL = re.compile(r"\b(?P<verb>admitted|taken|rushed|flown|brought|airlifted|transferred)\s+to\s+"
                                  r"(?:the\s+)?(?:[A-Z][\w'-]*\s+){1,4}(?:Hospital|Clinic|Infirmary)\b")
# ... and a named hospital that speaks of those it took in: "St. Agathe Hospital said it had
# admitted 26 people from the square" (its name, in mixed case, is no word of harm either).
_NAMED_HOSPITAL_SAID = re.compile(r"\b(?:[A-Z][\w'.-]*\s+){1,4}(?:Hospital|Clinic|Infirmary)(?=\s+(?:said|says|reported"
                                  r"|told)\s+(?:that\s+)?it\s+(?:had\s+|has\s+|was\s+)?(?:admitted|received|treated"
                                  r"|treating|taken\s+in)\b)")
# A part of those taken into hospital: "17 of those admitted lived on the Pendlecot estate".
_OF_THOSE_ADMITTED = re.compile(r"\bof\s+(?:those|the\s+(?:people|patients|residents|workers))\s+"
                                r"(?:admitted|hospitali[sz]ed|kept\s+in)\b", re.I)
# People rounded up and held: "herded 318 pupils and 22 teachers into the sports hall".
_HERDED_INTO = re.compile(r"\bherd(?:ed|ing)\b(?=[^.;]{0,80}?\binto\b)", re.I)
# A blade's or a beating's harm that killed: "STABBED TO DEATH", "hacked to death" (no injury).
# (the verb only: "STABBED TWO RURAL TEACHERS TO DEATH" keeps its figure)
_TO_DEATH = re.compile(r"\b(?:stabbed|hacked|beaten|beat|clubbed|slashed|kicked|stoned)(?=\s+(?:[\w'-]+\s+){0,4}?to\s+death\b)",
                       re.I)
# ... and the clauses of a figure are cut at "with" ("FIVE OF THEM WERE TAKEN | WITH CRUSHED
# LIMBS TO THE HOSPITAL"): the verb of care is read as such before the cut.
_TAKEN_TO_CARE = re.compile(rf"\b(?:taken|took)(?=\s+{_TO_CARE})", re.I)


# "SEIZED THEIR WEAPONS, WITH THE LOSS OF ONE COMBATANT": things taken, no one captured.
_THINGS_SEIZED = re.compile(r"\b(?:seiz\w*|took|captur\w*|carried\s+off|made\s+off\s+with)\s+(?:their\s+|the\s+|its\s+"
                            rf"|his\s+|her\s+|some\s+)?(?:[\w-]+\s+){{0,2}}?(?:{SEIZED_ARMS}"
                            r"|radios?|vehicles|documents|money|cash|supplies|equipment)\b", re.I)


# "The other 33 occupants left the aircraft without injury": a harm denied names
# the people unharmed (rule 9), not injured ones.
# Held by the courts, not by captors: "a magistrate ordered 9 of them held for trial".
_IN_CUSTODY = re.compile(r"\bheld\s+(?:for\s+trial|in\s+(?:police\s+)?custody|on\s+remand|pending\s+trial"
                         r"|without\s+bail)\b|\bremanded\b", re.I)
_HARM_DENIED = re.compile(r"\bwithout\s+(?:any\s+|serious\s+)?(?:injur(?:y|ies)|harm|a\s+scratch|casualties"
                          r"|loss\s+of\s+life)\b"
                          r"|\b(?:was|were)\s+not\s+(?:\w+\s+)?(?:injured|hurt|harmed|wounded)\b", re.I)


# Harm told without a casualty word: "forced the two men at gunpoint into a waiting
# van", "led away at rifle point", "drove off with all three" (a taking), "two
# bystanders were hit in the crossfire" (an injury), "three of the wounded had not
# survived the night" (deaths).
_FORCED_AWAY = re.compile(r"\b(?:forced|dragged|bundled|pushed|marched)\b[^.;]{0,40}?\binto\s+(?:a|an|the|their|two)\s+"
                          r"(?:[\w-]+\s+){0,2}?(?:vans?|cars?|trucks?|vehicles?|pickups?|boats?|jeeps?|minibus\w*)\b"
                          rf"|\b(?:{TAKEN_AWAY})\b", re.I)
# "Two hostages and three assailants were killed": hostages harmed are dead or wounded people.
# ("One hostage, a post office employee, had been shot in the shoulder")
_HOSTAGES_HARMED = re.compile(r"\b(?:hostages?|captives?)\b(?=[^.;]{0,60}?\b(?:(?:was|were|had\s+been|have\s+been)\s+"
                              r"(?:\w+\s+)?(?:killed|wounded|injured"
                              # "THREE HOSTAGES, AMONG THEM THE BRANCH MANAGER, HAD DIED"
                              r"|hurt|shot|beaten)|(?:had\s+|have\s+)?died"
                              # "one hostage, the branch manager, had a broken arm"
                              r"|had\s+(?:a\s+|two\s+)?(?:broken|fractured)\s+\w+)\b)", re.I)
# "they shot two hostages, a retired judge and an off-duty police officer, and left their
# bodies on the track": the hostages shot are people harmed, not a count of the held.
_HOSTAGES_SHOT = re.compile(r"\b(?P<verb>shot|executed|killed|murdered)(?P<between>\s+(?:dead\s+)?(?:the\s+)?"
                            r"(?:[\w-]+\s+)?)hostages?\b", re.I)
# "Two hostages and three assailants were killed": both figures share the verb.
_NUMBER = r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_SHARED_VERB = re.compile(
    rf"(?P<first>\b{_NUMBER}\s+[\w-]+(?:\s+[\w-]+)?)\s+and\s+(?P<second>{_NUMBER}\s+[\w-]+(?:\s+[\w-]+)?\s+"
    r"(?P<verb>(?:was|were)\s+(?:\w+\s+)?(?:killed|wounded|injured|hurt|abducted|kidnapped|missing)))\b", re.I)
# "troops held the position": ground kept, nobody held captive.
_HELD_GROUND = re.compile(r"\bheld\s+(?:on\s+to\s+)?(?:the|their|its|our)\s+(?:[\w-]+\s+)?(?:positions?|ground|lines?"
                          r"|towns?|villages?|bridges?|outposts?|posts?|hills?|area|base|perimeter)\b", re.I)
# "Kestany, a town of some 9,000 people": its population, no one harmed.
_POPULATION = re.compile(r"\b(?:town|village|city|district|community|settlement)\s+of\s+(?:some\s+|about\s+|around\s+"
                         r"|nearly\s+|roughly\s+)?[\d,.]+\s+(?:people|inhabitants|residents|souls)\b", re.I)
_HIT_BY_FIRE = re.compile(r"\b(?:was|were|had\s+been|have\s+been)\s+(?:hit\s+(?:in\s+the\s+cross-?fire|by\s+(?:stray\s+)?"
                          r"(?:bullets?|gunfire|shrapnel|fire|rounds|shots))"
                          # "one security guard had been shot in the leg": shot and not killed
                          r"|shot\s+(?:in|through)\s+the\s+(?:leg|legs|arm|arms|shoulder|hand|foot"
                          r"|thigh|knee))\b", re.I)
# Those who took people are no people taken: "TWO RANCH HANDS WHO TRIED TO STOP THE
# KIDNAPPERS WERE SHOT AND WOUNDED".
_TAKERS = re.compile(r"\b(?:kidnappers?|abductors?|captors?|hostage-takers?|hijackers?)\b", re.I)
_DID_NOT_SURVIVE = re.compile(r"\b(?:had|have|has|did)\s+not\s+survived?\b|\bfailed\s+to\s+survive\b"
                              r"|\bsuccumbed\b(?:\s+to\s+(?:their|his|her)\s+(?:injuries|wounds))?"
                              # "six had died of their injuries": deaths, not injuries
                              r"|\bdied\s+(?:later\s+)?(?:of|from)\s+(?:their|his|her|the)\s+(?:injuries|wounds)\b", re.I)
# "three of the wounded had not survived the night": the wounded name who died.
_OF_THE_WOUNDED = re.compile(r"\bof\s+the\s+(?:wounded|injured)\b", re.I)  # ("Among the injured were three contractors" names them)


# "three men serving life sentences", "jailed for life": a prison term, no death.
_LIFE_TERM = re.compile(r"\blife\s+(?:sentences?|imprisonment|terms?|in\s+prison)\b|\b(?:jailed|imprisoned|sentenced)"
                        r"\s+for\s+life\b"
                        # "HOLDS THE FAPCA LEADERSHIP RESPONSIBLE FOR THEIR LIVES", "fled for their lives":
                        # a fear for their lives, no death
                        r"|\bfor\s+(?:their|his|her)\s+(?:lives|life|safety)\b", re.I)
# "THE OTHER TWO REMAIN IN THE HANDS OF THE DELINQUENTS": still held.
_IN_THE_HANDS_OF = re.compile(r"\b(?:remain\w*|still|are|is|were|was|left)\s+(?:still\s+)?in\s+the\s+hands\s+of\b"
                              # "released 2 of the workers ... and kept the 3 others": the rest held
                              r"|\b(?:kept|keeping|retained)\s+(?:the\s+)?(?:other\s+)?(?:\d+|[a-z]+)\s+(?:others|of\s+them)\b",
                              re.I)


# "WERE STILL HOLDING NINE OF THE GUARDS", "INMATES HOLD GUARDS": people held captive.
_HOLDING = re.compile(rf"\bhold(?:s|ing)?\b(?=\s+(?:(?:the|their|its|some|about|at|least|all|of|them|{_NUMBER}"
                      r"|\w+teen|\w+ty|dozens?)\s+){0,4}"
                      r"(?:guards|hostages|captives|prisoners|workers"
                      r"|passengers|staff|employees|officers|soldiers|people|women|men|children|tourists)\b)", re.I)


# "A memorial bearing the names of the six victims": a memorial names the dead.
_MEMORIAL_VICTIMS = re.compile(r"\b(?:memorial|plaque|monument|headstone)\b[^.;]{0,60}?\bnames\s+of\s+"
                               r"(?:the\s+|all\s+)?[\w-]+\s+(?:\w+\s+)?victims\b", re.I)


# "THE PRISON, BUILT IN 1961 FOR 400 INMATES, HELD 1,150": the inmates it housed, no captives.
# (the prison the subject of "held": not "stormed the prison and held 12 guards hostage")
_PRISON_HELD = re.compile(r"\b((?:prison|jail|gaol|penitentiary|detention\s+cent(?:re|er))s?(?:\s*,[^,.;]{0,60},)?\s+)"
                          r"(?:held|holds)\b", re.I)


# "The remains of the two missing workers were identified": their bodies, the dead.
_REMAINS_OF = re.compile(r"\bremains\s+of\b", re.I)


# "Phones go dead across two northern districts": lines, not people.
_LINES_DEAD = re.compile(r"\b(?:go|goes|went|gone|going)\s+dead\b", re.I)
# "in protest at the killings": why people marched, no harm of theirs.
_IN_PROTEST_AT = re.compile(r"\bin\s+protest\s+(?:at|against|over)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:killings?"
                            r"|deaths?|shootings?|massacre|murders?|abductions?|kidnappings?)\b", re.I)
# "Fallowgate had buried 21 people on Wednesday": those a village buried are its dead (not
# "21 people were buried by the slide": the trapped)
_BURIED_THEIR = re.compile(r"(?<!were\s)(?<!was\s)(?<!been\s)\bburied\b(?=\s+(?:[\w,-]+\s+){0,2}?(?:people|neighbours"
                           r"|neighbors|victims|villagers|relatives|men|women|children|dead)\b)", re.I)


# A military report's abbreviations of harm: "5x KIA, 9x WIA, 2x MIA (army)".
HARM_ABBREVIATIONS = {"KIA": " killed ", "WIA": " wounded ", "MIA": " missing "}
_ABBREVIATED = re.compile(rf"\b({'|'.join(HARM_ABBREVIATIONS)})\b")


def categories_named(text: str) -> set[str]:
    return set(_categories_named(text))


@functools.lru_cache(maxsize=8192)
def _categories_named(text: str) -> frozenset[str]:
    text = _LINES_DEAD.sub(" silent ", _MEMORIAL_VICTIMS.sub(lambda m: m[0][:-len("victims")] + "dead", text))
    text = _BURIED_THEIR.sub("buried dead", _IN_PROTEST_AT.sub(" in protest ", text))
    text = _PRISON_HELD.sub(r"\1housed", text)
    text = _REMAINS_OF.sub("bodies of", text)
    text = _IN_THE_HANDS_OF.sub(" held by ", _HOLDING.sub("held", text))
    text = _DID_NOT_SURVIVE.sub(" died ", _HIT_BY_FIRE.sub(" wounded ", _FORCED_AWAY.sub(" abducted ", text)))
    text = _TAKERS.sub(" attackers ", text)
    text = _ABBREVIATED.sub(lambda m: HARM_ABBREVIATIONS[m[1]], text)
    text = _HELD_GROUND.sub(" kept ", _OF_THE_WOUNDED.sub(" of them ", text))
    text = _TO_A_NAMED_HOSPITAL.sub(r"\g<verb> to hospital", _NAMED_HOSPITAL_SAID.sub("the hospital", text))
    text = _TO_DEATH.sub("killed", _HERDED_INTO.sub("held", _OF_THOSE_ADMITTED.sub("of those treated", text)))
    text = _HARM_DENIED.sub(" unharmed ", _TAKEN_FOR_CARE.sub(" hospital ", _THINGS_SEIZED.sub(" looted ", text)))
    text = _IN_CUSTODY.sub(" detained ", _LIFE_TERM.sub(" sentence ", text))
    named = {category for category, stems in CATEGORY_STEMS.items() if _stems_in(text, stems)}
    strong_injured = tuple(stem for stem in CATEGORY_STEMS["injured"] if stem not in WEAK_INJURED)
    if "injured" in named and _stems_in(text, _DEATH) and not _stems_in(text, strong_injured):
        named.discard("injured")
    return frozenset(named)


# "with" starts a new figure ("12 killed, with 4 wounded") but also ends a
# relative clause short ("two fishermen who had stayed out with their boat were
# missing"): a clause cut there that names nothing is read again up to the next
# punctuation or conjunction.
_LONGER_CLAUSES = re.compile(rf"{_PUNCTUATION}|\b(?:and|while|but|whereas)\b", re.I)


def clauses_stating(count: int, sentences: list[str], splitter: re.Pattern = CLAUSES) -> list[str]:
    """The clauses of `sentences` that state `count` as a figure."""
    return [clause for sentence in sentences for clause in splitter.split(sentence)
            if any(m.value == count for m in figure_mentions(clause))]


_ALONG_WITH = re.compile(r"\b(?P<verb>killed|wounded|injured|hurt|abducted|kidnapped)\s*,?\s+(?:along|together)\s+with\s+"
                         r"(?P<who>[^,.;]+)", re.I)


def category_conflict(category: str, count: int, sentences: list[str]) -> set[str] | None:
    """The categories the clauses stating `count` name instead of `category`, or
    None when they agree, name none, or do not state the count."""
    # "19 people, five of them gendarmes, were wounded": 19's clause goes on past the part.
    sentences = [_PART_OF_THEM.sub(lambda m: m[0] if count in figures_in(m[0]) else " ", t) for t in sentences]
    # "four others were wounded, along with two officers": the two share the clause's verb
    sentences = [_ALONG_WITH.sub(r"\g<verb>, \g<who> \g<verb>", t) for t in sentences]
    sentences = [_TAKEN_TO_CARE.sub("treated", t) for t in sentences]
    sentences = [_SHARED_VERB.sub(r"\g<first> \g<verb> and \g<second>",
                                  _HOSTAGES_SHOT.sub(r"\g<verb>\g<between>people", _HOSTAGES_HARMED.sub("people", t)))
                 for t in sentences]
    labelled = _labelled(count, sentences)
    if labelled:
        return None if category in labelled else labelled
    if _of_the_wounded_alone(count, sentences):
        return None if category == "injured" else {"injured"}
    if every_mention(count, sentences, _a_bare_part):
        whole = _named_of_them(count, sentences)
        if len(whole) == 1:
            # "five students had died, two of them overnight in hospital": a part with no verb
            # of its own shares the whole's ("in hospital" is where they died)
            return None if category in whole else whole
    died = [t for t in sentences if _died_of_a_group(count, [t])]
    if died:
        rest = category_conflict(category, count, [t for t in sentences if t not in died]) or set()
        return None if category == "killed" else {"killed"} | rest
    # "killing two people and wounding five before police officers shot him dead": the verb
    # whose object the figure is says what befell it, whatever its clause says next
    objects = [_verb_before_named(t, m.start) for t in sentences for m in figure_mentions(t) if m.value == count]
    if objects and all(objects):
        named_by_verb = set().union(*objects)
        return None if category in named_by_verb else named_by_verb
    named: set[str] = set()
    for clause in clauses_stating(count, sentences):
        named |= categories_named(clause)
    if not named:
        for clause in clauses_stating(count, sentences, _LONGER_CLAUSES):
            named |= categories_named(clause)
    if not named:
        named = _named_before_brackets(count, sentences) or _named_of_them(count, sentences)
    if not named and not presence_total(count, sentences):
        # A clause cut short at its commas names nothing ("her 2 children, ages 6
        # and 9, were injured"): the sentence's categories decide.
        named = harm_named(count, sentences)
    if named and category not in named and category in (whole := _named_of_them(count, sentences)) and (
            len(whole) == 1 or sum(m.value == count for t in sentences for m in figure_mentions(t)) > 1):
        # "shot dead 2 guards ... and abducted 11 road workers, among them 2 foreign engineers":
        # one 2 is killed, the other a part of the abducted; either is stated; "five students
        # had died, two of them overnight in hospital": the part shares the whole's verb (not
        # "20 casualties, six of them fatal": a whole of two categories, its part's own word
        # decides).
        return None
    if not named or category in named:
        return None
    return named


# A header's sub-label before the figure: "Injuries: Fatal: 2, Serious: 1" (the
# label next to the number is its category, not the block's "Injuries:").
_LABEL = re.compile(r"\b([A-Za-z]+):[ \t]*$")


def _of_the_wounded_alone(count: int, sentences: list[str]) -> bool:
    """True when every place the sentences state `count` it is a part of the wounded and
    nothing after it in its sentence says what befell them ("was still caring for 64 of
    the wounded"; not "one of the wounded, a woman of 54, had died")."""
    def alone(sentence: str, m: Mention) -> bool:
        part = _OF_THE_WOUNDED.match(sentence, m.end + len(sentence[m.end:]) - len(sentence[m.end:].lstrip()))
        return bool(part) and not categories_named(sentence[part.end():])
    return every_mention(count, sentences, alone)


# Where what is said of a part ends: the next statement ("..., and that 61 people ...").
_PART_ENDS = re.compile(r";|,\s+and\b|\band\s+that\b", re.I)


# Every category's words of harm but where the hurt were cared for ("in hospital").
_STRONG_STEMS = tuple(stem for stems in CATEGORY_STEMS.values() for stem in stems if stem not in WEAK_INJURED)


def _a_bare_part(sentence: str, m: Mention) -> bool:
    """Is the figure at `m` a part of a group ("two of them") with no verb of its own and
    no strong word of harm up to its statement's end ("two of them overnight in hospital";
    not "one of them, a woman aged 60, died", "four of them wounded")?"""
    if not re.match(r"\s+of\s+them\b", sentence[m.end:]):
        return False
    rest = sentence[m.end:]
    cut = _PART_ENDS.search(rest)
    said = rest[:cut.start() if cut else len(rest)]
    return not _PART_HAS_A_VERB.search(said) and not _stems_in(said, _STRONG_STEMS)


def _labelled(count: int, sentences: list[str]) -> set[str]:
    """The categories the label right before each statement of `count` names
    ("Fatal: 2" -> killed), when every statement has such a label; else empty."""
    named: list[set[str]] = []
    for sentence in sentences:
        for m in figure_mentions(sentence):
            if m.value == count:
                label = _LABEL.search(sentence[max(0, m.start - 30):m.start])
                named.append(categories_named(label.group(1).lower()) if label else set())
    return set().union(*named) if named and all(named) else set()


# "TWO OF THE WOUNDED, A WOMAN AND A BOY, HAD DIED"; "one of them, the guard Petr Valach,
# who had been stabbed during the assault, died the next day": part of a group, dead.
# The group, then what its part did: past appositives and relative clauses only
# ("Three of them were injured and one later died" is three injured).
_OF_A_GROUP_DIED = re.compile(r"^\s+of\s+(?:the|them|those|these)\b(?P<between>[^.;]{0,140}?)"
                              r"(?:\b(?:had|have|has)\s+)?\b(?:died|succumbed)\b", re.I)
_ANOTHER_PART = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen)\b"
                           r"|\band\s+that\b", re.I)
_OWN_VERB = re.compile(r"\b(?:were|was|are|is)\b|\band\s+(?:\w+\s+)?(?:later|then|had|has)\b", re.I)


def _died_of_a_group(count: int, sentences: list[str]) -> bool:
    """True when every place the sentences state `count` is part of a group that died."""
    def died(after: str) -> bool:
        m = _OF_A_GROUP_DIED.match(after)
        # (an age is no other part: "one of them, a woman aged 60, died")
        if not m or _ANOTHER_PART.search(re.sub(r"(?i)\d+-year-old|\baged\s+\d+", " ", m["between"])):
            return False  # "three of them children ..., and that two of the wounded had died"
        return not any(_OWN_VERB.search(part) for part in m["between"].split(",")
                       if not re.match(r"\s*(?:who|which|that)\b", part, re.I))

    return every_statement(count, sentences, died)


_PART_OF_THEM = re.compile(r",\s*[\w-]+\s+of\s+them\s+[^,;.()]{1,40},", re.I)


# "11 fatalities (9 militants, 2 soldiers)": the figures in brackets break down the
# one before them, and take its category.
# (Not past a header block's "/" or line: in "Fatalities: 0 / Occupants: 14 (crew 2,
# passengers 12)" the brackets break down the occupants.)
_BRACKETED = re.compile(r"([^.;()/\n]{0,40})\(([^()]*)\)")


_UNHARMED_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:unhurt|unharmed|uninjured|alive)\b", re.I)


def _broken_down_presence(count: int, sentence: str) -> bool:
    """Is `count` part of the breakdown in brackets of a number of people present,
    whose clause names no casualty ("Occupants: 14 (crew 2, passengers 12)")?"""
    return any(any(f.value == count for f in figure_mentions(m[2])) and _stems_in(m[1], PRESENCE_STEMS)
               and not categories_named(m[1]) for m in _BRACKETED.finditer(sentence))


def _named_before_brackets(count: int, sentences: list[str]) -> set[str]:
    named: set[str] = set()
    for sentence in sentences:
        for m in _BRACKETED.finditer(sentence):
            if any(f.value == count for f in figure_mentions(m[2])):
                named |= categories_named(m[1])
    return named


# "58 wounded, 11 of them critically": a part of the figure before takes its category.
# So is "among them five children" ("17 people had died, among them five children, and
# three women were still missing": five of the dead, not missing).
_OF_THEM = re.compile(r"^\W*(?:\S+\s+of\s+them|among\s+them|among\s+the\s+dead|including)\b", re.I)
_PART_HAS_A_VERB = re.compile(r"\b(?:was|were|is|are|had|has|have|been|died|later|remain\w*|suffered|lost)\b", re.I)


# "64 students were unaccounted for; police raised the figure to 79": the figure
# revised is the one an earlier clause names.
_THE_FIGURE = re.compile(r"\b(?:the|that|this|its)\s+(?:figure|number|toll|count|tally)\s+(?:up\s+|down\s+)?to\b",
                         re.I)


def _named_of_them(count: int, sentences: list[str]) -> set[str]:
    named: set[str] = set()
    for sentence in sentences:
        clauses = CLAUSES.split(sentence)
        for k, clause in enumerate(clauses):
            if not k or not any(m.value == count for m in figure_mentions(clause)):
                continue
            if _OF_THEM.match(clause):
                # the part of the nearest figure before ("58 people were being treated in hospitals
                # in Miresk and Dalby, eight of them in intensive care": past "Dalby")
                whole = next((c for c in reversed(clauses[:k]) if figure_mentions(c)), "")
                named |= categories_named(whole)
            elif _THE_FIGURE.search(clause):
                named |= next((c for c in map(categories_named, reversed(clauses[:k])) if c), set())
    return named


# Where what is said of a figure ends: the next statement of a reported speech
# ("..., had been wounded, and that the attackers had left behind the bodies ...").
_NEXT_STATEMENT = re.compile(r";|\band\s+that\b|\b(?:said|says|told|added|according)\b", re.I)
_OWN_PREDICATE = re.compile(r"\b(?:was|were|had\s+been|have\s+been|has\s+been)\b", re.I)
# "nine people remained in intensive care": the figure's own verb says they are hurt (in a
# sentence of deaths too; but not "two of them in its intensive care unit", said of the dead)
_IN_CARE = re.compile(r"^[^.;,]{0,40}?\b(?:remained|remain|remains|were|was)\s+(?:still\s+)?in\s+(?:intensive\s+care"
                      r"|hospital)\b", re.I)


# The verb just before the figure whose object it is: "killing two people and wounding five
# before police officers shot him dead" (the five are wounded, whatever the sentence says next).
_VERB_BEFORE = re.compile(r"\b(?P<verb>kill(?:ing|ed)|wound(?:ing|ed)|injur(?:ing|ed)|hurt(?:ing)?|abduct(?:ing|ed)"
                          r"|kidnapp(?:ing|ed))\s+(?:at\s+least\s+|about\s+|some\s+|nearly\s+|more\s+than\s+"
                          r"|another\s+|a\s+further\s+)?$", re.I)


def _verb_before_named(sentence: str, start: int) -> set[str]:
    """The category of the verb whose object the figure at `start` is (`_VERB_BEFORE`)."""
    verb = _VERB_BEFORE.search(sentence[max(0, start - 40):start])
    return categories_named(verb["verb"]) if verb else set()


def _predicate_named(sentence: str, end: int) -> set[str]:
    """The categories the figure's own verb names, the first "was/were/had been"
    after it, within what is said of it: "four more policemen and two civilians, a
    baker and his son ..., had been wounded" are wounded, whatever the sentence says
    next."""
    after = sentence[end:end + 200]
    stop = _NEXT_STATEMENT.search(after)
    after = after[:stop.start()] if stop else after
    # only where the figure is the subject of a verb of its own, with no casualty word
    # before it ("KILLING TWO SOLDIERS AND ONE CIVILIAN AND WOUNDING NINE": the one is
    # killed; "killed 3 people and wounded 9 others, who were taken to hospital": the
    # verb is the nine's), and only what that verb says
    care = _IN_CARE.match(after)
    if care and not categories_named(after[:care.start()]):
        return {"injured"}
    verb = _OWN_PREDICATE.search(after)
    if not verb or categories_named(after[:verb.start()]):
        return set()
    return categories_named(re.split(r"[,;]|\band\b", after[verb.end():], maxsplit=1)[0])


def harm_named(count: int, sentences: list[str]) -> set[str]:
    """The categories the sentences that state `count` name: those its own verb
    says of it (`_predicate_named`), else any the sentence names (or, for "six more", the
    other cited sentences); empty when they say nothing of harm ("heavy rain of 4
    to 6 inches")."""
    named: set[str] = set()
    more = False
    for sentence in sentences:
        mentions = [m for m in figure_mentions(sentence) if m.value == count]
        if mentions:
            said = set().union(*(_verb_before_named(sentence, m.start) or _predicate_named(sentence, m.end)
                                 for m in mentions))
            named |= said or categories_named(sentence)
            more = more or any(re.match(r"\s+more\b", sentence[m.end:]) for m in mentions)
    if not named and more:
        # "Nine bodies were pulled from the river. On Thursday, six more were found":
        # six more of what the sentence cited with it names.
        for sentence in sentences:
            named |= categories_named(sentence)
    return named


# The attackers counted: "about 300 TLM fighters attacked the police headquarters",
# "THE ATTACKERS, ABOUT 30 MEMBERS OF THE ERP, SEIZED THE PATROL'S WEAPONS AND FLED".
_ATTACKERS = r"attackers|assailants|gunmen|fighters|militants|guerrillas|rebels|insurgents|raiders"
_ABOUT = r"about|around|some|nearly|up\s+to"
_ATTACKERS_COUNTED = re.compile(
    rf"\b(?:{_ABOUT})\s+\S+\s+members\s+of\b"
    rf"|\b(?:{_ATTACKERS})\b"
    r"(?:\s+\w+){0,2}?\s+(?:attacked|raided|stormed|ambushed|opened\s+fire|besieged|overran|arrived|fled|took\s+part)\b"
    # "some 40 CDA fighters who had come ashore in fishing boats", "attacked ... by some 30 terrorists"
    rf"|\b(?:{_ATTACKERS}|terrorists)\s+"
    r"(?:who|that)\s+(?:had\s+)?(?:come|came|arrived|landed|crossed|entered|slipped|sneaked)\b"
    rf"|\bby\s+(?:(?:{_ABOUT}|more\s+than|at\s+least)\s+)?\S+\s+(?:[\w-]+\s+)?(?:{_ATTACKERS}|terrorists|men)\b",
    re.I)


# The figure of the attackers themselves: "shot dead ... by two assailants who rode up",
# "BY A COLUMN OF SOME 40 GUERRILLAS": a count of attackers even beside a word of harm.
_ATTACKER_FIGURE = re.compile(
    rf"\bby\s+(?:a\s+(?:column|group|band|gang|unit)\s+of\s+)?(?:(?:{_ABOUT}|more\s+than|at\s+least)\s+)?"
    rf"(?P<n>[\w,-]+)\s+(?:[\w-]+\s+)?(?:{_ATTACKERS}|terrorists|men)\b"
    # "Some 30 gunmen on horseback raided the market, shooting dead seven traders", "A GROUP
    # OF SOME 30 TERRORISTS OVERPOWERED THE WATCHMEN": a reckoning of the attackers, who did
    # the act (not "some 30 gunmen were killed")
    rf"|\b(?:{_ABOUT}|an\s+estimated)\s+(?P<s>[\w,-]+)\s+(?:[\w-]+\s+)?(?:{_ATTACKERS}|terrorists)\b"
    r"(?!\s+(?:were|was|had\s+been|have\s+been|died|lay)\b)"
    # "Four armed men abducted Hadrik Selo": the number of those who did the act, its subject
    rf"|\b(?P<a>[\w,-]+)\s+(?:(?:armed|masked|unidentified|hooded)\s+)?(?:{_ATTACKERS}|terrorists|men|kidnappers)"
    # ... how they came: "Two gunmen on a motorbike shot dead radio journalist Tomas Verrin"
    # ... or dressed: "about 30 men in army uniforms raided the cattle market"
    r"(?:\s+(?:on|in|riding|aboard|wearing)\s+(?:(?:a|an|two|three|several)\s+)?(?:[\w-]+\s+)?[\w-]+)?"
    r"\s+(?:abducted|kidnapped|attacked|stormed|raided|seized|ambushed|opened\s+fire|shot|burst|broke\s+into"
    # ... with blades, clubs or fire: "Four men beat the watchman ... and set the store alight"
    r"|beat|stabbed|hacked|clubbed|torched|set\s+fire|set\s+(?:the|a|an)\b|threw|hurled"
    # "killed" with what they killed after it, not "7 civilians and 3 attackers killed and ...":
    # attackers who died
    r"|killed(?!\s*(?:[,.;]|$|(?:and|in|on|by|during|when|while|as|after)\b)))\b"
    # ... done by them, not to them: "including three gunmen shot by soldiers"
    r"(?!\s+(?:dead\s+)?by\b)"
    # a crowd that did the act: "SOME 500 STUDENTS PROTESTING A 30 PERCENT RISE IN BUS FARES
    # BURNED FOUR BUSES" (not "police shot dead 3 students protesting ...": see counts_attackers)
    rf"|\b(?:(?:{_ABOUT})\s+)?(?P<p>[\w,-]+)\s+(?:[\w-]+\s+)?(?:students|protesters|demonstrators|youths|rioters"
    r"|marchers|supporters|fans|inmates|prisoners|workers|residents|villagers|people|men|women)\s+(?:protesting"
    r"|marching|demonstrating|rioting|chanting)\b[^.;]{0,80}?\b(?:burned|burnt|stoned|set\s+fire|attacked|looted"
    r"|smashed|blocked|hurled|threw|torched|pelted|stormed)\b",
    re.I)


_HARMED_BEFORE = re.compile(r"\b(?:kill\w*|shot|shoot\w*|wound\w*|injur\w*|dead|died|hurt)\b[^.;,]{0,30}$", re.I)


def counts_attackers(count: int, sentences: list[str]) -> bool:
    """True when every place the sentences state `count` counts the attackers
    ("by two assailants", "by a column of some 40 guerrillas")."""
    found = []
    for sentence in sentences:
        spans = [m.span(next(g for g in ("n", "s", "a", "p") if m[g])) for m in _ATTACKER_FIGURE.finditer(sentence)
                 if not (m["p"] and _HARMED_BEFORE.search(sentence[max(0, m.start() - 40):m.start("p")]))]
        found += [any(a <= f.start < b for a, b in spans) for f in figure_mentions(sentence) if f.value == count]
    return bool(found) and all(found)


_OF_THE_HARMED = re.compile(r"\W*(?:of|among)\s+(?:the\s+)?(?:[\w,-]+\s+)?(?:dead|killed|injured|wounded|victims|missing)\b",
                            re.I)


# The last of a list a harm verb governs: "killing 3 police officers and 2 passers-by who were
# waiting at a bus stop" are killed, whatever they were doing.
# (a verb in -ing with its objects: not "nine officers were injured by stones and 63 students were detained")
_HARMED_IN_A_LIST = re.compile(r"\b(?:killing|wounding|injuring)\s+(?:at\s+least\s+)?"
                               r"[\w-]+\s+(?:[\w-]+\s+){0,3}?(?:and|,)\s+$", re.I)


# A vehicle taken with the people aboard: its occupants are the captives.
_VEHICLE_TAKEN = re.compile(r"\b(?:hijack\w*|commandeer\w*|(?:seized|took\s+over)\s+(?:an?\s+|the\s+)?"
                            r"(?:[\w-]+\s+)?(?:bus|minibus|coach|boat|ship|vessel|ferry|plane|aircraft|airliner|train"
                            r"|truck))\b", re.I)


# "Four of the nine passengers": the number after "of the" is the whole group's.
_GROUP_TOTAL_BEFORE = re.compile(r"\b[\w-]+\s+of\s+(?:the|its|their|all)\s+$", re.I)
# ... unless the group is of the harmed ("the bodies of the five victims")
_HARMED_NOUN = re.compile(r"\s+(?:victims|hostages|captives|casualties)\b", re.I)


def presence_total(count: int, sentences: list[str]) -> bool:
    """True when every clause stating `count` counts people present (stationed,
    aboard, occupants) and names no casualty at all. A clause of a figure and its
    noun alone is the subject of what follows ("One resident, a 72-year-old woman,
    drowned"): its sentence must name no casualty either."""
    found = []
    for sentence in sentences:
        if (_named_of_them(count, [sentence]) or _OF_THE_HARMED.match(sentence)
                or _named_before_brackets(count, [sentence])  # "Fatalities: 2 (crew 2)"
                # "27 people, including 9 plant employees and 3 police officers, were treated":
                # a part of a figure whose sentence names harm
                or (any(_OF_THEM.match(c) for c in clauses_stating(count, [sentence]))
                    and categories_named(sentence))):
            # "17 others were injured, 3 of them embassy employees"; "Of the dead, eight were police
            # officers and four were civilians who lived in flats above the station"
            found.append(False)
            continue
        if any(_UNHARMED_AFTER.match(sentence, m.end) for m in figure_mentions(sentence) if m.value == count):
            found.append(True)  # "PULLED 20 PASSENGERS UNHURT FROM THE BURNING BUS": said of them, unharmed
            continue
        if any(_HARMED_IN_A_LIST.search(sentence[max(0, m.start - 100):m.start])
               for m in figure_mentions(sentence) if m.value == count):
            found.append(False)  # "killing 3 police officers and 2 passers-by who were waiting at a bus stop"
            continue
        totals = [_GROUP_TOTAL_BEFORE.search(sentence[max(0, m.start - 30):m.start])
                  and not _HARMED_NOUN.match(sentence, m.end)
                  and not categories_named(" ".join(sentence[m.end:].split()[:1]))
                  for m in figure_mentions(sentence) if m.value == count]
        if totals and all(totals):
            found.append(True)  # "Four of the nine passengers were seriously injured": the nine aboard
            continue
        if _VEHICLE_TAKEN.search(sentence):
            found.append(False)  # "hijacked an intercity bus ... with 23 passengers on board": taken with it
            continue
        if _broken_down_presence(count, sentence):
            found.append(True)  # "Occupants: 14 (crew 2, passengers 12)": the people aboard, in parts
            continue
        for clause in clauses_stating(count, [sentence]):
            # (past a group it is one of: "One resident of the flats, an apprentice of 19, died")
            core = re.sub(r"\s+of\s+(?:the|its|their)\s+[\w-]+\s*$", "", clause.strip())
            short = len(_WORDS.findall(core.lower())) <= 3
            cut_short = short and bool(re.match(rf"\W*{re.escape(clause.strip())}\s*,", sentence))
            # ... or a subject after "and", then a comma: "..., and one other resident, a
            # 52-year-old man, remained missing": what follows it says what befell them
            joined = short and re.search(rf"\band\s+{re.escape(clause.strip())}\s*,", sentence)
            told = sentence if cut_short else sentence[joined.start():] if joined else clause
            # "19 were sent home the same night with cuts and burns": the clause is cut at
            # "with", and what they were sent home with is their harm
            at = sentence.find(clause)
            harm_with = re.match(r"\s*with\s+[^;,.]{1,60}", sentence[at + len(clause):]) if at >= 0 else None
            told = f"{told} {harm_with.group(0)}" if harm_with else told
            # "Two men waiting at the stop, a water seller and a motorcycle-taxi driver, were
            # among the wounded": the sentence's subject, and what it says befell them
            among = re.match(rf"\W*{re.escape(clause.strip())}\s*,[^.;]{{0,100}}?\b(?:were|was)\s+among\s+the\s+\w+",
                             sentence)
            told = f"{told} {among.group(0)}" if among else told
            # ... or past an apposition, what befell them: "Four people on board, three passengers
            # and the driver, were cut by broken glass"
            befell = re.match(rf"\W*{re.escape(clause.strip())}\s*,[^.;]{{0,100}}?,\s*(?:were|was)\s+[^.;,]{{1,60}}",
                              sentence)
            told = f"{told} {befell.group(0)}" if befell else told
            # "TOOK HIM AWAY TOGETHER WITH TWO MUNICIPAL EMPLOYEES WHO WERE GUARDING THE HOUSE":
            # taken with him, whatever they were doing there
            with_him = re.search(r"(?i)[^.;,]{0,120}\b(?:together|along)\s+with\s*$", sentence[:at]) if at >= 0 else None
            told = f"{with_him.group(0)} {told}" if with_him else told
            found.append(bool(_POPULATION.search(clause)) or (
                not categories_named(told)
                and (_stems_in(clause, PRESENCE_STEMS) or bool(_ATTACKERS_COUNTED.search(clause)))))
    return bool(found) and all(found)
