"""Verifier rules of 2026-12-07 (nineteenth session): from wrong verified values of the
promoted run's dev cases and from the seventieth (attacks on journalists and the media) and
seventy-first (communal and land clashes) twelves; each with a value it must refuse or accept
and its twin the other way. Articles are ours."""

from verify_helpers import problems

from summarizer.verify.categories.words import categories_named


def test_things_lost_are_no_lives_lost():
    text = ("KELBRIDGE, Sarvethia, February 4, 2027 (Lakeside Wire) - The online banking service of Brightmoor Savings "
            "Bank was unreachable for most of Wednesday after a flood of junk traffic overwhelmed its servers. "
            "The bank, which has about 900,000 customers, said no accounts had been accessed and no money had been "
            "lost.")
    found = problems(text, event_type="cyberattack", event_type_sentences=[1],
                     casualties=[dict(category="killed", count=900000, qualifier="exact", sentences=[2])])
    assert [p.field for p in found] == ["casualties[0]"]
    for said in ("no money had been lost", "thousands lost power for six hours", "Three families lost their homes"):
        assert "killed" not in categories_named(said)
    # ... lives and people lost are the dead
    for said in ("The army said it had lost 8 men.", "Four fishermen lost their lives.",
                 "The village lost 12 of its people."):
        assert "killed" in categories_named(said)


def test_one_side_of_two_joined_by_and_fought():
    from summarizer.verify.roles.party_role import plays_role
    said = ("On 23 August 2023, men from the neighbouring villages of Orrumey and Tsalbek, armed with machetes, spears "
            "and a few shotguns, fought for about four hours at Haddu, a borehole.")
    for side in ("men from Orrumey", "men from Tsalbek"):
        assert plays_role(side, "perpetrators", [said], either_side=True)
    fought = "On 4 February 2024, Ossambe and Gerrimo militiamen fought again at dawn around the market."
    assert plays_role("Ossambe militiamen", "perpetrators", [fought], either_side=True)
    clans = "Militias of the Ossambe and Gerrimo clans fought with rifles for most of the day in Wendagoli."
    assert plays_role("Gerrimo clan militia", "perpetrators", [clans], either_side=True)
    caps = ("COMUNEROS FROM THE NEIGHBORING PEASANT COMMUNITIES OF TUNQUIPAMPA AND MARCAHUILLCA FOUGHT WITH SHOTGUNS "
            "ON SATURDAY AT A SPRING.")
    assert plays_role("PEASANT COMMUNITY OF MARCAHUILLCA", "perpetrators", [caps], either_side=True)
    # ... but people of the two villages named with no act of theirs did no fighting
    fled = "Families of Orrumey and Tsalbek fled to Hadeshi on Sunday, the police said."
    assert not plays_role("families of Tsalbek", "perpetrators", [fled], either_side=True)


def test_a_name_past_an_apposition_inside_it_is_named():
    from summarizer.verify.roles.mentions import spans
    said = "THE PREFECT BLAMED A BAND LED BY A FORMER POLICEMAN, NICOMEDES QORIMAYU, FOR THE RAID."
    assert spans("BAND LED BY NICOMEDES QORIMAYU", said)
    assert not spans("BAND LED BY NICOMEDES QORIMAYU", "THE PREFECT BLAMED A BAND OF RUSTLERS FOR THE RAID.")


def test_a_harm_figure_broken_down_by_where_its_people_are_from_gives_parts():
    from summarizer.verify.counted import counts_where_from
    assert not counts_where_from(3, ["Fatalities: 5 (3 from Orrumey, 2 from Tsalbek), according to the police."])
    assert counts_where_from(2, ["The two engineers who were seized, 2 from Lusaria, are still held."]) or \
        counts_where_from(1, ["Three hostages were freed; one is from Carrow."])


def test_the_first_word_of_a_longer_name_is_no_organisation():
    from summarizer.verify.names import described_as_an_organisation
    text = ("Armed raiders attacked the village of Tamboleki late on Sunday. Early on Monday, members of the "
            "Tamboleki Watch, a village defence group, caught up with the raiders.")
    assert not described_as_an_organisation("Tamboleki", text)
    assert described_as_an_organisation("Tamboleki Watch", text + " Staff of the Tamboleki Watch said so.") or \
        described_as_an_organisation("Harbour Relief", "It was run by Harbour Relief, an aid agency.")
    assert described_as_an_organisation("Ossuli", "Volunteers of the Ossuli said the camp was empty.")


def test_a_toll_put_at_a_figure_on_a_later_day_dates_the_statement():
    from datetime import date

    from summarizer.verify.date_events import of_another_day
    said = ("The attackers shot 6 farmers dead and wounded 9 others; on 10/08/2024 the Surrow state police put the "
            "death toll at 8.")
    assert not of_another_day([said], date(2024, 10, 7))
    assert of_another_day(["On 10/09/2024, vigilantes attacked the camp and killed 4 herders."], date(2024, 10, 7))


def test_people_ordered_out_and_shot_as_them_were_attacked():
    from summarizer.verify.roles.party_role import plays_role
    said = ("At about midday on 8 October, gunmen stopped a minibus near the village of Yeel Daban, ordered the "
            "passengers out and shot them at the roadside.")
    assert plays_role("passengers", "targets", [said])
    assert not plays_role("passengers", "targets",
                          ["At the checkpoint the driver ordered the passengers out, and they walked on to the "
                           "village."])


def test_a_beating_is_an_injury_but_an_attack_beaten_back_is_none():
    assert "injured" in categories_named("THREE OF HIS EMPLOYEES HAD BEEN BEATEN WITH RIFLE BUTTS.")
    assert "injured" not in categories_named("The attack on the post was beaten back after an hour.")


def test_people_counted_among_those_taken_were_the_aim():
    from summarizer.verify.roles.party_role import plays_role
    said = ("The Verrum district police said 4 people had been taken, counting the crew's driver, Hamid Qorvell, a "
            "local man hired for the trip.")
    assert plays_role("Hamid Qorvell", "targets", [said])
    assert not plays_role("Hamid Qorvell", "targets",
                          ["The gunmen took the crew, leaving the car and warning the driver, Hamid Qorvell."])


def test_a_place_a_crowd_gathered_outside_then_stormed_was_attacked():
    from summarizer.verify.roles.party_role import plays_role
    gathered = "A crowd of several hundred people gathered outside the independent station Radio Velmond."
    stormed = "Part of the crowd broke down the gate, stormed the ground-floor studio and smashed the mixing desk."
    assert plays_role("Radio Velmond", "targets", [gathered, stormed])
    assert not plays_role("Radio Velmond", "targets",
                          [gathered, "The crowd sang for an hour and dispersed peacefully in the evening."])


def test_a_peaceful_gathering_is_no_violent_incident_of_any_type():
    from summarizer.verify.event_types import kind_contradicted
    march = ("ON SATURDAY SOME 5,000 TEACHERS HAD MARCHED THROUGH PUERTO ALMADIZ TO DEMAND FOUR MONTHS OF UNPAID "
             "WAGES, AND THAT MARCH ENDED PEACEFULLY IN FRONT OF THE CATHEDRAL.")
    for kind in ("battle/clash", "riot/protest", "armed attack"):
        assert kind_contradicted(kind, [march]) is not None
    sit_in = "- 13 October: about 300 teachers held a sit-in outside the district office; it dispersed peacefully."
    assert kind_contradicted("abduction", [sit_in]) is not None
    # ... but violence or a taking in them keeps the type
    assert kind_contradicted("battle/clash", [march.replace("PEACEFULLY", "PEACEFULLY; LATER POLICE AND "
                                                            "STRIKERS CLASHED AND TWO WERE KILLED")]) is None
    assert kind_contradicted("abduction", [sit_in + " Gunmen later kidnapped its organiser."]) is None


def test_a_gathering_held_is_no_one_held():
    from summarizer.verify.cues import type_stated
    assert not type_stated("abduction", ["About 300 teachers held a sit-in outside the district office."])
    assert not type_stated("abduction", ["The families held a vigil and a press conference."])
    assert type_stated("abduction", ["The gunmen held 14 guards in the canteen."])


def test_a_headline_storm_after_who_stormed_is_an_assault_not_weather():
    from summarizer.verify.cues import type_stated
    said = "Police storm bank in Vennholt, ending 18-hour hostage siege; two hostages dead"
    assert not type_stated("natural disaster", [said])
    assert type_stated("natural disaster", ["Storm floods coastal villages; police storm warnings ignored"]) or \
        type_stated("natural disaster", ["A storm hit the coast on Tuesday night."])


def test_an_attack_measured_in_gbps_is_a_cyberattack():
    from summarizer.verify.event_types import kind_contradicted
    said = ("19 March 2027: The e-visa portal of the Ministry of Foreign Affairs was unavailable for 40 minutes until "
            "the scrubbing service of its hosting provider absorbed an attack that peaked at 310 Gbps.")
    assert kind_contradicted("armed attack", [said]) == "an attack on computer systems (a cyberattack)"
    assert kind_contradicted("cyberattack", [said]) is None
    assert kind_contradicted("armed attack", ["Gunmen attacked the ministry's visa office, wounding two guards."]) \
        is None


def test_a_thing_blown_up_or_a_device_detonated_is_a_bombing():
    from summarizer.verify.event_types import kind_contradicted
    blast = "a device that went off (a bombing/explosion)"
    for said in ("Two days earlier, assailants had blown up an electricity pylon near Sedro, cutting power to 11 "
                 "villages.",
                 "Assailants detonated an explosive device on a section of the crude oil pipeline near Pelluri."):
        assert kind_contradicted("armed attack", [said]).endswith(blast)
        assert kind_contradicted("bombing/explosion", [said]) is None
    # ... but with guns fired it stays an armed attack
    assert kind_contradicted("armed attack", ["Gunmen blew up the gate and opened fire on the guards."]) is None


def test_two_armed_groups_fighting_each_other_are_a_battle():
    from summarizer.verify.event_types import kind_contradicted
    battle = "a fight with armed forces (a battle/clash)"
    for said in ("The two militias fought for about six hours across the market and the streets.",
                 "A quarrel over camels turned into a gunfight between armed Harrad and Sowbi militiamen.",
                 "On 4 February 2024, Ossambe and Gerrimo militiamen fought again at dawn.",
                 "Men from the neighbouring villages of Orrumey and Tsalbek, armed with machetes and a few shotguns, "
                 "fought for about four hours at Haddu.",
                 "About 60 vigilantes attacked the Rugga Wuro camp and fought armed herders there for two hours.",
                 "Members of the Tamboleki Watch caught up with the raiders at the ford, and the two sides "
                 "exchanged fire."):
        assert kind_contradicted("armed attack", [said]) == battle
        assert kind_contradicted("battle/clash", [said]) is None
    # ... but an attack on police stays an armed attack, gun battle or not, and a raid on villagers too
    police = "Gunmen attacked the police post and the two sides exchanged fire for an hour."
    assert kind_contradicted("armed attack", [police]) is None
    raid = "Armed raiders attacked the village, shooting dead four herdsmen."
    assert kind_contradicted("armed attack", [raid]) is None


def test_what_they_were_armed_with_names_no_one():
    from summarizer.verify.party_names import names_no_one_or_the_court
    assert names_no_one_or_the_court("armed with machetes, spears, slings and a few shotguns")
    assert not names_no_one_or_the_court("men armed with machetes")


def test_a_river_a_village_or_an_office_is_no_country():
    text = ("On 10/09/2024, about 60 members of the Dagamsi Vigilance Group attacked the Rugga Wuro camp near Dagamsi "
            "village and fought armed herders there by the Lumeji river, the Dhereen regional government said.")
    for country in ("Lumeji river", "Dagamsi", "Dhereen regional government"):
        found = problems(text, event_type="battle/clash", place="Rugga Wuro camp", country=country,
                         location_sentences=[1])
        assert any("not a country" in p.message for p in found)
    found = problems(text + " It happened in Izmerand.", event_type="battle/clash", place="Rugga Wuro camp",
                     country="Izmerand", location_sentences=[1, 2])
    assert not any("not a country" in p.message for p in found)


def test_people_who_took_refuge_were_not_taken():
    assert "captured/abducted" not in categories_named("Some 300 residents took refuge in a church in Hadeshi.")
    assert "captured/abducted" in categories_named("The gunmen took 30 residents to the forest.")


def test_who_gave_the_toll_was_not_attacked():
    from summarizer.verify.roles.party_role import plays_role
    said = "On the night of the attack the health ministry gave the toll as four dead and 19 wounded."
    assert not plays_role("the health ministry", "targets", [said])
    assert plays_role("the health ministry", "targets",
                      ["On the night of the attack on the health ministry, four died."])


def test_a_lead_of_a_fight_and_the_next_days_raid_tells_no_one_type():
    from summarizer.verify.event_types import kind_contradicted
    lead = ("On 4 August armed men of the two villages fought at the Kaliyo water point, and before dawn the next day "
            "a band from Sembeko raided the Ilvaru hamlet of Nyambok.")
    raid = "About 40 armed men from Sembeko attacked Nyambok, shooting villagers as they fled."
    assert kind_contradicted("armed attack", [lead, raid]) is None
    assert kind_contradicted("armed attack", [lead.split(", and")[0] + "."]) is not None


def test_police_who_only_gave_the_toll_are_no_side_of_the_fight():
    from summarizer.verify.event_types import kind_contradicted
    said = ("About 60 members of the Dagamsi Vigilance Group attacked the Rugga Wuro camp and fought armed herders "
            "there for about two hours; police said 4 herders and 2 vigilantes were killed.")
    assert kind_contradicted("armed attack", [said]) == "a fight with armed forces (a battle/clash)"
    # ... but police at the scene may be a side: the convention's attack on police is not read here
    assert kind_contradicted("armed attack", [said.replace("police said", "police separated the sides and said")]) \
        is None


def test_a_gathering_held_keeps_its_own_cue():
    from summarizer.verify.cues import type_stated
    said = "About 2,000 teachers held a demonstration outside the ministry and police fired tear gas."
    assert type_stated("riot/protest", [said])
    assert not type_stated("abduction", [said])
