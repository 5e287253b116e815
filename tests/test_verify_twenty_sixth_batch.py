"""Verifier rules of 2026-12-04 (night), from the twenty-sixth twelve: right gold
values it refused and dev answers it passed wrongly; each with a value it must
refuse and one it must leave alone. Articles are ours."""

from summarizer.core.schema import EventList, EventRef
from summarizer.verify.counted import counts_things
from summarizer.verify.party_names import is_weapon
from summarizer.verify.events import refine_events
from summarizer.verify.place_roles import only_elsewhere
from summarizer.verify.roles import plays_role

NOTE = {
    1: "On 14 September 2025, a drone hit a pickup truck on the highway west of Brezhun town (Tolvashen district).",
    2: "On the same day, artillery shelled Yaskel town (Tolvashen district), killing 2 civilians.",
    3: "On 15 September 2025, the Tolvashen district governor blamed the shelling on the UTVC, which denied it.",
    4: "Yaskel had last been shelled on 28 August 2025, when 1 civilian was killed.",
}


def _groups(evidence: dict[int, str]) -> list[list[int]]:
    events = EventList(events=[EventRef(type="bombing/explosion", sentences=list(evidence))])
    return [e.sentences for e in refine_events(events, evidence, 2025).events]


def test_a_day_someone_was_blamed_on_is_a_statements_day_and_the_last_time_is_background():
    groups = _groups(NOTE)
    assert [1] in groups and [2, 3] in groups and not any(4 in g for g in groups)
    # "was last seen" is no earlier event: a missing man
    seen = {1: "Armed men kidnapped a trader in Orvel on Monday.", 2: "He was last seen leaving his shop at dusk."}
    assert _groups(seen) == [[1, 2]]


def test_driving_off_with_someone_takes_him():
    text = "The gunmen forced the workers to lie down and drove off with Ostermalm in one of the company's pickups."
    assert plays_role("Ostermalm", "targets", [text])


def test_setting_fire_to_a_clinic_in_a_village_happens_there():
    assert not only_elsewhere("Dellamar", ["Assailants set fire to the maternity clinic in Dellamar village."])
    assert only_elsewhere("Amsoro", ["The wounded were carried to the clinic in Amsoro."])


def test_sites_are_things_and_artillery_a_weapon():
    assert counts_things(19, ["It shut down its network at all 19 sites and postponed operations."])
    assert is_weapon("artillery") and not is_weapon("army artillery unit of the 4th Brigade")


def test_drones_seen_since_a_month_name_no_perpetrator_and_a_demand_no_target():
    seen = ("No group claimed the strike; drones of both the Zhelvanian army and the Upper Tolvashen Volunteer "
            "Corps (UTVC) have been seen over the highway since May 2025.")
    assert not plays_role("Zhelvanian army", "perpetrators", [seen])
    assert not plays_role("Upper Tolvashen Volunteer Corps", "perpetrators", [seen])
    demand = "The inmates set fire to mattresses and demanded the dismissal of the prison's governor."
    assert not plays_role("governor", "targets", [demand])
    assert plays_role("governor", "targets", ["The inmates seized the prison's governor."])


def test_who_spoke_of_the_dead_is_no_target():
    text = ("Masked gunmen burst into the parish church and opened fire on the congregation, killing eleven people, "
            "among them the parish priest, the diocese said.")
    assert not plays_role("diocese", "targets", [text])
    assert plays_role("congregation", "targets", [text])
    assert not plays_role("Diocese", "targets", ["The priest was shot, the Diocese of Upper Corvenn said."])


def test_what_an_attack_destroyed_after_it_is_no_other_target():
    from summarizer.verify.parties import no_other_target

    after = "No one was inside at the time, but three classrooms and the library were destroyed."
    assert no_other_target("classrooms", ["classrooms", "library"], [after])
    assert no_other_target("library", ["classrooms", "library"], [after])
    # ... but a thing destroyed by the act told with it was its aim
    truck = "A military supply truck was destroyed when an IED hidden in a culvert detonated beneath it."
    assert not no_other_target("military supply truck", ["military supply truck"], [truck])
    car = "A car was destroyed on the road outside Orlo village by a missile fired from a drone."
    assert not no_other_target("car", ["car"], [car])
