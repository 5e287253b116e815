"""Verifier rules of 2026-12-07 (twenty-fourth session): the eighty-sixth (air strikes, drone
strikes and shelling) and eighty-seventh (kidnappings for ransom and their endings) twelves;
each with a value it must refuse or accept and its twin the other way. Articles are ours."""

from verify_helpers import casualty as _cas, fields, problems


_BOMB = dict(event_type="bombing/explosion", event_type_sentences=[1])
_TAKEN = dict(event_type="abduction", event_type_sentences=[1])


def test_the_last_of_a_list_among_the_dead_is_dead():
    text = ("Two missiles struck the surgical wing of the district hospital in Tervallon on Tuesday.\n"
            "The aid group said 9 people were killed, among them 2 of its nurses and 5 patients, and 14 were "
            "injured.")
    assert fields(problems(text, casualties=_cas("killed", 5, [2]), **_BOMB)) == []
    # ... but a figure with a verb of its own after the part is its own statement
    own = text.replace("2 of its nurses and 5 patients, and 14 were", "2 of its nurses, and 5 patients were")
    assert "casualties[0]" in fields(problems(own, casualties=_cas("killed", 5, [2]), **_BOMB))


def test_people_buried_after_a_strike_are_its_dead_and_a_guest_taken_in_was_not_seized():
    text = ("A guided bomb destroyed a house beside the river crossing at Hessock Ford on Saturday night.\n"
            "The village headman said 8 people had been buried, among them a visitor whom the family had taken in.")
    assert fields(problems(text, casualties=_cas("killed", 8, [2]), **_BOMB)) == []
    assert "casualties[0]" in fields(problems(text, casualties=_cas("captured/abducted", 8, [2]), **_BOMB))
    # ... but people buried by a slide may be alive under it
    slide = text.replace("had been buried, among them a visitor whom the family had taken in",
                         "had been buried by the mud that followed")
    assert "casualties[0]" in fields(problems(slide, casualties=_cas("killed", 8, [2]), **_BOMB))


def test_drivers_forced_into_the_back_of_the_attackers_pickup_were_taken():
    text = ("Gunmen seized two lorry drivers at a fuel station near Kelvarro on Saturday night, police said.\n"
            "Police said four armed men in a pickup truck pulled up at the pumps and forced two drivers, Obradin "
            "and a man from a neighbouring town, into the back of it at gunpoint.")
    assert fields(problems(text, casualties=_cas("captured/abducted", 2, [2]), **_TAKEN)) == []
    # ... but not drivers sent to the back of a queue
    queue = text.replace("into the back of it at gunpoint", "into the back of the queue at the pumps")
    assert "casualties[0]" in fields(problems(queue, casualties=_cas("captured/abducted", 2, [2]), **_TAKEN))


def test_the_last_of_the_people_seized_listed_after_their_count_is_a_target():
    text = ("On Tuesday afternoon, gunmen on motorcycles seized two teachers, Borislav Hent, the headmaster of "
            "the primary school in Ujvoda, and his deputy, on a road just outside that town, police said.")
    targets = [dict(name="Borislav Hent", sentences=[1]), dict(name="his deputy", sentences=[1])]
    assert fields(problems(text, targets=targets, **_TAKEN)) == []
    # ... but not one named after the list, in another clause
    later = ("On Tuesday afternoon, gunmen on motorcycles seized two teachers, Borislav Hent and Ivo Dran, on a "
             "road just outside Ujvoda, and police later questioned his deputy.")
    assert fields(problems(later, targets=targets, **_TAKEN)) == ["targets[1]"]


def test_a_captive_named_again_by_the_first_of_two_surnames_was_seized():
    text = ("PUERTO ARRIZABALO, 22 NOV 88 (RADIO VOZ DE TIMBIRA) -- [TEXT] TEXTILE INDUSTRIALIST ERNESTO "
            "JAUREGUIBERRY ALDUNATE, 61, WAS FREED LAST NIGHT ON THE OLD ROAD TO SAN CUCUFATO, POLICE SOURCES "
            "REPORTED.\n"
            "JAUREGUIBERRY WAS SEIZED ON THE MORNING OF 3 NOVEMBER WHEN SIX ARMED MEN BLOCKED HIS CAR AT A "
            "CROSSROADS.")
    kw = dict(event_type="abduction", event_type_sentences=[2])
    target = [dict(name="ERNESTO JAUREGUIBERRY ALDUNATE", sentences=[1, 2])]
    assert fields(problems(text, targets=target, **kw)) == []
    # ... but the sentence that only says he was freed does not say he was seized
    assert fields(problems(text, targets=[dict(name="ERNESTO JAUREGUIBERRY ALDUNATE", sentences=[1])],
                           **kw)) == ["targets[0]"]


def test_a_hostage_killed_in_the_same_captivity_weeks_later_is_its_dead():
    text = ("07/14/2025: Gunmen stopped two vehicles of a relief agency near the village of Ostvarre, Jassenor, "
            "and abducted 5 of its staff.\n"
            "On 08/02/2025, after the kidnappers' deadline had passed, they killed 1 of the hostages, a water "
            "engineer.")
    kw = dict(date_text="07/14/2025", date_iso="2025-07-14", date_sentences=[1], **_TAKEN)
    assert fields(problems(text, casualties=_cas("killed", 1, [2]), **kw)) == []
    # ... but a killing months later is another day's event
    later = text.replace("On 08/02/2025", "On 12/19/2025")
    assert "casualties[0]" in fields(problems(later, casualties=_cas("killed", 1, [2]), **kw))


def test_the_dead_of_the_storming_of_the_kidnappers_camp_that_ended_the_captivity_are_the_abductions():
    text = ("On the evening of 11 June 2017 about 30 gunmen stormed the shrine at Thornsey, beat its keeper "
            "unconscious and abducted 19 pilgrims, according to the provincial police.\n"
            "Before dawn on 19 June 2017 troops stormed the kidnappers' camp near Cairnwell. "
            "The army said 7 kidnappers were killed and 4 soldiers wounded in a gun battle of about two hours.")
    kw = dict(date_text="11 June 2017", date_iso="2017-06-11", date_sentences=[1], **_TAKEN)
    assert fields(problems(text, casualties=_cas("killed", 7, [3]), **kw)) == []
    # ... but troops storming a rebels' camp is another day's battle
    rebels = text.replace("the kidnappers' camp", "the rebels' camp").replace("7 kidnappers", "7 rebels")
    assert "casualties[0]" in fields(problems(rebels, casualties=_cas("killed", 7, [3]), **kw))


def test_a_shrine_named_in_full_and_then_stormed_is_the_target():
    text = ("The Thornsey shrine kidnapping was the abduction of pilgrims from the shrine of Saint Avold at "
            "Thornsey by gunmen of the Ashen Crow Company on 11 June 2017.\n"
            "On the evening of 11 June 2017 about 30 gunmen stormed the shrine and led 19 pilgrims at gunpoint "
            "into the hills.")
    target = [dict(name="shrine of Saint Avold", sentences=[1, 2])]
    assert fields(problems(text, targets=target, **_TAKEN)) == []
    # ... but not when the other sentence only names the shrine as where the pilgrims had been
    went = text.replace("about 30 gunmen stormed the shrine and led 19 pilgrims at gunpoint into the hills",
                        "the pilgrims had left the shrine an hour before about 30 gunmen seized 19 of them")
    assert fields(problems(went, targets=target, **_TAKEN)) == ["targets[0]"]


def test_a_road_blocked_at_the_entrance_to_a_village_is_at_the_village():
    text = ("On 25 October 2025, about 200 relatives of the dead labourer blocked the road at the entrance to "
            "Merrovask village and threw stones at police officers sent to clear it.")
    kw = dict(event_type="riot/protest", event_type_sentences=[1], place="Merrovask", location_sentences=[1])
    assert "location" not in fields(problems(text, **kw))
    # ... but a road to the village is where they went
    to = text.replace("the road at the entrance to Merrovask village", "the road to Merrovask village at a bridge")
    assert "location" in fields(problems(to, **kw))


def test_a_casualties_line_gives_each_figure_the_category_its_own_words_name():
    text = ("ABDUCTION OF SCHOOLCHILDREN, ILDRIG Date: 5 May 2026 Location: Hallenbay road near Ildrig village "
            "Narrative: At about 07:10 some 12 armed men stopped a bus of Ildrig Community School carrying 34 "
            "pupils.\n"
            "Casualties: 22 pupils and 1 teacher abducted (per school roll call); 1 injured (driver).")
    kw = dict(event_type="abduction", event_type_sentences=[2])
    assert fields(problems(text, casualties=_cas("captured/abducted", 22, [2]), **kw)) == []
    # ... and not another category
    assert "casualties[0]" in fields(problems(text, casualties=_cas("injured", 22, [2]), **kw))


# The eighty-eighth (cyberattacks) and eighty-ninth (road, rail and air accidents) twelves.

_CYBER = dict(event_type="cyberattack", event_type_sentences=[1])


def test_an_intrusion_told_plainly_is_a_cyberattack():
    told = ["05/09/2026: Intruders gained remote access to the control system of the Skellet Reach treatment plant "
            "and switched off its chlorine dosing pumps.",
            "An intruder logged into an operator workstation at the plant through an internet-facing remote-access "
            "tool and raised the chlorine dosing set point.",
            "On 5 February 2026, a second flood of traffic knocked the ministry's appointments portal offline.",
            'QUISPARRA, 14 MAR 89 (RADIO PALMARENA) -- [TEXT] A COMPUTER "VIRUS" BLOCKED THE FILES OF THE SOCIAL '
            "SECURITY INSTITUTE HOSPITAL IN QUISPARRA ON THE NIGHT OF 11 MARCH."]
    for text in told:
        assert "event_type" not in fields(problems(text, **_CYBER)), text
    # ... but not a room entered, a flood of water or an outbreak; nor a gang's posting alone (its day is
    # often days after the attack's, and a sentence of it would date the attack by the posting)
    for text in ["On 3 June 2026 the extortion group Hollow Reliquary posted on its leak site the records of 1.2 "
                 "million customers of Telvanta.",
                 "05/09/2026: Engineers gained access to the flooded pump room of the Skellet Reach treatment plant.",
                 "On 5 February 2026, a flood of water knocked the pumping station offline.",
                 "QUISPARRA, 14 MAR 89 (RADIO PALMARENA) -- [TEXT] A VIRUS OUTBREAK CLOSED THE SOCIAL SECURITY "
                 "INSTITUTE HOSPITAL IN QUISPARRA ON 11 MARCH."]:
        assert "event_type" in fields(problems(text, **_CYBER)), text


def test_a_company_whose_network_an_intruder_deployed_ransomware_on_is_the_target():
    text = ('Kestrowe Milling Group plc ("Kestrowe" or "the Company") announces that in the early hours of Tuesday '
            "an unauthorised third party deployed ransomware on the operational technology network of its flour "
            "mill in Dunsparrow.")
    target = [dict(name="Kestrowe Milling Group plc", sentences=[1])]
    assert fields(problems(text, targets=target, **_CYBER)) == []
    # ... but not a network an engineer installed software on
    other = text.replace("an unauthorised third party deployed ransomware on", "an engineer installed new software on")
    assert "targets[0]" in fields(problems(other, targets=target, **_CYBER))


def test_a_company_an_attack_forced_to_halt_or_whose_database_was_copied_is_the_target():
    text = ("Brenwarden Foods, the largest meat processor in Stolvania, told regulators on Tuesday that a ransomware "
            "attack had forced it to halt production at four of its six plants.")
    target = [dict(name="Brenwarden Foods", sentences=[1])]
    assert fields(problems(text, targets=target, **_CYBER)) == []
    copied = ("Telvanta confirmed on 4 June that intruders using the stolen login of a contractor had copied files "
              "from a customer-support database at its data centre in Vaskeln.")
    assert fields(problems(copied, targets=[dict(name="Telvanta", sentences=[1])], **_CYBER)) == []
    # ... but not a firm a strike of its workers halted, nor files copied at another's data centre
    strike = text.replace("a ransomware attack", "a strike by its workers")
    assert "targets[0]" in fields(problems(strike, targets=target, **_CYBER))
    elsewhere = copied.replace("at its data centre", "at a contractor's data centre")
    assert fields(problems(elsewhere, targets=[dict(name="Telvanta", sentences=[1])], **_CYBER)) == ["targets[0]"]


def test_who_confessed_to_the_act_or_logged_in_to_do_it_carried_it_out():
    text = ('QUISPARRA, 14 MAR 89 (RADIO PALMARENA) -- [TEXT] A COMPUTER "VIRUS" BLOCKED THE FILES OF THE HOSPITAL '
            "IN QUISPARRA ON THE NIGHT OF 11 MARCH.\n"
            "POLICE SAID THAT A 26-YEAR-OLD FORMER PROGRAMMER OF THE HOSPITAL, DISMISSED IN JANUARY, HAD BEEN "
            "ARRESTED AND HAD CONFESSED TO LOADING THE PROGRAM.")
    who = [dict(name="FORMER PROGRAMMER OF THE HOSPITAL", sentences=[2])]
    assert fields(problems(text, perpetrators=who, **_CYBER)) == []
    denied = text.replace("HAD CONFESSED TO LOADING", "HAD DENIED LOADING")
    assert fields(problems(denied, perpetrators=who, **_CYBER)) == ["perpetrators[0]"]
    intruder = ("An intruder logged into an operator workstation at the Veshnaro treatment plant through a "
                "remote-access tool and raised the chlorine dosing set point.")
    assert fields(problems(intruder, perpetrators=[dict(name="intruder", sentences=[1])], **_CYBER)) == []
    seen = ("An intruder was seen near the fence of the Veshnaro treatment plant on the day its chlorine dosing set "
            "point was raised from afar.")
    assert "perpetrators[0]" in fields(problems(seen, perpetrators=[dict(name="intruder", sentences=[1])], **_CYBER))


def test_a_train_that_ran_into_the_rear_of_another_tells_an_accident():
    kw = dict(event_type="transport accident", event_type_sentences=[1])
    text = "On 16 November 2023, a commuter train ran into the rear of a stationary freight train near Pellow halt."
    assert "event_type" not in fields(problems(text, **kw))
    # ... but passengers who ran into the station tell none
    ran = "On 16 November 2023, passengers from a commuter train ran into the waiting room at Pellow halt."
    assert "event_type" in fields(problems(ran, **kw))


def test_an_accident_bureaus_grades_under_one_label_give_each_figure_its_category():
    text = ("MICROLIGHT ACCIDENT AT TARNWHISTLE Date: 11 June 2025 Persons on board: 2 Injuries: Fatal 1 / Serious 1 "
            "Narrative: The microlight struck a power line while flying low along the valley.")
    kw = dict(event_type="transport accident", event_type_sentences=[1])
    assert fields(problems(text, casualties=_cas("killed", 1, [1]), **kw)) == []
    # ... and the seriously hurt are injured, not dead
    hurt = text.replace("Fatal 1 / Serious 1", "Fatal 0 / Serious 1")
    assert "casualties[0]" in fields(problems(hurt, casualties=_cas("killed", 1, [1]), **kw))
    assert fields(problems(hurt, casualties=_cas("injured", 1, [1]), **kw)) == []


# Verified and wrong on dev in the first answers to the eighty-sixth and eighty-seventh twelves.


def test_a_side_at_war_blaming_its_enemy_names_no_perpetrator():
    text = ("A drone struck a wedding tent in Ossery late on Saturday, killing 14 guests.\n"
            "The Dunsewell Liberation Movement (DLM), which holds the hills around the village, blamed the army.")
    who = [dict(name="army", sentences=[2])]
    assert "perpetrators[0]" in fields(problems(text, perpetrators=who, **_BOMB))
    # ... but an official who blames it names one
    official = text.replace("The Dunsewell Liberation Movement (DLM), which holds the hills around the village,",
                            "The provincial governor")
    assert "perpetrators[0]" not in fields(problems(official, perpetrators=who, **_BOMB))


def test_where_the_guns_stood_is_not_what_they_hit():
    text = ("Shells fell on Brackenhal town on Tuesday, killing four people.\n"
            "The Sundervale Brigade denied firing on Brackenhal and said army guns at Ketterage, 9 km to the south, "
            "had shelled the town.")
    assert "targets[0]" in fields(problems(text, targets=[dict(name="Ketterage", sentences=[2])], **_BOMB))
    # ... but a town the guns shelled is
    hit = text.replace("army guns at Ketterage, 9 km to the south, had shelled the town",
                       "army guns had shelled Ketterage, 9 km to the south")
    assert "targets[0]" not in fields(problems(hit, targets=[dict(name="Ketterage", sentences=[2])], **_BOMB))


def test_a_toll_for_two_days_or_a_month_to_date_is_a_tally():
    text = ("Shells fell on Brevaunce on 3 May, killing three people.\n"
            "Brevaunce town hospital put the toll for the two days at 10 dead and 31 wounded.")
    assert "casualties[0]" in fields(problems(text, casualties=_cas("killed", 10, [2]), **_BOMB))
    month = ("Two bombs hit a house in Saltreth on 21 September 2025, killing five people.\n"
             "Month to date, the monitor has recorded 61 strikes in the province and 48 civilian deaths.")
    assert "casualties[0]" in fields(problems(month, casualties=_cas("killed", 48, [2]), **_BOMB))
    # ... but the day's own toll is its figure
    day = text.replace("the toll for the two days at", "the toll of the shelling at")
    assert "casualties[0]" not in fields(problems(day, casualties=_cas("killed", 10, [2]), **_BOMB))


def test_the_group_whose_fighters_a_strike_hit_is_its_aim_not_its_author():
    text = ('The army said one of its drones had struck "a gathering of armed fighters of the Valdrask Valley Front" '
            "in Hollin on Saturday night.")
    who = [dict(name="Valdrask Valley Front", sentences=[1])]
    assert "perpetrators[0]" in fields(problems(text, perpetrators=who, **_BOMB))
    # ... but fighters of the Front who fired the mortars are its own
    fired = "Fighters of the Valdrask Valley Front fired mortars at the army post in Hollin on Saturday night."
    assert fields(problems(fired, perpetrators=who, **_BOMB)) == []


def test_the_body_of_one_of_the_hostages_found_is_one_dead():
    text = ("Gunmen abducted six aid workers near Oduvay on 03/30/2022.\n"
            "After the kidnappers' deadline passed, the body of one of the hostages, a water engineer, was found "
            "near the river.")
    assert "casualties[0]" in fields(problems(text, casualties=_cas("captured/abducted", 1, [2]), **_TAKEN))
    assert "casualties[0]" not in fields(problems(text, casualties=_cas("killed", 1, [2]), **_TAKEN))
    # ... but one of the hostages found alive was held
    alive = text.replace("the body of one of the hostages, a water engineer, was found near the river",
                         "one of the hostages, a water engineer, was found alive near the river")
    assert "casualties[0]" not in fields(problems(alive, casualties=_cas("captured/abducted", 1, [2]), **_TAKEN))


def test_a_casualties_line_of_one_abducted_and_one_injured_has_no_dead():
    text = ("KIDNAPPING FOR RANSOM, OSKVARD Date: 4 March 2025 Narrative: Four armed men seized a grain merchant "
            "from his car on Weir Street.\n"
            "Casualties: 1 abducted; 1 injured (driver, treated at the district hospital and discharged).")
    kw = dict(event_type="abduction", event_type_sentences=[1])
    assert "casualties[0]" in fields(problems(text, casualties=_cas("killed", 1, [2]), **kw))
    assert fields(problems(text, casualties=_cas("captured/abducted", 1, [2]), **kw)) == []
    # ... while a bare "Casualties: 3" names no category to refuse
    bare = text.replace("Casualties: 1 abducted; 1 injured (driver, treated at the district hospital and discharged).",
                        "Casualties: 3 (the driver and two bodyguards).")
    assert "casualties[0]" not in fields(problems(bare, casualties=_cas("killed", 3, [2]), **kw))
