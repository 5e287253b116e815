"""The verbs of an act (rule 15): the words next to which a name is a perpetrator
(before) or a target (after). One list, read by summarizer.verify.roles; and what a
cyber act hits, whose owner is its target."""

import re

# "the car bomb that tore through the crowd outside the Ministry": a bomb's act, and a blast
# (summarizer.verify.roles). An explosion's too, when someone set it off: "An explosion tore
# through the rail loading bay" that a group then claimed (an accident's explosion attacked
# nothing, and an accident has no targets: verify.parties); a fire's never.
BOMB_TORE = r"(?:bomb|device|explosion|blast)s?\s+(?:that\s+|which\s+)?(?:tore|ripped)"

# Two sides firing at each other: "exchanged fire", "exchanged machine-gun and mortar fire".
EXCHANGED_FIRE = r"exchang\w*\s+(?:[\w-]+\s+){0,3}?fire"

# A name in the sentence is not yet a perpetrator or a target: the sentence must put
# it in that role, next to one of these (the bomb's first: before "bomb\w*").
ACTS = (rf"{BOMB_TORE}\s+through|"
        r"attack\w*|cyber-?attack\w*|ambush\w*|storm\w*|raid\w*|target\w*|struck|strike\w*|hit|bomb\w*|shell\w*|fired|"
        r"firing|open(?:ed|ing)\s+fire|shot|shoot\w*|kill\w*|abduct\w*|kidnap\w*|seiz\w*|took|taken|captur\w*|"
        r"hack\w*|breach\w*|disabled|encrypt\w*|blew\s+up|blown\s+up|blown\s+apart|set\s+fire|burn\w*|assault\w*|"
        r"besieg\w*|overran|overrun|clash\w*|fought|fight\w*|beat\w*|stabb\w*|massacr\w*|detonat\w*|"
        r"explod\w*|rammed|looted|torched|crippl\w*|knocked|paralys\w*|paralyz\w*|infect\w*|"
        r"carried\s+out|carry\w*\s+out|behind|blew|broke|threw|throw\w*|toss\w*|stopp\w*|used|using|riot\w*|rip\w*|"
        r"went\s+off|blast\w*|wound\w*|injur\w*|dispers\w*|break\s+up|broke\s+up|cracked\s+down|ambush\w*|"
        r"hostage(?!-)|attack|march\w*|protest\w*|demonstrat\w*|struck|hijack\w*|plunder\w*|gunn\w*|hurl\w*|"
        r"plant(?:ed|ing)|shut|shutting|blows?\s+up|put\s+out\s+of\s+(?:service|action)|detain\w*|held|hold\w*|dropp\w*"
        rf"|drone\s+strike|taking|{EXCHANGED_FIRE}|trad\w*\s+fire"
        r"|burst\s+into|carried\s+off|drove\s+(?:off|away)\s+with|blocked|forced|lobbed|raked|overpower\w*|placed|doused|set\s+alight"
        r"|pelt\w*|dynamit\w*|got\s+into|broke\s+into|broken\s+into|set\s+on\s+fire|set\s+ablaze"
        # crowd control's force: "riot police drove them back with tear gas and batons" (not a
        # defence that "drove them off": verify.roles.party_role._RESPONDS)
        r"|drove\s+(?:them|the\s+\w+)\s+back\s+with\s+(?:tear\s+gas|batons|water\s+cannons?|rubber\s+bullets|clubs)"
        # "stoned riot police", "led away 11 passengers"
        r"|ston(?:ed|ing)|led\s+away|dragged\s+(?:off|away)"
        # "A military supply truck was destroyed when an IED ... detonated", "young men smashed
        # their way into at least 15 shops"
        r"|destroy\w*|smash\w*"
        # an arson: "A fire that police say was set deliberately gutted a freight warehouse"
        r"|gutted"
        # "rounded up the villagers in the square and accused them ...", "herded the men into a barn"
        r"|round(?:ed|ing)\s+up|herd(?:ed|ing)"
        # a data theft: "documents stolen from the Ministry of Foreign Affairs", "Hackers dump
        # trove of cables online"
        # piracy: "Four robbers armed with knives boarded the tanker from a wooden boat", "climbed
        # aboard the anchored bulk carrier via the anchor chain"
        r"|boarded|climbed\s+aboard"
        # a mob's: "A crowd of residents caught a young man, ..., tied him to a post ... and beat him",
        # "lynched two alleged rustlers"
        r"|tied\s+(?:him|her|them)\s+to|lynch(?:ed|ing)"
        # an intrusion: "An intruder logged into an operator workstation", "gained remote access to the
        # control system", "tampered with the dosing set point"
        r"|logged\s+into|gained\s+(?:remote\s+|unauthori[sz]ed\s+)?access\s+to|tamper(?:ed|ing)\s+with"
        # what a strike was aimed at: "the panel found that the second drone had been aimed at the rescuers"
        r"|aimed\s+at"
        r"|stole|stolen\s+from|leaked|leaking|dump(?:ed|ing|s)?|exfiltrat\w*|defac(?:ed|ing|es)"
        # a wiper or ransomware: "A cyberattack wiped servers at the operations centre of X"
        r"|wip(?:ed|ing)|eras(?:ed|ing)|scrambl(?:ed|ing)"
        # an intrusion: "an unauthorised third party gained access to parts of its IT network"
        r"|(?:gained|got|obtained)\s+(?:unauthori[sz]ed\s+|remote\s+)?access"
        # an arson: "poured fuel over the entrance of the Al-Nour Mosque ... and set it alight"
        r"|(?:poured|pouring)\s+(?:petrol|fuel|gasoline|kerosene|diesel|paraffin)"
        # police against a crowd: "charging the crowd with batons"
        r"|charg(?:ed|ing)(?!\s+(?:with|over|in\s+connection))|moved\s+in\s+with"
        # a looting: "Looters stripped dozens of shops in the old town"
        r"|stripped"
        # fans who "fought running battles ... before both groups turned on the riot police";
        # "Kessari militiamen ... battled Moru fighters"
        r"|turned\s+on|battl(?:ed|ing)"
        # "ROBBED THE LOCAL BRANCH OF THE BANCO AGRARIO"
        r"|robb(?:ed|ing)"
        # "Armed men in two speedboats boarded a fishing boat"; "A suicide bomber drove a car
        # packed with explosives into an army checkpoint"
        r"|boarded|drove\s+(?:[\w-]+\s+){1,6}?into"
        # a ramming: "a car that ploughed into a crowd", "said he had steered into the crowd
        # deliberately", "A minibus was driven into a group of young men", "drove at the group"
        r"|plough(?:ed|ing)\s+into|plow(?:ed|ing)\s+into|steer(?:ed|ing)\s+(?:[\w-]+\s+){0,4}?into"
        r"|driven\s+(?:at|into)|drove\s+at|mow(?:ed|ing)\s+down"
        # an arson told with its object between: "set the building on fire", "setting fire to homes"
        r"|set\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+|his\s+|her\s+)?(?:[\w-]+\s+){1,3}?(?:on\s+fire|alight|ablaze)"
        r"|setting\s+fire|sets\s+fire"
        # "who they said had led the mob"
        r"|led\s+the\s+(?:mob|attack|raid|crowd|assault|gang|attackers|raiders|rioters|lynching)"
        # "a young man had wheeled the barrow into the market" (a bomb in it)
        r"|(?:wheel|push)(?:ed|ing)\s+(?:[\w-]+\s+){1,4}?into"
        # "Armed men swept into an artisanal gold mining camp"
        r"|swept\s+into"
        # "An explosive charge tore apart a section of the Kalmuth-Orvanto railway line"
        r"|tore\s+(?:apart|up|open)|ripped\s+(?:apart|up|open)|blew\s+apart"
        # "Explosive charges wrecked a valve station", "explosive charges brought down three
        # towers", "an explosive charge cut the Ezreth-Quorsa railway line" (a charge's "cut",
        # not "the loss of the line cut power to 310,000 customers")
        r"|wreck(?:ed|ing)|brought\s+down|bringing\s+down|toppl(?:ed|ing)"
        r"|(?<=charge\s)cut|(?<=charges\s)cut|(?<=bomb\s)cut|(?<=blast\s)cut|(?<=explosion\s)cut"
        # "armed men ... set off explosive charges on its four pumps" (not a journey's "set off")
        r"|set\s+off\s+(?:an?\s+|the\s+|their\s+|its\s+|two\s+|three\s+|four\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?:charges?|bombs?|explosives?|devices?|blasts?|explosions?)"
        # a timeline's present tense: "officers fire tear gas and water cannon at the crowd"
        # (what is fired, so that "a fire on the third floor" stays a noun)
        # ransomware's act, and a headline's present tense: "Ransomware locked up the billing
        # platform ... of Tarsel Valley Water", "Ransomware hits Tarsel Valley Water"
        r"|lock(?:ed|ing)\s+up|locked\s+(?:the|its|their)|hits"
        r"|fires?\s+(?:tear\s*gas|live\s+(?:rounds|ammunition|bullets)|rubber\s+bullets|warning\s+shots|shots"
        r"|water\s+cannon|rockets?|mortars?|shells)")


# "the cargo systems of the Vessary Port Authority, which runs ..., were knocked out": the
# owner of what was hit is the target, however far its passive act comes (not a place phrase).
# (summarizer.records.parties reads the owner of the same things, and of mailboxes)
SYSTEMS_OWNED = (r"systems?|networks?|servers?|computers?|data|databases?|records|websites?|apps?|accounts?"
                 r"|platforms?|portals?|services?|(?:home\s+|web\s*)?pages?")
SYSTEMS_OF = re.compile(rf"\b(?:{SYSTEMS_OWNED})\s+(?:of|at|belonging\s+to)\s+(?:the\s+|[A-Z][\w-]*['\u2019]s\s+)?$",
                        re.I)
# ... out of use after an attack: "The online filing portal of Corvela's State Revenue Service
# was unreachable for most of Friday ... after ... a denial-of-service attack".
# ("... were knocked offline ... by an HTTPS request flood"; "The home page of the Ministry of
# Agriculture's website was replaced with a cartoon": defaced)
SYSTEMS_DOWN = re.compile(r"^[^.;]{0,80}?\b(?:(?:was|were|went)\s+(?:\w+\s+)?(?:unreachable|offline|down|unavailable"
                          r"|disrupted|inaccessible)\b[^.;]{0,160}?\b(?:attack|(?:request|traffic|packet)\s+flood"
                          r"|ddos|denial[\s-]of[\s-]service)"
                          r"|(?:was|were|had\s+been)\s+(?:defaced|replaced\s+(?:with|by)))", re.I)
# ... or knocked out by it: "A distributed denial-of-service attack knocked the customs
# declaration portal of Ovelund's Ministry of Finance offline" (before the owner, after it).
KNOCKED_BEFORE = re.compile(r"\b(?:knock(?:ed|s|ing)|took|takes|taking|brought|brings)\b[^.;]{0,100}$", re.I)
KNOCKED_OFF_AFTER = re.compile(r"^\s*(?:offline|down|out\s+of\s+(?:service|action))\b", re.I)
# "Calder Health, which runs nine hospitals, said its systems were working again, a week
# after a ransomware attack on its network": the subject whose systems were hit is the target.
ITS_SYSTEMS_HIT = re.compile(
    rf"\b(?:(?:cyber)?attack\w*|breach\w*|intrusion|hack\w*)\s+(?:on|of|into)\s+its\s+(?:[\w-]+\s+)?(?:{SYSTEMS_OWNED})\b"
    rf"|\bits\s+(?:[\w-]+\s+)?(?:{SYSTEMS_OWNED})\s+(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:\w+\s+)?"
    r"(?:hit|attacked|encrypted|breached|hacked|compromised|knocked\s+out|taken\s+offline|broken\s+into)\b"
    # "after a ransomware attack ... scrambled the servers that hold its exam papers"
    rf"|\b(?:cyber)?attack\b[^.;]{{0,60}}?\b(?:scrambled|encrypted|hit|crippled|disabled|locked)\s+the\s+"
    rf"(?:[\w-]+\s+)?(?:{SYSTEMS_OWNED})\s+(?:(?:that|which)\s+(?:hold|holds|run|runs|store|stores|host|hosts)"
    # "had encrypted the servers running its cargo-tracking and customs clearance systems"
    r"|holding|running|storing|hosting)\s+its\b"
    # "a ransomware attack had forced it to halt production at four of its six plants"
    r"|\b(?:cyber|ransomware\s+)?attack\s+(?:had\s+|has\s+)?(?:forced|forcing)\s+it\s+to\s+(?:halt|shut|stop|suspend"
    r"|close|take)\b"
    # "intruders ... had copied files from a customer-support database at its data centre"
    rf"|\b(?:copied|stole|downloaded)\s+(?:[\w-]+\s+){{0,2}}?from\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}?(?:{SYSTEMS_OWNED})"
    r"\s+(?:at|of|in)\s+its\b"
    # "after a flood of junk traffic overwhelmed its servers"
    rf"|\b(?:overwhelmed|flooded|took\s+down|knocked\s+out|crippled|disabled|encrypted|scrambled|shut\s+down"
    # "an unauthorised third party deployed ransomware on the operational technology network of its flour mill"
    rf"|(?:deployed|planted|installed)\s+(?:ransomware|malware)\s+on"
    # "Marrowkite had broken into its network"
    rf"|broken\s+into|broke\s+into|breached|hacked\s+into|got\s+into"
    # "today confirms that an unauthorised third party gained access to parts of its IT network"
    rf"|(?:gained|got|obtained)\s+(?:unauthori[sz]ed\s+|remote\s+)?access\s+to(?:\s+(?:parts?|some|much|all)\s+of)?"
    # "confirmed ... that hackers had stolen its register of firearms licences"
    rf"|stolen|stole|copied|leaked"
    # "the attackers had been inside its network for several weeks"
    rf"|(?:had\s+been|have\s+been|has\s+been|were|was)\s+(?:\w+\s+)?inside|got\s+inside)\s+"
    # ("had encrypted its billing and customer-service servers"; "had encrypted the servers
    # of its national sorting centre")
    # ("had encrypted the servers that calculate and pay monthly pensions at its data centre")
    rf"(?:its\s+(?:[\w-]+\s+){{0,3}}?(?:{SYSTEMS_OWNED}|registers?|files|archives?)\b"
    rf"|the\s+(?:[\w-]+\s+){{0,2}}?(?:{SYSTEMS_OWNED})\s+(?:(?:that|which)\s+[^.;,]{{0,60}}?\s)?(?:of|at)\s+its\b"
    # "ransomware had encrypted the servers running its cargo-tracking ... systems"
    rf"|the\s+(?:[\w-]+\s+){{0,2}}?(?:{SYSTEMS_OWNED})\s+(?:running|holding|hosting|storing)\s+its\b)",
    re.I)


# "a threat actor first gained access to Hollinsfield's network": whose systems were broken into.
_ACCESS_TO = re.compile(r"\b(?:gained|got|obtained|had)\s+(?:unauthori[sz]ed\s+|remote\s+)?access\s+to\s+(?:the\s+)?$",
                        re.I)
_ITS_SYSTEMS_AFTER = re.compile(rf"^['\u2019]s\s+(?:[\w-]+\s+)?(?:{SYSTEMS_OWNED})\b", re.I)


def owner_hit(before: str, after: str) -> bool:
    """Is the name between `before` and `after` the owner whose systems a cyber act
    hit (ITS_SYSTEMS_HIT): the sentence's subject ("X, a private group ..., said ...
    after a ransomware attack on its network"), or the last name before "its", no
    other name between ("records of patients of X were published ..., a fortnight
    after its servers were broken into")?"""
    if _ACCESS_TO.search(before) and _ITS_SYSTEMS_AFTER.match(after):
        return True
    hit = ITS_SYSTEMS_HIT.search(after)
    if hit is None:
        return False
    if re.fullmatch(r"(?i)\W*(?:the\b\W*)?", before):
        return True
    # a day or a month is no other name: "... by hand on Wednesday, three days after hackers shut down its"
    # (nor a short form defined in brackets: 'Kestrowe Milling Group plc ("Kestrowe" or "the Company")
    # announces that ...')
    between = re.sub(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|^\s*\([^()]{0,60}\)"
                     r"|\b(?:January|February|March|April|May|June|July"
                     r"|August|September|October|November|December)\b", "", after[:hit.start()])
    return len(between) <= 160 and not re.search(r"\b[A-Z]", between)


# The one a blast was meant for, by what befell them: "JUSTICE ESCAPES CAR BOMB IN CASTRELO"
# (after the name), "A CAR BOMB EXPLODED ... AS THE CAR OF SUPREME COURT JUSTICE HERNAN
# SALCEDO RICAURTE DROVE PAST" (the car, and whose car it was; before and after the name).
ESCAPED_IT = re.compile(r"^\s+(?:narrowly\s+)?(?:escapes?|escaped|survives?|survived)\s+(?:an?\s+|the\s+)?"
                        r"(?:[\w-]+\s+){0,2}?(?:bomb\w*|attack|ambush|assassination\s+attempt|shooting|blast)\b", re.I)
WENT_OFF_AS = re.compile(r"\b(?:exploded|went\s+off|blew\s+up|detonated)\b[^.;]{0,100}?\bas\s+(?:the\s+)?"
                         r"(?:(?:car|convoy|motorcade|vehicle|jeep|bus)\s+(?:of|carrying)\s+(?:[\w-]+\s+){0,4}?)?$", re.I)
DROVE_PAST = re.compile(r"^\s+(?:drove|passed|was\s+passing|went|was\s+driving)\s+(?:past|by)\b", re.I)

# The doer named by the police: "The man who fired the shots has been identified as Oskar Pellinen".
IDENTIFIED_AS_THE_DOER = re.compile(
    rf"\b(?:man|woman|gunman|attacker|assailant|suspect|person|driver|bomber)\s+who\s+(?:had\s+)?(?:{ACTS})\b"
    r"[^.;]{0,60}?\b(?:(?:has|had)\s+been|was|is)\s+(?:identified|named)\s+as\s+$"
    # the doer by what they did, no verb needed: "The attacker has been identified as Tomas
    # Vinter", "Police named the bus park attacker on 15 May as Stepan Orlic" (not "the driver":
    # a bus's driver may be its victim)
    r"|\b(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:attacker|assailant|gunman|knifeman|bomber|killer|arsonist)\s+"
    r"(?:(?:has|had)\s+been|was|is)\s+(?:identified|named)\s+as\s+$"
    r"|\b(?:named|identified)\s+the\s+(?:[\w-]+\s+){0,3}?(?:attacker|assailant|gunman|knifeman|bomber|killer"
    r"|arsonist)\s+(?:(?:on|late|early)\s+[^.;,]{1,30}?\s+)?as\s+$"
    # an official's reading of the act: 'said the arson bore "every mark" of the Orvenik Patriotic
    # Sentinels', "had all the hallmarks of"
    r"|\b(?:attack|arson|bombing|fire|blast|killing|shooting|raid|ambush)\s+(?:bore|had|carried)\s+"
    r"[\"'\u201c\u2018]?(?:every|all\s+the)\s+(?:mark|hallmark|sign)s?[\"'\u201d\u2019]?\s+of\s+(?:an?\s+|the\s+)?$", re.I)
