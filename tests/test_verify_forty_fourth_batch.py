"""Verifier rules of 2026-12-05 (ninth session), from right gold values of the
forty-fourth twelve (targets) it refused; each with a value it must accept and
one it must still refuse. Articles are ours."""

from datetime import date

from summarizer.verify.categories import category_conflict, presence_total
from summarizer.verify.date_events import of_another_day
from summarizer.verify.parties import harmed_at_the_aim
from summarizer.verify.roles import plays_role
from support.incident_problems import incident_problems


_problems = incident_problems


def test_one_of_a_group_described_by_age_who_died_is_killed():
    text = ("Two fish sellers waiting on the jetty were also wounded, and one of them, a woman aged 60, died on "
            "the way to hospital, the river police added.")
    assert category_conflict("killed", 1, [text]) is None
    assert category_conflict("killed", 2, [text]) is not None


def test_people_waiting_somewhere_among_the_wounded_are_injured_not_present():
    hurt = "Two men waiting at the stop, a water seller and a taxi driver, were among the wounded, she said."
    assert not presence_total(2, [hurt])
    assert presence_total(2, ["Two men waiting at the stop, a water seller and a taxi driver, saw the gunmen."])


def test_the_one_the_attackers_were_waiting_for_was_their_aim():
    quote = '"They were waiting for Councillor Vessant. He took this minibus every morning," the governor said.'
    assert plays_role("Councillor Vessant", "targets", [quote])
    assert not plays_role("Mayor Dorn", "targets", ["Reporters were waiting for Mayor Dorn outside the hall."])


def test_a_claims_date_after_while_dates_the_claim_not_another_event():
    text = ("The provincial governor blamed the Lanreth Liberation Army (LLA), while on 05/21/2019 a group "
            "calling itself the Martyrs of Ibbar Brigade claimed the attack in leaflets.")
    assert not of_another_day([text], date(2019, 5, 19))
    assert of_another_day(["The governor blamed the LLA, while on 05/21/2019 gunmen burned a second truck."],
                          date(2019, 5, 19))


def test_a_group_defined_with_its_acronym_in_capitals_is_found_by_the_acronym():
    article = ("CIUDAD ORLANZA, 2 NOV 83 (RADIO CUMBAYA) -- [TEXT] THE POLICE CHIEF SAID THE KILLERS BELONGED TO "
               "THE ZAMORA RIVER GUERRILLA FRONT (FGRZ). IN A COMMUNIQUE SENT YESTERDAY, THE FGRZ CLAIMED THE "
               "KIDNAPPING OF THREE NURSES.")
    right = _problems(article, perpetrators=[{"name": "Zamora River Guerrilla Front (FGRZ)", "sentences": [2]}])
    assert not [p for p in right if "perpetrators" in p]
    wrong = _problems(article, perpetrators=[{"name": "Kessel Front (KF)", "sentences": [2]}])
    assert any("perpetrators" in p for p in wrong)


def test_people_shot_or_abducted_as_the_act_are_its_aim_beside_a_building():
    shot = "They stormed the police post and then went from house to house shooting villagers."
    assert not harmed_at_the_aim("villagers", ["police post", "villagers"], "armed attack", [shot])
    taken = "Gunmen raided the polling station, killing a constable and abducting 2 polling officers."
    assert not harmed_at_the_aim("polling officers", ["polling station", "polling officers"], "armed attack", [taken])
    killed = "Gunmen stormed the police post, shooting dead two officers."
    assert harmed_at_the_aim("officers", ["police post", "officers"], "armed attack", [killed])


# -- wrong values it had verified ------------------------------------------------------------


def test_a_blast_a_group_claims_is_no_accident():
    from summarizer.verify.event_types import kind_contradicted
    claimed = ["Blasts hit substation and gas pipeline in western Sarrowen; Free Vantry Front claims both",
               "Before dawn on Sunday, a second explosion tore through the gas pipeline near Lunstead."]
    assert kind_contradicted("industrial accident", claimed) == "a deliberate act"
    assert kind_contradicted("industrial accident", ["A gas pipeline exploded near Lunstead after a valve "
                                                     "failed, the company said."]) is None


def test_a_march_that_ended_without_incident_is_no_riot():
    from summarizer.verify.event_types import kind_contradicted
    calm = ["On 29 October 2024, a march by about 500 opposition supporters in Kabwela town against the conduct "
            "of the vote ended without incident."]
    assert kind_contradicted("riot/protest", calm)
    assert kind_contradicted("riot/protest", ["The march ended without incident until police fired tear gas "
                                              "at the crowd."]) is None


def test_a_named_hill_near_a_town_is_placed_in_the_town():
    from summarizer.records.regions import town_of_site
    text = ("ON WEDNESDAY NIGHT, SUBVERSIVES DYNAMITED THE RELAY TOWER ON CERRO PANDURO, NEAR THE TOWN OF "
            "CUENQUILLA, ALSO IN LAS GARZAS DEPARTMENT.")
    assert town_of_site("Cerro Panduro", [text]).lower() == "cuenquilla"
    assert town_of_site("Cerro Panduro", ["Rebels held Cerro Panduro for a week."]) == "Cerro Panduro"


def test_the_owner_of_a_portal_knocked_offline_was_attacked():
    text = ("A distributed denial-of-service attack knocked the customs declaration portal of Ovelund's Ministry "
            "of Finance offline for about nine hours on Monday, the ministry said.")
    assert plays_role("Ministry of Finance", "targets", [text])
    assert not plays_role("Ministry of Finance", "targets", ["The customs portal of Ovelund's Ministry of Finance "
                                                             "will be replaced next year, a spokesman said."])


def test_the_shooting_of_people_named_as_a_noun_is_not_this_acts_aim():
    headline = "Group claims Orvan checkpoint bombing and the shooting of rescuers that followed"
    assert harmed_at_the_aim("rescuers", ["army checkpoint", "rescuers"], "bombing/explosion", [headline])
