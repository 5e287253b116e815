"""Verifier rules of the eleventh round (2026-12-03): right gold of the eleventh
batch the verifier rejected, and the holes its probes found."""

import pytest

from summarizer.verify.roles import plays_role, plays_role_by_name_or_head

_CAR_BOMB = ("A car bomb tore through an army checkpoint at the entrance to Orvan on Tuesday.",
             "The car was driven up to the Kestrel Bridge checkpoint in Orvan and exploded as two soldiers "
             "walked over to search it.")


def test_a_target_named_in_full_in_one_sentence_and_by_its_head_in_another():
    assert not plays_role("Kestrel Bridge checkpoint", "targets", list(_CAR_BOMB))
    assert plays_role_by_name_or_head("Kestrel Bridge checkpoint", "targets", list(_CAR_BOMB))
    # Only an installation or a body: people are not read from their head noun ...
    driver = ["Gunmen opened fire on the driver of a bus.", "A taxi driver who saw it called the police."]
    assert not plays_role_by_name_or_head("taxi driver", "targets", driver)
    # ... nor a perpetrator, nor a head the sentences give no article ("checkpoint duty").
    named = [_CAR_BOMB[0], "Traffic at the Harbour Road checkpoint was light that morning."]
    assert plays_role_by_name_or_head("Harbour Road checkpoint", "targets", named)
    assert not plays_role_by_name_or_head("Harbour Road checkpoint", "perpetrators", named)
    assert not plays_role_by_name_or_head(
        "Kestrel Bridge checkpoint", "targets", [_CAR_BOMB[1], "Gunmen attacked soldiers on checkpoint duty."])


@pytest.mark.parametrize("text,target", [
    ("Pupils' records leaked a week after ransomware shut Carrow Valley schools", "Carrow Valley schools"),
    ("A cyberattack shut down the port's booking systems for two days.", "port's booking systems"),
])
def test_what_a_cyberattack_shut_was_attacked(text, target):
    assert plays_role(target, "targets", [text])
