"""Figures that count no casualties: the attackers ("about 20 gunmen") and the people present
("about 280 soldiers were stationed at the base")."""

from __future__ import annotations

import re

from summarizer.verify.numbers import figure_mentions
from summarizer.verify.categories.words import POPULATION, PRESENCE_STEMS, WORDS, categories_named, stems_in
from summarizer.verify.categories.parts import (
    OF_THEM,
    UNHARMED_AFTER,
    broken_down_presence,
    clauses_stating,
    named_before_brackets,
    named_of_them,
)

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
    rf"|\b(?P<a>[\w,-]+)\s+(?:(?:armed|masked|unidentified|hooded)\s+)?(?:{_ATTACKERS}|terrorists|men|kidnappers"
    r"|hijackers|pirates)"
    # ... how they came: "Two gunmen on a motorbike shot dead radio journalist Tomas Verrin"
    # ... or dressed: "about 30 men in army uniforms raided the cattle market"
    r"(?:\s+(?:on|in|riding|aboard|wearing)\s+(?:(?:a|an|two|three|several)\s+)?(?:[\w-]+\s+)?[\w-]+)?"
    # ... or armed: "five hijackers armed with pistols and hand grenades seized a turboprop"
    r"(?:\s+armed\s+with(?:\s+[\w-]+){1,5}?(?=\s+(?:seized|hijacked|took|stormed|attacked|abducted|boarded)))?"
    # ... and when: "TWO GUNMEN ON A MOTORCYCLE YESTERDAY AFTERNOON SHOT DEAD THE DRIVER"
    r"(?:\s+(?:yesterday|today|tonight|last\s+night|this\s+(?:morning|afternoon|evening)|early\s+today"
    r"|on\s+\w+day)(?:\s+(?:morning|afternoon|evening|night))?)?"
    # ("FIVE ARMED MEN HIJACKED A BUS": the five took it, the passengers were taken)
    r"\s+(?:abducted|kidnapped|attacked|stormed|raided|seized|ambushed|opened\s+fire|shot|burst|broke\s+into"
    r"|hijacked|boarded|took\s+(?:over|control)"
    # ... with blades, clubs or fire: "Four men beat the watchman ... and set the store alight"
    r"|beat|stabbed|hacked|clubbed|torched|set\s+fire|set\s+(?:the|a|an)\b|threw|hurled"
    # "killed" with what they killed after it, not "7 civilians and 3 attackers killed and ...":
    # attackers who died
    # (nor "reported three men killed at the scene": killed there, not killing at least 3)
    r"|killed(?!\s*(?:[,.;]|$|(?:and|in|on|by|during|when|while|as|after|near|outside|inside|there|instantly"
    r"|outright)\b|at\s+(?!least\b))))\b"
    # ... done by them, not to them: "including three gunmen shot by soldiers"
    r"(?!\s+(?:dead\s+)?by\b)"
    # a crowd that did the act: "SOME 500 STUDENTS PROTESTING A 30 PERCENT RISE IN BUS FARES
    # BURNED FOUR BUSES" (not "police shot dead 3 students protesting ...": see counts_attackers)
    rf"|\b(?:(?:{_ABOUT})\s+)?(?P<p>[\w,-]+)\s+(?:[\w-]+\s+)?(?:students|protesters|demonstrators|youths|rioters"
    r"|marchers|supporters|fans|inmates|prisoners|workers|residents|villagers|people|men|women)\s+(?:protesting"
    r"|marching|demonstrating|rioting|chanting)\b[^.;]{0,80}?\b(?:burned|burnt|stoned|set\s+fire|attacked|looted"
    r"|smashed|blocked|hurled|threw|torched|pelted|stormed)\b"
    # the number of those who rose, whatever follows their name: "around 300 inmates of the
    # Kwendari Remand Prison in Ossulo town (Imbaza district, Velsharra) rioted ..., seized 3
    # prison guards" (the 3 are taken, the 300 did it)
    rf"|\b(?:(?:{_ABOUT})\s+)?(?P<r>[\w,-]+)\s+(?:[\w-]+\s+)?(?:inmates|prisoners|detainees|convicts)\b"
    r"[^.;]{0,120}?\b(?:rioted|revolted|mutinied|rose\s+up|refused\s+to\s+return|barricaded|overpowered"
    # "Some 120 inmates of C Wing refused to return to their cells ... and took four officers hostage"
    r"|took\s+(?:[\w-]+\s+){0,3}?hostage)\b",
    re.I)


_HARMED_BEFORE = re.compile(r"\b(?:kill\w*|shot|shoot\w*|wound\w*|injur\w*|dead|died|hurt)\b[^.;,]{0,30}$", re.I)


def _figure_group(m: re.Match) -> str:
    """Which of `_ATTACKER_FIGURE`'s figures matched."""
    return next(g for g in ("n", "s", "a", "p", "r") if m[g])


def counts_attackers(count: int, sentences: list[str]) -> bool:
    """True when every place the sentences state `count` counts the attackers
    ("by two assailants", "by a column of some 40 guerrillas")."""
    found = []
    for sentence in sentences:
        spans = [m.span(g) for m in _ATTACKER_FIGURE.finditer(sentence) for g in [_figure_group(m)]
                 # a crowd shot is harmed: "police shot dead 3 students protesting ..."
                 if not (g in ("p", "r") and _HARMED_BEFORE.search(sentence[max(0, m.start() - 40):m.start(g)]))]
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


# Escapees caught again are arrested, no captives (docs/eval.md: arrests are no casualties);
# prisoners a raid freed are let out, no captives either ("FREED 52 PRISONERS").
_RECAPTURED = re.compile(r"\brecaptur\w*|\b(?:caught|arrested|detained)\s+again\b|\bback\s+in\s+custody\b"
                         r"|\b(?:freed|released|let\s+out|set\s+free)\s+(?:[\w-]+\s+){0,3}?"
                         r"(?:prisoners|inmates|detainees|convicts)\b", re.I)
_HARM_IN_IT = re.compile(r"\b(?:kill\w*|dead|died|shot|wound\w*|injur\w*)\b", re.I)


# A figure and its noun with no verb: "four escapees", "two police officers".
def _bare_subject(clause: str) -> bool:
    """Does the clause end in a figure and at most two words of its noun, no verb ("in the
    ensuing gun battle four escapees"; not "112 survivors rescued")?"""
    figures = figure_mentions(clause)
    tail = clause[figures[-1].end:].split() if figures else []
    return 0 < len(tail) <= 2 and not any(w.lower().endswith("ed") for w in tail)


# The people counted, then all of them said hurt after a comma: "pulled 2 people alive from the
# rubble, both injured".
_ALL_OF_THEM_HURT = re.compile(r"^[^.;,]{0,60},\s+(?:both|all|each)(?:\s+of\s+them)?\s+(?:[\w-]+\s+)?"
                               r"(?:injured|hurt|wounded|burned|burnt)\b", re.I)


# The later item of a list of those aboard: "its manifest listed 61 passengers and 4 crew and
# that 11 of them had died" (not "was carrying 30 passengers and 4 were killed": a verb of its own)
_LISTED_ABOARD = re.compile(r"\b(?:manifest\s+(?:listed|lists|showed|shows)|(?:was|were)\s+carrying)\s+(?:about\s+|some\s+)?"
                           r"[\d,]+\s+[\w-]+(?:\s+and|,)\s+$", re.I)
_ITS_OWN_VERB = re.compile(r"\s+(?:[\w-]+\s+)?(?:were|was|had|have|died|drowned)\b", re.I)


def presence_total(count: int, sentences: list[str]) -> bool:
    """True when every clause stating `count` counts people present (stationed,
    aboard, occupants) and names no casualty at all. A clause of a figure and its
    noun alone is the subject of what follows ("One resident, a 72-year-old woman,
    drowned"): its sentence must name no casualty either."""
    found = []
    for sentence in sentences:
        if (named_of_them(count, [sentence]) or _OF_THE_HARMED.match(sentence)
                or named_before_brackets(count, [sentence])  # "Fatalities: 2 (crew 2)"
                # "27 people, including 9 plant employees and 3 police officers, were treated":
                # a part of a figure whose sentence names harm
                or (any(OF_THEM.match(c) for c in clauses_stating(count, [sentence]))
                    and categories_named(sentence))):
            # "17 others were injured, 3 of them embassy employees"; "Of the dead, eight were police
            # officers and four were civilians who lived in flats above the station"
            found.append(False)
            continue
        if any(_ALL_OF_THEM_HURT.match(sentence[m.end:]) for m in figure_mentions(sentence) if m.value == count):
            found.append(False)  # "Rescuers pulled 2 people alive from the rubble, both injured": hurt
            continue
        if any(UNHARMED_AFTER.match(sentence, m.end) for m in figure_mentions(sentence) if m.value == count):
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
        if any(_LISTED_ABOARD.search(sentence[max(0, m.start - 80):m.start])
               and not _ITS_OWN_VERB.match(sentence, m.end) for m in figure_mentions(sentence) if m.value == count):
            found.append(True)  # "its manifest listed 61 passengers and 4 crew": the second of those aboard
            continue
        if _VEHICLE_TAKEN.search(sentence):
            found.append(False)  # "hijacked an intercity bus ... with 23 passengers on board": taken with it
            continue
        if any(_RECAPTURED.search(c) and not _HARM_IN_IT.search(c) for c in clauses_stating(count, [sentence])):
            found.append(True)  # "19 OF THE ESCAPED PRISONERS HAVE BEEN RECAPTURED": caught again, no captives
            continue
        if broken_down_presence(count, sentence):
            found.append(True)  # "Occupants: 14 (crew 2, passengers 12)": the people aboard, in parts
            continue
        for clause in clauses_stating(count, [sentence]):
            # (past a group it is one of: "One resident of the flats, an apprentice of 19, died")
            core = re.sub(r"\s+of\s+(?:the|its|their)\s+[\w-]+\s*$", "", clause.strip())
            short = len(WORDS.findall(core.lower())) <= 3
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
            # ... or its second verb: "two of the gunmen escaped and were killed three days later"
            second = re.match(r"\s*,?\s*and\s+(?:were|was|had\s+been)\s+(?:later\s+)?[^.;,]{1,40}",
                              sentence[at + len(clause):]) if at >= 0 else None
            told = f"{told} {second.group(0)}" if second else told
            # ... or the verb it shares with the next subject: "four escapees and one police officer
            # were killed"
            # (only a subject with no verb of its own: not "112 survivors rescued and 41 people were
            # missing", "22 were pulled from the water alive and six were missing")
            shared = re.match(r"\s*and\s+(?:[\w-]+\s+){1,4}?(?:were|was|had\s+been)\s+(?:later\s+)?[^.;,]{1,40}",
                              sentence[at + len(clause):]) if at >= 0 and _bare_subject(clause) else None
            told = f"{told} {shared.group(0)}" if shared else told
            # "TOOK HIM AWAY TOGETHER WITH TWO MUNICIPAL EMPLOYEES WHO WERE GUARDING THE HOUSE":
            # taken with him, whatever they were doing there
            with_him = re.search(r"(?i)[^.;,]{0,120}\b(?:together|along)\s+with\s*$", sentence[:at]) if at >= 0 else None
            told = f"{with_him.group(0)} {told}" if with_him else told
            found.append(bool(POPULATION.search(clause)) or (
                not categories_named(told)
                and (stems_in(clause, PRESENCE_STEMS) or bool(_ATTACKERS_COUNTED.search(clause)))))
    return bool(found) and all(found)
