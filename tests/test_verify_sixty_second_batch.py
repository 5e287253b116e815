"""Verifier and refinement rules of 2026-12-06 (sixteenth session), from values the
trust audit of run -185 found verified and wrong (a storm's narrative typed an armed
attack, shells named as who fired them), and from the sixty-second twelve; each
with a value it must accept and one it must still refuse. Articles are ours."""

from verify_helpers import problems as _problems
from verify_helpers import refined as _refined


_NARRATIVE = (
    "Episode Narrative: A derecho crossed Wyley and Marrow counties during the afternoon of June 9, 2026.\n\n"
    "Event Narrative: In Wyley County, winds estimated at 90 mph tore the roof off the grain store in Ardle "
    "at 1540LST.\n\n"
    "Event Narrative: The line crossed into Marrow County and struck Tesk at about 1705LST, bringing down "
    "hundreds of trees. A falling oak crushed a car on Mill Street, killing the driver.\n")


def test_an_entry_that_tells_only_what_befell_keeps_the_type_the_model_gave():
    refined = _refined(_NARRATIVE, ("natural disaster", [1, 2, 3, 4]))
    assert len(refined) > 1 and {kind for kind, _ in refined} == {"natural disaster"}
    # an entry that tells an attack is one still
    raid = _NARRATIVE.replace("The line crossed into Marrow County and struck Tesk", "Gunmen attacked Tesk")
    assert "armed attack" in {kind for kind, _ in _refined(raid, ("natural disaster", [1, 2, 3, 4]))}


def test_harm_a_storm_did_is_no_armed_attack():
    from summarizer.verify.event_types import kind_contradicted
    oak = ["A falling oak crushed a car on Mill Street, killing the driver, a 43-year-old woman."]
    assert kind_contradicted("armed attack", oak) is not None
    assert kind_contradicted("natural disaster", oak) is None
    assert kind_contradicted("armed attack", ["Gunmen killed five villagers in Tesk during a storm."]) is None
    assert kind_contradicted("riot/protest", ["Protesters blocked the road after floods cut off the town."]) is None


def test_shells_and_where_they_came_from_are_no_perpetrator():
    from summarizer.verify.party_names import is_weapon
    assert is_weapon("artillery shells") and is_weapon("shells from the same barrage")
    assert is_weapon("mortar rounds fired from the ridge")
    assert not is_weapon("gunmen from across the border") and not is_weapon("fighters from the hills")
    text = "Artillery shells fired from across the border struck the livestock market of Ormel on Friday."
    problems = _problems(text, event_type="bombing/explosion", perpetrators=[{"name": "artillery shells",
                                                                            "sentences": [1]}])
    assert any(p.field == "perpetrators[0]" for p in problems)


def test_a_toll_across_the_three_counties_is_a_tally():
    from summarizer.verify.tallies import tally
    said = "The state agency said the derecho killed 4 people and injured 31 across the three counties."
    assert tally(4, [said]) and tally(31, [said])
    blamed = "The three tornadoes were blamed for 8 deaths and 26 injuries, and damage was estimated at $31.4 million."
    assert tally(8, [blamed]) and tally(26, [blamed])
    assert not tally(8, ["The tornado was blamed for 8 deaths in Ashby County."])
    assert not tally(4, ["The derecho killed 4 people in Wyley County."])


# -- the sixty-second twelve: attacks without guns or bombs ---------------------------


def test_a_car_that_ploughed_into_a_crowd_attacked_it():
    from summarizer.verify.roles import plays_role
    assert plays_role("crowd at the wine fair", "targets", [
        "The driver of a car that ploughed into a crowd at the wine fair in Olvesk had acted deliberately."])
    assert plays_role("group of pupils", "targets", ["A van was driven into a group of pupils outside the school."])
    assert plays_role("Karel Duss", "perpetrators", [
        "Police named the driver as Karel Duss, 41, and said he had steered into the crowd on purpose."])
    # driven into a town: taken there, not rammed
    assert not plays_role("town of Olvesk", "targets", ["The wounded were driven into the town of Olvesk."])


def test_hacked_to_death_with_machetes_is_no_cyberattack():
    from summarizer.verify.cues import type_stated
    from summarizer.verify.event_types import kind_contradicted
    raid = ["A GANG OF ABOUT 20 MEN RAIDED THE HAMLET OF SAN TEO LAST NIGHT AND HACKED TO DEATH SIX PEASANTS."]
    assert kind_contradicted("armed attack", raid) is None
    assert not type_stated("cyberattack", raid)
    assert type_stated("cyberattack", ["Hackers broke into the ministry's mail server on Monday."])


def test_an_attacker_identified_by_police_is_the_perpetrator():
    from summarizer.verify.roles import plays_role
    assert plays_role("Ivo Marsk", "perpetrators", ["The attacker has been identified as Ivo Marsk, 29, of Tellin."])
    assert plays_role("Ivo Marsk", "perpetrators", ["Police named the market attacker on 3 May as Ivo Marsk."])
    # a driver named may be a victim: not by this rule
    assert not plays_role("Ivo Marsk", "perpetrators", ["Police identified the bus driver as Ivo Marsk."])


def test_a_group_that_says_he_acted_on_its_orders_claims_it():
    from summarizer.verify.roles import plays_role
    said = "On 6 June a group calling itself Red Morning said on a channel that Marsk had acted on its orders."
    assert plays_role("Red Morning", "perpetrators", [said])
    assert not plays_role("Red Morning", "perpetrators", [
        "On 6 June a group calling itself Red Morning said on a channel that Marsk was a hero."])


def test_a_wanted_man_who_led_the_mob_is_its_perpetrator():
    from summarizer.verify.roles import plays_role
    text = ("Police were searching for Anton Vell, a councillor who they said had led the mob through "
            "the village.")
    assert plays_role("Anton Vell", "perpetrators", [text])
    assert not plays_role("Anton Vell", "perpetrators", [
        "Police were searching for Anton Vell, a councillor who had gone missing on Monday."])


def test_a_mob_beating_villagers_aims_at_them():
    text = ("A crowd armed with clubs stormed the village of Merrit on Sunday night, beating villagers and "
            "setting fire to homes.")
    problems = _problems(text, targets=[{"name": "village of Merrit", "sentences": [1]},
                                        {"name": "villagers", "sentences": [1]},
                                        {"name": "homes", "sentences": [1]}])
    assert not [p for p in problems if p.field.startswith("targets")]
    guards = ("Gunmen stormed the clinic in Merrit on Sunday night, killing villagers who were waiting "
              "there.")
    problems = _problems(guards, targets=[{"name": "clinic", "sentences": [1]}, {"name": "villagers", "sentences": [1]}])
    assert any(p.field == "targets[1]" for p in problems)


def test_acid_thrown_over_people_aims_at_them():
    from summarizer.verify.roles import plays_role
    text = "A man threw a liquid from a bottle over people waiting for the No. 7 bus, before running off."
    assert plays_role("people waiting for the No. 7 bus", "targets", [text])
    assert not plays_role("people waiting for the No. 7 bus", "targets", [
        "A man stood near people waiting for the No. 7 bus, before running off."])


def test_doors_barred_then_the_building_burned_attacks_it():
    from summarizer.verify.roles import plays_role
    text = ("Assailants barred the main door of the chapel of the Orrin Brethren in Selk and set the building "
            "on fire during prayers.")
    assert plays_role("chapel of the Orrin Brethren", "targets", [text])
    assert plays_role("Assailants", "perpetrators", [text])
    assert not plays_role("chapel of the Orrin Brethren", "targets", [
        "Assailants barred the main door of the chapel of the Orrin Brethren in Selk and fled."])


def test_set_the_store_alight_tells_an_arson():
    from summarizer.verify.cues import type_stated
    assert type_stated("armed attack", ["Four men beat the watchman and set the grain store alight."])
    assert not type_stated("armed attack", ["The grain store was lit for the harvest festival."])


def test_stabbed_and_admitted_are_harm():
    from summarizer.verify.categories import harm_named
    assert harm_named(2, ["A man with a knife attacked women at the well and stabbed two of them."]) == {"injured"}
    assert harm_named(3, ["Village elders say 3 women were stabbed."]) == {"injured"}
    assert harm_named(26, ["St. Orla Hospital said it had admitted 26 people from the square."]) == {"injured"}
    assert harm_named(26, ["St. Orla Hospital said it had 26 beds."]) == set()


def test_a_persons_past_in_a_relative_clause_dates_no_other_event():
    from datetime import date
    from summarizer.verify.date_events import of_another_day
    said = ("Police identified the driver as Musa Kell, a trader from Tovo whose brother had been killed in the "
            "10/09/2025 attack.")
    assert not of_another_day([said], date(2025, 10, 11))
    assert of_another_day(["Fighting resumed on 10/09/2025, when gunmen attacked Tovo."], date(2025, 10, 11))


_LOG = ("Ostrel Province Security Unit - Weekly Incident Log No. 31/2026\n\n"
        "TR-101 | 3 August 2026, 09:15 | Velt, market square | A man armed with a knife attacked shoppers "
        "and was shot dead by police | 2 killed, 4 injured | Police\n\n"
        "TR-102 | 3 August 2026, 18:00 | Dask, Mill Street | Two men stabbed a shopkeeper and fled | 1 injured | "
        "Police\n\n"
        "TR-103 | Night of 4-5 August 2026 | Orm | Four men beat a guard and set the depot alight | 1 injured | "
        "Depot owner\n\n"
        "TR-104 | 5 August 2026 | Velt | UPDATE to TR-101: one of the injured died; toll now 3 killed | - | "
        "Hospital\n\n"
        "TR-105 | 6 August 2026 | Velt | Letter threatening the market traders found at the gate; no violence | - | "
        "Police\n")


def test_a_logs_rows_with_their_day_written_out_are_entries_and_an_update_joins_its_row():
    refined = _refined(_LOG, ("armed attack", [2, 3, 4, 5, 6]))
    groups = [sentences for _, sentences in refined]
    assert [2, 5] in groups and [3] in groups  # the update raises TR-101's toll, not TR-103's
    assert any(4 in g and 5 not in g for g in groups)
    assert not any(g[0] == 6 for g in groups)  # a threat letter, no violence: no entry of its own
    assert {kind for kind, _ in refined} == {"armed attack"}


def test_men_who_set_a_store_alight_make_no_accident():
    from summarizer.verify.event_types import kind_contradicted
    text = ["Four men beat the watchman of the grain store and set the store alight."]
    assert kind_contradicted("industrial accident", text) is not None
    assert kind_contradicted("industrial accident", ["A short circuit started a fire in the grain store."]) is None


def test_a_housing_estate_is_no_country():
    from summarizer.verify.names import called_a_town
    text = "On Tuesday night several hundred young men gathered in the Nova Ves housing estate and set fire to cars."
    assert called_a_town("Nova Ves", text)
    assert not called_a_town("Ostmark", "Police in Ostmark said several hundred young men gathered.")
