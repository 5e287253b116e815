"""Verifier rules of 2026-12-05 (ninth session), from right gold values of the
forty-fifth twelve (background events that are no incidents; dates hard to read)
it refused and from the model's verified wrong values on it; each with a value it
must accept and one it must still refuse. Articles are ours."""

from datetime import date

from summarizer.verify.categories import categories_named
from summarizer.verify.date_events import of_another_day
from summarizer.verify.event_types import retold
from support.incident_problems import incident_problems


_problems = incident_problems


def test_police_firing_on_an_anniversary_march_is_an_event_not_a_retelling():
    march = ["Two killed as police fire on Kelvasso miners' anniversary march",
             "Riot police fired tear gas and live rounds on Monday at thousands of people marching to mark the "
             "tenth anniversary of the Rossal pit shooting, killing two marchers, the city hospital said."]
    assert not retold(march)
    assert retold(["Thousands marched on Monday to mark the tenth anniversary of the shooting that killed 12 "
                   "miners."])
    assert retold(["The two men who attacked the post in 2019 were sentenced to life on Monday."])


def test_a_message_signed_on_a_day_dates_the_denial():
    text = ("Police attributed the attack to the Cuervos Negros gang; a message signed by the gang on 01/02/2026 "
            "denied any role.")
    assert not of_another_day([text], date(2025, 12, 31))
    assert of_another_day(["On 01/02/2026 the Cuervos Negros gang attacked a second party."], date(2025, 12, 31))


def test_people_still_held_on_a_day_are_a_status_not_another_event():
    text = ("Two of the surveyors were freed on 01/14/2026 near Santa Irene; the other three were still being held "
            "on 01/20/2026, when their families said the kidnappers had demanded a ransom.")
    assert not of_another_day([text], date(2026, 1, 12))


def test_people_led_away_all_of_them_were_taken():
    assert "captured/abducted" in categories_named(
        "Armed men stopped a pickup truck carrying five surveyors and led all five away into the hills.")
    assert "captured/abducted" not in categories_named("A guide led the five surveyors to the site.")


# -- wrong values it had verified ------------------------------------------------------------


def test_a_days_possessive_is_no_party():
    from summarizer.verify.parties import not_a_party
    assert not_a_party("Sunday's", None)
    assert not_a_party("Sunday\u2019s", None)
    assert not not_a_party("Sulvane Hills Fraternity", None)


def test_a_bomb_defused_beside_last_years_attacks_is_no_incident():
    article = ("Gunmen kill nine villagers in Quorrenby\n\n"
               "Also on Monday, police found a bomb made from a pressure cooker in a sack of onions at the Marnowe "
               "bus park, and army engineers defused it. Quorrenby was attacked twice last year: in December a bomb "
               "at its water point killed a woman and her son.")
    problems = _problems(article, event_type="bombing/explosion", event_type_sentences=[2, 3])
    assert any("defused" in p for p in problems)
    blast = ("Gunmen kill nine villagers in Quorrenby\n\n"
             "On Monday a bomb exploded at the Marnowe bus park, killing two people. Quorrenby was attacked twice "
             "last year.")
    assert not any("defused" in p for p in _problems(blast, event_type="bombing/explosion", event_type_sentences=[2]))


def test_the_aim_of_a_foiled_plot_was_never_attacked():
    from summarizer.verify.roles import plays_role
    plot = ("Police arrested four men and seized 30 kg of explosives that they said were meant for an attack on "
            "the railway station.")
    assert not plays_role("railway station", "targets", [plot])
    assert plays_role("railway station", "targets", ["Gunmen launched an attack on the railway station."])


def test_people_led_away_with_no_one_harmed_is_an_abduction():
    from summarizer.verify.event_types import kind_contradicted
    taking = ["Armed men stopped a pickup truck carrying five surveyors and led all five away into the hills."]
    assert kind_contradicted("armed attack", taking) == "people taken, no one harmed (an abduction)"
    raid = ["Gunmen shot dead two guards at the gate and abducted 11 road workers."]
    assert kind_contradicted("armed attack", raid) is None
