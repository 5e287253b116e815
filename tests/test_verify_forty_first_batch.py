"""Verifier rules of 2026-12-05 (seventh session), from right gold values of the
forty-first twelve it refused; each with a value it must refuse and one it must
leave alone. Articles are ours."""

from datetime import date

from summarizer.verify.borrowed import _SEVERAL
from summarizer.verify.categories import categories_named
from summarizer.verify.date_events import of_another_day
from summarizer.verify.parties import one_person_harmed
from summarizer.verify.place_roles import harmed_elsewhere


def test_the_remains_of_the_missing_identified_are_the_dead():
    text = "The remains of the two missing workers were identified in the rubble on 21 July, bringing the toll to 11."
    assert "killed" in categories_named(text)
    assert "missing" in categories_named("The two workers are still missing.")


def test_the_day_the_trapped_were_brought_out_alive_is_no_other_event():
    text = ("On 6 February 2025, rescuers who had dug a bypass tunnel brought 11 of the trapped miners out alive; "
            "3 of them were admitted in critical condition to Varnoy district hospital.")
    assert not of_another_day([text], date(2025, 2, 3))
    other = "On 9 February 2025, a lorry carrying pumps to the colliery overturned on the pass road near Hadlow."
    assert of_another_day([other], date(2025, 2, 3))


def test_dying_in_a_towns_district_hospital_is_no_harm_in_that_town():
    text = "On 11 February 2025, one of the miners rescued on 6 February died in Varnoy district hospital."
    assert harmed_elsewhere([text], ["Krellin No. 2 colliery"]) is None
    assert harmed_elsewhere(["Two miners died in Varnoy on Tuesday."], ["Krellin No. 2 colliery"]) == "Varnoy"


def test_a_claim_naming_two_acts_is_both_incidents_sentence():
    text = ('THE FLSA CLAIMED "THE PUNISHMENT OF THE REPRESSIVE FORCES AT EL TRAPICHITO AND THE DESTRUCTION OF THE '
            'LAS PALMILLAS BRIDGE" AND SAID ITS FIGHTERS HAD KILLED FIVE POLICEMEN.')
    assert _SEVERAL.search(text)
    assert not _SEVERAL.search("THE FLSA CLAIMED THE AMBUSH AND SAID ITS FIGHTERS HAD KILLED FIVE POLICEMEN.")


def test_a_lone_victim_shot_by_his_killers_was_their_aim():
    text = ("On Sunday evening, a taxi driver was shot dead in his cab outside a betting shop by two men on a "
            "motorcycle, who fled.")
    assert not one_person_harmed("taxi driver", [text])
    assert one_person_harmed("driver", ["A minibus was fired on near Orsk, killing five passengers and wounding "
                                        "the driver."])


# -- wrong values the model's answers for the forty-first twelve had verified --------------


def test_a_crash_with_no_one_acting_is_no_attack():
    from summarizer.verify.event_types import kind_contradicted
    crash = "The turboprop struck a field short of the runway in fog, killing three of the twelve aboard."
    derailed = "A freight train derailed on the curve at Sorrenby and a chlorine tank car ruptured, killing two."
    assert kind_contradicted("armed attack", [derailed]) == "an accident"
    assert kind_contradicted("armed attack", ["Gunmen opened fire on a bus that later crashed, killing two."]) is None
    assert kind_contradicted("transport accident", [crash]) is None


def test_trapped_miners_are_no_missing_figure():
    assert "missing" not in categories_named("19 miners were trapped behind the fall.")
    assert "missing" in categories_named("The operator said 17 miners were unaccounted for.")


def test_what_the_attackers_carried_off_after_its_name_is_loot():
    from summarizer.verify.parties import no_other_target
    text = "THE POLICEMEN WERE ESCORTING THE PAYROLL OF THE SUGAR MILL, WHICH THE GUERRILLAS CARRIED OFF."
    assert no_other_target("payroll of the Sugar Mill", ["payroll of the Sugar Mill"], [text])
    assert not no_other_target("bank", ["bank"], ["Gunmen raided the bank, which the police had guarded."])


# -- wrong values the helpers' probes of the forty-first twelve found accepted -------------


def test_a_weekends_toll_and_one_since_a_numeric_date_are_tallies():
    from summarizer.verify.tallies import tally
    weekend = ("Seven people were killed and 12 wounded in Orrisford over the weekend in four shootings and a "
               "bombing, police said on Monday.")
    assert tally(7, [weekend])
    assert tally(23, ["Since 01/01/2022, 23 people have been killed in attacks in Hollund province."])
    assert not tally(3, ["Gunmen shot dead 3 men outside a bar on Saturday night."])
