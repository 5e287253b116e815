"""Whether a name after the act is its object: not when it stands in a place phrase after the
object, is the object of another verb, or the affiliation of the people acted on."""

from __future__ import annotations

import re

from summarizer.verify.acts import ACTS
from summarizer.verify.roles.verbs import BLAST, FIGHT_VERB, LAST_ACT

# A name in a place phrase after the act's object is not its object: "attacked army positions
# near the town of Dubno", "clashed with the Defence Force over control of a mining
# site". "at", "in" and "inside" are left out: after a weapon or a thing hit they
# name the target ("detonated a vest inside a market", "erased data on computers at
# Selmar Water and Power").
_PARTICLES = {"on", "at", "to", "into", "upon", "against", "up", "down", "off", "out", "dead", "fire"}
_REFLEXIVES = {"himself", "herself", "themselves", "itself"}
_LOCATIVES = {"near", "outside", "over", "across", "along", "around", "beside", "within", "close", "below", "above",
              "beneath", "beyond", "past", "opposite",
              "links", "linking", "connects", "connecting"}  # "on the road that links San Blas with the coast"
# Where a crowd gathered is no target: "Inmates rioted at Korva Central Prison".
_GATHERING = re.compile(r"riot|protest|demonstrat|march|rall", re.I)


def after_a_fight(before: str) -> bool:
    """Is the last verb of the act before a name one of fighting ("clashed with",
    "fought"), which has two sides, rather than of attacking?"""
    acts = list(LAST_ACT.finditer(before))
    return bool(acts) and bool(FIGHT_VERB.fullmatch(acts[-1].group()))


def in_place_phrase(before: str) -> bool:
    """Does the text between the last verb of the act and a name hold the act's
    object and then a place preposition ("positions at a", "a patrol near the")?"""
    acts = list(LAST_ACT.finditer(before))
    if not acts or BLAST.match(acts[-1].group()):  # a blast "outside the municipal building" hit it
        return False
    words = re.findall(r"[\w'-]+", before[acts[-1].end():].lower())
    if words and words[0] in ("at", "in", "outside", "near") and _GATHERING.match(acts[-1].group()):
        return True
    # "Rival party supporters fight in Pellgate market": the name right after a fight's "in" is
    # where (not "The fighting in Bessa ... began when an army patrol ran into": a side further on)
    if words in (["in"], ["at"], ["in", "the"], ["at", "the"]) and FIGHT_VERB.fullmatch(acts[-1].group()):
        return True
    while words and (words[0] in _PARTICLES or words[0] in _REFLEXIVES):  # "blew himself up at"
        words = words[1:]
    fight = bool(FIGHT_VERB.fullmatch(acts[-1].group()))  # "exchanged fire near the village of Dobra": where
    for k, word in enumerate(words):
        if word in _LOCATIVES and (k > 0 or fight):
            return True
    # "attacked a police station in the town of Quillen": the town is where the object stood.
    if re.search(r"\w[\w'-]*\s+(?:in|at)\s+the\s+(?:town|village|city|district|province|region|port)\s+of\s*$",
                 before[acts[-1].end():], re.I):
        return True
    # "at" or "in" set off by a comma places the whole act ("ambushed an army column
    # sent from Dovsk, at the village of Orvik"), not its object.
    return bool(re.search(r"\w[\w'-]*\s*,\s+(?:at|in)(?:\s+[\w'-]+){0,3}\W*$", before[acts[-1].end():]))


# "wounding two motorists and cutting the main highway": the highway is the object of
# another verb (a consequence), not of the act; "disperse supporters of Lorsk
# Athletic": the club names whose supporters they were.
# Words in -ing that are nouns ("stones and paving slabs", "the wedding party"), or list
# the act's own objects ("4 people had been taken, counting the crew's driver, X").
_ING_NOUNS = (r"including|counting|during|according|morning|evening|building|paving|parking|housing|clothing|wedding"
              r"|meeting"
              r"|training|shopping|ceiling|railing|landing|boarding|bedding|lodging|dwelling|roofing|fencing|lighting|heating"
              r"|wiring|siding|filling|spring|ring|king|thing|nothing|something|anything|everything|string")
# "opened fire on a convoy carrying Health Minister Corwen Brascoe": the person a vehicle
# carried, by name, is whom the attack on it was aimed at (not "a pickup truck carrying
# Free Hills Alliance fighters": people harmed aboard are its casualties).
_CARRYING = re.compile(r"\b(?:carrying|transporting|ferrying)\s+$", re.I)
_INTENT = r"threaten\w*|vowed|promised|planned"  # an act only meant: "threatened to blow up"
_ANOTHER_VERB = re.compile(rf"(?:\band|,)\s+(?!(?:{ACTS}|{_ING_NOUNS})\b)[a-z]+ing\b"
                           # "held dozens of workers and threatened to blow up the unit": a threat, no act
                           rf"|(?:\band|,)\s+(?:{_INTENT}|tried|demanded)\s+to\b"
                           # "attacked the police post guarding the Ombra bridge"
                           rf"|\b(?!(?:{ACTS}|{_ING_NOUNS})\b)[a-z]+ing\s+"
                           r"(?:the\s+|a\s+|an\s+)?$", re.I)
_AFFILIATION = re.compile(r"\b(?:supporters|fans|followers|relatives|families|family|mayor|governor|residents"
                          r"|inhabitants|people)\s+of\s+(?:the\s+)?(?:(?:town|village|city)\s+of\s+)?$", re.I)


def object_of_something_else(before: str, name: str = "") -> bool:
    """Is the name that follows `before` the object of a verb after the act, or the
    affiliation of the people acted on, rather than the act's own object?"""
    if _CARRYING.search(before) and name.split()[-1][:1].isupper() and not name.isupper():
        return False
    acts = list(LAST_ACT.finditer(before))
    if not acts:
        return bool(_AFFILIATION.search(before))
    ahead = before[:acts[-1].start()]
    threatened = _THREATENED.search(ahead) or (_TRIED.search(ahead) and not _FORCE.match(acts[-1].group(0).strip()))
    return bool(_AFFILIATION.search(before) or _ANOTHER_VERB.search(before[acts[-1].end():]) or threatened
                or (_TAKEN_FROM.search(before[acts[-1].start():]) and not _A_VEHICLE.search(name)))


# Where people were taken from: "abducted 5 health workers and their driver from a mobile
# clinic run by the aid group": the place of the taking, the people its object (not a
# vehicle stopped for them: "seized passengers from an intercity bus" is attacked).
_A_VEHICLE = re.compile(r"(?i)\b(?:bus|minibus|coach|car|truck|lorry|van|convoy|train|ferry|boat|vehicle|taxi)$")
_TAKEN_FROM = re.compile(r"^(?:abduct\w*|kidnap\w*|seiz\w*|took|taken|snatch\w*|carried\s+off|led\s+away)\s+"
                         r"(?!(?:from|the|a|an)\s+(?:[\w-]+\s+){0,2}?$)[^.;]{1,80}?\bfrom\s+(?:a|an|the|their|its)\s+"
                         r"(?:[\w-]+\s+){0,2}?$", re.I)


# "threatened to blow up the refinery's hydrocracker unit": the act only threatened.
# ("said it would attack \"the buyers of the port\" next": a threat too)
_THREATENED = re.compile(rf"\b(?:{_INTENT})\s+to\s+$|\b(?:would|will)\s+(?:also\s+|again\s+|soon\s+)?$", re.I)
# ... and so is one only tried ("had tried to march on the energy ministry"), but "tried
# to storm the county police headquarters" is an attack on it, if a failed one.
_TRIED = re.compile(r"\btried\s+to\s+$", re.I)
_FORCE = re.compile(r"(?:storm|attack|raid|seiz|overr|break|burn|torch)", re.I)


# Things seized or carried off in an act, arms above all, are no aim of it.
_LOOT = re.compile(r"\b(?:rifles?|weapons|arms|ammunition|guns|pistols|transmitters?|explosives|dynamite|grenades"
                   r"|documents|uniforms)$", re.I)
_TAKEN_AS_LOOT = re.compile(r"\b(?:seized|confiscated|recovered|stole|carried\s+off|made\s+off\s+with|looted)\s+"
                            r"(?:[\w-]+\s+){0,6}?$", re.I)
# A building that housed the aim, named after it: "the polling station in the school of Los
# Tunales" (not "a bomb in the school": a weapon's place is its aim)
_WHERE_IT_STOOD = re.compile(r"\b(?:polling\s+station|booth|office|post|clinic|checkpoint|counting\s+room|ward"
                             r"|classroom|depot|shop|store)\s+(?:in|at|inside)\s+(?:the\s+)?$", re.I)
_A_HOUSING = re.compile(r"(?:the\s+)?(?:[\w-]+\s+)?(?:school|church|chapel|mosque|temple|hall|building|compound"
                        r"|complex|market)\b", re.I)


def taken_as_loot(name: str, before: str) -> bool:
    """Is `name` a thing seized or carried off (arms, a transmitter), right after the verb?"""
    return bool(_LOOT.search(name) and _TAKEN_AS_LOOT.search(before))


def housed_the_aim(name: str, before: str) -> bool:
    """Is `name` the building the aim named before it stood in ("the polling station in the school of")?"""
    return bool(_WHERE_IT_STOOD.search(before) and _A_HOUSING.match(name))
