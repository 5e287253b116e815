"""Verifier rules of 2026-12-05 (eighth session), from right gold values of the
forty-second twelve it refused and from the wrong values its helpers' probes saw
accepted; each with a value it must refuse and one it must leave alone. Articles
are ours."""

from summarizer.verify.acts import owner_hit
from summarizer.verify.party_names import names_a_thing_hit
from summarizer.verify.parties import harmed_at_the_aim
from summarizer.verify.party_names import names_no_one_or_the_court
from summarizer.verify.roles import force_used_on_them, plays_role


def test_a_claim_through_a_unit_of_the_group_is_its_claim():
    text = ('On Wednesday a group calling itself the Brine Tide Movement said in a statement that its "harbour unit" '
            "had planted the bomb.")
    assert plays_role("Brine Tide Movement", "perpetrators", [text])
    said = "On Wednesday the Brine Tide Movement said in a statement that its harbour unit had been disbanded."
    assert not plays_role("Brine Tide Movement", "perpetrators", [said])


def test_one_crowd_on_both_sides_when_force_on_it_is_told_in_its_own_sentence():
    acted = "EARLY TODAY, SOME 400 CADETS STONED AND SET FIRE TO THE GUARD POST IN VILLA NORTE."
    fired_on = "GUARDSMEN INSIDE THE POST FIRED ON THE CADETS, WOUNDING FIVE OF THEM."
    assert force_used_on_them("CADETS", [acted, fired_on])
    assert not force_used_on_them("CADETS", [acted])  # no force on them told
    marched = "EARLY TODAY, SOME 400 CADETS MARCHED PEACEFULLY TO THE SQUARE."
    assert not force_used_on_them("CADETS", [marched, "POLICE OFFICERS WATCHED THE CADETS."])


def test_the_servers_of_its_site_encrypted_name_their_owner_the_target():
    before = ""
    after = " said on Monday that ransomware had encrypted the servers of its national sorting centre in Tamsk."
    assert owner_hit(before, after)
    assert not owner_hit(before, " said on Monday that ransomware had encrypted the servers of a supplier.")


def test_a_cyberattack_on_an_organisation_names_it_the_target():
    text = "The gang Ferrocut has claimed the cyberattack on Quillmere Post, which halted parcel sorting."
    assert plays_role("Quillmere Post", "targets", [text])
    assert not plays_role("Quillmere Post", "targets", ["Quillmere Post said parcel sorting was slow on Monday."])


def test_vehicles_the_crowd_burned_are_a_riots_target_but_damage_in_an_attack():
    assert not names_a_thing_hit("police vehicles", "riot/protest")
    assert names_a_thing_hit("police vehicles", "armed attack")
    assert names_a_thing_hit("computer systems", "riot/protest")


def test_people_a_claim_says_it_struck_were_its_aim():
    device = "A roadside device exploded under a minibus carrying teachers near Pellam, killing three of them."
    claim = 'The Valley Lions claimed the attack, saying it had struck "teachers of the occupiers\' schools".'
    assert not harmed_at_the_aim("teachers", ["minibus", "teachers"], "bombing/explosion", [device, claim])
    assert harmed_at_the_aim("teachers", ["minibus", "teachers"], "bombing/explosion", [device])


def test_a_party_that_only_welcomed_or_praised_the_attack_did_not_do_it():
    welcomed = ("The Marsh Reckoning welcomed the bombing in a post on Wednesday but did not say it had carried "
                "it out.")
    praised = "The Ashfield Plough Collective praised the bombing in leaflets but did not claim it."
    assert not plays_role("Marsh Reckoning", "perpetrators", [welcomed])
    assert not plays_role("Ashfield Plough Collective", "perpetrators", [praised])
    claimed = "The Marsh Reckoning said on Wednesday that it had planted the bomb."
    assert plays_role("Marsh Reckoning", "perpetrators", [claimed])


def test_a_perpetrator_field_saying_unknown_names_no_one():
    assert names_no_one_or_the_court("Unknown")
    assert names_no_one_or_the_court("not known")
    assert not names_no_one_or_the_court("unknown gunmen")


# -- wrong values the model's answers for the forty-second twelve had verified ------------


def test_a_toll_of_bombings_and_shootings_in_a_province_is_a_tally():
    from summarizer.verify.tallies import tally

    text = ("At least 48 people have been killed in bombings and shootings in Varrow province since January, "
            "according to an independent monitor.")
    assert tally(48, [text])
    assert not tally(4, ["Four people were killed in the bombing and the shooting that followed it."])
    assert not tally(4, ["Four people were killed in the bombing on Tuesday, police said."])


def test_a_target_it_said_it_would_attack_is_only_threatened():
    threat = 'In a second statement the Brine Tide Movement said it would attack "the buyers of the port" next.'
    assert not plays_role("buyers of the port", "targets", [threat])
    assert plays_role("buyers of the port", "targets", ["Gunmen attacked the buyers of the port on Monday."])


def test_weapons_seized_name_no_one_captured():
    from summarizer.verify.categories import categories_named

    assert "captured/abducted" not in categories_named("AND SEIZED THEIR WEAPONS, WITH THE LOSS OF ONE COMBATANT.")
    assert "captured/abducted" not in categories_named("The remaining assailants fled in 2 seized customs vehicles.")
    assert "captured/abducted" in categories_named("THE FRONT SEIZED FOUR ENGINEERS AND THEIR WEAPONS.")


# -- wrong values the helpers' probes saw accepted (dev copies) ------------------------


def test_a_kilometre_post_a_numbered_hill_or_a_hospital_is_no_place():
    from summarizer.verify.place_roles import names_no_town

    assert names_no_town("Kilometer 83") and names_no_town("Hill 415")
    assert names_no_town("Yselby General Hospital") and names_no_town("the Pyrrna regional hospital")
    assert not names_no_town("Interstate 41")  # a pile-up on a road with no town on it
    assert not names_no_town("Dovrek") and not names_no_town("Hillcrest")


def test_a_party_blamed_only_by_a_union_is_no_perpetrator_even_undenied():
    union = ('The dockworkers\' union accused the Marrow Shipping Federation of having "created the climate for '
             'murder".')
    assert not plays_role("Marrow Shipping Federation", "perpetrators", [union])
    police = "Police blamed the Marrow Shipping Federation for the bombing."
    assert plays_role("Marrow Shipping Federation", "perpetrators", [police])
