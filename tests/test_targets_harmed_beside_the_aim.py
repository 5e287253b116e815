"""Targets of 2026-12-05 (seventh session), from the model's verified targets on
dev that the gold gives as casualties' who or not at all: people harmed beside a
person aimed at or in a vehicle attacked, and things the attackers took away. Each
with a value the rule must drop and one it must leave alone. Articles are ours."""

from summarizer.verify.parties import harmed_at_the_aim, no_other_target
from support.incident_problems import incident_problems


_problems = incident_problems


def test_bodyguards_wounded_beside_a_judge_are_her_casualties():
    texts = ["Two of her bodyguards were wounded in the exchange of fire."]
    assert harmed_at_the_aim("two of her bodyguards", ["Judge Elina Varga", "two of her bodyguards"],
                             "armed attack", texts)
    assert harmed_at_the_aim("three passersby", ["Mayor of San Benito", "three passersby"], "armed attack",
                             ["GUNMEN KILLED THE MAYOR OF SAN BENITO AND THREE PASSERSBY."])
    # aimed at them too
    assert not harmed_at_the_aim("bodyguards", ["Judge Elina Varga", "bodyguards"], "armed attack",
                                 ["The gunmen opened fire on the bodyguards first."])
    # with no one else aimed at, they are the aim
    assert not harmed_at_the_aim("bodyguards", ["bodyguards"], "armed attack", texts)


def test_people_harmed_in_a_vehicle_attacked_are_its_casualties():
    texts = ["A minibus taking farm workers to the estates struck a roadside bomb; four farm workers were killed."]
    assert harmed_at_the_aim("farm workers", ["minibus", "farm workers"], "bombing/explosion", texts)
    # those led away from it were the aim too
    taken = ["Five passengers were shot dead and 11 others were led away when gunmen stopped the bus."]
    assert not harmed_at_the_aim("passengers", ["overnight bus", "passengers"], "armed attack", taken)
    # the person aimed at, named beside their car, is no one harmed in passing
    assert not harmed_at_the_aim("Liesbet Vrancken", ["car of Liesbet Vrancken", "Liesbet Vrancken"],
                                 "armed attack", ["Gunmen fired at the car of Liesbet Vrancken."])


def test_a_target_the_verifier_refuses_when_harmed_beside_a_judge():
    article = ("Two gunmen shot dead Judge Elina Varga of the Bavan provincial court outside her home in Ostrel. "
               "Two of her bodyguards were wounded in the exchange of fire.")
    judge = {"name": "Judge Elina Varga", "sentences": [1]}
    guards = {"name": "two of her bodyguards", "sentences": [2]}
    assert any("harmed where the attack was aimed" in p for p in _problems(article, targets=[judge, guards]))
    assert not _problems(article, targets=[judge])


def test_what_the_attackers_rode_off_with_is_no_target():
    texts = ["Gunmen raid a mining camp, kill miners and ride off with motorbikes."]
    assert no_other_target("motorbikes", ["miners", "motorbikes"], texts)
    # "looted the market": the place robbed was attacked
    assert not no_other_target("market", ["market"], ["Militiamen looted the market, taking grain from traders."])
    # stolen from the company: the company was attacked
    assert not no_other_target("Skyreach Connect", ["Skyreach Connect"],
                               ["The hackers stole data from Skyreach Connect."])
    # stolen login details for a gateway: the gateway was not taken
    assert not no_other_target("remote-access gateway", ["council", "remote-access gateway"],
                               ["They got in with stolen login details for the council's remote-access gateway."])


def test_people_about_a_courthouse_are_people():
    from summarizer.verify.parties import names_people
    assert names_people("lawyers")
    assert names_people("people queuing for subsidised loaves")
    assert not names_people("Palace of Justice")
    assert harmed_at_the_aim("lawyers", ["Palace of Justice", "lawyers"], "bombing/explosion",
                             ["A car left outside the Palace of Justice blew up as lawyers were queuing."])


def test_a_second_device_among_the_rescuers_was_aimed_at_them():
    text = "Twenty minutes later a second device hidden in a bin blew up among the rescuers."
    assert not harmed_at_the_aim("rescuers", ["café", "rescuers"], "bombing/explosion", [text])
    assert harmed_at_the_aim("rescuers", ["café", "rescuers"], "bombing/explosion",
                             ["Two rescuers were hurt when a wall of the café fell."])


def test_a_car_left_outside_a_building_that_blew_up_was_aimed_at_it():
    from summarizer.records.aims import aim_of_the_act
    text = ("A car packed with explosives that had been left outside the Palace of Justice in Velden blew up on "
            "Monday morning as lawyers were queuing.")
    assert aim_of_the_act([(2, text)]) == ("Palace of Justice", 2)
    assert aim_of_the_act([(2, "A car was left outside the Palace of Justice on Monday.")]) is None
