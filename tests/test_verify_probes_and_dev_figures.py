"""Verifier rules of 2026-12-04 (second session), from wrong values the helpers
who wrote the twenty-eighth twelve tried on copies of their articles and the
verifier accepted, and from figures the dev answers of run -103 had verified
wrongly; each with a value it must refuse and one it must leave alone.
Articles are ours."""

from summarizer.verify.categories import category_conflict, presence_total
from summarizer.verify.counted import counts_the_accused
from summarizer.verify.date_events import only_said_or_after
from summarizer.verify.numbers import figures_in
from summarizer.verify.place_roles import only_as_origin
from summarizer.verify.roles import plays_role


def test_a_number_in_a_name_or_a_charge_counts_no_one():
    assert 14 not in figures_in("Mortar rounds hit the Kilometre 14 displacement camp, killing 11 people.")
    assert 11 in figures_in("Mortar rounds hit the Kilometre 14 displacement camp, killing 11 people.")
    assert 57 not in figures_in("In 2012 a court convicted him on 57 counts of murder.")
    assert 14 in figures_in("The blast killed 14 people at the camp.")


def test_the_channel_a_claim_went_out_on_did_not_do_it():
    text = "The Sword of Haddarin claimed responsibility the following day via its Nadhir news agency."
    assert not plays_role("Nadhir news agency", "perpetrators", [text])
    assert not plays_role("Amaq agency", "perpetrators", ["The group claimed it in a statement carried by the Amaq agency."])
    assert plays_role("Sword of Haddarin", "perpetrators", [text])


def test_refugees_come_from_a_country_the_event_was_not_in():
    assert only_as_origin("Zelvaria", ["Refugees from Zelvaria said gunmen had burned the village of Oru."])
    assert not only_as_origin("Zelvaria", ["Gunmen burned the village of Oru in Zelvaria."])


def test_a_filing_a_decision_and_the_recovery_of_the_dead_date_no_act():
    for phrase, text in [
        ("on February 24", "The insurer first disclosed the attack in a stock-exchange filing on February 24."),
        ("on Monday", "The town council decided on Monday to close the market for a week."),
        ("on Thursday", "Rescuers pulled the last survivor from the rubble on Thursday."),
        ("on Thursday", "Divers recovered the last two bodies on Thursday."),
    ]:
        assert only_said_or_after(phrase, [text]), text
    assert not only_said_or_after("on Tuesday", ["Gunmen attacked the village on Tuesday."])
    assert not only_said_or_after("on Tuesday", ["The roof collapsed on Tuesday, and rescuers pulled three people "
                                                 "from the rubble."])


def test_the_crew_in_brackets_of_the_occupants_were_aboard_not_killed():
    header = "Fatalities: 0 / Occupants: 14 (crew 2, passengers 12)"
    assert presence_total(2, [header])
    assert not presence_total(2, ["Fatalities: 2 (crew 2) / Occupants: 14"])
    assert not presence_total(2, ["Seventeen passengers and 2 cabin crew members were injured."])
    assert category_conflict("killed", 9, ["11 fatalities (9 militants, 2 soldiers)"]) is None


def test_officers_suspended_and_people_sleeping_in_tents_are_no_casualties():
    suspended = ("The interior ministry said three officers from the central police station had been suspended "
                 "pending an inquiry into the student's death.")
    assert counts_the_accused(3, [suspended])
    assert not counts_the_accused(3, ["Three officers from the central police station had been shot dead."])
    assert not counts_the_accused(11, ["A POLICE SPOKESMAN SAID 11 WORKERS WERE INJURED AND 40 WERE ARRESTED."])
    tents = ("Across the valley, 46 deaths have been confirmed and about 19,000 people are sleeping in tents or "
             "in the open.")
    assert presence_total(19000, [tents])
    assert not presence_total(46, [tents])


def test_refugees_a_centre_is_for_and_a_side_whose_positions_were_attacked_did_not_do_it():
    riot = ("Several hundred residents of this border town hurled stones and bottles at a reception centre for "
            "refugees from Kethran on Sunday night and set fire to two tents in its courtyard.")
    assert not plays_role("refugees", "perpetrators", [riot])
    assert plays_role("residents", "perpetrators", [riot])
    assert plays_role("protesters", "perpetrators", ["Police opened fire on protesters who were trying to set fire "
                                                     "to the governor's residence."])
    clash = ("06/03/2019: Fighters of the Sunrise Brigade attacked positions held by the Tarn Defence Militia in "
             "Wadi Orr, sparking a clash that lasted several hours.")
    assert not plays_role("Tarn Defence Militia", "perpetrators", [clash], either_side=True)
    assert plays_role("Sunrise Brigade", "perpetrators", [clash], either_side=True)
    assert plays_role("Front", "perpetrators", ["The hostages held by the Front were freed."])
