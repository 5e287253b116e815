"""Verifier rules of 2026-12-05 (fifth session), from right gold values of the
thirty-seventh twelve it refused; each with a value it must refuse and one it must
leave alone. Articles are ours."""

from datetime import date

from summarizer.verify.categories import category_conflict
from summarizer.verify.date_events import of_another_day, only_when_said
from summarizer.verify.dates import names_a_span_of_days, one_night, pins_no_day, resolve
from summarizer.verify.roles import plays_role


def test_a_groups_earlier_attack_in_a_relative_clause_is_its_record():
    blamed = ("The governor blamed the Red Well Company, a smuggling ring that had kidnapped 2 drivers in the same "
              "district on 21/11/2022.")
    assert not of_another_day([blamed], date(2023, 8, 7))
    assert of_another_day(["The Red Well Company kidnapped 2 drivers in the district on 21/11/2022."],
                          date(2023, 8, 7))


def test_one_night_across_two_dates_is_one_event_with_no_one_day():
    night = "In the night of 4 to 5 March 2024"
    assert one_night(night) and names_a_span_of_days(night)
    assert not one_night("from 4 to 7 March 2024")


def test_on_or_before_a_day_pins_no_day():
    assert pins_no_day("On or before 12 May 2024") and not resolve("On or before 12 May 2024", date(2024, 5, 20))
    assert not pins_no_day("On 12 May 2024") and resolve("On 12 May 2024", None) == {date(2024, 5, 12)}


def test_hostages_shot_are_people_harmed():
    shot = ("On the evening of the third day they shot two hostages, a retired judge and a nurse, and left their "
            "bodies on the track.")
    assert category_conflict("killed", 2, [shot]) is None
    assert category_conflict("captured/abducted", 40, ["The gunmen held 40 hostages in the carriages."]) is None


def test_a_vehicle_that_struck_a_device_was_its_target():
    struck = "A truck of a fuel convoy struck an explosive device buried in the road and was destroyed."
    assert plays_role("truck of a fuel convoy", "targets", [struck])
    assert not plays_role("truck of a fuel convoy", "targets", ["A truck of a fuel convoy passed the checkpoint."])


def test_men_accused_of_something_is_no_saying():
    took = "On 5 May 2019, the fighters took away 12 men accused of helping the army and shot them."
    assert not only_when_said("5 May 2019", [took])
    assert only_when_said("5 May 2019", ["On 5 May 2019, the ministry accused the fighters of the killings."])


def test_captives_who_died_are_dead_and_the_program_reads_them_so():
    died = "The strike killed 8 of the captives and 6 fighters; the group said 11 captives had died."
    assert category_conflict("captured/abducted", 11, [died]) == {"killed"}
    assert category_conflict("killed", 11, [died]) is None
