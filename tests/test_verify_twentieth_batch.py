"""Rules from the twentieth twelve of gold (2026-12-04): right values the verifier
refused before they were written. Articles are ours."""

from summarizer.verify.categories import category_conflict, harm_named
from summarizer.verify.roles import plays_role


def test_a_line_of_a_header_block_ends_a_clause():
    header = ("Date: 11-MAR-24\nFatalities: Crew: 3 / Passengers: 2 / Total: 5\n"
              "Occupants: Crew: 3 / Passengers: 3 / Total: 6")
    assert category_conflict("killed", 5, [header]) is None
    # a wrapped line of wire copy goes on with its clause
    wrapped = "THE REBELS KILLED FOUR SOLDIERS AND\nTOOK 5 HOSTAGES, POLICE SAID."
    assert category_conflict("killed", 5, [wrapped]) == {"captured/abducted"}


def test_the_owner_whose_servers_were_broken_into_is_the_target():
    text = ("Medical records of tens of thousands of patients of the Upper Weiss Hospitals Network were published "
            "on the internet this week, a fortnight after its servers were broken into, the network said.")
    assert plays_role("Upper Weiss Hospitals Network", "targets", [text])
    other = ("Patients of the Upper Weiss Hospitals Network were told on Monday that Halvard Data, a supplier, had "
             "found its servers broken into.")
    assert not plays_role("Upper Weiss Hospitals Network", "targets", [other])


def test_six_more_are_more_of_what_the_sentence_before_counts():
    bodies = "Nine bodies were pulled from the river on Wednesday by navy divers and fishermen."
    more = "On Thursday, six more were found caught in fishing nets several kilometres below Hollin."
    assert "killed" in harm_named(6, [bodies, more])
    assert not harm_named(6, ["On Thursday, six more boats joined the fleet below Hollin."])


def test_a_figure_of_where_people_are_from_is_no_casualty():
    from summarizer.verify.counted import counts_where_from
    text = ("A security guard who tried to close the main gate was shot dead, the company said, confirming that two "
            "of the men it employs are from Vestmark, one is from Carrow and one from Lusaria.")
    assert counts_where_from(1, [text])
    assert counts_where_from(2, [text])
    assert not counts_where_from(2, ["Two guards were shot dead; one is from Carrow."])


def test_a_figure_raised_to_a_number_keeps_the_category_of_the_figure_before():
    text = ("On Wednesday the commissioner said 64 students were unaccounted for; police raised the figure to 79 on "
            "Thursday after more parents came forward, and on Saturday the principal said 87 girls had been abducted.")
    assert category_conflict("captured/abducted", 79, [text]) == {"missing"}
    assert category_conflict("missing", 79, [text]) is None


def test_gunmen_counted_with_how_they_came_are_the_attackers():
    from summarizer.verify.categories import counts_attackers
    assert counts_attackers(2, ["Two gunmen on a motorbike shot dead radio journalist Tomas Verrin in his car."])
    assert counts_attackers(2, ["Roughly an hour later, two gunmen on a motorcycle opened fire on a checkpoint."])
    assert not counts_attackers(2, ["Two gunmen were shot dead by police."])
    assert not counts_attackers(2, ["Gunmen killed two men on a motorbike."])


def test_the_dead_by_where_they_were_from_are_still_the_dead():
    from summarizer.verify.counted import counts_where_from
    assert not counts_where_from(4, ["The chief said four of the dead were from his village."])


def test_appointments_and_a_share_of_the_markets_stalls_are_things():
    from summarizer.verify.counted import counts_things
    assert counts_things(600, ["Some 600 of the market's 850 stalls were destroyed, the traders said."])
    assert counts_things(3800, ["About 3,800 outpatient appointments and 140 planned operations were cancelled."])
    assert not counts_things(1, ["Three passengers and one flight attendant were injured."])


def test_a_name_the_article_calls_a_city_is_no_country():
    from summarizer.verify.names import called_a_town
    assert called_a_town("Tervola", "officers charged, police in the northern city of Tervola said.")
    assert called_a_town("Orvane", "Orvane, a river town in the Halvek region, was quiet.")
    assert not called_a_town("Lusania", "Tarsk, the second-largest city of Lusania, was hit.")
    assert not called_a_town("Lusania", "Dravec, the capital of Lusania, was hit.")


def test_a_group_described_in_general_words_goes_by_the_name_it_gives_itself():
    from summarizer.records.parties import own_name
    text = "A hacktivist collective that calls itself Iron Lanterns said it had carried out the attack."
    assert own_name("hacktivist collective", [text]) == "Iron Lanterns"
    assert own_name("ransomware gang", ["On May 5 a ransomware gang calling itself Ashfall said so."]) == "Ashfall"
    assert own_name("gunmen", [text]) is None
