"""Verifier rules of 2026-12-04 (night), from right gold values of the
twenty-seventh twelve it refused; each with a value it must refuse and one it
must leave alone. Articles are ours."""

from summarizer.verify.cues import type_stated
from summarizer.verify.roles import plays_role


def test_defacing_a_website_is_a_cyberattack_by_who_did_it():
    text = "The hacktivist group Velvet Scarab defaced the ministry's website on Monday and posted staff emails."
    assert plays_role("Velvet Scarab", "perpetrators", [text])
    assert type_stated("cyberattack", [text])


def test_junk_traffic_that_overwhelms_servers_is_a_cyberattack():
    assert type_stated("cyberattack", ["A flood of junk traffic overwhelmed the bank's servers for six hours."])
    assert not type_stated("cyberattack", ["Heavy traffic slowed the bank's website on pay day."])


def test_a_group_named_in_apposition_that_claimed_it_is_a_perpetrator():
    text = "A different group, NullOrchard, claimed the outage on the same messaging app on Thursday."
    assert plays_role("NullOrchard", "perpetrators", [text])
    # a comma and a claim about something else, after a speaker, is no claim of the act
    assert not plays_role("army", "perpetrators", ["The army, which said the town was secure, sent troops."])


def test_a_party_named_for_its_office_or_its_leader_did_not_do_it():
    office = "In September, a Harvest Party campaign office in the port of Welmar was set on fire overnight."
    assert not plays_role("Harvest Party", "perpetrators", [office])
    leader = ("Brannwick, who leads the opposition Harvest Party, had finished speaking and was walking down the "
              "steps when the device went off.")
    assert not plays_role("Harvest Party", "perpetrators", [leader])
    # ... but a group saying it was behind it, or its fighters attacking, did
    assert plays_role("Static Choir", "perpetrators", ["A group calling itself Static Choir said it was behind the attack."])
    assert plays_role("Red Front", "perpetrators", ["Red Front fighters attacked the post."])


def test_the_only_one_counts_no_one():
    from summarizer.verify.numbers import figures_in

    assert 1 not in figures_in("The school, the only one in the village, was closed after the abduction.")


def test_the_arrested_and_their_club_are_no_party_the_article_names():
    text = ("On Monday police arrested 22 men identified from camera footage, among them the leader of a Mariners "
            "supporters' club, and a magistrate ordered 9 of them held for trial.")
    assert not plays_role("Mariners supporters' club", "perpetrators", [text])


def test_a_date_copied_before_a_groups_name_is_not_its_name():
    from summarizer.records.parties import claimants, without_a_date

    assert without_a_date("September the Almira Free Front") == "Almira Free Front"
    assert without_a_date("On 24 September the Almira Free Front") == "Almira Free Front"
    # a date that is part of a name stays
    assert without_a_date("April 19 Movement") == "April 19 Movement"
    text = "On 24 September the Almira Free Front claimed the attack in a statement sent to a newspaper."
    assert [name for name, _ in claimants({31: text})] == ["Almira Free Front"]
