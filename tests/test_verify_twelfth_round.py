"""Rules of the twelfth round (2026-12-03, later): holes the lead-incident run
(evals/runs/refused/2026-12-03-lead-incident-35.json) showed in fields the
verifier passed. Articles are ours."""

import pytest

from summarizer.core.schema import EventFields
from summarizer.records.places import split_place
from summarizer.verify.categories import counts_things
from summarizer.verify.tallies import of_an_earlier_year


@pytest.mark.parametrize("country,kept", [
    ("SOUTHERN MARENCIA", "MARENCIA"), ("northern Tarvonia", "Tarvonia"), ("the north-eastern Kordavia", "Kordavia"),
    # names that begin with a direction are names
    ("South Sudan", "South Sudan"), ("North Korea", "North Korea"), ("Central African Republic", "Central African Republic"),
])
def test_a_country_is_given_without_the_part_of_it(country, kept):
    assert split_place(EventFields(place="Cerro Alto", country=country))[2] == kept


def test_hijacked_cameras_are_no_people_taken():
    text = "The agency traced the traffic to about 120,000 hijacked cameras and home routers."
    assert counts_things(120000, [text])
    assert not counts_things(12, ["Gunmen took 12 hostages."])


@pytest.mark.parametrize("month,earlier", [(6, True), (2, False), (None, False)])
def test_an_event_since_a_month_when_is_an_earlier_one(month, earlier):
    text = "It was the worst loss for the army since March, when an ambush on a convoy killed nine officers."
    assert of_an_earlier_year(9, [text], 2026, month) is earlier
    # a tally since a month is no earlier event of its own (rule 9 says what it is)
    assert not of_an_earlier_year(40, ["The violence has killed 40 people since March."], 2026, month)
