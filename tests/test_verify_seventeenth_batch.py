"""Rules from the seventeenth twelve of gold (2026-12-03, night): right values the
verifier refused before they were written. Articles are ours."""

from summarizer.verify.parties import plays_role_by_name_or_head
from summarizer.verify.roles import plays_role


def test_a_person_named_again_by_surname_plays_the_role():
    texts = ["The mayor of Ostell, Dragan Velko, was freed late on Tuesday, five days after gunmen dragged him "
             "from his car, his family said.",
             "Velko, 61, was seized on Thursday evening when four masked gunmen forced his car off the road."]
    assert plays_role_by_name_or_head("Dragan Velko", "targets", texts)
    # a place or a club of two capitalised words is no person named by its last word
    assert not plays_role_by_name_or_head("Lorsk Athletic", "targets", [
        "Officers dispersed several hundred supporters of Lorsk Athletic at the gate.",
        "Athletic lost 3-1 to its old rivals."])


def test_what_a_bomb_was_left_beside_is_its_target():
    text = ("A car packed with explosives that had been left outside the Palace of Justice in Velden blew up on "
            "Monday morning as lawyers were queuing to pass the security gate.")
    assert plays_role("Palace of Justice", "targets", [text])
    assert not plays_role("Palace of Justice", "targets", [
        "Lawyers left outside the Palace of Justice in protest on Monday."])


def test_a_bank_robbed_is_attacked():
    text = ("A COLUMN OF SOME 30 GUERRILLAS RAIDED THE TOWN YESTERDAY AFTERNOON, ROBBED THE LOCAL BRANCH OF THE "
            "BANCO AGRARIO AND SET FIRE TO TWO BUSES.")
    assert plays_role("local branch of the Banco Agrario", "targets", [text])


# From the seventeenth twelve's dev values (run -59), verified and wrong before these rules.

def test_a_day_or_the_reporting_agency_is_no_party():
    from summarizer.verify.dates import find_dateline
    from summarizer.verify.parties import not_a_party
    dateline = find_dateline("VILLAMAR, 22 MAY 86 (RADIO CONTINENTAL) -- [TEXT] GUERRILLAS ROBBED A BANK.")
    assert dateline is not None and dateline.agency == "RADIO CONTINENTAL"
    assert not_a_party("Radio Continental", dateline) and not_a_party("Monday", None)
    assert not not_a_party("Banco Agrario", dateline)


def test_a_device_that_went_off_is_no_armed_attack():
    from summarizer.verify.event_types import kind_contradicted
    said = kind_contradicted("armed attack", ["The device detonated near the entrance, killing two customers."])
    assert said is not None and "went off" in said
    # a device and guns together stay a gun attack
    assert kind_contradicted("armed attack", [
        "A bomb exploded at the gate and gunmen opened fire with rifles on the guards."]) is None
