"""Parties the program reads from the article (summarizer/records/parties.py).
Articles are ours."""

import pytest

from summarizer.core.schema import EventFields, EventList
from summarizer.read.segment import segment
from summarizer.records.derive import Article, incident_from
from summarizer.records.parties import claimants


@pytest.mark.parametrize("sentence,group", [
    ("The Amrun Islamic Front claimed responsibility for the attack.", "Amrun Islamic Front"),
    ("Police said the gunmen belonged to the Ñandú Cartel, a drug-trafficking gang.", "Ñandú Cartel"),
    ("A criminal group calling itself Grey Tide said on Saturday that it had carried out the attack.", "Grey Tide"),
    ("The Free Norvania Army said it had attacked the station in revenge.", "Free Norvania Army"),
    ("The army blamed the Halder Freedom Movement, a rebel group.", "Halder Freedom Movement"),
    ("No group claimed responsibility; sources attributed the attack to suspected Tessin Brotherhood militants.",
     "Tessin Brotherhood"),
    ("POLICE SOURCES BLAMED THE ATTACK ON THE POST AND THE CAR BOMB ON THE PEOPLE'S REVOLUTIONARY ARMY (ERP), "
     "WHICH HAS OPERATED THERE SINCE 1984.", "PEOPLE'S REVOLUTIONARY ARMY (ERP)"),
    ("No group has claimed the attack.", None),
    ("The government blamed \"criminal elements\" for the violence.", None),
])
def test_a_group_claiming_or_blamed_is_read_from_its_sentence(sentence, group):
    assert [name for name, _ in claimants({3: sentence})] == ([group] if group else [])


def events(kind, numbers):
    return EventList.model_validate({"events": [{"type": kind, "sentences": numbers}]}).events[0]


def test_a_claimant_is_added_citing_its_sentence_and_an_accident_keeps_no_party():
    text = ("Gunmen attacked a police post in Rusk on Tuesday, killing two officers. "
            "The Sarn Liberation Movement claimed responsibility for the attack.")
    a = Article(segment(text), text)
    inc = incident_from(events("armed attack", [1, 2]), EventFields(perpetrators=["gunmen", "car bomb"]), a)
    assert [(p.name, p.sentences) for p in inc.perpetrators] == [
        ("gunmen", [1]), ("Sarn Liberation Movement", [2])]  # a weapon is no party
    rain = "Heavy rain flooded the valley on Monday, killing four people. Police blamed the Valley Water Board."
    flood = incident_from(events("natural disaster", [1, 2]), EventFields(perpetrators=["heavy rain"]),
                          Article(segment(rain), rain))
    assert flood.perpetrators == []


def test_a_party_is_cited_where_the_article_gives_it_its_role():
    text = ("Gunmen ambushed a police patrol near Rusk on Tuesday, killing two officers. "
            "The police patrol escorted fuel trucks to the border every week. "
            "Witnesses said the gunmen fled towards the hills. "
            "Police said they were searching for the gunmen and had closed the road to the patrol's base.")
    a = Article(segment(text), text)
    inc = incident_from(events("armed attack", [1, 2, 3, 4]),
                        EventFields(perpetrators=["gunmen"], targets=["police patrol"]), a)
    # Every sentence names the gunmen or the patrol; only the first says who ambushed whom.
    assert [(p.name, p.sentences) for p in inc.perpetrators] == [("gunmen", [1])]
    assert [(t.name, t.sentences) for t in inc.targets] == [("police patrol", [1])]
    # A name no sentence gives a role is cited wherever it is named (and the verifier flags it).
    nowhere = incident_from(events("armed attack", [1, 2, 3, 4]), EventFields(perpetrators=["witnesses"]), a)
    assert [(p.name, p.sentences) for p in nowhere.perpetrators] == [("witnesses", [3])]


_HOSPITAL = ("Gunmen stormed the district hospital in Rusk on Tuesday night, killing a guard and wounding "
             "three patients and two doctors. The Sarn Liberation Movement claimed the attack.")


@pytest.mark.parametrize("name,targets,event_type,harmed", [
    ("patients", ["district hospital", "patients"], "armed attack", True),
    ("guard", ["district hospital", "guard"], "armed attack", True),
    ("worshippers", ["main mosque", "worshippers"], "bombing/explosion", True),
    ("district hospital", ["district hospital", "patients"], "armed attack", False),  # the aim stays
    ("patients", ["patients"], "armed attack", False),  # no building beside them: they were the aim
    ("aid workers", ["camp", "aid workers"], "abduction", False),  # the people taken are the aim
    ("Mayor of Dellow", ["Mayor of Dellow", "convoy"], "armed attack", False),  # a person, not a crowd harmed
])
def test_people_harmed_at_the_building_attacked_are_no_further_target(name, targets, event_type, harmed):
    from summarizer.verify.parties import harmed_at_the_aim
    assert harmed_at_the_aim(name, targets, event_type, [_HOSPITAL]) is harmed


@pytest.mark.parametrize("name,text", [
    ("guards", "Some attackers opened fire on the guards at the gate and set fire to two transformers."),
    ("traders", "The weekly market was looted by armed men, who also kidnapped 2 traders."),
])
def test_people_the_act_was_aimed_at_stay_beside_the_building(name, text):
    from summarizer.verify.parties import harmed_at_the_aim
    assert not harmed_at_the_aim(name, ["electricity substation", "weekly market", name], "armed attack", [text])


def test_the_record_keeps_the_building_and_the_verifier_flags_the_people_harmed_there():
    from support.drafts import verifier_problems
    a = Article(segment(_HOSPITAL), _HOSPITAL)
    inc = incident_from(events("armed attack", [1, 2]),
                        EventFields(perpetrators=["gunmen"], targets=["district hospital", "patients", "doctors"]), a)
    assert [t.name for t in inc.targets] == ["district hospital"]
    # A name given as attacker too stays, so that both roles are flagged (rule 15).
    both = incident_from(events("armed attack", [1, 2]),
                         EventFields(perpetrators=["gunmen", "guard"], targets=["district hospital", "guard"]), a)
    assert [t.name for t in both.targets] == ["district hospital", "guard"]
    flagged = verifier_problems(_HOSPITAL, event_type="armed attack", targets=[
        {"name": "district hospital", "sentences": [1]}, {"name": "patients", "sentences": [1]}])
    assert [p for p in flagged if "harmed where the attack was aimed" in p]
    assert not verifier_problems(_HOSPITAL, event_type="armed attack",
                                 targets=[{"name": "district hospital", "sentences": [1]}])


@pytest.mark.parametrize("sentence,org", [
    ("A ransomware attack shut down the computer systems of Tern Valley Health on Monday.", "Tern Valley Health"),
    ("A wiper erased data on 900 computers at Oskar Gas and Light, the utility said.", "Oskar Gas and Light"),
    ("Hackers broke into the network at the Dremmin offices of the shoe retailer Pell & Sons last week.",
     "Pell & Sons"),
    ("The attack knocked Marrow Bank's mobile app offline for six hours.", "Marrow Bank"),
    ("The satellite provider, Northlink Orbital, was hit by a cyberattack on Friday.", "Northlink Orbital"),
    # A country owning what was hit is not the one hit; no capitalised owner, nothing.
    ("Hackers took the websites of Velmora's interior ministry offline.", None),
    ("A ransomware attack encrypted the servers of the district's schools.", None),
])
def test_the_organisation_a_cyberattack_hit_is_read_from_its_sentence(sentence, org):
    from summarizer.records.parties import hit_by_a_cyberattack
    assert hit_by_a_cyberattack({2: sentence}) == ((org, 2) if org else None)


def test_a_cyberattacks_target_is_the_organisation_hit_not_its_systems():
    text = ("A ransomware attack shut down the computer systems of Tern Valley Health on Monday, the company said. "
            "The Grey Wolf group claimed the attack.")
    a = Article(segment(text), text)
    inc = incident_from(events("cyberattack", [1, 2]), EventFields(targets=["computer systems"]), a)
    assert [(t.name, t.sentences) for t in inc.targets] == [("Tern Valley Health", [1])]
    named = incident_from(events("cyberattack", [1, 2]), EventFields(targets=["Tern Valley Health"]), a)
    assert [t.name for t in named.targets] == ["Tern Valley Health"]  # not twice


@pytest.mark.parametrize("name,text,harmed", [
    ("night watchman", "GUERRILLAS FIRED ON THE BUNKHOUSES FOR TWO HOURS, KILLING FOUR MINERS AND A NIGHT WATCHMAN.", True),
    ("driver", "A minibus was fired on by gunmen near Orsk, killing five passengers and wounding the driver.", True),
    ("guard", "The guard was shot dead at the gate.", True),
    ("driver", "Gunmen opened fire on the driver of a bus near Orsk.", False),  # the one fired on
    ("convoy", "Gunmen killed two drivers of the convoy.", False),  # no person
])
def test_one_person_named_only_as_harmed_is_no_target(name, text, harmed):
    from support.drafts import verifier_problems
    from summarizer.verify.parties import one_person_harmed
    assert one_person_harmed(name, [text]) is harmed
    flagged = verifier_problems(text, event_type="armed attack", targets=[{"name": name, "sentences": [1]}])
    assert bool([p for p in flagged if "only as harmed" in p]) is harmed
