"""Verifier rules of 2026-12-06 (tenth session), from right gold values of the
fiftieth twelve (disasters and accidents told over days; cyberattacks and
abductions) it refused and from the model's verified wrong values on it; each with
a value it must accept and one it must still refuse. Articles are ours."""

from support.incident_problems import incident_problems


def test_a_river_that_burst_its_banks_tells_an_event():
    from summarizer.verify.event_types import tells_an_event
    assert tells_an_event("Late on 15 September 2026 the Sulvine river burst its banks at the town of Dennick.")
    assert not tells_an_event("The Sulvine river runs past the town of Dennick.")


def test_thunderstorms_state_a_natural_disaster():
    from summarizer.verify.cues import type_stated
    assert type_stated("natural disaster", ["A line of thunderstorms crossed the district after midnight."])
    assert type_stated("natural disaster", ["The Tarrow brook overflowed into the village."])
    assert not type_stated("natural disaster", ["Gunmen stormed the village after midnight."])


def test_the_speaker_whose_own_systems_were_hit_is_the_target():
    pensions = ("Pension payments halted\n\n"
                "ARDMUIR, Celdovia, April 15, 2026 (Ironquay Tech Desk) - Celdovia's State Pensions Office (SPO) "
                "said on Tuesday that a ransomware attack had encrypted the servers that calculate and pay monthly "
                "pensions at its data centre in the town of Hallowden.")
    right = incident_problems(pensions, event_type="cyberattack", event_type_sentences=[2],
                              targets=[{"name": "State Pensions Office (SPO)", "sentences": [2]}])
    assert not [p for p in right if "targets" in p]
    police = ("Register leaked\n\n"
              "HALVOSS, Vestrany, February 17, 2027 (Glasswing Tech Wire) - Vestrany's National Police confirmed on "
              "Tuesday that hackers had stolen its register of firearms licences.")
    right = incident_problems(police, event_type="cyberattack", event_type_sentences=[2],
                              targets=[{"name": "National Police", "sentences": [2]}])
    assert not [p for p in right if "targets" in p]
    said = ("Register leaked\n\n"
            "HALVOSS, Vestrany, February 17, 2027 (Glasswing Tech Wire) - Vestrany's National Police said on Tuesday "
            "that hackers had stolen the register of the Ulmeth gun club.")
    assert any("targets" in p for p in incident_problems(said, event_type="cyberattack", event_type_sentences=[2],
                                                         targets=[{"name": "National Police", "sentences": [2]}]))


def test_a_finding_of_what_had_happened_dates_the_happening():
    from summarizer.verify.date_events import only_after_the_fact
    found = ("Investigators found that the intruders first logged in to the register on the night of January 26, "
             "the police said.")
    assert not only_after_the_fact("on the night of January 26", [found])
    assert only_after_the_fact("on Sunday", ["Rescuers found two more bodies on Sunday."])


def test_a_capitals_headline_is_no_dateline_above_a_dated_one():
    from summarizer.verify.dates import find_dateline
    article = ("RANCHER, SON AND SON-IN-LAW KIDNAPPED IN ALTO CAUDAL\n\n"
               "PUERTO AGUIRRE, 22 MAY 86 (RADIO ECO AUSTRAL) -- [TEXT] ARMED MEN KIDNAPPED A RANCHER ON TUESDAY NIGHT.")
    dateline = find_dateline(article)
    assert dateline is not None and dateline.places[0] == "PUERTO AGUIRRE" and dateline.date.isoformat() == "1986-05-22"
    alone = "KORVA, Ustrana - Gunmen attacked a police post on Sunday."
    assert find_dateline(alone).places == ("KORVA", "Ustrana")


def test_a_captives_death_in_captivity_is_no_other_days_event():
    from datetime import date
    from summarizer.verify.date_events import of_another_day
    died = "One of the hostages, an engineer aged 58, died in captivity on 03/19/2027, the group said."
    assert not of_another_day([died], date(2027, 3, 2))
    raid = "On 03/19/2027 gunmen raided a second camp and seized four more workers."
    assert of_another_day([raid], date(2027, 3, 2))


def test_the_earlier_incidents_missing_named_in_the_later_ones_sentence():
    from summarizer.core.schema import Draft
    from summarizer.read.segment import segment
    from summarizer.verify.borrowed import borrowed_values
    article = ("Second collapse at tin pit\n\n"
               "On Sunday a terrace of the open pit slid onto some 60 diggers, killing 11.\n\n"
               "On Wednesday a slab of the pit's east wall fell on volunteers digging for the last two missing men, "
               "killing two of them.")
    sentences = segment(article)
    evidence = {s.n: s.text for s in sentences}
    base = {"summary": "A collapse.", "event_type": "industrial accident"}
    draft = Draft.model_validate({"incidents": [
        {**base, "summary_sentences": [2], "event_type_sentences": [2], "casualties": [
            {"category": "missing", "count": 2, "qualifier": "exact", "who": "miners", "sentences": [3]}]},
        {**base, "summary_sentences": [3], "event_type_sentences": [3]}]})
    assert not borrowed_values(draft, evidence)
    killed = Draft.model_validate({"incidents": [
        {**base, "summary_sentences": [2], "event_type_sentences": [2], "casualties": [
            {"category": "killed", "count": 2, "qualifier": "exact", "who": "volunteers", "sentences": [3]}]},
        {**base, "summary_sentences": [3], "event_type_sentences": [3]}]})
    assert borrowed_values(killed, evidence)


# -- wrong values it had verified ------------------------------------------------------------


def test_a_places_name_says_nothing_of_the_type():
    article = ("Dam breach\n\n"
               "Early on 17 September 2026 the earth dam of the Cobhall reservoir gave way above the village of Wyre "
               "Ferry, and the flood wave destroyed 62 houses.")
    wrong = incident_problems(article, event_type="transport accident", event_type_sentences=[2], place="Wyre Ferry",
                              location_sentences=[2])
    assert any("event_type" in p for p in wrong)
    ferry = ("Ferry capsizes\n\n"
             "Early on 17 September 2026 a ferry capsized off the village of Wyre Ferry, the police said.")
    right = incident_problems(ferry, event_type="transport accident", event_type_sentences=[2], place="Wyre Ferry",
                              location_sentences=[2])
    assert not [p for p in right if "event_type" in p]


def test_where_survivors_turned_up_and_a_reference_above_a_village_are_no_place():
    from summarizer.verify.place_roles import only_as_reference, only_elsewhere
    found = ("Three of them were found alive on Saturday at a farm in Pellik, where they had walked after climbing "
             "out of the ravine.")
    assert only_elsewhere("Pellik", [found])
    above = "The coach left the road on a bend of the pass about 7 km above the village of Pellik."
    assert only_as_reference("Pellik", [above])
    assert not only_as_reference("Pellik", ["The coach left the road 300 metres above the village of Pellik."])


def test_a_plant_is_a_works_not_the_act_of_planting():
    from summarizer.verify.roles import plays_role
    fire = "A fire on the third floor of the plant spreads to the roof while officers and a crowd watch."
    assert not plays_role("crowd", "targets", [fire])
    assert plays_role("market", "targets", ["Two men planted a bomb in the market."])
    locked = ("Ransomware locked up the billing platform and part of the plant-monitoring network of Tarsel Valley "
              "Water, the utility said.")
    assert plays_role("Tarsel Valley Water", "targets", [locked])
    assert plays_role("Tarsel Valley Water", "targets", ["Ransomware hits Tarsel Valley Water"])
    assert not plays_role("Tarsel Valley Water", "targets", ["Tarsel Valley Water supplies 310,000 people."])
