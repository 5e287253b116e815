"""Rules from the sixteenth twelve of gold (2026-12-03, night): right values the
verifier refused before they were written. Articles are ours."""

from summarizer.verify.categories import lower_bounds
from summarizer.verify.date_events import only_when_freed
from summarizer.verify.event_types import retold
from summarizer.verify.roles import plays_role


def test_more_than_a_dozen_is_a_lower_bound():
    text = "Doctors said nine people had died and more than a dozen were being treated."
    assert lower_bounds(12, [text]) == {True}
    assert lower_bounds(12, ["A dozen were being treated."]) == {False}


def test_a_judge_of_a_court_is_no_trial():
    text = ("March 14, 2011: Two gunmen shot dead Judge Elina Varga of the Bavan provincial court as she stepped "
            "out of her car outside her home in Ostrel.")
    assert not retold([text])
    assert retold(["The trial of the four men opened in the provincial court on Monday."])


def test_the_day_captives_were_dragged_off_is_the_takings():
    text = ("Soldiers have freed eight of the teachers who were dragged off a bus by gunmen on Tuesday as they "
            "travelled to a rural school, the army said on Friday.")
    assert not only_when_freed("on Tuesday", [text])
    assert only_when_freed("on Thursday", ["The eight teachers were freed on Thursday by soldiers."])


def test_turning_on_the_police_and_battling_are_acts():
    text = ("Supporters of Varno Athletic and their rivals Dorsk United fought running battles at the station, "
            "before both groups turned on the riot police sent to separate them.")
    assert plays_role("riot police", "targets", [text])
    text = "Kessari militiamen with machine guns mounted on pickup trucks battled Moru fighters for most of the day."
    assert plays_role("Kessari militiamen", "perpetrators", [text], either_side=True)
    assert plays_role("Moru fighters", "perpetrators", [text], either_side=True)


def test_the_owner_of_servers_a_flood_of_traffic_overwhelmed_is_the_target():
    text = ("Harnland's National Assembly lost its public website for nearly five hours on Tuesday, after a flood "
            "of junk traffic overwhelmed its servers, the assembly's secretariat said.")
    assert plays_role("Harnland's National Assembly", "targets", [text])
    assert not plays_role("Harnland's National Assembly", "targets", [
        "Harnland's National Assembly said a flood of junk traffic had overwhelmed a bank's servers."])
