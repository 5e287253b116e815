"""The program splits a lumped incident where an act is told at another place
(summarizer.verify.events: "In Ulbeth, some 30 km north of Tessivar, ...",
"in neighbouring Bel Amun province"), and reads a log's time-stamped lines as
entries of their own (a date-time group, an alert's stamp, a table row).
Articles are ours."""

import pytest

from summarizer.core.schema import EventList, EventRef
from summarizer.read.segment import segment
from summarizer.records.derive import Article

TWO_TOWNS = (
    "Quake kills dozens in the Saffra valley\n\n"
    "ORVAN, Tellmark, March 2, 2026 (Valley Wire) - An earthquake brought down houses in the town of "
    "Dessik before dawn on Sunday, killing 21 people, officials said.\n\n"
    "Rescuers worked through the day in Dessik's old quarter.\n\n"
    "In Murrow, 35 km down the valley, 9 people were killed when the walls of a school collapsed, the "
    "district office said.\n\n"
    "The quake was felt in the capital.\n"
)
GUARDED = (
    "Gunmen kill five in Oru\n\n"
    "MERVAL, Tessia, May 4, 2026 (Kestrel Wire) - Gunmen attacked the village of Oru on Saturday, "
    "killing five farmers, police said.\n\n"
    "The attack took place about 40 km north of Merval, on the road to the border.\n\n"
    "Four villagers wounded in the attack were taken to the hospital in Kessa, 25 km to the south.\n\n"
    "Gunmen fled towards the hills 15 km east of Oru after the shooting.\n\n"
    "Last year, gunmen killed 11 people in Brisk, 20 km to the west.\n"
)
STORM = (
    "Cyclone Teska kills 30\n\n"
    "PALMO, Kerwen, October 20, 2026 (Southern Wire) - Cyclone Teska came ashore near the port of Ismo on "
    "Sunday night, and its surge drowned 18 people there, officials said.\n\n"
    "Weakening as it moved inland, the cyclone crossed into neighbouring Bel Arra province before dawn on "
    "Monday, flattening mud-brick houses in the market town of Kerro and killing 12.\n"
)
ALERTS = (
    "SAFETY FORUM - SMS ALERT LOG\n\n"
    "[22/10 07:12] ALERT: Gunmen on 2 motorbikes fired on a minibus nr Qorsa market this morning.\n"
    "1 passenger dead, 4 hurt.\n\n"
    "[22/10 16:40] UPDATE Qorsa: police now confirm 2 dead.\n\n"
    "[22/10 21:50] ALERT: 30 armed men looted the relief warehouse in Wrenfold tonight.\n\n"
    "[23/10 12:00] REMINDER: curfew in Ulvatra until 30/10.\n"
)
DTG = (
    "SECURITY INCIDENT SUMMARY - 24 HRS TO 151800ZMAR26\n\n"
    "1. 150540ZMAR26 - IED. 1x IED det. vic. Garrow CP against police pickup. 2x KIA.\n\n"
    "2. 150915ZMAR26 - CLASH. 20 INS attacked army patrol nr Tallis village. 1x KIA.\n"
)


def _refined(text: str, *events: tuple[str, list[int]]) -> list[tuple[str, list[int]]]:
    article = Article(segment(text), text)
    given = EventList(events=[EventRef(type=t, sentences=s) for t, s in events])
    return [(e.type, e.sentences) for e in article.refine(given).events]


def _numbers(text: str) -> list[int]:
    return [s.n for s in segment(text)]


def test_an_act_told_at_a_distance_from_the_place_before_is_another_incident():
    numbers = _numbers(TWO_TOWNS)
    got = _refined(TWO_TOWNS, ("natural disaster", numbers))
    assert [s for _, s in got] == [[1, 2, 3], [4, 5]]


def test_the_neighbouring_province_a_storm_crossed_into_is_another_incident():
    got = _refined(STORM, ("natural disaster", _numbers(STORM)))
    assert [s for _, s in got] == [[1, 2], [3]]


@pytest.mark.parametrize("sentence", [
    3,  # "The attack took place about 40 km north of Merval": the same attack, placed
    4,  # where the wounded were taken
    5,  # where the attackers fled
    6,  # last year's attack (background)
])
def test_no_other_incident_where_the_sentence_tells_no_act_there(sentence):
    got = _refined(GUARDED, ("armed attack", [1, 2, sentence]))
    assert all(sentence in s and 2 in s for _, s in got if sentence in s)


def test_a_distance_in_the_lead_under_a_headline_starts_nothing():
    # No dateline: the headline (no full stop) names Oru and an act; the lead's "40 km north
    # of Oru junction" is the incident's own place.
    text = ("Gunmen kill five in Oru\n\nGunmen attacked Kessa, a village 40 km north of Oru junction, on "
            "Saturday, killing five farmers.\n")
    assert len(_refined(text, ("armed attack", [1, 2]))) == 1


def test_each_alert_that_tells_an_event_is_an_entry_of_its_own():
    # The model cited only the warehouse; the minibus alert is added, the update stays with
    # it, and the reminder tells no event.
    got = _refined(ALERTS, ("armed attack", [5]))
    assert ("armed attack", [5]) in got
    assert ("armed attack", [2, 3, 4]) in got
    assert len(got) == 2


def test_date_time_groups_open_entries_of_their_own():
    # [1] the title, [2] "1.", [3] "150540ZMAR26 - IED.", ... [7] "2.", [8] "150915ZMAR26 - CLASH."
    got = _refined(DTG, ("bombing/explosion", _numbers(DTG)[2:]))
    assert got == [("bombing/explosion", [3, 4, 5, 6, 7]), ("battle/clash", [8, 9, 10])]


def test_a_storm_that_crossed_into_the_neighbouring_province_flattening_houses():
    # The act is told by what the storm did there ("tearing roofs off", "flattening houses").
    text = ("Cyclone Teska kills 30\n\n"
            "PALMO, Kerwen, October 20, 2026 (Southern Wire) - Cyclone Teska came ashore near the port of Ismo on "
            "Sunday night, drowning 18 people there, officials said.\n\n"
            "Weakening as it moved inland, the cyclone crossed into neighbouring Bel Arra province before dawn on "
            "Monday, tearing roofs off schools and flattening mud-brick houses in the market town of Kerro.\n")
    numbers = [s.n for s in segment(text)]
    assert [s for _, s in _refined(text, ("natural disaster", numbers))] == [[1, 2], [3]]


def test_a_figure_no_number_reads_is_no_distance():
    # "1.2.3 km" (a reference, not a distance) must neither crash nor split.
    text = ("Gunmen kill two in Oru\n\nGunmen attacked Oru on Sunday, killing two farmers, police said.\n\n"
            "Gunmen attacked Kessa, 1.2.3 km north, killing five.\n")
    assert len(_refined(text, ("armed attack", [1, 2, 3]))) == 1
