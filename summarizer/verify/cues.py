"""The words that say what kind of event a sentence reports (verification rule 11;
summarizer.verify.event_types uses them): stems matched at the start of a word,
with the words that start like one but are not it ("damaged" has no dam), and the
phrases that only look like one ("took place", "a drone strike", "2 March",
"without further fighting")."""

from __future__ import annotations

import functools
import re

EVENT_CUES: dict[str, tuple[str, ...]] = {
    "armed attack": (
        "attack", "ambush", "gunm", "gunfire", "gunpoint", "shot", "shoot", "fired", "opened fire", "raid",
        "storm", "stormed", "storming", "assail", "assault", "armed", "militant", "insurgent", "rebel", "jihad",
        "stab", "machete", "machinegun", "machine-gun", "machine gun", "under fire",
        "massacre", "killed", "killing", "murder", "assassin", "terror", "sniper", "strike", "struck",
        "set fire", "set on fire", "torch", "arson",  # a fire set by attackers is an armed attack (docs/eval.md)
        "set alight", "set ablaze", "petrol bomb", "molotov", "firebomb",  # ... thrown to set it ("threw petrol bombs")
    ),
    "bombing/explosion": (
        "bomb", "explo", "blast", "blew", "detonat", "ied", "grenade", "landmine", "mine", "shell", "rocket",
        "mortar", "suicide", "car bomb", "device", "blown up", "dynamit",
        # a strike from the air is a bombing (the gold's drone strikes); cue_words writes
        # "drone strike" as one word, so that no workers' strike is read in it
        "missile", "airstrike", "dronestrike",
    ),
    "battle/clash": (
        "clash", "battle", "fight", "fought", "combat", "firefight", "gunfight", "shootout", "offensive", "skirmish",
        "exchange",
        "repel", "assault", "attack", "troops", "offensive", "shelling", "front",
    ),
    "abduction": (
        "abduct", "kidnap", "taken", "took", "seiz", "hostage", "captive", "captur", "snatch", "ransom",
        "held", "hijack",
        # "ARMED MEN ... LED AWAY SEVEN OF ITS CREW" (not "carried off", said of rifles as of people)
        "led away", "marched off",
    ),
    "riot/protest": (
        "protest", "riot", "demonstrat", "march", "strik", "unrest", "tear gas", "teargas", "water cannon",
        "rally", "mob", "crowd", "looting", "loot", "uprising", "revolt", "mutin",
        # a log's "Disturbance and assault on staff": prisoners refusing their cells and attacking officers
        "disturbance",
        # football crowds: "fans storm pitch", "invaded the pitch", "hooligans"
        "storm pitch", "stormed the pitch", "invaded the pitch", "pitch invasion", "hooligan",
        # a crowd's missiles: "turned on the officers, pelting them with bottles", "a coach ... was
        # stoned by a group of about 30 men" (gunmen shoot; crowds pelt and stone)
        "pelt", "stoned", "stoning", "stone-throw", "threw stones", "throwing stones", "hurled stones",
        "hurling stones", "hurling bottles", "hurled bottles", "threw bottles", "throwing bottles",
        # a crowd's own weapons: rival supporters "fought each other with stones and sticks",
        # "FOUGHT WITH STONES, BOTTLES AND CLUBS" (not youths "with stones, clubs and machetes":
        # the gold's communal clash is a battle)
        "fought each other with stones", "fought with stones", "with stones and sticks", "with stones, bottles",
        # ... either way round: "Supporters of the CUP and of the VFP fought each other with sticks and stones"
        "with sticks and stones", "fought each other with sticks",
    ),
    "natural disaster": (
        "earthquake", "quake", "aftershock", "tremor", "magnitude", "flood", "storm", "cyclone", "hurricane", "typhoon",
        "tornado", "landslide", "mudslide", "tsunami", "erupt", "volcan", "drought", "wildfire", "bushfire",
        "forest fire", "rain", "hail", "avalanche", "heatwave", "heat wave", "lightning", "wind", "blizzard",
        "snow", "surge", "monsoon",
        # a cue starts a word: "thunderstorms" holds no "storm" at its start
        "thunderstorm", "rainstorm", "hailstorm", "windstorm", "snowstorm", "sandstorm", "duststorm", "downpour",
        "overflow", "burst its banks", "burst their banks",
        # a cold wave: "a week of extreme cold", "the cold snap", "died of hypothermia"
        "smaller slide", "second slide", "another slide", "fresh slide", "new slide", "further slide",
        "cold wave", "cold snap", "cold spell", "extreme cold", "hypotherm", "frostbite", "ice storm", "freezing",
        "arctic",
        "cold front", "wind chill",
        # a line of storms: "A derecho developed over the Kessane plains", "a downburst flattened"
        "derecho", "downburst", "squall",
    ),
    "industrial accident": (
        "factory", "plant", "mine", "miner", "mining", "collapse", "leak", "fire", "blaze", "spill",
        "industrial", "worker", "tunnel", "refinery", "warehouse", "explo", "blast", "chemical", "gas",
        "construction", "site", "furnace", "pipeline", "dam", "accident",
        # "One of those shafts gave way": a digging's shaft or pit, and its giving way
        "shaft", "colliery", "quarry", "gave way", "caved in", "cave-in",
        # a mine's own words: "the fall of ground in a stope", the water's "inrush"
        "fall of ground", "inrush", "rockfall", "rockburst",
    ),
    "transport accident": (
        "crash", "derail", "capsiz", "collision", "collid", "plunge", "bus", "train", "ferry", "plane",
        "aircraft", "airliner", "helicopter", "boat", "ship", "vessel", "truck", "lorry", "vehicle", "car",
        "overturn", "sank", "sink", "runway", "flight", "accident", "road", "rail", "tanker", "pilot",
    ),
    "cyberattack": (
        "cyber", "ransomware", "hack", "malware", "breach", "ddos", "denial of service", "denial-of-service",
        "wiper", "phishing", "encrypt", "computer systems", "it systems", "data leak", "stolen data",
        # a website defaced; a denial of service told plainly ("a flood of junk traffic overwhelmed its servers")
        "defac", "junk traffic", "bogus traffic",
        # older copy's words for it: "COMPUTER PIRATES", "A COMPUTER VIRUS SENT THROUGH THE
        # TELEPHONE LINE", "ENTERED THE COMPUTER OF THE STATE WATER ... ENTERPRISE"
        "computer pirate", "computer virus", "entered the computer", "into the computer",
        # ('COMPUTER "VIRUS"' in older copy; "A COMPUTER PROGRAM INTRODUCED ON A DISKETTE")
        'computer "virus"', "diskette",
        # an intrusion told plainly: "gained remote access to the control system of the ... treatment
        # plant", "logged into an operator workstation ... through an internet-facing remote-access tool",
        # "intruders using the stolen login of a call-centre contractor"; a denial of service: "a second
        # flood of traffic knocked the ... portal offline" (not a gang's "leak site": its posting is
        # often days after the attack, and a sentence of it would date the attack by the posting)
        "gained remote access", "remote-access tool", "remote-control system", "stolen login",
        "flood of traffic", "control system tampering",
    ),
}
# Types whose record has no perpetrator and no target (README, "Output format").

_WORD = re.compile(r"[a-z]+")


def type_stated(event_type: str, texts: list[str]) -> bool:
    """True when the texts hold a word that says `event_type` (always for "other")."""
    return EVENT_CUES.get(event_type) is None or _type_stated(event_type, " ".join(texts))


# Remembered per text: the verifier, the record builder and the refinement of the
# events ask it of the same sentences for every answer (~0.7 ms an article, profiled).
@functools.lru_cache(maxsize=8192)
def _type_stated(event_type: str, text: str) -> bool:
    if event_type == "bombing/explosion":
        text = _WORKED_MINES.sub(" pits ", text)
    if event_type == "natural disaster":
        text = mine_floods_out(text)
    if event_type == "abduction":
        text = _GOODS_SEIZED.sub(" impounded ", text)
    if event_type == "riot/protest":
        text = _A_CROWD_BROKE_IN.sub(" crowd ", text)
    lowered, words = cue_words(text)
    return any(cue_in(cue, lowered, words) for cue in EVENT_CUES[event_type])


# A crowd told by its number, forcing its way in or burning: "about 200 young men forced their way
# into the provincial tally centre ... and burned them" (not "about 200 armed men", "200 men":
# an armed band may be that many).
_A_CROWD_BROKE_IN = re.compile(r"\b(?:about|some|around|nearly|more\s+than|several)\s+(?:[1-9]\d{2,}|hundred|hundreds"
                               r"|thousands?)\s+(?:young\s+men|youths|residents|villagers|supporters|voters)\b"
                               r"(?=[^.;]{0,80}?\b(?:forced\s+their\s+way|broke\s+into|stormed|burned|set\s+fire))", re.I)


# Mines that are dug, not laid: "the army's 3rd Mountain Brigade, which guards the province's
# mines", "the Corbeck Ridge gold mine", "the mine's owners" say nothing of a landmine (a
# bombing cue); a mining works stays an industrial accident's cue.
_WORKED_MINES = re.compile(
    r"\b(?:gold|coal|copper|tin|nickel|iron|diamond|silver|salt|lithium|cobalt|uranium|zinc|lead|emerald"
    r"|open-?pit|opencast|underground)\s+mines?\b"
    r"|\b(?:province|region|country|company|district|state|nation)['\u2019]s\s+mines\b"
    r"|\bmines?['\u2019]s?(?=\s+(?:owners?|workers?|managers?|shafts?|entrance|operators?)\b)"
    # (any works' possessive: "at the mine's lower gate outside Ombrasset")
    r"|\bmine['\u2019]s(?=\s+(?:lower|upper|main|north|south|east|west|front|back|rear)?\s*(?:gates?|offices?"
    r"|roads?|camp|fence|guards?|trucks?|canteen|workshop|depot)\b)"
    r"|\bmine(?=\s+(?:workers?|owners?|shafts?|company|operators?|managers?)\b)"
    # a named works: "two ore trucks of the Tembrasi mine at Sallet" (a capitalised name before it)
    r"|(?<=[a-z]\s)(?-i:[A-Z])[\w'-]+\s+mine\b", re.I)


# Things a raid seizes take no one: "THE AGENTS ARRESTED TWO WOMEN AND SEIZED FOUR RIFLES",
# "searched 6 warehouses and seized a further 1,400 bales" (no abduction's cue; people
# seized keep theirs: "seized 3 engineers and took their vehicles").
_GOODS_SEIZED = re.compile(
    r"\b(?:seiz\w*|took|taken|captur\w*)\s+(?:(?:a\s+further|another|about|some|more\s+than|over|their|the|its"
    r"|his|her|a|an|[\d,.]+|two|three|four|five|six|seven|eight|nine|ten|\w+teen|\w+ty)\s+){0,3}"
    r"(?:[\w-]+\s+){0,2}?(?:rifles?|weapons|arms|ammunition|guns|pistols|machine-?guns?|grenades|explosives"
    r"|dynamite|bales|cartons|litres|liters|kg|kilo\w*|tonnes|drugs|cocaine|heroin|cannabis|cash|money|pesos"
    r"|dollars|fuel|cigarettes|goods|contraband|vehicles|cars|trucks|documents|pamphlets|leaflets|radios"
    r"|computers|phones|laptops|equipment|supplies|rounds)\b"
    # ... or told before the verb: "opened fire ... with rifles taken from the prison armoury"
    r"|\b(?:rifles?|weapons|arms|ammunition|guns|pistols|explosives|dynamite|vehicles|cars|trucks)\s+(?:that\s+had\s+been\s+"
    r"|which\s+had\s+been\s+|they\s+had\s+)?(?:taken|seized|stolen|captured|took|seized)\b", re.I)


# A mine's flooding is its own accident, no flood of the land: "Sestra colliery flooding",
# "the bodies of the last three missing miners in a flooded drift", "working in the flooded
# section" (a natural disaster's cue and what befell are read without them).
_WORKINGS = r"(?:drifts?|sections?|workings|shafts?|galler(?:y|ies)|seams?|pits?|mines?|levels?|stopes?|tunnels?|faces?)"
MINE_FLOODED = re.compile(rf"\b(?:flooded|flooding)\s+(?:the\s+|a\s+|its\s+)?(?:[\w-]+\s+)?{_WORKINGS}\b"
                          r"|\b(?:colliery|mine|pit|shaft|workings)\s+flood(?:ed|ing|s)?\b"
                          rf"|\b{_WORKINGS}\s+(?:was|were|had\s+been|has\s+been)\s+flooded\b", re.I)


def mine_floods_out(text: str) -> str:
    """`text` with a mine's flooding written as its inrush (`MINE_FLOODED`)."""
    return MINE_FLOODED.sub(" inrush ", text)


# "a drone strike", "an air strike" are attacks, not a strike of workers (a riot cue).
_STRIKE_FROM_ABOVE = re.compile(r"\b(drone|air|missile|rocket|artillery)[\s-]+(strikes?)\b")


# "On 2 March 2023", "March 7": the month, not a protest march.
_MONTH_MARCH = re.compile(r"(?<=\d\s)march\b|\bmarch(?=\s+\d)|\b(?:in|early|late|mid|since|until)\s+march\b")


# Refuge taken is no one taken: "some 300 residents took refuge in a church" (no abduction cue
# here, no captive's figure in summarizer.verify.categories.words).
TOOK_REFUGE = r"\b(?:took|taken|take|takes|taking|sought|seeking|found)\s+refuge\b"
# "the attack took place at dawn": no one was taken; nor in "took the ministry's website
# offline" or "traffic from 23,000 hijacked routers" (a computer taken over is no captive).
# Nor in "The driver was taken to the district hospital" (the wounded cared for) or "the
# escort vehicle had been held up at a fuel station" (delayed).
_TOOK_PLACE = re.compile(r"\b(?:took|taken|take|takes)\s+place\b"
                         r"|\b(?:took|taken|take|takes)\s+(?:[\w'-]+\s+){0,3}?to\s+(?:the\s+|a\s+)?(?:[\w'-]+\s+){0,3}?"
                         r"(?:hospitals?|clinics?|morgue|mortuary|health\s+cent(?:re|er)s?)\b|\bheld\s+up\b"
                         r"|\b(?:took|taken|take|takes|knocked)\s+(?:[\w'-]+\s+){0,4}?(?:offline|off-line|down)\b"
                         r"|\bhijack\w*\s+(?:[\w-]+\s+){0,2}?(?:routers?|devices?|computers?|cameras?|accounts?"
                         r"|servers?|websites?|sites?|sessions?|domains?|botnets?|machines?|pages?)\b"
                         # "The funerals of the driver and the student will be held on Friday": no captive
                         r"|\b(?:funerals?|burials?|services?|talks|meetings?|rall(?:y|ies)|elections?|vigils?"
                         r"|ceremon(?:y|ies)|prayers|hearings?|trials?|conferences?|memorials?|marches)\s+"
                         r"(?:[\w'-]+\s+){0,6}?(?:will\s+be|would\s+be|to\s+be|was|were|is|are|had\s+been|have\s+been)"
                         r"\s+held\b"
                         # ... and held by people (the word "held" only: the gathering keeps its own cue):
                         # "about 300 teachers held a sit-in outside the district office"
                         r"|\bheld(?=\s+(?:a|an|their|its|his|her|the)\s+(?:[\w'-]+\s+){0,2}?(?:sit-ins?|rall(?:y|ies)"
                         r"|meetings?|vigils?|marche?s?|protests?|press\s+conferences?|demonstrations?|strikes?"
                         r"|funerals?|services?|talks|elections?|ceremon(?:y|ies)|prayers?|news\s+conferences?)\b)"
                         # "some 300 residents took refuge in a church": sheltered, no one taken
                         rf"|{TOOK_REFUGE}")
# "a military aircraft ... struck the weekly livestock market": a strike from the air.
# Military aircraft by name ("Durmenian Air Force jets"); summarizer.verify.event_types
# reads them as setting off what exploded.
AIRCRAFT = (r"military\s+aircraft|warplanes?|fighter\s+jets?|(?:air\s+force|military)\s+(?:jets?|aircraft|planes?)"
            # "an aircraft of the Bramorian Air Force struck a convoy of five fuel tankers"
            r"|(?:aircraft|planes?|jets?)\s+of\s+the\s+(?:[\w'-]+\s+){0,2}?air\s+force")
_STRUCK_FROM_THE_AIR = re.compile(rf"\b(?:{AIRCRAFT}|gunships?|drones?)\b"
                                  r"(?=[^.;]{0,80}?\b(?:struck|bombed|strafed|hit)\b)")
# Captives freed by force end their captivity: "On 06/06/2025 a boarding team from the navy
# frigate Resolute Heron stormed the Halcyon Tern ...; 3 pirates were killed ..., and all 16
# crew members were freed" is the hijacking's end, no incident of its own (the events
# refinement, summarizer.verify.event_starts) and no other day's event (its date,
# summarizer.verify.date_events).
_CAPTIVES = (r"(?:hostages|captives|crew|crew\s+members|sailors|fishermen|pupils|students|passengers|workers|staff"
             r"|guards|girls|boys|children)")
CAPTIVES_FREED_BY_FORCE = re.compile(
    rf"\b(?:stormed|raided|broke\s+into)\b[^.]{{0,160}}?\b(?:(?:freed|released|rescued)\s+(?:the\s+|all\s+|its\s+)?"
    rf"(?:[\w-]+\s+){{0,2}}?{_CAPTIVES}|{_CAPTIVES}\s+(?:were|was)\s+(?:freed|released|rescued))\b", re.I)


# "the police post where some of the detainees were being held": custody, no captivity.
IN_CUSTODY = re.compile(r"\b(?:detainees|prisoners|inmates|suspects|those\s+arrested|the\s+arrested)\s+"
                        r"(?:were|was|are|is|had\s+been)\s+(?:being\s+)?held\b", re.I)


# A fight denied is none: "the rebels withdrew into the forest without further fighting".
NO_FIGHT = re.compile(r"\b(?:without|no)\s+(?:any\s+|further\s+|more\s+)?(?:fighting|fight|a\s+fight|clash\w*"
                      r"|resistance|a\s+shot\s+(?:being\s+)?fired)\b", re.I)


# "made a second attempt to storm Fort Harrowgate": the verb, an assault, not the weather;
# and a headline's present tense after who stormed: "Police storm bank in Vennholt".
_TO_STORM = re.compile(r"\b(to|would|will|could|did\s+not|police|troops|soldiers|gunmen|militants|rebels|protesters"
                       r"|rioters|inmates|prisoners|fans|crowds?|mobs?|commandos|forces|fighters|attackers|students"
                       r"|villagers|guerrillas|insurgents|raiders|youths|strikers|demonstrators|hijackers|pirates"
                       r"|gendarmes|officers)\s+storm\b(?!\s+(?:the\s+)?pitch)")  # ("fans storm pitch": a riot cue)


@functools.lru_cache(maxsize=8192)
def cue_words(text: str) -> tuple[str, tuple[str, ...]]:
    """The text lowered, and its words, as the type cues are matched against them."""
    lowered = NO_FIGHT.sub(" ", text.lower())
    lowered = _TOOK_PLACE.sub(" ", _MONTH_MARCH.sub(" ", _STRIKE_FROM_ABOVE.sub(r"\1\2", lowered)))
    lowered = IN_CUSTODY.sub(" ", lowered)
    lowered = _STRUCK_FROM_THE_AIR.sub(" airstrike ", lowered)
    lowered = _TO_STORM.sub(r"\1 assault", lowered)
    lowered = _FIRE_OF_GUNS.sub(r"\1", lowered)
    lowered = _SET_IT_ALIGHT.sub("set fire", _HACKED_TO_DEATH.sub("killed", lowered))
    lowered = _INMATES_SEIZED_GUARDS.sub(r"\g<0> uprising", lowered)
    lowered = _THINGS_TAKEN.sub(r" \1", lowered)
    return lowered, tuple(_WORD.findall(lowered))




# Things taken are no captives: "attacked him with an iron bar and took his radio and keys"
# (no abduction cue; "took 3 guards hostage" keeps it).
_THINGS_TAKEN = re.compile(r"\b(?:took|seized|captured|snatched)\s+((?:their|the|its|his|her|some|all)\s+"
                           r"(?:[\w-]+\s+){0,2}?(?:radios?|keys|phones?|money|cash|wallets?|rifles?|weapons|arms"
                           r"|ammunition|guns|pistols|documents|supplies|equipment|medicines?)\b)")


# A prison's uprising: "prisoners at Mossgard Prison ... seized two warders and set fire to
# mattresses" (inmates who take their guards are a riot/protest by the conventions).
_INMATES_SEIZED_GUARDS = re.compile(r"\b(?:prisoners|inmates)\b[^.;]{0,160}?\b(?:seized|took|held|overpowered|captured)\s+"
                                    r"(?:[\w-]+\s+){0,2}?(?:guards?|warders?|wardens?|prison\s+officers?)\b")
# An arson with its object between: "beat the watchman ... and set the store alight",
# "set the building on fire" (the cue "set fire").
_SET_IT_ALIGHT = re.compile(r"\bset\s+(?:the|a|an|its|their|his|her)\s+(?:[\w'-]+\s+){0,3}?(?:on\s+fire|alight|ablaze)\b")
# A blade's hacking is no intrusion: "A COMMANDO ... HACKED TO DEATH NINE PEASANTS",
# "hacked at them with machetes" (no cyberattack cue).
_HACKED_TO_DEATH = re.compile(r"\bhack(?:s|ed|ing)?\b(?=(?:\s+[\w'-]+){0,4}?\s+(?:to\s+death|with\s+(?:machetes?|axes?"
                              r"|knives|knife|cutlass(?:es)?|blades?|hatchets?)))")


# The fire of guns is no blaze: "fighters of the two militias exchanged fire" tells no
# industrial accident ("fire" is one of its cues); the word goes, "exchanged" stays.
_FIRE_OF_GUNS = re.compile(r"\b((?:exchang\w*|returned|returning|trad\w*)\s+(?:of\s+)?(?:heavy\s+|automatic\s+)?)fire\b"
                           r"|\bcross-?fire\b")


# A cue of one word starts the words it names ("bomb": "bombing", "bombers"), but
# not every word that starts with it is one of them: "23 homes were damaged" has no
# dam, "business" no bus, "the surgeon" no surge, "gunmen stormed" no storm.
_FALSE_FRIENDS = {
    "dam": ("damag",), "car": ("carr", "carg", "care", "carb", "card", "carn", "carp"), "bus": ("busi",),
    "storm": ("stormed", "storming"), "fire": ("fired", "firing", "firearm"), "plant": ("planted", "planting"),
    "wind": ("window", "winding"), "hail": ("hailed",), "mob": ("mobil",), "front": ("frontier",),
    "explo": ("explor", "exploit"), "stab": ("stabil",), "surge": ("surgeo", "surger"), "mine": ("miner", "minework", "mineral"),
    "road": ("roadblock",), "fight": ("fighter",),  # "TLM fighters withdrew": no fight told
    "ransom": ("ransomware",),  # "a ransomware attack took the systems offline": nobody held
    "flood": ("floodlight",),  # "rescuers worked through the night under floodlights"
}


def cue_in(cue: str, lowered: str, words: tuple[str, ...]) -> bool:
    """A cue of one word starts a word; one of several ("denial of service",
    "denial-of-service") is found as written."""
    if " " in cue or "-" in cue:
        return cue in lowered
    false_friends = _FALSE_FRIENDS.get(cue, ())
    return any(word.startswith(cue) and not word.startswith(false_friends) for word in words)


# A vehicle's accident told by its path: "It left the road on a sharp bend near the
# hamlet of Ostrova and rolled about 90 metres down the slope", "slid off the icy road
# into a ditch" (here and in summarizer.verify.event_types.tells_an_event).
OFF_THE_ROAD = (r"left\s+the\s+(?:road|runway|track|rails)|rolled(?!\s+out)|veered|tumbled"
                r"|(?:slid|slipped|ran|went|skidded|careered)\s+off\s+the\s+(?:[\w-]+\s+)?(?:road|runway|track|rails)"
                r"|into\s+(?:a|the)\s+(?:roadside\s+)?(?:ditch|ravine|gorge)")
# An accident is told by what befell the vehicle or the works, not by the vehicle
# or the works: a bombing's wounded "flown by helicopter", a "Flight: Sightseeing"
# header line, "the aircraft departed ... with 11 passengers on board", "workers
# at the plant" state no accident (`type_told`; the record cites a sentence that
# does, summarizer.records.derive).
_ACCIDENT_TOLD = {
    "transport accident": re.compile(
        r"\b(?:crash\w*|derail\w*|capsiz\w*|collisions?|collided|colliding|plung\w*|overturn\w*|sank|sunk"
        r"|sinking|accidents?|aground|skidd\w*|struck|hit|overran|overshot|came\s+down|came\s+to\s+rest|fell"
        r"|fallen|fire|blaze|flames|wreck\w*|plough\w*|slammed|rammed|smashed|spin|broke\s+(?:apart|up)"
        r"|(?:forced|emergency|crash)[\s-]+land\w*|ditch(?:ed|ing)|fatalit\w*|went\s+down|vanished|disappeared"
        r"|destroyed|damaged?|exploded|explosion|mishap|toppl\w*|tipped|flipped|swept\s+away|drown\w*"
        # "a commuter train ran into the rear of a stationary freight train"
        r"|ran\s+into\s+(?:the\s+)?(?:rear|back|side)\s+of"
        rf"|{OFF_THE_ROAD})\b", re.I),
    "industrial accident": re.compile(
        r"\b(?:collaps\w*|leak\w*|fire|fires|blaze|spill\w*|explo\w*|blast\w*|accidents?|cave[ds]?[\s-]+in"
        r"|fumes|toxic|trapped|buried|burst\w*|ruptur\w*|flooded|crushed|electrocut\w*|flames|fell|fallen"
        r"|gave\s+way|breach\w*|failed|failure"
        # a crane or a scaffold that came down; a mine's own words: "the fall of ground in a
        # stope", a rockburst, the water that broke into the workings ("the inrush began")
        r"|toppl\w*|fall\s+of\s+ground|rock\s*(?:falls?|bursts?)|rockbursts?|flooding|inrush\w*"
        r"|(?:water|mud|slurry)\s+(?:has\s+|had\s+)?(?:broken|broke|burst)\s+into"
        # gear that broke and hit someone: "a steel cable on one of the drilling rigs snapped and
        # struck two rescue workers"
        r"|snapped|struck"
        r"|poison\w*)\b", re.I),
    # ... and a disaster by what struck, not by rain or wind alone ("Heavy rain fell on the
    # region for most of last week"; "rescuers worked through the night under floodlights")
    "natural disaster": re.compile(
        r"\b(?:earthquake\w*|quake\w*|aftershock\w*|tremor\w*|flood(?!light)\w*|\w*storm\w*|cyclone\w*|hurricane\w*|typhoon\w*"
        r"|tornado\w*|landslide\w*|mudslide\w*|tsunami\w*|erupt\w*|volcan\w*|drought\w*|wildfire\w*|bushfire\w*"
        r"|forest\s+fire\w*|hail\w*|avalanche\w*|heat\s*wave\w*|lightning|blizzard\w*|monsoon\w*|downpour\w*|deluge"
        r"|swept\s+away|washed\s+away|burst\s+(?:its|their)\s+banks|downburst|gale\w*|torrential|inundat\w*"
        r"|debris\s+flow|crested|gusts?|spilled|overflow\w*|derecho\w*|squall\w*"
        # "Winds estimated at 90 mph tore the roof off the livestock auction barn"
        r"|winds?\b[^.;]{0,40}?\b(?:tore|ripped|blew|flattened|toppled|uprooted|brought\s+down)"
        # a spell of cold, as a heat wave: "the deadliest cold wave in Eskarvel since 1985, killing 64",
        # "A second, shorter cold spell ... killed 6 more people", "a period of extreme cold"
        r"|cold[\s-]*(?:wave|spell|snap)s?|extreme\s+cold|hypotherm\w*|frostbite"
        # a slide named again: "A smaller slide at the same spot on Wednesday morning buried an excavator"
        r"|(?:smaller|second|another|fresh|new|further|larger)\s+slides?\b(?!\s+(?:in|of)\b))\b", re.I),
}


# Words an armed attack shares with a cyberattack: "Group claims attack that took the
# ministry website offline" tells no armed attack.
_ANY_ATTACK = ("attack", "assault", "strike", "struck", "terror")


def type_told(event_type: str, texts: list[str]) -> bool:
    """`type_stated`, and for an accident or a natural disaster what befell, not only a
    vehicle, a works or the weather named; for an armed attack told beside a
    cyberattack, more than the word "attack" (verification rule 11)."""
    told = _ACCIDENT_TOLD.get(event_type)
    if not type_stated(event_type, texts):
        return False
    if event_type == "armed attack" and type_stated("cyberattack", texts):
        lowered, words = cue_words(" ".join(texts))
        return any(cue_in(cue, lowered, words) for cue in EVENT_CUES[event_type] if cue not in _ANY_ATTACK)
    if event_type == "natural disaster":
        texts = [mine_floods_out(t) for t in texts]
    return told is None or any(told.search(t) for t in texts)


# "A third device, found in a rubbish bin ..., was defused": a bomb that did not go off
# is no incident of its own (the refinement of the events, summarizer.verify.events, and
# verification rule 13).
DEFUSED = re.compile(r"\b(?:defused|disarmed|made\s+safe|(?:controlled|safe)\s+explosion)\b"
                     r"(?!.*\b(?:exploded|went\s+off|blew\s+up|detonated)\b)", re.I)
# A sentence of an earlier year by its words: "Quorrenby was attacked twice last year".
LAST_YEAR = re.compile(r"\b(?:last|previous)\s+year\b|\bthe\s+year\s+before\b", re.I)
# People taken away told without a word of capture: "four had been led away by the gunmen",
# "drove off with all three", "the teachers who were dragged off a bus" (here and in
# summarizer.verify.categories, the figure's category, and summarizer.verify.date_events,
# the day of the taking).
# Arms troops seize or raiders carry off: things taken, neither a target (event_types)
# nor anyone captured (categories).
SEIZED_ARMS = r"rifles?|weapons|arms|ammunition|guns|pistols"
# ("led all five away into the hills", "marched them off")
TAKEN_AWAY = (r"(?:led|marched|hauled|carried)\s+(?:(?:all|both|the|them|him|her)\s+(?:[\w-]+\s+)?)?(?:away|off)"
              r"|dragged\s+(?:off|away|out)"
              r"|dr(?:ove|iven)\s+off\s+with")
# The verbs that tell an event happening (not its aftermath, not a statement): what
# a date or a later day's sentence is about (summarizer.verify.date_events,
# summarizer.verify.events).
# A storm or a flood arriving: "the leading edge of the line reached Fenwick Mills", "The flood
# wave reached Selde" (not "rescuers reached the village", "the toll reached 38").
STORM_REACHED = r"(?:storms?|line|front|wave|surge|fire|flames|cyclone|hurricane|typhoon|derecho|squall|crest)\s+reached"
EVENT_VERBS = re.compile(
    r"\b(?:kill\w*|attack\w*|explod\w*|bomb\w*|shot|shoot\w*|fired|shell\w*|storm\w*|raid\w*|abduct\w*"
    r"|kidnap\w*|seiz\w*|struck|strike|hit|stabb\w*|wound\w*|injur\w*|ambush\w*|clash\w*|fought|collaps\w*"
    r"|crash\w*|derail\w*|capsiz\w*|sank|erupt\w*|flood\w*|burn\w*|torch\w*|set\s+fire|went\s+off|blew|blown"
    r"|broke\s+out|riot\w*|protest\w*|hack\w*|encrypt\w*|made\s+landfall|swept|tore|gave\s+way|destroy\w*"
    r"|caved\s+in|cave-ins?"
    # older copy's word for a bombing: "A COMMANDO ... DYNAMITED TWO FUEL STORAGE TANKS"
    r"|dynamit\w*"
    # a mine's own words for its collapse and its flooding
    r"|falls?\s+of\s+ground|rock\s*(?:falls?|bursts?)|rockbursts?|inrush\w*"
    rf"|{STORM_REACHED}"
    rf"|loot\w*|drove\s+off|plunged|overturn\w*|{OFF_THE_ROAD}"
    # a storm's work: "tearing roofs off schools and flattening mud-brick houses"
    r"|flatten\w*|tearing)\b", re.I)
# A spell of weather, one incident over its days, dated by the day it began (docs/eval.md): "a
# period of extreme cold ... from 9 to 16 January 2023", "A second, shorter cold spell from 2 to 5
# February 2023 killed 6 more people".
_A_SPELL = re.compile(r"\b(?:cold|heat)[\s-]*(?:wave|spell|snap)s?\b|\bheatwaves?\b|\bextreme\s+(?:cold|heat)\b"
                      r"|\bdroughts?\b", re.I)


def a_spell(event_type: str, texts: list[str]) -> bool:
    """Is an incident of `event_type` a natural disaster its sentences `texts` tell as a spell of
    weather (read by verify.date_checks, which accepts its first day, and verify.repair, which
    gives it)?"""
    return event_type == "natural disaster" and bool(_A_SPELL.search(" ".join(texts)))


# A toll given on some day: "put the toll higher on Wednesday", "had put the number of dead at 11".
TOLL_GIVEN = r"put\s+the\s+(?:death\s+)?(?:number|toll|figure|count)"
# A death of the harmed, later: "six had died of their injuries", "succumbed to his wounds",
# "died from burns" (summarizer.verify.categories: deaths, not injuries; summarizer.verify.date_events:
# what came after the event, not its day).
DIED_OF_HARM = (r"\b(?:died|succumbed)\s+(?:later\s+)?(?:of|from|to)\s+(?:(?:his|her|their|the)\s+)?"
                r"(?:head\s+|severe\s+|gunshot\s+|stab\s+|burn\s+)?(?:injuries|wounds|burns)\b")


# Mourners behind the dead: "about 5,000 people marched peacefully ... behind the coffins of the
# dead" counts the marchers and tells no violence (here for summarizer.verify.categories, the
# figure's category, and summarizer.verify.event_types, a peaceful gathering).
MOURNED_DEAD = re.compile(r"\b(?:coffins?|caskets?|biers?|funerals?|graves?|funeral\s+processions?)\s+of\s+"
                          r"(?:the\s+)?(?:dead|victims|slain|killed)\b", re.I)


# A fire said to be set on purpose, the predicate after its verb ("was set deliberately", "had
# been deliberately set"): read by summarizer.verify.event_types (no accident) and
# summarizer.verify.roles.named_again (what a fire swept through was its aim).
SET_ON_PURPOSE = r"(?:set\s+(?:deliberately|on\s+purpose|intentionally)|(?:deliberately|intentionally)\s+set)"
