"""Verifier rules of 2026-12-05 (third session), from right gold values of the
thirty-third twelve it refused; each with a value it must refuse and one it
must leave alone. Articles are ours."""

from datetime import date

from summarizer.core.schema import Draft
from summarizer.verify.borrowed import borrowed_values
from summarizer.verify.categories import category_conflict, presence_total
from summarizer.verify.cues import type_stated, type_told
from summarizer.verify.date_events import of_another_day, only_said_or_after, only_when_said
from summarizer.verify.parties import plays_role_by_name_or_head
from summarizer.verify.place_roles import harmed_elsewhere
from summarizer.verify.roles import plays_role


def test_a_dam_that_bursts_or_gives_way_is_an_accident_told():
    assert type_told("industrial accident", ["Mine waste dam bursts in northern Vardunia, at least 11 dead"])
    assert type_told("industrial accident", ["The No. 3 tailings dam of the copper mine gave way before midnight."])
    assert not type_told("industrial accident", ["The copper mine employs 900 workers."])


def test_a_denials_day_and_a_notes_own_qualifier_date_no_other_event():
    attributed = ("No group claimed the incident; the Albrek district police attributed it to the Gusk Guards, a "
                  "local militia, which denied any involvement on 11-Mar-24.")
    assert not of_another_day([attributed], date(2024, 3, 9))
    assert of_another_day(["The Gusk Guards attacked the depot on 11-Mar-24."], date(2024, 3, 9))
    note = "In May 2025 (exact date not reported), armed men abducted 5 herders grazing cattle near Dorvik village."
    assert not only_when_said("In May 2025", [note])
    assert only_when_said("In May 2025", ["In May 2025 the district office reported that the road was closed."])
    assert only_said_or_after("on Monday", ["The group denied any involvement on Monday."])


def test_one_of_the_wounded_dying_where_they_were_moved_is_this_incidents():
    moved = ("Fourteen of the wounded were taken to the district hospital in Marrach, and four of them were later "
             "moved to the provincial capital, Ostvald, said the hospital's director.")
    died = "One of them, a 19-year-old student, died in Ostvald on Tuesday night, villagers said."
    assert harmed_elsewhere([died], ["Ebbenholt"], [moved]) is None
    assert harmed_elsewhere([died], ["Ebbenholt"], ["Police fired on the crowd."]) == "Ostvald"


def test_a_sentence_about_both_attacks_is_every_incidents():
    evidence = {1: "GUERRILLAS AMBUSHED A POLICE JEEP ON MONDAY.", 2: "A DAM INTAKE WAS DYNAMITED LAST NIGHT.",
                3: "THE ARMED FORCES COMMAND SAID TODAY THAT THE CRP WERE RESPONSIBLE FOR BOTH ATTACKS."}
    draft = Draft.model_validate({"incidents": [
        {"summary": "Dam intake dynamited by the CRP.", "summary_sentences": [2, 3], "event_type": "bombing/explosion",
         "event_type_sentences": [2], "perpetrators": [{"name": "CRP", "sentences": [3]}], "casualties": []},
        {"summary": "Police jeep ambushed.", "summary_sentences": [1], "event_type": "armed attack",
         "event_type_sentences": [1], "perpetrators": [{"name": "CRP", "sentences": [3]}], "casualties": []}]})
    assert borrowed_values(draft, evidence) == []
    evidence[3] = "THE ARMED FORCES COMMAND SAID TODAY THAT THE CRP DYNAMITED THE INTAKE."
    assert [p.field for p in borrowed_values(draft, evidence)] == ["perpetrators[0]"]


def test_a_prison_named_in_full_and_stormed_as_the_district_prison_was_attacked():
    texts = ["Attackers blew a hole in the outer wall of the district prison in Kaddersby and then stormed the "
             "compound with automatic rifles.",
             "A car packed with explosives was driven up to the east wall of Kaddersby District Prison."]
    assert plays_role_by_name_or_head("Kaddersby District Prison", "targets", texts)
    bridge = ("A police checkpoint on the Tessaly Bridge in Orvane, a river town in Kadristan's Halvek region, came "
              "under attack late on Monday from men in a grey saloon car, who lobbed a grenade at the barrier and "
              "then raked the post with automatic fire, the regional police command said.")
    assert not plays_role_by_name_or_head("Tessaly Bridge", "targets", [bridge])


def test_villagers_rounded_up_were_the_raids_aim_and_a_hijacking_takes_the_passengers():
    raid = ("Thistlegate fighters entered Hessenby, rounded up the villagers in the square and accused them of "
            "having guided the enemy across the river.")
    assert plays_role("villagers", "targets", [raid])
    hijack = ("06/14/2025: Suspected members of the Dunmarch Free Legion hijacked an intercity bus near Ammerfold "
              "village and drove it into the nearby forest with 23 passengers on board.")
    assert type_stated("abduction", [hijack])
    assert not presence_total(23, [hijack]) and category_conflict("captured/abducted", 23, [hijack]) is None
    assert category_conflict("killed", 23, [hijack]) == {"captured/abducted"}
    assert presence_total(40, ["The bus crashed into a ravine with 40 passengers on board."])


def test_a_threat_is_no_incident_and_rain_alone_no_disaster_told():
    from summarizer.verify.event_types import only_a_threat

    assert only_a_threat('On 28 April 2019 the Kelpmoor Defence Committee, a third armed group based east of the '
                         'river, threatened to "sweep both gangs from the ford" unless the tolls were lifted.')
    assert only_a_threat('On 12 November 2025 the Koroba Hill Guards distributed leaflets in Ouro Denka threatening '
                         'to "clear the camp".')
    assert not only_a_threat("Gunmen killed four villagers and warned that they would return.")
    assert not type_told("natural disaster", ["Heavy rain fell on the region for most of last week."])
    assert not type_told("natural disaster", ["Rescuers worked through the night under floodlights."])
    assert type_told("natural disaster", ["The river burst its banks and flooded the lower town."])
    assert type_told("natural disaster", ["Thunderstorm wind gusts blew a large oak tree onto a camper trailer."])


def test_the_thirty_third_twelves_probes_are_refused():
    from summarizer.verify.event_types import kind_contradicted
    from summarizer.verify.party_names import is_weapon
    from summarizer.verify.numbers import figures_in

    # A reference code's numbers and a woman's age count no one.
    assert figures_in("The incident was logged as Ref. TSO-24-031 by the sub-office.") == frozenset()
    assert figures_in("Among the wounded was a woman of 54, a trader.") == frozenset()
    assert figures_in("Gunmen killed 3 and wounded 12.") == frozenset({3, 12})
    # A car packed with explosives and mortar rounds are weapons, no parties; a car alone may be the target.
    assert is_weapon("car packed with explosives") and is_weapon("mortar rounds")
    assert not is_weapon("car") and not is_weapon("judge's car")
    # Mortar rounds with no ground assault and no gunfire: shelling, no armed attack.
    shelled = ("At approximately 05:20 on 18 November 2025, at least seven mortar rounds struck Bethkal camp. No "
               "ground assault followed and no gunfire was heard, camp residents said.")
    assert kind_contradicted("armed attack", [shelled]) == (
        "shelling, a strike from afar or a device that went off (a bombing/explosion)")
    assert kind_contradicted("armed attack", ["Gunmen opened fire on the camp and mortar rounds struck the clinic."]) \
        is None


def test_a_speakers_day_told_with_where_they_spoke_or_a_report_of_the_act_dates_no_act():
    assert only_said_or_after("on Wednesday", [
        "Lieutenant Alder Voss told reporters in Karsk on Wednesday that the men were lucky to be alive."])
    assert only_said_or_after("on 19 May 2025", [
        "The herders' association reported the abduction on 19 May 2025 and said the men were still missing."])
    assert not only_said_or_after("on Monday", ["Residents told police gunmen attacked on Monday."])
    assert not only_said_or_after("on Monday", ["Gunmen attacked in Karsk on Monday."])
