"""Names a model gives as a party that name no party (rule 12, read by
summarizer.verify.parties, summarizer.verify.repair and the record's builder): a
weapon or a blast ("car bomb"), the event itself ("the bombing"), a bare place ("the
town"), a thing hit ("computer systems", "livestock"), the attackers given as the
attacked ("one of the attackers"), those who came to help ("firefighters"), no one
("No group") or the court that tried the act."""

from __future__ import annotations

import re

from summarizer.verify.cues import SEIZED_ARMS
from summarizer.verify.names import name_words


WEAPONS = re.compile(
    r"^(?:(?:an?|the|two|three|four|five|several|multiple|\d+)\s+)?"
    # "a second, larger charge", "the first device": which one, how big
    r"(?:(?:first|second|third|fourth|another|other|larger|smaller|bigger|large|small|powerful)\s+)*"
    r"(?:(?:car|truck|roadside|suicide|parcel|pipe|nail|barrel|letter|remote[- ]controlled|explosive|incendiary"
    r"|unidentified|unmanned|armed|attack|military|kamikaze"
    r"|improvised|homemade|home-made|crude|artillery|tank|heavy)\s+)*"
    r"(?:bomb|bombs|ied|ieds|explosive|explosives|explosion|blast|grenade|grenades|mine|landmine|device|devices"
    r"|shell|shells|rocket|rockets|mortar|mortars|missile|missiles|drone|drones|fire|gunfire|bullet|bullets|artillery"
    # the means told as the doer: "a drone strike hit a wedding", "A POWERFUL DYNAMITE CHARGE DESTROYED"
    r"|(?:drone\s+|air\s+)?strikes?|airstrikes?|(?:powerful\s+)?(?:dynamite\s+)?charges?"
    # the vehicle a bomb was in: "tanker truck", "car bomb" above
    r"|tanker\s+truck|tanker|truck\s+bomb|car\s+bomb|motorcycles?|motorbikes?|pressure\s+cookers?"
    # what the attackers carried: "Kessai farmers and Orumbe traders clashed with machetes, clubs and bows"
    r"|machetes?|clubs|bows|knives|knife|rifles?|guns|pistols?|spears?|axes|petrol\s+bombs?|molotov\s+cocktails?"
    # "FOUGHT WITH SLINGS, STONES AND SHOTGUNS"
    r"|slings?|stones|rocks|shotguns?|sticks|iron\s+bars?|bottles"
    # "mortar rounds"; "a car packed with explosives" (a car alone may be what was attacked)
    r"|(?:mortar\s+|artillery\s+)?rounds|(?:car|van|vehicle|lorry|truck)(?=\s+(?:stuffed|packed|filled|laden)\s)"
    # the craft that backed the troops: "Government troops backed by helicopters stormed"
    r"|(?:helicopter\s+)?gunships?|(?:attack\s+|military\s+)?helicopters?|warplanes?|(?:fighter\s+)?jets?|tanks"
    r"|armou?red\s+(?:vehicles|cars|personnel\s+carriers)"
    # the code, not who ran it: "Ransomware shut down the dispatch system"
    r"|ransomware|malware|spyware|wiper|(?:computer\s+)?virus|worm|trojan|phishing\s+e-?mails?)"
    r"(?:\s+(?:stuffed|packed|filled|laden)\s+with\s+.+)?"
    # where it came from, not who fired it: "shells from the same barrage", "rockets fired from the ridge"
    r"(?:\s+(?:(?:fired|launched|lobbed)\s+)?from\s+.+)?$", re.I)


# A clause copied for a name: "TWO BORDER GUARDS WERE KILLED" tells what befell people, it names
# no one who did it or was aimed at.
_WHAT_BEFELL = re.compile(r"\b(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:\w+\s+)?(?:killed|wounded|injured"
                          r"|shot|abducted|kidnapped|taken|seized|hurt)\b", re.I)


def tells_what_befell(name: str) -> bool:
    """Is the party's "name" a clause of what befell people ("TWO BORDER GUARDS WERE KILLED")?"""
    return bool(_WHAT_BEFELL.search(name))


def is_weapon(name: str) -> bool:
    """A weapon or a blast named as if it were a party ("car bomb", "the explosion"),
    or a list of them ("machetes, clubs, bows")."""
    if WEAPONS.match(" ".join(name.replace(",", " ").split())):
        return True
    parts = [" ".join(p.split()) for p in re.split(r",|\band\b|\bor\b", name)]
    return len(parts) > 1 and all(p and WEAPONS.match(p) for p in parts)


def named_as_the_bomb(name: str, texts: list[str]) -> bool:
    """Is `name` given only as what the bomb was ("the Karsvik ministry car bomb"): the
    weapon, not a car attacked?"""
    # (a vehicle's: "the Kelvanne bus station bomb" is where the bomb went off)
    if not _BOMB_VEHICLE.search(name.strip()):
        return False
    said = [m for t in texts for m in re.finditer(rf"\b{name_words(name)}\b(?P<after>\s+bombs?\b)?", t, re.I)]
    return bool(said) and all(m.group("after") for m in said)


_BOMB_VEHICLE = re.compile(r"(?i)\b(?:car|truck|van|lorry|motorcycle|motorbike|bicycle|cart|bus|tanker|saloon)$")


_WEAPON_VEHICLES = re.compile(r"^(?:an?\s+|the\s+)?(?:tanker\s+truck|tanker|motorcycles?|motorbikes?)$", re.I)


def vehicle_struck(name: str, texts: list[str]) -> bool:
    """A vehicle a weapon list holds (a motorcycle bomb, a tanker bomb) that the sentences
    say was struck, hit or fired on: "a drone struck a motorcycle on the road near Hallun
    village" names what was attacked, not a weapon."""
    if not _WEAPON_VEHICLES.match(name.strip()):
        return False
    noun = re.escape(re.sub(r"^(?:an?|the)\s+", "", name.strip(), flags=re.I))
    return any(re.search(rf"\b(?:struck|hit|targeted|attacked|fired\s+on|ambushed|bombed)\s+(?:an?\s+|the\s+|their\s+"
                         rf"|his\s+)?(?:[\w-]+\s+)?{noun}\b", t, re.I) for t in texts)


_EVENT_NOUNS = re.compile(
    r"^(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:attack|attacks|bombing|bombings|kidnapping|kidnappings|abduction|abductions"
    r"|violence|clash|clashes|fighting|battle|riot|riots|protest|protests|unrest|explosion|blast|fire|flood|floods"
    r"|earthquake|storm|crash|collision|accident|incident|incidents|massacre|ambush|raid|shooting|shelling|cyberattack"
    r"|hack|breach|ransomware attack)$", re.I)


# A thing hit is not who was attacked (rule 12): the computers, data or livestock
# of a utility, a hospital or a village; the target is the organisation or the people.
_THINGS_HIT = re.compile(
    # ("billing and customer-service servers": two kinds of them, in lower case)
    r"^(?:the\s+|its\s+|their\s+)?(?-i:[a-z][\w-]*\s+(?:and|or)\s+[a-z][\w-]*\s+)(?:computers|systems|servers|networks)$|"
    # ("the property tax and water billing records": two kinds of them)
    r"^(?:the\s+|its\s+|their\s+)?(?:[\w'-]+\s+){0,2}(?:(?:and|or)\s+(?:[\w'-]+\s+){1,2})?"
    r"(?:computers?|systems?|servers?|networks?|data|databases?|"
    r"files?|records?|e-?mails?|websites?|software|modems?|routers?|cameras?|firmware|livestock|cattle|goats?|sheep|camels?|cows?|animals?|crops?|"
    # what people pay through a portal: "where residents pay water bills, parking fines and property taxes"
    r"bills|fines|taxes|payments|"
    # What was burned or wrecked in the attack on a farm or a convoy: its damage
    # ("the tractor shed", "set fire to 4 fuel trucks"), not what was attacked (homes burned
    # in a raid on a village may be: the gold annotates them so).
    r"sheds?|vehicles|cars|trucks|lorries|tractors|"
    # what a bomb was hidden in: "A bomb hidden in a gas cylinder exploded", "in a rubbish bin"
    r"cylinders?|bins?|bags?|backpacks?|suitcases?|boxes|canisters?|containers?|sacks?|"
    # what troops seized or raiders carried off: "SEIZED A RADIO TRANSMITTER AND 14 RIFLES"
    + SEIZED_ARMS + r")$|"
    # the data taken: "the bank details of 52,000 merchants", "identity papers of prize winners"
    r"^(?:the\s+)?(?:[\w'-]+\s+){0,2}(?:details|data|records|files|documents|papers)\s+of\s+.+$", re.I)


# A place is where it happened, not who was attacked (rule 12): "the town", "a river
# crossing", "a gold mining site" (a place fought over, or where an attack was).
_PLACE_NOUNS = re.compile(
    # (a "displacement site" is a camp people live in, attacked as a camp is: no bare place)
    r"^(?:the\s+|a\s+|an\s+)?(?:[\w'-]+\s+){0,2}(?:towns?|villages?|city|cities|area|areas|crossings?"
    r"|(?<!displacement )(?<!idp )sites?|"
    r"territory|hills?|valley|outskirts|neighbou?rhoods?|district|region|province|border|countryside|"
    # where attackers came from or fled to: "fled into the Gannu forest"
    r"forests?|woods|jungle|bush|mountains|"
    # a road is where a convoy or a bus was attacked: "ambushed on Route 5", "fired on in Tanners Row"
    r"roads?|highways?|motorway|streets?|avenue|row|lane)"
    # ... and where it lies: "a hill outside Torquilla", "the patrol road, 2 km south of Kelloway"
    r"(?:\s+(?:outside|near|above|below|behind|beyond)\s+\S.*|\s*,\s+\S.*)?$|^(?:the\s+)?(?:route|highway|road)\s+\d+\w*$", re.I)


def names_a_place(name: str) -> bool:
    """A target that is a bare place noun ("the town", "river crossing")."""
    return bool(_PLACE_NOUNS.match(" ".join(name.split())))


# A company named for what it sells is an organisation: "Medivant Systems", "Pellam
# Networks" (capitalised, in a name of mixed case), not "Hospital Computer Systems".
_COMPANY = re.compile(r"^(?!(?:Computer|Information|IT|Billing|Patient|Customer|Network|Control|Payment|Booking"
                      r"|Email|E-mail|Internal|Backup|Hospital|School|Security|Ticketing|Its|Their|The)\b)"
                      r"(?:[A-Z][a-z][\w'&-]*\s+){1,3}(?:Systems|Networks|Data|Software|Computers)$")


def names_a_thing_hit(name: str, event_type: str | None = None) -> bool:
    """A target that is a thing ("computer systems", "patient data", "livestock").
    In a riot the police's or the army's vehicles the crowd burned are what its force
    was used on, as the gold annotates them ("burned 2 police vehicles"); other cars
    burned are its damage ("set fire to 11 parked cars")."""
    name = " ".join(name.split())
    if event_type == "riot/protest" and _VEHICLES.match(name):
        return False
    return bool(_THINGS_HIT.match(name)) and not _COMPANY.match(name)


_VEHICLES = re.compile(r"^(?:the\s+|their\s+)?(?:\w+\s+)?(?:police|army|military|government|official|security"
                       r"(?:\s+forces)?)\s+(?:vehicles|cars|trucks|lorries)$", re.I)


# The attackers themselves: "a policeman fired back and killed one of the attackers"
# does not make them what was attacked.
_THE_ATTACKERS = re.compile(r"^(?:the\s+|some\s+)?(?:[\w'-]+\s+)?(?:attackers|assailants|gunmen|gunman|raiders|kidnappers"
                            r"|abductors|hijackers|hostage-takers|bombers?|perpetrators)$", re.I)


def names_the_attackers(name: str) -> bool:
    """A target that names the attackers ("one of the attackers", "the gunmen")."""
    return bool(_THE_ATTACKERS.match(re.sub(r"^(?:one|two|three|\d+)\s+of\s+", "", " ".join(name.split()), flags=re.I)))


def names_an_event(name: str) -> bool:
    """An actor that names the event itself ("the bombing", "political violence")."""
    return bool(_EVENT_NOUNS.match(" ".join(name.split())))


# Those who came to help: "Firefighters rescued five people from a house the attackers had
# set alight", "Civil defence teams pulled 4 people alive from the rubble": no perpetrators.
_THE_HELPERS = re.compile(r"^(?:the\s+|some\s+)?(?:[\w'-]+\s+)?(?:firefighters|firemen|rescuers|rescue\s+(?:workers|teams)"
                          r"|civil\s+defen[cs]e(?:\s+(?:teams|workers|volunteers))?|paramedics|medics|ambulance\s+crews"
                          r"|emergency\s+(?:services|workers|crews))$", re.I)


# The state's forces by their kind ("officers of the police Special Response Group", "Haldemari
# troops", "ARMY COMMANDOS"), not an armed group named like them ("National People's Army").
_STATE_FORCES = re.compile(r"\b(?:police|policemen|gendarm\w*|soldiers|troops|army|navy|marines|security\s+forces"
                           r"|special\s+forces|commandos|officers|agents)\b", re.I)
_A_GROUPS_NAME = re.compile(r"\b(?:people's|popular|liberation|revolutionary|front|movement|alliance|brotherhood"
                            r"|brigades?|legion|militia|rebels?|insurgents?|guerrillas?|uniforms?|disguised|posing)\b",
                            re.I)
# ... who ended a captivity: "stormed the building", "freed the hostages"
ENDED_THE_CAPTIVITY = re.compile(r"\b(?:storm(?:ed|ing)|rescu(?:ed|ing)|freed|freeing|raid(?:ed|ing)|liberat(?:ed|ing))\b",
                                 re.I)


def names_the_states_forces(name: str) -> bool:
    """A party named as the state's forces by their kind (`_STATE_FORCES`), no armed group:
    a kind in lower case ("Haldemari troops", "Police commandos"), or a wire's capitals with no
    acronym ("ARMY TROOPS"; not "Coastal Defence Army (CDA)", a group's own name)."""
    kinds = [m[0] for m in _STATE_FORCES.finditer(name)]
    if not kinds or _A_GROUPS_NAME.search(name):
        return False
    return any(kind.islower() for kind in kinds) or (name.isupper() and "(" not in name)


def names_the_helpers(name: str) -> bool:
    """A perpetrator that names those who came to help ("firefighters", "rescue workers")."""
    return bool(_THE_HELPERS.match(" ".join(name.split())))


# No one at all, or those who judged it: "No group claimed the bombing"; "the High Court
# in Marrick convicted nine OIA members over the attack".
_NO_ONE_OR_THE_COURT = re.compile(r"^(?:no\s+(?:group|one|organi[sz]ation|party)|nobody|none|"
                                  # a database's "Perpetrator: Unknown" names no one either
                                  r"unknown|not\s+known|n/a|"
                                  # (not an armed group's name: "the Sarvok People's Tribunal")
                                  r"(?:the\s+)?(?!(?:[\w'-]+\s+){0,2}(?:people's|popular|revolutionary)\s)"
                                  r"(?:[\w'-]+\s+){0,3}(?:court|tribunal|judges?|prosecutors?)"
                                  r"(?:\s+(?:in|of|at)\s+[\w' -]+)?"
                                  # what they carried, not who they were: "armed with machetes, spears, slings
                                  # and a few shotguns"
                                  r"|(?:heavily\s+)?armed\s+with\b.*"
                                  # the weapon, not who set it: "BOMB PLACED AGAINST THE HULL OF THE COASTAL
                                  # FREIGHTER DONA ERMELINDA", "a device left in a bag"
                                  r"|(?:an?\s+|the\s+)?(?:car\s+|truck\s+|time\s+|limpet\s+|roadside\s+)?(?:bomb|device"
                                  r"|explosive\s+device|ied|grenade|mine|charge|explosives?)s?\s+(?:placed|planted|left"
                                  r"|hidden|fixed|attached|thrown|hurled)\b.*)$", re.I)
# A vehicle or an aircraft, not who drove or flew it: "an army truck" the crowd stoned, "a
# drone armed with an explosive charge" (docs/eval.md: the air force or the group, never the
# drone; not "men in a grey saloon car", "gunmen in three pickup trucks")
_A_VEHICLE = re.compile(r"^(?:an?\s+|the\s+)?(?:[\w'-]+\s+){0,2}(?:trucks?|lorr(?:y|ies)|cars?|vans?|bus(?:es)?"
                        r"|jeeps?|pickups?|vehicles?|minibus(?:es)?|drones?|helicopters?|aircraft|planes?|jets?"
                        r"|gunships?)(?:\s+(?:armed|carrying|loaded|fitted)\b.*)?$", re.I)


def names_a_vehicle(name: str) -> bool:
    """A perpetrator that is a vehicle, an aircraft or a drone (`_A_VEHICLE`)."""
    return bool(_A_VEHICLE.match(" ".join(name.split())))


def names_no_one_or_the_court(name: str) -> bool:
    """A perpetrator that names no one ("No group") or a court that tried the act."""
    return bool(_NO_ONE_OR_THE_COURT.match(" ".join(name.split())))
