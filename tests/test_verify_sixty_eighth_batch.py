"""Verifier rules of 2026-12-06/07 (eighteenth session): from wrong verified values of the
sixty-seventh twelve (attacks on health care and aid work) and from the sixty-eighth (prison
breaks and attacks on prisons); each with a value it must refuse or accept and its twin the
other way. Articles are ours."""

from verify_helpers import problems

from summarizer.verify.event_types import kind_contradicted


def test_harm_to_one_who_resisted_a_taking_leaves_it_an_abduction():
    taking = ("On 14 May 2026, around 12 armed men stopped a convoy of the medical charity Mercy Roads Surgical at a "
              "makeshift roadblock near Dressel village and abducted 2 of its staff.")
    for harmed in ("1 MRS guard who resisted was shot and injured; the other 5 staff were left at the roadblock.",
                   "The crew's foreman was shot dead when he tried to run."):
        assert kind_contradicted("armed attack", [taking, harmed]) == \
            "people taken, no one harmed but one who resisted (an abduction)"
        assert kind_contradicted("abduction", [taking, harmed]) is None
    # other harm beside the taking: either type may be right, neither is refused
    raid = "They shot the men who tried to run and tied the others together; eight villagers were shot dead."
    assert kind_contradicted("armed attack", [taking, raid]) is None


def test_a_person_taken_away_is_taken_not_loot():
    from summarizer.verify.parties import no_other_target
    said = ("THE ATTACKERS BLEW OPEN THE MAIN GATE, DISARMED THE REMAINING GUARDS AND TOOK AWAY THE WARDEN, CAPTAIN "
            "HERMOGENES ARRIZUBIETA, AND TWO OF HIS GUARDS, WHOM THEY FORCED TO CARRY THE WEAPONS.")
    assert not no_other_target("WARDEN, CAPTAIN HERMOGENES ARRIZUBIETA", ["DISTRICT JAIL"], [said])
    assert no_other_target("motorcycles", ["village"], ["The raiders made off with motorcycles and gold."])


def test_guards_taken_away_told_actively_were_the_aim():
    from summarizer.verify.parties import harmed_at_the_aim
    targets = ["police station", "guards"]
    assert not harmed_at_the_aim("guards", targets, "armed attack",
                                 ["Gunmen attacked the police station and took away two of its guards."])
    assert harmed_at_the_aim("guards", targets, "armed attack",
                             ["Gunmen attacked the police station and took away the rifles of the guards."])
    assert harmed_at_the_aim("guards", targets, "armed attack", ["Gunmen attacked the police station and shot two guards."])


def test_a_breakout_and_a_siege_of_escapees_tell_an_event():
    from summarizer.verify.event_types import tells_an_event
    assert tells_an_event("The Skelmoor Penitentiary breakout was the escape of 31 inmates through a tunnel from Skelmoor "
                          "Penitentiary, a high-security prison outside the town of Brathwick.")
    assert tells_an_event("On 18 April 2019, police surrounded an empty farmhouse near the village of Oddlestane, where "
                          "five escapees were hiding.")
    assert not tells_an_event("The farmhouse near the village of Oddlestane, surrounded by pine woods, was sold in 2020.")


def test_the_person_named_then_attacked_as_him_is_a_target():
    from summarizer.verify.roles import plays_role
    said = ("As the last group came out of the culvert at about 03:10, they were seen by Officer Mattias Oldrup, 44, who "
            "was patrolling the perimeter road alone; one of them attacked him with an iron bar and took his radio.")
    assert plays_role("Officer Mattias Oldrup", "targets", [said])
    assert not plays_role("Officer Mattias Oldrup", "targets",
                          ["Officer Mattias Oldrup said a man had attacked him with an iron bar."])


def test_a_numbered_update_to_an_item_is_that_items():
    from summarizer.verify.event_starts import updates_an_entry
    assert updates_an_entry("2) Update to item 1 Date: 6 September 2025 Location: Brennoch One of the injured officers "
                            "died in Brennoch Regional Hospital; the prison service now reports 3 dead.")
    assert not updates_an_entry("2) Riot in police holding cells Date: 7 September 2025 Location: Pyrrovic")


def test_escapees_recaptured_and_prisoners_freed_are_no_captives():
    from summarizer.verify.categories.people import presence_total
    said = ("THE ARMY SAID TWO OF THE GUERRILLAS WERE KILLED BY THE GUARDS AND THAT 19 OF THE ESCAPED PRISONERS HAVE "
            "BEEN RECAPTURED IN THE HILLS NEAR THE TOWN.")
    assert presence_total(19, [said])
    assert presence_total(52, ["SOME 60 GUERRILLAS ATTACKED THE DISTRICT JAIL AND FREED 52 PRISONERS."])
    assert not presence_total(3, ["The inmates seized 3 prison guards and set fire to the kitchen."])


def test_the_number_of_inmates_who_rioted_counts_the_rioters():
    from summarizer.verify.categories.people import counts_attackers
    said = ("On 9 October 2025, around 300 inmates of the Kwendari Remand Prison in Ossulo town (Imbaza district, "
            "Velsharra) rioted over the suspension of family visits, seized 3 prison guards and set fire to the kitchen.")
    assert counts_attackers(300, [said])
    assert not counts_attackers(3, [said])
    assert not counts_attackers(12, ["Guards shot dead 12 inmates who rioted over food."])


def test_a_reports_item_number_is_no_figure():
    from summarizer.verify.numbers import figure_mentions
    said = "1) Riot and fire at Haldune Central Prison\nDate: 3 September 2025\nSome 120 inmates took four officers hostage."
    assert [m.value for m in figure_mentions(said)] == [120, 4]
    assert [m.value for m in figure_mentions("Police said 3) were held")] == [3]


def test_a_numbered_items_body_goes_on_in_its_dated_block():
    from summarizer.read.segment import segment
    from summarizer.verify.note_lines import line_openers
    text = ("1) Riot at Haldune Central Prison\nDate: 3 September 2025\nLocation: Haldune\nSome 120 inmates rioted. "
            "Two died.\n4) Riot in police holding cells, Pyrrovic\nDate: 7 September 2025\nLocation: Pyrrovic\n"
            "Eleven detainees set fire to blankets. One detainee died. The commander blamed the Tollgate Boys gang.")
    sentences = segment(text)
    openers = line_openers(sentences, text)
    block = next(s.n for s in sentences if s.text.startswith("4)"))
    assert [openers.get(s.n) for s in sentences if s.n > block] == [block] * (len(sentences) - block)


def test_the_place_the_people_harmed_belong_to_is_no_place_of_the_act():
    from summarizer.verify.place_roles import only_as_whose_people
    said = ("02/03/2024: Gunmen stopped a minibus taking off-duty guards of Ashkarim Penal Colony No. 4 home after their "
            "night shift near Dovlet-Kul village.")
    assert only_as_whose_people("Ashkarim Penal Colony No. 4", [said])
    assert not only_as_whose_people("Dovlet-Kul", [said])
    assert not only_as_whose_people("Ashkarim Penal Colony No. 4", ["Inmates rioted at Ashkarim Penal Colony No. 4."])


def test_a_region_named_only_in_a_buildings_name_is_no_region():
    from summarizer.verify.locations import only_in_a_buildings_name
    assert only_in_a_buildings_name("Castelgrotta District", ["Riot and fire at Castelgrotta District Prison"])
    assert not only_in_a_buildings_name("Castelgrotta District", ["Inmates rioted in the Castelgrotta District jail "
                                                                  "of the Castelgrotta District."])


def test_two_regions_joined_are_no_country():
    text = ("UNIDENTIFIED ARMED MEN ATTACKED THE POLICE STATION IN SAN CRISPULO, VALDEORCA DEPARTMENT, AND FREED SIX "
            "DETAINEES. THE ATTACKS BRING TO 14 THE NUMBER OF POLICEMEN KILLED IN ALTOCHANCA AND VALDEORCA SINCE JANUARY.")
    said = [str(p) for p in problems(text, location_sentences=[1, 2], place="SAN CRISPULO",
                                     country="Altochanca and Valdeorca")]
    assert any("joins names the article gives as regions" in p for p in said)


def test_things_taken_are_no_abduction_cue():
    from summarizer.verify.cues import cue_words
    lowered, _ = cue_words("One of them attacked him with an iron bar and took his radio and keys.")
    assert "took" not in lowered.split()
    lowered, _ = cue_words("Gunmen took 3 guards hostage.")
    assert "took" in lowered.split()
