"""Verifier rules of 2026-12-07 (twenty-second session): from the seventy-eighth (industrial
accidents at plants, mines and depots), seventy-ninth (election violence and prison breaks),
eightieth (arson, trials and anniversaries) and eighty-first (floods, landslides and storms in
new formats; protests at mines and over land) twelves; each with a value it must refuse or
accept and its twin the other way. Articles are ours."""

from verify_helpers import problems, refined

from summarizer.read.segment import segment
from summarizer.verify.dates import signoff_sentences


def fields(found) -> list[str]:  # noqa: ANN001 - verify.Problem list
    return [p.field for p in found]


def test_a_day_with_its_event_in_a_when_clause_dates_the_event():
    text = ("VILLA ORCONTE, 17 NOV 87 (RADIO CORDILLERA) -- [TEXT] RESCUE BRIGADES TODAY BROUGHT OUT ALIVE THE "
            "LAST NINE OF THE 26 MINERS WHO HAD BEEN TRAPPED SINCE SUNDAY AFTERNOON, WHEN THE MAIN SHAFT OF THE "
            "SAN ERMELINDO TIN MINE COLLAPSED AT THE 240-METER LEVEL.")
    kw = dict(event_type="industrial accident", date_text="SUNDAY AFTERNOON", date_iso="1987-11-15",
              date_sentences=[1])
    assert "date" not in fields(problems(text, **kw))
    # ... but a day a toll rose, told with no event of its own, is still after the fact
    rose = ("VILLA ORCONTE, 17 NOV 87 (RADIO CORDILLERA) -- [TEXT] THE NUMBER OF MINERS KILLED ROSE TO FIVE ON "
            "SUNDAY AFTERNOON, WHEN THE UNION GAVE ITS OWN LIST.")
    assert "date" in fields(problems(rose, **kw))


def test_day_labourers_are_people_not_days():
    text = ("8 fatalities (workers), per the district police; the dyeworks' workers' committee put the toll at "
            "eleven, counting three day labourers who were not on the payroll.")
    cas = [dict(category="killed", count=3, qualifier="exact", who="day labourers", reported_by="committee",
                sentences=[1])]
    assert "casualties[0]" not in fields(problems(text, event_type="industrial accident", casualties=cas))
    # ... but three days of a stoppage count no one
    days = ("8 fatalities (workers), per the district police; the plant stood idle for three days.")
    assert "casualties[0]" in fields(problems(days, event_type="industrial accident", casualties=cas))


def test_a_header_block_with_place_lines_is_evidence_for_the_place():
    text = ("Issued: 5 June 2025, 09:00 Country: Dunmerith Area: Scarrowmoor Province Period covered: 4 June "
            "2025, 09:00 to 5 June 2025, 09:00\nThe embankment of Tailings Facility 2 at the Gorrowfell copper "
            "mine gave way and released slurry into the valley.")
    assert signoff_sentences(segment(text)) == set()
    # ... but an issue line alone is the report's own, no evidence
    alone = "Issued: 5 June 2025, 09:00 by the operations centre.\nThe embankment gave way."
    assert signoff_sentences(segment(alone)) == {1}


def test_a_claim_after_but_dates_the_claim_not_the_blast():
    text = ("11/02/2023: An explosion tore through the rail loading bay of the Korvanec fuel depot in Korvanec "
            "town at about 23:40.\nGSF at first blamed a leaking valve, but on 11/03/2023 the Black Marsh "
            "Brigade claimed responsibility in a video, saying its fighters had placed 3 explosive charges under "
            "the wagons.")
    kw = dict(event_type="bombing/explosion", event_type_sentences=[1, 2], date_text="11/02/2023",
              date_iso="2023-11-02", date_sentences=[1])
    perps = [dict(name="Black Marsh Brigade", sentences=[2])]
    assert "perpetrators[0]" not in fields(problems(text, perpetrators=perps, **kw))
    # ... but a second attack told after "but" on another day is that day's
    again = ("11/02/2023: An explosion tore through the rail loading bay of the Korvanec fuel depot in Korvanec "
             "town at about 23:40.\nThe depot reopened, but on 11/03/2023 the Black Marsh Brigade attacked a "
             "second depot in Ulvast, and said it would go on.")
    assert "perpetrators[0]" in fields(problems(again, perpetrators=perps, **kw))


def test_an_explosion_tearing_through_a_place_a_group_claimed_hit_it():
    text = ("An explosion tore through the rail loading bay of the Korvanec fuel depot at about 23:40; the "
            "Black Marsh Brigade claimed responsibility, saying its fighters had placed the charges.")
    targets = [dict(name="rail loading bay", sentences=[1])]
    assert "targets[0]" not in fields(problems(text, event_type="bombing/explosion", targets=targets))
    # ... but a fire that tore through a plant attacked nothing
    fire = ("A fire tore through the rail loading bay of the Korvanec fuel depot at about 23:40; the Black Marsh "
            "Brigade claimed responsibility, saying its fighters had set it.")
    assert "targets[0]" in fields(problems(fire, event_type="armed attack", targets=targets))


def test_people_who_needed_or_sought_treatment_are_injured():
    text = ("Between 21:00 on 14 May and 04:30 on 15 May the trapped miners were hauled up, and doctors at "
            "Askerud District Hospital said 4 of them needed treatment for dehydration.")
    cas = [dict(category="injured", count=4, qualifier="exact", who="miners", reported_by="doctors",
                sentences=[1])]
    assert "casualties[0]" not in fields(problems(text, event_type="industrial accident", casualties=cas))
    sought = "The plant's operator, Gorvant Agrochem, said 22 residents had sought treatment."
    cas22 = [{**cas[0], "count": 22}]
    assert "casualties[0]" not in fields(problems(sought, event_type="industrial accident", casualties=cas22))
    # ... but 4 of them sent home without treatment are no one hurt
    home = ("The trapped miners were hauled up, and doctors said 4 of them went home the same night.")
    assert "casualties[0]" in fields(problems(home, event_type="industrial accident", casualties=cas))


def test_gear_that_snapped_and_struck_workers_tells_the_accident():
    text = ("On the afternoon of 9 May a steel cable on one of the drilling rigs snapped and struck two rescue "
            "workers at the surface; one was killed.")
    assert "event_type" not in fields(problems(text, event_type="industrial accident"))
    # ... but the rig named alone tells no accident
    named = "On the afternoon of 9 May a second drilling rig was brought to the site to widen the shaft."
    assert "event_type" in fields(problems(named, event_type="industrial accident"))


def test_clerks_driven_off_with_are_people_taken_not_loot():
    text = ("About fifteen attackers opened fire on the trucks, set two of them alight and drove off with two "
            "clerks of the electoral commission.")
    targets = [dict(name="trucks", sentences=[1]), dict(name="two clerks of the electoral commission",
                                                        sentences=[1])]
    assert "targets[1]" not in fields(problems(text, targets=targets))
    # ... but the ballot boxes driven off with are loot
    boxes = [dict(name="trucks", sentences=[1]), dict(name="ballot boxes", sentences=[1])]
    loot = ("About fifteen attackers opened fire on the trucks, set two of them alight and drove off with the "
            "ballot boxes.")
    assert "targets[1]" in fields(problems(loot, targets=boxes))


def test_an_opening_date_past_a_clause_of_what_came_before_dates_the_riot():
    text = ("On 14 June 2023, hours after the national electoral commission declared President Anselm Vorrik "
            "re-elected, several thousand supporters of the opposition rioted in Brezhany.")
    kw = dict(event_type="riot/protest", date_text="14 June 2023", date_iso="2023-06-14", date_sentences=[1])
    assert "date" not in fields(problems(text, **kw))
    # ... but a statement on that day, past the same clause, is a statement's day
    said = ("On 14 June 2023, hours after the national electoral commission declared President Anselm Vorrik "
            "re-elected, the opposition said its supporters had rioted in Brezhany.")
    assert "date" in fields(problems(said, **kw))


def test_the_second_side_of_rival_supporters_with_its_own_of_the():
    text = ("On 15 June 2023, supporters of the Harvest Alliance and of the KCP fought each other with stones "
            "and clubs in the central market of Zelvatin.")
    perps = [dict(name="supporters of the Harvest Alliance", sentences=[1]),
             dict(name="supporters of the KCP", sentences=[1])]
    found = fields(problems(text, event_type="riot/protest", perpetrators=perps))
    assert "perpetrators[0]" not in found and "perpetrators[1]" not in found
    # ... but the party's supporters only watching did nothing
    watched = ("On 15 June 2023, supporters of the Harvest Alliance fought police with stones in the market, "
               "and of the KCP nothing was said.")
    assert "perpetrators[1]" in fields(problems(watched, event_type="riot/protest", perpetrators=perps))


def test_a_log_location_with_a_number_then_the_site_by_its_kind():
    entry = ("2.2 Date: 3 November 2024 Location: Polling Station 118, Fennaway Primary School, Fennaway "
             "Description: Shortly after polls opened, about 10 gunmen {}, fired on voters queuing outside, "
             "wounding 5, and seized 3 election staff, who were released unharmed on 4 November.")
    targets = [dict(name="Polling Station 118", sentences=[1])]
    assert "targets[0]" not in fields(problems(entry.format("stormed the polling station"), targets=targets))
    # ... but gunmen who stormed another place did not attack the station
    assert "targets[0]" in fields(problems(entry.format("stormed the bank across the road"), targets=targets))


def test_a_place_hit_as_the_building_in_the_same_sentence():
    text = ("About 600 residents marched to Fadrova Copper's site office at the edge of the village and threw "
            "stones at the building and at the riot police guarding it.")
    targets = [dict(name="Fadrova Copper's site office", sentences=[1])]
    assert "targets[0]" not in fields(problems(text, event_type="riot/protest", targets=targets))
    # ... but a march to it that stoned nothing there did not attack it
    marched = ("About 600 residents marched to Fadrova Copper's site office at the edge of the village and "
               "handed in a petition.")
    assert "targets[0]" in fields(problems(marched, event_type="riot/protest", targets=targets))


def test_officers_pelted_by_the_crowd_police_dispersed_were_its_aim():
    text = ("Police fired tear gas and then live rounds to disperse the crowd of several hundred, which had "
            "pelted officers with stones and bottles.")
    targets = [dict(name="officers", sentences=[1])]
    assert "targets[0]" not in fields(problems(text, event_type="riot/protest", targets=targets))
    # ... but a group that had pelted officers at an earlier march did nothing here
    earlier = "The Harvest Youth, a group which had pelted officers at an earlier march, denied any role."
    assert "targets[0]" in fields(problems(earlier, event_type="riot/protest", targets=targets))


def test_a_person_named_in_full_then_fired_on_by_surname():
    text = ("DR TORCUATO BERRONDO, THE AGRARIAN RENEWAL PARTY CANDIDATE FOR MAYOR, DIED THIS MORNING IN A CLINIC. "
            "ON TUESDAY NIGHT, TWO GUNMEN ON A MOTORCYCLE FIRED ON BERRONDO AS HE ADDRESSED A RALLY.")
    targets = [dict(name="DR TORCUATO BERRONDO", sentences=[1, 2])]
    assert "targets[0]" not in fields(problems(text, targets=targets))
    # ... but a surname that only speaks is no target
    spoke = ("DR TORCUATO BERRONDO, THE AGRARIAN RENEWAL PARTY CANDIDATE FOR MAYOR, WAS IN THE CAPITAL. "
             "ON TUESDAY NIGHT, TWO GUNMEN FIRED ON A BUS, BERRONDO SAID.")
    assert "targets[0]" in fields(problems(spoke, targets=targets))


def test_a_shared_verb_after_and_counts_the_first_subject():
    text = ("On 9 February 2024, police raided a farmhouse near Tullimar where escapees were hiding; in the "
            "ensuing gun battle four escapees and one police officer were killed.")
    cas = [dict(category="killed", count=4, qualifier="exact", who="escapees", reported_by="police",
                sentences=[1])]
    assert "casualties[0]" not in fields(problems(text, event_type="battle/clash", casualties=cas))
    # ... but four escapees hiding, and one officer killed, count four present
    hiding = ("On 9 February 2024, police raided a farmhouse where four escapees were hiding; one police officer "
              "was killed.")
    assert "casualties[0]" in fields(problems(hiding, event_type="battle/clash", casualties=cas))


def test_police_who_drove_a_crowd_back_with_tear_gas_used_force():
    text = ("Some marchers threw stones and bottles at the station, and riot police drove them back with tear gas "
            "and batons.")
    kw = dict(event_type="riot/protest", perpetrators=[dict(name="marchers", sentences=[1]),
                                                       dict(name="riot police", sentences=[1])],
              targets=[dict(name="station", sentences=[1]), dict(name="marchers", sentences=[1])])
    found = fields(problems(text, **kw))
    assert not [f for f in found if f.startswith(("perpetrators", "targets"))]
    # ... but troops who drove attackers back held their ground: no side of a battle
    held = "Rebels attacked the army post at dawn, and the troops drove them back after two hours."
    assert "perpetrators[1]" in fields(problems(held, event_type="battle/clash", perpetrators=[
        dict(name="Rebels", sentences=[1]), dict(name="troops", sentences=[1])]))


def test_a_fire_that_swept_through_a_place_then_said_set_deliberately_hit_it():
    text = ("The fire that swept through a row of shops at the Old Tanners' Market early on Tuesday was set "
            "deliberately, police said on Thursday.")
    targets = [dict(name="row of shops at the Old Tanners' Market", sentences=[1])]
    assert "targets[0]" not in fields(problems(text, targets=targets))
    # ... but a fire that swept through shops, cause unknown, attacked nothing
    unknown = ("The fire that swept through a row of shops at the Old Tanners' Market early on Tuesday was still "
               "being investigated, police said on Thursday.")
    assert "targets[0]" in fields(problems(unknown, targets=targets))


def test_a_towns_fire_department_does_not_make_the_town_a_region():
    text = ("THE FIRE DEPARTMENT OF PUERTO ZAMACUCHO, IN PICHIMARCA DEPARTMENT, RULED TODAY THAT THE FIRE THAT "
            "DESTROYED THE SANTA CLOTILDE SAWMILL THERE ON TUESDAY NIGHT WAS CAUSED BY A SHORT CIRCUIT.")
    kw = dict(event_type="industrial accident", place="Puerto Zamacucho", admin_area="Pichimarca Department",
              location_sentences=[1])
    assert "location" not in fields(problems(text, **kw))
    # ... but a department of that name is a region
    region = ("THE FIRE THAT DESTROYED THE SANTA CLOTILDE SAWMILL IN THE DEPARTMENT OF PUERTO ZAMACUCHO ON "
              "TUESDAY NIGHT WAS CAUSED BY A SHORT CIRCUIT.")
    assert "location" in fields(problems(region, **{**kw, "admin_area": None}))


def test_a_first_report_of_a_firebomb_overtaken_leaves_the_accident():
    text = ("THE POLICE AT FIRST REPORTED THAT TERRORISTS HAD THROWN A FIREBOMB INTO THE WORKSHOP, BUT FIRE CHIEF "
            "RAMIRO TALLAHUASI SAID TODAY THAT A VAT OF HOT WAX HAD OVERTURNED ONTO A KEROSENE STOVE AND THE FIRE "
            "SPREAD.")
    assert "event_type" not in fields(problems(text, event_type="industrial accident"))
    # ... but terrorists said to have thrown it, with no finding after, is no accident
    thrown = ("THE POLICE REPORTED THAT TERRORISTS HAD THROWN A FIREBOMB INTO THE WORKSHOP AND THE FIRE SPREAD TO A "
              "KEROSENE STOVE.")
    assert "event_type" in fields(problems(thrown, event_type="industrial accident"))


def test_an_infobox_is_the_pages_own_event_not_a_retelling():
    text = ("Date: 4 February 2016 Location: 17 Wellmoor Street, Coldmarrow Cause: Arson (first ruled accidental) "
            "Deaths: 7 Convicted: Dorrin Haskvell")
    assert "event_type" not in fields(problems(text, event_type="armed attack"))
    # ... but a sentence of the trial alone retells it
    trial = ("In November 2019 the provincial court convicted Dorrin Haskvell of setting the fire at 17 Wellmoor "
             "Street and sentenced him to life imprisonment.")
    assert "event_type" in fields(problems(trial, event_type="armed attack"))


def test_the_second_of_two_things_set_on_fire_was_hit():
    text = ("The crowd set the hall and six houses of congregation members beside it on fire and beat worshippers "
            "who tried to leave.")
    targets = [dict(name="hall", sentences=[1]), dict(name="houses of congregation members", sentences=[1])]
    assert "targets[1]" not in fields(problems(text, event_type="riot/protest", targets=targets))
    # ... but houses the crowd only walked past were not hit
    past = ("The crowd set the hall on fire, walked past six houses of congregation members and beat worshippers "
            "who tried to leave.")
    assert "targets[1]" in fields(problems(past, event_type="riot/protest", targets=targets))


def test_a_day_of_deaths_avenged_is_a_motive_not_the_raid():
    text = ("05/13/2022: Gunmen raided the hamlet of Orsk at night.\nDistrict officials attributed the attack to "
            "men from Dzhelbek avenging the deaths of 05/11/2022; the elders denied it.")
    kw = dict(event_type_sentences=[1], date_text="05/13/2022", date_iso="2022-05-13", date_sentences=[1],
              perpetrators=[dict(name="men from Dzhelbek", sentences=[2])])
    assert "perpetrators[0]" not in fields(problems(text, **kw))
    # ... but men from Dzhelbek who raided on 05/11/2022 did that day's raid
    raid = ("05/13/2022: Gunmen raided the hamlet of Orsk at night.\nOn 05/11/2022 men from Dzhelbek had raided "
            "the next village, officials said.")
    assert "perpetrators[0]" in fields(problems(raid, **kw))


def test_a_place_whose_windows_were_smashed_was_hit():
    text = ("On Monday afternoon several hundred residents marched to the company's office in Ulvesk, smashed its "
            "windows and set a company pickup truck on fire.")
    targets = [dict(name="the company's office", sentences=[1])]
    assert "targets[0]" not in fields(problems(text, event_type="riot/protest", targets=targets))
    # ... but a march to it that then set a truck on fire elsewhere did not hit the office
    elsewhere = ("On Monday afternoon several hundred residents marched to the company's office in Ulvesk and "
                 "later set a company pickup truck on fire at the depot.")
    assert "targets[0]" in fields(problems(elsewhere, event_type="riot/protest", targets=targets))


def test_force_on_them_in_the_next_sentence_puts_the_crowd_on_both_sides():
    text = ("On Monday afternoon several hundred residents marched to the company's office in Ulvesk and set a "
            "company pickup truck on fire. Police fired tear gas and rubber bullets to disperse them.")
    kw = dict(event_type="riot/protest", event_type_sentences=[1, 2],
              perpetrators=[dict(name="residents", sentences=[1])],
              targets=[dict(name="residents", sentences=[1, 2])])
    assert not [f for f in fields(problems(text, **kw)) if f.startswith(("perpetrators", "targets"))]
    # ... but police who only watched them used no force on them
    watched = ("On Monday afternoon several hundred residents marched to the company's office in Ulvesk and set a "
               "company pickup truck on fire. Police watched them from the square.")
    assert [f for f in fields(problems(watched, **kw)) if f.startswith(("perpetrators", "targets"))]


def test_a_bulletins_numbered_update_stamps_the_toll_not_another_event():
    text = ("18 September 2025: A landslide buried six houses in Vesherrin overnight.\nUPDATE 6 | 19 September "
            "2025, 09:00 The Vesherrin toll has risen to 6 dead, the provincial police said this morning.")
    cas = [dict(category="killed", count=6, qualifier="exact", who="people", reported_by="police",
                sentences=[2])]
    kw = dict(event_type="natural disaster", date_text="18 September 2025", date_iso="2025-09-18",
              date_sentences=[1])
    assert "casualties[0]" not in fields(problems(text, casualties=cas, **kw))
    # ... but an update telling a second landslide that day is that day's
    second = ("18 September 2025: A landslide buried six houses in Vesherrin overnight.\nUPDATE 6 | 19 September "
              "2025, 09:00 A second landslide killed 6 people in Vesherrin this morning, the police said.")
    assert "casualties[0]" in fields(problems(second, casualties=cas, **kw))


def test_people_pulled_out_alive_but_all_of_them_hurt_are_injured():
    text = "Rescuers pulled 2 people alive from the rubble, both injured, and took them to the district hospital."
    cas = [dict(category="injured", count=2, qualifier="exact", who="people", reported_by="rescuers",
                sentences=[1])]
    assert "casualties[0]" not in fields(problems(text, event_type="natural disaster", casualties=cas))
    # ... but two pulled out alive and unhurt are only present
    unhurt = "Rescuers pulled 2 people alive from the rubble, both unhurt, and took them home."
    assert "casualties[0]" in fields(problems(unhurt, event_type="natural disaster", casualties=cas))


# From the seventy-eighth and seventy-ninth twelves' dev first answers (run -224).

def test_one_of_the_drivers_quoted_by_name_is_no_figure():
    text = ('"They walked along the trucks shooting into the cabs," one of the drivers, Anton Velesh, told '
            "Pellborne Wire by telephone from his hospital bed in Ulmenic.")
    cas = [dict(category="injured", count=1, qualifier="exact", who="driver", reported_by=None, sentences=[1])]
    assert "casualties[0]" in fields(problems(text, casualties=cas))
    # ... but one of the drivers wounded is a figure
    hurt = "One of the drivers, Anton Velesh, was wounded in the shoulder."
    assert "casualties[0]" not in fields(problems(hurt, casualties=cas))


def test_fighters_who_surrendered_are_no_dead():
    text = "Police returned fire, killing 3 of the escapees; 4 others surrendered."
    cas = [dict(category="killed", count=4, qualifier="exact", who="escapees", reported_by=None, sentences=[1])]
    assert "casualties[0]" in fields(problems(text, event_type="battle/clash", casualties=cas))
    killed = [{**cas[0], "count": 3}]
    assert "casualties[0]" not in fields(problems(text, event_type="battle/clash", casualties=killed))


def test_a_jail_warden_wounded_beside_the_jail_is_a_casualty_not_a_target():
    text = ("EARLY TODAY, SOME 30 ARMED MEN ATTACKED THE PROVINCIAL JAIL IN SANTA EFIGENIA, KILLED TWO GUARDS AND "
            "FREED 47 PRISONERS. THE JAIL WARDEN, MAJOR ISIDRO CANCHARI, WAS WOUNDED IN THE LEGS.")
    targets = [dict(name="PROVINCIAL JAIL", sentences=[1]), dict(name="jail warden", sentences=[2])]
    assert "targets[1]" in fields(problems(text, targets=targets))
    # ... but a warden the gunmen carried off was the aim of a kidnapping
    aimed = ("EARLY TODAY, SOME 30 ARMED MEN STORMED THE PROVINCIAL JAIL IN SANTA EFIGENIA. THE GUNMEN KIDNAPPED THE "
             "JAIL WARDEN, MAJOR ISIDRO CANCHARI, AND DROVE OFF WITH HIM.")
    assert "targets[1]" not in fields(problems(aimed, event_type="abduction", event_type_sentences=[2],
                                               targets=targets))


def test_a_dynamiting_told_first_in_another_department_is_another_event():
    text = ("SAN ARMIDO, 14 MAR 89 (RADIO SURCANO) -- [TEXT] A BOILER EXPLODED AT ABOUT 0630 TODAY IN THE ROLLING "
            "MILL OF THE LOS ALFAREROS STEEL WORKS, KILLING AT LEAST FIVE WORKERS. A POLICE SPOKESMAN SAID THERE "
            "WAS NO SIGN OF AN ATTACK. IN ALMUCENA DEPARTMENT, A COMMANDO OF THE OROZCAL PEOPLE'S FRONT DYNAMITED "
            "TWO FUEL STORAGE TANKS AT THE PORT OF PUNTA GALERA LAST NIGHT.")
    assert refined(text, ("industrial accident", [1, 2, 3])) == [("industrial accident", [1, 2]),
                                                                 ("bombing/explosion", [3])]
    # ... but the mill's own fire told next is the same event
    same = ("SAN ARMIDO, 14 MAR 89 (RADIO SURCANO) -- [TEXT] A BOILER EXPLODED AT ABOUT 0630 TODAY IN THE ROLLING "
            "MILL OF THE LOS ALFAREROS STEEL WORKS, KILLING AT LEAST FIVE WORKERS. A POLICE SPOKESMAN SAID THERE "
            "WAS NO SIGN OF AN ATTACK. THE BLAST STARTED A FIRE THAT BURNED FOR SIX HOURS.")
    assert refined(same, ("industrial accident", [1, 2, 3])) == [("industrial accident", [1, 2, 3])]


def test_supporters_fighting_each_other_is_no_accident():
    text = ("On 15 May 2023, supporters of the Dawn Coalition and of the NRM fought each other with clubs, stones "
            "and iron bars in the central market of Sklavinet, and several market stalls were set on fire.")
    assert "event_type" in fields(problems(text, event_type="industrial accident"))
    fire = "On 15 May 2023 a fire broke out in the central market of Sklavinet, and several stalls burned down."
    assert "event_type" not in fields(problems(fire, event_type="industrial accident"))


def test_marchers_behind_the_coffins_of_the_dead_are_no_dead_and_no_incident():
    text = "On 16 May, about 5,000 people marched peacefully through Drummaquin behind the coffins of the dead."
    cas = [dict(category="killed", count=5000, qualifier="exact", who="people", reported_by=None, sentences=[1])]
    found = fields(problems(text, event_type="riot/protest", casualties=cas))
    assert "event_type" in found and "casualties[0]" in found
    # ... but mourners attacked at the funeral make an incident
    attacked = ("On 16 May, gunmen fired on about 5,000 people marching through Drummaquin behind the coffins of "
                "the dead, killing 3.")
    assert "event_type" not in fields(problems(attacked, event_type="armed attack"))


def test_a_casualty_lines_bracket_names_who_died_not_who_did_it():
    text = ("4 fatalities (protesters), according to the Osmola regional health office; the opposition said 9 of "
            "its supporters were killed.")
    assert "perpetrators[0]" in fields(problems(text, event_type="riot/protest",
                                                perpetrators=[dict(name="protesters", sentences=[1])]))
    acted = "Protesters burned the tally centre; 4 fatalities (protesters), according to the health office."
    assert "perpetrators[0]" not in fields(problems(acted, event_type="riot/protest",
                                                    perpetrators=[dict(name="Protesters", sentences=[1])]))


def test_the_place_marched_to_is_no_perpetrator():
    text = ("On 15 August 2022, about 600 residents of Ilchevo marched to Fadrova Copper's site office at the edge "
            "of the village and threw stones at the building.")
    perps = [dict(name="Fadrova Copper's site office", sentences=[1]), dict(name="residents of Ilchevo",
                                                                          sentences=[1])]
    found = fields(problems(text, event_type="riot/protest", perpetrators=perps))
    assert "perpetrators[0]" in found and "perpetrators[1]" not in found


def test_missing_people_found_alive_told_in_the_active_voice_are_no_longer_missing():
    text = ("On 17 August 2022, rescuers found 2 of the missing alive in a barn cut off by the mud and recovered "
            "5 bodies; 4 people were still missing.")
    cas = [dict(category="missing", count=2, qualifier="exact", who="villagers", reported_by=None, sentences=[1])]
    assert "casualties[0]" in fields(problems(text, event_type="industrial accident", casualties=cas))
    still = [{**cas[0], "count": 4}]
    assert "casualties[0]" not in fields(problems(text, event_type="industrial accident", casualties=still))


def test_a_group_that_claimed_the_fire_made_it_no_accident():
    text = ("Later that day a group calling itself Hurnak Workers' Justice claimed the fire in a leaflet left at the "
            "gate of the mine.")
    assert "event_type" in fields(problems(text, event_type="industrial accident"))
    # ... but a fire the fire service explained is still an accident
    explained = "Later that day the fire service said the fire had started in a faulty forklift charger."
    assert "event_type" not in fields(problems(explained, event_type="industrial accident"))


def test_a_report_the_article_calls_false_is_no_evidence():
    text = ("2.3 Reported attack on polling station (unfounded) Date: 18 October 2025 Location: Dunvessik, Halvory "
            "province Description: Posts on social media claimed that gunmen had attacked the polling station.\n"
            "The district coordinator visited the station at 11:00 and found voting under way normally; the report "
            "was false.")
    assert "location" in fields(problems(text, place="Dunvessik", location_sentences=[1]))
    # ... but an item of an attack that happened is evidence
    real = ("2.3 Attack on polling station Date: 18 October 2025 Location: Dunvessik, Halvory province "
            "Description: Gunmen attacked the polling station and wounded two clerks.\nVoting resumed at noon.")
    assert "location" not in fields(problems(real, place="Dunvessik", location_sentences=[1]))


def test_rifles_taken_from_an_armoury_take_no_one():
    text = "Gunmen opened fire on a checkpoint with rifles taken from the armoury, wounding 2 officers."
    assert "event_type" in fields(problems(text, event_type="abduction"))
    took = "Gunmen opened fire on a checkpoint and took two officers away, wounding 2 others."
    assert "event_type" not in fields(problems(took, event_type="abduction"))


def test_trucks_the_answer_names_as_parked_were_beside_the_aim():
    text = ("Unidentified assailants threw petrol bombs over the fence of the Kordal Logistics fuel depot at about "
            "02:30, setting fire to 3 tanker trucks parked at the loading bay.")
    targets = [dict(name="Kordal Logistics fuel depot", sentences=[1]),
               dict(name="3 tanker trucks parked at the loading bay", sentences=[1])]
    assert "targets[1]" in fields(problems(text, targets=targets))
    aimed = ("Unidentified assailants threw petrol bombs at 3 tanker trucks of the Kordal Logistics fuel depot as "
             "they drove out of the gate.")
    trucks = [targets[0], dict(name="3 tanker trucks", sentences=[1])]
    assert "targets[1]" not in fields(problems(aimed, targets=trucks))


def test_a_country_must_be_named_not_a_near_spelling_of_a_town():
    text = ("ON TUESDAY NIGHT, TWO GUNMEN ON A MOTORCYCLE FIRED ON BERRONDO AS HE ADDRESSED A RALLY IN THE MAIN "
            "SQUARE OF SANTA ROSENDA, KILLING TWO OF HIS SUPPORTERS.")
    assert "location" in fields(problems(text, place="Santa Rosenda", country="Santos", location_sentences=[1]))
    # ... while a country told by its people's word is named
    people = "Gunmen killed two Kordavian soldiers in Tessaret on Monday."
    assert "location" not in fields(problems(people, place="Tessaret", country="Kordavia", location_sentences=[1]))


# From the eightieth and eighty-first twelves' dev first answers (run -225).

def test_a_named_mine_or_a_mines_gate_is_a_works_not_a_landmine():
    text = "On 12 October 2024, unidentified men set fire to two ore trucks of the Tembrasi mine at Sallet."
    assert "event_type" in fields(problems(text, event_type="bombing/explosion"))
    gate = ("Early on Thursday, unidentified men set fire to a guard post at the mine's lower gate outside "
            "Ombrasset.")
    assert "event_type" in fields(problems(gate, event_type="bombing/explosion"))
    # ... but a truck that struck a mine on the road hit a landmine
    road = "A truck of the Tembrasi company struck a mine on the road to Sallet, killing two."
    assert "event_type" not in fields(problems(road, event_type="bombing/explosion"))


def test_a_fire_found_set_deliberately_is_no_accident_whatever_it_was_first_called():
    text = ("It was first ruled an accident, but a second investigation in 2018 found that it had been set "
            "deliberately, and a neighbour was convicted in 2019.")
    assert "event_type" in fields(problems(text, event_type="industrial accident"))
    # ... but a fire first blamed on arson and found electrical stays an accident
    electrical = ("The fire that swept through a row of shops early on Tuesday was caused by an electrical fault, "
                  "police said, two days after traders had blamed arson.")
    assert "event_type" not in fields(problems(electrical, event_type="industrial accident"))


def test_what_they_fought_with_is_no_perpetrator():
    text = ("IN ANOTHER DEVELOPMENT, PEASANTS FROM THE COMMUNITIES OF CHACALLPA AND ORQOMARCA FOUGHT WITH SLINGS, "
            "STONES AND SHOTGUNS ON SUNDAY.")
    perps = [dict(name="slings, stones, shotguns", sentences=[1]),
             dict(name="PEASANTS FROM THE COMMUNITIES OF CHACALLPA AND ORQOMARCA", sentences=[1])]
    found = fields(problems(text, event_type="battle/clash", perpetrators=perps))
    assert "perpetrators[0]" in found and "perpetrators[1]" not in found


def test_a_places_kind_or_a_rivers_name_is_no_country():
    market = "UNIDENTIFIED PERSONS SET FIRE LAST NIGHT TO 9 STALLS IN THE REBUILT CENTRAL MARKET OF VILLA MARCAYO."
    assert "location" in fields(problems(market, place="VILLA MARCAYO", country="MARKET", location_sentences=[1]))
    river = ("IN BAJO LERMA DEPARTMENT, THE GUANDERA RIVER BURST ITS BANKS ON FRIDAY NIGHT AND FLOODED THE TOWN OF "
             "SAN BALTAZAR, DROWNING FIVE PEOPLE.")
    assert "location" in fields(problems(river, event_type="natural disaster", place="SAN BALTAZAR",
                                         country="Guandera", location_sentences=[1]))
    # ... but a country whose river it is, named as the country, stands
    named = ("IN GUANDERA'S BAJO LERMA DEPARTMENT, THE LERMA RIVER BURST ITS BANKS ON FRIDAY NIGHT AND FLOODED THE "
             "TOWN OF SAN BALTAZAR, DROWNING FIVE PEOPLE.")
    assert "location" not in fields(problems(named, event_type="natural disaster", place="SAN BALTAZAR",
                                             country="Guandera", location_sentences=[1]))


def test_fuel_cans_found_are_things_not_dead():
    text = ("The district fire service at first attributed the blaze to an overturned gas heater, but investigators "
            "said they had found two fuel cans and the remains of a wick.")
    cas = [dict(category="killed", count=2, qualifier="exact", who="x", reported_by=None, sentences=[1])]
    assert "casualties[0]" in fields(problems(text, casualties=cas))
    dead = "Investigators said two children had died in the fire, which was set with fuel from cans."
    assert "casualties[0]" not in fields(problems(dead, casualties=cas))


def test_a_bulletins_toll_of_another_place_is_not_this_incidents():
    text = ("18 September 2025: The river broke through the levee at Kolvesk overnight, flooding the old town in "
            "Oldevar Province.\nUPDATE 6 | 19 September 2025, 09:00 The Vesherrin toll has risen to 6 dead, the "
            "Oldevar provincial police said this morning.")
    cas = [dict(category="killed", count=6, qualifier="exact", who="x", reported_by=None, sentences=[2])]
    kw = dict(event_type="natural disaster", admin_area="Oldevar Province", location_sentences=[1], casualties=cas)
    assert "casualties[0]" in fields(problems(text, place="Kolvesk", **kw))
    assert "casualties[0]" not in fields(problems(text.replace("at Kolvesk", "at Vesherrin"), place="Vesherrin",
                                                  **kw))


def test_a_verb_is_shared_only_by_a_subject_with_none_of_its_own():
    text = ("On Monday afternoon the coastguard reported that nine bodies had been recovered, 112 survivors rescued "
            "and 41 people were missing.")
    cas = [dict(category="missing", count=112, qualifier="exact", who="x", reported_by=None, sentences=[1])]
    assert "casualties[0]" in fields(problems(text, event_type="transport accident", casualties=cas))
    pulled = ("Of the 40 people aboard the Marsh Lark, 12 died, 22 were pulled from the water alive and six were "
              "missing, the lake police said.")
    cas22 = [{**cas[0], "category": "killed", "count": 22}]
    assert "casualties[0]" in fields(problems(pulled, event_type="transport accident", casualties=cas22))


def test_a_figures_people_with_their_harm_are_no_side():
    text = ("On 16 May 2024, an army patrol clashed with fighters of the Tevra Hills Guard near Marrak village. "
            "5 fatalities (3 THG fighters, 2 soldiers); 4 soldiers injured.")
    perps = [dict(name="soldiers", sentences=[2]), dict(name="army patrol", sentences=[1])]
    assert "perpetrators[0]" in fields(problems(text, event_type="battle/clash", perpetrators=perps))
    # ... but 40 soldiers who attacked did it
    acted = "On 16 May 2024, 40 soldiers attacked the camp of the Tevra Hills Guard near Marrak village."
    assert "perpetrators[0]" not in fields(problems(acted, event_type="battle/clash",
                                                    perpetrators=[dict(name="soldiers", sentences=[1])]))
