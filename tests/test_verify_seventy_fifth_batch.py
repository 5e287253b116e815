"""Verifier rules of 2026-12-07 (twenty-first session): from the seventy-fifth (police raids
and hostage rescues) and seventy-sixth (cyberattacks on utilities, hospitals and city
services) twelves; each with a value it must refuse or accept and its twin the other way.
Articles are ours."""

from verify_helpers import problems, refined


def fields(found) -> list[str]:  # noqa: ANN001 - verify.Problem list
    return [p.field for p in found]


def test_older_copy_names_a_cyberattack_by_computer_pirates_and_viruses():
    text = ("UNIDENTIFIED PERSONS USING A TELEPHONE LINE ENTERED THE COMPUTER OF THE STATE WATER ENTERPRISE IN "
            "TEMBRAL ON THE NIGHT OF 4 OCTOBER AND ERASED THE ACCOUNTS OF SOME 60,000 SUBSCRIBERS.")
    assert "event_type" not in fields(problems(text, event_type="cyberattack"))
    virus = ("A COMPUTER VIRUS SENT THROUGH THE TELEPHONE LINE ERASED THE MEDICAL RECORDS OF SOME 40,000 PATIENTS.")
    assert "event_type" not in fields(problems(virus, event_type="cyberattack"))
    # ... but armed men who burned the computers made no cyberattack
    burned = ("SIX ARMED MEN BURST INTO THE DATA PROCESSING CENTER, POURED GASOLINE OVER THE COMPUTERS AND SET "
              "THEM ON FIRE.")
    assert "event_type" in fields(problems(burned, event_type="cyberattack"))


def test_a_crowd_throwing_stones_at_officers_aimed_at_them():
    text = ("Traders and bystanders threw stones and bottles at the officers and set fire to a customs van.")
    targets = [dict(name="officers", sentences=[1]), dict(name="customs van", sentences=[1])]
    assert [f for f in fields(problems(text, event_type="riot/protest", targets=targets))
            if f.startswith("targets")] == []
    # ... but officers only hurt beside the van burned were its casualties' who
    hurt = ("Traders set fire to a customs van, and two officers standing beside it were hurt.")
    assert "targets[0]" in fields(problems(hurt, event_type="riot/protest", targets=targets))


def test_an_affected_organisation_line_names_the_target():
    text = ("Affected organisation: Saint Ilse Regional Hospital\nAt about 23:40 on 11 October, ransomware "
            "encrypted the hospital's patient administration and laboratory servers.")
    assert [f for f in fields(problems(text, event_type="cyberattack",
                                        targets=[dict(name="Saint Ilse Regional Hospital", sentences=[1])]))
            if f.startswith("targets")] == []
    # ... but a contact line names no target
    contact = ("Reporting organisation: Saint Ilse Regional Hospital\nAt about 23:40 on 11 October, ransomware "
               "encrypted the servers of the district laboratory.")
    assert "targets[0]" in fields(problems(contact, event_type="cyberattack",
                                           targets=[dict(name="Saint Ilse Regional Hospital", sentences=[1])]))


def test_a_group_said_to_be_a_front_for_hackers_blames_them():
    text = ("In the evening the Interior Ministry said Tenth Pike was a front for hackers of the military "
            "intelligence service of neighbouring Vardeshka.")
    name = "hackers of the military intelligence service of neighbouring Vardeshka"
    assert "perpetrators[0]" not in fields(problems(text, event_type="cyberattack",
                                                    perpetrators=[dict(name=name, sentences=[1])]))
    # ... but a common noun after another "for" is still no subject of the act that follows
    centre = ("Youths hurled stones at a reception centre for refugees and set fire to two tents.")
    assert "perpetrators[0]" in fields(problems(centre, event_type="riot/protest",
                                                perpetrators=[dict(name="refugees", sentences=[1])]))


def test_people_who_fell_ill_are_the_injured_figure():
    text = ("Hackers raised the lye dose at the Nettlebank treatment works on 14 June. The utility's own report "
            "put the number of people who fell ill after drinking the water at 17.")
    assert problems(text, event_type="cyberattack", casualties=[
        dict(category="injured", count=17, qualifier="exact", sentences=[2])]) == []
    # ... but the households told not to drink are no figure
    told = ("Hackers raised the lye dose at the Nettlebank treatment works on 14 June. The utility told 31,000 "
            "households not to drink tap water.")
    assert "casualties[0]" in fields(problems(told, event_type="cyberattack", casualties=[
        dict(category="injured", count=31000, qualifier="exact", sentences=[2])]))


def test_goods_and_guns_a_raid_seized_take_no_one():
    text = ("THE AGENTS ARRESTED TWO WOMEN AND SEIZED FOUR RIFLES, A MACHINEGUN AND 80,000 PESOS IN CASH.")
    assert "event_type" in fields(problems(text, event_type="abduction"))
    warehouses = ("On 23 September 2025, police and customs officers searched 6 warehouses in Tezzarin and seized a "
                  "further 1,400 bales; there was no resistance and no one was hurt.")
    assert "event_type" in fields(problems(warehouses, event_type="abduction"))
    # ... but people seized are taken, their vehicles too
    people = ("Gunmen seized three engineers at the dam site and took their vehicles.")
    assert "event_type" not in fields(problems(people, event_type="abduction"))


def test_the_people_an_arrest_names_are_not_the_doers_of_the_arresters_next_act():
    text = ("THE AGENTS ARRESTED TWO WOMEN AND SEIZED FOUR RIFLES IN THE HOUSE.")
    assert "perpetrators[0]" in fields(problems(text, perpetrators=[dict(name="TWO WOMEN", sentences=[1])]))
    doers = ("TWO WOMEN AND A MAN SEIZED THE MAYOR OUTSIDE HIS HOUSE.")
    assert "perpetrators[0]" not in fields(problems(doers, event_type="abduction",
                                                    perpetrators=[dict(name="TWO WOMEN", sentences=[1])]))


def test_the_group_of_the_dead_is_no_perpetrator():
    text = ("The army said the 4 were members of the Sable Lantern Front who had been killed in an exchange of "
            "fire after troops surrounded the farmstead.")
    assert "perpetrators[0]" in fields(problems(text, perpetrators=[dict(name="Sable Lantern Front",
                                                                         sentences=[1])]))
    # ... but the attackers' group named as theirs is
    attackers = ("The army said the gunmen who attacked the farmstead were members of the Sable Lantern Front.")
    assert "perpetrators[0]" not in fields(problems(attackers, perpetrators=[dict(name="Sable Lantern Front",
                                                                                  sentences=[1])]))


def test_bales_seized_and_ambulances_diverted_are_no_people():
    text = ("Police arrested 52 people and seized about 900 bales of cloth.")
    assert "casualties[0]" in fields(problems(text, event_type="riot/protest", casualties=[
        dict(category="captured/abducted", count=900, qualifier="exact", sentences=[1])]))
    diverted = ("Between 12 and 13 October the hospital diverted 37 ambulances to Skeddow.")
    assert "casualties[0]" in fields(problems(diverted, event_type="cyberattack", casualties=[
        dict(category="injured", count=37, qualifier="exact", sentences=[1])]))
    # ... but a shop worker is a person
    worker = ("A grenade thrown into the grocery killed 1 shop worker and wounded 3 customers.")
    assert problems(worker, event_type="bombing/explosion", casualties=[
        dict(category="killed", count=1, qualifier="exact", sentences=[1])]) == []


def test_a_vehicle_or_a_drone_is_no_perpetrator():
    text = ("About 300 residents blocked the highway with burning tyres and threw stones at an army truck.")
    assert "perpetrators[0]" in fields(problems(text, event_type="riot/protest",
                                                perpetrators=[dict(name="army truck", sentences=[1])]))
    drone = ("On 11 June 2024, a drone armed with an explosive charge struck a pickup truck outside Mlin village.")
    assert "perpetrators[0]" in fields(problems(drone, event_type="bombing/explosion", perpetrators=[
        dict(name="drone armed with an explosive charge", sentences=[1])]))
    # ... but the men in a car are people
    car = ("Men in a grey saloon car opened fire on the checkpoint and sped away.")
    assert "perpetrators[0]" not in fields(problems(car, perpetrators=[dict(name="men in a grey saloon car",
                                                                            sentences=[1])]))


def test_a_part_of_a_day_alone_is_no_date():
    text = ("PUERTO OCRAVO, 14 MAR 89 (RADIO X) -- [TEXT] VENDORS RIOTED AT THE MUNICIPAL MARKET OF PUERTO OCRAVO "
            "THIS MORNING AFTER MUNICIPAL POLICE RAIDED THE MARKET.")
    assert "date" in fields(problems(text, event_type="riot/protest", date_text="morning", date_sentences=[1]))
    assert "date" not in fields(problems(text, event_type="riot/protest", date_text="THIS MORNING",
                                         date_iso="1989-03-14", date_sentences=[1]))


def test_a_town_another_named_district_belongs_to_is_no_district():
    text = ("BERRUEZO WAS SEIZED BY FOUR ARMED MEN AS HE LEFT HIS FACTORY IN THE LA TORRENTERA INDUSTRIAL DISTRICT "
            "OF PUERTO TIZONAL.")
    assert "location" in fields(problems(text, event_type="abduction", place="PUERTO TIZONAL",
                                         admin_area="Puerto Tizonal district", location_sentences=[1]))
    # ... but the district of a name is that name's district
    own = ("BERRUEZO WAS SEIZED BY FOUR ARMED MEN AS HE LEFT HIS FACTORY IN SAN JACINTO, IN THE DISTRICT OF "
           "PUERTO TIZONAL.")
    assert "location" not in fields(problems(own, event_type="abduction", place="SAN JACINTO",
                                             admin_area="Puerto Tizonal district", location_sentences=[1]))


def test_a_works_named_on_a_location_line_is_placed_in_its_town():
    from summarizer.records.regions import town_of_site
    text = ("Date: 14 June 2023\nLocation: Nettlebank treatment works, Lysvar, Amberlow province\n"
            "Type: Intrusion into an industrial control system")
    assert town_of_site("Nettlebank treatment works", [text]) == "Lysvar"
    # ... and a works named on no such line keeps its name
    assert town_of_site("Nettlebank treatment works", ["The Nettlebank treatment works was shut."]) == (
        "Nettlebank treatment works")


def test_what_people_pay_through_a_portal_and_records_of_two_kinds_are_no_targets():
    text = ("Separately, the Quarrenby city council's online payment portal, where residents pay water bills, "
            "parking fines and property taxes, was knocked offline for about nine hours by a denial-of-service "
            "attack.")
    for name in ("water bills", "parking fines", "property taxes"):
        assert "targets[0]" in fields(problems(text, event_type="cyberattack",
                                               targets=[dict(name=name, sentences=[1])])), name
    burned = ("THE FIRE DESTROYED THE PROPERTY TAX AND WATER BILLING RECORDS OF THE TOWN'S 25,000 HOUSEHOLDS.")
    assert "targets[0]" in fields(problems(burned, targets=[dict(name="property tax and water billing records",
                                                                 sentences=[1])]))
    # ... but the council itself was
    assert "targets[0]" not in fields(problems(text, event_type="cyberattack", targets=[
        dict(name="Quarrenby city council", sentences=[1])]))


def test_a_description_after_the_targets_name_is_not_the_target():
    text = ("03/11/2026: Hackers broke into the dispatch systems of Ostrelline Power, the electricity distributor "
            "for the town of Kessemar, and opened 14 breakers.")
    assert "targets[0]" in fields(problems(text, event_type="cyberattack",
                                           targets=[dict(name="electricity distributor", sentences=[1])]))
    assert "targets[0]" not in fields(problems(text, event_type="cyberattack",
                                               targets=[dict(name="Ostrelline Power", sentences=[1])]))


def test_the_forces_that_stormed_a_captivity_are_no_abductors():
    text = ("Gunmen seized 11 customs officers at the Vashtel customs house on 12 June. At 04:50 on 14 June, "
            "officers of the police Special Response Group stormed the building and freed the hostages.")
    found = problems(text, event_type="abduction", event_type_sentences=[1], perpetrators=[
        dict(name="officers of the police Special Response Group", sentences=[2])])
    assert "perpetrators[0]" in fields(found)
    assert "perpetrators[0]" not in fields(problems(text, event_type="abduction", perpetrators=[
        dict(name="Gunmen", sentences=[1])]))


def test_a_police_raid_that_ended_in_a_shootout_is_a_fight():
    text = ("A POLICE RAID ON A HOUSE IN THE EL ZANCUDAL DISTRICT OF THIS CITY LATE YESTERDAY ENDED IN A SHOOTOUT "
            "IN WHICH TWO SUSPECTED CSP MEMBERS AND A POLICE AGENT WERE KILLED.")
    assert "event_type" in fields(problems(text, event_type="armed attack"))
    assert "event_type" not in fields(problems(text, event_type="battle/clash"))
    # ... but gunmen who raided a village, as police told it, attacked it
    told = ("Police said gunmen raided the village of Orsk overnight and shot dead a farmer in his yard.")
    assert "event_type" not in fields(problems(told, event_type="armed attack"))


def test_a_groups_fallen_are_its_dead():
    text = ("THE AGENTS FOUGHT THE GUERRILLAS FOR ALMOST TWO HOURS. A CP-4 COMMUNIQUE READ TONIGHT SAID THAT SIX "
            "OF ITS FIGHTERS HAD FALLEN \"DEFENDING THE PEOPLE'S PRISON\".")
    assert problems(text, event_type="battle/clash", casualties=[
        dict(category="killed", count=6, qualifier="exact", sentences=[2])]) == []
    # ... but a town that fell is no one's death
    town = ("THE AGENTS FOUGHT THE GUERRILLAS FOR ALMOST TWO HOURS. SIX VILLAGES HAD FALLEN TO THE GUERRILLAS BY "
            "NIGHTFALL.")
    assert "casualties[0]" in fields(problems(town, event_type="battle/clash", casualties=[
        dict(category="killed", count=6, qualifier="exact", sentences=[2])]))


def test_a_figure_past_one_object_of_a_verb_takes_that_verbs_category():
    text = ("Late on Tuesday, a man on foot threw a grenade into a hardware shop in the city's Quintalba "
            "neighbourhood, about 3 km from where Barcaza was killed, and the blast wounded the owner and two "
            "customers, the fire service said.")
    assert "casualties[0]" in fields(problems(text, event_type="bombing/explosion", casualties=[
        dict(category="killed", count=2, qualifier="exact", sentences=[1])]))
    assert "casualties[0]" not in fields(problems(text, event_type="bombing/explosion", casualties=[
        dict(category="injured", count=2, qualifier="exact", sentences=[1])]))
    # ... but a figure with a verb of its own keeps that verb's category
    own = ("Gunmen killed the driver and two passengers were wounded by flying glass.")
    assert "casualties[0]" not in fields(problems(own, casualties=[
        dict(category="injured", count=2, qualifier="exact", sentences=[1])]))


def test_a_quarter_a_citys_possessive_owns_is_no_place():
    text = ("Late on Tuesday, a man threw a grenade into a hardware shop in the city's Quintalba neighbourhood, "
            "wounding the owner.")
    assert "location" in fields(problems(text, event_type="bombing/explosion", place="Quintalba neighbourhood",
                                         location_sentences=[1]))
    # ... but a town named as such is the place
    town = ("Late on Tuesday, a man threw a grenade into a hardware shop in the town of Quintalba, wounding the "
            "owner.")
    assert "location" not in fields(problems(town, event_type="bombing/explosion", place="Quintalba",
                                             location_sentences=[1]))


def test_a_sentence_put_first_in_a_new_place_starts_another_incident():
    text = ("GRENADE KILLS TWO IN PUERTO OSSAVAL MARKET\n\nPUERTO OSSAVAL, 17 OCT 88 (RADIO ONDA) -- [TEXT] UNIDENTIFIED "
            "MEN LAST NIGHT THREW A GRENADE INTO A GROCERY STORE IN THE SAN ISACIO MARKET OF THIS PORT CITY, KILLING "
            "THE OWNER'S WIFE AND WOUNDING FOUR CUSTOMERS, THE POLICE REPORTED. IN SANTA OLIMPIA DEL MONTE, IN "
            "ALBARRADAS DEPARTMENT, TWO GUNMEN ON A MOTORCYCLE YESTERDAY AFTERNOON SHOT DEAD THE DRIVER OF A BUS AT "
            "A STOP ON THE HIGHWAY, DEPARTMENTAL POLICE SAID.")
    assert refined(text, ("bombing/explosion", [2, 3])) == [("bombing/explosion", [2]), ("armed attack", [3])]
    # ... but not after a roundup's lead over several places, nor at a place told before
    lead = ("Bombs exploded in two cities in Ormekia on Tuesday, officials said. In Pradeck, a car bomb exploded "
            "outside the central bus station, killing 11 people.")
    assert refined(lead, ("bombing/explosion", [1, 2])) == [("bombing/explosion", [1, 2])]
    retold = ("Gunmen raided the village of Ebbsworth before dawn on Wednesday, burning homes. Armed men seized six "
              "fishermen on Lake Drusk on Thursday. In Ebbsworth, the village head said 15 people had been killed "
              "in the raid.")
    assert refined(retold, ("armed attack", [1]), ("abduction", [2, 3])) == [
        ("armed attack", [1]), ("abduction", [2, 3])]


# -- the gold's own readings (each gold article of the three twelves passes the verifier) --

_WIRE = "BREVANHOLM, Lethvaria, March 12, 2026 (Tallmark News Agency) - "


def test_a_day_put_after_the_raid_dates_the_sentences_own_act():
    text = (_WIRE + "Police commandos stormed a farmhouse on Tuesday. On Tuesday evening, hours after the raid, two "
            "gunmen on a motorcycle opened fire on a police checkpoint in Hembrisk, wounding three officers.")
    assert "date" not in fields(problems(text, date_text="On Tuesday evening", date_iso="2026-03-10",
                                         date_sentences=[2]))
    said = (_WIRE + "Gunmen stormed a farmhouse on Monday. On Tuesday evening, hours after the raid, the group said "
            "it had carried it out.")
    assert "date" in fields(problems(said, date_text="On Tuesday evening", date_iso="2026-03-10", date_sentences=[2]))


def test_a_dynamite_blast_is_no_cyberattack_under_a_headline_of_both():
    text = ("COMPUTER PIRATES ERASE WATER ACCOUNTS IN TEMBRAL; REBELS BLAMED FOR TOWER BLAST\n\nTEMBRAL, 9 OCT 88 "
            "(RADIO QUISOCA) -- [TEXT] A DYNAMITE CHARGE DESTROYED A HIGH-TENSION TOWER NEAR HUAYLLACO LAST NIGHT.")
    assert "event_type" not in fields(problems(text, event_type="bombing/explosion", event_type_sentences=[1, 2]))


def test_this_city_of_a_capitals_wire_is_its_datelines_city():
    text = ("PUERTO TIZONAL, 21 MAR 89 (RADIO X) -- [TEXT] A POLICE RAID ON A HOUSE IN THE EL ZANCUDAL DISTRICT OF "
            "THIS CITY LATE YESTERDAY ENDED IN A SHOOTOUT IN WHICH TWO SUSPECTS WERE KILLED.")
    assert "location" not in fields(problems(text, event_type="battle/clash", place="Puerto Tizonal",
                                             location_sentences=[1]))


def test_a_group_that_owns_its_fallen_fighters_is_a_side():
    text = ("A POLICE RAID ON A HOUSE ENDED IN A SHOOTOUT IN WHICH TWO SUSPECTED CSP MEMBERS WERE KILLED. THE CSP SAID "
            "IN A COMMUNIQUE READ ON A CLANDESTINE RADIO STATION THAT THE TWO MEN WERE ITS MEMBERS AND HAD \"FALLEN "
            "IN COMBAT.\"")
    assert "perpetrators[0]" not in fields(problems(text, event_type="battle/clash", event_type_sentences=[1],
                                                    perpetrators=[dict(name="CSP", sentences=[2])]))
    denied = ("A POLICE RAID ON A HOUSE ENDED IN A SHOOTOUT IN WHICH TWO MEN WERE KILLED. THE CSP SAID IN A "
              "COMMUNIQUE THAT THE TWO MEN WERE NOT ITS MEMBERS.")
    assert "perpetrators[0]" in fields(problems(denied, event_type="battle/clash", event_type_sentences=[1],
                                                perpetrators=[dict(name="CSP", sentences=[2])]))


def test_a_town_behind_another_named_district_is_no_region():
    text = ("BERRUEZO WAS SEIZED BY FOUR ARMED MEN AS HE LEFT HIS FACTORY IN THE LA TORRENTERA INDUSTRIAL DISTRICT "
            "OF PUERTO TIZONAL.")
    assert "location" not in fields(problems(text, event_type="abduction", place="PUERTO TIZONAL",
                                             location_sentences=[1]))


def test_a_person_named_after_the_role_the_act_hit_is_the_target():
    text = ("TWO GUNMEN ON A MOTORCYCLE SHOT DEAD THE DRIVER OF A ROUTE 27 BUS YESTERDAY. THE COOPERATIVE SAID THE "
            "DRIVER, 34-YEAR-OLD TEODOSIO MATACAN, HAD REFUSED TO PAY THE GANG.")
    assert "targets[0]" not in fields(problems(text, targets=[dict(name="TEODOSIO MATACAN", sentences=[1, 2])]))
    cashier = ("TWO GUNMEN ON A MOTORCYCLE SHOT DEAD THE DRIVER OF A ROUTE 27 BUS YESTERDAY. THE COOPERATIVE SAID THE "
               "CASHIER, 34-YEAR-OLD TEODOSIO MATACAN, HAD RECEIVED THREATS.")
    assert "targets[0]" in fields(problems(cashier, targets=[dict(name="TEODOSIO MATACAN", sentences=[1, 2])]))


def test_an_infoboxs_perpetrators_line_names_them():
    text = ("Perpetrators: two gunmen\nThe driver was shot dead at the wheel as the bus left the depot.")
    assert "perpetrators[0]" not in fields(problems(text, perpetrators=[dict(name="two gunmen", sentences=[1])]))


def test_people_made_to_get_off_and_shot_and_the_second_aim_of_a_volley_are_targets():
    text = ("ARMED MEN STOPPED A MINIBUS, MADE FIVE YOUNG MEN GET OFF AND SHOT THEM AT THE ROADSIDE.")
    assert "targets[0]" not in fields(problems(text, targets=[dict(name="YOUNG MEN", sentences=[1])]))
    volley = ("The second man fired at the conductor, Ruta Mells, who was killed, and then at the passengers, "
              "wounding three of them.")
    assert "targets[0]" not in fields(problems(volley, targets=[dict(name="passengers", sentences=[1])]))


def test_a_motives_day_is_no_other_event():
    text = ("YESTERDAY AFTERNOON ARMED MEN SHOT FIVE YOUNG MEN AT THE ROADSIDE. THE POLICE CHIEF SAID THE ROADSIDE "
            "KILLINGS WERE A REPRISAL BY LOS CHAJAES DEL ARENAL FOR TUESDAY'S FIGHTING.")
    anchored = "PUERTO X, 22 SEP 88 (RADIO Y) -- [TEXT] " + text
    assert "perpetrators[0]" not in fields(problems(anchored, date_text="YESTERDAY AFTERNOON", date_iso="1988-09-21",
                                                    date_sentences=[1], perpetrators=[
                                                        dict(name="LOS CHAJAES DEL ARENAL", sentences=[2])]))


def test_what_belongs_to_the_target_erased_names_it():
    text = ("A COMPUTER VIRUS ERASED THE MEDICAL RECORDS OF 40,000 PATIENTS AND THE HOSPITAL'S PHARMACY INVENTORY AT "
            "THE CENTRAL HOSPITAL OF THE SOCIAL SECURITY INSTITUTE.")
    assert "targets[0]" not in fields(problems(text, event_type="cyberattack", targets=[
        dict(name="CENTRAL HOSPITAL OF THE SOCIAL SECURITY INSTITUTE", sentences=[1])]))


def test_officers_a_crowd_stoned_who_fired_back_are_on_both_sides_of_a_riot():
    text = ("Drivers blocked Causeway Road with burning tyres and threw stones at police officers, who fired tear gas "
            "and rubber bullets into the crowd.")
    found = fields(problems(text, event_type="riot/protest",
                            perpetrators=[dict(name="drivers", sentences=[1]), dict(name="police officers", sentences=[1])],
                            targets=[dict(name="police officers", sentences=[1])]))
    assert not [f for f in found if f.startswith(("perpetrators", "targets"))]


def test_where_they_arrived_as_they_were_shot_is_the_place():
    text = ("10/28/2019: Gunmen fired on a prison guard and his family as they arrived at their home in Nessbury, "
            "killing the guard.")
    assert "location" not in fields(problems(text, place="Nessbury", location_sentences=[1]))
    went = ("10/28/2019: Gunmen fired on a prison guard outside the depot; his family later drove to their home in "
            "Nessbury.")
    assert "location" in fields(problems(went, place="Nessbury", location_sentences=[1]))


def test_the_days_after_the_event_that_stay_its_own():
    # a wounded neighbour's later death, a rescue days later, a group's statement, a leak-site listing
    later = ("10/28/2019: Gunmen fired on a family in Nessbury, killing 2. The prosecutor put the death toll at 3 "
             "after a neighbour hit by a stray bullet died on 10/30/2019.")
    assert problems(later, date_text="10/28/2019", date_iso="2019-10-28", date_sentences=[1], casualties=[
        dict(category="killed", count=3, qualifier="exact", sentences=[2])]) == []
    rescue = ("02/17/2022: Armed men abducted a farmer's family near Yelvik. On 02/21/2022, soldiers raided the "
              "abductors' camp and freed the wife and the 3 children after a gunfight in which 2 abductors were killed.")
    assert "casualties[0]" not in fields(problems(rescue, event_type="abduction", date_text="02/17/2022",
                                                  date_iso="2022-02-17", date_sentences=[1], casualties=[
                                                      dict(category="killed", count=2, qualifier="exact",
                                                           sentences=[2])]))
    listed = ("On 6 February 2024, ransomware encrypted the servers of Kaldrup Municipal Waterworks. A criminal "
              "group, Brinehook, listed the waterworks on its leak site on 12 February 2024.")
    assert "perpetrators[0]" not in fields(problems(listed, event_type="cyberattack", date_text="6 February 2024",
                                                    date_iso="2024-02-06", date_sentences=[1], perpetrators=[
                                                        dict(name="Brinehook", sentences=[2])]))
    # ... but a raid a year later is another event's
    later_raid = ("02/17/2022: Armed men abducted a farmer's family near Yelvik. On 03/21/2023, soldiers raided a "
                  "camp and freed 3 hostages after a gunfight in which 2 abductors were killed.")
    assert "casualties[0]" in fields(problems(later_raid, event_type="abduction", date_text="02/17/2022",
                                              date_iso="2022-02-17", date_sentences=[1], casualties=[
                                                  dict(category="killed", count=2, qualifier="exact",
                                                       sentences=[2])]))


def test_escaped_and_were_killed_and_killed_at_the_scene_are_deaths():
    text = ("Gunmen held 21 people for three days until police stormed the building; two of the gunmen escaped and "
            "were killed three days later at Drummelhithe.")
    assert "casualties[0]" not in fields(problems(text, event_type="abduction", casualties=[
        dict(category="killed", count=2, qualifier="exact", sentences=[1])]))
    scene = ("Two men fired pistols at the players in the pool hall. The duty inspector reported three men killed at "
             "the scene and two people wounded.")
    assert "casualties[0]" not in fields(problems(scene, event_type_sentences=[1], casualties=[
        dict(category="killed", count=3, qualifier="exact", sentences=[2])]))


def test_a_logs_location_line_and_area_line_place_its_items():
    text = ("ITEM 2: Hand grenade thrown into a hardware shop Location: Peskett & Sons hardware shop, Kettle Market, "
            "Brinegate A man riding pillion on a motorcycle threw a hand grenade through the open door of the shop.")
    assert "targets[0]" not in fields(problems(text, event_type="bombing/explosion", targets=[
        dict(name="Peskett & Sons hardware shop", sentences=[1])]))
    log = ("Country: Ellaquar Area: City of Tashkorra, Orrisvale Province Period: 24 to 27 October 2025\n\nItem 2 - "
           "Shooting Date: Friday 24 October 2025 Location: Dock Lane, Kilnmoor neighbourhood Two men walked into "
           "the Copper Kettle Tavern and fired at customers.")
    assert "location" not in fields(problems(log, place="Tashkorra", location_sentences=[1, 2]))


def test_people_of_a_body_named_by_their_noun_in_the_act():
    text = ("A team of 24 gendarmes of the Special Intervention Squadron surrounded the tile works where members of "
            "the Copperwell Crew were hiding. When ordered to come out, the men inside opened fire, and the "
            "gendarmes and the gang members exchanged fire for about 40 minutes.")
    found = fields(problems(text, event_type="battle/clash", event_type_sentences=[2], perpetrators=[
        dict(name="gendarmes of the Special Intervention Squadron", sentences=[1, 2]),
        dict(name="members of the Copperwell Crew", sentences=[1, 2])]))
    assert not [f for f in found if f.startswith("perpetrators")]


def test_the_town_of_a_site_where_the_event_is_told_is_the_place():
    text = ("Queixada was moved on Tuesday from the Pedra Alta prison in the town of Ermida do Sal to the capital. "
            "On Tuesday night inmates at Pedra Alta set fire to mattresses and took two guards hostage.")
    assert "location" not in fields(problems(text, event_type="riot/protest", event_type_sentences=[2],
                                             place="Ermida do Sal", location_sentences=[1, 2]))


def test_an_embassys_state_is_no_country_of_the_event():
    text = ("SAN QUIRINO, 12 NOV 87 (AGENCIA PERISUR) -- [TEXT] TWO MEN FIRED ON THE MAIN GATE OF THE EMBASSY OF THE "
            "FEDERAL REPUBLIC OF NORVALDIA IN THE LAS ACACIAS DISTRICT OF SAN QUIRINO LAST NIGHT.")
    assert "location" in fields(problems(text, place="SAN QUIRINO", country="Norvaldia", location_sentences=[1]))
    assert "location" not in fields(problems(text, place="SAN QUIRINO", location_sentences=[1]))


def test_a_headlines_figure_the_body_states_again_is_one_entry():
    from summarizer.core.schema import EventFields, EventList, EventRef
    from summarizer.read.segment import segment
    from summarizer.records.derive import Article, draft_from_stages
    text = ("Army says 12 rebels killed at Korum\n\nSERRAK, Montavia, April 22, 2026 (Continental Wire) - Soldiers "
            "killed 12 fighters of the Ardal Liberation Army on Tuesday when the rebels tried to overrun an army post "
            "in the village of Korum, the defence ministry said.")
    article = Article(segment(text), text)
    fields_answer = EventFields.model_validate({"casualties": [
        {"category": "killed", "count": 12, "sentence": 1}, {"category": "killed", "count": 12, "sentence": 2}]})
    draft = draft_from_stages(EventList(events=[EventRef(type="battle/clash", sentences=[1, 2])]), [fields_answer],
                              article)
    assert [(c.count, c.sentences) for c in draft.incidents[0].casualties] == [(12, [2])]


def test_a_governors_province_and_a_clause_after_a_by_name_no_town_and_no_doer():
    text = ("IN SALVARO PROVINCE, A PEASANT WOMAN AND TWO OF HER CHILDREN WERE KILLED THIS MORNING WHEN THEIR OXCART "
            "STRUCK A MINE NEAR THE HAMLET OF BELMUDA. THE GOVERNOR OF SALVARO SAID THE MINE HAD BEEN LAID BY "
            "\"BRACKONIAN INFILTRATORS\" AND THAT ARMY SAPPERS HAD CLEARED 23 MINES FROM TRACKS IN THE AREA.")
    assert "location" in fields(problems(text, event_type="bombing/explosion", place="SALVARO",
                                         location_sentences=[1, 2]))
    assert "location" not in fields(problems(text, event_type="bombing/explosion", place="BELMUDA",
                                             location_sentences=[1]))
    found = fields(problems(text, event_type="bombing/explosion", perpetrators=[
        dict(name="ARMY SAPPERS", sentences=[2]), dict(name="BRACKONIAN INFILTRATORS", sentences=[2])]))
    assert "perpetrators[0]" in found and "perpetrators[1]" not in found
