"""Verifier and refinement rules of 2026-12-06 (sixteenth session), from the first
answers to the sixty-second twelve (values verified and wrong: a log's totals line
and its update rows, a street or a town as a log's country, an attack at a town
some 200 km away, a crash police now call deliberate) and from right gold values of
the sixty-third twelve (transport accidents on rail, road, air and water) that the
verifier refused; each with a value it must accept and one it must still refuse.
Articles are ours."""

from verify_helpers import problems as _problems
from verify_helpers import refined as _refined


_ALERTS = ("ORREN VALLEY FORUM Security incident log (extract)\n\n"
           "14/11/2025 07:50 | Sarek village, water point | A man with a knife attacked women queuing for water "
           "and stabbed two of them.\n\n"
           "14/11/2025 19:40 | Kiben town | A minibus was driven into a group of young men outside the youth "
           "centre. 1 killed, 5 injured.\n\n"
           "15/11/2025 10:05 | Kiben, UPDATE to 19:40 entry | Police now treat the minibus incident as a deliberate "
           "attack.\n\n"
           "15/11/2025 16:00 | WEEKLY TOTALS, Lower Orren district | 3 security incidents, 1 killed, 12 injured.\n")


def test_a_logs_update_and_totals_lines_start_no_incident_whatever_their_day():
    refined = _refined(_ALERTS, ("armed attack", [2, 3, 4, 5, 6]))
    groups = [sentences for _, sentences in refined]
    assert len(groups) == 2 and groups[0] == [2] and {5, 6} <= set(groups[1])


def test_a_logs_weekly_totals_are_a_tally():
    from summarizer.verify.tallies import tally
    assert tally(12, ["15/11/2025 16:00 | WEEKLY TOTALS, Lower Orren district | 3 security incidents, 1 killed, "
                      "12 injured."])
    assert tally(9, ["Week totals: 4 killed, 9 injured."])
    assert not tally(9, ["HV-071 | 14 May 2026 | Velt | A man attacked passengers | 4 killed, 9 injured | Police"])


def test_incidents_are_no_party():
    from summarizer.verify.party_names import names_an_event
    assert names_an_event("security incidents") and not names_an_event("security forces")


_LOG = ("Halmoor Province Security Unit - Weekly Incident Log No. 20/2026\n\n"
        "Country: Zervika.\n\n"
        "Area: Halmoor province.\n\n"
        "HM-072 | 14 May 2026, 17:30 | Markel, Station Street | A man stabbed two women outside a pharmacy and "
        "fled | 2 injured | Police\n")


def test_a_logs_country_line_rules_out_a_street_or_a_town_as_the_country():
    for wrong in ("Station Street", "Markel"):
        problems = _problems(_LOG, place="Markel", country=wrong, location_sentences=[2, 4])
        assert any(p.field == "location" and ("Country:" in p.message or "site" in p.message) for p in problems)
    problems = _problems(_LOG, place="Markel", country="Zervika", location_sentences=[2, 4])
    assert not [p for p in problems if p.field == "location"]


def test_a_country_the_label_does_not_name_stays_when_the_text_does_not_make_it_a_town():
    # a neighbour's event in a log of another country ("in neighbouring Tarsk") is not refused
    text = _LOG + "\nHM-074 | 15 May 2026 | Dorv | Gunmen crossed into neighbouring Tarsk and raided Dorv | 1 killed |\n"
    problems = _problems(text, place="Dorv", country="Tarsk", location_sentences=[5])
    assert not any("Country:" in p.message for p in problems)


def test_four_men_who_beat_the_watchman_count_the_attackers():
    from summarizer.verify.categories import counts_attackers
    row = "HM-073 | Orm | Four men beat the watchman of the store and set the store alight | 1 injured (watchman)"
    assert counts_attackers(4, [row])
    assert not counts_attackers(1, [row])


def test_a_crash_police_now_call_a_deliberate_attack_is_no_accident():
    from summarizer.verify.event_types import kind_contradicted
    said = ["Police now say the car driven into the Olvesk parade was a deliberate attack.",
            "Police had first called the crash an accident caused by failed brakes."]
    assert kind_contradicted("transport accident", said) is not None
    assert kind_contradicted("transport accident", ["A car ploughed into a crowd after its brakes failed."]) is None


def test_an_attack_in_a_town_some_200_km_away_is_another_incident():
    text = ("A man armed with a knife stabbed commuters at the central station in Ostrel on Saturday morning, "
            "killing two people.\n\n"
            "On Saturday afternoon, in the river town of Belk in the southern province, some 200 km away, a second "
            "man attacked shoppers with a knife at the covered market, wounding three.\n")
    assert len(_refined(text, ("armed attack", [1, 2]))) == 2
    rescuers = ("A gallery of the Tobren mine collapsed on Monday, trapping 12 miners.\n\n"
                "Teams from the rescue service in Kelm, 60 kilometres away, drilled a borehole towards the "
                "collapsed gallery.\n")
    assert len(_refined(rescuers, ("industrial accident", [1, 2]))) == 1


def test_some_km_from_the_village_places_the_event_there():
    from summarizer.verify.place_roles import only_elsewhere
    text = ("A BUS LEFT THE ROAD AND FELL SOME 200 METERS INTO A GORGE AT ABOUT 0430 THIS MORNING, 3 KM FROM THE "
            "VILLAGE OF SANTA OLVA, THE HIGHWAY POLICE REPORTED.")
    assert not only_elsewhere("Santa Olva", [text])
    assert only_elsewhere("Santa Olva", ["A MECHANIC FROM THE VILLAGE OF SANTA OLVA WAS AMONG THE DEAD IN THE GORGE."])


def test_a_riverboat_and_a_loaded_train_are_what_was_attacked():
    from summarizer.verify.parties import plays_role_by_name_or_head
    assert plays_role_by_name_or_head("riverboat Grey Swan", "targets", [
        "A bomb hidden in a crate exploded aboard a crowded riverboat at the jetty on Saturday.",
        "The double-decker Grey Swan caught fire and sank within minutes."])
    train = ["A FREIGHT TRAIN CARRYING COPPER ORE DERAILED LAST NIGHT WHEN A CHARGE EXPLODED BENEATH ITS LOCOMOTIVE.",
             "AN ARMY COMMUNIQUE BLAMED THE GUERRILLAS FOR THE ATTACK ON THE TRAIN."]
    assert plays_role_by_name_or_head("a freight train carrying copper ore", "targets", train)
    assert not plays_role_by_name_or_head("a freight train carrying copper ore", "targets", train[:1])


def test_a_figure_takes_the_category_of_the_verb_it_is_the_object_of():
    from summarizer.verify.categories import category_conflict, harm_named
    text = ("A man stabbed commuters at the station on Saturday morning, killing two people and wounding five "
            "before police officers shot him dead, the ministry said.")
    assert harm_named(5, [text]) == {"injured"} and harm_named(2, [text]) == {"killed"}
    assert category_conflict("killed", 5, [text]) == {"injured"}
    assert category_conflict("injured", 5, [text]) is None
    # no verb before the figure: the clause decides, as before
    assert category_conflict("killed", 5, ["Five people died and nine were hurt."]) is None
