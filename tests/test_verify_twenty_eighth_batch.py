"""Verifier rules of 2026-12-04 (night), from right gold values of the
twenty-eighth twelve it refused; each with a value it must refuse and one it
must leave alone. Articles are ours."""

from summarizer.verify.categories import category_conflict
from summarizer.verify.parties import plays_role_by_name_or_head


def test_hostages_who_had_died_are_dead():
    text = "THREE HOSTAGES, AMONG THEM THE BRANCH MANAGER, HAD DIED BY THE TIME THE ASSAULT ENDED, THE HOSPITAL SAID."
    assert category_conflict("killed", 3, [text]) is None
    assert category_conflict("captured/abducted", 3, [text]) == {"killed"}
    assert category_conflict("captured/abducted", 23, ["THE ASSAILANTS HELD 23 HOSTAGES FOR NINE HOURS."]) is None


def test_the_wounded_in_critical_condition_are_wounded():
    text = "The blast left 9 dead and 31 wounded; six of the wounded were in critical condition, doctors said."
    assert category_conflict("injured", 6, [text]) is None
    assert category_conflict("killed", 6, [text]) == {"injured"}


def test_a_company_saying_a_gang_broke_into_its_network_was_hit():
    text = ("Quellmark Assurance said on Monday that a gang calling itself Marrowkite had broken into its network in "
            "late January.")
    assert plays_role_by_name_or_head("Quellmark Assurance", "targets", [text])


def test_a_pick_up_is_a_thing_and_a_counter_blame_no_attribution():
    from summarizer.verify.counted import counts_things
    from summarizer.verify.roles import plays_role

    assert counts_things(1, ["7 fatalities according to local sources; 2 fuel trucks and 1 pick-up burned."])
    denied = "The LLC denied any part in the shelling and blamed an army artillery unit stationed at the airstrip."
    assert not plays_role("army artillery unit", "perpetrators", [denied])
    assert plays_role("LLC", "perpetrators", ["The governor blamed the LLC for the shelling."])
