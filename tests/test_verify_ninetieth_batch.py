"""Verifier rules of 2026-12-07 (twenty-fifth session): from the dev answers of run -235 the
verifier passed wrongly, and the ninetieth (mine disasters and industrial explosions) and
ninety-first (election violence) twelves; each with a value it must refuse or accept and its
twin the other way. Articles are ours."""

from verify_helpers import casualty as _cas, fields, problems


_SHOT = dict(event_type="armed attack", event_type_sentences=[1])
_RIOT = dict(event_type="riot/protest", event_type_sentences=[1])


def test_the_gunmen_counted_before_when_they_shot_are_no_dead():
    text = ("IN SANTA OLIMPIA DEL PASO, IN TORRIJAS DEPARTMENT, TWO GUNMEN ON A MOTORCYCLE YESTERDAY AFTERNOON "
            "SHOT DEAD THE DRIVER OF A ROUTE 14 BUS, POLICE SAID.")
    assert "casualties[0]" in fields(problems(text, casualties=_cas("killed", 2, [1]), **_SHOT))
    # ... but two people shot dead yesterday afternoon are
    dead = text.replace("TWO GUNMEN ON A MOTORCYCLE YESTERDAY AFTERNOON SHOT DEAD THE DRIVER OF A ROUTE 14 BUS",
                        "GUNMEN ON A MOTORCYCLE YESTERDAY AFTERNOON SHOT DEAD TWO PASSENGERS OF A ROUTE 14 BUS")
    assert fields(problems(dead, casualties=_cas("killed", 2, [1]), **_SHOT)) == []


def test_a_part_of_the_dead_who_died_of_their_wounds_is_no_figure_of_the_wounded():
    text = ("Police fired on a rally of the Union of Growers in Marsk on Monday.\n"
            "The union said on Tuesday that 14 of its supporters had died, two of them from bullet wounds, and "
            "that more than 100 were hurt.")
    assert "casualties[0]" in fields(problems(text, casualties=_cas("injured", 2, [2]), **_RIOT))
    assert fields(problems(text, casualties=_cas("killed", 2, [2]), **_RIOT)) == []
    # ... and a part of the hurt is of the hurt
    hurt = text.replace("14 of its supporters had died", "30 of its supporters had been hurt")
    assert fields(problems(hurt, casualties=_cas("injured", 2, [2]), **_RIOT)) == []


def test_the_second_of_those_a_manifest_lists_is_aboard_not_dead():
    accident = dict(event_type="transport accident", event_type_sentences=[1])
    text = ("A river ferry capsized near Lembory on Tuesday night.\n"
            "The operator said its manifest listed 61 passengers and 4 crew and that 11 of them had died.")
    assert "casualties[0]" in fields(problems(text, casualties=_cas("killed", 4, [2]), **accident))
    assert fields(problems(text, casualties=_cas("killed", 11, [2]), **accident)) == []
    # ... but a figure with a verb of its own after those aboard is a figure
    own = text.replace("its manifest listed 61 passengers and 4 crew and that 11 of them had died",
                       "the ferry was carrying 61 passengers and 4 were drowned")
    assert fields(problems(own, casualties=_cas("killed", 4, [2]), **accident)) == []


def test_guards_who_had_been_burned_are_no_perpetrators():
    text = ("INMATES RIOTED AT THE PRISON OF VILLA ALTAMIRO YESTERDAY AND SET FIRE TO A WING.\n"
            "TWO GUARDS WHO HAD BEEN BURNED WERE RELEASED LAST NIGHT AND TAKEN TO THE HOSPITAL IN VILLA ALTAMIRO.")
    assert fields(problems(text, perpetrators=[dict(name="guards", sentences=[2])], **_RIOT)) == ["perpetrators[0]"]
    # ... but men who had been fighting did it
    fought = ("Inmates rioted at the prison of Villa Altamiro on Sunday.\n"
              "Militants who had been fighting the army for a week stormed the prison gate.")
    assert fields(problems(fought, perpetrators=[dict(name="militants", sentences=[2])], **_RIOT)) == []


def test_a_headline_s_still_hold_25_counts_hostages_not_dead():
    text = "GUERRILLAS STILL HOLD 25 IN PUERTO ZAMORA LABOR OFFICE; THREE POLICEMEN KILLED IN SAN TELMO DE ABAJO"
    taken = dict(event_type="abduction", event_type_sentences=[1])
    assert "casualties[0]" in fields(problems(text, casualties=_cas("killed", 25, [1]), **taken))
    assert "casualties[0]" not in fields(problems(text, casualties=_cas("captured/abducted", 25, [1]), **taken))
    # ... but villages still held are no people
    towns = text.replace("STILL HOLD 25 IN PUERTO ZAMORA LABOR OFFICE", "STILL HOLD 25 VILLAGES")
    assert "casualties[0]" in fields(problems(towns, casualties=_cas("captured/abducted", 25, [1]), **taken))


def test_relatives_of_the_dead_who_marched_are_no_dead():
    accident = dict(event_type="transport accident", event_type_sentences=[1])
    text = ("A freight train derailed near Tessoran on Wednesday, killing two of its crew.\n"
            "About 200 relatives of the Quillamore dead walked in silence from the station to the ministry on "
            "Thursday.")
    assert "casualties[0]" in fields(problems(text, casualties=_cas("killed", 200, [2]), **accident))
    # ... but relatives of someone else who were killed are dead
    kin = ("A freight train derailed near Tessoran on Wednesday, killing two of its crew.\n"
           "Two relatives of the mayor were killed when their car was hit by a wagon.")
    assert fields(problems(kin, casualties=_cas("killed", 2, [2]), **accident)) == []


def test_the_group_an_accused_army_names_after_its_denial_is_no_perpetrator():
    shelled = dict(event_type="bombing/explosion", event_type_sentences=[1])
    text = ("Shells fired from across the Ushvala river struck the town of Zormask on Tuesday night.\n"
            "The governor blamed the Kelvessan army; the Kelvessan army denied firing on Zormask and said the "
            "Kirrov Liberation Front (KVLF), which has camps on the near bank, had shelled the town itself.")
    for name in ("KVLF", "Kirrov Liberation Front"):
        assert fields(problems(text, perpetrators=[dict(name=name, sentences=[2])], **shelled)) == ["perpetrators[0]"]
    # ... as is the group a headline's denying ministry blames
    headline = ("RADIO SAYS PLANES BOMBED TOLVARRA MARKET; DEFENCE MINISTRY DENIES, BLAMES GUERRILLA MORTARS\n"
                "PUERTO SALAS, 14 MAR 89 (RADIO AMBAR) -- [TEXT] SEVERAL EXPLOSIONS STRUCK THE SATURDAY MARKET OF "
                "TOLVARRA YESTERDAY AND KILLED AT LEAST 11 PEOPLE, THE RED CROSS SAID.")
    assert fields(problems(headline, perpetrators=[dict(name="guerrilla mortars", sentences=[1])], **shelled)) \
        == ["perpetrators[0]"]
    # ... but not those an army that denied something else says killed its men
    killed = ("Shells fired from across the Ushvala river struck the town of Zormask on Tuesday night.\n"
              "The army denied the report and said soldiers had been killed by rebels near the bridge.")
    assert fields(problems(killed, perpetrators=[dict(name="rebels", sentences=[2])], **shelled)) == []


def test_rifles_and_a_transmitter_the_troops_seized_are_no_targets():
    text = ("ON 10 AUGUST TROOPS OF THE 4TH INFANTRY BATTALION CLASHED WITH SUBVERSIVES NEAR EL ROBLEDAL.\n"
            "THE TROOPS CAPTURED THREE SUBVERSIVES AND SEIZED A RADIO TRANSMITTER AND 14 RIFLES.")
    clash = dict(event_type="battle/clash", event_type_sentences=[1])
    for name in ("radio transmitter", "rifles"):
        assert fields(problems(text, targets=[dict(name=name, sentences=[2])], **clash)) == ["targets[0]"]
    # ... but a radio station rebels seized is what they attacked
    station = ("Rebels seized the radio station in Marsk on Sunday and read a statement on air.\n"
               "The army retook the building on Monday.")
    assert fields(problems(station, targets=[dict(name="radio station", sentences=[1])], **_SHOT)) == []


def test_the_school_that_housed_a_polling_station_is_where_it_stood_not_the_aim():
    text = ("VILLA ACEBAL, 11 NOV 85 (RADIO MIRANDA) -- [TEXT] ABOUT 30 ARMED MEN RAIDED THE POLLING STATION IN THE "
            "SCHOOL OF LOS TUNARES, A VILLAGE IN TAMARINDO DEPARTMENT, YESTERDAY AND SHOT DEAD TWO ELECTION "
            "OFFICIALS.")
    assert fields(problems(text, targets=[dict(name="school of Los Tunares", sentences=[1])], **_SHOT)) \
        == ["targets[0]"]
    assert fields(problems(text, targets=[dict(name="polling station", sentences=[1])], **_SHOT)) == []
    # ... but a school a bomb went off in was hit
    bomb = "A bomb exploded in the school of Kessel on Sunday, wounding two teachers."
    assert fields(problems(bomb, targets=[dict(name="school of Kessel", sentences=[1])],
                           event_type="bombing/explosion", event_type_sentences=[1])) == []


def test_this_city_and_a_cut_short_label_are_no_places():
    # (verify.repair drops such a part before the checks: tests/test_repair.py)
    from summarizer.verify.names import points_at_a_place

    assert all(points_at_a_place(p) for p in ("THIS", "THIS CITY", "this port city", "Prov.", "Est."))
    # ... but a place whose name starts like one is a place
    assert not any(points_at_a_place(p) for p in ("Thistle Cross", "Estevan", "Thereby Bay", "Provanmill"))


def test_the_day_the_kidnappers_first_called_is_not_the_day_of_the_seizure():
    taken = dict(event_type="abduction", event_type_sentences=[1])
    text = ("KORVELD, Ostrania, April 15, 2026 (Lantern Wire) - Gunmen seized a lorry driver at a fuel station near "
            "Kelvarrow late on Saturday, police said.\n"
            "The kidnappers first called on Monday and asked for 80 million jurms, the family said.")
    assert "date" in fields(problems(text, date_text="on Monday", date_iso="2026-04-13", date_sentences=[2], **taken))
    assert "date" not in fields(problems(text, date_text="late on Saturday", date_iso="2026-04-11",
                                         date_sentences=[1], **taken))
    # ... but the day the kidnappers seized him is
    seized = text.replace("The kidnappers first called on Monday and asked for 80 million jurms",
                          "The kidnappers took a second driver on Monday")
    assert "date" not in fields(problems(seized, date_text="on Monday", date_iso="2026-04-13", date_sentences=[2],
                                         **taken))


def test_the_day_a_ministry_summoned_an_ambassador_is_not_the_shelling_s():
    shelled = dict(event_type="bombing/explosion", event_type_sentences=[1])
    text = ("ORVELDA, Tirolvia, April 18, 2026 (Lantern Wire) - Shells fired from across the frontier hit a livestock "
            "market in Kulvarra on Thursday, killing 13 people.\n"
            "The Tirolvian foreign ministry summoned Drazhian ambassador Ivo Mek in Avelda on Friday.")
    assert "date" in fields(problems(text, date_text="Friday", date_iso="2026-04-17", date_sentences=[2], **shelled))
    # ... but a day the shells fell again is
    again = text.replace("The Tirolvian foreign ministry summoned Drazhian ambassador Ivo Mek in Avelda on Friday",
                         "More shells hit the market on Friday")
    assert "date" not in fields(problems(again, date_text="Friday", date_iso="2026-04-17", date_sentences=[2],
                                         **shelled))


def test_two_brothers_a_crowd_beat_to_death_are_dead_not_hurt():
    text = ("On 06/12/2016 a crowd in the market town of Vessory beat two brothers, Jorrel and Mattis Brevang, to "
            "death after a rumour that they had abducted a child.")
    assert "casualties[0]" not in fields(problems(text, casualties=_cas("killed", 2, [1]), **_SHOT))
    assert "casualties[0]" in fields(problems(text, casualties=_cas("injured", 2, [1]), **_SHOT))
    # ... but two men a crowd beat with sticks are hurt
    hurt = text.replace("to death after", "with sticks after")
    assert "casualties[0]" not in fields(problems(hurt, casualties=_cas("injured", 2, [1]), **_SHOT))


# From the gold of the ninetieth and ninety-first twelves (each a right gold value the verifier refused).

def test_one_of_three_watchmen_shot_in_the_leg_is_one_hurt():
    text = ("IN TOLMARCA DEPARTMENT, SOME 15 ARMED MEN RAIDED THE EXPLOSIVES MAGAZINE OF A LIMESTONE QUARRY LAST NIGHT "
            "AND CARRIED OFF 400 KG OF DYNAMITE, THE ARMY REPORTED.\n"
            "ONE OF THE 3 WATCHMEN WAS SHOT IN THE LEG WHEN HE TRIED TO RAISE THE ALARM.")
    assert fields(problems(text, casualties=_cas("injured", 1, [2]), **_SHOT)) == []
    # ... while one of three officers injured who died is dead
    died = text.replace("ONE OF THE 3 WATCHMEN WAS SHOT IN THE LEG WHEN HE TRIED TO RAISE THE ALARM",
                        "ONE OF THE 3 WATCHMEN INJURED IN THE RAID DIED TODAY")
    assert "casualties[0]" in fields(problems(died, casualties=_cas("injured", 1, [2]), **_SHOT))


def test_a_first_belief_in_a_bomb_the_police_chief_denied_leaves_an_accident():
    text = ("AT LEAST 11 PEOPLE WERE KILLED YESTERDAY WHEN A CLANDESTINE FIREWORKS WORKSHOP EXPLODED IN SAN ROQUE "
            "DE ACHIRA.\n"
            "MANY RESIDENTS AT FIRST BELIEVED THAT GUERRILLAS HAD SET OFF A BOMB, BUT THE POLICE CHIEF SAID THE "
            "EXPLOSION WAS CAUSED BY GUNPOWDER BEING MIXED AND THAT \"THERE WAS NO ATTACK OF ANY KIND.\"")
    accident = dict(event_type="industrial accident", event_type_sentences=[1, 2])
    assert "event_type" not in fields(problems(text, **accident))
    # ... but not when the chief says it was a bomb
    bomb = text.replace("SAID THE EXPLOSION WAS CAUSED BY GUNPOWDER BEING MIXED AND THAT \"THERE WAS NO ATTACK OF "
                        "ANY KIND.\"", "SAID THE GUERRILLAS HAD PLANTED A BOMB AT THE DOOR.")
    assert "event_type" in fields(problems(bomb, **accident))


def test_marchers_blocked_the_entrance_where_they_marched_to_and_police_cleared_them():
    text = ("On 28 April 2021 about 3,000 relatives and residents marched to the regional offices of Tevering "
            "Copper in Carnesby and blocked the entrance, and riot police fired tear gas and rubber bullets to "
            "clear the street.")
    riot = dict(event_type="riot/protest", event_type_sentences=[1])
    found = problems(text, place="Carnesby", location_sentences=[1],
                     targets=[dict(name="relatives and residents", sentences=[1])], **riot)
    assert "location" not in fields(found) and "targets[0]" not in fields(found)
    # ... but not a march that only went there, with no force used on it
    went = text.replace("and blocked the entrance, and riot police fired tear gas and rubber bullets to clear the "
                        "street", "to hand in a petition, and riot police stood by")
    found = problems(went, place="Carnesby", location_sentences=[1],
                     targets=[dict(name="relatives and residents", sentences=[1])], **riot)
    assert "location" in fields(found) and "targets[0]" in fields(found)


def test_two_captives_who_remain_unaccounted_for_after_an_escape_on_a_later_day_are_missing():
    taken = dict(event_type="abduction", event_type_sentences=[1])
    text = ("04/03/2023: Armed men stopped a vehicle carrying 4 election officials outside the village of Drumquill, "
            "Kettramor district, and abducted the officials.\n"
            "Two of the officials escaped on 04/11/2023 and reached a border post; the other two remain unaccounted "
            "for.")
    date_ = dict(date_text="04/03/2023", date_iso="2023-04-03", date_sentences=[1])
    assert "casualties[0]" not in fields(problems(text, casualties=_cas("missing", 2, [2]), **date_, **taken))
    # ... but two more seized on that later day are that day's
    more = text.replace("the other two remain unaccounted for", "two more officials were seized there")
    assert "casualties[0]" in fields(problems(more, casualties=_cas("captured/abducted", 2, [2]), **date_, **taken))


def test_a_day_given_for_a_curfew_dates_the_shooting_the_next_sentence_tells_the_same_day():
    riot = dict(event_type="riot/protest", event_type_sentences=[2])
    text = ("On 10 February 2026, the Kelvedor governor imposed a curfew from 19:00 to 06:00 on Sturrowby.\n"
            "Shortly after 19:00 the same day, soldiers enforcing the curfew fired on youths who were stoning their "
            "patrol, killing 2.")
    date_ = dict(date_text="10 February 2026", date_iso="2026-02-10", date_sentences=[1, 2])
    assert "date" not in fields(problems(text, **date_, **riot))
    # ... but not a shooting told with no day of its own
    later = text.replace("Shortly after 19:00 the same day,", "Later,")
    assert "date" in fields(problems(later, **date_, **riot))


def test_two_hundred_young_men_who_forced_their_way_in_and_burned_ballot_boxes_are_a_riot():
    text = ("On 9 February 2026, about 200 young men forced their way into the provincial tally centre at "
            "Sturrowby, carried 31 ballot boxes into the courtyard and burned them.")
    assert "event_type" not in fields(problems(text, event_type="riot/protest", event_type_sentences=[1]))
    # ... but 200 armed men are no crowd by their number alone
    armed = text.replace("young men", "armed men")
    assert "event_type" in fields(problems(armed, event_type="riot/protest", event_type_sentences=[1]))
    # ... and rival supporters who fought each other with sticks and stones are
    fight = ("14:00 Location: Market square, Istrevey Details: Supporters of the CUP and of the VFP fought each other "
             "with sticks and stones outside Polling Station 047.")
    assert "event_type" not in fields(problems(fight, event_type="riot/protest", event_type_sentences=[1]))


def test_a_log_s_location_is_the_target_when_a_crowd_forced_its_way_into_its_counting_room():
    text = ("ENTRY 2 Date: 9 November 2025 Time: 19:40 Location: Polling Station 112, Tellisbury Primary School, "
            "Tellisbury Details: After the result was read out, a crowd of about 200 supporters of the Farmers' "
            "Party forced their way into the counting room, seized 5 ballot boxes and burned them.")
    riot = dict(event_type="riot/protest", event_type_sentences=[1])
    assert "targets[0]" not in fields(problems(text, targets=[dict(name="Polling Station 112", sentences=[1])],
                                               **riot))
    # ... but not a station whose room the crowd only stood outside
    outside = text.replace("forced their way into the counting room, seized 5 ballot boxes and burned them",
                           "gathered in the yard and chanted until midnight")
    assert "targets[0]" in fields(problems(outside, targets=[dict(name="Polling Station 112", sentences=[1])],
                                           **riot))


# From the gold of the ninety-second and ninety-third twelves.

_NATURE = dict(event_type="natural disaster")


def test_a_cold_spell_over_some_days_is_one_incident_dated_by_its_first_day():
    text = ("A second, shorter cold spell from 2 to 5 February 2023 killed 6 more people in the Vostrand region, "
            "according to the ministry.")
    found = problems(text, event_type_sentences=[1], date_text="from 2 to 5 February 2023", date_iso="2023-02-02",
                     date_sentences=[1], **_NATURE)
    assert "event_type" not in fields(found) and "date" not in fields(found)
    # ... but not the last day, and not a battle over the same days
    assert "date" in fields(problems(text, event_type_sentences=[1], date_text="from 2 to 5 February 2023",
                                     date_iso="2023-02-05", date_sentences=[1], **_NATURE))
    battle = "Fighting from 2 to 5 February 2023 killed 6 soldiers near Vostrand, the ministry said."
    assert "date" in fields(problems(battle, event_type="battle/clash", event_type_sentences=[1],
                                     date_text="from 2 to 5 February 2023", date_iso="2023-02-02",
                                     date_sentences=[1]))


def test_a_smaller_slide_at_the_same_spot_is_a_landslide():
    text = ("The number killed when a hillside collapsed onto the village of Teshkamor late on Monday has risen to 17.\n"
            "A smaller slide at the same spot on Wednesday morning buried an excavator and injured three soldiers.")
    assert "event_type" not in fields(problems(text, event_type_sentences=[2], **_NATURE))
    # ... but a slide of prices is none
    prices = text.replace("A smaller slide at the same spot on Wednesday morning buried an excavator and injured "
                          "three soldiers", "A smaller slide in grain prices on Wednesday worried traders")
    assert "event_type" in fields(problems(prices, event_type_sentences=[2], **_NATURE))


def test_a_wildfire_driven_into_a_village_where_it_destroyed_houses_happened_there():
    text = ("08/04/2025: A wildfire that broke out in the Brennasy Forest was driven by gusts of up to 80 km/h into "
            "the village of Ilskarow, Tarnowen province, in the afternoon, destroying 112 houses.")
    fire = dict(event_type_sentences=[1], place="Ilskarow", location_sentences=[1], **_NATURE)
    assert "location" not in fields(problems(text, **fire))
    # ... but not a village people were only driven to
    fled = ("08/04/2025: A wildfire burned 600 hectares of the Brennasy Forest, and residents were driven by bus into "
            "the village of Ilskarow, Tarnowen province, in the afternoon.")
    assert "location" in fields(problems(fled, **fire))


def test_an_arson_that_bore_every_mark_of_a_group_names_it():
    text = ("A prayer house in Velnik was set on fire on Friday night.\n"
            "The district police chief said the arson bore \"every mark\" of the Orvenik Patriotic Sentinels, a "
            "local group; the group denied any involvement.")
    arson = dict(event_type="armed attack", event_type_sentences=[1])
    perpetrator = [dict(name="Orvenik Patriotic Sentinels", sentences=[2])]
    assert "perpetrators[0]" not in fields(problems(text, perpetrators=perpetrator, **arson))
    # ... but not a group whose name the arson only bore
    named = text.replace("the arson bore \"every mark\" of the Orvenik Patriotic Sentinels, a local group",
                         "the leaflets found at the scene bore the name of the Orvenik Patriotic Sentinels, a local "
                         "group")
    assert "perpetrators[0]" in fields(problems(named, perpetrators=perpetrator, **arson))


def test_a_crowd_that_caught_a_man_whom_they_accused_and_tied_him_to_a_post_did_it():
    text = ("Details: A crowd of residents caught a young man, Dario Venko, 22, whom they accused of stealing a "
            "motorcycle from the village school, tied him to a post outside the council hall and beat him with sticks "
            "until he died.")
    assert "perpetrators[0]" not in fields(problems(
        text, perpetrators=[dict(name="crowd of residents", sentences=[1])], **_SHOT))
    # ... while the people named before a "whom" its fighters seized were taken
    taken = ("THE FRONT RELEASED TWO TECHNICIANS OF THE STATE TELEPHONE COMPANY, TELMARCA, WHOM ITS FIGHTERS HAD "
             "SEIZED IN MAY.")
    assert "perpetrators[0]" in fields(problems(taken, perpetrators=[dict(name="TELMARCA", sentences=[1])],
                                                event_type="abduction", event_type_sentences=[1]))


def test_the_treated_whose_fingers_were_amputated_are_hurt_not_dead():
    text = ("The cold wave struck the Vostrand region from 9 to 16 January 2023.\n"
            "As of 20 January the ministry counted 64 deaths and 410 people treated for frostbite or hypothermia, 37 "
            "of whom had fingers or toes amputated.")
    assert "casualties[0]" not in fields(problems(text, event_type_sentences=[1], casualties=_cas("injured", 37, [2]),
                                                  **_NATURE))
    assert "casualties[0]" in fields(problems(text, event_type_sentences=[1], casualties=_cas("killed", 37, [2]),
                                              **_NATURE))


def test_a_report_s_province_line_names_a_province():
    text = ("WILDFIRE DAILY SITUATION REPORT No. 6\n\nCountry: Hennavar\n\nProvince: Ostrevant\n\n"
            "The fire reached the village of Skarvel on 19 July, destroying 40 houses.")
    fire = dict(event_type_sentences=[4], place="Skarvel", location_sentences=[3, 4], **_NATURE)
    assert "location" not in fields(problems(text, admin_area="Ostrevant", **fire))
    # ... and its Country line no province
    assert "location" in fields(problems(text, admin_area="Hennavar", **fire))


def test_the_place_given_again_as_its_region_is_no_region():
    text = ("PUERTO TIZNADO, 21 MAR 89 (RADIO CAMPANA) -- [TEXT] AGENTS FREED A TEXTILE INDUSTRIALIST TODAY.\n"
            "HE WAS SEIZED BY FOUR ARMED MEN ON 15 MARCH AS HE LEFT HIS FACTORY IN THE LA TORRENTERA INDUSTRIAL "
            "DISTRICT OF PUERTO TIZNADO.")
    taken = dict(event_type="abduction", event_type_sentences=[2])
    assert "location" in fields(problems(text, place="Puerto Tiznado", admin_area="Puerto Tiznado",
                                         location_sentences=[1, 2], **taken))
    assert "location" not in fields(problems(text, place="Puerto Tiznado", location_sentences=[1, 2], **taken))
    # ... but a town and its province of one name are two places
    both = text.replace("IN THE LA TORRENTERA INDUSTRIAL DISTRICT OF PUERTO TIZNADO",
                        "IN PUERTO TIZNADO, CAPITAL OF PUERTO TIZNADO PROVINCE")
    assert "location" not in fields(problems(both, place="Puerto Tiznado", admin_area="Puerto Tiznado",
                                             location_sentences=[1, 2], **taken))
    region = text.replace("IN THE LA TORRENTERA INDUSTRIAL DISTRICT OF PUERTO TIZNADO",
                          "IN PUERTO TIZNADO, IN THE PUERTO TIZNADO REGION")
    assert "location" not in fields(problems(region, place="Puerto Tiznado", admin_area="Puerto Tiznado",
                                             location_sentences=[1, 2], **taken))
