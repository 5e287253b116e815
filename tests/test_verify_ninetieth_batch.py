"""Verifier rules of 2026-12-07 (twenty-fifth session): from the dev answers of run -235 the
verifier passed wrongly, and the ninetieth (mine disasters and industrial explosions) and
ninety-first (election violence) twelves; each with a value it must refuse or accept and its
twin the other way. Articles are ours."""

from verify_helpers import problems


def fields(found) -> list[str]:  # noqa: ANN001 - verify.Problem list
    return [p.field for p in found]


_SHOT = dict(event_type="armed attack", event_type_sentences=[1])
_RIOT = dict(event_type="riot/protest", event_type_sentences=[1])


def _cas(category: str, count: int, sentences: list[int]) -> list[dict]:
    return [dict(category=category, count=count, qualifier="exact", who="people", sentences=sentences)]


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
    text = ("PUERTO TIZNADO, 21 MAR 89 (RADIO CAMPANA) -- [TEXT] FOUR ARMED MEN KIDNAPPED A TEXTILE INDUSTRIALIST "
            "AT HIS FACTORY IN THE LA TORRENTERA DISTRICT OF THIS CITY YESTERDAY.\n"
            "THE FACTORY IS 5 KM EAST OF THIS CITY, IN CERRO AZULADO DEPARTMENT.")
    taken = dict(event_type="abduction", event_type_sentences=[1])
    for where in (dict(country="THIS"), dict(place="THIS CITY")):
        found = problems(text, location_sentences=[1, 2], **where, **taken)
        assert "location" in fields(found)
    # ... but a place whose name starts like one is a place
    named = ("Gunmen kidnapped a farmer in Thistle Cross, a village in Orrel province, on Sunday, police said.")
    assert "location" not in fields(problems(named, place="Thistle Cross", location_sentences=[1], **taken))


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
