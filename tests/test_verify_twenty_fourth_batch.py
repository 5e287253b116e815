"""Verifier rules of 2026-12-04 (evening), from right gold values of the
twenty-fourth twelve the verifier refused; each with a value it must refuse and
one it must leave alone. Articles are ours."""

from summarizer.verify.categories import counts_attackers, presence_total
from summarizer.verify.locations import locates_the_site
from summarizer.verify.roles import plays_role
from summarizer.verify.tallies import tally


def test_a_group_claiming_its_own_taking_or_bombs_is_a_perpetrator():
    claim = ("A faction calling itself the Marn Riders said in a video posted on Sunday that it had taken the "
             "surveyors.")
    assert plays_role("Marn Riders", "perpetrators", [claim])
    bombs = "A group calling itself the Grey Hand said on Friday that it had planted both bombs."
    assert plays_role("Grey Hand", "perpetrators", [bombs])
    # the police speaking of what they seized are no perpetrators
    assert not plays_role("police", "perpetrators", ["The police said they had seized two rifles at the scene."])


def test_opening_fire_on_people_aims_at_them():
    text = "Gunmen attacked Tobu village before dawn, opening fire on residents and setting fire to homes."
    assert plays_role("residents", "targets", [text])


def test_attackers_who_died_are_killed_not_a_count_of_those_who_acted():
    assert not counts_attackers(3, ["The army reported 7 civilians and 3 attackers killed and 4 civilians wounded."])
    assert not counts_attackers(2, ["Police said 2 gunmen killed in the exchange of fire."])
    # ... but those who did the killing are attackers counted
    assert counts_attackers(4, ["Four gunmen killed a shopkeeper in Orsa."])


def test_of_the_dead_counts_the_dead_whatever_the_relative_clause_says():
    text = ("Of the dead, eight were police officers and four were civilians who lived in flats above the "
            "station, the spokesman said.")
    assert not presence_total(4, [text])
    assert presence_total(40, ["Some 40 families lived in flats above the station."])


def test_a_groups_record_since_a_year_does_not_make_the_toll_a_tally():
    text = ("The governor said the toll had risen to 15 after more of the wounded died, and blamed the attack on "
            "the Dawn Movement, an armed group that has fought the government in the province since 2019.")
    assert not tally(15, [text])
    assert tally(40, ["The violence has killed 40 people in the province since 2019."])


def test_a_sentence_that_puts_the_site_in_a_town_is_where_it_happened():
    assert locates_the_site("Tellum", "The station is in Tellum, a mining town near the border with Kasmira.")
    assert not locates_the_site("Tellum", "The wounded were taken to the hospital in Tellum.")
