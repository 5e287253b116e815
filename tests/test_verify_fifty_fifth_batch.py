"""Verifier rules of 2026-12-06 (twelfth session), from right gold values of the
fifty-fifth twelve (dates: statements about an earlier day, events across midnight
and New Year, registers and notes; event types at their borders) it refused and
from the model's verified wrong values on it; each with a value it must accept and
one it must still refuse. Articles are ours."""


def test_one_of_a_group_who_died_is_killed_not_a_headcount():
    from summarizer.verify.categories import presence_total
    assert not presence_total(1, ["One resident of the flats, an apprentice of 19, died in hospital."])
    assert presence_total(300, ["About 300 residents of the block were evacuated."])


def test_servers_running_its_systems_were_its_own():
    from summarizer.verify.roles import plays_role
    hit = ("The Carrabel Port Authority said on Wednesday that ransomware had encrypted the servers running its "
           "cargo-tracking and customs clearance systems at its headquarters.")
    assert plays_role("Carrabel Port Authority", "targets", [hit])
    assert not plays_role("Carrabel Port Authority", "targets",
                          ["The Carrabel Port Authority said on Wednesday that its servers were working normally."])


def test_a_registers_two_digit_year_is_the_events_year():
    from summarizer.verify.event_types import tells_of_the_past
    bullet = ("14-Dec-26 - Shortly after 22:00, armed men on motorcycles abducted 6 workers of a road-building crew; "
              "the district commissioner blamed a gang that has kidnapped for ransom in the valley since 2024.")
    assert not tells_of_the_past("abduction", [bullet], 2026)
    assert tells_of_the_past("abduction", ["03-Mar-25 - Riders abducted 11 bus passengers near Tessebrook."], 2026)


def test_a_sentence_telling_an_accident_and_an_attack_does_not_make_the_accident_deliberate():
    from summarizer.verify.event_types import kind_contradicted
    both = ["Gas blast wrecks Orlusk flat; bomb in cafe kills two a day later",
            "A gas explosion tore through a fourth-floor flat early on Tuesday, killing three people, and on Wednesday "
            "evening a bomb hidden in a sports bag exploded in a crowded cafe across the city, killing two."]
    assert kind_contradicted("industrial accident", both) is None
    assert kind_contradicted("industrial accident", ["A bomb hidden in a sports bag exploded in a crowded cafe, "
                                                     "killing two."]) == "a deliberate act"


def test_men_filmed_pouring_fuel_set_the_fire():
    from summarizer.verify.roles import plays_role
    filmed = ("Police said a security camera filmed 2 masked men pouring fuel at the loading bay minutes before the "
              "flames appeared.")
    assert plays_role("masked men", "perpetrators", [filmed])


def test_an_air_force_that_said_it_had_struck_a_post_claims_the_strike():
    from summarizer.verify.roles import plays_role
    said = 'The Osmerathi Air Force said that evening that it had struck "an OPF command post" near Marzeny.'
    assert plays_role("Osmerathi Air Force", "perpetrators", [said])
    assert not plays_role("army", "perpetrators", ["The army said it had struck a roadside mine near Marzeny."])


def test_a_sum_since_a_weekday_is_a_tally():
    from summarizer.verify.tallies import tally
    assert tally(37, ["In all, at least 37 people have been killed in Hethmoor since Monday, the governor said."])
    assert not tally(11, ["She said 11 villagers had been killed since the raid began on Monday night."])


def test_a_name_after_a_semicolon_is_not_the_acts_object():
    from summarizer.verify.roles import plays_role
    entry = ("Armed men stormed a water pumping station near the village of Kovask and abducted 3 engineers and a "
             "guard; a herder saw the captives being driven toward the border.")
    assert not plays_role("a herder", "targets", [entry])
    assert plays_role("engineers", "targets", [entry])
    # a label's colon is no new clause
    assert plays_role("Radio Ardenna broadcasting house", "targets", ["Target: Radio Ardenna broadcasting house"])


def test_a_town_outside_which_a_road_runs_is_no_country():
    from summarizer.verify.names import called_a_town
    crash = "A car crashed into a bus shelter on the Hensford road outside Cropthorne, injuring two people."
    assert called_a_town("Cropthorne", crash)
    assert not called_a_town("Kelmaria", "Gunmen based outside Kelmaria claimed it.")
