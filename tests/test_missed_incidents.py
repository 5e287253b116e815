"""The events the model lists, completed and split by the program (verify.events):
an incident none of its events cites is added, and a sentence that opens with
another day or another place and tells an act of its own starts another incident.
Articles are ours."""

import pytest

from summarizer.core.schema import EventList, EventRef
from summarizer.read.segment import segment
from summarizer.records.derive import Article

CAPS_TWO = (
    "PATROL AMBUSHED IN TORVA; BOMB CUTS POWER TO VILLA SERENA\n\n"
    "PUERTO ALBO, 3 JUN 87 (RADIO LITORAL) -- [TEXT] A GROUP OF GUERRILLAS AMBUSHED A POLICE PATROL YESTERDAY "
    "ON THE ROAD OUT OF SAN ROQUE, IN TORVA DEPARTMENT, KILLING THREE POLICEMEN.\n\n"
    "THE WOUNDED WERE FLOWN TO THE MILITARY HOSPITAL IN PUERTO ALBO.\n\n"
    "[PASSAGE OMITTED]\n\n"
    "MEANWHILE, UNIDENTIFIED INDIVIDUALS EARLY TODAY BLEW UP A HIGH-TENSION PYLON NEAR THE TOWN OF LAS "
    "CRUCES, LEAVING VILLA SERENA WITHOUT ELECTRICITY.\n\n"
    "THERE WERE NO CASUALTIES.\n"
)
DB_TWO = (
    "03/08/2017: Assailants attacked a phone mast on a hilltop outside Kessum village, Baradi district, "
    "shooting dead two guards. No group claimed the attack.\n\n"
    "03/19/2017: Armed men abducted a teacher from the primary school in Ulvo village, Baradi district. "
    "He was released two weeks later.\n"
)
LEAD_RETOLD = (
    "KESSU, Mirnau, May 4, 2026 (Kestrel Wire) - Gunmen stopped a convoy carrying food aid near Kessu on "
    "Wednesday and drove off with its drivers, the aid agency said.\n\n"
    "The convoy of eight trucks was flagged down at a roadblock, and seven drivers were abducted.\n"
)


def _refined(text: str, *events: tuple[str, list[int]]) -> list[tuple[str, list[int]]]:
    article = Article(segment(text), text)
    given = EventList(events=[EventRef(type=t, sentences=s) for t, s in events])
    return [(e.type, e.sentences) for e in article.refine(given).events]


def test_a_lead_the_model_left_out_is_an_incident_of_its_own():
    # The model gave only the pylon; the ambush of the lead is added, up to the omitted passage.
    assert _refined(CAPS_TWO, ("bombing/explosion", [5, 6])) == [
        ("bombing/explosion", [5, 6]), ("armed attack", [2, 3])]


def test_a_database_entry_the_model_left_out_is_an_incident_of_its_own():
    assert _refined(DB_TWO, ("abduction", [3, 4])) == [("abduction", [3, 4]), ("armed attack", [1, 2])]


@pytest.mark.parametrize("given", [("armed attack", [5, 6]), ("other", [1])])
def test_a_missed_incident_needs_a_type_no_event_has(given):
    # An ambush already listed (the same type): no second one from the lead.
    # "other" is no type of the taxonomy: the lead's attack is still missed.
    got = _refined(CAPS_TWO, given)
    assert ("armed attack", [2, 3]) in got if given[0] == "other" else got == [given]


def test_a_lead_that_runs_on_into_an_event_is_that_event_told_first():
    assert _refined(LEAD_RETOLD, ("abduction", [2])) == [("abduction", [2])]


def test_a_missed_paragraph_must_open_with_the_day_of_an_act():
    text = DB_TWO.replace("03/08/2017: ", "")
    assert _refined(text, ("abduction", [3, 4])) == [("abduction", [3, 4])]


@pytest.mark.parametrize("opening", [
    "The next day, 18 May 2024, an IED hidden in a drainage pipe exploded under a police pickup in Oqlu.",
    "Two days later, gunmen shot dead a police officer at a house in Biyo town.",
    "Some 60 km to the east, the electoral office in Sarnow was set on fire by a crowd.",
    "Downstream, the river flooded the town of Cobb's Ferry, and two residents drowned.",
    "ALSO LAST NIGHT, UNIDENTIFIED GUNMEN SHOT DEAD THE MAYOR OF EL CARMEN AT HIS HOME.",
    "In neighbouring Tirhan district, a roadside bomb killed three soldiers.",
])
def test_another_day_or_place_with_an_act_of_its_own_starts_another_incident(opening):
    text = ("On 17 May 2024, an army patrol and fighters of the Qaraband Front clashed for two hours outside "
            "Shervan village, and four fighters were killed.\n\n" + opening + "\n")
    assert [s for _, s in _refined(text, ("battle/clash", [1, 2]))] == [[1], [2]]


@pytest.mark.parametrize("opening", [
    "The next day, the Qaraband Front claimed responsibility for the attack in a statement.",
    "Two days later, police arrested three suspects in Shervan.",
    "On 18 May 2024, the Qaraband Front said in a statement that its fighters had planted the mine.",
])
def test_a_later_days_claim_or_arrest_is_the_same_incident(opening):
    text = ("On 17 May 2024, fighters of the Qaraband Front attacked an army patrol outside Shervan village, "
            "killing four soldiers.\n\n" + opening + "\n")
    assert [s for _, s in _refined(text, ("armed attack", [1, 2]))] == [[1, 2]]


@pytest.mark.parametrize("rows", [
    ("2021-03-05: Unidentified assailants set fire to the mosque in Qaswa, Harra district.",
     "2021-04-17: A minibus carrying farm labourers struck a landmine outside Umm Sarif, killing six."),
    ("1 | 5 August 2025 | Tessamor | Armed men on motorcycles opened fire on a water point, killing two.",
     "2 | 7 August 2025 | Orlenby | A truck struck an explosive device buried in the road, killing the driver."),
])
def test_log_rows_and_iso_dated_entries_are_one_incident_each(rows):
    text = rows[0] + "\n\n" + rows[1] + "\n"
    assert [s for _, s in _refined(text, ("armed attack", [1, 2]))] == [[1], [2]]


def test_two_database_entries_of_one_day_are_two_incidents():
    text = ("27/04/2018: Unidentified assailants set fire to the maternity clinic in Dellamar village, Hethra "
            "District, shortly after midnight. No one was hurt.\n\n"
            "27/04/2018: Gunmen on a motorcycle shot dead the chief of Ansiro village as he walked home.\n")
    assert [s for _, s in _refined(text, ("armed attack", [1, 2, 3]))] == [[1, 2], [3]]
    # one entry's own sentences stay together, whatever date they write
    one = text.split("\n\n")[0] + " Police said on 28/04/2018 that two men were held.\n"
    assert [s for _, s in _refined(one, ("armed attack", [1, 2, 3]))] == [[1, 2, 3]]
