"""Verifier rules of 2026-12-06 (seventeenth session), from right gold values of the
sixty-seventh twelve (attacks on health care and aid work) that the verifier refused; each
with a value it must accept and one it must still refuse. Articles are ours."""


def test_fired_on_as_the_team_left_the_village_places_the_shooting_there():
    from summarizer.verify.place_roles import only_as_consequence
    said = ("Gunmen on three motorcycles opened fire on the team's vehicle as the team left the village of Gelmish, "
            "in Orrikel district.")
    assert not only_as_consequence("Gelmish", [said])
    assert only_as_consequence("Gelmish", ["The blast brought down the power line, leaving the village of Gelmish "
                                           "without electricity."])


def test_a_month_a_statement_was_made_dates_the_saying():
    from summarizer.verify.tallies import of_an_earlier_year
    said = ("Carvendia's interior ministry said in December that four aid workers had been taken, including a local "
            "interpreter.")
    assert not of_an_earlier_year(4, [said], 2027, 1)
    assert of_an_earlier_year(4, ["In December, gunmen took four aid workers near Ardessa."], 2027, 1)


def test_two_sources_each_with_the_same_figure_in_its_own_category():
    from summarizer.verify.categories import category_conflict
    said = ("The Ministry of Health said 2 people, a patient and a hospital cleaner, were killed and 5 injured; "
            "Frontline Surgeons said 6 patients and 2 of its staff had been injured.")
    assert category_conflict("killed", 2, [said]) is None
    assert category_conflict("injured", 2, [said]) is None
    assert category_conflict("killed", 2, ["Frontline Surgeons said 2 of its staff had been injured."]) == {"injured"}


def test_an_update_to_an_entry_is_that_entrys_value():
    from summarizer.verify.event_starts import updates_an_entry
    assert updates_an_entry("UPDATE (08 Oct 2026, 09:05) to the TAMVIK entry of 06 Oct: the Tamvik health centre "
                            "now reports 7 people treated.")
    assert not updates_an_entry("08 Oct 2026, 09:05 - LISSMORE. Gunmen looted the Concordia Relief warehouse.")


def test_a_hospitals_town_where_it_treated_the_wounded_is_no_place_of_the_act():
    from summarizer.verify.place_roles import only_elsewhere
    said = "The maternity hospital in Solvarre said it had treated three people from the ambulance."
    assert only_elsewhere("Solvarre", [said])
    assert not only_elsewhere("Solvarre", ["The district hospital in Solvarre said it had been shelled twice."])
