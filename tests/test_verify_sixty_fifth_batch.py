"""Verifier rules of 2026-12-06 (seventeenth session), from the sixty-fifth twelve
(industrial accidents: mines, dams, pipelines, chemical plants, refineries, warehouses):
right gold values the verifier refused, and wrong values of the model's first answers it
let through. Each with a value it must accept and one it must still refuse. Articles are ours."""

from verify_helpers import problems as _problems
from verify_helpers import refined


def test_a_mines_own_words_tell_its_accident():
    from summarizer.verify.cues import type_told
    assert type_told("industrial accident", ["The fall of ground occurred at 10:40 in a stope of the Tamberlin mine."])
    assert type_told("industrial accident", ["One worker was killed when a crane toppled onto a dry dock at the Kestovy shipyard."])
    assert type_told("industrial accident", ["Live: Sestra colliery flooding - rescue and recovery"])
    assert type_told("industrial accident", ["Water has broken into the lower workings of the Sestra colliery."])
    assert not type_told("industrial accident", ["Workers at the Tamberlin mine were paid on Friday."])


def test_a_mines_flooding_is_no_natural_disaster():
    from summarizer.verify.cues import type_stated, type_told
    from summarizer.verify.events import type_of
    flooded = ["Live: Sestra colliery flooding - rescue and recovery",
               "Rescue teams found the bodies of three miners in a flooded drift."]
    assert not type_stated("natural disaster", flooded)
    assert type_of(flooded[0], "bombing/explosion") == "industrial accident"
    # ... as the verifier reads it with the colliery's name set aside as the place
    text = "Live: Sestra colliery flooding - rescue and recovery\n\nRescue teams found three bodies in the mine."
    problems = _problems(text, event_type="natural disaster", event_type_sentences=[1], place="Sestra colliery",
                         location_sentences=[1])
    assert any(p.field == "event_type" for p in problems)
    # a river's flood is still one
    assert type_told("natural disaster", ["The river flooded the village of Dorn, sweeping away 12 houses."])
    assert type_of("Floods swept through the valley, flooding the village of Dorn and killing 4.", "other") == \
        "natural disaster"


def test_a_gas_released_is_the_leak_not_captives_freed():
    from summarizer.verify.date_events import only_when_freed
    leak = ("A valve failure at the Dravenor Chemicals plant in Quistrel released a cloud of nitrogen dioxide over "
            "the town late on Tuesday, the interior ministry said.")
    assert not only_when_freed("late on Tuesday", [leak], abduction=False)
    assert only_when_freed("late on Tuesday", ["The two engineers were released late on Tuesday."], abduction=False)


def test_a_fire_that_burned_until_a_day_is_bounded_by_it():
    from summarizer.verify.date_events import only_a_bound
    said = "The first explosion came before midnight on Saturday, and the fire burned until Sunday afternoon."
    assert only_a_bound("Sunday", [said])
    assert not only_a_bound("Sunday", ["The warehouse exploded on Sunday afternoon."])


def test_a_part_of_those_admitted_to_hospital_is_injured():
    from summarizer.verify.categories import harm_named
    said = "Health Minister Osric Kroy told parliament that 17 of those admitted lived on the Pendlecot estate."
    assert harm_named(17, [said]) == {"injured"}
    assert harm_named(17, ["The minister admitted that 17 families lived on the estate."]) == set()


def test_a_named_province_of_a_country_leaves_the_country_a_country():
    from summarizer.verify.names import only_as_region
    assert not only_as_region("Kesmark", ["The Tamberlin mine lies 7 km east of Halbury in the Kessendry Province "
                                          "of Kesmark."])
    assert only_as_region("Kesmark", ["The mine lies in the Province of Kesmark."])


def test_a_report_to_parliament_on_a_day_that_police_suspected_a_group_names_it():
    from summarizer.verify.roles import plays_role
    said = ("Interior Minister Tobias Meyrick told parliament on Tuesday that police suspected the Brackenfell "
            "Liberation Front, a separatist group, of planting the charges.")
    assert plays_role("Brackenfell Liberation Front", "perpetrators", [said])
    # a relative clause's suspicion still names no party of this act
    assert not plays_role("Brackenfell Liberation Front", "perpetrators", [
        "Troops raided a compound that the army said the Brackenfell Liberation Front used as a depot."])


def test_a_pipeline_named_on_the_location_line_and_torn_open_as_the_line_was_attacked():
    from summarizer.verify.roles import plays_role
    texts = ["Location: km 97 of the Corvanne-Ithmark products pipeline, near Lusteria, Quarlow district, Zelandre",
             "Narrative: An explosion tore open the line in a pine plantation near Lusteria at about 23:40."]
    assert plays_role("Corvanne-Ithmark products pipeline", "targets", texts)
    assert not plays_role("Corvanne-Ithmark products pipeline", "targets", [
        texts[0], "Narrative: Engineers inspected the line at about 23:40."])


def test_a_town_named_only_far_off_and_in_a_companys_name_is_no_place():
    from summarizer.verify.place_roles import only_as_reference
    texts = ["The blast tore through a coal face at the pit 11 km south of the town of Galvory.",
             "Galvory Coal, which runs the mine, said on Friday that 14 miners had died."]
    assert only_as_reference("Galvory", texts)
    assert not only_as_reference("Galvory", ["Galvory Coal, which runs the mine, said 14 miners had died."])
    assert not only_as_reference("Galvory", [texts[0], "Fourteen miners died in Galvory on Tuesday."])


def test_a_border_is_no_place():
    from summarizer.verify.place_roles import names_no_town
    assert names_no_town("Lustrany border")
    assert names_no_town("border with Lustrany")
    assert not names_no_town("Vell Gate border crossing")
    assert not names_no_town("Skarvholt")


def test_a_port_is_no_country():
    from summarizer.verify.names import names_a_town_kind
    assert names_a_town_kind("Port")
    assert not names_a_town_kind("Newport")
    assert not names_a_town_kind("Kavendia")


def test_a_works_on_an_industrial_estate_at_a_towns_edge_is_placed_in_the_town():
    from summarizer.records.regions import town_of_site
    said = ("Rescuers found the body of the last firefighter missing since a warehouse full of paint solvents "
            "exploded late on Wednesday in the Fallowmead logistics park on the southern edge of Ostmarrow.")
    assert town_of_site("Fallowmead logistics park", [said]) == "Ostmarrow"
    assert town_of_site("Fallowmead logistics park", ["A fire broke out in the Fallowmead logistics park."]) == \
        "Fallowmead logistics park"


def test_a_live_blogs_aside_is_an_incident_and_the_story_goes_on_at_the_next_entry():
    text = ("Live: mine waste dam bursts above Vrendle\n\n"
            "21:10 - The governor says nine bodies have been recovered so far and 31 people are still missing.\n\n"
            "20:30 - In an unrelated accident, a fuel pipeline ruptured and caught fire this afternoon near the "
            "village of Cardrow, the energy ministry says. Two maintenance workers were burned.\n\n"
            "19:45 - About 2,400 residents of Vrendle have been moved to schools in Tarvesk.\n\n"
            "12:20 - The Vrendle tailings dam of the Kaldovy zinc mine gave way at about 11:30 this morning.")
    groups = refined(text, ("industrial accident", [1, 2, 3, 4, 5, 6]))
    assert [g for _, g in groups] == [[1, 2, 5, 6], [3, 4]]
    # an entry that only goes on with the story starts nothing
    plain = text.replace("In an unrelated accident, a", "A")
    assert len(refined(plain, ("industrial accident", [1, 2, 3, 4, 5, 6]))) == 1
