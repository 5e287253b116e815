"""Verifier rules of 2026-12-06 (fourteenth session), from right gold values of the
fifty-eighth twelve (kidnappings, hostage-takings and piracy; sabotage and attacks
on infrastructure) it refused and from the model's verified wrong values on it;
each with a value it must accept and one it must still refuse. Articles are ours."""

from summarizer.read.segment import segment
from summarizer.records.derive import Article


def _checked(text: str, **incident):
    from summarizer.core.schema import Draft, DraftIncident
    article = Article(segment(text), text)
    base = dict(summary="x", summary_sentences=[1], event_type="abduction", event_type_sentences=[1])
    return article.verifier(Draft(incidents=[DraftIncident(**{**base, **incident})]))


def test_those_still_in_captivity_are_captured():
    from summarizer.verify.categories import category_conflict, harm_named
    held = "On 10/09/2026 the state government announced that 35 of the students had been released; 7 remain in captivity."
    assert harm_named(7, [held]) and category_conflict("captured/abducted", 7, [held]) is None
    assert not harm_named(7, ["7 students remain at the school."])


def test_crew_members_taken_away_are_people_not_loot():
    from summarizer.verify.parties import no_other_target
    boarded = ("Description: Eight pirates armed with rifles came alongside in a fibreglass skiff, boarded the trawler "
               "and took away the master and 6 crew members.")
    assert not no_other_target("crew members", ["crew members"], [boarded])
    assert no_other_target("outboard engines", ["outboard engines"],
                           ["The pirates boarded the trawler and took away two outboard engines."])


def test_a_vessel_named_by_kind_and_name_then_by_its_kind():
    from summarizer.verify.parties import plays_role_by_name_or_head
    bulletin = ("07-02 Tanker fired on at anchorage Date: 13 February 2026 Position: outer anchorage of Oskarsund "
                "Vessel: product tanker MERIDIAN GRACE (flag: Coraline Islands) Description: Four armed men in a "
                "speedboat approached the anchored tanker and opened fire when the duty watch raised the alarm.")
    assert plays_role_by_name_or_head("product tanker MERIDIAN GRACE", "targets", [bulletin])
    moored = ("Vessel: product tanker MERIDIAN GRACE (flag: Coraline Islands) Description: the tanker was moored "
              "beside the quay when the pirates fired on a passing tug.")
    assert not plays_role_by_name_or_head("product tanker MERIDIAN GRACE", "targets", [moored])


def test_charges_that_wrecked_brought_down_or_cut_an_installation():
    from summarizer.verify.roles import plays_role
    assert plays_role("valve station", "targets", [
        "Explosive charges wrecked a valve station on the Ostrakel-Dunsk gas pipeline near the village of Ulmerin."])
    assert plays_role("three towers", "targets", [
        "At 01:40 on Monday, explosive charges brought down three towers of its 400-kV transmission line."])
    assert plays_role("Ezreth-Quorsa railway line", "targets", [
        "At about 23:30, an explosive charge cut the Ezreth-Quorsa railway line near Ulmach village."])
    # a line's loss "cut" power to customers: they were not attacked
    assert not plays_role("customers", "targets", [
        "The loss of the line cut power to about 310,000 customers across the province."])


def test_a_line_cut_by_a_charge_before_a_train_derails_is_no_accident():
    from summarizer.verify.event_types import kind_contradicted
    cut = ("On 14 September 2025, at about 23:30, an explosive charge cut the Ezreth-Quorsa railway line near Ulmach "
           "village; at about 00:15 on 15 September a freight train ran onto the broken track and derailed.")
    assert kind_contradicted("transport accident", [cut]) == "a deliberate act"
    worn = ("On 14 September 2025 a freight train ran onto a worn section of the Ezreth-Quorsa railway line near "
            "Ulmach village and derailed.")
    assert kind_contradicted("transport accident", [worn]) is None


def test_one_act_denied_and_another_claimed_in_one_statement():
    from summarizer.verify.roles import plays_role
    statement = ("On 17 September 2025, the ERB, in a statement sent to journalists in Dresk, denied any part in the "
                 "rail attack but claimed the burning of the masts as \"a warning\".")
    assert plays_role("ERB", "perpetrators", [statement])
    assert not plays_role("ERB", "perpetrators", [
        "On 17 September 2025, the ERB, in a statement sent to journalists in Dresk, denied any part in the rail attack."])


def test_a_group_that_posted_its_intrusion_and_said_its_members_did_it():
    from summarizer.verify.roles import plays_role
    posted = ("A hacktivist group calling itself Rustwire Collective posted screenshots of the plant's control screens "
              "on its channel on Monday and said its members had changed the dose \"to test the water\".")
    assert plays_role("Rustwire Collective", "perpetrators", [posted])
    assert not plays_role("Rustwire Collective", "perpetrators", [
        "A hacktivist group calling itself Rustwire Collective posted screenshots of the plant's control screens on "
        "its channel on Monday."])


def test_those_sought_after_an_earlier_taking_are_not_the_ambushs_targets():
    from summarizer.verify.roles import plays_role
    ambush = ("09/17/2026: Gunmen ambushed an army patrol searching for the abducted students in the Gurmi forest "
              "near Tassawa village.")
    assert not plays_role("students", "targets", [ambush])
    assert plays_role("army patrol", "targets", [ambush])


def test_a_part_of_the_station_is_not_what_was_attacked_but_its_people_may_be():
    from summarizer.verify.roles import plays_role
    guardhouse = ("The company said one guard had been injured when the blast blew in the windows of the station's "
                  "guardhouse.")
    assert not plays_role("guardhouse", "targets", [guardhouse])
    assert plays_role("guardhouse", "targets", ["The blast blew in the windows of a guardhouse."])
    assert plays_role("cook", "targets", ["The guide was shot dead, and the camp's cook was beaten with rifle butts."])


_NOTE = ("On 3 March 2026, gunmen at a makeshift roadblock near Lukora village (Kolwe district, Ruvenza) abducted 5 aid "
         "workers. The convoy carried vaccines for about 14,000 displaced people.\n"
         "On the night of 4 March 2026, about 30 armed men raided the camp of the contractor Osterfeld Drilling near "
         "Kessmo town (Tanaba district, Ruvenza), killing 2 guards and abducting 3 engineers. 1 other guard was "
         "injured. On 6 March 2026 a group calling itself the Amber Gorge Company claimed the abduction in a message "
         "to a radio station.")


def test_a_notes_line_opened_by_another_days_event_holds_that_events_values():
    base = dict(date_text="On 3 March 2026", date_iso="2026-03-03", date_sentences=[1], place="Lukora",
                location_sentences=[1])
    problems = _checked(_NOTE, perpetrators=[{"name": "Amber Gorge Company", "sentences": [5]}], **base)
    assert any(p.field == "perpetrators[0]" and "another day" in p.message for p in problems)
    # the incident of that line itself keeps them
    problems = _checked(_NOTE, perpetrators=[{"name": "Amber Gorge Company", "sentences": [5]}],
                        date_text="On the night of 4 March 2026", date_iso="2026-03-04", date_sentences=[3],
                        event_type_sentences=[3], place="Kessmo", location_sentences=[3])
    assert not any(p.field == "perpetrators[0]" for p in problems)
    # ... and a sentence of both events belongs to neither line alone
    both = _NOTE.replace("claimed the abduction", "claimed both abductions")
    problems = _checked(both, perpetrators=[{"name": "Amber Gorge Company", "sentences": [5]}], **base)
    assert not any(p.field == "perpetrators[0]" and "another day" in p.message for p in problems)
