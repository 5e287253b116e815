"""Verifier rules of 2026-12-07 (eighteenth session): from a wrong verified value of the
sixty-seventh twelve (attacks on health care and aid work), and from the sixty-eighth (prison
breaks and attacks on prisons) and sixty-ninth (border incidents) twelves; each with a value it
must refuse or accept and its twin the other way. Articles are ours."""

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


# The sixty-ninth twelve (border incidents): right gold values the verifier refused.

def test_a_mine_of_war_struck_is_no_accident():
    from summarizer.verify.event_types import kind_contradicted
    for said in ("16:10 Location: border patrol road Description: A tractor towing a trailer of hay struck an anti-tank "
                 "mine on the border patrol road.",
                 "A PEASANT WOMAN AND TWO OF HER CHILDREN WERE KILLED THIS MORNING WHEN THEIR OXCART STRUCK A MINE ON A "
                 "TRACK NEAR THE HAMLET OF BELMUDA."):
        assert kind_contradicted("bombing/explosion", [said], [said]) is None
    blast = "A methane explosion tore through the Harnow coal mine, killing four miners."
    assert kind_contradicted("bombing/explosion", [blast], [blast]) is not None


def test_an_act_of_the_past_few_days_is_no_earlier_years():
    from summarizer.verify.tallies import named_of_an_earlier_year
    said = ("Police said the mine had been laid in the past few days on a stretch of road that army engineers swept in "
            "2021, and blamed the Grey Hound Riders.")
    assert not named_of_an_earlier_year("Grey Hound Riders", [said], 2024)
    assert named_of_an_earlier_year("Grey Hound Riders", ["In 2021 the Grey Hound Riders laid mines on the road."], 2024)


def test_a_country_that_begins_a_clause_is_no_persons_surname():
    from summarizer.verify.names import named_as_a_person
    text = ("Esmerelan border guards opened fire on migrants on Esmerel's bank of the river. Since Esmerel finished a "
            "70 km fence along its bank in 2023, crossings have moved. Esmerel says it has detained 9 smugglers.")
    assert not named_as_a_person("Esmerel", text)
    assert named_as_a_person("Voskuyl", "Shift engineer Petra Voskuyl keeps a card. Voskuyl said the gauge was broken.")


def test_a_numbered_reports_dated_items_are_incidents_of_their_own():
    from verify_helpers import refined
    text = ("SITUATION REPORT No. 14/2025. Issued: 9 September 2025.\n1) Riot and fire at Haldune Central Prison\n"
            "Date: 3 September 2025\n"
            "Some 120 inmates rioted and took four officers hostage. The fire spread to the library.\n"
            "2) Update to item 1\nDate: 6 September 2025\nOne of the injured officers died in hospital.\n"
            "3) Escape from Ulvetta Open Detention Centre (non-violent)\nDate: 5 September 2025\nSix detainees were "
            "missing at the count. No force was used and no staff were harmed.\n"
            "4) Riot in police holding cells, Pyrrovic\nDate: 7 September 2025\nEleven detainees set fire to blankets "
            "and attacked two constables. One detainee died of burns.")
    from summarizer.read.segment import segment
    numbered = {s.text.split()[0]: s.n for s in segment(text) if s.text[:2] in ("1)", "2)", "3)", "4)")}
    everything = list(range(numbered["1)"], len(segment(text)) + 1))
    groups = [sentences for _, sentences in refined(text, ("riot/protest", everything))]
    # the update goes with its item, the non-violent escape starts nothing, the riot in the cells is its own
    assert [g[0] for g in groups] == [numbered["1)"], numbered["4)"]]
    assert numbered["2)"] in groups[0]


# ... and from the wrong values the sixty-ninth's first answers got verified.

def test_a_clause_of_what_befell_people_is_no_party():
    from summarizer.verify.party_names import tells_what_befell
    assert tells_what_befell("TWO BORDER GUARDS WERE KILLED")
    assert not tells_what_befell("Vashtirian border guard unit")


def test_a_neighbours_adjective_before_its_army_is_no_country():
    from summarizer.verify.place_roles import only_as_origin
    said = ["LAST NIGHT, ARTILLERY SHELLS FIRED FROM ACROSS THE BORDER FELL ON THE FRONTIER VILLAGE OF ZHEMBRO.",
            "THE GOVERNOR BLAMED THE KOLMERIAN ARMY FOR THE SHELLING."]
    assert only_as_origin("KOLMERIAN", said)
    # the adjective of the country the sentences name is left to the metric ("Lutheni army" beside "Lutheny")
    assert not only_as_origin("Lutheni", ["Shells struck Tolmach, Vintaro province, Lutheny.",
                                          "4 civilians were killed, according to the Lutheni army."])


def test_herders_seized_and_nobody_harmed_is_an_abduction():
    from summarizer.verify.event_types import kind_contradicted
    said = ("09/04/2024: Shortly before dawn, about 25 armed men on horseback crossed the dry bed of the Khaspar river "
            "and seized 6 herders who were grazing camels outside the village of Yeshtemir.")
    assert kind_contradicted("armed attack", [said]) == "people taken, no one harmed (an abduction)"
    assert kind_contradicted("armed attack", ["Armed men seized their rifles and fled."]) is None


def test_a_border_sector_is_no_country():
    text = ("Daily Incident Log Country: Kaldany Area: Ferrowind district (Loskarra river sector of the border). "
            "Location: Tollaquin village Description: Shots were fired at migrants crossing the river.")
    said = [str(p) for p in problems(text, location_sentences=[1, 2], place="Tollaquin", country="Loskarra sector")]
    assert any("is a sector or zone of a border" in p for p in said)


def test_a_reports_incident_items_are_incidents_of_their_own():
    from verify_helpers import refined
    from summarizer.read.segment import segment
    text = ("DAILY SITREP. SUMMARY Monitors recorded a mine explosion and an attack on a customs post.\n"
            "INCIDENT 1: Mine on the patrol road Date: 13 May 2025 Location: Orrin road Description: A patrol vehicle "
            "struck an anti-tank mine; two soldiers were killed.\n"
            "INCIDENT 2: Customs post fired on by smugglers at Falsanne Date: 14 May 2025 Location: Falsanne customs "
            "post Description: Smugglers opened fire on the post, wounding an officer.")
    sentences = segment(text)
    starts = [s.n for s in sentences if s.text.startswith("INCIDENT")]
    groups = [g for _, g in refined(text, ("bombing/explosion", [s.n for s in sentences]))]
    assert [g[-1] < starts[1] for g in groups] == [True, False] and groups[1][0] == starts[1]


# ... and from the regrouped prison report's second answers (run -208).

def test_inmates_rising_in_their_cells_riot():
    from summarizer.verify.event_types import kind_contradicted
    rising = ("4) Riot in police holding cells, Pyrrovic Date: 7 September 2025 Eleven detainees in the station's two "
              "holding cells set fire to blankets and attacked two constables who opened a cell door.")
    assert kind_contradicted("armed attack", [rising]) == "inmates rising in their prison or cells (a riot/protest)"
    breakout = ("Detainees attacked the duty officer, took his keys and pistol, opened fire on officers in the "
                "guardroom, and 14 detainees escaped through the station yard.")
    assert kind_contradicted("armed attack", [breakout]) is None


def test_the_inmates_who_took_officers_hostage_are_counted_as_the_rising():
    from summarizer.verify.categories.people import counts_attackers
    said = ("Some 120 inmates of C Wing refused to return to their cells after evening recreation and took four "
            "officers hostage on the upper landing.")
    assert counts_attackers(120, [said])
    assert not counts_attackers(4, [said])
