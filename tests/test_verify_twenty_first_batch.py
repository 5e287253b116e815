"""Rules from the twenty-first twelve of gold (2026-12-04): right values the
verifier refused before they were written, and wrong ones a helper's probes found
it accepting. Articles are ours."""

from summarizer.verify.categories import presence_total
from summarizer.verify.counted import counts_things
from summarizer.verify.date_events import only_when_freed
from summarizer.verify.event_types import tells_an_event
from summarizer.verify.roles import plays_role


def test_the_killers_escaping_is_no_release_outside_an_abduction():
    text = ("MAYOR JULIAN PRADO WAS SHOT DEAD ON SATURDAY NIGHT AT THE DOOR OF HIS HOUSE BY TWO MEN WHO ESCAPED "
            "ON FOOT, POLICE SAID.")
    assert not only_when_freed("ON SATURDAY NIGHT", [text], abduction=False)
    assert only_when_freed("on Friday night", ["The girls, seized in May, escaped on Friday night."])


def test_the_owner_whose_control_systems_hackers_shut_down_is_the_target():
    text = ("Engineers at the Brisk Harbour Water Authority were still running its two treatment plants by hand on "
            "Wednesday, three days after hackers shut down its control systems, officials said.")
    assert plays_role("Brisk Harbour Water Authority", "targets", [text])


def test_people_still_being_held_are_the_target():
    text = ("Three foreign staff members of the charity Open Roads Relief are being held by armed men who stopped "
            "their vehicle at a checkpoint.")
    assert plays_role("Open Roads Relief", "targets", [text]) or plays_role("staff members", "targets", [text])


def test_a_vehicle_waved_down_at_a_barrier_tells_an_event():
    assert tells_an_event("The team was on its way to a clinic when it was waved down at a barrier of oil drums "
                          "outside the village of Ormaz.")


def test_what_a_bomb_tore_through_the_crowd_outside_of_was_hit():
    text = "The group said it was behind the car bomb that tore through the crowd outside the Ministry of Water."
    assert plays_role("Ministry of Water", "targets", [text])


def test_a_group_responsible_past_a_long_description_is_the_perpetrator():
    text = ("The governor said on Friday that the Tulgan Free Brigades, an armed group that has set up checkpoints "
            "on several roads in the province to collect taxes from travellers, was responsible for the abduction.")
    assert plays_role("Tulgan Free Brigades", "perpetrators", [text])


def test_the_bomber_is_a_perpetrator_by_the_word():
    text = "The bomber's body was found under the wreckage of the car on Tuesday afternoon, a police spokesman said."
    assert plays_role("bomber", "perpetrators", [text])


def test_stitches_are_things_and_miners_underground_are_present():
    assert counts_things(11, ["A photographer needed eleven stitches to a head wound."])
    assert presence_total(64, ["Some 64 miners were underground when the gas exploded."])


def test_a_day_said_on_and_a_day_something_was_not_yet_so_by_are_no_event_day():
    from summarizer.verify.date_events import only_said_or_after
    assert only_said_or_after("Saturday", ["Three aid workers are being held, the agency said on Saturday.",
                                           "No ransom demand had been received by Saturday, Kirsch said."])


def test_bodies_carried_to_the_surface_days_after_an_explosion_come_after_it():
    from summarizer.verify.date_events import only_after_the_fact
    text = ("The last bodies were carried to the surface of the Dunvel colliery on Thursday night, three days after "
            "a methane explosion tore through its deepest seam.")
    assert only_after_the_fact("Thursday night", [text])


def test_a_total_over_the_two_events_is_no_ones_figure():
    from summarizer.verify.tallies import tally
    assert tally(5, ["In total, 5 people were killed in the two events."])


def test_a_village_with_its_district_in_brackets_is_no_district_of_that_name():
    from summarizer.verify.names import names_a_region
    text = "An IED hit a patrol outside Sabrel village (Oudan district, Kethara) on 9 November 2022."
    assert not names_a_region("Sabrel district", text)
    assert names_a_region("Oudan district", text)


def test_people_whose_data_was_taken_are_no_target():
    text = "Aurelian Air says hackers took booking records of 1.2 million passengers from its reservation system."
    assert not plays_role("passengers", "targets", [text])
    assert plays_role("Aurelian Air", "targets", ["Hackers attacked Aurelian Air's reservation system."])


def test_how_many_times_someone_was_hit_counts_no_one():
    text = "THE GUARD, CORPORAL RUFINO TAPIA, WAS HIT THREE TIMES AND TAKEN TO THE MILITARY HOSPITAL."
    assert counts_things(3, [text])
    assert not counts_things(3, ["Three times as many people were hurt as in May; three guards were hit."])
