"""Verifier rules of 2026-12-05 (fourth session), from right gold values of the
thirty-fifth twelve it refused; each with a value it must refuse and one it
must leave alone. Articles are ours."""

from datetime import date

from summarizer.verify.categories import categories_named, presence_total
from summarizer.verify.date_events import of_another_day
from summarizer.verify.roles import plays_role
from summarizer.verify.tallies import one_of_them_described


def test_who_wheeled_the_bomb_in_placed_it():
    wheeled = "Police said a young man had wheeled the barrow into the market shortly after 10 a.m. and walked away."
    assert plays_role("young man", "perpetrators", [wheeled])
    assert not plays_role("young man", "perpetrators", ["A young man sold fruit from a barrow in the market."])


def test_one_of_them_who_died_is_a_figure_of_its_own():
    died = ("DOCTORS SAID THEY WERE TREATING 14 WOUNDED, FOUR OF THEM IN SERIOUS CONDITION, AND THAT ONE OF THEM, A "
            "70-YEAR-OLD RETIRED TEACHER, HAD DIED AT DAWN.")
    assert not one_of_them_described(1, [died])
    assert one_of_them_described(1, ["GUERRILLAS CARRIED OFF TWO ENGINEERS, ONE OF THEM A CITIZEN OF MARAVAL."])


def test_the_last_of_a_list_of_the_killed_is_killed_whatever_they_were_doing():
    shot = ("Gunmen opened fire on the police station, killing 3 police officers and 2 passers-by who were waiting at "
            "a bus stop across the road.")
    assert not presence_total(2, [shot])
    assert presence_total(40, ["About 40 people were waiting at the bus stop when the gunmen arrived."])


def test_a_claims_day_and_a_revised_tolls_day_date_no_other_event():
    claim = "The Lerrow Front claimed the ambush on 15 May 2025, saying it had targeted the governor."
    assert not of_another_day([claim], date(2025, 5, 14))
    revised = "On 16 May 2025 the provincial police revised the fatalities to 5 after a wounded escort died in hospital."
    assert not of_another_day([revised], date(2025, 5, 14))
    assert of_another_day(["The Lerrow Front ambushed a convoy on 15 May 2025."], date(2025, 5, 14))


def test_the_captives_kept_are_held():
    kept = "The abductors released 2 of the workers the same evening and kept the 3 others."
    assert "captured/abducted" in categories_named(kept)
    assert "captured/abducted" not in categories_named("The fire brigade kept three engines back from the walls.")


def test_a_list_after_a_passive_harm_is_no_list_of_the_harmed():
    arrested = "Police said nine officers were injured by stones and 63 students were detained."
    assert presence_total(63, [arrested])


def test_from_its_dev_answers_a_part_set_free_and_a_sides_blame_make_no_figure_or_party():
    from summarizer.verify.counted import counts_the_freed
    freed = "Kidnappers have released two of the five workers they seized from a granite quarry."
    assert counts_the_freed(2, [freed]) and not counts_the_freed(5, [freed])
    assert not counts_the_freed(4, ["THE FRPL RELEASED FOUR TECHNICIANS, WHOM ITS FIGHTERS HAD SEIZED ON 1 JUNE."])
    union = ("The dockworkers' union blamed the Haldane Volunteer Guard, a pro-government militia, which denied any "
             "involvement.")
    assert not plays_role("Haldane Volunteer Guard", "perpetrators", [union])
    assert plays_role("Haldane Volunteer Guard", "perpetrators", [union.replace("dockworkers' union", "interior ministry")])
    stirring = "The minister blamed the opposition Green Banner Party for \"stirring up\" the crowds."
    assert not plays_role("Green Banner Party", "perpetrators", [stirring])


def test_from_its_probes_a_kins_age_counts_no_one():
    from summarizer.verify.numbers import figures_in
    assert 12 not in figures_in("The dead included a boy, Tomas, 14, and his sister, 12, who were buying bread.")
    assert 2 in figures_in("The gunmen killed a guard, 2 police officers and a driver.")
