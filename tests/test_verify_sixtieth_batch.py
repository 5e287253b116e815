"""Verifier rules of 2026-12-06 (fourteenth session), from right gold values of the
sixtieth twelve (riots, protests and crowd violence; very short reports and alerts)
it refused and from the model's verified wrong values on it; each with a value it
must accept and one it must still refuse. Articles are ours."""

from datetime import date


def test_a_siege_ended_by_a_rescue_the_next_dawn_is_the_same_incident():
    from summarizer.verify.date_events import of_another_day
    stormed = ("Special police units stormed the prison at dawn on 11/22/2025 and freed the guards; the justice "
               "ministry said 3 inmates were killed and 27 people injured, among them 5 guards.")
    assert not of_another_day([stormed], date(2025, 11, 21))
    assert of_another_day(["On the afternoon of 11/22/2025, police fired tear gas at relatives at the gates."],
                          date(2025, 11, 21))


def test_a_participle_after_the_is_no_verb_of_the_date():
    from summarizer.verify.date_events import of_another_day
    found = "The body of a guard was found in the burned records office on 11/23/2025, raising the ministry's toll to 4."
    assert not of_another_day([found], date(2025, 11, 21))
    assert of_another_day(["Rioters burned the records office on 11/23/2025."], date(2025, 11, 21))


def test_a_crowd_that_pelts_or_stones_riots():
    from summarizer.verify.cues import type_stated
    assert type_stated("riot/protest", ["Supporters of both clubs have turned on the officers, pelting them with bottles."])
    assert type_stated("riot/protest", ["A coach taking supporters home was stoned by a group of about 30 men."])
    assert not type_stated("riot/protest", ["Gunmen opened fire on a coach taking supporters home."])


def test_people_cut_by_broken_glass_are_injured_even_past_an_apposition():
    from summarizer.verify.categories import harm_named, presence_total
    cut = "Four people on board, three passengers and the driver, were cut by broken glass."
    assert harm_named(4, [cut]) and not presence_total(4, [cut])
    assert presence_total(4, ["Four people on board, three passengers and the driver, were unhurt."])


def test_police_who_fired_tear_gas_and_then_live_rounds_on_monday_at_protesters():
    from summarizer.verify.roles import force_used_on_them
    lead = ("Police in Morvasse fired tear gas and then live rounds on Monday at protesters who had stoned the town's "
            "main police station and set it on fire.")
    assert force_used_on_them("protesters", [lead])
    assert not force_used_on_them("protesters", ["Police in Morvasse met protesters who had marched to the station."])


def test_protesters_who_threw_stones_at_police_and_police_who_fired():
    from summarizer.verify.roles import force_used_on_them
    sms = "Protesters threw stones at police, police fired tear gas + live rounds into the crowd."
    assert force_used_on_them("police", [sms])
    assert not force_used_on_them("police", ["Protesters threw stones at police, who withdrew."])


def test_a_military_reports_abbreviations_name_the_harm():
    from summarizer.verify.categories import category_conflict
    line = "5x KIA, 9x WIA, 2x MIA (army); 14 FSL fighters killed."
    assert category_conflict("injured", 9, [line]) is None
    assert category_conflict("missing", 2, [line]) is None
    assert category_conflict("killed", 9, [line]) is not None


def test_a_date_time_group_and_a_day_and_month_under_a_dated_page():
    from summarizer.verify.dates import explicit_date_spans, resolve
    assert [d for _, _, d in explicit_date_spans("RCIED det. vic. checkpoint 150540ZMAR26")] == [date(2026, 3, 15)]
    anchor = date(2026, 8, 18)
    assert resolve("17/08", anchor) == {date(2026, 8, 17)}
    assert resolve("05/08", anchor) == set()  # either order is a date: no locale is guessed


def test_officers_guarding_a_building_are_people_not_the_building():
    from summarizer.verify.parties import harmed_at_the_aim
    line = ("Riot police fired tear gas and rubber bullets at some 2,000 students this morning after the marchers "
            "stoned officers guarding the building.")
    assert not harmed_at_the_aim("students", ["students", "officers guarding the building"], "riot/protest", [line])
    assert harmed_at_the_aim("students", ["students", "the building"], "riot/protest",
                             ["Some 2,000 students were hurt when the building was set on fire."])


def test_nothing_is_verified_in_a_march_that_ended_without_incident():
    from summarizer.core.schema import Draft, DraftIncident
    from summarizer.read.segment import segment
    from summarizer.records.build import UNESTABLISHED, build_incidents
    from summarizer.records.derive import Article
    text = ("On 4 May 2025, about 2,000 women from both communities marched through Kirenga calling for peace; the "
            "march ended without incident.")
    draft = Draft(incidents=[DraftIncident(summary="x", summary_sentences=[1], event_type="riot/protest",
                                           event_type_sentences=[1], date_text="On 4 May 2025",
                                           date_iso="2025-05-04", date_sentences=[1], place="Kirenga",
                                           location_sentences=[1])])
    problems = Article(segment(text), text).verifier(draft)
    [incident] = build_incidents(draft, segment(text), problems)
    assert not incident.event_type.verified and UNESTABLISHED in incident.location.problems
    riot = text.replace("the march ended without incident", "police fired tear gas at the marchers")
    draft.incidents[0].event_type = "riot/protest"
    problems = Article(segment(riot), riot).verifier(draft)
    [incident] = build_incidents(draft, segment(riot), problems)
    assert incident.location.verified
