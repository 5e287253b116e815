"""The category a figure's own clause gives it: its verb, its label, the group it is a part of
("19 people, five of them gendarmes, were wounded"), and the categories the clauses stating it
name instead of the one given."""

from __future__ import annotations

import re

from summarizer.verify.numbers import Mention, figure_mentions, figures_in
from summarizer.verify.categories.words import (
    CATEGORY_STEMS,
    HOSTAGES_HARMED,
    HOSTAGES_SHOT,
    INJURY_GRADES,
    LONGER_CLAUSES,
    OF_THE_WOUNDED,
    SHARED_VERB,
    TAKEN_TO_CARE,
    TO_DEATH,
    WEAK_INJURED,
    categories_named,
    every_mention,
    every_statement,
    stems_in,
)
from summarizer.verify.categories.parts import clauses_stating, named_before_brackets, named_of_them
from summarizer.verify.categories.people import presence_total

_ALONG_WITH = re.compile(r"\b(?P<verb>killed|wounded|injured|hurt|abducted|kidnapped)\s*,?\s+(?:along|together)\s+with\s+"
                         r"(?P<who>[^,.;]+)", re.I)


def category_conflict(category: str, count: int, sentences: list[str]) -> set[str] | None:
    """The categories the clauses stating `count` name instead of `category`, or
    None when they agree, name none, or do not state the count."""
    # "19 people, five of them gendarmes, were wounded": 19's clause goes on past the part.
    sentences = [_PART_OF_THEM.sub(lambda m: m[0] if count in figures_in(m[0]) else " ", t) for t in sentences]
    # "four others were wounded, along with two officers": the two share the clause's verb
    sentences = [_ALONG_WITH.sub(r"\g<verb>, \g<who> \g<verb>", t) for t in sentences]
    sentences = [TO_DEATH.sub("killed", TAKEN_TO_CARE.sub("treated", t)) for t in sentences]
    sentences = [SHARED_VERB.sub(r"\g<first> \g<verb> and \g<second>",
                                 HOSTAGES_SHOT.sub(r"\g<verb>\g<between>people", HOSTAGES_HARMED.sub("people", t)))
                 for t in sentences]
    labelled = _labelled(count, sentences)
    if labelled:
        return None if category in labelled else labelled
    # a line's "Casualties:" names no category where each figure says its own: "Casualties: 1 abducted;
    # 1 injured (driver)" (the 1s are abducted and injured, none killed)
    sentences = [_CASUALTIES_LINE.sub("Figures:", t) for t in sentences]
    if _of_the_wounded_alone(count, sentences):
        return None if category == "injured" else {"injured"}
    how = every_mention(count, sentences, _how_a_part_came_to_it)
    if how or every_mention(count, sentences, _a_bare_part):
        whole = named_of_them(count, sentences, of_whom=how)
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
        for clause in clauses_stating(count, sentences, LONGER_CLAUSES):
            named |= categories_named(clause)
    if not named:
        named = named_before_brackets(count, sentences) or named_of_them(count, sentences)
    if not named and not presence_total(count, sentences):
        # A clause cut short at its commas names nothing ("her 2 children, ages 6
        # and 9, were injured"): the sentence's categories decide.
        named = harm_named(count, sentences)
    if named and category not in named and category in (whole := named_of_them(count, sentences)) and (
            len(whole) == 1 or sum(m.value == count for t in sentences for m in figure_mentions(t)) > 1):
        # "shot dead 2 guards ... and abducted 11 road workers, among them 2 foreign engineers":
        # one 2 is killed, the other a part of the abducted; either is stated; "five students
        # had died, two of them overnight in hospital": the part shares the whole's verb (not
        # "20 casualties, six of them fatal": a whole of two categories, its part's own word
        # decides).
        return None
    if not named or category in named:
        return None
    mentions = [(t, m) for t in sentences for m in figure_mentions(t) if m.value == count]
    if len(mentions) > 1 and any(category in categories_named(v[1]) for t, m in mentions
                                 if (v := _OWN_VERB_AHEAD.match(t[m.end:]))):
        # two of the same figure, one per source: "the ministry said 2 people, a patient and a
        # hospital cleaner, were killed ...; the charity said ... 2 of its staff had been injured"
        return None
    return named


# A figure's own verb further on, past what is said of it, in its statement: "2 people, a patient
# and a hospital cleaner, were killed" (the figure's clause, not a second statement's).
_OWN_VERB_AHEAD = re.compile(r"^[^;:.]{0,120}?\b(?:were|was|had\s+been|have\s+been|has\s+been)\s+(\w+)", re.I)


# A header's sub-label before the figure: "Injuries: Fatal: 2, Serious: 1" (the
# label next to the number is its category, not the block's "Injuries:").
# (an accident bureau's grades under one label: "Injuries: Fatal 2 / Serious 1 / Minor 1")
_LABEL = re.compile(rf"\b([A-Za-z]+):[ \t]*$|[:/][ \t]*({INJURY_GRADES})[ \t]+$", re.I)
_ITS_STATEMENT = re.compile(r"[^;,\n]*")  # a figure's own words after it, up to its statement's end
_CASUALTIES_LINE = re.compile(r"\bcasualties\s*:(?=\s*\d+\s+(?:[\w-]+\s+){0,4}?(?:abducted|kidnapped|killed|dead|injured"
                              r"|wounded|missing|hurt)\b)", re.I)


def _of_the_wounded_alone(count: int, sentences: list[str]) -> bool:
    """True when every place the sentences state `count` it is a part of the wounded and
    nothing after it in its sentence says what befell them ("was still caring for 64 of
    the wounded"; not "one of the wounded, a woman of 54, had died")."""
    def alone(sentence: str, m: Mention) -> bool:
        part = OF_THE_WOUNDED.match(sentence, m.end + len(sentence[m.end:]) - len(sentence[m.end:].lstrip()))
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
    return not _PART_HAS_A_VERB.search(said) and not stems_in(said, _STRONG_STEMS)


# "six people were killed, four of whom were trampled in the crush": the part's verb tells how
# the whole's harm came to it (trampled, crushed, shot), no other harm
_HOW_OF_A_PART = re.compile(r"\s+of\s+(?:them|whom)\s+(?:(?:were|was|had\s+been)\s+(?:trampled|crushed|shot|stabbed|burned"
                            r"|burnt|hacked|beaten)\b(?![^,;.]*\b(?:wounded|injured|hurt|survived|alive)\b)"
                            # ... or what it died of: "14 of its supporters had died, two of them from
                            # bullet wounds" (dead of wounds, not wounded)
                            r"|(?:from|of)\s+(?:[\w-]+\s+)?(?:wounds|injuries|burns)\b(?=\s*(?:[,;.]|and\b|$)))", re.I)


def _how_a_part_came_to_it(sentence: str, m: Mention) -> bool:
    return bool(_HOW_OF_A_PART.match(sentence, m.end))


def _labelled(count: int, sentences: list[str]) -> set[str]:
    """The categories the label right before each statement of `count` names
    ("Fatal: 2" -> killed), when every statement has such a label; else empty."""
    named: list[set[str]] = []
    for sentence in sentences:
        for m in figure_mentions(sentence):
            if m.value == count:
                label = _LABEL.search(sentence[max(0, m.start - 30):m.start])
                word = (label[1] or label[2]).lower() if label else ""
                # ("Serious: 2", "Minor 1": hurt, a grade of the injured)
                said = {"injured"} if word in ("serious", "minor") else categories_named(word) if word else set()
                if said >= {"killed", "injured"}:
                    # a line's "Casualties:" names harm of any kind: the figure's own words say which
                    # ("Casualties: 22 pupils and 1 teacher abducted (per school roll call); 1 injured")
                    said = categories_named(_ITS_STATEMENT.match(sentence, m.end)[0]) or said
                named.append(said)
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
        # (an age is no other part: "one of them, a woman aged 60, died"; nor the group's own
        # size: "One of the two critically burned girls, aged 15, died on 5 February")
        between = re.sub(r"(?i)\d+-year-old|\baged\s+\d+|^\s*(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s",
                         " ", m["between"]) if m else ""
        if not m or _ANOTHER_PART.search(between):
            return False  # "three of them children ..., and that two of the wounded had died"
        # (an apposition's own relative clause: "a 52-year-old guard who was stabbed in the neck")
        return not any(_OWN_VERB.search(re.split(r"(?i)\b(?:who|which|that)\b", part)[0])
                       for part in m["between"].split(","))

    return every_statement(count, sentences, died)


_PART_OF_THEM = re.compile(r",\s*[\w-]+\s+of\s+them\s+[^,;.()]{1,40},", re.I)
_PART_HAS_A_VERB = re.compile(r"\b(?:was|were|is|are|had|has|have|been|died|later|remain\w*|suffered|lost)\b", re.I)


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


# ... past one other object: "the blast wounded the owner and two customers" (not when the
# figure has a verb of its own: "killed the driver and two passengers were hurt")
_VERB_BEFORE_PAST_ONE = re.compile(
    r"\b(?P<verb>kill(?:ing|ed)|wound(?:ing|ed)|injur(?:ing|ed)|hurt(?:ing)?|abduct(?:ing|ed)|kidnapp(?:ing|ed))"
    r"\s+(?:the|a|an|his|her|its|their)\s+[\w'-]+(?:\s+[\w'-]+)?\s+and\s+(?:at\s+least\s+|about\s+|some\s+)?$",
    re.I)
_OWN_VERB_NEXT = re.compile(r"^\s+(?:[\w-]+\s+){0,2}?(?:were|was|had|have|has|are|is)\b", re.I)


def _verb_before_named(sentence: str, start: int) -> set[str]:
    """The category of the verb whose object the figure at `start` is (`_VERB_BEFORE`)."""
    before = sentence[max(0, start - 60):start]
    verb = _VERB_BEFORE.search(before[-40:])
    if verb is None:
        verb = _VERB_BEFORE_PAST_ONE.search(before)
        end = _FIGURE_END.match(sentence[start:])
        if verb is not None and end and _OWN_VERB_NEXT.match(sentence[start + end.end():]):
            verb = None
    return categories_named(verb["verb"]) if verb else set()


_FIGURE_END = re.compile(r"\S+")


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
    if not named and any(_SHOT.search(s) for s in sentences if count in figures_in(s)) \
            and any(_SURVIVED.search(s) for s in sentences):
        # "two gunmen shot Jurren Feyne ... and 2 of his bodyguards", then "both bodyguards
        # survived": shot and alive, wounded (a bare "shot" alone may be a death)
        named = {"injured"}
    return named


_SHOT = re.compile(r"\bshot\b(?!\s+(?:at|dead|down|in\s+the\s+air|into\s+the\s+air)\b)", re.I)
_SURVIVED = re.compile(r"\bsurviv(?:ed|es|ing)\b", re.I)
