"""Verifier rules of 2026-12-06 (eleventh session), from right gold values of the
fifty-first twelve (several incidents in one text; long and odd formats: an
inquiry report, a company's press release, a police blotter, a situation report)
it refused and from the model's verified wrong values on it; each with a value it
must accept and one it must still refuse. Articles are ours."""

from support.incident_problems import incident_problems


def test_a_bus_that_slid_off_the_road_into_a_ditch_tells_an_accident():
    from summarizer.verify.cues import type_told
    assert type_told("transport accident", ["A school bus with 23 pupils aboard slid off the icy road into a ditch."])
    assert type_told("transport accident", ["The lorry ran off the road near the bridge."])
    assert not type_told("transport accident", ["A school bus with 23 pupils aboard waited by the road."])


def test_a_distribution_that_turned_violent_tells_an_event():
    from summarizer.verify.event_types import tells_an_event
    assert tells_an_event("A food distribution in Pruitmoor turned violent on 24 April.")
    assert not tells_an_event("A food distribution in Pruitmoor is planned for 24 April.")


def test_a_crowd_named_again_where_force_was_used_on_it_is_on_both_sides():
    from summarizer.verify.roles import force_used_on_them
    depot = ("On 24 April 2026 a crowd of several hundred people waiting for flood rations broke through the gates "
             "of the municipal grain depot, and police guarding the depot fired into the crowd.")
    assert force_used_on_them("crowd", [depot])
    watched = ("On 24 April 2026 a crowd of several hundred people waiting for flood rations broke through the gates "
               "of the municipal grain depot, and police guarding the depot watched the crowd.")
    assert not force_used_on_them("crowd", [watched])


def test_a_relative_clause_of_the_captives_leaves_the_groups_claim_standing():
    from summarizer.verify.roles import plays_role
    claim = "In the same message the QFA said its men had taken the fishermen, whom it accused of spying for the army."
    assert plays_role("QFA", "perpetrators", [claim])
    # ... but the name a "whom" clause follows is still acted on, not acting
    seized = "TECHNICIANS OF THE STATE TELEPHONE COMPANY, TELMAR, WHOM ITS FIGHTERS HAD SEIZED, WERE FREED."
    assert not plays_role("TELMAR", "perpetrators", [seized])


_INQUIRY = ("COMMISSION OF INQUIRY INTO THE ATTACK ON THE BRELLOW TRANSIT CAMP\n\n"
            "Summary report, presented to the National Assembly of Kestovia on 3 April 2025\n\n"
            "The Commission was set up on 15 February 2023 to establish the facts of the attack on the Brellow "
            "transit camp, on the outskirts of Orrin in Kestovia's Tamsel Province.\n\n"
            "The Commission finds that at about 22:40 on 27 August 2021 some twenty armed men opened fire on the "
            "police guard post at the north gate.\n\n"
            "On the morning of 28 August 2021 the provincial police announced that nine people had been killed.")


def test_an_inquiry_report_is_of_its_attacks_time_not_of_its_own():
    right = incident_problems(_INQUIRY, summary_sentences=[4], event_type_sentences=[1, 4], date_text="on 27 August 2021",
                              date_iso="2021-08-27", date_sentences=[4], place="Orrin", admin_area="Tamsel Province",
                              country="Kestovia", location_sentences=[3],
                              perpetrators=[{"name": "armed men", "sentences": [4]}],
                              casualties=[{"category": "killed", "count": 9, "qualifier": "exact",
                                           "sentences": [5]}])
    assert right == []
    # ... while a page that is about the attack's day still keeps a year-old event out
    wrong = incident_problems(_INQUIRY.replace("on 27 August 2021", "on 27 August 2021 (a year after a raid on "
                                               "12 May 2020 that killed 4 people)"),
                              summary_sentences=[4], event_type_sentences=[1, 4], date_text="12 May 2020", date_iso="2020-05-12",
                              date_sentences=[4])
    assert any("before the time of the report" in p for p in wrong)


def test_a_report_header_line_and_a_bodys_founding_day_are_no_time_of_the_page():
    from summarizer.read.segment import segment
    from summarizer.verify.date_events import dates_no_act_at
    from summarizer.verify.dates import report_date
    texts = [s.text for s in segment(_INQUIRY)]
    assert report_date(None, texts, dates_no_act_at).isoformat() == "2021-08-27"
    note = ["On 4 November 2022, gunmen fired on a bus carrying miners near Qarsh."]
    assert report_date(None, note, dates_no_act_at).isoformat() == "2022-11-04"


def test_a_statement_opened_by_a_time_of_day_dates_the_statement():
    from summarizer.verify.date_events import only_when_said
    said = "On the morning of 28 August 2021 the provincial police announced that nine people had been killed."
    assert only_when_said("28 August 2021", [said])
    done = "On the morning of 28 August 2021 gunmen killed nine people at the camp."
    assert not only_when_said("28 August 2021", [done])


_RELEASE = ("Airport confirms cyber intrusion\n\n"
            "VOSSMERE, Tallany, 12 March 2026 - Vossmere Airport Company, which owns and operates Vossmere Airport, "
            "today confirms that an unauthorised third party gained access to parts of its IT network late on Sunday "
            "evening.")


def test_a_party_that_gained_access_to_the_speakers_network_did_it_and_hit_the_speaker():
    right = incident_problems(_RELEASE, event_type="cyberattack", event_type_sentences=[1, 2],
                              perpetrators=[{"name": "unauthorised third party", "sentences": [2]}],
                              targets=[{"name": "Vossmere Airport Company", "sentences": [2]}],
                              place="Vossmere", country="Tallany", location_sentences=[2])
    assert right == []
    from summarizer.verify.roles import plays_role
    sentence = _RELEASE.split(" - ", 1)[1]  # (the dateline blanked, as the verifier reads it)
    assert plays_role("unauthorised third party", "perpetrators", [sentence])
    assert plays_role("Vossmere Airport Company", "targets", [sentence])
    other = sentence.replace("gained access to parts of its IT network", "had no access to its IT network")
    assert not plays_role("unauthorised third party", "perpetrators", [other])
    assert not plays_role("Vossmere Airport Company", "targets", [other])


def test_a_blotters_arrests_date_no_event():
    from summarizer.verify.date_events import only_said_or_after
    arrests = "Friday - Officers made 14 arrests for drink-driving during a week of roadside checks across the county."
    assert only_said_or_after("Friday", [arrests])
    crash = "Friday - A lorry overturned on the ring road, killing its driver."
    assert not only_said_or_after("Friday", [crash])


def test_the_town_of_a_street_address_is_no_country():
    from summarizer.verify.names import called_a_town
    crossing = "A car struck two pedestrians on the zebra crossing in Market Street, Hobbleford, killing one."
    assert called_a_town("Hobbleford", crossing)
    assert not called_a_town("Hobbleford", "The Hobbleford Courier compiled the reports.")
    # ... and a town's people stay no town: "Ulm province, the village head, said"
    assert not called_a_town("Ulm province", "outside the village of Sorrin, also in Ulm province, the village head said")


def test_an_infobox_note_is_no_part_of_a_partys_name():
    from summarizer.records.parties import bare_name
    assert bare_name("Ombrevale Harvest Guard (claimed)") == "Ombrevale Harvest Guard"
    assert bare_name("On 24 September the Almira Free Front") == "Almira Free Front"
    assert bare_name("Ombrevale Harvest Guard (OHG)") == "Ombrevale Harvest Guard (OHG)"


_SITREP = ("SITUATION REPORT\n\n"
           "- The Ombre river flooded the lower town of Sennadune on the evening of 22 April 2026.\n\n"
           "- Four people travelling in one of our trucks were abducted near Ghelby on 25 April 2026.")


def test_a_flood_takes_no_one_captive():
    wrong = incident_problems(_SITREP, event_type="natural disaster", event_type_sentences=[2],
                              casualties=[{"category": "captured/abducted", "count": 4, "qualifier": "exact",
                                           "sentences": [3]}])
    assert any("takes no one captive" in p for p in wrong)
    right = incident_problems(_SITREP, event_type="abduction", event_type_sentences=[3],
                              casualties=[{"category": "captured/abducted", "count": 4, "qualifier": "exact",
                                           "sentences": [3]}])
    assert not [p for p in right if "casualties" in p]


def test_troops_that_repelled_the_attack_are_no_side_that_carried_it_out():
    from summarizer.verify.roles import plays_role
    note = ("On 3 May 2026, fighters of the Red Cedar Front (RCF) attacked an army outpost at Ulmsby village before "
            "dawn; troops repelled the attack after a two-hour exchange of fire.")
    assert not plays_role("troops", "perpetrators", [note], either_side=True)
    assert plays_role("Red Cedar Front (RCF)", "perpetrators", [note], either_side=True)
    assert plays_role("troops", "perpetrators", ["Troops and RCF fighters clashed near the outpost."], either_side=True)


def test_a_figure_of_an_event_named_by_another_day_is_that_events():
    note = ("Clashes note\n\n"
            "On 6 May 2026, residents of Selwick town blocked the main road; a soldier shot dead one protester.\n\n"
            "On 7 May 2026, the village council of Ulmsby said that 11 fighters and 5 soldiers had died in the 3 May "
            "attack on the outpost.")
    wrong = incident_problems(note, date_text="On 6 May 2026", date_iso="2026-05-06", date_sentences=[2],
                              event_type_sentences=[2],
                              casualties=[{"category": "killed", "count": 11, "qualifier": "exact", "sentences": [3]}])
    assert any("another day" in p for p in wrong)
    right = incident_problems(note, date_text="On 6 May 2026", date_iso="2026-05-06", date_sentences=[2],
                              event_type_sentences=[2],
                              casualties=[{"category": "killed", "count": 1, "qualifier": "exact", "sentences": [2]}])
    assert not [p for p in right if "casualties" in p]


def test_an_update_on_mondays_crash_is_mondays_under_the_dateline():
    blotter = ("Police blotter\n\n"
               "HOBBLEFORD, Melcombe, November 14, 2026 - Wednesday, 5:30 p.m. - A car struck two pedestrians in "
               "Market Street, Hobbleford, killing one.\n\n"
               "Update on Monday's crash: the hospital said the toll from the collision near Dunstrey had risen to "
               "three.")
    wrong = incident_problems(blotter, event_type="transport accident", event_type_sentences=[2],
                              date_text="Wednesday, 5:30 p.m.", date_iso="2026-11-11", date_sentences=[2],
                              place="Dunstrey", location_sentences=[3])
    assert any("another day" in p for p in wrong)
    right = incident_problems(blotter, event_type="transport accident", event_type_sentences=[2],
                              date_text="Wednesday, 5:30 p.m.", date_iso="2026-11-11", date_sentences=[2],
                              place="Hobbleford", location_sentences=[2])
    assert not [p for p in right if "location" in p]


def test_security_forces_firing_on_a_protest_make_a_riot_not_an_armed_attack():
    from summarizer.verify.event_types import forces_fired_on_a_protest, kind_contradicted
    protest = ["On 6 May 2026, several hundred residents blocked the main road to protest against the bombing; "
               "soldiers fired live rounds to clear it, killing one man."]
    assert forces_fired_on_a_protest(protest)
    assert kind_contradicted("armed attack", protest, protest)
    assert not kind_contradicted("riot/protest", protest, protest)
    fair = ["Gunmen fired on the crowd at the horse fair after police fired warning shots at a protest."]
    assert not forces_fired_on_a_protest(fair)
    # a lone sentence's type (the refinement's) stays its act's
    assert not kind_contradicted("armed attack", protest)


def test_a_reports_finding_in_the_body_is_no_signoff():
    from summarizer.verify.dates import signoff_sentences
    from summarizer.read.segment import segment
    page = ("Olmeti attack\n\n"
            "Summary report, presented to the National Assembly on 3 April 2025\n\n"
            "Its report, published in March 2006, found that 41 people had been killed in the attack.")
    assert signoff_sentences(segment(page)) == {2}


def test_the_record_leaves_out_anyone_captured_in_a_flood_and_types_a_protest_fired_on():
    from summarizer.core.schema import EventFields, EventList, FigureAnswer
    from summarizer.read.segment import segment
    from summarizer.records.derive import Article, event_kind, incident_from
    article = Article(segment(_SITREP), _SITREP)
    flood = EventList.model_validate({"events": [{"type": "natural disaster", "sentences": [2, 3]}]}).events[0]
    fields = EventFields(place="Sennadune", casualties=[FigureAnswer(category="captured/abducted", count=4,
                                                                     sentence=3)])
    assert not incident_from(flood, fields, article).casualties
    protest = ("Clashes note\n\nOn 6 May 2026, several hundred residents of Selwick town blocked the main road to "
               "protest against the bombing; soldiers fired live rounds to clear it, killing one man.")
    fired_on = EventList.model_validate({"events": [{"type": "armed attack", "sentences": [2]}]}).events[0]
    assert event_kind(fired_on, Article(segment(protest), protest)) == "riot/protest"
