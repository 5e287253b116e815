"""Verifier rules of 2026-12-07 (twentieth session): from wrong verified values of the
promoted run's cases and from the seventy-second (piracy and attacks at sea),
seventy-third (attacks on schools and arson) and seventy-fourth (drone strikes and air
raids) twelves; each with a value it must refuse or accept and its twin the other way.
Articles are ours."""

from verify_helpers import problems, refined


def targets_refused(text: str, name: str) -> list[str]:
    """The target fields the verifier refuses for `name` cited from sentence 1 (the type aside)."""
    return [p.field for p in problems(text, targets=[dict(name=name, sentences=[1])]) if p.field.startswith("targets")]


def test_a_figure_of_an_event_months_before_is_not_this_incidents():
    text = ("On Tuesday, part of the Kerrin coal mine near the town of Lask collapsed, killing seven miners, the "
            "emergency service said. The mine had reopened on 2 October 2025, eight months after a methane "
            "explosion there killed 19 workers.")
    found = problems(text, event_type="industrial accident",
                     casualties=[dict(category="killed", count=19, qualifier="exact", sentences=[2])])
    assert [p.field for p in found] == ["casualties[0]"]
    assert problems(text, event_type="industrial accident",
                    casualties=[dict(category="killed", count=7, qualifier="exact", sentences=[1])]) == []
    # ... but a figure after the clause's comma is the new event's
    later = ("Two years after the ceasefire, gunmen killed 12 villagers in Osk on Sunday, the governor said.")
    assert problems(later, event_type="armed attack",
                    casualties=[dict(category="killed", count=12, qualifier="exact", sentences=[1])]) == []


def test_at_sea_the_town_a_ship_lay_off_by_nautical_miles_is_the_place():
    text = ("On 9 September 2026, about eight armed men in two skiffs boarded the fishing trawler Sea Wren 18 "
            "nautical miles south-west of Harrowick, Lenmouth province, and took five of its crew ashore.")
    assert problems(text, event_type="abduction", place="Harrowick", admin_area="Lenmouth province",
                    location_sentences=[1]) == []
    # ... but with the water named, the water is the place and the town only a reference
    gulf = ("On 10 February 2026, eight pirates boarded the trawler Santa Ximena about 31 nautical miles south-west of "
            "Port Kellick, in the Gulf of Tervel, and took away the master and 6 crew members.")
    assert {p.field for p in problems(gulf, event_type="abduction", place="Port Kellick", location_sentences=[1])
            } == {"location"}
    # ... and on land a town 25 km off is only a point of reference
    land = ("On 9 September 2026, armed men ambushed a bus 25 km south of Harrowick, Lenmouth province, killing "
            "two passengers.")
    assert {p.field for p in problems(land, place="Harrowick", location_sentences=[1])} == {"location"}


def test_a_ship_boarded_or_climbed_aboard_is_the_target():
    text = ("Vessel: product tanker, 11,400 dwt, 21 crew Description: Four robbers armed with knives and a pistol "
            "boarded the tanker from a wooden boat while it waited for a berth.")
    assert targets_refused(text, "product tanker") == []
    carrier = ("Vessel: bulk carrier GREY PETREL (flag: Vorsalind; 21 crew) Description: Six robbers climbed aboard "
               "the anchored bulk carrier via the anchor chain and broke into the engine store.")
    assert targets_refused(carrier, "bulk carrier GREY PETREL") == []
    # ... but a ship only named, its crew robbed on the quay, was not boarded
    quay = ("Vessel: product tanker, 11,400 dwt. Two of its crew were robbed at knifepoint on the quay at Delvane.")
    assert targets_refused(quay, "product tanker") == ["targets[0]"]


def test_all_of_those_held_set_free_are_still_the_captured_figure():
    text = ("The navy said the 5 hostages had been freed unharmed on 12 September after the owners paid a ransom "
            "of 40,000 dollars.")
    assert problems(text, event_type="abduction",
                    casualties=[dict(category="captured/abducted", count=5, qualifier="exact", sentences=[1])]) == []
    # ... but a part of them freed is a release, no figure
    part = "The navy said 3 of the hostages had been freed unharmed on 12 September."
    assert [p.field for p in problems(part, event_type="abduction", casualties=[
        dict(category="captured/abducted", count=3, qualifier="exact", sentences=[1])])] == ["casualties[0]"]


def test_men_who_tie_up_a_caretaker_and_set_the_building_on_fire_did_it_on_purpose():
    text = ("On 26 October 2024, two days before the regional council elections, unidentified men tied up the "
            "caretaker of the primary school in Ostravick (Suvarre region, Galtrenne), which was to serve as a "
            "polling station, and set the building on fire; ballot boxes and 4,300 voter cards stored in its hall "
            "were destroyed.")
    assert problems(text, perpetrators=[dict(name="unidentified men", sentences=[1])],
                    targets=[dict(name="primary school in Ostravick", sentences=[1])]) == []
    # ... and the building burned as "its classrooms" was the target
    petrol = ("About 6 armed men opened fire on 2 police officers guarding the secondary school in Pellinghame, "
              "then poured petrol into its classrooms and set them alight.")
    assert problems(petrol, targets=[dict(name="secondary school in Pellinghame", sentences=[1])]) == []
    # ... not what the building was to serve as
    clinic = ("Unidentified attackers poured fuel through a window of the rural health clinic of Lindqvarr village, "
              "which was also to serve as a polling station in the runoff, and set it alight.")
    assert [p.field for p in problems(clinic, targets=[dict(name="polling station", sentences=[1])])
            if p.field.startswith("targets")] == ["targets[0]"]
    # ... and a school only near the fire is no target, and goods stored that caught fire are an accident
    near = "A fire broke out in a warehouse beside the primary school in Ostravick where fertiliser was stored."
    assert [p.field for p in problems(near, targets=[dict(name="primary school in Ostravick", sentences=[1])])
            ] == ["event_type", "targets[0]"]


def test_those_beaten_are_injured_and_the_ones_who_beat_are_not():
    text = ("A crowd of about 200 people stormed the Carrowdine maternity clinic, beat 3 health workers and set "
            "the clinic's pharmacy on fire.")
    assert problems(text, event_type="riot/protest",
                    casualties=[dict(category="injured", count=3, qualifier="exact", sentences=[1])]) == []
    raiders = ("SOME 60 MEN ARMED WITH CLUBS RAIDED THE HAMLET OF LAS TORTOLAS LAST NIGHT, BEAT THE MEN WHO TRIED TO "
               "STOP THEM AND SET FIRE TO 14 HOUSES.")
    assert [p.field for p in problems(raiders, casualties=[
        dict(category="injured", count=60, qualifier="exact", sentences=[1])])] == ["casualties[0]"]


def test_one_of_a_group_of_the_hurt_who_died_later_is_killed_in_this_incident():
    text = ("On 3 February 2025, at about 1 a.m., unidentified men threw petrol bombs through the windows of the "
            "girls' dormitory of the Helvane Secondary School in Kettrick. The Corbrith district hospital said it "
            "treated 11 girls for burns, 2 of them in critical condition. One of the two critically burned girls, "
            "aged 15, died on 5 February 2025.")
    assert problems(text, date_text="On 3 February 2025", date_iso="2025-02-03",
                    date_sentences=[1], casualties=[dict(category="killed", count=1, qualifier="exact",
                                                         sentences=[3])]) == []
    # ... but one of the two groups hurt, the other told apart, is no group's death
    other = ("The hospital said 11 girls were treated. One of the two wards, and two nurses, were hurt when the "
             "roof fell on 5 February 2025.")
    assert [p.field for p in problems(other, casualties=[
        dict(category="killed", count=1, qualifier="exact", sentences=[2])]) if p.field != "event_type"
            ] == ["casualties[0]"]


def test_those_in_the_kidnappers_hands_are_captured():
    text = "The Ildervane Parents' Association put the number of boys in the kidnappers' hands at 49."
    assert problems(text, event_type="abduction",
                    casualties=[dict(category="captured/abducted", count=49, qualifier="exact", sentences=[1])]) == []
    # ... but the number of the kidnappers is no one's captivity
    gang = "The Ildervane Parents' Association put the number of the kidnappers at 49."
    assert [p.field for p in problems(gang, event_type="abduction", casualties=[
        dict(category="captured/abducted", count=49, qualifier="exact", sentences=[1])])] == ["casualties[0]"]


def test_a_person_named_then_walked_up_to_and_shot_is_the_target():
    text = ("Aurel Vallance, 38, was stepping out of his classroom at the Tullagorm Community High School at about "
            "9:15 a.m. when a man in a grey hooded jacket walked up to him in the corridor and fired four shots "
            "from close range.")
    assert problems(text, targets=[dict(name="Aurel Vallance", sentences=[1])]) == []
    # ... but the one who only saw it was not shot
    witness = ("Aurel Vallance, 38, was stepping out of his classroom when he saw a man in a grey jacket fire four "
               "shots at a car in the yard.")
    assert [p.field for p in problems(witness, targets=[dict(name="Aurel Vallance", sentences=[1])])] == ["targets[0]"]


def test_the_day_pirates_boarded_is_the_taking_not_the_release():
    text = ("KORVAHL, Ambrevia, September 18, 2026 (Brine Wire) - Pirates who boarded the fishing trawler Stormpetrel "
            "Dawn off the port of Hallorre late on Monday have released the eleven fishermen they took hostage, the "
            "trawler's owners said on Friday.")
    assert problems(text, event_type="abduction", date_text="late on Monday", date_iso="2026-09-14",
                    date_sentences=[1]) == []
    freed = ("KORVAHL, Ambrevia, September 18, 2026 (Brine Wire) - Pirates have released the eleven fishermen they "
             "took hostage from the trawler Stormpetrel Dawn last week; they were freed late on Monday, the owners "
             "said.")
    assert [p.field for p in problems(freed, event_type="abduction", date_text="late on Monday",
                                      date_iso="2026-09-14", date_sentences=[1])] == ["date"]


def test_a_storming_that_freed_the_crew_ends_the_same_hijacking():
    text = ("06/04/2025: Pirates armed with assault rifles hijacked the general cargo ship Halcyon Tern about 85 "
            "nautical miles east of the port of Ilverstoke and took its 16 crew members hostage. On 06/06/2025 a "
            "boarding team from the navy frigate Resolute Heron stormed the Halcyon Tern; 3 pirates were killed and "
            "5 were detained, and all 16 crew members were freed, 1 of them wounded by a stray bullet.")
    assert problems(text, event_type="abduction", date_text="06/04/2025", date_iso="2025-06-04", date_sentences=[1],
                    casualties=[dict(category="killed", count=3, qualifier="exact", sentences=[2])]) == []
    # ... but a storming of another ship a month later is another event
    later = ("06/04/2025: Pirates hijacked the general cargo ship Halcyon Tern and took its 16 crew members hostage. "
             "On 07/09/2025 pirates stormed the tanker Merrow Gold; 3 crew members were killed and the rest were "
             "freed by the navy.")
    assert [p.field for p in problems(later, event_type="abduction", date_text="06/04/2025", date_iso="2025-06-04",
                                      date_sentences=[1], casualties=[
                                          dict(category="killed", count=3, qualifier="exact", sentences=[2])])
            ] == ["casualties[0]"]


def test_a_denial_in_a_statement_to_a_radio_station_dates_the_statement():
    text = ("03/07/2026: About ten gunmen in two skiffs boarded the fishing trawler Northern Tern off the port of "
            "Vessenby and abducted 11 of its 14 crew members. Police attributed the attack to the Oyster Reach gang, "
            "which denied any involvement in a statement to a Vessenby radio station on 03/12/2026.")
    assert problems(text, event_type="abduction", date_text="03/07/2026", date_iso="2026-03-07", date_sentences=[1],
                    perpetrators=[dict(name="Oyster Reach gang", sentences=[2])]) == []


def test_an_infobox_target_line_names_each_target_of_its_list():
    lead = ("The Ostremund oil quay bombing was an attack on the tanker Sable Meridian in Ostremund harbour on 22 July "
            "2019, in which two limpet mines fixed to the ship's hull exploded about fifteen minutes apart.\n\n"
            "Date: 22 July 2019\n\n")
    text = lead + "Target: MT Sable Meridian and the Petroleum Quay\n\nDeaths: 9\n"
    assert problems(text, event_type="bombing/explosion", targets=[dict(name="Petroleum Quay", sentences=[3])]) == []
    # ... but a database's "Target type:" is a category, not what was attacked
    kind = lead + "Target type: Maritime and the Petroleum Quay\n\nDeaths: 9\n"
    assert [p.field for p in problems(kind, event_type="bombing/explosion", targets=[
        dict(name="Petroleum Quay", sentences=[3])])] == ["targets[0]"]


def test_a_peaceful_march_is_no_riot():
    text = ("On 6 February 2025, about 1,500 teachers marched peacefully through Kettrick to demand armed guards at "
            "schools; all 48 schools in Corbrith district stayed closed.")
    assert [p.field for p in problems(text, event_type="riot/protest")] == ["event_type"]
    # ... but a march that turned to stoning is one
    stoned = ("On 6 February 2025, about 1,500 teachers marched through Kettrick and stoned the police post; police "
              "fired tear gas.")
    assert problems(stoned, event_type="riot/protest") == []


def test_a_ship_hijacked_in_international_waters_is_in_no_country():
    text = ("06/04/2025: Pirates armed with assault rifles hijacked the general cargo ship Halcyon Tern in "
            "international waters about 85 nautical miles east of the port of Ilverstoke, Vessarane, and took its 16 "
            "crew members hostage.")
    assert [p.field for p in problems(text, event_type="abduction", place="Ilverstoke", country="Vessarane",
                                      location_sentences=[1])] == ["location"]
    assert problems(text, event_type="abduction", place="Ilverstoke", location_sentences=[1]) == []
    # ... but in a state's own waters the state is the country
    own = text.replace("in international waters", "in Vessarane's territorial waters")
    assert problems(own, event_type="abduction", place="Ilverstoke", country="Vessarane", location_sentences=[1]) == []


def test_a_town_named_before_its_district_is_no_admin_area():
    text = ("09/03/2019: Unidentified assailants threw petrol bombs through the windows of the boys' dormitory of the "
            "Orlamund Secondary School in Tavrosk, Ubbenmoor district, Quillaret province, Xerembia, at about 2 a.m., "
            "setting the building on fire while some 80 students slept inside.")
    assert [p.field for p in problems(text, place="Tavrosk", admin_area="Tavrosk", location_sentences=[1])
            ] == ["location"]
    assert problems(text, place="Tavrosk", admin_area="Ubbenmoor district", location_sentences=[1]) == []
    # ... while a name its own region word follows is a region
    region = text.replace("Tavrosk, Ubbenmoor district", "Tavrosk district")
    assert problems(region, place="Orlamund Secondary School", admin_area="Tavrosk", location_sentences=[1]) == []


def test_captives_who_escaped_are_no_figure_nor_the_missing_found_hiding():
    text = "Seven of the abducted girls escaped from their captors on 13 March and walked to Harlow Cross."
    assert [p.field for p in problems(text, event_type="abduction", casualties=[
        dict(category="captured/abducted", count=7, qualifier="exact", sentences=[1])])] == ["casualties[0]"]
    taken = "Gunmen abducted seven girls from the school on 13 March and walked them into the forest."
    assert problems(taken, event_type="abduction", casualties=[
        dict(category="captured/abducted", count=7, qualifier="exact", sentences=[1])]) == []
    found = ("Gunmen abducted girls from the school on 10 March. A roll call the next morning found 57 girls "
             "missing; by the evening 9 of them had been found hiding in the maize fields.")
    assert [p.field for p in problems(found, event_type="abduction", casualties=[
        dict(category="missing", count=9, qualifier="exact", sentences=[2])])] == ["casualties[0]"]
    assert problems(found, event_type="abduction", casualties=[
        dict(category="missing", count=57, qualifier="exact", sentences=[2])]) == []


def test_an_advisorys_count_over_its_period_is_a_tally_and_no_attack():
    text = ("Three attacks on vessels were reported in the period (previous period: two), in which 3 seafarers were "
            "wounded.")
    found = problems(text, casualties=[dict(category="injured", count=3, qualifier="exact", sentences=[1])],
                     targets=[dict(name="vessels", sentences=[1])])
    assert {p.field for p in found} == {"event_type", "casualties[0]", "targets[0]"}
    one = "Robbers attacked the tanker Sea Wren at anchor on 9 September, and 3 seafarers were wounded."
    assert problems(one, casualties=[dict(category="injured", count=3, qualifier="exact", sentences=[1])]) == []


def test_the_bomb_is_no_perpetrator():
    text = ("PUERTO ALBIZU, 24 JUN 86 (RADIO CADENA LITORAL) -- [TEXT] A BOMB PLACED AGAINST THE HULL OF THE COASTAL "
            "FREIGHTER DONA ERMELINDA EXPLODED AT 2330 LAST NIGHT AT THE MUNICIPAL WHARF, KILLING TWO STEVEDORES.")
    assert [p.field for p in problems(text, event_type="bombing/explosion", perpetrators=[
        dict(name="BOMB PLACED AGAINST THE HULL OF THE COASTAL FREIGHTER DONA ERMELINDA", sentences=[1])])
            ] == ["perpetrators[0]"]
    placed = ("A BOMB THAT GUERRILLAS OF THE COASTAL FRONT PLACED AGAINST THE HULL OF THE FREIGHTER EXPLODED LAST "
              "NIGHT.")
    assert problems(placed, event_type="bombing/explosion", perpetrators=[
        dict(name="GUERRILLAS OF THE COASTAL FRONT", sentences=[1])]) == []


def test_petrol_bombs_thrown_by_attackers_are_an_arson_not_a_bombing():
    text = ("On 3 February 2025, unidentified men threw petrol bombs through the windows of the girls' dormitory of "
            "the Helvane Secondary School in Kettrick while 64 girls were asleep inside.")
    assert [p.field for p in problems(text, event_type="bombing/explosion")] == ["event_type"]
    assert problems(text, event_type="armed attack") == []
    # ... but a petrol bomb said to explode is an explosion
    burst = "Unidentified men threw a petrol bomb at the police post; it exploded against the wall, wounding two officers."
    assert problems(burst, event_type="bombing/explosion") == []


def test_raids_told_as_the_motive_are_no_raid_of_this_bombing():
    text = ("PUERTO ZAFRANAL, 23 OCT 88 (RADIO LITORAL) -- [TEXT] A BOMB EXPLODED LAST NIGHT ABOARD THE NAVY PATROL "
            "LAUNCH GARZA REAL WHILE IT WAS MOORED AT THE NAVAL PIER OF THIS PORT, KILLING TWO SAILORS. A MAN WHO "
            "TELEPHONED THIS STATION SAID THE COMMANDO OF THE PATRIOTIC FRONT OF THE COAST HAD PLANTED THE BOMB \"IN "
            "REPLY TO THE NAVY'S RAIDS ON FISHING VILLAGES.\"")
    assert [p.field for p in problems(text, event_type="armed attack", event_type_sentences=[1, 2])] == ["event_type"]
    assert problems(text, event_type="bombing/explosion", event_type_sentences=[1, 2]) == []


def test_a_storming_that_freed_the_captives_ends_the_captivity_in_the_events():
    text = ("06/04/2025: Pirates hijacked the general cargo ship Halcyon Tern about 85 nautical miles east of the port "
            "of Ilverstoke and took its 16 crew members hostage. The pirates demanded a ransom of 4 million dollars. "
            "On 06/06/2025 a boarding team from the navy frigate Resolute Heron stormed the Halcyon Tern; 3 pirates "
            "were killed and all 16 crew members were freed.")
    assert refined(text, ("abduction", [1, 2, 3])) == [("abduction", [1, 2, 3])]
    # ... but gunmen who stormed a prison two days later are another incident
    prison = text.replace("a boarding team from the navy frigate Resolute Heron stormed the Halcyon Tern; 3 pirates "
                          "were killed and all 16 crew members were freed",
                          "gunmen stormed the prison in Ilverstoke and killed 3 guards")
    assert len(refined(prison, ("abduction", [1, 2, 3]))) == 2



def test_traders_of_cattle_are_people():
    text = ("RELATIVES IN KASSOUMI SAID FIVE CATTLE TRADERS AND THEIR DRIVER HAD BEEN KILLED AND THAT A BOY OF 12 HAD "
            "SURVIVED WITH BURNS.")
    assert [p for p in problems(text, event_type="bombing/explosion", casualties=[
        dict(category="killed", count=5, qualifier="exact", sentences=[1])]) if p.field != "event_type"] == []
    cattle = "RELATIVES SAID FIVE CATTLE HAD BEEN KILLED WHEN THE ROCKETS HIT THE TRUCK."
    assert [p.field for p in problems(cattle, event_type="bombing/explosion", casualties=[
        dict(category="killed", count=5, qualifier="exact", sentences=[1])]) if p.field != "event_type"
            ] == ["casualties[0]"]


def test_what_a_strike_was_aimed_at_is_its_target():
    text = "In its report of April 2026 the panel found that the second drone had been aimed at the rescuers."
    assert targets_refused(text, "rescuers") == []
    near = "In its report the panel found that the second drone had fallen near the rescuers' tents."
    assert targets_refused(near, "rescuers") == ["targets[0]"]


def test_an_aircraft_of_an_air_force_that_struck_is_a_strike_from_the_air():
    text = ("On 21 September 2024, an aircraft of the Bramorian Air Force struck a convoy of five fuel tankers on the "
            "Kettrigan-Vallowfen highway, setting three of the tankers ablaze.")
    assert problems(text, event_type="bombing/explosion") == []
    crash = "On 21 September 2024, an aircraft of the Bramorian Air Force crashed on landing at Kettrigan."
    assert [p.field for p in problems(crash, event_type="bombing/explosion")] == ["event_type"]


def test_a_strike_on_a_funeral_is_no_funeral_retold():
    text = ("AIR STRIKE ON FUNERAL GATHERING, AMMERLOW Date: 4 August 2026 Description: Two bombs dropped by a "
            "fixed-wing aircraft hit a funeral gathering in the courtyard of the village mosque, where about 300 "
            "mourners were present.")
    assert problems(text, event_type="bombing/explosion") == []
    mourned = ("Date: 4 August 2026 Description: About 300 mourners gathered in Ammerlow for the anniversary of the "
               "2019 air strike that hit the village mosque.")
    assert [p.field for p in problems(mourned, event_type="bombing/explosion")] == ["event_type"]


def test_a_tally_lines_range_gives_its_low_end_as_at_least():
    lead = ("The Tamberlu council house air strike was a bombing of the council house of Tamberlu on 3 May 2024, in "
            "which bombs dropped by an aircraft killed dozens of elders.\n\nDate: 3 May 2024\n\n")
    text = lead + "Deaths: 31\u201344\n"
    assert problems(text, event_type="bombing/explosion", casualties=[
        dict(category="killed", count=31, qualifier="at least", sentences=[3])]) == []
    found = problems(text, event_type="bombing/explosion", casualties=[
        dict(category="killed", count=31, qualifier="exact", sentences=[3]),
        dict(category="killed", count=44, qualifier="at least", sentences=[3])])
    assert [p.field for p in found] == ["casualties[0]", "casualties[1]"]
    # ... while a span of days in a date line gives no figure
    assert [p.field for p in problems(lead + "Date: 14\u201315 June 2024\n", event_type="bombing/explosion",
                                      casualties=[dict(category="killed", count=14, qualifier="at least",
                                                       sentences=[3])])] == ["casualties[0]"]


def test_an_air_force_that_says_its_drones_killed_carried_it_out():
    text = ("A drone struck a car near Zhelmar on Tuesday evening. The Dovrenyan Air Force said its drones had killed "
            "three VLF fighters in the car, among them a field commander.")
    assert problems(text, event_type="bombing/explosion", event_type_sentences=[1],
                    perpetrators=[dict(name="Dovrenyan Air Force", sentences=[2])]) == []
    lost = ("A drone struck a car near Zhelmar on Tuesday evening. The Dovrenyan Air Force said its pilots had been "
            "killed when their drone base was shelled.")
    assert [p.field for p in problems(lost, event_type="bombing/explosion", event_type_sentences=[1],
                                      perpetrators=[dict(name="Dovrenyan Air Force", sentences=[2])])
            ] == ["perpetrators[0]"]


def test_fighters_of_a_group_killed_and_a_membership_denied_name_no_perpetrator():
    text = ("A drone struck a car in the Thursday market of Oskelet. The Belquadran army said on Friday that one of its "
            "drones had struck the car and killed four fighters of the Sarvellin Liberation Vanguard (SLV), among them "
            "a commander.")
    assert [p.field for p in problems(text, event_type="bombing/explosion", event_type_sentences=[1], perpetrators=[
        dict(name="Sarvellin Liberation Vanguard (SLV)", sentences=[2])])] == ["perpetrators[0]"]
    denied = ("A drone struck a car near Kurrat. Relatives said the dead were Mallabek's brother and his sons, and that "
              "none of them had ever belonged to the VLF.")
    assert [p.field for p in problems(denied, event_type="bombing/explosion", event_type_sentences=[1], perpetrators=[
        dict(name="VLF", sentences=[2])])] == ["perpetrators[0]"]
    # ... while fighters of a group who acted, and a group the attackers belonged to, did it
    acted = ("A drone struck the barracks in Oskelet. Police said fighters of the Sarvellin Liberation Vanguard had "
             "launched the drone from a farm.")
    assert problems(acted, event_type="bombing/explosion", event_type_sentences=[1], perpetrators=[
        dict(name="Sarvellin Liberation Vanguard", sentences=[2])]) == []
    named = ("Gunmen attacked the police headquarters in Oskelet. \"These were fighters of the Red Shepherds' Army,\" "
             "the police chief said.")
    assert problems(named, event_type_sentences=[1], perpetrators=[dict(name="Red Shepherds' Army", sentences=[2])]) == []


def test_rockets_fired_from_a_helicopter_are_a_strike_from_the_air():
    text = ("IN ANOTHER DEVELOPMENT, AN AIR FORCE HELICOPTER FIRED TWO ROCKETS AT A TRUCK ON THE ROAD FROM KASSOUMI TO "
            "BENDARA, KILLING SIX PEOPLE.")
    assert [p.field for p in problems(text, event_type="armed attack")] == ["event_type"]
    assert problems(text, event_type="bombing/explosion") == []
    ground = "GUERRILLAS FIRED ROCKETS AND RIFLES AT A TRUCK ON THE ROAD FROM KASSOUMI, KILLING SIX PEOPLE."
    assert problems(ground, event_type="armed attack") == []
