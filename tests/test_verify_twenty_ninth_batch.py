"""Verifier rules of 2026-12-04 (second session), from right gold values of the
twenty-ninth twelve it refused; each with a value it must refuse and one it
must leave alone. Articles are ours."""

from datetime import date

from summarizer.verify.categories import category_conflict
from summarizer.verify.date_events import of_another_day, only_after_the_fact
from summarizer.verify.roles import plays_role


def test_a_group_saying_one_of_its_fighters_drove_the_truck_claims_it():
    text = ("A group calling itself the Sons of the Salt Marsh said in a statement on Tuesday that one of its "
            "fighters had driven the truck, calling the base \"the fortress of the occupiers\".")
    assert plays_role("Sons of the Salt Marsh", "perpetrators", [text])
    assert not plays_role("army", "perpetrators", ["The army said that three of its soldiers had died."])


def test_a_part_among_the_abducted_keeps_its_category_beside_another_clause_of_the_same_number():
    text = ("07/14/2022: Gunmen stormed a road camp near Sabanu village, shot dead 2 guards at the gate and "
            "abducted 11 road workers, among them 2 foreign engineers.")
    assert category_conflict("captured/abducted", 2, [text]) is None
    assert category_conflict("killed", 2, [text]) is None
    assert category_conflict("injured", 2, [text]) == {"killed"}


def test_a_later_death_in_hospital_and_a_revised_toll_are_the_incidents_not_another_days():
    death = "One of the seriously injured passengers, a 9-year-old girl, died in hospital on 3 September 2017."
    assert not of_another_day([death], date(2017, 8, 22))
    assert only_after_the_fact("on 3 September 2017", [death])  # ... and no date of the crash
    revised = ("Three of the injured died in hospital over the following weeks, and on 2 May 1999 the ministry "
               "raised the toll to 34.")
    assert not of_another_day([revised], date(1999, 4, 11))
    assert of_another_day(["Fighting resumed two days later, on 6 June 2023, when rebels attacked the town."],
                          date(2023, 6, 4))


def test_a_wiper_that_wiped_an_operators_servers_hit_the_operator():
    text = ("A cyberattack wiped servers at the operations centre of Tolmarran State Railways (TSR) in Veldrin "
            "early on Sunday, forcing the operator to halt online ticket sales.")
    assert plays_role("Tolmarran State Railways (TSR)", "targets", [text])
    assert not plays_role("Tolmarran State Railways (TSR)", "targets",
                          ["Tolmarran State Railways (TSR) said on Tuesday that ticket sales had resumed."])


def test_the_twelves_dev_answers_unhurt_passengers_a_governors_province_and_a_headline_total():
    from summarizer.verify.categories import presence_total
    from summarizer.verify.names import only_as_region

    assert presence_total(20, ["RESCUE WORKERS PULLED 20 PASSENGERS UNHURT FROM THE BURNING BUS."])
    assert not presence_total(20, ["20 passengers were hurt when the bus caught fire."])
    assert only_as_region("Sarvenn", ["Nine dead as gunmen ambush Sarvenn governor's convoy",
                                      "Gunmen opened fire on the convoy of the governor of Dessavia's Sarvenn province."])
    assert not only_as_region("Tovarre", ["Gunmen opened fire on a convoy near the village of Tovarre."])


def test_a_headline_figure_the_body_gives_only_as_a_total_of_two_attacks_is_no_incidents():
    from summarizer.read.segment import segment
    from summarizer.verify.rules import Verifier

    article = ("Nine dead as gunmen ambush governor's convoy and storm police post\n\n"
               "KOLMARA, Dessavia, September 17, 2026 (Greyharbour News) - Gunmen opened fire on the convoy of "
               "Governor Matthias Korvelin near the village of Tovarre on Tuesday afternoon, killing three of his "
               "police escorts. On Tuesday evening, gunmen stormed the police post in Varnek, killing five officers "
               "and a civilian. In all, nine people were killed in the two attacks.")
    verifier = Verifier(segment(article), article)
    assert verifier._headline_tally(9, [1])
    assert not verifier._headline_tally(3, [1])  # the body gives 3 as one incident's figure
    lone = article.replace("In all, nine people were killed in the two attacks.", "Nine people died.")
    assert not Verifier(segment(lone), lone)._headline_tally(9, [1])


def test_probes_a_units_ordinal_troops_taking_fighters_and_rescuers():
    from summarizer.verify.counted import counts_the_accused
    from summarizer.verify.numbers import figures_in
    from summarizer.verify.party_names import names_the_helpers

    assert figures_in("A truck bomb hit the gate of the 41st Mechanised Brigade's base, killing 11 soldiers.") == {11}
    assert figures_in("TROOPS OF THE 2D INFANTRY BATTALION REPELLED THE ATTACK.") == frozenset()
    assert counts_the_accused(6, ["TROOPS CAPTURED SIX GUERRILLAS AFTER THE BATTLE, THE ARMY SAID."])
    assert not counts_the_accused(7, ["KPF fighters had captured seven soldiers at a checkpoint."])
    assert names_the_helpers("Firefighters") and names_the_helpers("civil defence teams")
    assert not names_the_helpers("gunmen") and not names_the_helpers("nurses")
    assert not counts_the_accused(9, ['A militia spokesman said his men had killed "more than 40" soldiers and '
                                      "captured nine in the first assault."])
