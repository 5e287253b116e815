"""Verifier rules of 2026-12-04 (second session), from right gold values of the
thirtieth twelve it refused; each with a value it must refuse and one it must
leave alone. Articles are ours."""

from datetime import date

from summarizer.verify.categories import categories_named, category_conflict
from summarizer.verify.date_events import of_another_day


def test_inmates_holding_guards_hold_captives_but_a_meeting_holds_no_one():
    assert categories_named("THE INMATES WERE STILL HOLDING NINE OF THE GUARDS THIS EVENING.") == {"captured/abducted"}
    assert categories_named("INMATES HOLD GUARDS AT EL CARDONAL") == {"captured/abducted"}
    assert categories_named("The union is holding a meeting with workers on Friday.") == set()


def test_a_broken_arm_or_legs_is_an_injury_even_of_a_hostage():
    hostage = ("Doctors said one hostage, the branch manager, had a broken arm after being beaten with a pistol "
               "butt, and that the rest had been examined and sent home.")
    assert category_conflict("injured", 1, [hostage]) is None
    assert category_conflict("captured/abducted", 19, ["The gunmen held 19 hostages for 26 hours."]) is None
    miners = "The eight were brought to the surface on 14 March, two of them with broken legs."
    assert category_conflict("injured", 2, [miners]) is None
    assert category_conflict("killed", 2, [miners]) == {"injured"}


def test_a_release_and_a_status_date_make_no_other_days_event_of_the_captives_still_held():
    text = "17 of the abducted were freed on 05/03/2022 after a ransom was paid; 6 were still held as of 06/01/2022."
    assert not of_another_day([text], date(2022, 4, 9))
    assert of_another_day(["On 05/03/2022 gunmen attacked a second village, killing 6."], date(2022, 4, 9))
