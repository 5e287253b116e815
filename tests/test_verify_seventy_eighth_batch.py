"""Verifier rules of 2026-12-07 (twenty-second session): from the seventy-eighth (industrial
accidents at plants, mines and depots) and seventy-ninth (election violence and prison
breaks) twelves; each with a value it must refuse or accept and its twin the other way.
Articles are ours."""

from verify_helpers import problems

from summarizer.read.segment import segment
from summarizer.verify.dates import signoff_sentences


def fields(found) -> list[str]:  # noqa: ANN001 - verify.Problem list
    return [p.field for p in found]


def test_a_day_with_its_event_in_a_when_clause_dates_the_event():
    text = ("VILLA ORCONTE, 17 NOV 87 (RADIO CORDILLERA) -- [TEXT] RESCUE BRIGADES TODAY BROUGHT OUT ALIVE THE "
            "LAST NINE OF THE 26 MINERS WHO HAD BEEN TRAPPED SINCE SUNDAY AFTERNOON, WHEN THE MAIN SHAFT OF THE "
            "SAN ERMELINDO TIN MINE COLLAPSED AT THE 240-METER LEVEL.")
    kw = dict(event_type="industrial accident", date_text="SUNDAY AFTERNOON", date_iso="1987-11-15",
              date_sentences=[1])
    assert "date" not in fields(problems(text, **kw))
    # ... but a day a toll rose, told with no event of its own, is still after the fact
    rose = ("VILLA ORCONTE, 17 NOV 87 (RADIO CORDILLERA) -- [TEXT] THE NUMBER OF MINERS KILLED ROSE TO FIVE ON "
            "SUNDAY AFTERNOON, WHEN THE UNION GAVE ITS OWN LIST.")
    assert "date" in fields(problems(rose, **kw))


def test_day_labourers_are_people_not_days():
    text = ("8 fatalities (workers), per the district police; the dyeworks' workers' committee put the toll at "
            "eleven, counting three day labourers who were not on the payroll.")
    cas = [dict(category="killed", count=3, qualifier="exact", who="day labourers", reported_by="committee",
                sentences=[1])]
    assert "casualties[0]" not in fields(problems(text, event_type="industrial accident", casualties=cas))
    # ... but three days of a stoppage count no one
    days = ("8 fatalities (workers), per the district police; the plant stood idle for three days.")
    assert "casualties[0]" in fields(problems(days, event_type="industrial accident", casualties=cas))


def test_a_header_block_with_place_lines_is_evidence_for_the_place():
    text = ("Issued: 5 June 2025, 09:00 Country: Dunmerith Area: Scarrowmoor Province Period covered: 4 June "
            "2025, 09:00 to 5 June 2025, 09:00\nThe embankment of Tailings Facility 2 at the Gorrowfell copper "
            "mine gave way and released slurry into the valley.")
    assert signoff_sentences(segment(text)) == set()
    # ... but an issue line alone is the report's own, no evidence
    alone = "Issued: 5 June 2025, 09:00 by the operations centre.\nThe embankment gave way."
    assert signoff_sentences(segment(alone)) == {1}


def test_a_claim_after_but_dates_the_claim_not_the_blast():
    text = ("11/02/2023: An explosion tore through the rail loading bay of the Korvanec fuel depot in Korvanec "
            "town at about 23:40.\nGSF at first blamed a leaking valve, but on 11/03/2023 the Black Marsh "
            "Brigade claimed responsibility in a video, saying its fighters had placed 3 explosive charges under "
            "the wagons.")
    kw = dict(event_type="bombing/explosion", event_type_sentences=[1, 2], date_text="11/02/2023",
              date_iso="2023-11-02", date_sentences=[1])
    perps = [dict(name="Black Marsh Brigade", sentences=[2])]
    assert "perpetrators[0]" not in fields(problems(text, perpetrators=perps, **kw))
    # ... but a second attack told after "but" on another day is that day's
    again = ("11/02/2023: An explosion tore through the rail loading bay of the Korvanec fuel depot in Korvanec "
             "town at about 23:40.\nThe depot reopened, but on 11/03/2023 the Black Marsh Brigade attacked a "
             "second depot in Ulvast, and said it would go on.")
    assert "perpetrators[0]" in fields(problems(again, perpetrators=perps, **kw))


def test_an_explosion_tearing_through_a_place_a_group_claimed_hit_it():
    text = ("An explosion tore through the rail loading bay of the Korvanec fuel depot at about 23:40; the "
            "Black Marsh Brigade claimed responsibility, saying its fighters had placed the charges.")
    targets = [dict(name="rail loading bay", sentences=[1])]
    assert "targets[0]" not in fields(problems(text, event_type="bombing/explosion", targets=targets))
    # ... but a fire that tore through a plant attacked nothing
    fire = ("A fire tore through the rail loading bay of the Korvanec fuel depot at about 23:40; the Black Marsh "
            "Brigade claimed responsibility, saying its fighters had set it.")
    assert "targets[0]" in fields(problems(fire, event_type="armed attack", targets=targets))


def test_people_who_needed_or_sought_treatment_are_injured():
    text = ("Between 21:00 on 14 May and 04:30 on 15 May the trapped miners were hauled up, and doctors at "
            "Askerud District Hospital said 4 of them needed treatment for dehydration.")
    cas = [dict(category="injured", count=4, qualifier="exact", who="miners", reported_by="doctors",
                sentences=[1])]
    assert "casualties[0]" not in fields(problems(text, event_type="industrial accident", casualties=cas))
    sought = "The plant's operator, Gorvant Agrochem, said 22 residents had sought treatment."
    cas22 = [{**cas[0], "count": 22}]
    assert "casualties[0]" not in fields(problems(sought, event_type="industrial accident", casualties=cas22))
    # ... but 4 of them sent home without treatment are no one hurt
    home = ("The trapped miners were hauled up, and doctors said 4 of them went home the same night.")
    assert "casualties[0]" in fields(problems(home, event_type="industrial accident", casualties=cas))


def test_gear_that_snapped_and_struck_workers_tells_the_accident():
    text = ("On the afternoon of 9 May a steel cable on one of the drilling rigs snapped and struck two rescue "
            "workers at the surface; one was killed.")
    assert "event_type" not in fields(problems(text, event_type="industrial accident"))
    # ... but the rig named alone tells no accident
    named = "On the afternoon of 9 May a second drilling rig was brought to the site to widen the shaft."
    assert "event_type" in fields(problems(named, event_type="industrial accident"))


def test_clerks_driven_off_with_are_people_taken_not_loot():
    text = ("About fifteen attackers opened fire on the trucks, set two of them alight and drove off with two "
            "clerks of the electoral commission.")
    targets = [dict(name="trucks", sentences=[1]), dict(name="two clerks of the electoral commission",
                                                        sentences=[1])]
    assert "targets[1]" not in fields(problems(text, targets=targets))
    # ... but the ballot boxes driven off with are loot
    boxes = [dict(name="trucks", sentences=[1]), dict(name="ballot boxes", sentences=[1])]
    loot = ("About fifteen attackers opened fire on the trucks, set two of them alight and drove off with the "
            "ballot boxes.")
    assert "targets[1]" in fields(problems(loot, targets=boxes))


def test_an_opening_date_past_a_clause_of_what_came_before_dates_the_riot():
    text = ("On 14 June 2023, hours after the national electoral commission declared President Anselm Vorrik "
            "re-elected, several thousand supporters of the opposition rioted in Brezhany.")
    kw = dict(event_type="riot/protest", date_text="14 June 2023", date_iso="2023-06-14", date_sentences=[1])
    assert "date" not in fields(problems(text, **kw))
    # ... but a statement on that day, past the same clause, is a statement's day
    said = ("On 14 June 2023, hours after the national electoral commission declared President Anselm Vorrik "
            "re-elected, the opposition said its supporters had rioted in Brezhany.")
    assert "date" in fields(problems(said, **kw))


def test_the_second_side_of_rival_supporters_with_its_own_of_the():
    text = ("On 15 June 2023, supporters of the Harvest Alliance and of the KCP fought each other with stones "
            "and clubs in the central market of Zelvatin.")
    perps = [dict(name="supporters of the Harvest Alliance", sentences=[1]),
             dict(name="supporters of the KCP", sentences=[1])]
    found = fields(problems(text, event_type="riot/protest", perpetrators=perps))
    assert "perpetrators[0]" not in found and "perpetrators[1]" not in found
    # ... but the party's supporters only watching did nothing
    watched = ("On 15 June 2023, supporters of the Harvest Alliance fought police with stones in the market, "
               "and of the KCP nothing was said.")
    assert "perpetrators[1]" in fields(problems(watched, event_type="riot/protest", perpetrators=perps))


def test_a_log_location_with_a_number_then_the_site_by_its_kind():
    entry = ("2.2 Date: 3 November 2024 Location: Polling Station 118, Fennaway Primary School, Fennaway "
             "Description: Shortly after polls opened, about 10 gunmen {}, fired on voters queuing outside, "
             "wounding 5, and seized 3 election staff, who were released unharmed on 4 November.")
    targets = [dict(name="Polling Station 118", sentences=[1])]
    assert "targets[0]" not in fields(problems(entry.format("stormed the polling station"), targets=targets))
    # ... but gunmen who stormed another place did not attack the station
    assert "targets[0]" in fields(problems(entry.format("stormed the bank across the road"), targets=targets))


def test_a_place_hit_as_the_building_in_the_same_sentence():
    text = ("About 600 residents marched to Fadrova Copper's site office at the edge of the village and threw "
            "stones at the building and at the riot police guarding it.")
    targets = [dict(name="Fadrova Copper's site office", sentences=[1])]
    assert "targets[0]" not in fields(problems(text, event_type="riot/protest", targets=targets))
    # ... but a march to it that stoned nothing there did not attack it
    marched = ("About 600 residents marched to Fadrova Copper's site office at the edge of the village and "
               "handed in a petition.")
    assert "targets[0]" in fields(problems(marched, event_type="riot/protest", targets=targets))


def test_officers_pelted_by_the_crowd_police_dispersed_were_its_aim():
    text = ("Police fired tear gas and then live rounds to disperse the crowd of several hundred, which had "
            "pelted officers with stones and bottles.")
    targets = [dict(name="officers", sentences=[1])]
    assert "targets[0]" not in fields(problems(text, event_type="riot/protest", targets=targets))
    # ... but a group that had pelted officers at an earlier march did nothing here
    earlier = "The Harvest Youth, a group which had pelted officers at an earlier march, denied any role."
    assert "targets[0]" in fields(problems(earlier, event_type="riot/protest", targets=targets))


def test_a_person_named_in_full_then_fired_on_by_surname():
    text = ("DR TORCUATO BERRONDO, THE AGRARIAN RENEWAL PARTY CANDIDATE FOR MAYOR, DIED THIS MORNING IN A CLINIC. "
            "ON TUESDAY NIGHT, TWO GUNMEN ON A MOTORCYCLE FIRED ON BERRONDO AS HE ADDRESSED A RALLY.")
    targets = [dict(name="DR TORCUATO BERRONDO", sentences=[1, 2])]
    assert "targets[0]" not in fields(problems(text, targets=targets))
    # ... but a surname that only speaks is no target
    spoke = ("DR TORCUATO BERRONDO, THE AGRARIAN RENEWAL PARTY CANDIDATE FOR MAYOR, WAS IN THE CAPITAL. "
             "ON TUESDAY NIGHT, TWO GUNMEN FIRED ON A BUS, BERRONDO SAID.")
    assert "targets[0]" in fields(problems(spoke, targets=targets))


def test_a_shared_verb_after_and_counts_the_first_subject():
    text = ("On 9 February 2024, police raided a farmhouse near Tullimar where escapees were hiding; in the "
            "ensuing gun battle four escapees and one police officer were killed.")
    cas = [dict(category="killed", count=4, qualifier="exact", who="escapees", reported_by="police",
                sentences=[1])]
    assert "casualties[0]" not in fields(problems(text, event_type="battle/clash", casualties=cas))
    # ... but four escapees hiding, and one officer killed, count four present
    hiding = ("On 9 February 2024, police raided a farmhouse where four escapees were hiding; one police officer "
              "was killed.")
    assert "casualties[0]" in fields(problems(hiding, event_type="battle/clash", casualties=cas))
