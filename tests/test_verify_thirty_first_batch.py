"""Verifier rules of 2026-12-05 (night), from right gold values of the
thirty-first twelve it refused; each with a value it must refuse and one it
must leave alone. Articles are ours."""

from datetime import date

from summarizer.verify.categories import category_conflict, presence_total
from summarizer.verify.date_events import of_another_day
from summarizer.verify.event_types import kind_contradicted, type_stated
from summarizer.verify.roles import plays_role


def test_a_group_saying_it_had_defaced_a_page_claims_it_and_one_named_as_behind_it_did_it():
    caps = "IN ITS MESSAGE THE NOVEMBER 20 ELECTRONIC FRONT ALSO SAID IT HAD DEFACED THE INTERNET PAGE OF EL VIGIA."
    assert plays_role("November 20 Electronic Front", "perpetrators", [caps])
    behind = ("Interior Minister Anton Ravel said on Sunday that the White Falcon Guard, which was disbanded in 2022 "
              "but whose former members are still active in the region, was behind the attack.")
    assert plays_role("White Falcon Guard", "perpetrators", [behind])
    assert not plays_role("Anton Ravel", "perpetrators", [behind])


def test_a_utility_whose_servers_a_ransomware_attack_encrypted_was_hit():
    text = ("Kerrowick Municipal Water, which supplies the city of Kerrowick, said on Thursday that a ransomware "
            "attack had encrypted its billing and customer-service servers.")
    assert plays_role("Kerrowick Municipal Water", "targets", [text])
    assert not plays_role("Kerrowick Municipal Water", "targets", ["Kerrowick Municipal Water said on Thursday "
                                                                  "that its billing servers were being replaced."])


def test_a_part_of_the_treated_and_the_ones_still_in_intensive_care_are_injured():
    treated = ("27 people, including 9 plant employees and 3 police officers, were treated for breathing "
               "difficulties at the district hospital.")
    assert not presence_total(9, [treated]) and category_conflict("injured", 9, [treated]) is None
    care = ("By Tuesday evening the toll had risen to 13 after two of the injured died in hospital, the health "
            "office said, adding that nine people remained in intensive care.")
    assert category_conflict("injured", 9, [care]) is None
    assert category_conflict("killed", 9, [care]) == {"injured"}
    assert category_conflict("killed", 2, ["The hospital said 18 people had died, two of them in its intensive "
                                           "care unit."]) is None


def test_jets_that_struck_bombed_and_another_days_gunmen_are_not_this_grenades_weapons():
    strike = "On 21 August 2024, Durmenian Air Force jets struck a farmhouse in Sabbir village, killing 4 people."
    assert type_stated("bombing/explosion", [strike])
    assert kind_contradicted("bombing/explosion", [strike], [strike]) is None
    grenade = ("A grenade thrown into a crowd of mourners killed one woman and wounded 14 people on Saturday "
               "morning, police said, a day after gunmen attacked a police checkpoint in a neighbouring province.")
    assert kind_contradicted("bombing/explosion", [grenade]) is None
    assert kind_contradicted("bombing/explosion", ["Gunmen fired rifles and threw a grenade at the checkpoint."])


def test_a_partys_earlier_record_told_in_passing_is_no_other_days_event():
    blamed = ("No group claimed the bombing, but police blamed the Hawks of Ilrad, the group they also held "
              "responsible for the bombing of the Dardun livestock market on 19/06/2014, which killed 13 people.")
    assert not of_another_day([blamed], date(2015, 10, 14))
    assert of_another_day(["On 19/06/2014 the Hawks of Ilrad bombed the Dardun livestock market."],
                          date(2015, 10, 14))


def test_the_twelves_dev_answers_two_kinds_of_servers_are_things_and_guests_staying_were_present():
    from summarizer.verify.party_names import names_a_thing_hit

    assert names_a_thing_hit("billing and customer-service servers")
    assert not names_a_thing_hit("Upper Weiss Hospitals Network") and not names_a_thing_hit("convoy of aid trucks")
    text = ("The village head said 12 people were killed, among them 4 children, and that 40 wedding guests had "
            "been staying in neighbouring houses.")
    assert presence_total(40, [text]) and not presence_total(12, [text])


def test_probes_a_reports_own_date_line_is_no_evidence_and_pupils_sent_home_were_not_taken():
    from summarizer.verify.dates import signoff_sentences
    from summarizer.read.segment import segment

    header = ("INCIDENT REPORT: RELEASE OF CHLORINE GAS\n\nDate and time of release: 23/02/2026, 21:40 local\n\n"
              "Report date: 16/03/2026\n\nA hose ruptured at the works, and 27 people were treated.")
    numbers = {s.n: s.text for s in segment(header)}
    assert [numbers[n] for n in signoff_sentences(segment(header))] == ["Report date: 16/03/2026"]
    assert presence_total(31, ["The gunmen abducted four teachers; the other 31 pupils were sent home."])
    assert not presence_total(4, ["The gunmen abducted four teachers; the other 31 pupils were sent home."])
