"""Rule 15: the role of a party. A name in the sentence is not yet a perpetrator
or a target: the sentence must put it in that role, next to a verb of the act
(the rule list is in summarizer.verify.rules; the checks that use this are in
summarizer.verify.parties and summarizer.records.derive)."""

from __future__ import annotations

import re

from summarizer.verify.acts import (
    ACTS,
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
from summarizer.verify.bystanders import (
    ACCORDING_TO,
    ACCUSED_OF,
    DATA_OF,
    HELD_BY_POLICE,
    MESSAGE_TO,
    OFFICE,
    OFFICE_BLAMED,
    PICTURED,
    TAKEN_TO,
    TREND,
    not_the_act_before,
)
from summarizer.verify.cues import IN_CUSTODY
from summarizer.verify.disowned import SAID_FALSE
from summarizer.verify.names import written_in_capitals
from summarizer.verify.roles.verbs import ACT, BLAST, FIGHT_VERB, NEW_CLAUSE
from summarizer.verify.roles.mentions import spans
from summarizer.verify.roles.named_again import (
    AND_THEN_AT,
    LOCATION_LABEL_BEFORE,
    UNNAMED_KINDS,
    building_acted_on,
    burned_on_purpose,
    its_part_hit,
    its_things_hit,
    kinds_named_again,
    role_acted_on,
    site_acted_on,
    surnames_of,
)
from summarizer.verify.roles.objects import (
    after_a_fight,
    housed_the_aim,
    in_place_phrase,
    object_of_something_else,
    taken_as_loot,
)
from summarizer.verify.roles.claims import (
    AN_ARM_OF,
    APPOSITIVE,
    ATTACKERS_WERE,
    ATTACK_ON_BEFORE,
    BLAMED_BY_A_SIDE,
    BLAMED_ON_NEXT,
    BUT_CLAIMED,
    CHANNEL,
    CHANNEL_BEFORE,
    CLAIMED,
    CLAIMS_NEXT,
    COMMENTS,
    CONFESSED,
    DENIED_AND_BLAMED,
    FOR_THEIR_LIVES,
    HOLDS,
    ITS_MAN_DID,
    ITS_OWN_DENIAL,
    ITS_PEOPLE_SAID,
    LEAK_SITE,
    LISTED_BEFORE,
    NOT_CLAIMED,
    NO_EVIDENCE_BEFORE,
    OFFICIAL,
    ON_ITS_LEAK_SITE,
    OWNS_ITS_FALLEN,
    OWN_ACRONYM,
    OWN_CLAIM,
    PARENT_BEFORE,
    POSTED_AND_SAID,
    RESPONSIBLE_AFTER,
    RUMOURED,
    SAID_AFTER,
    SAID_IT_DID,
    SOURCE_BY,
    SPEAKER,
    TO_ITS_VERB,
    claimed_before,
    dead_members_of,
    short_name_did,
)
from summarizer.verify.roles.acted_on import (
    ACT_THERE,
    ALIGHT_AFTER,
    AND_TOOK,
    ATTRIBUTIVE,
    A_PART,
    A_VEHICLE_NAMED,
    BRACKET,
    CAUGHT_AFTER,
    CAUGHT_BEFORE,
    COMMON_TAIL,
    DEMANDED,
    DOORS_BARRED,
    ENTERED,
    FORCED_ITS_DRIVER,
    HEADLINE_PASSIVE,
    IN_A_PLACE_PHRASE,
    LAST_OF_A_LIST,
    LAY_IN_WAIT,
    LEFT_BESIDE,
    MARCHED_ON,
    OWNED_THING,
    PART_OF_AFTER,
    PART_OF_BEFORE,
    PASSIVE_ACT,
    PASSIVE_ACT_NEAR,
    PATIENT,
    PLOTTED,
    RAIDED_AFTER,
    RAMMED_INTO,
    SET_BEFORE,
    STRAY_HIT,
    TARGET_TYPE_BEFORE,
    THEN_BURNED,
    THE_AGENT_BEFORE,
    THROWN_ON_THEM,
    THROWN_OVER,
    VEHICLE_STRUCK,
    WHOM,
    guns_stood_at,
)
from summarizer.verify.roles.force import CLEARED_BY_FORCE, FIRED_ON_WHO_HAD

_BEFORE_ACT = re.compile(rf"^(?:\W+\w+){{0,22}}?\W+{ACT}\b", re.I)  # applied to the text after a name
_AFTER_ACT = re.compile(rf"\b{ACT}\b(?:\W+\w+){{0,14}}?\W*$", re.I)  # applied to the text before a name
# (the name's own clause: not past a semicolon just before it, "abducted 3 engineers and a
# guard; a herder saw the captives")
_AFTER_ACT_SAME_CLAUSE = re.compile(rf"\b{ACT}\b(?:(?!{NEW_CLAUSE})\W+\w+){{0,14}}?(?:(?!\s*;)\W)*$", re.I)
# A side of a battle is the subject of a fight in its own clause: not "houses near the
# town's livestock market, and residents said ... as the fighting moved".
_BEFORE_ACT_SAME_CLAUSE = re.compile(rf"^(?:(?!{NEW_CLAUSE})\W+\w+){{0,22}}?\W+{ACT}\b", re.I)
# ... and the attacked side of a battle is the subject of fighting ("Government troops and
# fighters of the Alliance clashed", "its troops repelled an assault"), never of the attack
# ("about 300 TLM fighters attacked") nor of anything else ("the troops seized rifles").
_BEFORE_FIGHT_SAME_CLAUSE = re.compile(
    rf"^(?:(?!{NEW_CLAUSE})\W+\w+){{0,22}}?\W+(?:clash\w*|fought|fight\w*|battl\w*|{EXCHANGED_FIRE}|repell?\w*"
    r"|repuls\w*|resist\w*|defend\w*)(?<!er)(?<!ers)\b", re.I)  # not "fighters", "defenders"
# "The bomber's body was found": the word says who set the bomb off (not "the attackers",
# which a report uses of many people; on heldout it verified a wrong party).
_BOMBER = re.compile(r"(?i)^(?:the\s+)?(?:suicide\s+|car\s+)?bomber$")
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
                       rf"(?:(?!{NEW_CLAUSE})\W+(?!(?:{ACTS})\b)\w+){{0,14}}?\W*$", re.I)
# "The Red Reed Brigade has kidnapped at least 14 people in Kunno district since January
# 2020": a record of acts over time, no party of this one.
# (and what has been seen of it since: "drones of both the army and the UTVC have been seen
# over the highway since May 2025")
_PERFECT_SINCE = re.compile(rf"\b(?:has|have)\s+(?:\w+\s+)?(?:{ACTS}|seen|spotted|sighted)\b[^.;]*?\bsince\b", re.I)
# "a battle that was fought ... for Kestany, a town on the Ulla river, between government
# troops and the Ulla Valley Liberation Front": the two sides of a fight.
_BETWEEN = re.compile(r"\bbetween\s+(?:(?:the\s+)?[\w'-]+\s+){0,6}?(?:and\s+)?(?:the\s+)?$", re.I)
# "came under attack late on Monday from men in a grey saloon car": who attacked.
_ATTACKED_FROM = re.compile(r"\bunder\s+(?:attack|fire)\b[^.;]{0,40}?\bfrom\s+(?:the\s+)?$", re.I)
# A wanted man whose own clause tells his act: "searching for Pavel Drussik, a Brannholt
# councillor who they said had led the mob".
_SOUGHT_DOER = re.compile(rf"^,[^.;]{{0,80}}?\bwho\s+(?:(?:they|police|officers|witnesses)\s+(?:said|say)\s+)?"
                          rf"(?:had\s+|has\s+)?(?:{ACTS})\b", re.I)
# (and those an earlier act took: "ambushed an army patrol searching for the abducted students")
_SOUGHT = re.compile(r"\b(?:looking|searching|hunting)\s+for\s+(?:the\s+)?(?:[\w-]+\s+)?$"
                     r"|\bin\s+search\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?$"
                     r"|\bto\s+(?:find|rescue|free)\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.I)
# A common noun after "for" is no subject of the verb that follows ("a reception centre
# for refugees from Kethran ... and set fire to two tents"), unless a relative clause
# makes it one.
# (not a front's: "X was a front for hackers of the ... service", a claim's words)
_AFTER_FOR = re.compile(r"(?<!\bfront\s)\bfor\s+(?:the\s+|a\s+|an\s+)?(?:(?!by\b)[\w-]+\s+)?$", re.I)
_RELATIVE_NEXT = re.compile(r"^\s*,?\s*(?:who|that|which)\b", re.I)
# ... unless the relative clause is the act itself, done by the name: "Gunmen who stormed".
_WHO_DID_IT = re.compile(rf"^,?\s+who\s+(?:had\s+)?(?!\w+ing\b){ACT}\b", re.I)
# ... and a relative clause in the passive: "TWO GUARDS WHO HAD BEEN BURNED" (not "militants who
# had been fighting the army": an act of theirs)
_WHO_SUFFERED_IT = re.compile(rf"^,?\s+who\s+(?:had|have|has)\s+been\s+(?!\w+ing\b){ACT}\b", re.I)
_LED_BY_THEM = re.compile(r"\b(?:who|which)\s+(?:leads|led|heads|headed|runs|ran|chairs|chaired|founded|joined)"
                          r"\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}$", re.I)
# "police arrested 22 men ..., among them the leader of a Mariners supporters' club": the
# arrested and whom they belong to, not a party the article says did it.
_ARRESTED_AMONG = re.compile(r"\b(?:arrested|detained|held|questioned)\b[^.;]{0,120}?\bamong\s+them\b[^.;]{0,60}$",
                             re.I)
# The subject's coming, told at length, then its act: "around 15 armed men wearing army
# uniforms arrived in three pickup trucks at the camp ... near Tembara village (...), about
# 9 km east of Nabbeh town, and seized 8 employees".
# ... or its relative clause told first, then its act: "men who had broken down the door of the
# Workers' Dawn Movement's district office in Kettlesby, a town in ..., poured petrol over its
# furniture and set the building on fire".
_ARSON = (r"poured\s+(?:petrol|gasoline|fuel|kerosene|paraffin|diesel)|set\s+fire|torched"
          r"|set\s+(?:the|a|an|its|their)\s+(?:[\w'-]+\s+){0,3}?(?:on\s+fire|alight|ablaze)")
_WHO_HAD_THEN_ACTED = re.compile(rf"^\s*,?\s+who\s+had\s+[^.;]{{0,200}}?,\s+(?:then\s+)?(?:{_ARSON}|{ACT}\b)", re.I)
_CAME_AND_DID = re.compile(rf"^(?:\s+\w+){{0,4}}?\s+(?:arrived|came|drove|rode|walked|sailed)\b[^.;]{{0,240}}?,?\s+and\s+"
                           rf"(?:then\s+)?{ACT}\b", re.I)


_RESPONDS = re.compile(rf"{TO_ITS_VERB}(?:(?:(?!\b(?:{ACTS})\b)[^.;,]){{0,60}}?\b(?:fought|fired|shot|hit)\s+back"
                       r"|(?:\w+\s+)?returned\s+(?:the\s+)?fire"
                       r"|repell?\w*|resisted|defended|drove\s+(?:them|the\s+\w+)\s+(?:off|back)(?!\s+with\b)"
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
# ... and in a battle, the side that held its ground: "fighters of the RCF attacked an army
# outpost ...; troops repelled the attack" makes the troops the attacked side, not a side
# that carried it out (every gold battle told so gives only the attackers).
_REPELLED = re.compile(rf"{TO_ITS_VERB}(?:had\s+|have\s+)?(?:repell?ed|repulsed|beat\s+back|fought\s+off"
                       r"|drove\s+(?:them|the\s+\w+)\s+(?:off|back)(?!\s+with\b))\b", re.I)
_MODIFIER = re.compile(r"^[\s-]*(?:style\s+)?(?:uniforms?|outfits?|disguise|insignia|badges?)\b", re.I)
# "blamed the Belharran government for failing": a failure, not the act
_FAILED = re.compile(r"^\W*(?:(?:government|authorities|police|army|state|ministry)\s+)?(?:for|of)\s+"
                     r"(?:failing|not|having\s+failed|leaving|neglecting|ignoring|allowing|letting"
                     # "blamed the opposition Green Banner Party for 'stirring up' the crowds": an instigator
                     r"|[\"'\u201c\u2018]?(?:stirring|inciting|provoking|fomenting|whipping|encouraging))\b"
                     # "found that the police had ignored two warnings of an attack on the fair"
                     r"|^\W*(?:had\s+|have\s+|has\s+)?(?:ignored|missed|failed\s+to\s+(?:act|heed|prevent|stop)|neglected)\b",
                     re.I)
# "The fighting ... pitted the Coastal Guards Brigade against the Harbour Shield": the sides of a fight.
# "an army patrol ran into a group of rebels": the side met in a battle.
_RAN_INTO = re.compile(r"\b(?:ran|run|running|stumbled)\s+into\s+(?:an?\s+|the\s+)?(?:(?:group|unit|band|column)\s+of\s+)?$",
                       re.I)
_PITTED = re.compile(r"\bpitt(?:ed|ing)\s+(?:the\s+)?$|\bpitt(?:ed|ing)\b[^.;]{0,120}?\bagainst\s+(?:the\s+)?$", re.I)


# The side a battle was fought with, named as the one some came to arrest: "police who
# had come to arrest a militia commander, Orraq Adunne, ..., exchanged fire with him".
_TO_ARREST = re.compile(r"\bto\s+(?:arrest|detain|capture|seize)\s+(?:[\w'-]+\s+){0,5}?[\w'-]+,\s*$", re.I)
_FOUGHT_HIM = re.compile(rf"^[^.;]{{0,120}}?\b(?:{EXCHANGED_FIRE}|fought|clashed|battled)\s+with\s+(?:him|her|them)\b",
                         re.I)
# The person named, then the act on "him" or "her" with no other name between: "they were
# seen by Officer Mattias Oldrup, 44, who was patrolling the perimeter road alone; one of them
# attacked him with an iron bar" (not "Oldrup said a man attacked him": the speaker's word).
# (a building's name and a clock time between are no other person: "Aurel Vallance, 38, was
# stepping out of his classroom at the Tullagorm Community High School at about 9:15 a.m. when a
# man ... walked up to him in the corridor and fired four shots")
_ACTED_ON_HIM = re.compile(r"^(?:,\s*\d+,)?(?:(?!\b(?:said|says|told|according)\b)(?:\bthe\s+(?:[A-Z][\w'-]*\s+){1,4}"
                           r"|\b[ap]\.m\.|[^A-Z.\"\u201c])){0,160}?\b"
                           r"(?:(?:attacked|shot|stabbed|beat|struck|clubbed|hacked|kidnapped|abducted|seized|killed)\s+"
                           r"(?:him|her)\b|(?:walked|came|ran|stepped|went)\s+up\s+to\s+(?:him|her)\b[^.;]{0,40}?\band\s+"
                           r"(?:fired|opened\s+fire|shot|stabbed))")
# People made to come out, then acted on as "them": "ordered the passengers out and shot
# them at the roadside", "dragged the guards outside and beat them".
_ORDERED_OUT = re.compile(r"\b(?:ordered|forced|dragged|pulled|made|lined\s+up|rounded\s+up|herded|marched)\s+"
                          r"(?:all\s+)?(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+)?$", re.I)
# ("MADE FIVE YOUNG MEN GET OFF AND SHOT THEM", "dragged out men they accused of sheltering
# Tin Saints members and shot dead 5 of them")
_THEN_ACTED_ON_THEM = re.compile(
    r"^(?:\s+they\s+accused\s+of\s+[^.;,]{0,60}?(?=\s+and\b))?(?:\s+(?:get|got|step|stepped|climb|climbed))?"
    r"(?:\s+(?:out|off|down|outside|aside|up))?(?:\s+(?:of|from)\s+(?:the|their|its)\s+[\w-]+)?,?\s+(?:and|then)\s+"
    r"(?:then\s+)?(?:shot|killed|beat|abducted|kidnapped|robbed|executed|stabbed|hacked|seized|marched\s+off"
    r"|took\s+away)(?:\s+dead)?\s+(?:them|all\s+of\s+them|(?:\d+|two|three|four|five|six|seven|eight|nine|ten"
    r"|some|several|most)\s+of\s+them)\b", re.I)
_GATHERED_AT = re.compile(r"\b(?:gathered|massed|assembled|converged)\s+(?:outside|in\s+front\s+of|at|around)\s+"
                          r"(?:the\s+|its\s+)?(?:[\w'-]+\s+){0,3}?$", re.I)
_BROKE_IN = re.compile(
    r"\b(?:crowd|mob|protesters|rioters|they)\b[^.;]{0,40}?\b(?:broke\s+(?:down|open|through)\s+the\s+(?:gates?"
    r"|doors?|fence)|stormed|forced\s+(?:their|its)\s+way\s+in|broke\s+in(?:to)?|ransacked)\b", re.I)
# A place's relative clause between a doer and the act: ", which draws water from the river ...,"
_WHICH_CLAUSE = re.compile(r",\s+(?:which|where)\s+[^,;.]{1,160},")
_OBJECT_JUST_BEFORE = re.compile(rf"\b{ACT}\s+(?:(?:the|a|an|some|several|\d+|two|three|four|five|six|seven"
                                 r"|eight|nine|ten|dozens\s+of)\s+){0,2}$", re.I)
# A casualty line's bracket naming who they were: "4 fatalities (protesters), according to ...",
# "5 fatalities (3 THG fighters, 2 soldiers)" (any part of its breakdown).
_CASUALTY_LABEL_BEFORE = re.compile(r"\b(?:fatalities|deaths|dead|killed|injured|wounded|casualties|injuries)\s*\("
                                    r"(?:[^()]{0,80}?[,;]\s*)?(?:\d+\s+)?$", re.I)
# ... and a figure's people with their harm: "4 soldiers injured", "2 police officers were killed"
_A_FIGURE_BEFORE = re.compile(r"(?:^|[\s(;:,])\d[\d,]*\s+(?:[\w-]+\s+)?$")
_HARMED_AFTER = re.compile(r"^\s+(?:were\s+|was\s+)?(?:killed|injured|wounded|dead|hurt|missing)\b", re.I)
# A description put after a name: "Ostrelline Power, the electricity distributor for the town of Kessemar"
# ... of an organisation, not of a person ("Ilse Varga, the mayor of Tessel": the mayor is the target)
_AN_ORGANISATION = re.compile(r"\b(?:distributor|operator|utility|company|provider|firm|supplier|authority|agency"
                              r"|council|carrier|insurer|retailer|manufacturer|producer|corporation|enterprise"
                              r"|cooperative|co-operative|municipality|network|chain|group)$", re.I)
_APPOSITIVE_OF_A_NAME = re.compile(r"\b(?-i:[A-Z])[\w'\u2019-]+,\s+(?:the|an?)\s+$")
# The people an arrest names, then the arresters' next act: "ARRESTED TWO WOMEN AND SEIZED ..."
_ARRESTED_BEFORE = re.compile(r"\b(?:arrested|detained)\s+(?:(?:the|some|several|\d+|[a-z]+)\s+)?$", re.I)
_AND_ITS_SUBJECT_ACTED = re.compile(rf"^\s*,?\s*and\s+(?:also\s+|then\s+)?(?:{ACT})\b", re.I)
# An infobox's or a register's labelled line of targets, the name in its list.
# (an incident report's "Affected organisation: Saint Ilse Regional Hospital" too)
_LABELLED_TARGET = re.compile(r"(?:^|\n|\s)(?:Targets?|Affected\s+organi[sz]ations?|Victim\s+organi[sz]ations?)\s*:\s*"
                              r"(?:[^.;:\n]{0,80}?(?:,|\band\b)\s*)?(?:the\s+|an?\s+)?$")

_LABELLED_PERPETRATOR = re.compile(r"(?:^|\n|\s)Perpetrators?\s*:\s*(?:[^.;:\n]{0,80}?(?:,|;|\band\b)\s*)?"
                                   r"(?:the\s+|an?\s+)?$")


def plays_role(name: str, kind: str, texts: list[str], either_side: bool = False) -> bool:
    """Does a cited sentence put `name` in the role `kind` (perpetrators: before
    a verb of the act, or after "by", "claimed", "blamed"; targets: after a verb
    of the act, or before "was attacked")? Names the sentences do not hold at
    all are rule 4's business, not this one's."""
    for text in texts:
        if SAID_FALSE.search(text):
            continue  # "reports of a shooting at a polling station in Orvisk are false": nothing happened
        since = _PERFECT_SINCE.search(text)
        for start, end in spans(name, text):
            before, after = text[max(0, start - 140):start], text[end:end + 140]
            if kind == "perpetrators":
                # a group's own acronym is part of its mention: "THE WORKERS' REVOLUTIONARY LEAGUE (LRO) SAID ..."
                after = OWN_ACRONYM.sub("", after, count=1)
            if kind == "perpetrators" and name[:1].islower() and _MODIFIER.match(after):
                continue  # "the bomber, who wore a police uniform": a disguise, not the police
            if since and ((0 <= since.start() - end <= 60 and not re.search(r"[,;]", text[end:since.start()]))
                          or since.start() <= start < since.end()):
                continue  # a record of its acts since a date (its subject or object), not this act
            if _CASUALTY_LABEL_BEFORE.search(before):
                continue  # "4 fatalities (protesters)": who died, no side and no aim
            if kind == "perpetrators" and _A_FIGURE_BEFORE.search(before) and _HARMED_AFTER.match(after):
                continue  # "4 soldiers injured": a figure of the harmed, not who did it
            if kind == "perpetrators" and MARCHED_ON.search(before):
                continue  # "residents ... marched to Fadrova Copper's site office ... and threw stones": the place
            if kind == "targets" and (CAUGHT_BEFORE.search(before) or CAUGHT_AFTER.match(after)
                                      or IN_CUSTODY.match(text[start:])):
                continue  # caught in the crossfire; "where the detainees were being held": in custody
            if kind == "targets" and SYSTEMS_OF.search(before) and (SYSTEMS_DOWN.match(text[end:]) or (
                    KNOCKED_BEFORE.search(before) and KNOCKED_OFF_AFTER.match(text[end:]))):
                return True  # "The online filing portal of X was unreachable ... after ... attack"
            if kind == "targets" and owner_hit(before, text[end:]):
                return True  # "X, a private group ..., said ... after a ransomware attack on its network"
            if kind == "targets" and CLEARED_BY_FORCE.match(text[end:end + 400]) and not re.search(
                    rf"\b{ACT}\b", before[-60:], re.I):
                return True  # "relatives and residents ... blocked the entrance, and riot police fired tear gas"
            if kind == "targets" and ENTERED.search(before) and AND_TOOK.match(after):
                return True  # "an armed man entered the main post office in Lessar ... and took seven people hostage"
            if SPEAKER.match(after) or (kind == "targets" and SAID_AFTER.match(after)):
                # "The police said 14 officers ... were killed": the source, not a party; "...,
                # among them the parish priest, the diocese said": who spoke, not who was hit
                continue
            if kind == "targets" and _ORDERED_OUT.search(before) and _THEN_ACTED_ON_THEM.match(after):
                return True  # "ordered the passengers out and shot them at the roadside"
            if kind == "targets" and _ACTED_ON_HIM.match(text[end:end + 220]):
                return True  # "seen by Officer Mattias Oldrup, 44, ...; one of them attacked him with an iron bar"
            if either_side and kind == "perpetrators" and _TO_ARREST.search(before) and _FOUGHT_HIM.match(after):
                return True  # "police who had come to arrest a commander, X, ..., exchanged fire with him"
            if (kind == "targets" and name[:1].islower() and not written_in_capitals(text)
                    and _AN_ORGANISATION.search(name) and _APPOSITIVE_OF_A_NAME.search(before)):
                continue  # "the dispatch systems of Ostrelline Power, the electricity distributor for": its name is
            if kind == "perpetrators" and dead_members_of(before, after):
                continue  # "the 4 were members of the Sable Lantern Front who had been killed": the dead's group
            if kind == "perpetrators" and _ARRESTED_BEFORE.search(before) and _AND_ITS_SUBJECT_ACTED.match(after):
                continue  # "THE AGENTS ARRESTED TWO WOMEN AND SEIZED FOUR RIFLES": the agents seized
            if kind == "perpetrators" and either_side and _REPELLED.match(after):
                continue  # "troops repelled the attack after a two-hour exchange of fire": the attacked side
            if kind == "perpetrators" and not either_side and (_RESPONDS.match(after) or _FAILED.match(after)):
                # "A self-defence militia, the Sabro Guard, fought back"; "blamed the government
                # for failing to protect the embassy": defending, or failing to, is not the act.
                continue
            if ACCUSED_OF.search(before) or (kind == "targets" and (MESSAGE_TO.search(before) or DEMANDED.search(before)
                                                                    or (TAKEN_TO.search(before)
                                                                        and not RAMMED_INTO.search(before))
                                                                    or PICTURED.search(before))):
                continue
            if kind == "perpetrators" and (not_the_act_before(before) or TREND.search(after[:80])):
                continue
            if kind == "perpetrators" and OFFICE_BLAMED.search(before) and OFFICE.match(name):
                continue  # "blamed the unrest on Finance Minister Pavel Dorn, whose decision ...": a cause
            if kind == "perpetrators" and ACCORDING_TO.search(before):
                continue  # "gunmen who, according to the district governor, Farid Osmani, belonged to": the source
            if kind == "perpetrators" and ITS_MAN_DID.match(after):
                return True  # "said ... that one of its fighters had driven the truck": a claim
            if kind == "perpetrators" and BLAMED_BY_A_SIDE.search(before):
                continue  # "The dockworkers' union blamed the Haldane Volunteer Guard", "the union accused the federation"
            if kind == "perpetrators" and RUMOURED.search(before):
                continue  # "Early posts on social media had blamed the hacktivist group Null Tide": a rumour
            if HOLDS.search(before) and RESPONSIBLE_AFTER.match(after):
                # "HOLDS THE FAPCA LEADERSHIP RESPONSIBLE FOR THEIR LIVES": blamed, never acted on,
                # and for what may befall captives, no author of the act
                if kind == "targets" or FOR_THEIR_LIVES.match(after):
                    continue
            if LISTED_BEFORE.search(before) and ON_ITS_LEAK_SITE.match(after):
                # "Thornmoth added Corrabel to its leak site": the gang's victim, never its author
                if kind == "targets":
                    return True
                continue
            if kind == "perpetrators" and LEAK_SITE.match(after):
                return True  # "added ... to its leak site" is a claim, not a comment
            if kind == "perpetrators" and CHANNEL_BEFORE.search(before) and CHANNEL.search(name + after[:20]):
                continue  # the claim's channel, not its author
            if (kind == "perpetrators" and name[:1].islower() and _AFTER_FOR.search(before)
                    and not _RELATIVE_NEXT.match(after)):
                continue  # "hurled stones at a reception centre for refugees ... and set fire": not a subject
            if kind == "perpetrators" and WHOM.match(after):
                continue  # "TECHNICIANS OF THE STATE TELEPHONE COMPANY, TELMAR, WHOM ITS FIGHTERS HAD SEIZED"
            if kind == "targets" and name[:1].islower() and DATA_OF.search(before):
                continue  # "booking records of 1.2 million passengers": whose data, not whom attacked
            if kind == "targets" and PLOTTED.search(before):
                continue  # "explosives ... meant for an attack on the railway station": a foiled plot's aim
            if kind == "perpetrators" and _SOUGHT.search(before) and _SOUGHT_DOER.match(after):
                return True  # "searching for Pavel Drussik, a councillor who they said had led the mob"
            if _SOUGHT.search(before):
                continue  # "an army patrol looking for the surveyors came under fire": sought, not a side
            if kind == "targets" and A_PART.search(name) and (PART_OF_AFTER.match(after)
                                                              or PART_OF_BEFORE.search(before)):
                # "the ticket hall of the ferry terminal", "blew in the windows of the station's
                # guardhouse": a part of the aim (the terminal, the station was the aim)
                continue
            if kind == "targets" and TARGET_TYPE_BEFORE.search(before):
                continue  # a database's "Target type: Utilities": a category, not what was attacked
            if kind == "targets" and _LABELLED_TARGET.search(before):
                return True  # an infobox's "Target: MT Sable Meridian and the Petroleum Quay": the page says it
            if kind == "perpetrators" and _LABELLED_PERPETRATOR.search(before):
                return True  # an infobox's "Perpetrators: two gunmen": the page says it
            if kind == "targets" and LOCATION_LABEL_BEFORE.search(before) and site_acted_on(name, text[end:]):
                return True  # "Location: Peskett & Sons hardware shop, ... threw a hand grenade through ... the shop"
            if kind == "targets" and ITS_PEOPLE_SAID.match(after):
                continue  # "..., hospital officials and witnesses said": a source, not what was attacked
            if kind == "targets" and guns_stood_at(before):
                continue  # "army guns at Ketterage, 9 km to the south, had shelled the town": fired from there
            if kind == "targets" and THE_AGENT_BEFORE.search(before):
                continue  # "the crowd outside it was fired on by gendarmes": who fired, not who was fired on
            if kind == "targets" and A_VEHICLE_NAMED.search(name) and FORCED_ITS_DRIVER.match(text[end:]):
                return True  # "boarded an intercity bus ... as passengers, drew knives ..., forced the driver to leave"
            if kind == "perpetrators" and AN_ARM_OF.search(before):
                return True  # "THE URBAN COMMANDO IS AN ARM OF THE PEOPLE'S ARMED VANGUARD (VAP)": the body behind it
            if kind == "targets" and its_part_hit(text[end:]):
                return True  # "marched to the company's office in Ulvesk, smashed its windows"
            if kind == "targets" and burned_on_purpose(before, text[end:]):
                return True  # "The fire that swept through a row of shops ... was set deliberately"
            if kind == "targets" and building_acted_on(name, text[end:]):
                return True  # "marched to X's site office ... and threw stones at the building"
            if kind == "targets" and its_things_hit(name, text):
                return True  # "ERASED THE MEDICAL RECORDS ... AND THE HOSPITAL'S PHARMACY INVENTORY": the hospital's
            if kind == "targets" and AND_THEN_AT.search(before):
                return True  # "fired at the conductor, ..., and then at the passengers": the same verb's aim
            if kind == "targets" and role_acted_on(before, texts):
                return True  # "THE DRIVER, 34-YEAR-OLD TEODOSIO MATACAN," of "SHOT DEAD THE DRIVER OF A ... BUS"
            if kind == "targets" and HELD_BY_POLICE.search(before):
                continue  # "police detained six suspects": arrested, not attacked
            if kind == "targets" and (taken_as_loot(name, before) or housed_the_aim(name, before)):
                # "SEIZED A RADIO TRANSMITTER AND 14 RIFLES": things taken; "RAIDED THE POLLING STATION
                # IN THE SCHOOL OF LOS TUNALES": where the aim stood; neither was attacked
                continue
            if kind == "perpetrators" and (NO_EVIDENCE_BEFORE.search(before) or ITS_OWN_DENIAL.match(after)):
                # "there was no evidence linking the attack to the Saltgrave Quay gang"; "THE OIL
                # AND GAS WORKERS' UNION (SINTRAGAS), WHOSE MEMBERS ..., DENIED ANY INVOLVEMENT"
                continue
            if kind == "perpetrators" and ATTACK_ON_BEFORE.search(before) and BLAMED_ON_NEXT.match(after):
                continue  # "BLAMED THE ATTACK ON THE SUBSTATION ON THE CPCA": what was attacked, not who
            if kind == "targets" and MARCHED_ON.search(before) and not ACT_THERE.match(after):
                continue  # "protesters marching on the governor's office to demand protection": marched to
            if kind == "perpetrators" and _WHO_SUFFERED_IT.match(after):
                continue  # "TWO GUARDS WHO HAD BEEN BURNED WERE RELEASED": acted on, not acting
            if kind == "perpetrators" and _WHO_DID_IT.match(after):
                return True  # "Gunmen who stormed the hotel ... were killed": its own clause says what it did
            if kind == "perpetrators" and (ATTRIBUTIVE.match(after) or _LED_BY_THEM.search(before)
                                           or _ARRESTED_AMONG.search(before) or DENIED_AND_BLAMED.search(before)):
                # "a Harvest Party campaign office ... was set on fire": the party's office was hit;
                # "Brannwick, who leads the opposition Harvest Party, ...": whom she leads
                continue
            if kind == "perpetrators" and PARENT_BEFORE.search(before):
                continue  # "a faction that broke away from the Tulven People's Movement": the parent, not the act's
            if kind == "perpetrators" and _WHO_HAD_THEN_ACTED.match(text[end:end + 300]):
                return True  # "men who had broken down the door of the office ..., poured petrol over its furniture"
            if kind == "perpetrators" and _CAME_AND_DID.match(BRACKET.sub("", text[end:end + 400])):
                return True  # "armed men ... arrived in three pickup trucks at the camp ..., and seized 8 employees"
            if kind == "perpetrators" and ATTACKERS_WERE.search(before):
                return True  # "the police commander said ... the attackers were fighters loyal to X": named
            said = NOT_CLAIMED.sub(" ", after[:220])  # "but did not say it had carried it out": no claim
            if kind == "perpetrators" and (COMMENTS.match(after) or POSTED_AND_SAID.match(after)) \
                    and (SAID_IT_DID.search(said) or short_name_did(name, said)):
                return True  # "X said ... that it had set off "two charges" at the station": its own claim
            if kind == "perpetrators" and (PATIENT.match(after) or (
                    COMMENTS.match(after) and not (OWN_CLAIM.search(said) or BUT_CLAIMED.search(said)))):
                # "His bodyguard, Petar Akkerin, was shot dead"; "Governor Nessik said the
                # Front was suspected", "Lira Santek blamed the attack on ...": harmed, or
                # speaking of it, not doing it (but "the Front said it carried out the attack").
                continue
            if either_side and kind == "targets" and STRAY_HIT.search(before):
                continue  # "mortar rounds had hit the village school": a battle's damage, not a side
            if either_side and kind == "perpetrators" and (
                    (_BETWEEN.search(before) and FIGHT_VERB.search(text)) or _PITTED.search(before)
                    or _RAN_INTO.search(before)):
                return True
            if kind == "perpetrators" and VEHICLE_STRUCK.match(after):
                continue  # "A minibus carrying farm labourers struck a landmine": hit, not hitting
            if kind == "perpetrators" and _HOLDER_BY.search(before):
                continue  # "attacked positions held by the Tarn Defence Militia": the side attacked
            a_side = _BEFORE_ACT_SAME_CLAUSE if kind == "perpetrators" else _BEFORE_FIGHT_SAME_CLAUSE
            if either_side and (a_side.match(after) or (
                    (_AFTER_ACT_SAME_CLAUSE if kind == "targets" else _AFTER_ACT).search(before)
                    and not in_place_phrase(before) and not object_of_something_else(before)
                    and (kind == "targets" or after_a_fight(before)))):
                # A battle: both sides fight, either may come first, and either is a
                # perpetrator; but the object of an attack ("ambushed an army column") is
                # the attacked side, never the perpetrator, and a target is an act's
                # object in its clause, not the subject of "the troops seized rifles".
                return True
            if kind == "perpetrators":
                # "X claimed it" makes X a perpetrator, "X blamed Y" does not ("the police
                # commander, Colonel Obregon, blamed the FRPL").
                if (SOURCE_BY.search(before) and OFFICIAL.search(name)) or _OTHER_BY.search(before):
                    continue
                # (past a relative clause of a place: "About a dozen armed men tied up the three night
                # guards at the Gallovey pumping station, which draws water from ..., and set off
                # explosive charges on its four pumps")
                acted = _BEFORE_ACT.match(after) or _BEFORE_ACT.match(_WHICH_CLAUSE.sub("", text[end:end + 400], count=1))
                if ((acted and not _OBJECT_JUST_BEFORE.search(before)) or claimed_before(before[-100:])
                        or IDENTIFIED_AS_THE_DOER.search(before)
                        or CLAIMED.search(APPOSITIVE.sub("", after, count=1)[:40]) or _BOMBER.match(name)
                        or CONFESSED.search(APPOSITIVE.sub("", after, count=1)[:60])
                        # "A different group, NullOrchard, claimed the outage": its own verb, no appositive
                        or CLAIMS_NEXT.match(after) or OWNS_ITS_FALLEN.match(after)
                        or _ATTACKED_FROM.search(before)):
                    return True
            elif (LEFT_BESIDE.search(before) and BLAST.search(text)) or THROWN_OVER.search(before) \
                    or LAY_IN_WAIT.search(before) or THROWN_ON_THEM.search(before) \
                    or (DOORS_BARRED.search(before) and THEN_BURNED.match(after)) \
                    or (SET_BEFORE.search(before) and ALIGHT_AFTER.match(after)):
                return True  # "a car packed with explosives that had been left outside the Palace of Justice"
            elif ESCAPED_IT.match(after) or (WENT_OFF_AS.search(before) and DROVE_PAST.match(after)):
                return True  # "JUSTICE ESCAPES CAR BOMB", "A CAR BOMB EXPLODED ... AS THE CAR OF X DROVE PAST"
            elif _MOTIVE.search(before) or (_HABITUAL.search(before) and not FIRED_ON_WHO_HAD.search(before)):
                continue
            elif (_AFTER_ACT_SAME_CLAUSE.search(LAST_OF_A_LIST.sub(" ", before)) and not in_place_phrase(before)
                  and not object_of_something_else(before, name)) or (
                    (PASSIVE_ACT_NEAR if IN_A_PLACE_PHRASE.search(before) and not SYSTEMS_OF.search(before)
                     else PASSIVE_ACT).match(
                        BRACKET.sub("", after))) or bool(RAIDED_AFTER.match(after) or HEADLINE_PASSIVE.match(after)):
                return True
    # The cited sentences that do not name it in full, where it may be named again (read once
    # for all the ways below).
    elsewhere = [t for t in texts if not spans(name, t)]
    named_in_one = len(elsewhere) < len(texts)
    # A crowd gathered outside a place, then broke in, told in the next sentence without
    # its name: "a crowd ... gathered outside the independent station Radio Velmond", then
    # "Part of the crowd broke down the gate, stormed the ground-floor studio ...".
    if kind == "targets" and len(texts) > 1 and any(
            _GATHERED_AT.search(t[max(0, s - 100):s]) for t in texts for s, _ in spans(name, t)):
        if any(_BROKE_IN.search(t) for t in elsewhere):
            return True
    # A place named in full in one sentence and hit by its kind in another: "police surrounded
    # a farmhouse outside Baltrevic", then "the police stormed the house"; "marched to the
    # district offices in Tellibrand", then "threw stones at the building"; a register's
    # "Location: km 97 of the Corvanne-Ithmark products pipeline", then "An explosion tore
    # open the line".
    # (and attackers no name identifies by theirs: "Two men armed with pistols tried to force the
    # driver out", then "the men fired at the cab")
    if elsewhere and named_in_one and any(
            plays_role(word, kind, elsewhere) for word in kinds_named_again(name)
            if kind == "targets" or word in UNNAMED_KINDS):
        return True
    # A headline's shorthand of a thing the body names in full: "pumping station blown up"
    # for "the Gallovey pumping station" (the common words of the name, told as hit).
    tail = COMMON_TAIL.match(name)
    if kind == "targets" and tail:
        if named_in_one:  # the name in full in one of them
            return any(PATIENT.match(t[e:e + 140]) for t in elsewhere for _, e in spans(tail["tail"], t))
    # A person named in full in one sentence and hit by the surname alone in another: "DR TORCUATO
    # BERRONDO, THE ... CANDIDATE FOR MAYOR ..., DIED", then "TWO GUNMEN ... FIRED ON BERRONDO".
    for surname in surnames_of(name) if kind == "targets" else []:
        # (the surname as a name: capitalised where the text is in mixed case, and not "the estate"
        # of "Glebe Heights Estate")
        again = [t for t in elsewhere if re.search(
            rf"(?<!\bthe\s)\b{re.escape(surname)}\b", t, re.I if written_in_capitals(t) else 0)]
        if again and len(again) < len(texts) and plays_role(surname, kind, again):
            return True
    # ... and an owner's thing named again by its kind: "THE COMPANY'S OFFICES", then "THE
    # MARCHERS HAD STONED THE OFFICES"
    owned = OWNED_THING.match(name.strip())
    if kind == "targets" and owned:
        if named_in_one:
            return plays_role(owned["thing"], kind, elsewhere)
    return False
