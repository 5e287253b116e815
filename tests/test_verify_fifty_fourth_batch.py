"""Verifier rules of 2026-12-06 (twelfth session), from right gold values of the
fifty-fourth twelve (targets of attacks on things and named people; perpetrators as
the text tells them) it refused and from the model's verified wrong values on it;
each with a value it must accept and one it must still refuse. Articles are ours."""

from support.incident_problems import incident_problems


def test_saboteurs_and_a_timer_make_a_derailment_a_bombing():
    from summarizer.verify.event_types import kind_contradicted
    cut = ["Saboteurs blow up rail line in the north; grain train derails",
           "Police said the charge had been laid under the rails on a curve and set off by a timer."]
    assert kind_contradicted("bombing/explosion", cut) is None
    assert kind_contradicted("transport accident", cut) == "a deliberate act"
    derailed = ["A freight train derailed on a curve near Brusk after a rail cracked in the frost."]
    assert kind_contradicted("bombing/explosion", derailed) == "an accident"


def test_a_charge_that_tore_apart_a_line_hit_it():
    from summarizer.verify.roles import plays_role
    tore = ("An explosive charge tore apart a section of the Kalmuth-Orvanto railway line near the village of "
            "Brusk late on Tuesday, police said.")
    assert plays_role("Kalmuth-Orvanto railway line", "targets", [tore])
    assert not plays_role("Kalmuth-Orvanto railway line", "targets",
                          ["Repairs to the Kalmuth-Orvanto railway line would take at least five days."])


def test_the_doers_act_past_a_relative_clause_of_the_place():
    from summarizer.verify.roles import plays_role
    lead = ("About a dozen armed men tied up the three night guards at the Gallovey pumping station, which draws "
            "water from the Mirendal river near the village of Velgard in the northern Quendra province, and set off "
            "explosive charges on its four pumps shortly before midnight on Friday, the authority said.")
    assert plays_role("armed men", "perpetrators", [lead])
    assert not plays_role("armed men", "perpetrators", ["About a dozen armed men were seen near the Gallovey pumping "
                                                        "station, which draws water from the river, and left."])


def test_a_headline_names_the_thing_hit_by_its_common_words():
    from summarizer.verify.roles import plays_role
    headline = "Capital's water cut after pumping station blown up; soldiers killed guarding it"
    lead = "Armed men tied up the guards at the Gallovey pumping station and left before dawn."
    assert plays_role("Gallovey pumping station", "targets", [headline, lead])
    assert not plays_role("Gallovey pumping station", "targets",
                          ["Capital's water cut after pumping station fails", lead])


def test_the_one_a_car_bomb_was_meant_for_is_its_target():
    from summarizer.verify.roles import plays_role
    headline = "JUSTICE ESCAPES CAR BOMB IN CASTRELO"
    lead = ("A CAR BOMB EXPLODED AT 0750 THIS MORNING AS THE CAR OF SUPREME COURT JUSTICE HERNAN SALCEDO RICAURTE "
            "DROVE PAST ON ITS WAY TO THE PALACE OF JUSTICE.")
    assert plays_role("Justice Hernan Salcedo Ricaurte", "targets", [headline, lead])
    assert plays_role("car of Supreme Court Justice Hernan Salcedo Ricaurte", "targets", [lead])
    assert not plays_role("Justice Hernan Salcedo Ricaurte", "targets",
                          ["JUSTICE HERNAN SALCEDO RICAURTE CONDEMNED THE BOMBING."])


def test_the_man_the_police_identify_as_the_one_who_fired_is_the_perpetrator():
    from summarizer.verify.roles import plays_role
    named = "The man who fired the shots has been identified as Oskar Pellinen, 41, a dismissed mechanic."
    assert plays_role("Oskar Pellinen", "perpetrators", [named])
    assert not plays_role("Oskar Pellinen", "perpetrators",
                          ["The man who found the body has been identified as Oskar Pellinen, 41."])


def test_a_part_with_no_verb_of_its_own_shares_the_wholes():
    from summarizer.verify.categories import category_conflict
    died = ["The League said on Monday that five students had died, two of them overnight in hospital, and that 61 "
            "people had been treated for gunshot wounds."]
    assert category_conflict("killed", 2, died) is None
    assert category_conflict("injured", 2, died) == {"killed"}
    # a part with its own verb or word of harm keeps it
    later = ["Two fish sellers were also wounded, and one of them, a woman aged 60, died on the way to hospital."]
    assert category_conflict("killed", 1, later) is None
    wounded = ["TROOPS CAPTURED SIX GUERRILLAS, FOUR OF THEM WOUNDED, AS THE ATTACKERS WITHDREW."]
    assert category_conflict("injured", 4, wounded) is None


def test_a_town_kind_is_no_country_and_a_city_district_no_region():
    from summarizer.verify.names import names_a_town_kind
    from summarizer.verify.place_roles import only_as_a_city_district
    assert names_a_town_kind("Capital") and names_a_town_kind("Meldrava town")
    assert not names_a_town_kind("Ostrelia")
    lead = "A CAR BOMB EXPLODED THIS MORNING IN THE ARBOLEDA DISTRICT OF THIS CAPITAL."
    assert only_as_a_city_district("Arboleda District", [lead])
    assert not only_as_a_city_district("Orsa district", ["Gunmen raided Halvo, in the Orsa district of Teskaria."])
    capital = incident_problems("CASTRELO, 9 OCT 86 (RADIO PLATINO) -- " + lead, event_type="bombing/explosion",
                                event_type_sentences=[1], place="Castrelo", country="Capital", location_sentences=[1])
    assert any("not a country" in p for p in capital)


def test_blame_by_the_victims_side_names_no_perpetrator():
    from summarizer.verify.roles import plays_role
    director = "Radio Sanmarra's director blamed the Verkhal timber syndicate, which denied any involvement."
    assert not plays_role("Verkhal timber syndicate", "perpetrators", [director])
    governor = "The provincial governor blamed the Verkhal timber syndicate, which denied any involvement."
    assert plays_role("Verkhal timber syndicate", "perpetrators", [governor])


def test_the_place_people_were_taken_from_is_no_target():
    from summarizer.verify.roles import plays_role
    taken = ("Unidentified armed men abducted 5 health workers and their driver from a mobile clinic run by the aid "
             "group Hope Ridge at Gusoro village.")
    assert not plays_role("mobile clinic", "targets", [taken])
    assert plays_role("health workers", "targets", [taken])
    assert plays_role("hospital", "targets", ["Gunmen stormed the hospital and abducted three nurses from the wards."])


def test_a_crowd_that_stoned_an_office_did_it_on_purpose():
    from summarizer.verify.event_types import kind_contradicted
    stoned = ["Hundreds of students stoned and set fire to the local office of the ruling party, police said."]
    assert kind_contradicted("industrial accident", stoned) == "a deliberate act"
    assert kind_contradicted("industrial accident", ["A fire broke out in the paint store of the plant."]) is None


def test_a_vehicle_people_were_taken_from_is_still_attacked():
    from summarizer.verify.roles import plays_role
    bus = "Gunmen who seized passengers from an intercity bus last week have freed five of them, police said."
    assert plays_role("intercity bus", "targets", [bus])
