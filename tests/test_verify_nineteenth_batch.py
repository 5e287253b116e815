"""Rules from the nineteenth twelve of gold (2026-12-03, night): right values the
verifier refused before they were written. Articles are ours."""

from summarizer.verify.roles import plays_role


def test_boarding_a_boat_is_an_act():
    text = ("Armed men in two speedboats boarded a fishing boat on Lake Morvo, off the village of Ombalo in the "
            "Eastern Lakes region, late on Monday night and took away most of its crew, the union said.")
    assert plays_role("Armed men", "perpetrators", [text])


def test_driving_a_car_bomb_into_a_post_is_an_act():
    text = ("A suicide bomber drove a car packed with explosives into an army checkpoint on the road into Belsha, "
            "in the northern province, on Tuesday evening, and gunmen then stormed the post, the army said.")
    assert plays_role("suicide bomber", "perpetrators", [text])
    assert plays_role("army checkpoint", "targets", [text])


def test_what_a_grenade_was_thrown_over_the_wall_of_is_the_target():
    text = "An unidentified man threw a hand grenade over the wall of the police station in Marrik at around 9 a.m."
    assert plays_role("police station", "targets", [text])
    assert not plays_role("police station", "targets", ["Children climbed over the wall of the police station."])


def test_sweeping_into_a_camp_is_a_raid():
    text = ("Armed men swept into an artisanal gold mining camp near the village of Dangassou at dawn on Tuesday, "
            "shooting miners as they slept.")
    assert plays_role("artisanal gold mining camp", "targets", [text])
    assert plays_role("Armed men", "perpetrators", [text])


def test_a_strike_by_a_military_aircraft_is_a_bombing():
    from summarizer.verify.cues import type_stated
    text = ("On 19 August 2023, a military aircraft reportedly belonging to the Ostrava Air Command struck the weekly "
            "livestock market of Kaffa town around midday.")
    assert type_stated("bombing/explosion", [text])
    assert not type_stated("bombing/explosion", ["A light aircraft struck power lines and crashed near the airfield."])


def test_the_owner_of_a_portal_out_of_use_after_an_attack_is_the_target():
    text = ("The online filing portal of Corvela's State Revenue Service was unreachable for most of Friday, the last "
            "day for submitting annual income declarations, after what the agency called a denial-of-service attack.")
    assert plays_role("State Revenue Service", "targets", [text])
    assert not plays_role("State Revenue Service", "targets", [
        "The online filing portal of Corvela's State Revenue Service was unreachable for most of Friday for "
        "maintenance."])
