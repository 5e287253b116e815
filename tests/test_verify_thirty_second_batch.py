"""Verifier rules of 2026-12-05 (third session), from dev answers and the
thirty-second twelve; each with a value it must refuse and one it must leave
alone. Articles are ours."""

from support.drafts import verifier_problems

from summarizer.verify.cues import type_stated, type_told


def test_a_vehicle_named_is_no_transport_accident_told():
    flown = ("On Sunday the health director raised the toll to 23, saying several of the wounded had died "
             "overnight at the military hospital, where the most badly burned had been flown by helicopter.")
    assert type_stated("transport accident", [flown]) and not type_told("transport accident", [flown])
    header = "Flight: Sightseeing, Marby seaplane base - Hollen glacier - Marby"
    assert not type_told("transport accident", [header])
    for told in ("The aircraft struck a wooded hillside 12 km north-east of the town.",
                 "Aircraft damage: Destroyed", "The bus left the road and rolled down the slope.",
                 "A passenger train slammed into a stationary freight train on Tuesday evening."):
        assert type_told("transport accident", [told]), told
    # Its twin: a works named is no industrial accident told.
    works = "About 300 workers were on the night shift at the Orvel steel plant, the company said."
    assert type_stated("industrial accident", [works]) and not type_told("industrial accident", [works])
    assert not type_told("industrial accident", ["Farmers crossed the river to the construction site."])
    assert type_told("industrial accident", ["A furnace at the Orvel steel plant exploded at 02:10."])
    assert type_told("industrial accident", ["Part of the tunnel caved in, trapping 11 miners."])
    # Other types are as before: a word of the type is enough.
    assert type_told("armed attack", ["Gunmen stormed the police station."])


def test_a_transport_accident_citing_only_a_vehicle_is_flagged_and_one_telling_the_crash_is_not():
    article = ("The plane took off from Brennaway at 18:25 with 16 people on board. "
               "Twenty minutes later it struck a hillside short of the runway at Tarrowby.")
    assert verifier_problems(article, event_type="transport accident", event_type_sentences=[1]) == [
        "incident 1, event_type: the cited sentences [1] name a vehicle or a works but tell of no accident (a "
        "crash, a collision, a fire, a collapse); cite the sentence that tells what happened"]
    assert verifier_problems(article, event_type="transport accident", event_type_sentences=[2],
                             summary_sentences=[2]) == []
