"""Rules from the eighteenth twelve of gold (2026-12-03, night): right values the
verifier refused before they were written. Articles are ours."""

from summarizer.verify.parties import plays_role_by_name_or_head
from summarizer.verify.roles import plays_role


def test_an_aside_after_the_act_is_no_other_verb():
    text = ("On Tuesday night rioters torched two petrol stations, and officers fired rubber bullets and, according "
            "to witnesses, live ammunition into the crowd.")
    assert plays_role("crowd", "targets", [text])


def test_people_whom_fighters_had_seized_are_targets():
    text = ("IN A SEPARATE DEVELOPMENT, THE FRPL ON SATURDAY RELEASED FOUR TECHNICIANS OF THE STATE TELEPHONE "
            "COMPANY, TELMAR, WHOM ITS FIGHTERS HAD SEIZED ON 1 JUNE.")
    assert plays_role("technicians of the state telephone company", "targets", [text])


def test_what_a_bomber_walked_into_is_the_target():
    text = ("A man wearing an explosive belt walked into the packed Al-Nour mosque in Hallum during Friday prayers "
            "and detonated it among the kneeling worshippers.")
    assert plays_role("Al-Nour mosque", "targets", [text])
    assert not plays_role("Al-Nour mosque", "targets", ["Worshippers walked into the Al-Nour mosque for prayers."])


def test_the_next_sentence_goes_on_with_the_same_subject():
    texts = ["Shortly after 1 a.m. a group of saboteurs entered the spillway tunnels through an inspection shaft.",
             "They placed explosive charges against the hinges of two of the spillway gates."]
    assert plays_role_by_name_or_head("saboteurs", "perpetrators", texts)
    # a name deep in the first sentence is not its subject
    assert not plays_role_by_name_or_head("saboteurs", "perpetrators", [
        "The inquiry heard from engineers who had worked in the spillway tunnels for years and who spoke of saboteurs.",
        "They placed new gates on the spillway."])


# From the eighteenth twelve's dev values (run -61), verified and wrong before these rules.

def test_a_time_is_no_party():
    from summarizer.verify.parties import not_a_party
    assert not_a_party("roughly an hour later", None) and not_a_party("the next day", None)
    assert not not_a_party("two gunmen", None)


def test_whom_fighters_seized_did_not_seize():
    text = ("THE FRPL ON SATURDAY RELEASED FOUR TECHNICIANS OF THE STATE TELEPHONE COMPANY, TELMAR, WHOM ITS "
            "FIGHTERS HAD SEIZED ON 1 JUNE.")
    assert not plays_role("state telephone company", "perpetrators", [text])


def test_people_the_police_detained_are_no_targets():
    assert not plays_role("suspects", "targets", ["In the following days, police detained six suspects in Koraz."])
    assert plays_role("suspects", "targets", ["Gunmen shot dead two suspects in their cells."])
