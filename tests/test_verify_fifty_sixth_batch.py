"""Verifier rules of 2026-12-06 (thirteenth session), from right gold values of the
fifty-sixth twelve (disasters and accidents as relief agencies and papers tell them;
locations at every level) it refused and from the model's verified wrong values on
it; each with a value it must accept and one it must still refuse. Articles are ours."""


def test_a_gallery_that_caved_in_tells_the_event():
    from summarizer.verify.event_types import tells_an_event
    assert tells_an_event("A GALLERY OF THE SANTA RITA TIN MINE, 6 KM FROM THE TOWN OF HUAYCORA, CAVED IN AT ABOUT "
                          "2330 LAST NIGHT, THE MINERS' COOPERATIVE REPORTED.")
    assert tells_an_event("TIN MINE CAVE-IN NEAR HUAYCORA: TOLL RISES TO 7")
    assert not tells_an_event("SOME 1,800 FAMILIES IN HUAYCORA LIVE FROM THE MINE.")


def test_people_taken_with_their_injuries_to_hospital_are_injured_not_captured():
    from summarizer.verify.categories import category_conflict
    care = "FIVE OF THEM WERE TAKEN WITH CRUSHED LIMBS TO THE HOSPITAL IN VILLA ALTIMIRA."
    assert category_conflict("injured", 5, [care]) is None
    assert category_conflict("injured", 5, ["FIVE OF THEM WERE TAKEN BY THE GUERRILLAS TO THE HILLS."]) == {
        "captured/abducted"}


def test_people_admitted_to_a_named_hospital_are_hurt():
    from summarizer.verify.categories import harm_named
    assert harm_named(12, ["Fishermen and navy boats rescued 57 people, and 12 of them were admitted to Ngorova "
                           "District Hospital."]) == {"injured"}
    assert harm_named(12, ["Fishermen and navy boats rescued 57 people, and 12 of them walked home to "
                           "Ngorova."]) == set()


def test_a_toll_counted_on_a_later_day_dates_no_event():
    from summarizer.verify.date_events import only_said_or_after
    counted = ("On 08/16/2025 the Kasembian Lake Relief Society counted 35 dead, while the provincial governor put "
               "the toll at 31, including 4 children.")
    assert only_said_or_after("On 08/16/2025", [counted])
    assert not only_said_or_after("On 08/16/2025", ["On 08/16/2025 a second ferry capsized off Ngorova, killing 6."])


def test_an_aftershock_that_brought_down_a_house_there_happened_there():
    from summarizer.verify.place_roles import only_elsewhere
    down = ("At 17:40 on 6 October 2026 a magnitude 5.1 aftershock brought down a cracked house in Tashlin, killing "
            "a man who had gone back for his belongings.")
    assert not only_elsewhere("Tashlin", [down])
    assert only_elsewhere("Tashlin", ["The injured were brought by ambulance to the clinic in Tashlin."])


def test_families_and_helpers_are_no_one_harmed():
    from summarizer.verify.counted import counts_no_one, counts_the_helpers
    text = "About 300 families in Ngorova lost a relative, and 1,200 people joined the search along the shore."
    assert counts_no_one(300, [text]) and counts_no_one(1200, [text])
    assert counts_the_helpers(340, ["- 2,050 families affected; 340 rescuers deployed"])
    # people of a family are people; rescuers harmed are harmed
    assert not counts_no_one(3, ["Three family members were killed when the roof fell in."])
    assert not counts_the_helpers(3, ["That blast killed three rescue workers and wounded 11 other people."])
    assert not counts_the_helpers(2, ["Two rescuers were killed when a wall fell."])
    assert not counts_the_helpers(3, ["Three rescue workers, two of them paramedics, were killed and five were "
                                      "wounded, said the head of the civil defence service."])


def test_bullets_under_a_heading_that_sums_several_incidents_are_totals():
    from summarizer.read.segment import segment
    from summarizer.verify.tallies import totals_under_a_heading
    text = ("KERVALIA: ULMERAD EARTHQUAKE\n\nKEY FIGURES (three villages, main shock and aftershock)\n\n"
            "- 19 dead, 77 injured\n\n- 8,400 people displaced\n\nBREZHOVO\n\n- The district reports 9 dead.\n")
    assert totals_under_a_heading(segment(text)) == {3, 4}
    # a report of one event: its key figures are the event's own
    assert totals_under_a_heading(segment("KEY FIGURES\n\n- 9 dead, 31 injured\n")) == set()


def test_a_quarter_stays_a_quarter_in_the_page_title_its_label_line_and_again():
    from summarizer.verify.place_roles import only_as_a_quarter, town_of_quarter
    page = ["2025 Dar Selim building collapse",
            "The collapse took place when a building in the Dar Selim quarter of Marrabet fell in on itself.",
            "Location: Dar Selim, Marrabet, Wadi Hesna Governorate, Tafilen",
            "The governorate ordered engineers to inspect every building in the Dar Selim quarter."]
    assert only_as_a_quarter("Dar Selim", page) and town_of_quarter("Dar Selim", page) == "Marrabet"
    # never called a quarter: a label line's first part is the place
    assert not only_as_a_quarter("Kessu", ["Location: Kessu, Upper Tarevo district, Mirnau"])
    # named where it happened: no mere quarter
    assert not only_as_a_quarter("Dar Selim", page + ["Rescuers dug through the night in Dar Selim."])


def test_commuters_killed_at_a_tram_stop_bombed_were_harmed_at_its_aim():
    from summarizer.verify.parties import harmed_at_the_aim
    headline = ["Bomb at tram stop kills commuters in Tarvelle's Cinderwick district"]
    assert harmed_at_the_aim("commuters", ["commuters", "tram stop"], "bombing/explosion", headline)
    assert not harmed_at_the_aim("commuters", ["commuters"], "bombing/explosion", headline)
