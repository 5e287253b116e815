"""Verifier rules of 2026-12-05 (fifth session), from the thirty-sixth twelve: right
gold values it refused and wrong values the model got verified; each with a value it
must refuse and one it must leave alone. Articles are ours."""

from datetime import date

from summarizer.verify.categories import category_conflict, harm_named
from summarizer.verify.date_events import of_another_day, only_when_said
from summarizer.verify.numbers import figures_in
from summarizer.verify.tallies import tally


def test_families_storeys_and_ages_count_no_one():
    assert figures_in("Two brothers from one family were among the dead.") == {2}
    assert figures_in("A five-storey block and a 3-storey shop collapsed, killing 7.") == {7}
    assert figures_in("Of the dead, 40 were over the age of 80.") == {40}
    assert figures_in("Among the dead were the groom's uncle, 63, and 2 guests.") == {2}
    assert figures_in("Five of the dead were children.") == {5}


def test_a_group_that_issued_a_statement_on_a_day_dates_no_event():
    statement = ("On 9 May the Hessel Guard, an armed group active in the valley, issued a statement denying any "
                 "part in the bombing.")
    assert only_when_said("9 May", [statement])
    assert not only_when_said("9 May", ["On 9 May the Hessel Guard attacked a police post in the valley."])


def test_a_headers_sub_label_names_the_figures_category():
    header = "Injuries: Fatal: 3, Serious: 2, Minor: 0"
    assert category_conflict("killed", 3, [header]) is None
    assert category_conflict("injured", 3, [header]) == {"killed"}
    assert category_conflict("injured", 2, [header]) is None
    assert category_conflict("killed", 2, [header]) == {"injured"}


def test_bodies_recovered_later_with_the_verb_left_out_are_this_events():
    recovered = ("Two bodies were recovered that evening and a third on 12-Mar-25, bringing the toll to three; "
                 "5 people remain missing.")
    assert not of_another_day([recovered], date(2025, 3, 10))
    assert of_another_day(["Gunmen attacked the ferry landing on 12-Mar-25, killing three."], date(2025, 3, 10))


def test_a_hospital_treating_people_names_them_injured():
    assert harm_named(14, ["Tarrow General Hospital said it was treating 14 people, two of them in intensive care."])
    assert not harm_named(14, ["Tarrow General Hospital said it had 14 beds free."])


def test_across_its_own_province_is_no_tally_for_a_province_wide_event():
    own = "Hospitals across the province had treated 900 people for heatstroke by Sunday."
    assert not tally(900, [own], own_region="Orsel province")
    assert tally(900, [own])  # a town's incident: a regional total
    # another region named, or a longer name of the same kind, is still a tally
    assert tally(40, ["Floods have killed 40 people across Vardeh province since May."], own_region="Orsel province")
    assert tally(14, ["Rain has killed at least 14 people across Tessland's northern Orsel province since Friday."])


def test_a_memorial_names_the_dead():
    memorial = "A plaque bearing the names of the nine victims was unveiled in the square a year later."
    assert "killed" in harm_named(9, [memorial])
    assert "killed" not in harm_named(9, ["The nine victims of the fraud were repaid in full."])
