"""Verifier rules of 2026-12-06 (seventeenth session), from the sixty-sixth twelve (election
and political violence): right gold values the verifier refused, and wrong values of the
model's first answers it let through. Each with a value it must accept and one it must still
refuse. Articles are ours."""

from verify_helpers import problems as _problems


def test_a_vote_days_violence_over_the_countrys_provinces_is_a_tally():
    from summarizer.verify.tallies import tally
    said = ("22:40 - The interior ministry says violence linked to the vote left 9 people dead in 14 of "
            "Corvenia's 20 provinces today.")
    caps = ("INTERIOR MINISTER BELARMINO ITZAGA SAID THAT ELECTION-DAY VIOLENCE IN 9 OF THE COUNTRY'S 14 "
            "DEPARTMENTS HAD LEFT 4 DEAD AND 15 WOUNDED.")
    assert tally(9, [said]) and tally(14, [said])
    assert tally(4, [caps]) and tally(15, [caps])
    assert not tally(3, ["Gunmen killed 3 voters outside a polling station in Orvisk."])


def test_a_rival_partys_blame_names_no_perpetrator():
    from summarizer.verify.roles import plays_role
    assert not plays_role("Young Patriots", "perpetrators", [
        "The opposition Valdessan Labour Front blamed the Young Patriots, the youth wing of the ruling party."])
    assert not plays_role("New Dawn Alliance", "perpetrators", [
        "Relc's campaign chief blamed the New Dawn Alliance, saying its rhetoric armed the attacker."])
    assert not plays_role("Civic Front", "perpetrators", [
        "FDT SECRETARY GENERAL ROSA ECHAGUE BLAMED THE CIVIC FRONT FOR THE MASSACRE."])
    # an official's blame still names it, also after a rally told before it
    assert plays_role("Young Patriots", "perpetrators", ["Police blamed the Young Patriots for the attack."])
    assert plays_role("Young Patriots", "perpetrators", [
        "Gunmen fired on an opposition rally and police blamed the Young Patriots."])


def test_a_report_said_to_be_false_tells_no_act():
    from summarizer.verify.roles import plays_role
    said = ("17:05 - The electoral commission says social media reports of a shooting at a polling station in "
            "Orvisk are false: voting there has been entirely calm.")
    assert not plays_role("polling station", "targets", [said])
    assert plays_role("polling station", "targets", ["Gunmen attacked a polling station in Orvisk."])


def test_those_admitted_to_hospital_are_injured():
    from summarizer.verify.categories import category_conflict
    said = ("Vantorre General Hospital said five people had died of gunshot wounds and 38 had been admitted, "
            "among them 6 police officers.")
    assert category_conflict("killed", 38, [said]) == {"injured"}
    assert category_conflict("injured", 38, [said]) is None
    assert category_conflict("killed", 6, [said]) == {"injured"}


def test_shot_and_then_said_to_have_survived_is_injured():
    from summarizer.verify.categories import harm_named
    shot = ("On 4 July 2022, two gunmen shot Jurren Feyne, the returning officer, and 2 of his bodyguards outside "
            "his home in Rivna.")
    assert harm_named(2, [shot, "Feyne died of his wounds on 9 July 2022; both bodyguards survived."]) == {"injured"}
    # a bare "shot" alone may be a death: nothing concluded
    assert harm_named(2, [shot]) == set()


def test_a_fight_in_a_market_is_where_it_was_not_what_was_hit():
    from summarizer.verify.roles import plays_role
    headline = "Rival party supporters fight in Pellgate market; opposition office burned in Kettlesby"
    assert not plays_role("Pellgate market", "targets", [headline])
    assert plays_role("Pellgate market", "targets", ["Gunmen attacked Pellgate market on Tuesday."])


def test_a_door_broken_down_then_the_building_set_on_fire():
    from summarizer.verify.roles import plays_role
    said = ("Early on Wednesday, men who had broken down the door of the Workers' Dawn Movement's district office "
            "in Kettlesby, a town in neighbouring Lower Dravel province, poured petrol over its furniture and set "
            "the building on fire, the fire service said.")
    assert plays_role("men", "perpetrators", [said])
    assert plays_role("Workers' Dawn Movement's district office", "targets", [said])
    assert not plays_role("men", "perpetrators", [
        "Police questioned men who had broken down the door of the office, the fire service said."])


def test_petrol_poured_and_a_building_set_on_fire_is_no_accident():
    from summarizer.verify.event_types import kind_contradicted
    said = "Men poured petrol over the furniture of the district office and set the building on fire."
    assert kind_contradicted("industrial accident", [said])
    assert not kind_contradicted("industrial accident", ["A spark set the paint store of the plant on fire."])


def test_a_van_set_alight_was_attacked():
    from summarizer.verify.roles import plays_role
    assert plays_role("police van", "targets", ["Protesters also set a police van alight."])
    assert not plays_role("police van", "targets", ["Protesters also walked past a police van."])


def test_force_used_on_a_crowd_this_evening_puts_it_on_both_sides():
    from summarizer.verify.roles import force_used_on_them
    said = ("21:15 - Police fired tear gas and rubber bullets this evening at several hundred opposition supporters "
            "who were stoning the regional electoral commission building.")
    assert force_used_on_them("opposition supporters", [said])
    assert not force_used_on_them("opposition supporters", [
        "Several hundred opposition supporters marched to the electoral commission building this evening."])


def test_voters_carried_off_are_people_taken():
    from summarizer.verify.parties import names_people
    assert names_people("voters")
    assert not names_people("ballot boxes")


def test_rival_supporters_fighting_with_stones_and_sticks_riot():
    from summarizer.verify.cues import type_stated
    assert type_stated("riot/protest", ["Supporters of the two parties fought each other with stones and sticks "
                                        "outside the polling centre."])
    assert not type_stated("riot/protest", ["Gunmen fired on voters outside the polling centre."])


def test_an_electoral_courts_officials_retell_no_trial():
    text = ("IN MONTEVERDO DEPARTMENT, ABOUT 20 ARMED MEN BURST INTO THE POLLING STATION AT THE SCHOOL OF LAS "
            "PIEDRITAS THIS MORNING AND CARRIED OFF THE BALLOT BOXES, WHICH THEY BURNED ON THE ROAD, ELECTORAL "
            "COURT OFFICIALS SAID.")
    problems = _problems(text, event_type="armed attack", event_type_sentences=[1], summary_sentences=[1])
    assert not [p for p in problems if "retell" in str(p)]
    trial = "A court in Orvisk sentenced two men to ten years in prison for the 2019 attack on the polling station."
    problems = _problems(trial, event_type="armed attack", event_type_sentences=[1], summary_sentences=[1])
    assert [p for p in problems if "retell" in str(p)]
