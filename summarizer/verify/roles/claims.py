"""Who speaks of the act, who claims it and who is blamed for it: a claim's words before and
after a name, a source's "said", a comment that is no claim, a counter-blame, a denial."""

from __future__ import annotations

import re

from summarizer.verify.acts import ACTS
from summarizer.verify.cues import TOLL_GIVEN

_CLAIM = re.compile(r"\b(?:claim\w*|blam\w*|attribut\w*|suspect\w*|accus\w*|responsib\w*|by|belong\w*\s+to"
                    # (the group whose members they are, right before its name: not "fighters of the
                    # Front exchanged fire near the village of Dobra")
                    r"|(?:members?|fighters|militants)\s+of(?=\s+(?:the\s+)?$)|linked\s+to"
                    # "the police commander said the kidnapping was the work of the CAP"
                    r"|the\s+work\s+of"
                    # "the Interior Ministry said Tenth Pike was a front for hackers of the military
                    # intelligence service of neighbouring Vardeshka" (not "the Popular Front for ...")
                    r"|\ba\s+front\s+for"
                    # "The attackers, who left a message on the locked screens signed "Sable Nine""
                    r"|signed(?=\s+(?:the\s+)?[\"'\u201c\u2018]?$))\b", re.I)
CLAIMED = re.compile(r"\b(?:claim\w*|responsib\w*|belong\w*\s+to)\b", re.I)  # after the name
_RELATIVE = re.compile(r",\s*(?:who|which)\b", re.I)
_AND_THAT = re.compile(r"\band\s+that\b", re.I)
# "A FORMER PROGRAMMER OF THE HOSPITAL, DISMISSED IN JANUARY, HAD BEEN ARRESTED AND HAD CONFESSED TO
# LOADING THE PROGRAM": who did it, by his own word
CONFESSED = re.compile(r"\bconfess(?:ed|es|ing)\s+to\b", re.I)
CLAIMS_NEXT = re.compile(r"^\s*,\s*(?:also\s+)?claimed\b", re.I)
# "the Tulgan Free Brigades, an armed group that has set up checkpoints ..., was responsible"
APPOSITIVE = re.compile(r"^\s*,[^,;.]{0,160},")


def claimed_before(before: str) -> bool:
    """A word of claim or agency before a name: "claimed by", "blamed on", "by";
    not a "by" of someone else a relative clause then tells more of ("set ablaze by
    hundreds of young men, who then turned on the riot police")."""
    # (nor a "by" another clause follows: 'LAID BY "BRACKONIAN INFILTRATORS" AND THAT ARMY SAPPERS')
    return any(not (m.group().lower() == "by" and (_RELATIVE.search(before[m.end():])
                                                   or _AND_THAT.search(before[m.end():])))
               and not _HARMED_MEMBERS.search(before[:m.end()]) and not _NEVER_BELONGED.search(before[:m.end()])
               for m in _CLAIM.finditer(before))


# Its members harmed, not acting: "one of its drones had struck the car and killed four
# fighters of the Sarvellin Liberation Vanguard"; and a membership denied: "none of them had
# ever belonged to the VLF".
# (not "These were fighters of the Red Shepherds' Army": the attackers named)
# (or struck from the air: 'one of its drones had struck "a gathering of armed fighters of the Valdrask
# Valley Front"': the strike's aim)
_HARMED_MEMBERS = re.compile(r"\b(?:killed|killing|wounded|wounding|injured|captured|capturing|arrested|detained"
                             r"|struck|hit|targeted|bombed|shelled)\s+"
                             r"(?:[\w\"\u201c'-]+\s+){0,4}?(?:members?|fighters|militants)\s+of$", re.I)
_NEVER_BELONGED = re.compile(r"\b(?:never|not|none\b[^.;]{0,40}?\bever)\b[^.;]{0,20}?\bbelong\w*\s+to$", re.I)


# A group that owns its dead as fighters of the fight: "THE CSP SAID IN A COMMUNIQUE ... THAT THE
# TWO MEN WERE ITS MEMBERS AND HAD \"FALLEN IN COMBAT.\"" (not "said the dead were not its members")
OWNS_ITS_FALLEN = re.compile(r"^\s+said\b[^.;]{0,120}?\b(?:were|was)\s+its\s+(?:members|fighters|militants|comrades)"
                             r"\b[^.;]{0,60}?\b(?:fallen|fell|died|killed)\s+(?:in\s+)?[\"\u201c]?"
                             r"(?:in\s+)?(?:combat|fighting|battle|action|the\s+clash)", re.I)
_MEMBERS_OF_BEFORE = re.compile(r"\b(?:members?|fighters|militants)\s+of\s+(?:the\s+)?$", re.I)
_WHO_WERE_HARMED = re.compile(r"^\s*,?\s*(?:who|that)\s+(?:had\s+been|were|was|have\s+been|died|had\s+died)"
                              r"(?:\s+(?:killed|shot|wounded|injured|captured|arrested|detained)\b|(?<=died))", re.I)


def dead_members_of(before: str, after: str) -> bool:
    """A group named as the one the dead belonged to, told after them: "the 4 were members of the
    Sable Lantern Front who had been killed in an exchange of fire" (`_HARMED_MEMBERS` the other
    way round)."""
    return bool(_MEMBERS_OF_BEFORE.search(before) and _WHO_WERE_HARMED.match(after))


# "a communique issued this morning by the army's 4th Brigade": a source, not the act's "by".
# (An official body only: "leaflets signed by the Front", "a statement issued by the FLN" claim it.)
SOURCE_BY = re.compile(r"\b(?:issued|released|published|read|broadcast)\b[^.;]{0,40}?\bby\s+(?:the\s+)?$", re.I)
OFFICIAL = re.compile(r"\b(?:army|army's|police|military|ministry|government|command|brigade|authorit\w*)\b", re.I)
# A ransomware gang's claim: "Glasshouse added Tarsel Valley Water to its leak site".
_ITS_LEAK_SITE = r"(?:to|on)\s+its\s+(?:[\w-]+\s+)?(?:leak|extortion|shame|victim)\w*\s+(?:site|blog|page|portal)"
LEAK_SITE = re.compile(rf"^\W*(?:\w+\s+){{0,2}}?(?:added|listed|named|posted)\b[^.;]{{0,80}}?\b{_ITS_LEAK_SITE}"
                       # "Grey Heron posted about 41,000 files in a password-free archive": the stolen data
                       r"|^\W*(?:posted|published|released|dumped|leaked)\s+(?:about\s+|some\s+|more\s+than\s+)?"
                       r"[\d,]+\s+(?:[\w-]+\s+)?(?:files|documents|records|emails|e-mails|cables|gigabytes|GB)\b",
                       re.I)


# "The police said 14 officers and 37 rebels were killed": the source of a figure
# (not "The Front said it carried out the attack", a claim).
SPEAKER = re.compile(r"^\W*(?:said|says|reported|announced|stated|added|confirmed)\s+(?:that\s+)?"
                     r"(?:at\s+least\s+|about\s+|some\s+|more\s+than\s+)?\d", re.I)


SAID_AFTER = re.compile(r"^(?:\s+of\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}?[\w'-]+"
                        # "the hospital's director said": its staff speaking, not it attacked
                        r"|['\u2019]s\s+(?:[\w-]+\s+){0,2}?(?:director|spokes\w+|head|chief|manager|staff"
                        r"|doctors?|officials?)(?:,\s+[^,;]{1,40},)?)?\s*,?\s+(?:said|says|told|reported"
                        r"|announced|added|stated|confirmed"
                        # "the health ministry gave the toll as four dead": a source of the figures
                        r"|gave\s+(?:the|its|a)\s+(?:[\w-]+\s+)?(?:toll|figure|count|number)"
                        r"|put\s+(?:the|its)\s+(?:[\w-]+\s+)?(?:toll|figure|count|number))\b", re.I)


# From a name to its own verb: an appositive between ("Lira Santek, the police chief,
# blamed ..."), a comma, an adverb.
TO_ITS_VERB = r"^(?:\s*,[^,.;]{0,120},)?[\s,]*(?:(?:later|also|then)\s+)?"
# ... and past a place after it, for those who speak: "THE ARMY COMMAND IN CORALINA REPORTED".
_TO_ITS_SAYING = TO_ITS_VERB + r"(?:(?:in|at|of|for)\s+[\w'-]+(?:\s+[\w'-]+){0,2}?\s+)?"
# "claimed responsibility via its Nadhir news agency", "in a statement carried by the
# Amaq agency": the channel a claim went out on, not who did it.
CHANNEL_BEFORE = re.compile(r"\b(?:via|through|carried\s+by|published\s+by|posted\s+(?:on|by)|broadcast\s+(?:on|by)"
                            r"|relayed\s+by|on)\s+(?:its\s+|the\s+|an?\s+)?(?:own\s+)?$", re.I)
CHANNEL = re.compile(r"\b(?:news\s+agency|agency|channel|website|outlet|radio|newspaper|media(?:\s+arm)?|telegram)\b",
                     re.I)
# "The LLC denied any part in the shelling and blamed an army artillery unit": an accused
# party's counter-blame, not an attribution; so are "the army denied firing on Zorinsk and said
# the Kirrun Liberation Front (KLF) ... had shelled the town itself" and a headline's "DEFENCE
# MINISTRY DENIES, BLAMES GUERRILLA MORTARS".
DENIED_AND_BLAMED = re.compile(r"\bden(?:ied|ies)\b[^.;]{0,80}?(?:\band|,)\s+(?:blamed|blames|said|says|accused|accuses"
                               r"|attributed\s+(?:it|them|the\s+\w+)\s+to)\s+(?:that\s+)?"
                               r"[\"'\u201c\u2018]?(?:the\s+|an?\s+)?(?:(?!by\b)[\w'-]+\s+){0,4}\(?$", re.I)
COMMENTS = re.compile(rf"{_TO_ITS_SAYING}(?:said|says|blamed|condemned|urged|accused|told|warned|denied|called"
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
            # an air force's own strike told by what its drones did: "The Dovrenyan Air Force said its
            # drones had killed three VLF fighters in the car" (not "its soldiers had been killed")
            r"|\bits\s+(?:own\s+)?(?:aircraft|warplanes?|jets?|drones?|helicopters?|gunships?|artillery|gunners)\s+"
            r"(?:had\s+|have\s+)?(?:killed|struck|hit|destroyed|bombed|shelled|targeted)\b"
            # "the Red Meadow Cells said they had set it off": the device its own
            r"|\b(?:it|they)\s+(?:had\s+|has\s+|have\s+)?(?:set\s+(?:it|them)\s+off|planted\s+(?:it|them)"
            r"|detonated\s+(?:it|them))\b"
            # "said on a messaging channel that Orlic had acted on its orders": the doer its own
            r"|\b(?:acted|struck|attacked|carried\s+out\s+the\s+\w+)\s+on\s+its\s+(?:orders|instructions|behalf)\b")
# A claim after a post: "posted screenshots of the plant's control screens ... and said its
# members had changed the dose" (the post's own words; a post alone is no claim).
POSTED_AND_SAID = re.compile(r"^\s+(?:posted|published|put\s+out)\b[^.;]{0,160}?\band\s+(?:said|claimed|wrote)\b",
                             re.I)
OWN_CLAIM = re.compile(r"\b(?:it|they|we|its|their|our)\s+(?:had\s+|has\s+|have\s+)?(?:own\s+)?"
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
SAID_IT_DID = re.compile(_OWN_ACT, re.I)


def short_name_did(name: str, said: str) -> bool:
    """Its own claim by its short name: "A MAN WHO SAID HE BELONGED TO THE PEOPLE'S ARMED
    COMMANDOS, ..., SAID THE COMMANDOS HAD PLACED THE BOMB" ("the Front", "the Brigades")."""
    words = name.split()
    if len(words) < 2 or not words[-1][:1].isupper():
        return False
    return bool(re.search(rf"\bthe\s+{re.escape(words[-1])}\s+(?:had|have|has)\s+(?:{ACTS})\b", said, re.I))


# One act denied, another claimed: "denied any part in the rail attack but claimed the burning of the masts".
BUT_CLAIMED = re.compile(r"\bbut\s+(?:it\s+|they\s+)?claimed\b", re.I)
# A claim said not to have been made: "but did not say it had carried it out", "but did not claim it".
NOT_CLAIMED = re.compile(r"\b(?:did|does|do|would|could)\s+not\s+(?:say|claim|state|admit|confirm|indicate)\b[^.;]*",
                         re.I)
# The group a faction left: "the FTV, a faction that broke away from the TPM last year, said ...
# its fighters had planted the bomb" claims for the faction, not for the parent.
PARENT_BEFORE = re.compile(r"\b(?:broke\s+away|split(?:\s+off)?|splintered|breaking\s+away|seceded)\s+from\s+"
                           # (and its acronym after its name: "from the Tulven People's Movement (TPM)")
                           r"(?:the\s+)?(?:(?:[\w'\u2019-]+\s+){1,6}\(\s*)?$|\b(?:faction|splinter\s+group|offshoot|breakaway\s+wing)\s+of\s+(?:the\s+)?$",
                           re.I)
# Who the attackers were, as an official names them: "said ... that the attackers were
# fighters loyal to Bonaventure Mabeyo" (not "were seen", "were killed": no copula then).
ATTACKERS_WERE = re.compile(r"\bthe\s+(?:attackers|gunmen|assailants|kidnappers|bombers|raiders|killers)\s+"
                            r"(?:were|was)\s+(?:(?:all|probably|likely)\s+)?(?:members\s+of\s+)?(?:the\s+)?$", re.I)


# A group's own statement that one of its men did what the incident tells: "said in a
# statement on Tuesday that one of its fighters had driven the truck" claims it (not "that
# two of its fighters had been killed").
ITS_MAN_DID = re.compile(r"^[^.;]{0,80}?\bthat\s+(?:one|two|three|some|several|\w+)\s+of\s+(?:its|their)\s+"
                         r"(?:own\s+)?(?:fighters|members|men|militants|commandos|operatives|volunteers|martyrs)\s+"
                         r"(?:had|has|have)\s+(?!been\b)[a-z]+(?:ed|en|ove|ew|ook|ent|ot|ode)\b", re.I)


# A party blamed by one that is no authority, denied or not: an accusation, no attribution
# ("officials name it" makes a perpetrator; a union, a party or relatives do not).
BLAMED_BY_A_SIDE = re.compile(r"(?:\b(?:union|party|residents|villagers|relatives|families|opposition|activists|students"
                              r"|witnesses|elders|rebels|group|editor|employer|colleagues|lawyers?|widow)"
                              # "Radio Sanmarra's director blamed the Verkhal timber syndicate": the victim's side
                              r"|['\u2019]s\s+(?:director|owner|editor|manager|lawyer|family|widow|son|daughter)"
                              # a rival in a vote: "The opposition Valdessan Labour Front blamed the Young
                              # Patriots", "Relc's campaign chief blamed the New Dawn Alliance", "FDT SECRETARY
                              # GENERAL ROSA ECHAGUE BLAMED ..."
                              r"|\bopposition\s+(?:(?-i:[A-Z])[\w'\u2019-]*\s+){1,5}?(?:\((?-i:[A-Z]{2,8})\)\s+)?"
                              r"|\bcampaign\s+(?:chief|manager|director|spokes\w+|team|office)"
                              r"|\bsecretary[\s-]+general\s+(?:(?-i:[A-Z])[\w'\u2019-]*\s+){0,3}?"
                              r"|\bparty['\u2019]?s?\s+(?:leader|chairman|chairwoman|chair|spokes\w+|secretary|officials?)"
                              # a side at war blaming its enemy: "The Dunsewell Liberation Movement (DLM), which
                              # holds the hills around the village, blamed the army"
                              r"|\b(?:movement|front|brigades?|vanguard|militia)\s*(?:\((?-i:[A-Z]{2,8})\)\s*)?"
                              r"(?:,\s*(?:which|who)\b[^.;]{0,100}?,\s*)?)"
                              r"\s*(?:had\s+|has\s+)?(?:blamed|accused)\s+(?:the\s+)?"
                              r"(?:[\w'-]+\s+){0,3}$", re.I)


# A rumour's party: "Early posts on social media had blamed the hacktivist group Null Tide".
RUMOURED = re.compile(r"\b(?:posts?|rumou?rs?|users|accounts|commentators)\s+(?:on\s+(?:social\s+media|[\w-]+)\s+)?"
                      r"(?:had\s+|have\s+)?(?:blamed|accused|named|pointed\s+(?:at|to))\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$",
                      re.I)


# Held responsible: "THE MINISTRY HOLDS THE FAPCA LEADERSHIP RESPONSIBLE FOR THEIR LIVES".
HOLDS = re.compile(r"\bhold(?:s|ing)?\s+(?:the\s+)?$|\bheld\s+(?:the\s+)?$", re.I)
RESPONSIBLE_AFTER = re.compile(r"^\s+(?:directly\s+|personally\s+|fully\s+)?responsible\b", re.I)
FOR_THEIR_LIVES = re.compile(r"^\s+(?:\w+\s+)?responsible\s+for\s+(?:their|his|her|the)\s+(?:\w+\s+)?"
                             r"(?:lives|life|safety|fate|well-?being)\b", re.I)


# The one a ransomware gang lists on its leak site: "added Corrabel to its leak site".
LISTED_BEFORE = re.compile(r"\b(?:added|listed|named|posted)\s+(?:the\s+)?$", re.I)
ON_ITS_LEAK_SITE = re.compile(rf"^\s+{_ITS_LEAK_SITE}", re.I)


# A party cleared, or its own denial its only word: "no evidence linking the attack to the
# gang"; "THE UNION (SINTRAGAS), WHOSE MEMBERS HAVE BEEN ON STRIKE ..., DENIED ANY INVOLVEMENT"
# (not "blamed the Guard, a militia, which denied involvement": named by the police).
NO_EVIDENCE_BEFORE = re.compile(r"\b(?:no|little)\s+(?:evidence|proof|indication|sign)\s+(?:that\s+|linking\s+|tying\s+"
                                r"|connecting\s+|implicating\s+|of\s+)[^.;]{0,60}?$"
                                r"|\bruled\s+out\s+(?:any\s+)?(?:involvement|role)\s+(?:by|of)\s+(?:the\s+)?$", re.I)
ITS_OWN_DENIAL = re.compile(r"^\)?(?:\s*,\s*(?!which\b|that\b)[^;]*?,)?\s+(?:has\s+|had\s+|have\s+)?(?:denied|rejected)\s+"
                            r"(?:any\s+|all\s+)?(?:involvement|responsibility|role|part|links?)\b"
                            # (not a denial of one act beside the claim of another: "denied any part in
                            # the rail attack but claimed the burning of the masts")
                            r"(?![^.;]*?\bbut\s+(?:it\s+|they\s+)?claimed\b)", re.I)
# What an act was on: "the attack on the substation", "the bombing of the pipeline".
ATTACK_ON_BEFORE = re.compile(r"\b(?:attacks?|bombings?|raids?|ambush(?:es)?|assaults?|blasts?)\s+(?:on|of|against)\s+"
                              r"(?:the\s+|its\s+|their\s+)?(?:[\w'\u2019-]+\s+){0,3}?$", re.I)
# ... with the blamed party after it ("blamed the attack on X" alone names X the doer)
BLAMED_ON_NEXT = re.compile(r"^\s+on\s+(?:the\s+)?\S", re.I)


OWN_ACRONYM = re.compile(r"^\s*\((?-i:[A-Z][A-Z0-9&-]{1,9})\)")


# A body's people who speak: "hospital officials and witnesses said", "police sources told" (a
# source, not what was attacked).
ITS_PEOPLE_SAID = re.compile(r"^['\u2019]?s?\s+(?:officials|doctors|staff|sources|spokes(?:man|woman|person)|director)\b"
                             r"[^.;]{0,40}?\b(?:said|says|told|reported)\b", re.I)
# The body an official names behind the group that did it: "IS AN ARM OF THE VAP".
AN_ARM_OF = re.compile(r"\b(?:is|was|are|were)\s+(?:an?\s+|the\s+)?(?:armed\s+|urban\s+|military\s+)?"
                       r"(?:arm|wing|unit|cell|front)\s+of\s+(?:the\s+)?$", re.I)
