"""Names beside an act that are not its party (rule 15, read by
summarizer.verify.roles): whom the victims were said to help, where a message went,
what a picture shows, where people or supplies were taken, whom police arrested;
and not its doer: the community a group comes from, a record of raids, a trend, a
source quoted."""

import re

# "accusing the victims of helping the guerrillas": who the victims were said to help.
ACCUSED_OF = re.compile(r"\bof\s+(?:helping|aiding|supporting|sheltering|collaborating\s+with|informing\s+for"
                        r"|working\s+for|spying\s+for)\s+(?:the\s+)?$", re.I)
# "a letter delivered yesterday to a radio station": where a message went, not what was attacked.
MESSAGE_TO = re.compile(r"\b(?:delivered|sent|posted|addressed|mailed|phoned|telephoned|faxed|handed)\s+"
                        r"(?:[\w'-]+\s+){0,4}?(?:to|at)\s+(?:the\s+|a\s+|an\s+)?(?:[\w'-]+\s+){0,2}?$", re.I)
# "alongside photos of the fallen towers": what a picture shows, not what was attacked.
PICTURED = re.compile(r"\b(?:photos?|photographs?|pictures?|images?|videos?|footage)\s+of\s+(?:the\s+)?"
                      r"(?:[\w'-]+\s+){0,2}?$", re.I)
# "THE INJURED HAD BEEN TAKEN TO THE SAN JUAN DE DIOS HOSPITAL": where people were taken.
# (and where supplies were going: "AN ARMY TRUCK THAT WAS TAKING RATIONS TO THE GARRISON")
TAKEN_TO = re.compile(r"\b(?:taken|rushed|flown|brought|carried|driven|airlifted|evacuated|admitted|transferred"
                      r"|taking|carrying|bringing|delivering|transporting|ferrying)\s+"
                      r"(?:[\w'-]+\s+){0,3}?(?:to|into)\s+(?:the\s+|a\s+)?$"
                      # "a 17-year-old student died of his wounds at the Kessel regional hospital",
                      # "were being treated at the district hospital": where the harmed were cared for
                      r"|\b(?:died|treated|operated\s+on|recovering|admitted)\s+(?:[\w'-]+\s+){0,4}?(?:at|in)\s+"
                      r"(?:the\s+|a\s+)?(?:[\w'-]+\s+){0,3}$", re.I)
# "hackers took booking records of 1.2 million passengers": people whose data was taken,
# not the organisation attacked (read of a name in lower case: "records of Halden Bank"
# makes the bank the owner hit).
DATA_OF = re.compile(r"\b(?:records|data|details|files|information|names|addresses|numbers|itineraries)\s+"
                     r"(?:of|belonging\s+to|on)\s+(?:(?:some|about|around|more\s+than|nearly|over|up\s+to)\s+)?"
                     r"(?:[\d.,]+\s+(?:million\s+|thousand\s+)?|tens\s+of\s+thousands\s+of\s+|thousands\s+of\s+)?$",
                     re.I)
# "police detained six suspects": arrested, not attacked.
HELD_BY_POLICE = re.compile(r"\b(?:police|officers|troops|soldiers|security\s+forces|authorities)\s+(?:later\s+|also\s+"
                            r"|then\s+)?(?:detained|arrested|held|questioned)\s+(?:[\w-]+\s+){0,3}?$", re.I)


# "a militia drawn from Tadu herders": the community a group comes from; "Walla has seen
# repeated raids by armed bands": a record of raids; "a compound that the army said the
# ELA used": a party of the target's relative clause.
NOT_THE_ACT_BEFORE = re.compile(
    r"\b(?:drawn|recruited)\s+(?:mainly\s+|largely\s+|mostly\s+)?from\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}?$"
    r"|\b(?:has|have|had)\s+(?:seen|suffered|witnessed|endured)\s+(?:[\w-]+\s+){0,3}?(?:raids|attacks|ambushes"
    r"|kidnappings|abductions|bombings)\s+by\s+(?:the\s+)?$"
    # (a relative clause, "a group that the army suspected"; not a report's "that": "the police
    # said that they suspected the Amber Hollow Cell")
    r"|(?<!said\s)(?<!says\s)(?<!told\s)(?<!stated\s)(?<!added\s)(?<!announced\s)"
    r"\b(?:that|which)\s+(?:the\s+)?(?:[\w'-]+\s+){1,4}?(?:said|says|believed|believes|suspected|claimed)\s+(?:the\s+)?$",
    re.I)
# ... nor is a report's "that" with its audience or day between: "told parliament on
# Tuesday that police suspected the Brackenfell Liberation Front ... of planting the charges".
REPORTED_THAT = re.compile(
    r"\b(?:said|says|told|stated|added|announced|reported|confirmed)\s+"
    r"(?:(?:parliament|reporters|journalists|lawmakers|deputies|senators|MPs|the\s+(?:press|assembly|senate"
    r"|parliament|council|committee))\s+)?(?:(?:(?:late|early)\s+)?on\s+\w+day\s+|(?:later|earlier|also)\s+)?"
    r"that\s+(?:the\s+)?(?:[\w'-]+\s+){1,4}?(?:said|says|believed|believes|suspected|claimed)\s+(?:the\s+)?$", re.I)


def not_the_act_before(before: str) -> bool:
    """Do the words before a name make it no party of the act (`NOT_THE_ACT_BEFORE`)?"""
    return bool(NOT_THE_ACT_BEFORE.search(before)) and not REPORTED_THAT.search(before)


# "Violence attributed to armed factions has been escalating in the region": a trend.
TREND = re.compile(r"^\W*(?:[\w'-]+\s+){0,3}?(?:has|have)\s+been\s+(?:escalating|rising|increasing|growing"
                   r"|mounting|spreading|on\s+the\s+rise)\b", re.I)
# "gunmen who, according to the district governor, Farid Osmani, belonged to": the source.
ACCORDING_TO = re.compile(r"\baccording\s+to\s+(?:the\s+)?(?:[\w'-]+\s+){0,4}?(?:[\w'-]+,\s+)?$", re.I)

# "The opposition blamed the unrest on Finance Minister Pavel Dorn": a policy blamed, not a doer.
OFFICE_BLAMED = re.compile(r"\bblam\w*\s+(?:the\s+)?(?:unrest|protests?|riots?|rioting|violence|crisis)\s+on\s+"
                           r"(?:the\s+)?$", re.I)
OFFICE = re.compile(r"(?i)^(?:the\s+)?(?:(?:former|deputy|acting|interior|finance|foreign|prime)\s+)*"
                    r"(?:minister|president|governor|mayor|premier)\b")
