"""The words that tell a name was acted on: a passive ("was attacked", "came under fire", a
headline's "seized at"), a bomb left beside it, a part of a building, and the words that tell it
was not (caught in the crossfire, a plot's aim, a march's goal, a battle's stray rounds)."""

from __future__ import annotations

import re

from summarizer.verify.acts import ACTS
from summarizer.verify.roles.verbs import ACT
from summarizer.verify.roles.claims import TO_ITS_VERB

# "demanded the dismissal of the prison's governor": whom a demand is about, not the aim.
DEMANDED = re.compile(r"\bdemand\w*\s+(?:the\s+)?(?:dismissal|release|resignation|removal|sacking|transfer|arrest)"
                      r"\s+of\s+(?:the\s+)?(?:[\w'\u2019]+\s+){0,3}$", re.I)
# "Caught in the shooting was a taxi driver", "a passer-by caught in the crossfire": a bystander.
CAUGHT_BEFORE = re.compile(r"\bcaught\s+(?:up\s+)?in\s+the\s+(?:cross-?fire|shooting|blast|explosion|fighting|gunfire)"
                           r"\s+(?:was|were)\s+(?:a|an|the|two|three|\d+)?\s*$", re.I)
CAUGHT_AFTER = re.compile(r"^[^.;]{0,40}?\b(?:was|were)\s+caught\s+(?:up\s+)?in\s+the\b", re.I)
# "was attacked", "were taken", "came under fire": the name before is the act's object.
# What a vehicle struck: "A minibus carrying farm labourers struck a landmine": the vehicle
# hit the device, no one's act (its subject is never a perpetrator).
_STRUCK_A_DEVICE = (r"(?:struck|hit|ran\s+over|drove\s+over|ran\s+onto|drove\s+onto)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
                    r"(?:explosive\s+device|device|mine|landmine|ied|roadside\s+bomb)\b")
VEHICLE_STRUCK = re.compile(rf"^\W+(?:\w+\W+){{0,3}}?{_STRUCK_A_DEVICE}", re.I)
_PASSIVE_TAIL = (rf"(?:(?:was|were|had\s+been|has\s+been|have\s+been|(?:is|are)\s+(?:still\s+)?being)\W+"
                 rf"(?:\w+\W+){{0,2}}?(?:{ACTS})\b"
                 r"|came\s+under\W"
                 # "A truck of a commercial convoy struck an explosive device buried in the road"
                 rf"|{_STRUCK_A_DEVICE})")
# "A police checkpoint on the Tessaly Bridge ... came under attack": a name in a place
# phrase of the subject is not the subject.
IN_A_PLACE_PHRASE = re.compile(r"\b(?:on|at|in|near|outside|inside|of|across)\s+(?:the\s+)?$", re.I)
PASSIVE_ACT_NEAR = re.compile(rf"^\W+(?:\w+\W+){{0,3}}?{_PASSIVE_TAIL}", re.I)
# "the Green Furrow farming cooperative in the village of Selvane, which armed men had
# raided in the dark": the act told in a relative clause after the name.
RAIDED_AFTER = re.compile(rf"^[^.;]{{0,60}}?,\s+(?:which|whom)\s+(?:[\w'-]+\s+){{1,4}}?(?:had\s+|have\s+|has\s+)?"
                          rf"(?:{ACTS})\b", re.I)  # "FOUR TECHNICIANS ..., WHOM ITS FIGHTERS HAD SEIZED"
# A plot's aim, foiled: "seized 30 kg of explosives that they said were meant for an attack
# on the railway station", "plotting to bomb the bridge": never attacked.
PLOTTED = re.compile(r"\b(?:meant|intended|destined|planned|planning|plotting|plotted|preparing|prepared)\s+"
                     r"(?:(?:for|to\s+carry\s+out)\s+(?:an?\s+)?(?:attack|bombing|assault|strike)s?\s+(?:on|against)"
                     r"|to\s+(?:attack|bomb|blow\s+up|storm|target))\s+(?:the\s+|a\s+)?(?:[\w'-]+\s+){0,2}?$", re.I)
# "They were waiting for Councillor Vessant", "gunmen who had lain in wait for the judge":
# the attackers waiting for someone, their aim.
LAY_IN_WAIT = re.compile(r"\b(?:they|attackers|gunmen|assailants|killers)\s+(?:\w+\s+){0,3}?(?:were|had\s+been)\s+"
                         r"(?:lying\s+in\s+wait|waiting)\s+for\s+(?:the\s+)?$"
                         r"|\b(?:lay|lain|laid|lying)\s+in\s+wait\s+for\s+(?:the\s+)?$", re.I)
# What a grenade was thrown over the wall of: "threw a hand grenade over the wall of the police station".
THROWN_OVER = re.compile(r"\b(?:threw|hurled|lobbed|tossed)\b[^.;]{0,40}?\b(?:over|into|onto)\s+the\s+(?:wall|gate"
                         r"|fence|roof|courtyard|compound)\s+of\s+(?:the\s+|a\s+)?$", re.I)
# Where a bomb was left to go off: what it stood beside is its target.
LEFT_BESIDE = re.compile(r"\b(?:left|parked|placed|planted|hidden)\s+(?:outside|beside|next\s+to|in\s+front\s+of"
                         r"|at\s+the\s+(?:gates?|entrance)\s+of)\s+(?:the\s+|a\s+)?$"
                         # ... or carried into it: "walked into the packed Al-Nour mosque ... and detonated it"
                         r"|\b(?:walked|drove|ran|burst)\s+into\s+(?:the\s+|a\s+)?(?:[\w'-]+\s+){0,2}?$", re.I)
# Acid or fuel thrown on people: "threw a liquid from a plastic bottle over people waiting
# for the No. 4 tram" (not a place phrase: what it was thrown over was its aim).
THROWN_ON_THEM = re.compile(r"\b(?:threw|hurled|splashed|sprayed|poured|flung|doused)\s+(?:[\w-]+\s+){1,6}?"
                            r"(?:over|onto|on|at|into\s+the\s+faces?\s+of)\s+(?:the\s+)?$", re.I)
# An arson that shut people in: "barred the main door of the prayer house of the Sindhal
# Brethren ..., and set the building on fire" (the building named again by its kind).
# (or broken in first: "men who had broken down the door of the Workers' Dawn Movement's district office
# ..., poured petrol over its furniture and set the building on fire")
DOORS_BARRED = re.compile(r"\b(?:barred|blocked|locked|chained|padlocked|nailed\s+shut|broken\s+down|broke\s+down"
                          r"|smashed|forced(?:\s+open)?|kicked\s+(?:in|down))\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
                          r"(?:doors?|gates?|entrances?|exits?)\s+of\s+(?:the\s+)?$", re.I)
THEN_BURNED = re.compile(r"^[^.;]{0,160}?\band\s+(?:then\s+)?(?:set\s+(?:the|its)\s+(?:building|premises|house|hall)\s+"
                         r"(?:on\s+fire|alight|ablaze)|(?:torched|burned|burnt|set\s+fire\s+to)\s+(?:the|its)\s+"
                         r"(?:building|premises|house|hall))\b", re.I)
# A vehicle driven into people rammed them; "driven into the city" took someone there (TAKEN_TO).
RAMMED_INTO = re.compile(r"\b(?:car|van|truck|lorry|minibus|bus|vehicle|pickup|jeep|tractor|suv)\s+(?:was|were|had\s+been)"
                         r"\s+(?:deliberately\s+)?driven\s+into\s+(?:a\s+|the\s+)?$", re.I)


# Those a search was for: "an army patrol looking for the surveyors", "troops sent to free the hostages".
# A part of a building or site told as its own: "the station's guardhouse", "the plant's
# control room" (the aim is the station, the plant).
PART_OF_BEFORE = re.compile(r"\b(?:station|plant|base|camp|mine|prison|school|hospital|embassy|compound|depot"
                            r"|factory|refinery|building|complex|site|facility)'s\s+$", re.I)
# ... and one told with what it belongs to after it: "the ticket hall of the ferry terminal"
PART_OF_AFTER = re.compile(r"^\s+of\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:[\w'-]+\s+){0,4}?(?:terminal|station|airport"
                           r"|hospital|building|complex|market|mall|hotel|school|university|prison|base|plant|port"
                           r"|headquarters|ministry|embassy|courthouse|stadium)\b", re.I)
TARGET_TYPE_BEFORE = re.compile(r"\btarget\s+type\s*:\s*$", re.I)
# (a part, not its people: "the camp's cook was beaten" names whom they beat)
A_PART = re.compile(r"\b(?:guardhouse|gates?|walls?|fence|towers?|tanks?|room|hall|lobby|foyer|concourse|ward|wing|basement|courtyard|offices?|warehouse|buildings?|pumps?"
                    r"|valves?|generators?|roof|windows?|entrance|perimeter|canteen|kitchen|dormitor(?:y|ies)"
                    r"|workshop|store|storeroom|armou?ry|barracks|hangar|shed|control\s+(?:room|system|centre|center))$",
                    re.I)
# past a relative clause: "A PATROL THAT WAS RETURNING TO ITS BASE WAS ATTACKED"
_RELATIVE_CLAUSE = r"\s+(?:that|which|who)\b[^.;]{0,140}?[\s,]"
# A relative clause whose object is the name: it is acted on, not acting (not another
# noun's clause: "the QFA said its men had taken the fishermen, whom it accused of spying"; "A crowd
# of residents caught a young man, Dario Venk, 22, whom they accused of stealing": the name's own verb
# before the whom, its object the whom's).
WHOM = re.compile(rf"^(?:(?!\b(?:said|says|told|claimed|had|has|have|was|were|caught|grabbed|{ACTS})\b)[^.;]){{0,60}}?"
                  r",\s+whom\b", re.I)
# A title's "of" phrase before the verb: "Judge Edric Tarrahal of the Hollvard regional
# appeals court was shot dead".
_OF_PHRASE = r"(?:of\s+(?:the\s+)?(?:[\w'-]+\s+){0,4}?[\w'-]+[\s,]*)?"
PATIENT = re.compile(rf"{TO_ITS_VERB}{_OF_PHRASE}(?:(?:was|were|had\s+been|has\s+been|have\s+been)\s+"
                     # passive: "was shot", not "was holding", nor "was behind the attack" (who did it)
                     rf"(?:\w+\s+)?(?!\w+ing\b)(?!behind\b){ACT}\b"
                     rf"|{_RELATIVE_CLAUSE}(?:was|were)\s+(?!\w+ing\b)(?!behind\b){ACT}\b"
                     # past a participle's phrase: "A police pickup truck taking prisoners back from a
                     # court hearing in Varossa was struck by a roadside bomb"
                     rf"|\s+\w+ing\b[^.;]{{0,100}}?\s(?:was|were)\s+(?!\w+ing\b){ACT}\b"
                     # "AN ARMY TRUCK ... CAME UNDER MACHINEGUN FIRE": shot at
                     rf"|(?:{_RELATIVE_CLAUSE})?[\s,]*(?:came|come|comes)\s+under\s+(?:[\w-]+\s+){{0,2}}?(?:fire|attack)"
                     # a headline's passive without "were": "after two guards shot dead in Draskov jailbreak"
                     r"|\s*(?:shot\s+dead|gunned\s+down|(?:hacked|stabbed|beaten)\s+to\s+death|killed|wounded|injured"
                     r"|kidnapped|abducted|taken\s+hostage"
                     # ... of a thing: "Capital's water cut after pumping station blown up; ..."
                     r"|blown\s+up|blown\s+apart|bombed|torched|set\s+ablaze|shelled)"
                     r"(?=\s+(?:in|at|near|on|after|as|during|outside|when)\b|\s*[,;:]|\s*$))",
                     re.I)
ATTRIBUTIVE = re.compile(rf"^\s+(?:(?!(?:said|says|told|claimed|stated|added|it|they|that|who|which)\b)[a-z][\w-]*\s+){{1,2}}"
                         rf"(?:(?:in|at|of|near)\s+[^,.;]{{0,40}}?\s)?"
                         rf"(?:was|were|had\s+been|has\s+been)\s+(?:\w+\s+)?(?!\w+ing\b){ACT}\b")
# A building walked into, then the act done in it: "an armed man entered the main post office
# in Lessar, in Kalvoy province, and took seven people hostage" (a hostage-taking's building is
# its target, as the gold's bank branches and theatre are).
ENTERED = re.compile(r"\b(?:entered|walked\s+into|went\s+into|drove\s+into)\s+(?:the\s+|a\s+|an\s+)?$", re.I)
AND_TOOK = re.compile(r"^[^.;]{0,100}?\band\s+(?:then\s+)?(?:took\s+[^.;]{0,40}?\bhostage|seized|held|opened\s+fire"
                      r"|shot|killed|stabbed|set\s+fire)\b", re.I)


# ... and further off: "the weekly market of Barza village (Kunno district) was looted", "Mesret village (...),
# some 40 km east of Barza, was shelled", "A police checkpoint on the Tessaly Bridge in
# Orvane, a river town in the region, came under attack": past a bracket and an appositive.
BRACKET = re.compile(r"\s*\([^()]*\)")
PASSIVE_ACT = re.compile(rf"^[^\w,]*"
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
HEADLINE_PASSIVE = re.compile(rf"^\s+(?:{ACTS})(?<!ing)\s+(?:at|in|on|near|outside|by|from|after|during|as)\b", re.I)
# In a battle, what rounds and shells hit is damage: "Residents said mortar rounds had
# hit the village school and several houses".
STRAY_HIT = re.compile(r"\b(?:rounds?|shells?|mortars?|rockets?|bullets?|shrapnel|missiles?|bombs?)\s+"
                       r"(?:had\s+|have\s+|also\s+)?(?:hit|struck|damaged|landed\s+on|fell\s+on|came\s+down\s+on)\s+"
                       r"(?:[\w'-]+\s+){0,6}?$", re.I)


# "attacks on a military airstrip, a base, and checkpoints": the last of a list of
# three or more is the act's object too (not "killed two guards, and police ...").
# (and by its count: "KIDNAPPED ENGINEER ROGELIO ANTEZANA MERCADO, THE MANAGER OF THE BRANCH, AND TWO TECHNICIANS")
# (an apposition up to 60 characters: "seized two teachers, Borislav Hent, the headmaster of the primary
# school in Ujvoda, and his deputy")
LAST_OF_A_LIST = re.compile(r",\s*[^,.;]{1,60},\s*(?:and|or)\s+(?:the\s+|a\s+|an\s+|\d+\s+|two\s+|three\s+|four\s+"
                            r"|five\s+|six\s+|seven\s+|eight\s+|nine\s+|ten\s+)?$", re.I)


# The object of an act just before the name: "INMATES ... TOOK FIVE GUARDS HOSTAGE AND SET
# FIRE TO THE WORKSHOPS": the guards were taken, the verb after is the inmates' too.
# The common words that end a thing's name: "Gallovey pumping station" -> "pumping station".
OWNED_THING = re.compile(r"^(?:the\s+)?[\w-]+(?:\s+[\w-]+)?['\u2019]s\s+(?P<thing>[\w-]+(?:\s+[\w-]+)?)$", re.I)
COMMON_TAIL = re.compile(r"^(?:[A-Z][\w'-]*\s+)+(?P<tail>[a-z][\w-]*(?:\s+[a-z][\w-]*)+)$")
# Where a march went: "marching on the governor's office", "marched to the district office".
MARCHED_ON = re.compile(r"\bmarch(?:ed|ing|es)?\s+(?:silently\s+|peacefully\s+)?(?:on|to|towards?|through|past)\s+"
                        r"(?:the\s+)?(?:[\w'\u2019-]+\s+){0,3}?$", re.I)
# ... unless the act was done there: "marched to the police station, where some hurled stones"
ACT_THERE = re.compile(rf"^\W*(?:where|and)\b[^.;]{{0,80}}?\b{ACT}\b", re.I)


# Set alight, what was burned between: "Protesters also set a police van alight".
# (the second of two set alight, and where it stood: "The crowd set the hall and six houses of
# congregation members beside it on fire")
SET_BEFORE = re.compile(r"\bset\s+(?:(?:the|a|an|its|their)\s+[\w'-]+(?:\s+[\w'-]+){0,2}?\s+and\s+)?"
                        r"(?:the\s+|a\s+|an\s+|its\s+|their\s+|two\s+|three\s+|four\s+|five\s+|six\s+|several\s+"
                        r"|\d+\s+)?$", re.I)
ALIGHT_AFTER = re.compile(r"^(?:\s+(?:beside|next\s+to|near|behind)\s+(?:it|them))?\s*(?:alight|ablaze|on\s+fire)\b",
                          re.I)


# The agent of a passive act: "was fired on by", "were set upon by" (who fired, not who was
# fired on).
THE_AGENT_BEFORE = re.compile(r"\b(?:was|were|been|being)\s+(?:[\w-]+\s+){0,2}?[a-z]+(?:ed|en)\s+(?:on\s+|at\s+|upon\s+)?"
                              r"by\s+(?:the\s+|some\s+|several\s+|armed\s+)?$", re.I)
# A vehicle whose driver or crew the attackers forced to go where they said: hijacked.
A_VEHICLE_NAMED = re.compile(r"(?i)\b(?:bus|minibus|coach|truck|lorry|tanker|van|ferry|boat|train|airliner|aircraft|plane)\b")
FORCED_ITS_DRIVER = re.compile(r"^[^.;]{0,160}?\bforced\s+(?:the|its)\s+(?:driver|captain|pilot|crew|skipper)\s+to\b", re.I)


# Where the guns fired from: "said army guns at Ketterage, 9 km to the south, had shelled the
# town" (Ketterage is where they stood, not what they hit; not "fired submachine guns at the
# players": their aim).
_GUNS_AT_BEFORE = re.compile(r"\b(?:guns|artillery|batteries|mortars|launchers|howitzers)\s+(?:at|in|near|on)\s+"
                             r"(?:the\s+)?$", re.I)
_FIRED_BEFORE = re.compile(r"\b(?:fired|firing|fire|fires|aimed|aiming|trained|turned|pointed|emptied)\s+(?:[\w-]+\s+){0,2}$",
                           re.I)


def guns_stood_at(before: str) -> bool:
    """Does `before` end with where the guns stood ("army guns at "), not where they were fired?"""
    guns = _GUNS_AT_BEFORE.search(before)
    return bool(guns) and not _FIRED_BEFORE.search(before[:guns.start()])
