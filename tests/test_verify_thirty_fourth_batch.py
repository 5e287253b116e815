"""Verifier rules of 2026-12-05 (fourth session), from the thirty-fourth twelve:
right gold values it refused and wrong model or probe values it accepted; each
with a value it must refuse and one it must leave alone. Articles are ours."""

from summarizer.verify.acts import owner_hit
from summarizer.verify.categories import categories_named
from summarizer.verify.counted import counts_the_found
from summarizer.verify.cues import type_stated
from summarizer.verify.date_events import only_when_said
from summarizer.verify.party_names import is_weapon, names_a_thing_hit
from summarizer.verify.names import name_in_text
from summarizer.verify.roles import plays_role

CEASEFIRE = ("Three villagers were killed when government troops and fighters of the Orrel Freedom Movement "
             "exchanged machine-gun and mortar fire near the village of Dobra.")


def test_an_exchange_of_fire_with_its_weapons_named_is_a_fight_of_two_sides():
    assert plays_role("government troops", "perpetrators", [CEASEFIRE], either_side=True)
    assert plays_role("FAPCA column", "perpetrators", [
        "TROOPS PURSUING THE AMBUSHERS EXCHANGED FIRE WITH A FAPCA COLUMN NEAR EL ROBLE."], either_side=True)
    # the villagers it killed are no side
    assert not plays_role("villagers", "perpetrators", [CEASEFIRE], either_side=True)


def test_the_one_police_came_to_arrest_and_fought_with_is_a_side():
    raid = ("Police who had come to arrest a militia commander, Orrin Addo, accused of leading the fighting, "
            "exchanged fire with him for about 40 minutes; Addo and 1 police officer were killed.")
    assert plays_role("Orrin Addo", "perpetrators", [raid], either_side=True)
    # an accusation alone makes no side
    assert not plays_role("Orrin Addo", "perpetrators", [
        "Police came to arrest a militia commander, Orrin Addo, accused of leading the fighting."], either_side=True)


def test_members_of_two_clans_are_each_clans_militiamen():
    text = "On 18 July 2025, militiamen of the Dubo and Kelle clans fought for about five hours over a well."
    assert name_in_text("Kelle clan", text) and name_in_text("Dubo clan militiamen", text)
    assert plays_role("Dubo clan militiamen", "perpetrators", [text], either_side=True)
    assert plays_role("Kelle clan militiamen", "perpetrators", [text], either_side=True)
    assert not name_in_text("Sarro clan", text)


def test_captives_still_in_the_hands_of_their_captors_are_held_not_dead():
    held = ("THE OTHER TWO REMAIN IN THE HANDS OF THE DELINQUENTS, AND THE MINISTRY HOLDS THE FAPCA LEADERSHIP "
            "RESPONSIBLE FOR THEIR LIVES.")
    assert categories_named(held) == {"captured/abducted"}
    assert "killed" in categories_named("TWO SOLDIERS LOST THEIR LIVES IN THE AMBUSH.")


def test_who_is_held_responsible_for_captives_lives_is_neither_side():
    held = "THE MINISTRY HOLDS THE FAPCA LEADERSHIP RESPONSIBLE FOR THEIR LIVES."
    assert not plays_role("FAPCA leadership", "targets", [held])
    assert not plays_role("FAPCA leadership", "perpetrators", [held])
    assert plays_role("Front", "perpetrators", ["The governor holds the Front responsible for the attack."])


def test_attackers_inside_its_network_hit_the_company():
    assert owner_hit("", ", the lottery operator, said on Tuesday that the attackers had been inside its network "
                         "for several weeks.")
    assert not owner_hit("", ", the lottery operator, said on Tuesday that its website was popular.")


def test_a_company_on_a_leak_site_is_the_victim_not_the_author():
    text = "On Thursday evening, Thornfly added Corvel to its leak site, saying it had taken 310 gigabytes of files."
    assert plays_role("Corvel", "targets", [text]) and not plays_role("Corvel", "perpetrators", [text])
    assert plays_role("Thornfly", "perpetrators", [text])


def test_hijacked_routers_and_a_site_taken_offline_are_no_abduction():
    assert not type_stated("abduction", ["The traffic came from about 23,000 hijacked routers and cameras."])
    assert not type_stated("abduction", ["A group took the justice ministry website offline for 15 hours."])
    assert type_stated("abduction", ["Gunmen hijacked a bus carrying 30 passengers."])


def test_villagers_missing_then_found_unhurt_are_no_missing_figure():
    found = ("Four other villagers who had been reported missing after the slide were found unhurt later that day "
             "at a relative's house.")
    assert counts_the_found(4, [found])
    assert not counts_the_found(4, [found.replace("unhurt", "dead")])
    # the missing figure itself, fallen as others turned up, is still the missing
    assert not counts_the_found(31, ["The number of missing had fallen to 31 as several passengers who had swum "
                                     "ashore turned up in neighbouring villages."])


def test_the_day_an_agency_was_told_of_an_attack_dates_no_attack():
    told = "The cyber security centre said it had been told of the attack on Monday and was helping the company."
    assert only_when_said("on Monday", [told])
    assert not only_when_said("on Monday", ["Hackers attacked the company on Monday."])


def test_what_troops_seized_and_data_taken_are_no_targets_and_craft_no_parties():
    assert names_a_thing_hit("14 rifles") and names_a_thing_hit("bank details of 52,000 merchants")
    assert not names_a_thing_hit("van carrying ballot papers")
    assert is_weapon("helicopters") and is_weapon("helicopter gunships") and not is_weapon("Tanks Brigade")


def test_an_armed_attack_told_beside_a_cyberattack_needs_more_than_the_word_attack():
    from summarizer.verify.cues import type_told
    ddos = ["Group claims attack that took the justice ministry website offline for 15 hours",
            "The group claimed a distributed denial-of-service attack on the ministry's website."]
    assert not type_told("armed attack", ddos) and type_told("cyberattack", ddos)
    assert type_told("armed attack", ["Gunmen attacked the telecom company's office after a ransomware attack."])
    assert type_told("armed attack", ["Gunmen attacked the police post on Monday."])


def test_from_the_probes_a_raised_tolls_day_and_a_storms_life_date_no_event():
    from summarizer.verify.date_events import only_said_or_after
    raised = ("The Interior Ministry raised the death toll from the flooding of the river town of Varnel to 12 on "
              "Thursday, saying two more bodies had been found.")
    assert only_said_or_after("on Thursday", [raised])
    assert not only_said_or_after("on Thursday", ["The river flooded the town of Varnel on Thursday."])
    assert only_said_or_after("26 February 2024", ["Formed: 26 February 2024"])
    assert only_said_or_after("26 February 2024", ["Marrit formed as a tropical depression far offshore on "
                                                   "26 February 2024."])
    assert not only_said_or_after("May 6, 2025", ["A supercell that formed along a stalled front produced a "
                                                  "long-lived tornado during the evening of May 6, 2025."])


def test_from_the_probes_data_taken_counts_no_one_and_a_rumour_names_no_party():
    from summarizer.verify.counted import counts_things
    leak = ("Thornfly added Corvel to its leak site, saying it had taken 310 gigabytes of files, including the bank "
            "details of 52,000 merchants.")
    assert counts_things(310, [leak]) and counts_things(52000, [leak])
    assert not counts_things(3, ["Gunmen killed three customers in the shop."])
    rumour = ("Early posts on social media had blamed the hacktivist group Null Tide, which said on Friday that it had "
              "nothing to do with the attack.")
    assert not plays_role("Null Tide", "perpetrators", [rumour])
    assert plays_role("NullOrchard", "perpetrators", ["A different group, NullOrchard, claimed the outage on the same "
                                                      "messaging app."])
