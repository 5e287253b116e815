"""Verifier rules of 2026-12-06 (fourteenth session), from right gold values of the
fifty-ninth twelve (claims, blame and denials; names in many forms) it refused and
from the model's verified wrong values on it; each with a value it must accept and
one it must still refuse. Articles are ours."""

from verify_helpers import problems as _problems


def test_police_who_said_that_they_suspected_a_group_name_it():
    from summarizer.verify.roles import plays_role
    said = ("On 09/25/2024, the Braddon provincial police said that they suspected the Amber Hollow Cell, a small "
            "armed group, and that they had arrested three of its members.")
    assert plays_role("Amber Hollow Cell", "perpetrators", [said])
    assert not plays_role("Amber Hollow Cell", "perpetrators", [
        "The leaflets came from a cell that the police suspected the Amber Hollow Cell of running."])


def test_a_sabotage_claim_the_police_call_a_hoax_leaves_an_accident():
    from summarizer.verify.event_types import kind_contradicted
    headline = "Five killed in blast at Haldenbruck fertiliser works; police call sabotage claim a hoax"
    assert kind_contradicted("industrial accident", [headline]) is None
    assert kind_contradicted("industrial accident", ["Five killed as saboteurs blow up fertiliser works"]) == \
        "a deliberate act"


def test_a_claim_the_article_takes_back_names_no_one_and_sets_nothing_off():
    text = ("An explosion in the compressor hall of the fertiliser works in Haldenbruck killed five workers late on "
            "Tuesday. On Wednesday an anonymous post claimed the explosion for a group calling itself the Lorrach "
            "Earth Front. Police said they had found no trace of explosives and that the claim was a hoax.")
    hoax = _problems(text, event_type="bombing/explosion", event_type_sentences=[1, 2],
                     perpetrators=[{"name": "Lorrach Earth Front", "sentences": [2]}])
    assert {p.field for p in hoax} >= {"event_type", "perpetrators[0]"}
    taken = text.replace("Police said they had found no trace of explosives and that the claim was a hoax.",
                         "Police said the claim was being examined.")
    claimed = _problems(taken, event_type="bombing/explosion", event_type_sentences=[1, 2],
                        perpetrators=[{"name": "Lorrach Earth Front", "sentences": [2]}])
    assert not {p.field for p in claimed} & {"event_type", "perpetrators[0]"}


def test_hacktivists_who_withdraw_their_claim():
    from summarizer.verify.disowned import disowned_claims
    texts = {1: "Ransomware takes state TV off the air; hacktivists withdraw their claim",
             2: "On Monday a group calling itself Cinder Choir said in a post that it had claimed the outage.",
             3: "On Tuesday the group said it had \"wrongly claimed\" the outage.",
             4: "The centre attributed the attack to Hollow Lynx, which claimed it on its leak site."}
    assert disowned_claims(texts) == {1, 2, 3}


def test_a_group_that_says_its_short_name_did_it():
    from summarizer.verify.roles import plays_role
    call = ("IN A TELEPHONE CALL TO THIS STATION, A MAN WHO SAID HE BELONGED TO THE PEOPLE'S ARMED COMMANDOS, KNOWN "
            "BY THEIR SPANISH INITIALS AS CAP, SAID THE COMMANDOS HAD PLACED THE BOMB.")
    assert plays_role("PEOPLE'S ARMED COMMANDOS", "perpetrators", [call])
    assert not plays_role("PEOPLE'S ARMED COMMANDOS", "perpetrators", [
        "A SPOKESMAN FOR THE PEOPLE'S ARMED COMMANDOS SAID THE ARMY HAD PLACED THE BOMB."])


def test_the_last_of_a_list_counted_after_an_apposition():
    from summarizer.verify.roles import plays_role
    taken = ("YESTERDAY FIVE ARMED MEN KIDNAPPED ENGINEER ROGELIO ANTEZANA MERCADO, THE MANAGER OF THE BRANCH, AND "
             "TWO TECHNICIANS.")
    assert plays_role("TECHNICIANS", "targets", [taken])
    assert not plays_role("TECHNICIANS", "targets", [
        "FIVE ARMED MEN KIDNAPPED THE MANAGER, AND TWO TECHNICIANS WHO SAW IT FLED TO THE TOWN."])


def test_a_group_blamed_by_the_nickname_the_article_gives_it():
    text = ("On 21 June 2026, fighters of the Zharan Mountain Movement (ZMM), whom villagers call \"the Hillmen\", "
            "attacked an army post outside Dzhalgir. "
            "On 24 June 2026, a roadside bomb destroyed a pickup near Kalbrin, killing 4 road engineers. "
            "The district governor blamed \"the Hillmen\" for the bomb; the ZMM did not comment.")
    blamed = _problems(text, event_type="bombing/explosion", event_type_sentences=[2],
                       perpetrators=[{"name": "Zharan Mountain Movement (ZMM)", "sentences": [3]}])
    assert not any(p.field == "perpetrators[0]" for p in blamed)
    unnamed = text.replace(', whom villagers call "the Hillmen",', "")
    silent = _problems(unnamed, event_type="bombing/explosion", event_type_sentences=[2],
                       perpetrators=[{"name": "Zharan Mountain Movement (ZMM)", "sentences": [3]}])
    assert any(p.field == "perpetrators[0]" for p in silent)


def test_a_hall_of_the_terminal_and_a_databases_target_type_are_not_the_aim():
    from summarizer.verify.roles import plays_role
    hall = "A bomb exploded in the ticket hall of the ferry terminal in the port town of Kestrelby."
    assert not plays_role("ticket hall", "targets", [hall])
    assert plays_role("ferry terminal", "targets", [hall])
    assert plays_role("ticket hall", "targets", ["A bomb exploded in the crowded ticket hall."])
    entry = "Attack type: Riot/Protest Target type: Utilities Target: Kesselby district office of the power company"
    assert not plays_role("Utilities", "targets", [entry])


def test_those_counted_in_a_tally_are_no_attacks_aim():
    from summarizer.verify.tallies import named_in_a_tally
    assert named_in_a_tally("civilians", [
        "Since January 2025, at least 37 civilians have been killed in attacks in Tavrish district."])
    assert not named_in_a_tally("civilians", ["Gunmen opened fire on 4 civilians leaving the shrine."])


def test_an_explosion_nobody_set_off_has_no_targets():
    text = "An explosion in the compressor hall of the fertiliser works in Haldenbruck killed five workers on Tuesday."
    problems = _problems(text, event_type="bombing/explosion", targets=[{"name": "workers", "sentences": [1]}])
    assert any(p.field == "targets[0]" and "accident" in p.message for p in problems)
