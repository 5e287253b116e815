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
