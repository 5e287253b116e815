"""Verifier rules of 2026-12-06 (twelfth session), from right gold values of the
fifty-third twelve (casualty figures: revised tolls, totals, parts, word numbers;
places: points of reference, admin areas, a country never named) it refused and
from the model's verified wrong values on it; each with a value it must accept and
one it must still refuse. Articles are ours."""


def test_a_hundred_is_a_number_word():
    from summarizer.verify.numbers import numbers_in
    assert 100 in numbers_in("The ministry said more than a hundred people had been wounded.")
    assert 120 in numbers_in("A hundred and twenty people were treated.")
    assert 1_020 in numbers_in("A thousand and twenty people were evacuated.")
    assert not numbers_in("Hundreds of people were evacuated.")


def test_a_part_of_the_wounded_with_nothing_said_after_it_is_injured():
    from summarizer.verify.categories import category_conflict
    cared = ["The hospital said it had received 19 bodies, including the bomber's, and was still caring for 64 of "
             "the wounded."]
    assert category_conflict("injured", 64, cared) is None
    assert category_conflict("killed", 64, cared) == {"injured"}
    died = ["The hospital said three of the wounded had not survived the night."]
    assert category_conflict("killed", 3, died) is None
    assert category_conflict("injured", 3, died) == {"killed"}


def test_attackers_shot_by_soldiers_are_people_killed_not_things_nor_the_act():
    from summarizer.verify.categories import counts_attackers
    from summarizer.verify.counted import counts_things
    shot = ["The army said that 19 people had been killed, including three gunmen shot by soldiers who reached the "
            "shrine."]
    assert not counts_things(3, shot)
    assert not counts_attackers(3, shot)
    # still: three gunmen who shot people are the attackers; three shots are things
    assert counts_attackers(3, ["Three gunmen shot dead a trader in the market on Monday."])
    assert counts_things(3, ["Witnesses said they heard three shots before the car sped away."])


def test_a_part_of_the_wounded_that_died_is_still_killed():
    from summarizer.verify.categories import category_conflict
    died = ["Doctors said on Wednesday that one of the wounded, a woman of 54, had died during the night, bringing "
            "the toll to seven."]
    assert category_conflict("killed", 1, died) is None
    assert category_conflict("injured", 1, died) == {"killed"}


def test_casualties_are_the_killed_and_injured_together_and_their_fatal_part_is_killed():
    from summarizer.verify.categories import category_conflict
    from summarizer.verify.counted import counts_casualties_together, counts_no_one
    both = ["The fire service said on Saturday evening that the blaze had caused 20 casualties, six of them fatal."]
    assert counts_casualties_together(20, both) and counts_no_one(20, both)
    assert not counts_casualties_together(6, both)
    assert category_conflict("injured", 6, both) == {"killed"}
    assert category_conflict("killed", 6, both) is None
    assert not counts_casualties_together(7, ["The police said the crash had left seven fatal casualties."])


def test_a_figure_its_source_withdrew_as_wrong_is_no_figure_but_the_corrected_one_is():
    from summarizer.verify.counted import withdrawn_as_wrong
    withdrawn = ["The district council, which had given a toll of eleven dead on Saturday morning, said on Sunday "
                 "that the figure was wrong because some of the injured had been counted twice, and that six "
                 "workers had died."]
    assert withdrawn_as_wrong(11, withdrawn)
    assert not withdrawn_as_wrong(6, withdrawn)
    assert not withdrawn_as_wrong(11, ["The council gave a toll of eleven dead on Saturday morning."])


def test_the_missing_who_walked_back_are_found():
    from summarizer.verify.counted import counts_the_found
    back = ["Rescuers said on Tuesday that two of the missing, brothers who had been up at the summer pastures, had "
            "walked back unhurt."]
    assert counts_the_found(2, back)
    assert not counts_the_found(2, ["Two people were still missing after they walked back into the burning house."])


def test_ransomware_is_the_means_not_a_party():
    from summarizer.verify.party_names import is_weapon
    assert is_weapon("ransomware") and is_weapon("the malware")
    assert not is_weapon("Slatewing ransomware") and not is_weapon("hackers")


def test_the_day_and_town_of_the_funerals_are_not_the_bombings():
    from summarizer.verify.date_events import only_after_the_fact
    from summarizer.verify.place_roles import only_elsewhere
    lead = ("Hundreds of people lined the streets of Selmire on Thursday for the funerals of six cloth traders from "
            "the town who were among those killed when a bomb exploded in the covered market of Oskarth on Tuesday "
            "morning.")
    headline = "Selmire buries traders killed in Oskarth market bomb"
    assert only_after_the_fact("on Thursday", [lead])
    assert not only_after_the_fact("on Tuesday morning", [lead])
    assert only_elsewhere("Selmire", [headline, lead])
    assert not only_elsewhere("Oskarth", [headline, lead])
    attacked = "Gunmen attacked mourners in Kessa on Thursday as they gathered for the funeral of a chief."
    assert not only_elsewhere("Kessa", [attacked])


def test_a_quarter_of_a_town_is_placed_in_its_town():
    from summarizer.verify.place_roles import only_as_a_quarter, town_of_quarter
    lead = ("Fire swept through a block of garment workshops in the Lorquin quarter of Halmaric, in Brisaland's "
            "northern Quemmel province, in the early hours of Saturday.")
    council = "The Lorquin district council said on Sunday that six workers had died."
    assert only_as_a_quarter("Lorquin", [lead, council])
    assert town_of_quarter("Lorquin", [lead, council]) == "Halmaric"
    assert not only_as_a_quarter("Lorquin", [council])  # its council alone does not make it a quarter
    assert not only_as_a_quarter("Halmaric", [lead])
    # a district of a region is no quarter of a town
    assert town_of_quarter("Nellis", ["The tunnel lies in the Nellis district of Kaimor state."]) is None


def test_a_spot_in_the_city_the_dateline_names_is_placed_in_that_city():
    from summarizer.records.derive import Article
    from summarizer.records.spots import town_of_spot
    from summarizer.read.segment import segment
    text = ("Police fire tear gas at traders defending market\n\n"
            "HARVESK, Ondravia, March 10, 2027 (Lantern Wire) - Riot police fired tear gas on Tuesday afternoon at "
            "hundreds of traders who were trying to stop bulldozers from entering the Tsemra Hal market in the "
            "city's old Bellun quarter, police said.\n\n"
            "Two days later, traders rebuilt the stalls on Kessel Avenue.")
    article = Article(segment(text), text)
    assert town_of_spot("city's old Bellun quarter", article, [1, 2]) == ("Harvesk", 2)
    # only for an incident the dateline sentence tells
    assert town_of_spot("Kessel Avenue", article, [3]) is None


def test_a_name_inside_an_institutions_name_in_another_town_is_no_place():
    from summarizer.verify.place_roles import only_in_an_institutions_name
    lead = ("Riot police fired tear gas at students after officers entered the campus of the State University of "
            "Halvar, in the city of Tershan, on Thursday afternoon.")
    assert only_in_an_institutions_name("Halvar", [lead])
    assert not only_in_an_institutions_name("Tershan", [lead])
    # the university of the town it is in is still that town
    assert not only_in_an_institutions_name("Kessa", ["Police fired tear gas at students at the University of "
                                                      "Kessa on Monday."])
