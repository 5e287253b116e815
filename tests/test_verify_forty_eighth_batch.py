"""Verifier rules of 2026-12-06 (tenth session), from right gold values of the
forty-eighth twelve (casualty figures at their hardest; follow-ups, roundups and
updates) it refused and from the model's verified wrong values on it; each with a
value it must accept and one it must still refuse. Articles are ours."""

from summarizer.verify.event_types import retold
from summarizer.verify.party_names import names_a_place
from summarizer.verify.numbers import numbers_in
from support.incident_problems import incident_problems


def test_half_a_dozen_a_score_of_and_a_pair_of_are_counts():
    assert numbers_in("half a dozen of them were in a critical condition") == {6}
    assert numbers_in("A score of the attackers were killed") == {20}
    assert numbers_in("a pair of the attackers were shot dead") == {2}
    assert numbers_in("two dozen people") == {24} and numbers_in("a dozen people") == {12}
    # no count: "scores of", a match's score, the score of something
    assert numbers_in("scores of people fled") == set()
    assert numbers_in("the score of the match") == set()
    assert 20 not in numbers_in("the match ended with a score of 3-1")


def test_half_a_dozen_is_no_twelve():
    article = ("Bus station bomb\n\n"
               "The hospital said 20 people were wounded in the blast, half a dozen of them critically.")
    problems = incident_problems(article, event_type="bombing/explosion", event_type_sentences=[2], casualties=[
        {"category": "injured", "count": 12, "qualifier": "exact", "who": "people", "sentences": [2]}])
    assert any("count 12" in p for p in problems)
    right = incident_problems(article, event_type="bombing/explosion", event_type_sentences=[2], casualties=[
        {"category": "injured", "count": 20, "qualifier": "exact", "who": "people", "sentences": [2]}])
    assert not [p for p in right if "casualties" in p]


def test_a_displacement_site_is_a_camp_not_a_bare_place():
    assert not names_a_place("Fennwick displacement site")
    assert not names_a_place("IDP site")
    assert names_a_place("a gold mining site")
    assert names_a_place("the town")


def test_mourners_who_then_use_force_are_no_mourning_retold():
    assert not retold(["Toll from bar shooting rises to nine; mourners clash with police after funerals"])
    assert not retold(["Several hundred mourners marched on the police station and pelted it with stones."])
    assert retold(["Hundreds of mourners gathered at the memorial on Sunday."])


def test_a_group_holding_the_captives_is_their_taker():
    article = ("Group says it holds surveyors\n\n"
               "A group calling itself the Tamrick Highland Front said on Thursday that it was holding the road "
               "surveyors kidnapped near the village of Gerrowby.")
    right = incident_problems(article, event_type="abduction", event_type_sentences=[2],
                              perpetrators=[{"name": "Tamrick Highland Front", "sentences": [2]}])
    assert not [p for p in right if "perpetrators" in p]
    talks = ("Group holds talks\n\n"
             "The Tamrick Highland Front said on Thursday that it was holding talks with the government about the "
             "surveyors kidnapped near the village of Gerrowby.")
    wrong = incident_problems(talks, event_type="abduction", event_type_sentences=[2],
                              perpetrators=[{"name": "Tamrick Highland Front", "sentences": [2]}])
    assert any("perpetrators" in p for p in wrong)


def test_its_own_act_second_in_the_clause_is_a_claim():
    article = ("Clash during the search\n\n"
               "Two soldiers were killed in the clash, according to the army; the Front said it had lost no one "
               "and had killed 11 soldiers.")
    right = incident_problems(article, event_type="battle/clash", event_type_sentences=[2],
                              perpetrators=[{"name": "Front", "sentences": [2]}])
    assert not [p for p in right if "perpetrators" in p]


def test_a_present_perfect_takes_no_day_the_day_dates_the_act():
    article = ("Toll rises\n\n"
               "PUERTO VALDESCA, 21 OCT 87 (RADIO COSTA NORTE) -- THE NUMBER OF TIN MINERS KILLED WHEN POLICE FIRED "
               "ON A STRIKERS' MARCH IN THE MINING TOWN OF ORCOPATA ON MONDAY HAS RISEN TO FIVE, THE HOSPITAL "
               "REPORTED TODAY.")
    right = incident_problems(article, event_type="riot/protest", event_type_sentences=[2], date_text="ON MONDAY",
                              date_sentences=[2])
    assert not [p for p in right if p.startswith("incident 1, date") or "date:" in p]
    rose = ("Toll rises\n\n"
            "PUERTO VALDESCA, 21 OCT 87 (RADIO COSTA NORTE) -- POLICE FIRED ON A STRIKERS' MARCH IN ORCOPATA LAST "
            "WEEK, AND THE NUMBER OF MINERS KILLED ROSE TO FIVE ON MONDAY, THE HOSPITAL REPORTED TODAY.")
    wrong = incident_problems(rose, event_type="riot/protest", event_type_sentences=[2], date_text="ON MONDAY",
                              date_sentences=[2])
    assert any("after the event" in p for p in wrong)


def test_taken_together_with_the_mayor_are_captives_not_people_present():
    article = ("Mayor kidnapped\n\n"
               "About 20 armed men broke into the home of the town's mayor early today and took him away together "
               "with two municipal employees who were guarding the house, his wife said.")
    right = incident_problems(article, event_type="abduction", event_type_sentences=[2], casualties=[
        {"category": "captured/abducted", "count": 2, "qualifier": "exact", "who": "municipal employees",
         "sentences": [2]}])
    assert not [p for p in right if "casualties" in p]
    guards = ("Mayor kidnapped\n\n"
              "About 20 armed men broke into the home of the town's mayor early today and took him away; two "
              "municipal employees who were guarding the house were unhurt, his wife said.")
    wrong = incident_problems(guards, event_type="abduction", event_type_sentences=[2], casualties=[
        {"category": "captured/abducted", "count": 2, "qualifier": "exact", "who": "municipal employees",
         "sentences": [2]}])
    assert any("casualties" in p for p in wrong)


def test_a_timelines_present_tense_aftermath_is_no_other_days_event():
    from summarizer.verify.date_events import of_another_day
    from datetime import date
    bullet = ("* 4 March 2026 - Rescuers find the bodies of four of the missing in the rubble, and the emergency "
              "service raises the toll to 10.")
    assert not of_another_day([bullet], date(2026, 3, 3))
    blast = "* 4 March 2026 - A second blast tears through the warehouse next door, killing two guards."
    assert of_another_day([blast], date(2026, 3, 3))


def test_a_timelines_present_tense_fire_is_an_act():
    article = ("Timeline\n\n"
               "* 7 March 2026 - Residents blocking the gate of the plant throw stones at police lines, and officers "
               "fire tear gas and water cannon at the crowd.")
    right = incident_problems(article, event_type="riot/protest", event_type_sentences=[2],
                              perpetrators=[{"name": "officers", "sentences": [2]}],
                              targets=[{"name": "crowd", "sentences": [2]}])
    assert not [p for p in right if "perpetrators" in p or "targets" in p]
    fire = ("Timeline\n\n"
            "* 7 March 2026 - A fire on the third floor of the warehouse spreads to the roof while officers and a crowd "
            "watch.")
    wrong = incident_problems(fire, event_type="riot/protest", event_type_sentences=[2],
                              targets=[{"name": "crowd", "sentences": [2]}])
    assert any("targets" in p for p in wrong)


# -- wrong values it had verified ------------------------------------------------------------


def test_a_figure_from_a_sentence_opening_another_event_is_not_this_ones():
    article = ("Toll rises; mayor kidnapped\n\n"
               "PUERTO VALDESCA, 21 OCT 87 (RADIO COSTA NORTE) -- POLICE FIRED ON A STRIKERS' MARCH IN ORCOPATA ON "
               "MONDAY, KILLING FIVE MINERS.\n\n"
               "IN ANOTHER DEVELOPMENT IN ORCOPATA, ARMED MEN TOOK THE MAYOR AWAY TOGETHER WITH TWO MUNICIPAL "
               "EMPLOYEES EARLY TODAY.")
    problems = incident_problems(article, event_type="riot/protest", event_type_sentences=[2], casualties=[
        {"category": "captured/abducted", "count": 2, "qualifier": "exact", "who": "employees", "sentences": [3]}])
    assert any("open another event" in p for p in problems)
    own = incident_problems(article, event_type="riot/protest", event_type_sentences=[2], casualties=[
        {"category": "killed", "count": 5, "qualifier": "exact", "who": "miners", "sentences": [2]}])
    assert not [p for p in own if "casualties" in p]


def test_a_figure_dated_in_its_own_relative_clause_is_of_that_year():
    from summarizer.verify.tallies import of_an_earlier_year
    fined = ("A court in Harrowdene on Friday fined the owner of the Greyhaven quarry 1.2 million crowns over the "
             "collapse that killed six workers there in October 2025.")
    assert of_an_earlier_year(6, [fined], 2026)
    this_year = "On Friday a blast that killed six workers in Kessel in 2026 was blamed on a gas leak."
    assert not of_an_earlier_year(6, [this_year], 2026)


def test_the_owner_of_a_named_region_is_no_admin_area():
    from summarizer.verify.names import names_a_region
    text = "Our Saturday digest of the week's news from Tavrelia's Dwyre valley."
    assert not names_a_region("Tavrelia", text)
    assert names_a_region("Dwyre valley", text)
    assert names_a_region("Meren", "in Meren district")


def test_a_headlines_shorthand_for_a_district_is_no_place():
    article = ("Seventeen dead as gunmen strike village and police post in Belgrath\n\n"
               "PARSK, Yrvenna, June 9, 2026 (Sallowby Wire) - Gunmen opened fire on villagers threshing grain in "
               "Ilmarsk, a village in Yrvenna's northern Belgrath district, late on Sunday, the police said.")
    wrong = incident_problems(article, place="Belgrath", admin_area="Belgrath district", location_sentences=[1, 2],
                              event_type_sentences=[2])
    assert any("only as a region" in p for p in wrong)
    right = incident_problems(article, place="Ilmarsk", admin_area="Belgrath district", location_sentences=[2],
                              event_type_sentences=[2])
    assert not [p for p in right if "location" in p]
    quarter = ("Guard wounded at embassy gate in San Quirino\n\n"
               "SAN QUIRINO, 12 NOV 87 (AGENCIA PERISUR) -- TWO MEN FIRED ON THE GATE OF THE EMBASSY IN THE LAS "
               "ACACIAS DISTRICT OF SAN QUIRINO LAST NIGHT, POLICE SAID.")
    town = incident_problems(quarter, place="San Quirino", location_sentences=[1, 2], event_type_sentences=[2])
    assert not [p for p in town if "only as a region" in p]


def test_those_a_search_was_for_are_no_side():
    article = ("Clash during the search\n\n"
               "On Wednesday an army patrol looking for the surveyors came under fire from fighters on a ridge, "
               "and the soldiers fought them for three hours.")
    problems = incident_problems(article, event_type="battle/clash", event_type_sentences=[2],
                                 targets=[{"name": "surveyors", "sentences": [2]}])
    assert any("targets" in p for p in problems)


def test_a_day_of_detention_dates_no_accident():
    from summarizer.verify.date_events import only_after_the_fact
    assert only_after_the_fact("on Friday", ["The tanker driver, who escaped with light burns, was detained on Friday."])
    assert not only_after_the_fact("on Friday", ["A minibus hit a stalled fuel tanker on Friday."])


def test_an_upper_bound_is_no_figure():
    article = ("Flood\n\n"
               "The mayor said up to 25 people might still be missing, and the agency put the number at nine.")
    wrong = incident_problems(article, event_type="natural disaster", event_type_sentences=[2], casualties=[
        {"category": "missing", "count": 25, "qualifier": "exact", "who": "people", "sentences": [2]}])
    assert any("upper bound" in p for p in wrong)
    right = incident_problems(article, event_type="natural disaster", event_type_sentences=[2], casualties=[
        {"category": "missing", "count": 9, "qualifier": "exact", "who": "people", "sentences": [2]}])
    assert not [p for p in right if "casualties" in p]
    ranged = ("Clash\n\nBetween 10 and 15 people were killed, the police said.")
    assert any("upper bound" in p for p in incident_problems(ranged, event_type_sentences=[2], casualties=[
        {"category": "killed", "count": 15, "qualifier": "exact", "who": "people", "sentences": [2]}]))
