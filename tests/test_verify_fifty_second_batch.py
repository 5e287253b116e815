"""Verifier rules of 2026-12-06 (eleventh session), from right gold values of the
fifty-second twelve (targets; reports told as they unfold: a live blog, a timeline,
an explainer, a press statement in numbered points) it refused and from the model's
verified wrong values on it; each with a value it must accept and one it must still
refuse. Articles are ours."""

from support.incident_problems import incident_problems


def test_no_fewer_than_is_a_lower_bound_not_an_upper_one():
    from summarizer.verify.qualifiers import only_an_upper_bound
    assert not only_an_upper_bound(17, ["The mayor said no fewer than 17 people had died in the town."])
    assert not only_an_upper_bound(17, ["The mayor said no less than 17 people had died in the town."])
    assert only_an_upper_bound(17, ["The mayor said fewer than 17 people had died in the town."])


def test_a_hostage_who_had_been_shot_is_injured_not_a_count_of_the_held():
    statement = ("Press statement\n\n"
                 "One hostage, a post office employee, had been shot in the shoulder by the hostage-taker before the "
                 "unit entered.")
    right = incident_problems(statement, event_type="abduction", event_type_sentences=[2],
                              casualties=[{"category": "injured", "count": 1, "qualifier": "exact", "sentences": [2]}])
    assert not [p for p in right if "casualties" in p]
    held = "Press statement\n\nOne hostage, a post office employee, was still held by the gunman at midnight."
    wrong = incident_problems(held, event_type="abduction", event_type_sentences=[2],
                              casualties=[{"category": "injured", "count": 1, "qualifier": "exact", "sentences": [2]}])
    assert any("casualties" in p for p in wrong)


def test_a_building_entered_before_the_act_done_in_it_is_the_target():
    from summarizer.verify.roles import plays_role
    entered = ("On Monday at about 10:40, an armed man entered the main post office in Lessar, in Kalvoy province, "
               "and took seven people hostage, staff and customers.")
    assert plays_role("main post office", "targets", [entered])
    visited = "On Monday an inspector entered the main post office in Lessar and checked the safes."
    assert not plays_role("main post office", "targets", [visited])


def test_an_air_force_that_said_its_aircraft_had_destroyed_a_post_claims_the_strike():
    from summarizer.verify.roles import plays_role
    said = ("The Ithmerian Air Force said on Wednesday that its aircraft had destroyed \"a command post\" on the edge "
            "of Dabrul.")
    assert plays_role("Ithmerian Air Force", "perpetrators", [said])
    denied = "The Ithmerian Air Force said on Wednesday that its aircraft had not flown over Dabrul."
    assert not plays_role("Ithmerian Air Force", "perpetrators", [denied])


def test_a_figure_put_in_another_place_beside_the_incidents_own_is_that_places():
    from summarizer.verify.place_roles import figure_put_elsewhere
    both = "The national civil protection agency said on Monday that 14 people had died in Quorlan and 5 in Talvern."
    assert figure_put_elsewhere(5, [both], ["Quorlan"]) == "Talvern"
    assert figure_put_elsewhere(14, [both], ["Quorlan"]) is None
    assert figure_put_elsewhere(5, [both], ["Talvern"]) is None
    # not a day, a hospital, a name that goes on, nor a sentence without the place itself
    assert figure_put_elsewhere(20, ["Twelve soldiers in Tamsin were killed and 20 wounded in Saturday's "
                                     "fighting."], ["Tamsin"]) is None
    assert figure_put_elsewhere(3, ["In Quorlan 9 died and 3 in Naveth General Hospital."], ["Quorlan"]) is None
    assert figure_put_elsewhere(212, ["The Upper Rusk authority reports 37 killed and 212 injured in Vellory."],
                                ["Kestran Valley", "Upper Rusk region"]) is None


def test_people_treated_from_the_two_places_are_a_tally_and_two_places_are_no_one():
    from summarizer.verify.counted import counts_things
    from summarizer.verify.tallies import tally
    treated = ("Hospitals in Quorlan and in the provincial capital, Naveth, have treated 46 people from the two "
               "places, the health ministry says.")
    assert tally(46, [treated])
    assert counts_things(2, [treated])
    assert not tally(46, ["Hospitals in Quorlan have treated 46 people, the health ministry says."])


def test_one_of_several_accounts_is_no_one_harmed():
    from summarizer.verify.counted import counts_things
    posts = ("Several accounts, one of them styled as a local news page, said a bomb had gone off on board and that "
             "\"dozens\" were dead.")
    assert counts_things(1, [posts])
    assert not counts_things(1, ["Several passengers, one of them a nurse, were killed."])
