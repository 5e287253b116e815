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
        "incident 1, event_type: the cited sentences [1] name a vehicle, a works or the weather but tell of no "
        "accident (a crash, a collision, a fire, a collapse); cite the sentence that tells what happened"]
    assert verifier_problems(article, event_type="transport accident", event_type_sentences=[2],
                             summary_sentences=[2]) == []


def test_the_thirty_second_twelves_right_values():
    from datetime import date

    from summarizer.verify.categories import category_conflict, presence_total
    from summarizer.verify.date_events import of_another_day
    from summarizer.verify.event_types import kind_contradicted
    from summarizer.verify.party_names import names_a_thing_hit
    from summarizer.verify.roles import plays_role

    # A company named for what it sells is an organisation, its servers a thing.
    assert not names_a_thing_hit("Medivant Systems") and names_a_thing_hit("Hospital Computer Systems")
    assert names_a_thing_hit("computer systems") and names_a_thing_hit("the Medivant servers")
    # A rival's claim for "its own fighters".
    rival = ("On Tuesday, a rival group, the Bitterthorn Movement, said the attack had been the work of its own "
             "fighters.")
    assert plays_role("Bitterthorn Movement", "perpetrators", [rival])
    # The person a convoy carried, by name, was attacked; fighters in a truck are its casualties.
    convoy = "Gunmen opened fire on a convoy carrying Health Minister Corwen Brascoe near Tharnby on Monday."
    assert plays_role("Health Minister Corwen Brascoe", "targets", [convoy])
    truck = "A drone struck a pickup truck carrying Free Hills Alliance fighters outside Mlin village."
    assert not plays_role("Free Hills Alliance fighters", "targets", [truck])
    # A clock time is no new clause between the blast and the market it hit.
    market = "A bomb exploded at about 23:50 in the crowded night market of Telvari town, killing 6 people."
    assert plays_role("night market", "targets", [market])
    # One of the wounded dying on a later day is this incident's figure, not another day's event.
    later = "The wounded technician died on 03/13/2019, bringing the toll to 4."
    assert not of_another_day([later], date(2019, 3, 11))
    assert of_another_day(["Gunmen attacked the pumping station on 03/13/2019, killing 4 guards."], date(2019, 3, 11))
    # A bomb squad that found no explosives makes no bombing; a bomb hidden in a gas cylinder no accident.
    dust = ("Police said the bomb disposal unit had searched the site as a precaution and found no trace of "
            "explosives, and that the blast appeared to have been caused by wood dust igniting inside the silo.")
    assert kind_contradicted("industrial accident", [dust]) is None
    assert kind_contradicted("bombing/explosion", [dust]) == "an accident"
    cylinder = "A bomb hidden in a gas cylinder exploded in the night market, killing 6 people."
    assert kind_contradicted("industrial accident", [cylinder]) == "a deliberate act"
    assert kind_contradicted("bombing/explosion", [cylinder]) is None
    # Sent home with cuts and burns: injured, treated and released.
    treated = ("The hospital said it had treated 26 people; 19 were sent home the same night with cuts and burns, "
               "and seven remained in its care.")
    assert not presence_total(19, [treated]) and category_conflict("injured", 19, [treated]) is None
    assert presence_total(40, ["About 40 pupils were sent home, the head teacher said."])


def test_prescriptions_delayed_are_things_and_a_flight_attendant_a_person():
    from summarizer.verify.counted import counts_things

    assert counts_things(60000, ["The association said about 60,000 prescriptions had been delayed at hospital "
                                 "pharmacies."])
    assert not counts_things(1, ["Three passengers and one flight attendant were injured."])


def test_the_thirty_second_twelves_probes_are_refused():
    from summarizer.verify.counted import counts_the_found
    from summarizer.verify.date_events import only_said_or_after
    from summarizer.verify.party_names import names_a_thing_hit
    from summarizer.verify.parties import harmed_at_the_aim, one_person_harmed
    from summarizer.verify.party_names import names_no_one_or_the_court
    from summarizer.verify.roles import plays_role

    # People found alive are no missing figure; a figure of those still missing is.
    assert counts_the_found(4, ["Four of the missing, a couple and their two grandchildren, were found alive on "
                                "a roof on Tuesday afternoon."])
    assert counts_the_found(2, ["Two of those reported missing turned up unhurt at a relative's house."])
    assert not counts_the_found(31, ["She said the number of missing had fallen to 31 as several passengers who "
                                     "had swum ashore turned up in neighbouring villages."])
    assert not counts_the_found(3, ["Rescuers recovered the bodies of three workers who had been missing."])
    # What a bomb was hidden in is no target.
    assert names_a_thing_hit("gas cylinder") and names_a_thing_hit("rubbish bin")
    assert not names_a_thing_hit("night market")
    # Funerals yet to come date nothing that happened.
    assert only_said_or_after("on Wednesday", ["The first funerals will be held in Hollenzar on Wednesday."])
    assert only_said_or_after("on Saturday", ["The first funerals are to be held on Saturday."])
    assert not only_said_or_after("on Wednesday", ["Gunmen attacked the village on Wednesday."])
    # Escorts, bodyguards and a night watchman harmed at the car or the exchange attacked.
    ambush = "GUERRILLAS AMBUSHED THE CAR OF JUDGE RAMIRO OCAMPO, KILLING FOUR POLICEMEN OF HIS ESCORT."
    assert harmed_at_the_aim("FOUR POLICEMEN OF HIS ESCORT", ["CAR", "JUDGE RAMIRO OCAMPO"], "armed attack",
                             [ambush])
    assert harmed_at_the_aim("police escorts", ["convoy"], "armed attack",
                             ["Gunmen opened fire on a convoy, killing two of his police escorts."])
    assert not harmed_at_the_aim("police escort", ["convoy of fuel tankers"], "armed attack",
                                 ["Gunmen ambushed a convoy of fuel tankers and its police escort."])
    assert one_person_harmed("NIGHT WATCHMAN", ["THE DYNAMITE DESTROYED THE EXCHANGE AND KILLED A NIGHT WATCHMAN."])
    # A group that denied it and attributed it to others does not make them its perpetrators.
    denial = ("IN A COMMUNIQUE THE FRONT DENIED ANY PART IN THE AMBUSH AND ATTRIBUTED IT TO 'THE COCAINE MAFIAS "
              "HE WAS TRYING'.")
    assert not plays_role("COCAINE MAFIAS", "perpetrators", [denial])
    # No one, and a court that convicted, did not do it.
    assert names_no_one_or_the_court("No group") and names_no_one_or_the_court("High Court in Marrick")
    assert not names_no_one_or_the_court("Court Street Gang")


def test_a_figure_put_first_in_another_town_is_that_towns():
    from summarizer.verify.place_roles import harmed_elsewhere

    assert harmed_elsewhere(["In Orzhan, 9 people were killed and 64 injured."], ["Vellory", "Upper Rusk region"]) \
        == "Orzhan"
    caps = ("IN TORRECILLA, IN NEIGHBORING ALTO JARAMA DEPARTMENT, NATIONAL POLICE TROOPS ON SUNDAY FIRED ON SOME "
            "2,000 STRIKING TIN MINERS, KILLING TWO.")
    assert harmed_elsewhere([caps], ["SAN ROQUE", "VILLA ALTA DEPARTMENT"]) == "TORRECILLA"
    # Its own town, a month, or no harm: nothing elsewhere.
    assert harmed_elsewhere(["In Vellory, 37 people were killed."], ["Vellory"]) is None
    assert harmed_elsewhere(["In March, 9 people were killed."], ["Vellory"]) is None
    assert harmed_elsewhere(["In Orzhan, the market reopened on Monday."], ["Vellory"]) is None


def test_a_defused_device_is_no_incident_and_houses_destroyed_are_no_dead():
    from summarizer.verify.counted import counts_things

    article = ("A bomb hidden in a motorcycle exploded outside the Ushkel police post on 07/21/2024, killing 3 people. "
               "A second device found in a drainage pipe nearby was defused by army engineers.")
    defused = verifier_problems(article, event_type="bombing/explosion", event_type_sentences=[2],
                                summary_sentences=[2])
    assert any("defused, which did not go off" in p for p in defused)
    assert not any("defused" in p for p in verifier_problems(
        article, event_type="bombing/explosion", event_type_sentences=[1], summary_sentences=[1]))
    houses = "It counted about 900 flooded houses, 60 of them destroyed; some 1,200 sheep drowned."
    assert counts_things(60, [houses])
    assert not counts_things(5, ["The hospital treated 19 people, 5 of them children."])


def test_men_in_uniform_counted_did_it_and_a_claims_or_anniversarys_day_is_no_event_date():
    from summarizer.verify.categories import counts_attackers
    from summarizer.verify.date_events import only_said_or_after

    raid = "On 12 August 2025, about 30 men in army uniforms raided the cattle market at Kiru, killing 7 traders."
    assert counts_attackers(30, [raid]) and not counts_attackers(7, [raid])
    assert not counts_attackers(3, ["Three passengers in the front seats were killed."])
    assert only_said_or_after("on 16 September 1997", [
        "The OIA claimed the attack in a statement read to the Ossary Voice newspaper on 16 September 1997."])
    assert only_said_or_after("THIS MORNING", [
        "IN A COMMUNIQUE SENT TO RADIO SIERRA AZUL THIS MORNING, THE FRONT CLAIMED THE DYNAMITING OF THE EXCHANGE."])
    assert only_said_or_after("On 14 September 2007", [
        "On 14 September 2007, the tenth anniversary of the attack, a memorial to the six dead was unveiled."])
    assert not only_said_or_after("on Monday", ["Gunmen sent to the village on Monday killed 4."])
