"""Rule 15: the role of a party. A name in the sentence is not yet a perpetrator
or a target: the sentence must put it in that role, next to a verb of the act
(the rule list is in summarizer.verify.rules; the checks that use this are in
summarizer.verify.parties and summarizer.records.derive)."""

from __future__ import annotations

import re

from summarizer.verify.acts import (
    ACTS,
    BOMB_TORE,
    DROVE_PAST,
    ESCAPED_IT,
    EXCHANGED_FIRE,
    IDENTIFIED_AS_THE_DOER,
    KNOCKED_BEFORE,
    KNOCKED_OFF_AFTER,
    SYSTEMS_DOWN,
    SYSTEMS_OF,
    WENT_OFF_AS,
    owner_hit,
)
from summarizer.verify.bystanders import (ACCORDING_TO, ACCUSED_OF, DATA_OF, HELD_BY_POLICE, MESSAGE_TO, NOT_THE_ACT_BEFORE,
                                         OFFICE, OFFICE_BLAMED, PICTURED, TAKEN_TO, TREND)
from summarizer.verify.cues import IN_CUSTODY, TOLL_GIVEN

# Rule 15: the role of a party (a name in the sentence is not yet a perpetrator or a
# target): next to a verb of the act (summarizer.verify.acts).
# An act's verb, never an agent noun ("the bomber", "fighters", "attackers"): a name
# beside "the bomber" is not thereby the one who bombed or the one bombed.
_ACT = rf"(?:{ACTS})(?<!er)(?<!ers)"
_BEFORE_ACT = re.compile(rf"^(?:\W+\w+){{0,22}}?\W+{_ACT}\b", re.I)  # applied to the text after a name
_AFTER_ACT = re.compile(rf"\b{_ACT}\b(?:\W+\w+){{0,14}}?\W*$", re.I)  # applied to the text before a name
# A target is the act's object in the same clause: "five terrorists were killed, and
# the troops seized rifles" does not make the troops a target.
# (a colon opens a clause, not the one of a clock time: "exploded at about 23:50 in the night market")
_NEW_CLAUSE = r"\s*(?:;|:(?!\d\d)|,\s*(?:and|but|while|whereas|as|after|before|when|then)\b)"
# (the name's own clause: not past a semicolon just before it, "abducted 3 engineers and a
# guard; a herder saw the captives")
_AFTER_ACT_SAME_CLAUSE = re.compile(rf"\b{_ACT}\b(?:(?!{_NEW_CLAUSE})\W+\w+){{0,14}}?(?:(?!\s*;)\W)*$", re.I)
# A side of a battle is the subject of a fight in its own clause: not "houses near the
# town's livestock market, and residents said ... as the fighting moved".
_BEFORE_ACT_SAME_CLAUSE = re.compile(rf"^(?:(?!{_NEW_CLAUSE})\W+\w+){{0,22}}?\W+{_ACT}\b", re.I)
# ... and the attacked side of a battle is the subject of fighting ("Government troops and
# fighters of the Alliance clashed", "its troops repelled an assault"), never of the attack
# ("about 300 TLM fighters attacked") nor of anything else ("the troops seized rifles").
_BEFORE_FIGHT_SAME_CLAUSE = re.compile(
    rf"^(?:(?!{_NEW_CLAUSE})\W+\w+){{0,22}}?\W+(?:clash\w*|fought|fight\w*|battl\w*|{EXCHANGED_FIRE}|repell?\w*"
    r"|repuls\w*|resist\w*|defend\w*)(?<!er)(?<!ers)\b", re.I)  # not "fighters", "defenders"
_CLAIM = re.compile(r"\b(?:claim\w*|blam\w*|attribut\w*|suspect\w*|accus\w*|responsib\w*|by|belong\w*\s+to"
                    # (the group whose members they are, right before its name: not "fighters of the
                    # Front exchanged fire near the village of Dobra")
                    r"|(?:members?|fighters|militants)\s+of(?=\s+(?:the\s+)?$)|linked\s+to"
                    # "the police commander said the kidnapping was the work of the CAP"
                    r"|the\s+work\s+of"
                    # "The attackers, who left a message on the locked screens signed "Sable Nine""
                    r"|signed(?=\s+(?:the\s+)?[\"'\u201c\u2018]?$))\b", re.I)
_CLAIMED = re.compile(r"\b(?:claim\w*|responsib\w*|belong\w*\s+to)\b", re.I)  # after the name
_RELATIVE = re.compile(r",\s*(?:who|which)\b", re.I)
_CLAIMS_NEXT = re.compile(r"^\s*,\s*(?:also\s+)?claimed\b", re.I)
# "the Tulgan Free Brigades, an armed group that has set up checkpoints ..., was responsible"
_APPOSITIVE = re.compile(r"^\s*,[^,;.]{0,160},")
# "The bomber's body was found": the word says who set the bomb off (not "the attackers",
# which a report uses of many people; on heldout it verified a wrong party).
_BOMBER = re.compile(r"(?i)^(?:the\s+)?(?:suicide\s+|car\s+)?bomber$")


def _claimed_before(before: str) -> bool:
    """A word of claim or agency before a name: "claimed by", "blamed on", "by";
    not a "by" of someone else a relative clause then tells more of ("set ablaze by
    hundreds of young men, who then turned on the riot police")."""
    return any(not (m.group().lower() == "by" and _RELATIVE.search(before[m.end():])) for m in _CLAIM.finditer(before))
# "a communique issued this morning by the army's 4th Brigade": a source, not the act's "by".
# (An official body only: "leaflets signed by the Front", "a statement issued by the FLN" claim it.)
_SOURCE_BY = re.compile(r"\b(?:issued|released|published|read|broadcast)\b[^.;]{0,40}?\bby\s+(?:the\s+)?$", re.I)
_OFFICIAL = re.compile(r"\b(?:army|army's|police|military|ministry|government|command|brigade|authorit\w*)\b", re.I)
# "attacked the station in revenge for the arrest of one of its commanders": the motive.
_MOTIVE = re.compile(r"\b(?:(?:in|as|was)\s+(?:revenge|retaliation|response)\s+for|to\s+avenge"
                     r"|to\s+protest\s+(?:against|at|over))\b[^.;]{0,80}$", re.I)  # "to protest against the loans for X"
# "released after mediation by elders", "defused by bomb-disposal experts": a "by" of
# something else than the act.
_OTHER_BY = re.compile(r"\b(?:owned|chartered|leased|built|manufactured"  # "a coach owned by X"
                       r"|mediat\w*|negotiat\w*|led|defused|made\s+safe|treated|examined|rescued|evacuated|warned|alerted|advised|notified|retaken|recaptured|retook"
                       r"|arrested|investigat\w*|confirmed|reported|condemned|welcomed|released|freed)\b[^.;]{0,40}?"
                       r"\bby\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}?$", re.I)
# "attacked positions held by the Tarn Defence Militia": the side attacked, not a doer
# (not "hostages held by the Front", "a leak site run by Glass Wolf").
_HOLDER_BY = re.compile(r"\b(?:positions?|posts?|areas?|territory|villages?|towns?|bases?|checkpoints?|trenches"
                        r"|lines?|districts?|ground|hills?|ridges?)\s+(?:held|controlled|manned|occupied|guarded|defended)"
                        r"\s+by\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}?$", re.I)
# "a separatist group that has attacked roads and power lines": what it has done before.
# (Not past another verb of the act: "protesters who had marched to the ministry pelted
# riot police": the police are the object of "pelted".)
_HABITUAL = re.compile(rf"\b(?:that|which|who)\s+(?:has|have|had)\s+(?:\w+ly\s+|also\s+)?(?:{ACTS})\b"
                       rf"(?:(?!{_NEW_CLAUSE})\W+(?!(?:{ACTS})\b)\w+){{0,14}}?\W*$", re.I)
# "The Red Reed Brigade has kidnapped at least 14 people in Kunno district since January
# 2020": a record of acts over time, no party of this one.
# (and what has been seen of it since: "drones of both the army and the UTVC have been seen
# over the highway since May 2025")
_PERFECT_SINCE = re.compile(rf"\b(?:has|have)\s+(?:\w+\s+)?(?:{ACTS}|seen|spotted|sighted)\b[^.;]*?\bsince\b", re.I)
# "demanded the dismissal of the prison's governor": whom a demand is about, not the aim.
_DEMANDED = re.compile(r"\bdemand\w*\s+(?:the\s+)?(?:dismissal|release|resignation|removal|sacking|transfer|arrest)"
                       r"\s+of\s+(?:the\s+)?(?:[\w'\u2019]+\s+){0,3}$", re.I)
# "Caught in the shooting was a taxi driver", "a passer-by caught in the crossfire": a bystander.
_CAUGHT_BEFORE = re.compile(r"\bcaught\s+(?:up\s+)?in\s+the\s+(?:cross-?fire|shooting|blast|explosion|fighting|gunfire)"
                            r"\s+(?:was|were)\s+(?:a|an|the|two|three|\d+)?\s*$", re.I)
_CAUGHT_AFTER = re.compile(r"^[^.;]{0,40}?\b(?:was|were)\s+caught\s+(?:up\s+)?in\s+the\b", re.I)
# "was attacked", "were taken", "came under fire": the name before is the act's object.
# What a vehicle struck: "A minibus carrying farm labourers struck a landmine": the vehicle
# hit the device, no one's act (its subject is never a perpetrator).
_STRUCK_A_DEVICE = (r"(?:struck|hit|ran\s+over|drove\s+over|ran\s+onto|drove\s+onto)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
                    r"(?:explosive\s+device|device|mine|landmine|ied|roadside\s+bomb)\b")
_VEHICLE_STRUCK = re.compile(rf"^\W+(?:\w+\W+){{0,3}}?{_STRUCK_A_DEVICE}", re.I)
_PASSIVE_TAIL = (rf"(?:(?:was|were|had\s+been|has\s+been|have\s+been|(?:is|are)\s+(?:still\s+)?being)\W+"
                 rf"(?:\w+\W+){{0,2}}?(?:{ACTS})\b"
                 r"|came\s+under\W"
                 # "A truck of a commercial convoy struck an explosive device buried in the road"
                 rf"|{_STRUCK_A_DEVICE})")
# "A police checkpoint on the Tessaly Bridge ... came under attack": a name in a place
# phrase of the subject is not the subject.
_IN_A_PLACE_PHRASE = re.compile(r"\b(?:on|at|in|near|outside|inside|of|across)\s+(?:the\s+)?$", re.I)
_PASSIVE_ACT_NEAR = re.compile(rf"^\W+(?:\w+\W+){{0,3}}?{_PASSIVE_TAIL}", re.I)
# "the Green Furrow farming cooperative in the village of Selvane, which armed men had
# raided in the dark": the act told in a relative clause after the name.
_RAIDED_AFTER = re.compile(rf"^[^.;]{{0,60}}?,\s+(?:which|whom)\s+(?:[\w'-]+\s+){{1,4}}?(?:had\s+|have\s+|has\s+)?"
                           rf"(?:{ACTS})\b", re.I)  # "FOUR TECHNICIANS ..., WHOM ITS FIGHTERS HAD SEIZED"
# A plot's aim, foiled: "seized 30 kg of explosives that they said were meant for an attack
# on the railway station", "plotting to bomb the bridge": never attacked.
_PLOTTED = re.compile(r"\b(?:meant|intended|destined|planned|planning|plotting|plotted|preparing|prepared)\s+"
                      r"(?:(?:for|to\s+carry\s+out)\s+(?:an?\s+)?(?:attack|bombing|assault|strike)s?\s+(?:on|against)"
                      r"|to\s+(?:attack|bomb|blow\s+up|storm|target))\s+(?:the\s+|a\s+)?(?:[\w'-]+\s+){0,2}?$", re.I)
# "They were waiting for Councillor Vessant", "gunmen who had lain in wait for the judge":
# the attackers waiting for someone, their aim.
_LAY_IN_WAIT = re.compile(r"\b(?:they|attackers|gunmen|assailants|killers)\s+(?:\w+\s+){0,3}?(?:were|had\s+been)\s+"
                          r"(?:lying\s+in\s+wait|waiting)\s+for\s+(?:the\s+)?$"
                          r"|\b(?:lay|lain|laid|lying)\s+in\s+wait\s+for\s+(?:the\s+)?$", re.I)
# "a battle that was fought ... for Kestany, a town on the Ulla river, between government
# troops and the Ulla Valley Liberation Front": the two sides of a fight.
_BETWEEN = re.compile(r"\bbetween\s+(?:(?:the\s+)?[\w'-]+\s+){0,6}?(?:and\s+)?(?:the\s+)?$", re.I)
# "came under attack late on Monday from men in a grey saloon car": who attacked.
_ATTACKED_FROM = re.compile(r"\bunder\s+(?:attack|fire)\b[^.;]{0,40}?\bfrom\s+(?:the\s+)?$", re.I)
# A ransomware gang's claim: "Glasshouse added Tarsel Valley Water to its leak site".
_ITS_LEAK_SITE = r"(?:to|on)\s+its\s+(?:[\w-]+\s+)?(?:leak|extortion|shame|victim)\w*\s+(?:site|blog|page|portal)"
_LEAK_SITE = re.compile(rf"^\W*(?:\w+\s+){{0,2}}?(?:added|listed|named|posted)\b[^.;]{{0,80}}?\b{_ITS_LEAK_SITE}"
                        # "Grey Heron posted about 41,000 files in a password-free archive": the stolen data
                        r"|^\W*(?:posted|published|released|dumped|leaked)\s+(?:about\s+|some\s+|more\s+than\s+)?"
                        r"[\d,]+\s+(?:[\w-]+\s+)?(?:files|documents|records|emails|e-mails|cables|gigabytes|GB)\b",
                        re.I)


# ... nor is a name in a place phrase after the act's object: "attacked army positions
# near the town of Dubno", "clashed with the Defence Force over control of a mining
# site". "at", "in" and "inside" are left out: after a weapon or a thing hit they
# name the target ("detonated a vest inside a market", "erased data on computers at
# Selmar Water and Power").
_LAST_ACT = re.compile(rf"\b{_ACT}\b", re.I)
_PARTICLES = {"on", "at", "to", "into", "upon", "against", "up", "down", "off", "out", "dead", "fire"}
# What a grenade was thrown over the wall of: "threw a hand grenade over the wall of the police station".
_THROWN_OVER = re.compile(r"\b(?:threw|hurled|lobbed|tossed)\b[^.;]{0,40}?\b(?:over|into|onto)\s+the\s+(?:wall|gate"
                          r"|fence|roof|courtyard|compound)\s+of\s+(?:the\s+|a\s+)?$", re.I)
# Where a bomb was left to go off: what it stood beside is its target.
_LEFT_BESIDE = re.compile(r"\b(?:left|parked|placed|planted|hidden)\s+(?:outside|beside|next\s+to|in\s+front\s+of"
                          r"|at\s+the\s+(?:gates?|entrance)\s+of)\s+(?:the\s+|a\s+)?$"
                          # ... or carried into it: "walked into the packed Al-Nour mosque ... and detonated it"
                          r"|\b(?:walked|drove|ran|burst)\s+into\s+(?:the\s+|a\s+)?(?:[\w'-]+\s+){0,2}?$", re.I)
_BLAST = re.compile(rf"explod|went\s+off|blast|blew|detonat|plant|{BOMB_TORE}", re.I)
# Acid or fuel thrown on people: "threw a liquid from a plastic bottle over people waiting
# for the No. 4 tram" (not a place phrase: what it was thrown over was its aim).
_THROWN_ON_THEM = re.compile(r"\b(?:threw|hurled|splashed|sprayed|poured|flung|doused)\s+(?:[\w-]+\s+){1,6}?"
                             r"(?:over|onto|on|at|into\s+the\s+faces?\s+of)\s+(?:the\s+)?$", re.I)
# An arson that shut people in: "barred the main door of the prayer house of the Sindhal
# Brethren ..., and set the building on fire" (the building named again by its kind).
_DOORS_BARRED = re.compile(r"\b(?:barred|blocked|locked|chained|padlocked|nailed\s+shut)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
                           r"(?:doors?|gates?|entrances?|exits?)\s+of\s+(?:the\s+)?$", re.I)
_THEN_BURNED = re.compile(r"^[^.;]{0,160}?\band\s+(?:then\s+)?(?:set\s+(?:the|its)\s+(?:building|premises|house|hall)\s+"
                          r"(?:on\s+fire|alight|ablaze)|(?:torched|burned|burnt|set\s+fire\s+to)\s+(?:the|its)\s+"
                          r"(?:building|premises|house|hall))\b", re.I)
# A vehicle driven into people rammed them; "driven into the city" took someone there (TAKEN_TO).
_RAMMED_INTO = re.compile(r"\b(?:car|van|truck|lorry|minibus|bus|vehicle|pickup|jeep|tractor|suv)\s+(?:was|were|had\s+been)"
                          r"\s+(?:deliberately\s+)?driven\s+into\s+(?:a\s+|the\s+)?$", re.I)
# A wanted man whose own clause tells his act: "searching for Pavel Drussik, a Brannholt
# councillor who they said had led the mob".
_SOUGHT_DOER = re.compile(rf"^,[^.;]{{0,80}}?\bwho\s+(?:(?:they|police|officers|witnesses)\s+(?:said|say)\s+)?"
                          rf"(?:had\s+|has\s+)?(?:{ACTS})\b", re.I)
_REFLEXIVES = {"himself", "herself", "themselves", "itself"}
_LOCATIVES = {"near", "outside", "over", "across", "along", "around", "beside", "within", "close", "below", "above",
              "beneath", "beyond", "past", "opposite",
              "links", "linking", "connects", "connecting"}  # "on the road that links San Blas with the coast"
# Where a crowd gathered is no target: "Inmates rioted at Korva Central Prison".
_GATHERING = re.compile(r"riot|protest|demonstrat|march|rall", re.I)


_FIGHT_VERB = re.compile(rf"clash\w*|fought|fight\w*|battl\w*|{EXCHANGED_FIRE}|exchang\w*|engag\w*", re.I)


def _after_a_fight(before: str) -> bool:
    """Is the last verb of the act before a name one of fighting ("clashed with",
    "fought"), which has two sides, rather than of attacking?"""
    acts = list(_LAST_ACT.finditer(before))
    return bool(acts) and bool(_FIGHT_VERB.fullmatch(acts[-1].group()))


def _in_place_phrase(before: str) -> bool:
    """Does the text between the last verb of the act and a name hold the act's
    object and then a place preposition ("positions at a", "a patrol near the")?"""
    acts = list(_LAST_ACT.finditer(before))
    if not acts or _BLAST.match(acts[-1].group()):  # a blast "outside the municipal building" hit it
        return False
    words = re.findall(r"[\w'-]+", before[acts[-1].end():].lower())
    if words and words[0] in ("at", "in", "outside", "near") and _GATHERING.match(acts[-1].group()):
        return True
    while words and (words[0] in _PARTICLES or words[0] in _REFLEXIVES):  # "blew himself up at"
        words = words[1:]
    fight = bool(_FIGHT_VERB.fullmatch(acts[-1].group()))  # "exchanged fire near the village of Dobra": where
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


# "army" is not named by "the Southern Liberation Army": a common noun given as a
# name is not the end of a capitalised name in a mixed-case text.
_NAME_BEFORE = re.compile(r"[A-Z][\w'-]*\s+$")


def _spans(name: str, text: str) -> list[tuple[int, int]]:
    """Where `text` names `name`: in full, without a bracketed part, or by the
    bracketed short form alone ("Kordavian People's Front (KPF)" / "KPF"); a
    common noun ("army") not inside a capitalised name of a mixed-case text."""
    spans = _all_spans(name, text)
    if name[:1].islower() and sum(map(str.islower, text)) > sum(map(str.isupper, text)):
        spans = [(a, b) for a, b in spans
                 if not (text[a:a + 1].isupper() and _NAME_BEFORE.search(text[max(0, a - 40):a]))]
    return spans


def _all_spans(name: str, text: str) -> list[tuple[int, int]]:
    forms = [name, re.sub(r"\s*\([^)]*\)", "", name)] + re.findall(r"\(([^)]+)\)", name)
    out = []
    for form in forms:
        # Inflections and spelling variants, as rule 4 allows: "Gunman" / "Gunmen".
        words = [(re.escape(w[:max(4, len(w) - 2)]) if len(w) > 4 else re.escape(w)) + r"\w*"
                 for w in re.findall(r"\w+", form)]
        if words:
            pattern = re.compile(r"\b" + r"\W+(?:\w+\W+)?".join(words), re.I)
            out += [(m.start(), m.end()) for m in pattern.finditer(text)]
        # "Qelle clan militiamen" as "militiamen of the Dhuubo and Qelle clans"
        members = _MEMBERS_LAST.fullmatch(form.strip())
        if members and len(words) > 1:
            pattern = re.compile(rf"\b{words[-1]}\W+of\W+(?:the\W+)?(?:\w+\W+){{0,3}}?"
                                 + r"\W+(?:\w+\W+){0,3}?".join(words[:-1]), re.I)
            out += [(m.start(), m.end()) for m in pattern.finditer(text)]
    return out


_MEMBERS_LAST = re.compile(r"(?i).+\s(?:militiamen|fighters|members|militants|gunmen|supporters)")


# "wounding two motorists and cutting the main highway": the highway is the object of
# another verb (a consequence), not of the act; "disperse supporters of Lorsk
# Athletic": the club names whose supporters they were.
# Words in -ing that are nouns ("stones and paving slabs", "the wedding party").
_ING_NOUNS = (r"including|during|according|morning|evening|building|paving|parking|housing|clothing|wedding|meeting"
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


# Those a search was for: "an army patrol looking for the surveyors", "troops sent to free the hostages".
# A part of a building or site told as its own: "the station's guardhouse", "the plant's
# control room" (the aim is the station, the plant).
_PART_OF_BEFORE = re.compile(r"\b(?:station|plant|base|camp|mine|prison|school|hospital|embassy|compound|depot"
                             r"|factory|refinery|building|complex|site|facility)'s\s+$", re.I)
# ... and one told with what it belongs to after it: "the ticket hall of the ferry terminal"
_PART_OF_AFTER = re.compile(r"^\s+of\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:[\w'-]+\s+){0,4}?(?:terminal|station|airport"
                            r"|hospital|building|complex|market|mall|hotel|school|university|prison|base|plant|port"
                            r"|headquarters|ministry|embassy|courthouse|stadium)\b", re.I)
_TARGET_TYPE_BEFORE = re.compile(r"\btarget\s+type\s*:\s*$", re.I)
# (a part, not its people: "the camp's cook was beaten" names whom they beat)
_A_PART = re.compile(r"\b(?:guardhouse|gates?|walls?|fence|towers?|tanks?|room|hall|lobby|foyer|concourse|ward|wing|basement|courtyard|offices?|warehouse|buildings?|pumps?"
                     r"|valves?|generators?|roof|windows?|entrance|perimeter|canteen|kitchen|dormitor(?:y|ies)"
                     r"|workshop|store|storeroom|armou?ry|barracks|hangar|shed|control\s+(?:room|system|centre|center))$",
                     re.I)
# (and those an earlier act took: "ambushed an army patrol searching for the abducted students")
_SOUGHT = re.compile(r"\b(?:looking|searching|hunting)\s+for\s+(?:the\s+)?(?:[\w-]+\s+)?$"
                     r"|\bin\s+search\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?$"
                     r"|\bto\s+(?:find|rescue|free)\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.I)


def _object_of_something_else(before: str, name: str = "") -> bool:
    """Is the name that follows `before` the object of a verb after the act, or the
    affiliation of the people acted on, rather than the act's own object?"""
    if _CARRYING.search(before) and name.split()[-1][:1].isupper() and not name.isupper():
        return False
    acts = list(_LAST_ACT.finditer(before))
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


# "The police said 14 officers and 37 rebels were killed": the source of a figure
# (not "The Front said it carried out the attack", a claim).
_SPEAKER = re.compile(r"^\W*(?:said|says|reported|announced|stated|added|confirmed)\s+(?:that\s+)?"
                      r"(?:at\s+least\s+|about\s+|some\s+|more\s+than\s+)?\d", re.I)


_SAID_AFTER = re.compile(r"^(?:\s+of\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}?[\w'-]+"
                         # "the hospital's director said": its staff speaking, not it attacked
                         r"|['\u2019]s\s+(?:[\w-]+\s+){0,2}?(?:director|spokes\w+|head|chief|manager|staff"
                         r"|doctors?|officials?)(?:,\s+[^,;]{1,40},)?)?\s*,?\s+(?:said|says|told|reported"
                         r"|announced|added|stated|confirmed)\b", re.I)


# From a name to its own verb: an appositive between ("Lira Santek, the police chief,
# blamed ..."), a comma, an adverb.
_TO_ITS_VERB = r"^(?:\s*,[^,.;]{0,120},)?[\s,]*(?:(?:later|also|then)\s+)?"
# ... and past a place after it, for those who speak: "THE ARMY COMMAND IN CORALINA REPORTED".
_TO_ITS_SAYING = _TO_ITS_VERB + r"(?:(?:in|at|of|for)\s+[\w'-]+(?:\s+[\w'-]+){0,2}?\s+)?"
# past a relative clause: "A PATROL THAT WAS RETURNING TO ITS BASE WAS ATTACKED"
_RELATIVE_CLAUSE = r"\s+(?:that|which|who)\b[^.;]{0,140}?[\s,]"
# A relative clause whose object is the name: it is acted on, not acting (not another
# noun's clause: "the QFA said its men had taken the fishermen, whom it accused of spying").
_WHOM = re.compile(r"^(?:(?!\b(?:said|says|told|claimed|had|has|have|was|were)\b)[^.;]){0,60}?,\s+whom\b", re.I)
# A common noun after "for" is no subject of the verb that follows ("a reception centre
# for refugees from Kethran ... and set fire to two tents"), unless a relative clause
# makes it one.
_AFTER_FOR = re.compile(r"\bfor\s+(?:the\s+|a\s+|an\s+)?(?:(?!by\b)[\w-]+\s+)?$", re.I)
_RELATIVE_NEXT = re.compile(r"^\s*,?\s*(?:who|that|which)\b", re.I)
# "claimed responsibility via its Nadhir news agency", "in a statement carried by the
# Amaq agency": the channel a claim went out on, not who did it.
_CHANNEL_BEFORE = re.compile(r"\b(?:via|through|carried\s+by|published\s+by|posted\s+(?:on|by)|broadcast\s+(?:on|by)"
                             r"|relayed\s+by|on)\s+(?:its\s+|the\s+|an?\s+)?(?:own\s+)?$", re.I)
_CHANNEL = re.compile(r"\b(?:news\s+agency|agency|channel|website|outlet|radio|newspaper|media(?:\s+arm)?|telegram)\b",
                      re.I)
# ... unless the relative clause is the act itself, done by the name: "Gunmen who stormed".
_WHO_DID_IT = re.compile(rf"^,?\s+who\s+(?:had\s+)?(?!\w+ing\b){_ACT}\b", re.I)
# A title's "of" phrase before the verb: "Judge Edric Tarrahal of the Hollvard regional
# appeals court was shot dead".
_OF_PHRASE = r"(?:of\s+(?:the\s+)?(?:[\w'-]+\s+){0,4}?[\w'-]+[\s,]*)?"
_PATIENT = re.compile(rf"{_TO_ITS_VERB}{_OF_PHRASE}(?:(?:was|were|had\s+been|has\s+been|have\s+been)\s+"
                      # passive: "was shot", not "was holding", nor "was behind the attack" (who did it)
                      rf"(?:\w+\s+)?(?!\w+ing\b)(?!behind\b){_ACT}\b"
                      rf"|{_RELATIVE_CLAUSE}(?:was|were)\s+(?!\w+ing\b)(?!behind\b){_ACT}\b"
                      # past a participle's phrase: "A police pickup truck taking prisoners back from a
                      # court hearing in Varossa was struck by a roadside bomb"
                      rf"|\s+\w+ing\b[^.;]{{0,100}}?\s(?:was|were)\s+(?!\w+ing\b){_ACT}\b"
                      # "AN ARMY TRUCK ... CAME UNDER MACHINEGUN FIRE": shot at
                      rf"|(?:{_RELATIVE_CLAUSE})?[\s,]*(?:came|come|comes)\s+under\s+(?:[\w-]+\s+){{0,2}}?(?:fire|attack)"
                      # a headline's passive without "were": "after two guards shot dead in Draskov jailbreak"
                      r"|\s*(?:shot\s+dead|gunned\s+down|(?:hacked|stabbed|beaten)\s+to\s+death|killed|wounded|injured"
                      r"|kidnapped|abducted|taken\s+hostage"
                      # ... of a thing: "Capital's water cut after pumping station blown up; ..."
                      r"|blown\s+up|blown\s+apart|bombed|torched|set\s+ablaze|shelled)"
                      r"(?=\s+(?:in|at|near|on|after|as|during|outside|when)\b|\s*[,;:]|\s*$))",
                      re.I)
_ATTRIBUTIVE = re.compile(rf"^\s+(?:(?!(?:said|says|told|claimed|stated|added|it|they|that|who|which)\b)[a-z][\w-]*\s+){{1,2}}"
                          rf"(?:(?:in|at|of|near)\s+[^,.;]{{0,40}}?\s)?"
                          rf"(?:was|were|had\s+been|has\s+been)\s+(?:\w+\s+)?(?!\w+ing\b){_ACT}\b")
_LED_BY_THEM = re.compile(r"\b(?:who|which)\s+(?:leads|led|heads|headed|runs|ran|chairs|chaired|founded|joined)"
                          r"\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}$", re.I)
# "police arrested 22 men ..., among them the leader of a Mariners supporters' club": the
# arrested and whom they belong to, not a party the article says did it.
_ARRESTED_AMONG = re.compile(r"\b(?:arrested|detained|held|questioned)\b[^.;]{0,120}?\bamong\s+them\b[^.;]{0,60}$",
                             re.I)
# "The LLC denied any part in the shelling and blamed an army artillery unit": an accused
# party's counter-blame, not an attribution.
_DENIED_AND_BLAMED = re.compile(r"\bdenied\b[^.;]{0,80}?\band\s+(?:blamed|attributed\s+(?:it|them|the\s+\w+)\s+to)\s+"
                                r"[\"'\u201c\u2018]?(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,4}$", re.I)
_COMMENTS = re.compile(rf"{_TO_ITS_SAYING}(?:said|says|blamed|condemned|urged|accused|told|warned|denied|called"
                       # cheering it on is no claim: "welcomed the bombing in a post ... but did not say it
                       # had carried it out", "praised the bombing in leaflets", "SALUTED THE HEROIC STUDENTS"
                       r"|welcomed|praised|hailed|celebrated|saluted|applauded|cheered"
                       r"|added|stated|announced|reported|described|attributed|(?:did|would)\s+not\s+comment"
                       rf"|(?:later\s+)?{TOLL_GIVEN}"
                       r"|declined\s+to\s+comment)\b",
                       re.I)
# a group's own act: "said ... that it had taken the surveyors", "that it had planted both
# bombs", "that it had set off "two charges"" ("it": a group, not "police said they had seized ...")
_OWN_ACT = (r"\bit\s+(?:had\s+|has\s+)?(?:taken|took|kidnapped|abducted|seized|planted|detonated"
            r"|ambushed|stormed|raided|hacked|defaced|wiped|encrypted|disabled|blew\s+up|set\s+off|burned|destroyed"
            # an air force's own strike: "said that evening that it had struck \"an OPF command post\""
            r"|struck(?!\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:landmine|mine|bomb|device|ied|explosive))|bombed|shelled)\b"
            # "said ... that it was holding the road surveyors kidnapped near Gerrowby": its captives
            r"|\bit\s+(?:was\s+|is\s+)?(?:holding|holds)\s+(?:the\s+)?(?:[\w'-]+\s+){0,4}?"
            r"(?:hostages?|captives?|kidnapped|abducted|seized|taken)\b"
            # "said it had lost no one and had killed 11 soldiers": its own act, second in the clause
            r"|\bit\s+had\s+(?:[\w'-]+\s+){1,4}?and\s+had\s+(?:killed|ambushed|attacked|destroyed|captured|seized"
            r"|taken|shot\s+down)\b"
            # an intruder's own word: "said its members had changed the dose \"to test the water\""
            r"|\bits\s+(?:own\s+)?(?:members|hackers|operatives)\s+had\s+(?:changed|altered|manipulated|tampered"
            r"|raised|lowered|broken\s+into|got\s+into|gained\s+access)\b"
            # "the Red Meadow Cells said they had set it off": the device its own
            r"|\b(?:it|they)\s+(?:had\s+|has\s+|have\s+)?(?:set\s+(?:it|them)\s+off|planted\s+(?:it|them)"
            r"|detonated\s+(?:it|them))\b"
            # "said on a messaging channel that Orlic had acted on its orders": the doer its own
            r"|\b(?:acted|struck|attacked|carried\s+out\s+the\s+\w+)\s+on\s+its\s+(?:orders|instructions|behalf)\b")
# A claim after a post: "posted screenshots of the plant's control screens ... and said its
# members had changed the dose" (the post's own words; a post alone is no claim).
_POSTED_AND_SAID = re.compile(r"^\s+(?:posted|published|put\s+out)\b[^.;]{0,160}?\band\s+(?:said|claimed|wrote)\b",
                              re.I)
_OWN_CLAIM = re.compile(r"\b(?:it|they|we|its|their|our)\s+(?:had\s+|has\s+|have\s+)?(?:own\s+)?"
                        r"(?:carried|claimed|was\s+behind"
                        rf"|were\s+behind|attacked|bombed|killed|fighters|men|members"
                        # "that its \"soldiers\" had carried out the attack"
                        # (their own act only: not "the army said its soldiers had been killed")
                        # or a unit of its own: "that its \"harbour unit\" had planted the bomb"
                        r"|[\"'\u201c\u2018]?(?:soldiers|militants|commandos|combatants|operatives|cadres"
                        # an air force's own strike: "said ... that its aircraft had destroyed 'a command post'"
                        # (one drone too: "the Vardeshi army said its drone had hit the truck")
                        r"|aircraft|warplanes?|jets?|drones?|artillery|gunners"
                        r"|(?:[\w'-]+\s+)?(?:unit|cell|wing|squad|brigade|battalion|detachment|column)s?)"
                        r"[\"'\u201d\u2019]?\s+(?:had\s+|have\s+)?(?:carried\s+out|attacked|planted|ambushed|stormed"
                        r"|raided|set\s+off|detonated|bombed|shelled|destroyed|struck|hit|were\s+behind))\b"
                        rf"|\bresponsib|{_OWN_ACT}",
                        re.I)
_SAID_IT_DID = re.compile(_OWN_ACT, re.I)


def _short_name_did(name: str, said: str) -> bool:
    """Its own claim by its short name: "A MAN WHO SAID HE BELONGED TO THE PEOPLE'S ARMED
    COMMANDOS, ..., SAID THE COMMANDOS HAD PLACED THE BOMB" ("the Front", "the Brigades")."""
    words = name.split()
    if len(words) < 2 or not words[-1][:1].isupper():
        return False
    return bool(re.search(rf"\bthe\s+{re.escape(words[-1])}\s+(?:had|have|has)\s+(?:{ACTS})\b", said, re.I))


# One act denied, another claimed: "denied any part in the rail attack but claimed the burning of the masts".
_BUT_CLAIMED = re.compile(r"\bbut\s+(?:it\s+|they\s+)?claimed\b", re.I)
# A claim said not to have been made: "but did not say it had carried it out", "but did not claim it".
_NOT_CLAIMED = re.compile(r"\b(?:did|does|do|would|could)\s+not\s+(?:say|claim|state|admit|confirm|indicate)\b[^.;]*",
                          re.I)
# The group a faction left: "the FTV, a faction that broke away from the TPM last year, said ...
# its fighters had planted the bomb" claims for the faction, not for the parent.
_PARENT_BEFORE = re.compile(r"\b(?:broke\s+away|split(?:\s+off)?|splintered|breaking\s+away|seceded)\s+from\s+"
                            # (and its acronym after its name: "from the Tulven People's Movement (TPM)")
                            r"(?:the\s+)?(?:(?:[\w'\u2019-]+\s+){1,6}\(\s*)?$|\b(?:faction|splinter\s+group|offshoot|breakaway\s+wing)\s+of\s+(?:the\s+)?$",
                            re.I)
# The subject's coming, told at length, then its act: "around 15 armed men wearing army
# uniforms arrived in three pickup trucks at the camp ... near Tembara village (...), about
# 9 km east of Nabbeh town, and seized 8 employees".
_CAME_AND_DID = re.compile(rf"^(?:\s+\w+){{0,4}}?\s+(?:arrived|came|drove|rode|walked|sailed)\b[^.;]{{0,240}}?,?\s+and\s+"
                           rf"(?:then\s+)?{_ACT}\b", re.I)
# Who the attackers were, as an official names them: "said ... that the attackers were
# fighters loyal to Bonaventure Mabeyo" (not "were seen", "were killed": no copula then).
_ATTACKERS_WERE = re.compile(r"\bthe\s+(?:attackers|gunmen|assailants|kidnappers|bombers|raiders|killers)\s+"
                             r"(?:were|was)\s+(?:(?:all|probably|likely)\s+)?(?:members\s+of\s+)?(?:the\s+)?$", re.I)


# A group's own statement that one of its men did what the incident tells: "said in a
# statement on Tuesday that one of its fighters had driven the truck" claims it (not "that
# two of its fighters had been killed").
_ITS_MAN_DID = re.compile(r"^[^.;]{0,80}?\bthat\s+(?:one|two|three|some|several|\w+)\s+of\s+(?:its|their)\s+"
                          r"(?:own\s+)?(?:fighters|members|men|militants|commandos|operatives|volunteers|martyrs)\s+"
                          r"(?:had|has|have)\s+(?!been\b)[a-z]+(?:ed|en|ove|ew|ook|ent|ot|ode)\b", re.I)


_RESPONDS = re.compile(rf"{_TO_ITS_VERB}(?:(?:(?!\b(?:{ACTS})\b)[^.;,]){{0,60}}?\b(?:fought|fired|shot|hit)\s+back"
                       r"|(?:\w+\s+)?returned\s+(?:the\s+)?fire"
                       r"|repell?\w*|resisted|defended|drove\s+(?:them|the\s+\w+)\s+(?:off|back)"
                       # "security forces stormed the prison late on Sunday to end the riot"
                       # "stormed the building after a four-hour siege, killing all five attackers"
                       r"|(?:[\w'-]+,?\s+){1,14}?killing\s+(?:all\s+)?(?:the\s+)?(?:[\w-]+\s+)?(?:attackers|assailants"
                       r"|gunmen|hostage-takers|militants|kidnappers|raiders)"
                       # "the riot police sent to disperse them": sent to answer it
                       r"|(?:sent|deployed|dispatched|rushed|called\s+in)\s+(?:in\s+)?to\s+(?:disperse|quell|stop|restore"
                       r"|reinforce|help|secure)"
                       r"|(?:\w+\s+){1,8}?to\s+(?:end|free|rescue|retake|restore|regain|lift|break)\s+"
                       r"(?:the\s+|a\s+)?(?:riot|siege|standoff|stand-off|hostages?|captives?|control|order"
                       r"|blockade))\b",
                       re.I)
# A building walked into, then the act done in it: "an armed man entered the main post office
# in Lessar, in Kalvoy province, and took seven people hostage" (a hostage-taking's building is
# its target, as the gold's bank branches and theatre are).
_ENTERED = re.compile(r"\b(?:entered|walked\s+into|went\s+into|drove\s+into)\s+(?:the\s+|a\s+|an\s+)?$", re.I)
_AND_TOOK = re.compile(r"^[^.;]{0,100}?\band\s+(?:then\s+)?(?:took\s+[^.;]{0,40}?\bhostage|seized|held|opened\s+fire"
                       r"|shot|killed|stabbed|set\s+fire)\b", re.I)
# ... and in a battle, the side that held its ground: "fighters of the RCF attacked an army
# outpost ...; troops repelled the attack" makes the troops the attacked side, not a side
# that carried it out (every gold battle told so gives only the attackers).
_REPELLED = re.compile(rf"{_TO_ITS_VERB}(?:had\s+|have\s+)?(?:repell?ed|repulsed|beat\s+back|fought\s+off"
                       r"|drove\s+(?:them|the\s+\w+)\s+(?:off|back))\b", re.I)
_MODIFIER = re.compile(r"^[\s-]*(?:style\s+)?(?:uniforms?|outfits?|disguise|insignia|badges?)\b", re.I)
# "blamed the Belharran government for failing": a failure, not the act
_FAILED = re.compile(r"^\W*(?:(?:government|authorities|police|army|state|ministry)\s+)?(?:for|of)\s+"
                     r"(?:failing|not|having\s+failed|leaving|neglecting|ignoring|allowing|letting"
                     # "blamed the opposition Green Banner Party for 'stirring up' the crowds": an instigator
                     r"|[\"'\u201c\u2018]?(?:stirring|inciting|provoking|fomenting|whipping|encouraging))\b"
                     # "found that the police had ignored two warnings of an attack on the fair"
                     r"|^\W*(?:had\s+|have\s+|has\s+)?(?:ignored|missed|failed\s+to\s+(?:act|heed|prevent|stop)|neglected)\b",
                     re.I)


# ... and further off: "the weekly market of Barza village (Kunno district) was looted", "Mesret village (...),
# some 40 km east of Barza, was shelled", "A police checkpoint on the Tessaly Bridge in
# Orvane, a river town in the region, came under attack": past a bracket and an appositive.
_BRACKET = re.compile(r"\s*\([^()]*\)")
_PASSIVE_ACT = re.compile(rf"^[^\w,]*"
                          # "THE SUSPENSION BRIDGE OVER THE CHAMBIRA RIVER AT SAN ISIDRO DE LAS PALMAS WAS DYNAMITED"
                          r"(?:(?:over|across|at|on|in|near|outside|along)\s+(?:[\w'-]+\s+){1,5}?){0,2}"
                          rf"(?:\w+[^\w,]*){{0,8}}?"
                          # "A PATROL OF THE 9TH BATTALION THAT WAS RETURNING TO ITS BASE ... WAS ATTACKED",
                          # "A police pickup truck taking prisoners back from a court hearing ... was struck"
                          r"(?:(?:that|which|who|[a-z]+ing)\s+[^,.;]{0,100}?\s)?"
                          # "The tourists, a photographer from Kallis, a retired couple ... and ..., were taken"
                          rf"(?:,[^.;]{{0,160}}?,\s*|,\s*)?"
                          # "THE BRANCH OF THE BANCO ... IN SANTA IFIGENIA, A TOWN IN ..., AND THE TWO POLICEMEN
                          # GUARDING ITS DOOR WERE ATTACKED": the first of two subjects
                          rf"(?:and\s+(?:the|its|their|his|her)\s+[^,.;]{{0,60}}?\s)?{_PASSIVE_TAIL}", re.I)
# A headline's passive has no "was": "Tourists seized at desert camp", "PATROL AMBUSHED IN TUMBILLA".
_HEADLINE_PASSIVE = re.compile(rf"^\s+(?:{ACTS})(?<!ing)\s+(?:at|in|on|near|outside|by|from|after|during|as)\b", re.I)
# "The fighting ... pitted the Coastal Guards Brigade against the Harbour Shield": the sides of a fight.
# "an army patrol ran into a group of rebels": the side met in a battle.
_RAN_INTO = re.compile(r"\b(?:ran|run|running|stumbled)\s+into\s+(?:an?\s+|the\s+)?(?:(?:group|unit|band|column)\s+of\s+)?$",
                       re.I)
_PITTED = re.compile(r"\bpitt(?:ed|ing)\s+(?:the\s+)?$|\bpitt(?:ed|ing)\b[^.;]{0,120}?\bagainst\s+(?:the\s+)?$", re.I)
# In a battle, what rounds and shells hit is damage: "Residents said mortar rounds had
# hit the village school and several houses".
_STRAY_HIT = re.compile(r"\b(?:rounds?|shells?|mortars?|rockets?|bullets?|shrapnel|missiles?|bombs?)\s+"
                        r"(?:had\s+|have\s+|also\s+)?(?:hit|struck|damaged|landed\s+on|fell\s+on|came\s+down\s+on)\s+"
                        r"(?:[\w'-]+\s+){0,6}?$", re.I)


# The side a battle was fought with, named as the one some came to arrest: "police who
# had come to arrest a militia commander, Orraq Adunne, ..., exchanged fire with him".
_TO_ARREST = re.compile(r"\bto\s+(?:arrest|detain|capture|seize)\s+(?:[\w'-]+\s+){0,5}?[\w'-]+,\s*$", re.I)
_FOUGHT_HIM = re.compile(rf"^[^.;]{{0,120}}?\b(?:{EXCHANGED_FIRE}|fought|clashed|battled)\s+with\s+(?:him|her|them)\b",
                         re.I)


# A party blamed by one that is no authority, denied or not: an accusation, no attribution
# ("officials name it" makes a perpetrator; a union, a party or relatives do not).
_BLAMED_BY_A_SIDE = re.compile(r"(?:\b(?:union|party|residents|villagers|relatives|families|opposition|activists|students"
                               r"|witnesses|elders|rebels|group|editor|employer|colleagues|lawyers?|widow)"
                               # "Radio Sanmarra's director blamed the Verkhal timber syndicate": the victim's side
                               r"|['\u2019]s\s+(?:director|owner|editor|manager|lawyer|family|widow|son|daughter))"
                               r"\s+(?:had\s+|has\s+)?(?:blamed|accused)\s+(?:the\s+)?"
                               r"(?:[\w'-]+\s+){0,3}$", re.I)


# A rumour's party: "Early posts on social media had blamed the hacktivist group Null Tide".
_RUMOURED = re.compile(r"\b(?:posts?|rumou?rs?|users|accounts|commentators)\s+(?:on\s+(?:social\s+media|[\w-]+)\s+)?"
                       r"(?:had\s+|have\s+)?(?:blamed|accused|named|pointed\s+(?:at|to))\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$",
                       re.I)


# Held responsible: "THE MINISTRY HOLDS THE FAPCA LEADERSHIP RESPONSIBLE FOR THEIR LIVES".
_HOLDS = re.compile(r"\bhold(?:s|ing)?\s+(?:the\s+)?$|\bheld\s+(?:the\s+)?$", re.I)
_RESPONSIBLE_AFTER = re.compile(r"^\s+(?:directly\s+|personally\s+|fully\s+)?responsible\b", re.I)
_FOR_THEIR_LIVES = re.compile(r"^\s+(?:\w+\s+)?responsible\s+for\s+(?:their|his|her|the)\s+(?:\w+\s+)?"
                              r"(?:lives|life|safety|fate|well-?being)\b", re.I)


# The one a ransomware gang lists on its leak site: "added Corrabel to its leak site".
_LISTED_BEFORE = re.compile(r"\b(?:added|listed|named|posted)\s+(?:the\s+)?$", re.I)
_ON_ITS_LEAK_SITE = re.compile(rf"^\s+{_ITS_LEAK_SITE}", re.I)


# "attacks on a military airstrip, a base, and checkpoints": the last of a list of
# three or more is the act's object too (not "killed two guards, and police ...").
# (and by its count: "KIDNAPPED ENGINEER ROGELIO ANTEZANA MERCADO, THE MANAGER OF THE BRANCH, AND TWO TECHNICIANS")
_LAST_OF_A_LIST = re.compile(r",\s*[^,.;]{1,40},\s*(?:and|or)\s+(?:the\s+|a\s+|an\s+|\d+\s+|two\s+|three\s+|four\s+"
                             r"|five\s+|six\s+|seven\s+|eight\s+|nine\s+|ten\s+)?$", re.I)


# Force used on the people a sentence opened with, named again by "them": "SOME 500
# STUDENTS ... BURNED FOUR BUSES ..., AND RIOT POLICE DISPERSED THEM WITH TEAR GAS".
_FORCE_VERBS = (r"(?:dispersed|charged|clubbed|tear-gassed|opened\s+fire\s+on|shot\s+at|beat"
                # "fired into the crowd", "fired tear gas at the marchers"
                # ... and past what and when: "fired tear gas and then live rounds on Monday at protesters"
                r"|fired\s+(?:(?:live\s+)?(?:rounds|bullets|tear\s+gas|rubber\s+bullets|shots|warning\s+shots)\s+)?"
                r"(?:(?:(?:and|\+|&)\s+(?:then\s+)?)?(?:live\s+)?(?:rounds|bullets|ammunition|rubber\s+bullets|shots)\s+)?"
                r"(?:(?:on|late\s+on|early\s+on)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+)?"
                r"(?:on|at|into))")
_FORCE_ON_BEFORE = re.compile(rf"\b{_FORCE_VERBS}\s+(?:the\s+)?(?:[\w,-]+\s+){{0,3}}?$", re.I)  # ("SOME 3,000")
# ... and then the act of those fired on is this incident's, not an earlier one ("FIRED ON
# SOME 3,000 STRIKING TEACHERS AND STUDENTS WHO HAD STONED THE DEPARTMENTAL PREFECTURE")
_FIRED_ON_WHO_HAD = re.compile(rf"\b{_FORCE_VERBS}\s+[^.;]{{0,80}}?\b(?:who|that)\s+had\b", re.I)
_WHO_ACTED = re.compile(rf"^,?\s+(?:who|that)\s+(?:had\s+|have\s+|has\s+)?(?:\w+\s+)?{_ACT}\b", re.I)
_ACTS_NEXT = re.compile(rf"^[^.;]{{0,120}}?\b{_ACT}\b", re.I)
_FORCE_ON_THEM = re.compile(rf"^[^.;]{{0,260}}?,?\s+and\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}?{_FORCE_VERBS}\s+them\b", re.I)


# The object of an act just before the name: "INMATES ... TOOK FIVE GUARDS HOSTAGE AND SET
# FIRE TO THE WORKSHOPS": the guards were taken, the verb after is the inmates' too.
# The common words that end a thing's name: "Gallovey pumping station" -> "pumping station".
_OWNED_THING = re.compile(r"^(?:the\s+)?[\w-]+(?:\s+[\w-]+)?['\u2019]s\s+(?P<thing>[\w-]+(?:\s+[\w-]+)?)$", re.I)
_COMMON_TAIL = re.compile(r"^(?:[A-Z][\w'-]*\s+)+(?P<tail>[a-z][\w-]*(?:\s+[a-z][\w-]*)+)$")
# A place's relative clause between a doer and the act: ", which draws water from the river ...,"
_WHICH_CLAUSE = re.compile(r",\s+(?:which|where)\s+[^,;.]{1,160},")
_OBJECT_JUST_BEFORE = re.compile(rf"\b{_ACT}\s+(?:(?:the|a|an|some|several|\d+|two|three|four|five|six|seven"
                                 r"|eight|nine|ten|dozens\s+of)\s+){0,2}$", re.I)


# A party cleared, or its own denial its only word: "no evidence linking the attack to the
# gang"; "THE UNION (SINTRAGAS), WHOSE MEMBERS HAVE BEEN ON STRIKE ..., DENIED ANY INVOLVEMENT"
# (not "blamed the Guard, a militia, which denied involvement": named by the police).
_NO_EVIDENCE_BEFORE = re.compile(r"\b(?:no|little)\s+(?:evidence|proof|indication|sign)\s+(?:that\s+|linking\s+|tying\s+"
                                 r"|connecting\s+|implicating\s+|of\s+)[^.;]{0,60}?$"
                                 r"|\bruled\s+out\s+(?:any\s+)?(?:involvement|role)\s+(?:by|of)\s+(?:the\s+)?$", re.I)
_ITS_OWN_DENIAL = re.compile(r"^\)?(?:\s*,\s*(?!which\b|that\b)[^;]*?,)?\s+(?:has\s+|had\s+|have\s+)?(?:denied|rejected)\s+"
                             r"(?:any\s+|all\s+)?(?:involvement|responsibility|role|part|links?)\b"
                             # (not a denial of one act beside the claim of another: "denied any part in
                             # the rail attack but claimed the burning of the masts")
                             r"(?![^.;]*?\bbut\s+(?:it\s+|they\s+)?claimed\b)", re.I)
# What an act was on: "the attack on the substation", "the bombing of the pipeline".
_ATTACK_ON_BEFORE = re.compile(r"\b(?:attacks?|bombings?|raids?|ambush(?:es)?|assaults?|blasts?)\s+(?:on|of|against)\s+"
                               r"(?:the\s+|its\s+|their\s+)?(?:[\w'\u2019-]+\s+){0,3}?$", re.I)
# ... with the blamed party after it ("blamed the attack on X" alone names X the doer)
_BLAMED_ON_NEXT = re.compile(r"^\s+on\s+(?:the\s+)?\S", re.I)
# Where a march went: "marching on the governor's office", "marched to the district office".
_MARCHED_ON = re.compile(r"\bmarch(?:ed|ing|es)?\s+(?:silently\s+|peacefully\s+)?(?:on|to|towards?|through|past)\s+"
                         r"(?:the\s+)?(?:[\w'\u2019-]+\s+){0,3}?$", re.I)
# ... unless the act was done there: "marched to the police station, where some hurled stones"
_ACT_THERE = re.compile(rf"^\W*(?:where|and)\b[^.;]{{0,80}}?\b{_ACT}\b", re.I)


# A crowd's force on them: "stoned the police when officers moved in".
_STONED_BEFORE = re.compile(r"\b(?:(?:stoned|pelted)\s+|(?:threw|hurled|throwing|hurling)\s+(?:stones|rocks|bottles)\s+at\s+)"
                            r"(?:the\s+)?(?:[\w,-]+\s+){0,3}?$", re.I)
# Force used by them, told right after their name: "..., police fired tear gas + live rounds into the crowd".
_USED_FORCE_NEXT = re.compile(r"^\s+(?:then\s+)?fired\b", re.I)
_OWN_CLAUSE_BEFORE = re.compile(r";|,\s+(?:and|but|while|whereas)\s+(?=(?:the|its|their)\s)", re.I)


def force_used_on_them(name: str, texts: list[str]) -> bool:
    """Does a sentence open with `name` doing the act, then tell force used on "them"
    ("SOME 500 STUDENTS ... BURNED FOUR BUSES ..., AND RIOT POLICE DISPERSED THEM")? In a
    riot the one name is then on both sides. (Not when an act comes before the name:
    "The fighting broke out when militiamen tried to drive Moru herds off ... and Moru
    fighters opened fire on them": "them" are others.)"""
    if any(not re.search(rf"\b{_ACT}\b", text[:start], re.I) and _FORCE_ON_THEM.match(text[end:end + 300])
           for text in texts for start, end in _spans(name, text)):
        return True
    # ... or force used on them, then their own act in a clause of theirs: "POLICE FIRED ON
    # STRIKING TEACHERS AND STUDENTS WHO HAD STONED THE DEPARTMENTAL PREFECTURE"
    if any(_FORCE_ON_BEFORE.search(text[:start]) and _WHO_ACTED.match(text[end:end + 200])
           for text in texts for start, end in _spans(name, text)):
        return True
    # ... or one sentence has them act and another names them where force was used:
    # "SOME 500 STUDENTS ... STONED AND SET FIRE TO THE NATIONAL GUARD POST", then
    # "GUARDSMEN INSIDE THE POST FIRED ON THE STUDENTS, WOUNDING SIX OF THEM".
    # (or the same sentence names them again: "a crowd ... broke through the gates of the
    # depot, and police guarding the depot fired into the crowd")
    # (an act told before, in a clause of its own, leaves them acting in theirs: "... stoned the
    # police when officers moved in, and the police fired tear gas ... into the crowd")
    acting = {(text, start) for text in texts for start, end in _spans(name, text)
              if (not re.search(rf"\b{_ACT}\b", _OWN_CLAUSE_BEFORE.split(text[:start])[-1], re.I)
                  and _ACTS_NEXT.match(text[end:end + 200])) or _USED_FORCE_NEXT.match(text[end:end + 40])}
    return bool(acting) and any((_FORCE_ON_BEFORE.search(text[:start]) or _STONED_BEFORE.search(text[:start]))
                                for text in texts for start, _ in _spans(name, text) if (text, start) not in acting)


_OWN_ACRONYM = re.compile(r"^\s*\((?-i:[A-Z][A-Z0-9&-]{1,9})\)")


def plays_role(name: str, kind: str, texts: list[str], either_side: bool = False) -> bool:
    """Does a cited sentence put `name` in the role `kind` (perpetrators: before
    a verb of the act, or after "by", "claimed", "blamed"; targets: after a verb
    of the act, or before "was attacked")? Names the sentences do not hold at
    all are rule 4's business, not this one's."""
    for text in texts:
        since = _PERFECT_SINCE.search(text)
        for start, end in _spans(name, text):
            before, after = text[max(0, start - 140):start], text[end:end + 140]
            if kind == "perpetrators":
                # a group's own acronym is part of its mention: "THE WORKERS' REVOLUTIONARY LEAGUE (LRO) SAID ..."
                after = _OWN_ACRONYM.sub("", after, count=1)
            if kind == "perpetrators" and name[:1].islower() and _MODIFIER.match(after):
                continue  # "the bomber, who wore a police uniform": a disguise, not the police
            if since and ((0 <= since.start() - end <= 60 and not re.search(r"[,;]", text[end:since.start()]))
                          or since.start() <= start < since.end()):
                continue  # a record of its acts since a date (its subject or object), not this act
            if kind == "targets" and (_CAUGHT_BEFORE.search(before) or _CAUGHT_AFTER.match(after)
                                      or IN_CUSTODY.match(text[start:])):
                continue  # caught in the crossfire; "where the detainees were being held": in custody
            if kind == "targets" and SYSTEMS_OF.search(before) and (SYSTEMS_DOWN.match(text[end:]) or (
                    KNOCKED_BEFORE.search(before) and KNOCKED_OFF_AFTER.match(text[end:]))):
                return True  # "The online filing portal of X was unreachable ... after ... attack"
            if kind == "targets" and owner_hit(before, text[end:]):
                return True  # "X, a private group ..., said ... after a ransomware attack on its network"
            if kind == "targets" and _ENTERED.search(before) and _AND_TOOK.match(after):
                return True  # "an armed man entered the main post office in Lessar ... and took seven people hostage"
            if _SPEAKER.match(after) or (kind == "targets" and _SAID_AFTER.match(after)):
                # "The police said 14 officers ... were killed": the source, not a party; "...,
                # among them the parish priest, the diocese said": who spoke, not who was hit
                continue
            if either_side and kind == "perpetrators" and _TO_ARREST.search(before) and _FOUGHT_HIM.match(after):
                return True  # "police who had come to arrest a commander, X, ..., exchanged fire with him"
            if kind == "perpetrators" and either_side and _REPELLED.match(after):
                continue  # "troops repelled the attack after a two-hour exchange of fire": the attacked side
            if kind == "perpetrators" and not either_side and (_RESPONDS.match(after) or _FAILED.match(after)):
                # "A self-defence militia, the Sabro Guard, fought back"; "blamed the government
                # for failing to protect the embassy": defending, or failing to, is not the act.
                continue
            if ACCUSED_OF.search(before) or (kind == "targets" and (MESSAGE_TO.search(before) or _DEMANDED.search(before)
                                                                     or (TAKEN_TO.search(before)
                                                                         and not _RAMMED_INTO.search(before))
                                                                     or PICTURED.search(before))):
                continue
            if kind == "perpetrators" and (NOT_THE_ACT_BEFORE.search(before) or TREND.search(after[:80])):
                continue
            if kind == "perpetrators" and OFFICE_BLAMED.search(before) and OFFICE.match(name):
                continue  # "blamed the unrest on Finance Minister Pavel Dorn, whose decision ...": a cause
            if kind == "perpetrators" and ACCORDING_TO.search(before):
                continue  # "gunmen who, according to the district governor, Farid Osmani, belonged to": the source
            if kind == "perpetrators" and _ITS_MAN_DID.match(after):
                return True  # "said ... that one of its fighters had driven the truck": a claim
            if kind == "perpetrators" and _BLAMED_BY_A_SIDE.search(before):
                continue  # "The dockworkers' union blamed the Haldane Volunteer Guard", "the union accused the federation"
            if kind == "perpetrators" and _RUMOURED.search(before):
                continue  # "Early posts on social media had blamed the hacktivist group Null Tide": a rumour
            if _HOLDS.search(before) and _RESPONSIBLE_AFTER.match(after):
                # "HOLDS THE FAPCA LEADERSHIP RESPONSIBLE FOR THEIR LIVES": blamed, never acted on,
                # and for what may befall captives, no author of the act
                if kind == "targets" or _FOR_THEIR_LIVES.match(after):
                    continue
            if _LISTED_BEFORE.search(before) and _ON_ITS_LEAK_SITE.match(after):
                # "Thornmoth added Corrabel to its leak site": the gang's victim, never its author
                if kind == "targets":
                    return True
                continue
            if kind == "perpetrators" and _LEAK_SITE.match(after):
                return True  # "added ... to its leak site" is a claim, not a comment
            if kind == "perpetrators" and _CHANNEL_BEFORE.search(before) and _CHANNEL.search(name + after[:20]):
                continue  # the claim's channel, not its author
            if (kind == "perpetrators" and name[:1].islower() and _AFTER_FOR.search(before)
                    and not _RELATIVE_NEXT.match(after)):
                continue  # "hurled stones at a reception centre for refugees ... and set fire": not a subject
            if kind == "perpetrators" and _WHOM.match(after):
                continue  # "TECHNICIANS OF THE STATE TELEPHONE COMPANY, TELMAR, WHOM ITS FIGHTERS HAD SEIZED"
            if kind == "targets" and name[:1].islower() and DATA_OF.search(before):
                continue  # "booking records of 1.2 million passengers": whose data, not whom attacked
            if kind == "targets" and _PLOTTED.search(before):
                continue  # "explosives ... meant for an attack on the railway station": a foiled plot's aim
            if kind == "perpetrators" and _SOUGHT.search(before) and _SOUGHT_DOER.match(after):
                return True  # "searching for Pavel Drussik, a councillor who they said had led the mob"
            if _SOUGHT.search(before):
                continue  # "an army patrol looking for the surveyors came under fire": sought, not a side
            if kind == "targets" and _A_PART.search(name) and (_PART_OF_AFTER.match(after)
                                                                 or _PART_OF_BEFORE.search(before)):
                # "the ticket hall of the ferry terminal", "blew in the windows of the station's
                # guardhouse": a part of the aim (the terminal, the station was the aim)
                continue
            if kind == "targets" and _TARGET_TYPE_BEFORE.search(before):
                continue  # a database's "Target type: Utilities": a category, not what was attacked
            if kind == "targets" and HELD_BY_POLICE.search(before):
                continue  # "police detained six suspects": arrested, not attacked
            if kind == "perpetrators" and (_NO_EVIDENCE_BEFORE.search(before) or _ITS_OWN_DENIAL.match(after)):
                # "there was no evidence linking the attack to the Saltgrave Quay gang"; "THE OIL
                # AND GAS WORKERS' UNION (SINTRAGAS), WHOSE MEMBERS ..., DENIED ANY INVOLVEMENT"
                continue
            if kind == "perpetrators" and _ATTACK_ON_BEFORE.search(before) and _BLAMED_ON_NEXT.match(after):
                continue  # "BLAMED THE ATTACK ON THE SUBSTATION ON THE CPCA": what was attacked, not who
            if kind == "targets" and _MARCHED_ON.search(before) and not _ACT_THERE.match(after):
                continue  # "protesters marching on the governor's office to demand protection": marched to
            if kind == "perpetrators" and _WHO_DID_IT.match(after):
                return True  # "Gunmen who stormed the hotel ... were killed": its own clause says what it did
            if kind == "perpetrators" and (_ATTRIBUTIVE.match(after) or _LED_BY_THEM.search(before)
                                           or _ARRESTED_AMONG.search(before) or _DENIED_AND_BLAMED.search(before)):
                # "a Harvest Party campaign office ... was set on fire": the party's office was hit;
                # "Brannwick, who leads the opposition Harvest Party, ...": whom she leads
                continue
            if kind == "perpetrators" and _PARENT_BEFORE.search(before):
                continue  # "a faction that broke away from the Tulven People's Movement": the parent, not the act's
            if kind == "perpetrators" and _CAME_AND_DID.match(_BRACKET.sub("", text[end:end + 400])):
                return True  # "armed men ... arrived in three pickup trucks at the camp ..., and seized 8 employees"
            if kind == "perpetrators" and _ATTACKERS_WERE.search(before):
                return True  # "the police commander said ... the attackers were fighters loyal to X": named
            said = _NOT_CLAIMED.sub(" ", after[:220])  # "but did not say it had carried it out": no claim
            if kind == "perpetrators" and (_COMMENTS.match(after) or _POSTED_AND_SAID.match(after)) \
                    and (_SAID_IT_DID.search(said) or _short_name_did(name, said)):
                return True  # "X said ... that it had set off "two charges" at the station": its own claim
            if kind == "perpetrators" and (_PATIENT.match(after) or (
                    _COMMENTS.match(after) and not (_OWN_CLAIM.search(said) or _BUT_CLAIMED.search(said)))):
                # "His bodyguard, Petar Akkerin, was shot dead"; "Governor Nessik said the
                # Front was suspected", "Lira Santek blamed the attack on ...": harmed, or
                # speaking of it, not doing it (but "the Front said it carried out the attack").
                continue
            if either_side and kind == "targets" and _STRAY_HIT.search(before):
                continue  # "mortar rounds had hit the village school": a battle's damage, not a side
            if either_side and kind == "perpetrators" and (
                    (_BETWEEN.search(before) and _FIGHT_VERB.search(text)) or _PITTED.search(before)
                    or _RAN_INTO.search(before)):
                return True
            if kind == "perpetrators" and _VEHICLE_STRUCK.match(after):
                continue  # "A minibus carrying farm labourers struck a landmine": hit, not hitting
            if kind == "perpetrators" and _HOLDER_BY.search(before):
                continue  # "attacked positions held by the Tarn Defence Militia": the side attacked
            a_side = _BEFORE_ACT_SAME_CLAUSE if kind == "perpetrators" else _BEFORE_FIGHT_SAME_CLAUSE
            if either_side and (a_side.match(after) or (
                    (_AFTER_ACT_SAME_CLAUSE if kind == "targets" else _AFTER_ACT).search(before)
                    and not _in_place_phrase(before) and not _object_of_something_else(before)
                    and (kind == "targets" or _after_a_fight(before)))):
                # A battle: both sides fight, either may come first, and either is a
                # perpetrator; but the object of an attack ("ambushed an army column") is
                # the attacked side, never the perpetrator, and a target is an act's
                # object in its clause, not the subject of "the troops seized rifles".
                return True
            if kind == "perpetrators":
                # "X claimed it" makes X a perpetrator, "X blamed Y" does not ("the police
                # commander, Colonel Obregon, blamed the FRPL").
                if (_SOURCE_BY.search(before) and _OFFICIAL.search(name)) or _OTHER_BY.search(before):
                    continue
                # (past a relative clause of a place: "About a dozen armed men tied up the three night
                # guards at the Gallovey pumping station, which draws water from ..., and set off
                # explosive charges on its four pumps")
                acted = _BEFORE_ACT.match(after) or _BEFORE_ACT.match(_WHICH_CLAUSE.sub("", text[end:end + 400], count=1))
                if ((acted and not _OBJECT_JUST_BEFORE.search(before)) or _claimed_before(before[-100:])
                        or IDENTIFIED_AS_THE_DOER.search(before)
                        or _CLAIMED.search(_APPOSITIVE.sub("", after, count=1)[:40]) or _BOMBER.match(name)
                        # "A different group, NullOrchard, claimed the outage": its own verb, no appositive
                        or _CLAIMS_NEXT.match(after)
                        or _ATTACKED_FROM.search(before)):
                    return True
            elif (_LEFT_BESIDE.search(before) and _BLAST.search(text)) or _THROWN_OVER.search(before) \
                    or _LAY_IN_WAIT.search(before) or _THROWN_ON_THEM.search(before) \
                    or (_DOORS_BARRED.search(before) and _THEN_BURNED.match(after)):
                return True  # "a car packed with explosives that had been left outside the Palace of Justice"
            elif ESCAPED_IT.match(after) or (WENT_OFF_AS.search(before) and DROVE_PAST.match(after)):
                return True  # "JUSTICE ESCAPES CAR BOMB", "A CAR BOMB EXPLODED ... AS THE CAR OF X DROVE PAST"
            elif _MOTIVE.search(before) or (_HABITUAL.search(before) and not _FIRED_ON_WHO_HAD.search(before)):
                continue
            elif (_AFTER_ACT_SAME_CLAUSE.search(_LAST_OF_A_LIST.sub(" ", before)) and not _in_place_phrase(before)
                  and not _object_of_something_else(before, name)) or (
                    (_PASSIVE_ACT_NEAR if _IN_A_PLACE_PHRASE.search(before) and not SYSTEMS_OF.search(before)
                     else _PASSIVE_ACT).match(
                        _BRACKET.sub("", after))) or bool(_RAIDED_AFTER.match(after) or _HEADLINE_PASSIVE.match(after)):
                return True
    # A headline's shorthand of a thing the body names in full: "pumping station blown up"
    # for "the Gallovey pumping station" (the common words of the name, told as hit).
    tail = _COMMON_TAIL.match(name)
    if kind == "targets" and tail:
        shorthand = [t for t in texts if not _spans(name, t)]
        if len(shorthand) < len(texts):  # the name in full in one of them
            return any(_PATIENT.match(t[e:e + 140]) for t in shorthand for _, e in _spans(tail["tail"], t))
    # ... and an owner's thing named again by its kind: "THE COMPANY'S OFFICES", then "THE
    # MARCHERS HAD STONED THE OFFICES"
    owned = _OWNED_THING.match(name.strip())
    if kind == "targets" and owned:
        again = [t for t in texts if not _spans(name, t)]
        if len(again) < len(texts):
            return plays_role(owned["thing"], kind, again)
    return False
