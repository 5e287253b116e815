"""The words that name a casualty category: the stems of each (killed, injured, missing,
captured/abducted), the words that only look like them, and the rewrites read before them
("admitted to Ngorova District Hospital", "herded into the hall", "stabbed to death")."""

from __future__ import annotations

import functools
import re
from typing import Callable

from summarizer.verify.cues import DIED_OF_HARM, MOURNED_DEAD, SEIZED_ARMS, TAKEN_AWAY, TOOK_REFUGE
from summarizer.verify.numbers import Mention, figure_mentions

# Word stems, matched at the start of a word. "casualt-" is both killed and injured.
CATEGORY_STEMS: dict[str, tuple[str, ...]] = {
    "killed": (
        "kill", "dead", "death", "died", "die", "dying", "fatal", "lives", "life", "bodies", "body",
        "perish", "slain", "slaughter", "murder", "drown", "execut", "toll", "massacre", "corpse",
        "casualt", "lost", "crush", "trampl",
        # a group's word for its dead ("HAD FALLEN" after its fighters is read as died: _DID_NOT_SURVIVE)
        "fallen in combat", "fell in combat",
    ),
    "injured": (
        "injur", "wound", "hurt", "hospital", "treated", "burn", "maim", "casualt", "crush", "trampl",
        "critical condition", "serious condition",  # "six ... were in critical condition"
        # "Kovrant University Hospital said it was treating 11 people, three of them in intensive care"
        "treating",
        # "two of them with broken legs", "had a broken arm after being beaten"
        "broken arm", "broken leg", "broken rib", "broken bone", "fractur", "concussion",
        # "410 people treated for frostbite, 37 of whom had fingers or toes amputated"
        "amputat",
        # "three passengers and the driver, were cut by broken glass"
        "cut by broken glass", "cut by flying glass", "cut by glass", "cuts and bruises",
        # a blade's: "stabbed two of them", "3 women were stabbed", "slashed"
        "stabb", "slashed",
        # a beating's: "three of his employees had been beaten with rifle butts" (not "beaten
        # back"; the active "beat 3 health workers" is _BEAT_THEM's: its subject beat no one)
        "beaten",
        # harmed by what they drank or breathed: "put the number of people who fell ill at 17"
        "fell ill", "taken ill", "sickened",
        # care given: "doctors ... said 4 of them needed treatment for dehydration"
        "needed treatment", "needing treatment", "required treatment", "requiring treatment",
        "received treatment", "receiving treatment",
        # "The plant's operator ... said 22 residents had sought treatment"
        "sought treatment", "seeking treatment",
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
    # "its manifest listed 61 passengers and 4 crew and that 11 of them had died": aboard
    "manifest",
)
# Clause boundaries: punctuation and the conjunctions that start a new figure
# ("killed 3 people and wounded 12", "12 died while 4 are missing"). A colon is no
# boundary: "Fatalities: 2" states its category before the number.
# A comma splits clauses, but not the thousands of a figure ("5,000 residents").
# A line of a header block ends a clause ("Fatalities: Crew: 3 / Total: 5\nOccupants: ...");
# other line breaks may wrap a clause of wire copy, and do not.
_PUNCTUATION = r"(?<!\d),|,(?!\d{3}(?!\d))|[;()/\u2013\u2014]|\s-\s|\n(?=(?-i:[A-Z])[\w ]{0,30}:)"
CLAUSES = re.compile(rf"{_PUNCTUATION}|\b(?:and|while|but|whereas|with)\b", re.I)  # summarizer.verify.tallies too
WORDS = re.compile(r"[a-z]+")


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
# (not a grade under a label: "Injuries: Fatal 2 / Serious 1")
INJURY_GRADES = "Fatal|Serious|Minor"  # an accident bureau's, read as labels by categories.conflict
_LATER_NAME = re.compile(rf"(?<=[\w,;:)] )(?!(?:{INJURY_GRADES})\b)[A-Z][a-z]+")


def stems_in(text: str, stems: tuple[str, ...]) -> bool:
    lowered, words = _words_read(text)
    return any(word.startswith(stems) for word in words) or any(" " in stem and stem in lowered for stem in stems)


@functools.lru_cache(maxsize=8192)
def _words_read(text: str) -> tuple[str, tuple[str, ...]]:
    """The text lower-cased and its words that may name a harm, read once for
    every category's stems (the checks ask of the same clauses again and again)."""
    if sum(map(str.isupper, text)) < sum(map(str.islower, text)):
        text = _LATER_NAME.sub(" ", text)
    lowered = text.lower()
    return lowered, tuple(w for w in WORDS.findall(lowered) if w not in NOT_CASUALTY_WORDS)


# "Hospital officials said the death toll had risen to 11" states deaths: a
# hospital names injuries only when no word of death is there.
WEAK_INJURED = ("hospital", "treated", "treating", "needed treatment", "needing treatment", "required treatment",
                "requiring treatment", "received treatment", "receiving treatment", "sought treatment",
                "seeking treatment")
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
# Taken into hospital: "38 had been admitted, among them 6 police officers" (not "admitted that").
_WERE_ADMITTED = re.compile(r"\b(?:had\s+been|have\s+been|has\s+been|were|was)\s+admitted\b"
                            r"(?!\s+(?:that|to\s+(?:the\s+)?(?:university|school|college|bar|party|union|membership)))",
                            re.I)
# A part of those taken into hospital: "17 of those admitted lived on the Pendlecot estate".
_OF_THOSE_ADMITTED = re.compile(r"\bof\s+(?:those|the\s+(?:people|patients|residents|workers))\s+"
                                r"(?:admitted|hospitali[sz]ed|kept\s+in)\b", re.I)
# People rounded up and held: "herded 318 pupils and 22 teachers into the sports hall".
_HERDED_INTO = re.compile(r"\bherd(?:ed|ing)\b(?=[^.;]{0,80}?\binto\b)", re.I)
# A blade's or a beating's harm that killed: "STABBED TO DEATH", "hacked to death" (no injury).
# (the verb only: "STABBED TWO RURAL TEACHERS TO DEATH" keeps its figure)
# (past the names of those killed: "beat two brothers, Jorren and Matthis Brevanger, to death";
# summarizer.verify.categories.conflict reads it before cutting the clauses at their commas)
TO_DEATH = re.compile(r"\b(?:stabbed|hacked|beaten|beat|clubbed|slashed|kicked|stoned)"
                      r"(?=\s+(?:[\w'-]+,?\s+){0,6}?to\s+death\b)", re.I)
# ... and the clauses of a figure are cut at "with" ("FIVE OF THEM WERE TAKEN | WITH CRUSHED
# LIMBS TO THE HOSPITAL"): the verb of care is read as such before the cut.
TAKEN_TO_CARE = re.compile(rf"\b(?:taken|took)(?=\s+{_TO_CARE})", re.I)


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
# ("forced two drivers, Obradin and a man from a neighbouring town, into the back of it": the pickup's)
_FORCED_AWAY = re.compile(r"\b(?:forced|dragged|bundled|pushed|marched)\b[^.;]{0,80}?\binto\s+"
                          r"(?:(?:the\s+)?(?:back|boot|trunk|rear)\s+of\s+(?:it|them)\b|(?:(?:the\s+)?(?:back|boot|trunk|rear)"
                          r"\s+of\s+)?(?:a|an|the|their|his|her|two)\s+"
                          r"(?:[\w-]+\s+){0,2}?(?:vans?|cars?|trucks?|vehicles?|pickups?|boats?|jeeps?|minibus\w*)\b)"
                          rf"|\b(?:{TAKEN_AWAY})\b", re.I)
# "Two hostages and three assailants were killed": hostages harmed are dead or wounded people.
# ("One hostage, a post office employee, had been shot in the shoulder")
# ("One of the hostages, a 52-year-old guard who was stabbed in the neck when the wing was seized,
# died in hospital": past an apposition)
HOSTAGES_HARMED = re.compile(r"\b(?:hostages?|captives?)\b(?=[^.;]{0,110}?\b(?:(?:was|were|had\s+been|have\s+been)\s+"
                             r"(?:\w+\s+)?(?:killed|wounded|injured"
                             # "THREE HOSTAGES, AMONG THEM THE BRANCH MANAGER, HAD DIED"
                             r"|hurt|shot|beaten)|(?:had\s+|have\s+)?died"
                             # "one hostage, the branch manager, had a broken arm"
                             r"|had\s+(?:a\s+|two\s+)?(?:broken|fractured)\s+\w+)\b)"
                             # "the body of one of the hostages, a water engineer, was found": one of them dead
                             r"|(?:(?<=\bbody\sof\sone\sof\s)|(?<=\bbodies\sof\s))(?:the\s+|two\s+|three\s+)?hostages\b",
                             re.I)
# "they shot two hostages, a retired judge and an off-duty police officer, and left their
# bodies on the track": the hostages shot are people harmed, not a count of the held.
HOSTAGES_SHOT = re.compile(r"\b(?P<verb>shot|executed|killed|murdered)(?P<between>\s+(?:dead\s+)?(?:the\s+)?"
                           r"(?:[\w-]+\s+)?)hostages?\b", re.I)
# "Two hostages and three assailants were killed": both figures share the verb.
_NUMBER = r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
SHARED_VERB = re.compile(
    rf"(?P<first>\b{_NUMBER}\s+[\w-]+(?:\s+[\w-]+)?)\s+and\s+(?P<second>{_NUMBER}\s+[\w-]+(?:\s+[\w-]+)?\s+"
    r"(?P<verb>(?:was|were)\s+(?:\w+\s+)?(?:killed|wounded|injured|hurt|abducted|kidnapped|missing)))\b", re.I)
# "troops held the position": ground kept, nobody held captive.
_HELD_GROUND = re.compile(r"\bheld\s+(?:on\s+to\s+)?(?:the|their|its|our)\s+(?:[\w-]+\s+)?(?:positions?|ground|lines?"
                          r"|towns?|villages?|bridges?|outposts?|posts?|hills?|area|base|perimeter)\b", re.I)
# "Kestany, a town of some 9,000 people": its population, no one harmed.
POPULATION = re.compile(r"\b(?:town|village|city|district|community|settlement)\s+of\s+(?:some\s+|about\s+|around\s+"
                        r"|nearly\s+|roughly\s+)?[\d,.]+\s+(?:people|inhabitants|residents|souls)\b", re.I)
_HIT_BY_FIRE = re.compile(r"\b(?:was|were|had\s+been|have\s+been)\s+(?:hit\s+(?:in\s+the\s+cross-?fire|by\s+(?:stray\s+)?"
                          r"(?:bullets?|gunfire|shrapnel|fire|rounds|shots))"
                          # "one security guard had been shot in the leg": shot and not killed
                          r"|shot\s+(?:in|through)\s+the\s+(?:leg|legs|arm|arms|shoulder|hand|foot"
                          r"|thigh|knee))\b", re.I)
# People the attackers took along: "withdrew into the hills, taking 6 railway employees with them"
# (not "taking part", "taking shelter").
_TAKING_WITH_THEM = re.compile(r"\btaking\b(?=\s+(?:[\w,-]+\s+){1,5}?with\s+them\b)", re.I)
# A fear, no death: "For forty minutes we thought we were going to die".
_FEARED_DEATH = re.compile(r"\b(?:(?:was|were|am|are)\s+going\s+to|would|might|could)\s+(?:all\s+)?(?:die|be\s+killed)\b",
                           re.I)
# Those who took people are no people taken: "TWO RANCH HANDS WHO TRIED TO STOP THE
# KIDNAPPERS WERE SHOT AND WOUNDED".
_TAKERS = re.compile(r"\b(?:kidnappers?|abductors?|captors?|hostage-takers?|hijackers?)\b", re.I)
_DID_NOT_SURVIVE = re.compile(r"\b(?:had|have|has|did)\s+not\s+survived?\b|\bfailed\s+to\s+survive\b"
                              # a group's word for its dead: "SIX OF ITS FIGHTERS HAD FALLEN \"DEFENDING ..."
                              # (people, not "212 millimetres of rain had fallen")
                              r"|(?<=fighters\s)(?:had|have)\s+fallen\b|(?<=comrades\s)(?:had|have)\s+fallen\b"
                              r"|(?<=members\s)(?:had|have)\s+fallen\b|(?<=militants\s)(?:had|have)\s+fallen\b"
                              # (a group's own word in quotes: 'said that "four martyrs" had fallen')
                              r"|(?<=martyrs\s)(?:had|have)\s+fallen\b|(?<=martyrs[\"\u201d]\s)(?:had|have)\s+fallen\b"
                              r"|(?<=comrades[\"\u201d]\s)(?:had|have)\s+fallen\b|(?<=fighters[\"\u201d]\s)(?:had|have)\s+fallen\b"
                              # "six had died of their injuries": deaths, not injuries
                              rf"|{DIED_OF_HARM}|\bsuccumbed\b", re.I)
# "three of the wounded had not survived the night": the wounded name who died.
OF_THE_WOUNDED = re.compile(r"\bof\s+the\s+(?:wounded|injured"
                            # "One of the 3 officers injured at Harnsby Remand Centre on 4 May"
                            r"|(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[\w-]+\s+)?(?:injured|wounded))\b",
                            re.I)  # ("Among the injured were three contractors" names them)


# "three men serving life sentences", "jailed for life": a prison term, no death.
_LIFE_TERM = re.compile(r"\blife\s+(?:sentences?|imprisonment|terms?|in\s+prison)\b|\b(?:jailed|imprisoned|sentenced)"
                        r"\s+for\s+life\b"
                        # "HOLDS THE FAPCA LEADERSHIP RESPONSIBLE FOR THEIR LIVES", "fled for their lives":
                        # a fear for their lives, no death
                        r"|\bfor\s+(?:their|his|her)\s+(?:lives|life|safety)\b", re.I)
# "THE OTHER TWO REMAIN IN THE HANDS OF THE DELINQUENTS": still held.
_IN_THE_HANDS_OF = re.compile(r"\b(?:remain\w*|still|are|is|were|was|left)\s+(?:still\s+)?in\s+the\s+hands\s+of\b"
                              # "released 2 of the workers ... and kept the 3 others": the rest held
                              r"|\b(?:kept|keeping|retained)\s+(?:the\s+)?(?:other\s+)?(?:\d+|[a-z]+)\s+(?:others|of\s+them)\b"
                              # "put the number of boys in the kidnappers' hands at 49"
                              r"|\bin\s+(?:the\s+|their\s+)?(?:kidnappers|captors|abductors|hostage-takers|pirates|gunmen)"
                              r"['\u2019]\s+hands\b",
                              re.I)


# "WERE STILL HOLDING NINE OF THE GUARDS", "INMATES HOLD GUARDS": people held captive.
_HOLDING = re.compile(rf"\bhold(?:s|ing)?\b(?=\s+(?:(?:the|their|its|some|about|at|least|all|of|them|{_NUMBER}"
                      r"|\w+teen|\w+ty|dozens?)\s+){0,4}"
                      r"(?:guards|hostages|captives|prisoners|workers"
                      r"|passengers|staff|employees|officers|soldiers|people|women|men|children|tourists)\b)"
                      # a headline's "GUERRILLAS STILL HOLD 25 IN PUERTO ZACARIAS LABOR OFFICE": people, with
                      # no noun (not "still hold 3 villages")
                      rf"|\bstill\s+hold(?:s|ing)?\b(?=\s+(?:about\s+|some\s+|at\s+least\s+)?{_NUMBER}"
                      r"(?:\s+(?:in|at|inside|aboard)\b|\s*[;,.]|\s*$))", re.I)


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


# "no money had been lost", "lost power for six hours", "lost their homes": things lost,
# not lives ("lost" is a word of death only of people: "the army lost 8 men").
_THINGS_LOST = re.compile(r"\b(?:money|cash|funds|savings|data|files|records|documents|power|electricity|contact"
                          r"|signal|revenue|income|crops?|harvests?|livestock|cattle|goats|sheep|homes?|houses?"
                          r"|property|belongings|business|trade)\s+(?:had\s+been|has\s+been|have\s+been|was|were"
                          r"|is|are)\s+lost\b"
                          r"|\blost\s+(?:all\s+)?(?:(?:their|his|her|its|our)\s+)?(?:\w+\s+)?(?:power|contact|control"
                          r"|signal|money|data|homes?|houses?|jobs?|livelihoods?|crops?|harvests?|livestock|cattle"
                          r"|property|belongings|everything|access|business|savings)\b", re.I)


_TOOK_REFUGE = re.compile(TOOK_REFUGE, re.I)  # "some 300 residents took refuge in a church": sheltered
# "a visitor whom the family had taken in": given a home at the end of its clause (not "taken in a raid")
_TAKEN_IN = re.compile(r"\b(?:took|taken|take|takes|taking)\s+in(?=\s*(?:[.;,)]|$))", re.I)
# "the headman said 8 people had been buried": a funeral's dead (not "had been buried by the mud", "buried
# alive", "buried under the rubble": may be trapped alive)
_HAD_BEEN_BURIED = re.compile(r"\b(?:had|have|has)\s+been\s+buried\b(?!\s+(?:alive|under|beneath|by|in\s+(?:the\s+)?"
                              r"(?:rubble|debris|ruins|mud|snow|sand)))", re.I)
# "the attack was beaten back", "beaten off": repelled, nobody harmed.
_BEATEN_BACK = re.compile(r"\bbeaten\s+(?:back|off)\b", re.I)
# Those a crowd or attackers beat, counted right after the verb: "stormed the clinic, beat 3
# health workers" (not "SOME 60 MEN ... BEAT THE MEN WHO TRIED TO STOP THEM": the 60 beat).
# (not "beat two men to death": killed, TO_DEATH)
_BEAT_THEM = re.compile(r"\bbeat(?:\s+up)?(?=\s+(?:at\s+least\s+|about\s+|some\s+)?(?:\d|(?:one|two|three|four|five|six"
                        r"|seven|eight|nine|ten|eleven|twelve|a\s+dozen|several)\b))"
                        r"(?!\s+(?:[\w'-]+,?\s+){0,6}?to\s+death\b)", re.I)


# A military report's abbreviations of harm: "5x KIA, 9x WIA, 2x MIA (army)".
HARM_ABBREVIATIONS = {"KIA": " killed ", "WIA": " wounded ", "MIA": " missing "}
_ABBREVIATED = re.compile(rf"\b({'|'.join(HARM_ABBREVIATIONS)})\b")


def categories_named(text: str) -> set[str]:
    return set(_categories_named(text))


@functools.lru_cache(maxsize=8192)
def _categories_named(text: str) -> frozenset[str]:
    text = _BEATEN_BACK.sub(" repelled ", _THINGS_LOST.sub(" gone ", _TOOK_REFUGE.sub(" sheltered ", text)))
    text = _HAD_BEEN_BURIED.sub(" had been buried dead ", _TAKEN_IN.sub(" sheltered ", text))
    text = _BEAT_THEM.sub("wounded", text)
    text = _LINES_DEAD.sub(" silent ", _MEMORIAL_VICTIMS.sub(lambda m: m[0][:-len("victims")] + "dead", text))
    text = _BURIED_THEIR.sub("buried dead", _IN_PROTEST_AT.sub(" in protest ", text))
    text = MOURNED_DEAD.sub(" coffins ", text)
    text = _PRISON_HELD.sub(r"\1housed", text)
    text = _REMAINS_OF.sub("bodies of", text)
    text = _IN_THE_HANDS_OF.sub(" held by ", _HOLDING.sub("held", text))
    text = _TAKING_WITH_THEM.sub(" abducted ", _FEARED_DEATH.sub(" feared ", text))
    text = _DID_NOT_SURVIVE.sub(" died ", _HIT_BY_FIRE.sub(" was wounded ", _FORCED_AWAY.sub(" abducted ", text)))
    text = _TAKERS.sub(" attackers ", text)
    text = _ABBREVIATED.sub(lambda m: HARM_ABBREVIATIONS[m[1]], text)
    text = _HELD_GROUND.sub(" kept ", OF_THE_WOUNDED.sub(" of them ", text))
    text = _TO_A_NAMED_HOSPITAL.sub(r"\g<verb> to hospital", _NAMED_HOSPITAL_SAID.sub("the hospital", text))
    text = TO_DEATH.sub("killed", _HERDED_INTO.sub("held", _OF_THOSE_ADMITTED.sub("of those treated", text)))
    text = _WERE_ADMITTED.sub("were treated", text)
    text = _HARM_DENIED.sub(" unharmed ", _TAKEN_FOR_CARE.sub(" hospital ", _THINGS_SEIZED.sub(" looted ", text)))
    text = _IN_CUSTODY.sub(" detained ", _LIFE_TERM.sub(" sentence ", text))
    named = {category for category, stems in CATEGORY_STEMS.items() if stems_in(text, stems)}
    strong_injured = tuple(stem for stem in CATEGORY_STEMS["injured"] if stem not in WEAK_INJURED)
    if "injured" in named and stems_in(text, _DEATH) and not stems_in(text, strong_injured):
        named.discard("injured")
    return frozenset(named)


# "with" starts a new figure ("12 killed, with 4 wounded") but also ends a
# relative clause short ("two fishermen who had stayed out with their boat were
# missing"): a clause cut there that names nothing is read again up to the next
# punctuation or conjunction.
LONGER_CLAUSES = re.compile(rf"{_PUNCTUATION}|\b(?:and|while|but|whereas)\b", re.I)
