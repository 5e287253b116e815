"""Rule 9 for a figure: numbers beside a word of harm that count no one harmed:
people tried, charged or arrested ("17 were convicted"), people by where they are
from ("one is from Carrow"), and things ("seized two trucks", "12 shops burned",
"120,000 hijacked cameras").
summarizer.verify.casualty_checks asks each of a figure's statements (the
attackers and the people present are counted in summarizer.verify.categories,
whose category test needs them)."""

from __future__ import annotations

import re

from summarizer.verify.categories import categories_named, counts_attackers, every_mention, every_statement
from summarizer.verify.numbers import Mention


# What a court or a prosecutor does to people, in either voice.
_JUDGED = r"tried|convicted|acquitted|sentenced|charged|indicted|jailed"


# "23 prisoners were tried in Kessel for hostage-taking ...; 17 were convicted": the accused.
# ("three people had been taken in for questioning": held by the police, not taken.)
# "three officers from the central police station had been suspended pending an inquiry
# into his death": disciplined, not harmed.
_ACCUSED = re.compile(r"^\s+(?:(?!(?:were|was|had|have|has|and|said|says|while|but)\b|\d)[\w'-]+\s+){0,6}?"
                      r"(?:were|was|had\s+been|have\s+been)\s+(?:later\s+|also\s+)?"
                      rf"(?:{_JUDGED}|arrested|questioned"
                      r"|suspended|dismissed|sacked|disciplined|relieved\s+of"
                      r"|(?:taken\s+in|held|detained)\s+for\s+questioning)\b", re.I)


# "TROOPS CAPTURED SIX GUERRILLAS": the state's forces taking fighters or suspects are
# arrests, not abductions (not "rebels captured seven soldiers", "had killed 40 soldiers and
# captured nine").
_TAKEN_BY_FORCES = re.compile(r"\b(?:troops|soldiers|the\s+army|army\s+units?|police(?:men)?|officers|security\s+forces"
                              r"|gendarmes|marines|commandos|special\s+forces)\s+(?:(?!and\b)\w+\s+){0,2}?(?:captured|seized"
                              r"|took\s+prisoner|detained|arrested|rounded\s+up)\s+(?:about\s+|some\s+|at\s+least\s+)?$",
                              re.I)


# ... and by a court in the active voice: "a court in Ulvani sentenced two men to death for
# the bombing", "after a court acquitted three police officers over the death of a student".
_JUDGED_BEFORE = re.compile(rf"\b(?:{_JUDGED}|imprisoned|cleared)\s+(?:the\s+|all\s+)?$", re.I)


# ... or who gave themselves up: "Police returned fire, killing 3 of the escapees; 4 others surrendered".
_SURRENDERED = re.compile(r"^\s+(?:(?!(?:were|was|and|said)\b|\d)[\w'-]+\s+){0,3}?(?:surrendered|gave\s+themselves\s+up"
                          r"|turned\s+themselves\s+in|laid\s+down\s+their\s+arms)\b", re.I)


def counts_the_accused(count: int, sentences: list[str]) -> bool:
    """True when every place the sentences state `count` counts people tried,
    charged or arrested (by the police or taken by troops), or who surrendered:
    no casualty figure (docs/eval.md)."""
    return every_mention(count, sentences, lambda sentence, m: bool(
        _ACCUSED.match(sentence[m.end:]) or _SURRENDERED.match(sentence[m.end:])
        or _TAKEN_BY_FORCES.search(sentence[max(0, m.start - 80):m.start])
        or _JUDGED_BEFORE.search(sentence[max(0, m.start - 40):m.start])))


# One person quoted by name: "one of the drivers, Anton Velesh, told Pellborne Wire by telephone
# from his hospital bed": a source, whatever befell them, not a figure.
_A_SPEAKER = re.compile(r"^\s+of\s+(?:the|his|her|its|their)\s+[\w-]+(?:\s+[\w-]+)?\s*,\s*(?:[A-Z][\w'\u2019-]*\s*){1,3},\s+"
                        r"(?:told|said|says|recalled|described|added)\b")


def counts_a_speaker(count: int, sentences: list[str]) -> bool:
    """True when every place the sentences state `count` opens a named speaker's phrase."""
    return every_mention(count, sentences, lambda sentence, m: bool(_A_SPEAKER.match(sentence[m.end:])))


# "17 of the abducted were freed on 05/03/2022", "nine of the pickers were rescued": a
# release, no casualty figure (the number taken is; docs/eval.md).
_FREED = re.compile(r"^\s+(?:of\s+(?:the|them|those)\s+(?:[\w-]+\s+)?)?(?:(?!(?:were|was|and|said)\b)[\w'-]+\s+){0,3}?"
                    r"(?:were|was|had\s+been|have\s+been)\s+(?:later\s+|also\s+|safely\s+)?(?:freed|released|rescued"
                    r"|set\s+free|let\s+go)\b"
                    # a part of the captives that got away: "Seven of the abducted girls escaped from their captors"
                    r"|^\s+of\s+(?:the|them|those)\s+(?:[\w-]+\s+){0,2}?(?:later\s+|had\s+|have\s+)?(?:escaped|fled"
                    r"|slipped\s+away|got\s+away)(?=\s*(?:from|on|in|at|and|to|into|during|after|before|[,;.]|$))", re.I)


def counts_the_freed(count: int, sentences: list[str]) -> bool:
    """True when every place the sentences state `count` counts people freed,
    released or rescued: a release, no casualty figure."""
    def freed(sentence: str, m: Mention) -> bool:
        after = sentence[m.end:]
        if _FREED_BEFORE.search(sentence[max(0, m.start - 40):m.start]) and _PART_OF_THE_TAKEN.match(after):
            # "Kidnappers have released two of the five workers they seized": a part set free (not
            # "released four technicians ... whom its fighters had seized", the number taken)
            return True
        if _FREED_ADJECTIVE.match(after):
            return True  # "The two freed men were treated for exhaustion": the freed, not a harm of the event
        if _THE_WHOLE_GROUP.search(sentence[max(0, m.start - 15):m.start]) and _CAPTIVES_NOUN.match(after):
            return False  # "the navy said the 5 hostages had been freed": all of those held, their number
        said = _FREED.match(after)
        # (not "TWO GUARDS WERE RELEASED AT DAWN TODAY WITH STAB WOUNDS": freed hurt)
        return bool(said) and not categories_named(re.split(r"[;.]", after, maxsplit=1)[0]) - {"captured/abducted"}
    return every_mention(count, sentences, freed)


_FREED_ADJECTIVE = re.compile(r"\s+(?:freed|released|rescued)\s+(?:[\w-]+\s+)?(?:men|women|people|hostages|captives"
                              r"|workers|pupils|students|passengers|children|crew)\b", re.I)
# The object of a release: "have released two of the five workers".
_FREED_BEFORE = re.compile(r"\b(?:released|freed|let\s+go|set\s+free|rescued)\s+(?:the\s+|another\s+)?$", re.I)
_PART_OF_THE_TAKEN = re.compile(r"^\s+of\s+(?:the|them|those|their)\b", re.I)
# The whole group held, named as held, set free: "the 5 hostages", "all 17 captives" (not "the
# four guards were freed", "All 4 were freed": a release told, the number taken told elsewhere).
_THE_WHOLE_GROUP = re.compile(r"(?:^|\s)(?:the|all|all\s+(?:of\s+)?the)\s+$", re.I)
_CAPTIVES_NOUN = re.compile(r"^\s+(?:hostages|captives|abductees|kidnap\s+victims)\b", re.I)


# The search's good outcome: "Four of the missing, a couple and their two grandchildren,
# were found alive", "Two of those reported missing turned up unhurt": people found, no
# longer missing (a missing figure is one given while they were; docs/eval.md). Not "the
# bodies of three workers who had been missing": that says they were (the gold's convention).
# ("Four other villagers who had been reported missing after the slide were found unhurt")
# ("two of the missing, brothers who had been up at the summer pastures, had walked back unhurt")
# (not "the number of missing had fallen to 31 as several passengers ... turned up": others)
_FOUND_AFTER = re.compile(r"^(?:\s+of\s+(?:the|them|those)(?:\s+[\w-]+)?)?(?:\s*,[^,.;]{1,60},)?"
                          r"(?:\s+(?!(?:as|after|when|because|since|while|and|but)\b)[\w'-]+){0,3}?"
                          r"(?:\s+(?:who|that)\s+[^,.;]{1,80}?)?\s+"
                          r"(?:(?:were|was|are|is|have\s+been|had\s+been)\s+(?:later\s+|since\s+)?"
                          r"(?:found|pulled\s+out|brought\s+out)\s+(?:alive|unhurt|safe|unharmed"
                          # "by the evening 9 of them had been found hiding in the maize fields"
                          r"|hiding|hidden|sheltering)"
                          r"|(?:have\s+|had\s+|later\s+)?turned\s+up"
                          # "two of the missing, brothers ..., had walked back unhurt"
                          r"|(?:have\s+|had\s+|later\s+)?(?:walked|came|returned|made\s+(?:their|his|her)\s+way)"
                          r"\s+(?:back|home))\b", re.I)


# ... told in the active voice: "rescuers found 2 of the missing alive in a barn".
_FOUND_BEFORE = re.compile(r"\b(?:found|pulled\s+out|brought\s+out|dug\s+out)\s+$", re.I)
_ALIVE_AFTER = re.compile(r"^\s+(?:of\s+(?:the|them|those)\s+(?:missing\s+)?)?(?:[\w-]+\s+){0,2}?(?:alive|unhurt|safe"
                          r"|unharmed)\b", re.I)


def counts_the_found(count: int, sentences: list[str]) -> bool:
    """True when every place the sentences state `count` counts people found alive
    after a search: not a missing figure."""
    return (every_statement(count, sentences, lambda after: bool(_FOUND_AFTER.match(after)))
            or every_mention(count, sentences, lambda sentence, m: bool(
                _FOUND_BEFORE.search(sentence[max(0, m.start - 30):m.start]) and _ALIVE_AFTER.match(sentence[m.end:]))))


# "two of the men it employs are from Vestmark, one is from Carrow": where people are
# from, not what befell them.
_WHERE_FROM = re.compile(r"^\s+(?:of\s+(?:them|(?:the|its|their)\s+(?:[\w-]+\s+){1,5}?))?(?:is|are|was|were)\s+"
                         r"(?:from|(?:citizens?|nationals?)\s+of|(?:(?-i:[A-Z])[\w-]+\s+)?(?:citizens|nationals))\b"
                         # ... and the list going on: "and one from Lusaria."
                         r"|^\s+from\s+(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)*\s*(?:[,;.]|and\b|$)", re.I)


# A harm figure broken down by where its people are from: "Fatalities: 5 (3 from Orrumey,
# 2 from Tsalbek)" gives parts of the dead, each a figure of its own (docs/eval.md).
_BREAKDOWN_OPEN = re.compile(r"(?P<whole>[^()]{0,60}?\d[\d,]*)\s*\((?:[^()]{0,80}?[,;]\s*)?$")


def counts_where_from(count: int, sentences: list[str]) -> bool:
    """True when every place the sentences state `count` says where people are from
    ("one is from Carrow"), never what befell them (rule 9)."""
    def where_from(sentence: str, m: Mention) -> bool:
        said = _WHERE_FROM.match(sentence[m.end:])
        breakdown = _BREAKDOWN_OPEN.search(sentence[:m.start])
        if breakdown and categories_named(breakdown["whole"]):
            return False
        return bool(said) and not categories_named(said.group())  # not "four of the dead were from his village"
    return every_mention(count, sentences, where_from)


# Things a number may count in a casualty sentence ("seized two trucks", "12 shops
# burned"): never people. Matched on the first words after the number.
THINGS = {
    "truck", "trucks", "vehicle", "vehicles", "car", "cars", "bus", "buses", "tanker", "tankers", "boat", "boats",
    "home", "homes", "house", "houses", "building", "buildings", "shop", "shops", "stall", "stalls", "store",
    "stores", "school", "schools", "church", "churches", "mosque", "mosques", "bridge", "bridges", "village",
    "villages", "town", "towns", "hectare", "hectares", "acre", "acres", "tonne", "tonnes", "ton", "tons", "kg",
    "kilogram", "kilograms", "km", "kilometre", "kilometres", "kilometer", "kilometers", "mile", "miles", "metre",
    "metres", "meter", "meters", "yard", "yards", "hour", "hours", "day", "days", "week", "weeks", "month", "months",
    "year", "years", "minute", "minutes", "record", "records", "file", "files", "computer", "computers", "server",
    "servers", "device", "devices", "weapon", "weapons", "rifle", "rifles", "gun", "guns", "cattle", "cow", "cows",
    "goat", "goats", "sheep", "head", "dollar", "dollars", "euro", "euros", "percent", "mph", "kph",
    "pylon", "pylons", "well", "wells", "carriage", "carriages", "wagon", "wagons", "aircraft", "plane", "planes",
    "helicopter", "helicopters", "shell", "shells", "rocket", "rockets", "mortar", "mortars", "bomb", "bombs",
    "explosive", "explosives", "round", "rounds", "tent", "tents", "office", "offices",
    # "investigators said they had found two fuel cans and the remains of a wick"
    "can", "cans", "canister", "canisters", "jerrycan", "jerrycans", "bottle", "bottles",
    "hut", "huts", "shelter", "shelters", "granary", "granaries", "barn", "barns",  # "about 60 huts were burned"
    "side", "sides", "direction", "directions", "front", "fronts", "motorcycle", "motorcycles", "motorbike",
    "motorbikes", "operation", "operations", "bullet", "bullets", "shot", "shots", "hospital", "hospitals",
    "clinic", "clinics", "branch", "branches", "turbine", "turbines", "tanks",
    "site", "sites",  # "shut down its network at all 19 sites"
    "nm", "nautical", "ft", "feet", "m", "knot", "knots",  # "14 NM SW of Dunvarrow": a distance
    "pick", "pickup", "pickups",  # "2 fuel trucks and 1 pick-up burned" (read as "pick", "up")
    # what a cyberattack hijacks or takes: "120,000 hijacked cameras and home routers"
    "camera", "cameras", "router", "routers", "modem", "modems", "phone", "phones", "laptop", "laptops",
    "account", "accounts", "website", "websites", "terminal", "terminals",
    # what a cyberattack cancels: "About 3,800 outpatient appointments ... were cancelled"
    "appointment", "appointments", "procedure", "procedures", "surgeries", "stitch", "stitches",
    # what it delays: "about 60,000 prescriptions had been delayed"
    "prescription", "prescriptions", "transaction", "transactions", "parcel", "parcels", "document", "documents",
    "time", "times",  # "WAS HIT THREE TIMES": how often, not how many
    # how much data was taken: "it had taken 310 gigabytes of files"
    "gigabyte", "gigabytes", "terabyte", "terabytes", "megabyte", "megabytes", "gb", "tb", "mb",
    "gigabit", "gigabits",
    "bakery", "bakeries",
    # what a raid seizes and a hospital diverts: "seized about 900 bales of cloth", "3,100 litres of
    # fuel", "diverted 37 ambulances"
    "bale", "bales", "carton", "cartons", "litre", "litres", "liter", "liters", "warehouse", "warehouses",
    "ambulance", "ambulances",
    # where: "treated 46 people from the two places", "in three districts"
    "place", "places", "district", "districts", "province", "provinces", "region", "regions",
    "neighbourhood", "neighbourhoods", "neighborhood", "neighborhoods",
    # households: "About 300 families in Ngorova lost a relative", "2,050 families affected"
    "family", "families", "household", "households",
}
PEOPLE = {"people", "persons", "soldiers", "civilians", "officers", "men", "women", "children", "workers",
          "passengers", "villagers", "policemen", "guards", "students", "miners", "residents", "troops",
          # the attackers are people too: "three gunmen shot by soldiers" (not "shots")
          "gunmen", "attackers", "assailants", "fighters", "militants", "rebels", "insurgents", "pilgrims",
          "protesters", "hostages", "firefighters"}


# Who a thing's name may describe: "two shop assistants", "three tanker drivers".
# ("three family members": people of a household, not households)
_PERSON_HEADS = PEOPLE | {"members", "assistants", "owners", "keepers", "drivers", "attendants", "operators", "staff",
                          "employees", "crew", "technicians", "engineers", "pilots", "porters", "vendors",
                          # "FIVE CATTLE TRADERS AND THEIR DRIVER HAD BEEN KILLED"
                          "traders", "dealers", "herders", "merchants", "sellers", "buyers", "breeders", "farmers"}
# ... one of them: "1 truck driver", "one bus driver"
_PERSON_HEADS |= {"assistant", "owner", "keeper", "driver", "attendant", "operator", "technician", "engineer",
                  "pilot", "porter", "vendor", "trader", "dealer", "herder", "merchant", "seller", "buyer", "breeder",
                  "farmer", "worker"}  # "killing 1 shop worker"
# "counting three day labourers who were not on the payroll": a "day" that is the hire, not a span
_PERSON_HEADS |= {"labourers", "labourer", "laborers", "laborer", "workers", "hands"}


def _counts_a_thing(words: list[str]) -> bool:
    """The first of the words after a number that names people or things decides
    (a thing followed by a person's noun is what the people do: "two shop assistants")."""
    for k, word in enumerate(words):
        if word in PEOPLE:
            return False
        if word in THINGS:
            return not (k + 1 < len(words) and words[k + 1] in _PERSON_HEADS)
    return False


# "six of its hospitals", "one of the vehicles": what is counted comes after "of its".
# ("Some 600 of the market's 850 stalls": past an owner and the whole's own number.)
_OF_ITS = re.compile(r"^\s+of\s+(?:the|its|their|his|her|our|these|those)\s+(?:[\w-]+['\u2019]s\s+)?(?:[\d,]+\s+)?")


def counts_things(count: int, sentences: list[str]) -> bool:
    """True when every place the sentences state `count` it counts things
    ("two trucks", "12 police vehicles"), not people (rule 9)."""
    # The two words after the number, within its phrase: "two police vehicles", not
    # "One camper, a 34-year-old woman".
    return every_mention(count, sentences, lambda sentence, m: _counts_a_thing(
        re.findall(r"[a-z]+", _OF_ITS.sub("", re.split(r"[,;:.()]", sentence[m.end:][:40])[0].lower()))[:2])
        or _part_of_things(sentence, m) or bool(_WHOSE_DATA.search(sentence[max(0, m.start - 40):m.start])))


# Whose data was taken: "including the bank details of 52,000 merchants" counts records, no one harmed.
_WHOSE_DATA = re.compile(r"\b(?:details|data|records|files|information|accounts|papers|passwords|numbers)\s+of\s+"
                         r"(?:about\s+|some\s+|more\s+than\s+|nearly\s+|almost\s+|over\s+)?$", re.I)


# "about 900 flooded houses, 60 of them destroyed": a part of the things counted just before.
_PART_OF_THEM = re.compile(r"^\s+of\s+(?:them|these|those|which)\b", re.I)
# ("Several accounts, one of them styled as a local news page, said ... 'dozens' were dead")
_THINGS_BEFORE = re.compile(r"(?:\b\d[\d,.]*|\b(?:several|many|some|few|two|three|four|five|six|dozens\s+of"
                            r"|hundreds\s+of|thousands\s+of))\s+(?:[a-z-]+\s+)?(?P<noun>[a-z]+)\s*,\s*$", re.I)


def _part_of_things(sentence: str, m: Mention) -> bool:
    before = _THINGS_BEFORE.search(sentence[max(0, m.start - 60):m.start])
    return bool(_PART_OF_THEM.match(sentence[m.end:]) and before and _counts_a_thing([before["noun"].lower()]))


# "the crash had left 18 casualties": the dead and the hurt together, no one category's
# figure (the gold leaves it out; "seven fatal casualties" are the dead).
_CASUALTIES_AFTER = re.compile(r"^\s+(?!fatal\b)(?:[a-z-]+\s+)?casualties\b", re.I)


def counts_casualties_together(count: int, sentences: list[str]) -> bool:
    """True when every place the sentences state `count` it counts "casualties", the
    killed and injured together."""
    return every_mention(count, sentences, lambda sentence, m: bool(_CASUALTIES_AFTER.match(sentence[m.end:])))


# "The council, which had given a toll of eleven dead on Saturday morning, said on Sunday
# that the figure was wrong": a figure its own source withdrew as wrong is no figure
# (docs/eval.md); the corrected one after it stands.
_WITHDRAWN_AFTER = re.compile(
    r"^[^.;]{0,160}?\b(?:said|says|saying|admitted|conceded|acknowledged)\b[^.;]{0,60}?\b(?:the|that|this|its|their)"
    r"\s+(?:earlier\s+|first\s+)?(?:figure|toll|number|count)\s+(?:was|had\s+been|is)\s+(?:\w+\s+)?"
    r"(?:wrong|incorrect|mistaken|inaccurate|an?\s+error)\b"
    r"|^[^.;]{0,160}?\b(?:withdrew|retracted|has\s+withdrawn|had\s+withdrawn|has\s+retracted|had\s+retracted)\s+"
    r"(?:the|that|this|its|their)\s+(?:figure|toll|number|count)\b", re.I)


def withdrawn_as_wrong(count: int, sentences: list[str]) -> bool:
    """True when every place the sentences state `count` its source goes on to withdraw
    it as wrong."""
    return every_statement(count, sentences, lambda after: bool(_WITHDRAWN_AFTER.match(after)))


# Those who searched or came to help: "1,200 people joined the search along the shore"
# (the figure's own verb, in a clause that names no harm), "340 rescuers deployed" (in a
# sentence that names none: not "Three rescue workers, two of them paramedics, were killed").
_HELPING_AFTER = re.compile(r"^\s+(?:[\w-]+\s+){0,2}?(?:joined|took\s+part\s+in|helped|searched|combed|volunteered"
                            r"|(?:were|had\s+been)\s+(?:deployed|mobili[sz]ed))\b", re.I)
_HELPERS_AFTER = re.compile(r"^\s+(?:[\w-]+\s+)?(?:rescuers|searchers|volunteers|divers|rescue\s+workers)\b", re.I)


# ... or the kin of the harmed: "About 200 relatives of the Quillamore dead walked in silence
# to the ministry" (not "two relatives of the mayor were killed": kin of someone else)
_KIN_OF_THE_HARMED = re.compile(r"^\s+(?:[\w-]+\s+)?(?:relatives|families|family\s+members|mourners|parents|widows"
                                r"|orphans)\s+of\s+(?:the\s+)?(?:(?!(?:were|was|had|have|has)\b)[\w'-]+\s+){0,2}?"
                                r"(?:dead|victims|killed|missing|hostages|captives|slain)\b", re.I)


def counts_the_helpers(count: int, sentences: list[str]) -> bool:
    """True when every place the sentences state `count` it counts people who searched
    or came to help, or the kin of the harmed, and nothing there says they were harmed."""
    def helpers(sentence: str, m: Mention) -> bool:
        if _KIN_OF_THE_HARMED.match(sentence[m.end:]):
            return True
        if _HELPERS_AFTER.match(sentence[m.end:]):
            return not categories_named(sentence)
        # the figure's own clause, both sides ("That blast killed three rescue workers")
        clause = (re.split(r"[,;.]|\band\b", sentence[:m.start])[-1]
                  + re.split(r"[,;.]|\band\b", sentence[m.start:], maxsplit=1)[0])
        return bool(_HELPING_AFTER.match(sentence[m.end:])) and not categories_named(clause)
    return every_mention(count, sentences, helpers)


# "The court ordered the state to pay 60,000 crowns to the family of each of the 31 dead": the
# dead whose families are paid, a toll told for the payment (of the case tried, an earlier
# event's), not a figure told for an incident.
_FAMILIES_OF = re.compile(r"\b(?:famil(?:y|ies)|relatives|widows|next\s+of\s+kin|heirs)\s+of\s+(?:each\s+of\s+)?"
                          r"(?:the\s+|its\s+|their\s+)?$", re.I)
_PAID = re.compile(r"\b(?:pay|paid|paying|compensat\w*|award\w*|damages|indemnit\w*)\b", re.I)


def counts_the_compensated(count: int, sentences: list[str]) -> bool:
    """True when every place the sentences state `count` it counts the dead whose
    families are paid or compensated."""
    return every_mention(count, sentences, lambda sentence, m: bool(
        _FAMILIES_OF.search(sentence[max(0, m.start - 40):m.start]) and _PAID.search(sentence)))


def counts_no_one(count: int, sentences: list[str]) -> bool:
    """True when the sentences give `count` only as things, people accused or freed, the
    attackers, the killed and injured together, or a figure withdrawn, never as one
    category's figure of people harmed (the record builder leaves such a figure out)."""
    return (counts_things(count, sentences) or counts_the_accused(count, sentences) or counts_the_freed(count, sentences)
            or counts_where_from(count, sentences) or counts_the_unhurt(count, sentences)
            or counts_the_helpers(count, sentences) or counts_the_compensated(count, sentences)
            or counts_attackers(count, sentences)
            or counts_casualties_together(count, sentences) or withdrawn_as_wrong(count, sentences))


# "Three clerks trapped on the upper floor were brought down by neighbours with a ladder, and
# nobody was hurt": the sentence itself says no one it counts was harmed (not "nobody else").
_NOBODY_HURT = re.compile(r"\b(?:nobody|no\s+one|none\s+of\s+them)\s+(?:was|were|had\s+been)\s+(?:hurt|injured|harmed"
                          r"|killed|wounded)\b", re.I)


def counts_the_unhurt(count: int, sentences: list[str]) -> bool:
    """True when every sentence stating `count` says that nobody was hurt."""
    return every_mention(count, sentences, lambda sentence, m: bool(_NOBODY_HURT.search(sentence)))
