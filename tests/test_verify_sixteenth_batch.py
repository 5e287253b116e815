"""Rules from the sixteenth twelve of gold (2026-12-03, night): right values the
verifier refused before they were written. Articles are ours."""

import pytest

from summarizer.verify.qualifiers import lower_bounds
from summarizer.verify.cues import type_stated
from summarizer.verify.names import given_a_region_word
from summarizer.verify.parties import tells_another_event
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


# From the sixteenth twelve's dev values (run -57), verified and wrong before these rules.

def test_people_held_in_custody_are_no_captives_and_no_targets():
    text = ("On 11 October 2024, a mob angered by the arrests attacked the police post in Sillo village, where some "
            "of the detainees were being held, and burned it down.")
    assert not type_stated("abduction", [text])
    assert not plays_role("detainees", "targets", [text])
    assert type_stated("abduction", ["Gunmen held the detainees' relatives for two days."])


def test_a_country_the_article_gives_a_region_word_is_a_region():
    text = "Roadside bomb tears through minibus in Tarsa. Doctors at the Tarsa district hospital said nine had died."
    assert given_a_region_word("Tarsa", text)
    assert not given_a_region_word("Velmora", "Velmora's state television said nine had died.")


@pytest.mark.parametrize("cited,event_sentences,texts,other", [
    ([8], [6, 8], ["ALSO LAST NIGHT, UNIDENTIFIED GUNMEN SHOT DEAD THE MAYOR OF EL CARMEN."], True),
    ([5], [3, 5], ["Separately, gunmen burned a school in Orvo."], True),
    # the incident that is the other event: its own first sentence
    ([8], [8], ["ALSO LAST NIGHT, UNIDENTIFIED GUNMEN SHOT DEAD THE MAYOR OF EL CARMEN."], False),
    ([4], [3, 4], ["The gunmen also burned two cars."], False),
])
def test_a_sentence_opening_another_event_gives_none_of_this_ones_parties(cited, event_sentences, texts, other):
    assert tells_another_event(cited, event_sentences, texts) is other
