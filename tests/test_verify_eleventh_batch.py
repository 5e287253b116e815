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


@pytest.mark.parametrize("name,hit", [
    ("shed", True), ("tractor shed", True), ("fuel trucks", True), ("vehicles", True),
    ("homes", False),  # homes burned in a raid on a village may be what was attacked
    ("convoy", False), ("police checkpoint", False),
])
def test_a_shed_or_trucks_burned_are_damage_not_a_target(name, hit):
    from summarizer.verify.event_types import names_a_thing_hit
    assert names_a_thing_hit(name) is hit


_CHECKPOINT = ("ORVAN, Kelvia, May 5, 2026 (Wire) - A car bomb tore through an army checkpoint in Orvan on "
               "Tuesday, killing nine soldiers. The checkpoint had been hit once before, in April last year, "
               "when a suicide bomber on a motorcycle killed six soldiers there.")


def test_a_figure_and_a_party_of_last_years_attack_are_not_this_ones():
    from support.drafts import verifier_problems as problems
    flagged = problems(_CHECKPOINT, event_type="bombing/explosion",
                       casualties=[{"category": "killed", "count": 6, "qualifier": "exact", "sentences": [2]}],
                       perpetrators=[{"name": "suicide bomber", "sentences": [2]}])
    assert len([p for p in flagged if "before 2026" in p]) == 2
    assert not problems(_CHECKPOINT, event_type="bombing/explosion",
                        casualties=[{"category": "killed", "count": 9, "qualifier": "exact", "sentences": [1]}])


def test_who_warned_another_victim_is_no_perpetrator():
    text = ("The neighbouring Bracken Hill district was warned by the national cyber security agency "
            "on February 22 and took its own systems offline.")
    assert not plays_role("national cyber security agency", "perpetrators", [text])
    assert plays_role("Glass Wolf", "perpetrators", ["The servers were encrypted by Glass Wolf on February 21."])


def test_the_clinic_the_wounded_were_carried_to_is_elsewhere():
    from summarizer.verify.place_roles import only_elsewhere
    text = ("Most of the wounded were carried on motorbikes to the Sisters of Mercy clinic in Amsoro, "
            "a market town 35 km to the south.")
    assert only_elsewhere("Amsoro", [text])
    assert not only_elsewhere("Amsoro", ["Raiders attacked Amsoro on Monday night."])


@pytest.mark.parametrize("name,text", [
    ("Tadu herders", "The governor blamed the killings on the Red Hand, a militia drawn from Tadu herders."),
    ("armed bands", "Walla, which borders Nordavia, has seen repeated raids by armed bands."),
    ("Eastern Liberation Army", "Jets bombed a walled compound near Haddo that the army said the Eastern "
                                "Liberation Army used as a weapons store."),
])
def test_a_community_a_record_of_raids_or_a_relative_clauses_party_is_no_perpetrator(name, text):
    assert not plays_role(name, "perpetrators", [text])


def test_the_blamed_militia_and_the_raiders_still_are():
    assert plays_role("Red Hand", "perpetrators",
                      ["The governor blamed the killings on the Red Hand, a militia drawn from Tadu herders."])
    assert plays_role("armed bands", "perpetrators", ["The village was raided by armed bands on Monday."])
