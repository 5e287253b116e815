"""Rules from the fifteenth twelve of gold (2026-12-03, night): right values the
verifier refused before they were written. Articles are ours."""

import pytest

from summarizer.verify.acts import ACTS
from summarizer.verify.categories import categories_named, category_conflict
from summarizer.verify.event_types import kind_contradicted
from summarizer.verify.names import names_a_region
from summarizer.verify.roles import plays_role


@pytest.mark.parametrize("count,category,text,conflict", [
    # a taking told without a word of capture
    (4, "captured/abducted", "The union said nine drivers had been killed and four had been led away by the "
     "gunmen at rifle point.", None),
    (3, "captured/abducted", "Armed men stopped a car carrying two journalists and their driver and drove off "
     "with all three, police said.", None),
    # hostages harmed are dead or wounded people, and two figures share one verb
    (2, "killed", "Two hostages and three assailants were killed and five hostages and two police officers "
     "were wounded in the assault.", None),
    (5, "injured", "Two hostages and three assailants were killed and five hostages and two police officers "
     "were wounded in the assault.", None),
    (5, "killed", "Two hostages and three assailants were killed and five hostages and two police officers "
     "were wounded in the assault.", {"injured"}),
    # hostages still held are people taken
    (12, "killed", "The gunmen were still holding 12 hostages on the third floor.", {"captured/abducted"}),
])
def test_takings_and_shared_verbs(count, category, text, conflict):
    got = category_conflict(category, count, [text])
    assert got == conflict


def test_leading_is_no_taking():
    assert categories_named("Four officers led the patrol into the valley.") == set()
    assert categories_named("four had been led away by the gunmen") == {"captured/abducted"}


def test_a_name_whose_relative_clause_is_the_act_did_it():
    text = ("Gunmen who stormed the Palisade Hotel late on Wednesday and held its upper floors through the night "
            "were killed on Thursday morning as security forces fought their way up the building.")
    assert plays_role("Gunmen", "perpetrators", [text])
    # a relative clause of something else done to them is no act of theirs
    assert not plays_role("Soldiers", "perpetrators", ["Soldiers who were guarding the bridge were killed."])


def test_the_subject_whose_servers_an_attack_scrambled_is_the_target():
    text = ("The University of Brell has postponed its winter examinations after a ransomware attack in the early "
            "hours of Monday scrambled the servers that hold its exam papers, the university said.")
    assert plays_role("University of Brell", "targets", [text])
    # the servers of someone else: no
    assert not plays_role("University of Brell", "targets", [
        "The University of Brell said a ransomware attack scrambled the servers of a supplier."])


@pytest.mark.parametrize("text,name,kind", [
    ("Looters stripped dozens of shops in the old town during the night.", "shops in the old town", "targets"),
    ("Looters stripped dozens of shops in the old town during the night.", "Looters", "perpetrators"),
    ("Opposition supporters set up barricades, and riot police moved in with tear gas and water cannon.",
     "riot police", "perpetrators"),
])
def test_looting_and_police_moving_in_are_acts(text, name, kind):
    assert plays_role(name, kind, [text])


def test_the_new_acts_are_one_list():
    import re
    assert re.fullmatch(rf"(?:{ACTS})", "stripped") and re.fullmatch(rf"(?:{ACTS})", "moved in with")


# From the fifteenth twelve's dev values (run -55), verified and wrong before these rules.

@pytest.mark.parametrize("texts,kind,instead", [
    # a navy or marines fighting pirates is a battle, not an attack; and no accident of the ship
    (["A navy patrol boat fought a gun battle with pirates who had boarded the bulk carrier."], "armed attack",
     "a fight with armed forces (a battle/clash)"),
    (["Navy frees cargo ship's crew after firefight with pirates"], "transport accident", "a deliberate act"),
    # a hostage-taking is an abduction, stormed or not
    (["Armed men took 17 customers and employees hostage inside a branch of the bank.",
      "After a nine-hour standoff, police special forces stormed the building."], "armed attack",
     "people taken and held hostage (an abduction)"),
    (["Gunmen stormed the hotel and tried to take hostages, but guests escaped."], "armed attack", None),
])
def test_what_the_sentences_say_the_event_was(texts, kind, instead):
    assert kind_contradicted(kind, texts) == instead


def test_what_a_picture_shows_is_no_target():
    text = ("A group claimed both blasts in a post on social media on Monday afternoon, alongside photos of the "
            "fallen towers.")
    assert not plays_role("fallen towers", "targets", [text])
    assert plays_role("towers", "targets", ["Saboteurs blew up two towers near Pellat."])


def test_a_name_before_the_region_word_owns_no_region():
    text = "Kelmarsk, the capital of the Lower Elst region of Narvenia, was hit."
    assert not names_a_region("Narvenia", text) and names_a_region("Lower Elst region", text)
    assert names_a_region("Meren", "in the district of Meren") and names_a_region("MEREN", "IN THE DISTRICT OF MEREN")
