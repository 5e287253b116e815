"""Party rules of 2026-12-04 (dev values the verifier marked verified and gold
calls wrong), each with a value it must refuse and one it must leave alone."""

import pytest

from summarizer.verify.event_types import is_weapon
from summarizer.verify.roles import plays_role


@pytest.mark.parametrize("name,weapon", [
    ("second device", True), ("second, larger charge", True), ("the first explosive device", True),
    ("pressure cooker stuffed with bolts", True), ("a second bomb", True),
    ("Second Brigade", False), ("larger group", False), ("other gunmen", False), ("First Battalion", False),
])
def test_which_device_and_how_big_is_still_a_device(name, weapon):
    assert is_weapon(name) is weapon


def test_an_office_blamed_for_unrest_is_a_cause_not_a_doer():
    text = ("The opposition Velar party blamed the unrest on Finance Minister Ota Brenn, whose decision to end "
            "the fuel subsidy had doubled bus fares.")
    assert not plays_role("Finance Minister Ota Brenn", "perpetrators", [text])
    # a group blamed for an attack is a perpetrator as before
    assert plays_role("Drava Front", "perpetrators", ["Police blamed the attack on the Drava Front."])
    assert plays_role("youths", "perpetrators", ["The mayor blamed the riots on youths from Kell."])
