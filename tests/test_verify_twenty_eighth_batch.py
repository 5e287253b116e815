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
