"""Verifier rules of 2026-12-04 (late), from right gold values of the twenty-fifth
twelve the verifier refused; each with a value it must refuse and one it must
leave alone. Articles are ours."""

from summarizer.verify.categories import category_conflict, presence_total
from summarizer.verify.cues import type_stated
from summarizer.verify.event_types import kind_contradicted, tells_an_event
from summarizer.verify.names import given_a_region_word, is_a_region, join_sentences, named_as_a_person
from summarizer.verify.parties import harmed_at_the_aim, plays_role_by_name_or_head
from summarizer.verify.place_roles import only_after_the_place_in_a_label, place_of_the_label
from summarizer.verify.roles import plays_role


def test_joined_sentences_never_read_as_one_phrase():
    infobox = ["Country: Maravenia", "Province: Vostrel Province"]
    assert not given_a_region_word("Maravenia", join_sentences(infobox))
    assert given_a_region_word("Tarsa", join_sentences(["Doctors at the Tarsa district hospital said so."]))


def test_the_work_of_a_group_names_the_perpetrator():
    said = "Police said the kidnapping was the work of the Red Hand, which has demanded a ransom."
    assert plays_role_by_name_or_head("Red Hand", "perpetrators", [said])
    # a group that only spoke is no perpetrator
    assert not plays_role_by_name_or_head("Red Hand", "perpetrators", ["The Red Hand said on Monday it would talk."])


def test_people_taken_from_a_convoy_are_its_aim_too():
    text = "Armed men set five trucks on fire and abducted two of the convoy's drivers."
    assert not harmed_at_the_aim("drivers", ["convoy", "drivers"], "armed attack", [text])
    wounded = "Armed men set five trucks on fire; two of the convoy's drivers were wounded."
    assert harmed_at_the_aim("drivers", ["convoy", "drivers"], "armed attack", [wounded])


def test_missiles_hurled_at_fans_aim_at_them():
    text = ("Home supporters invaded the pitch and charged the away end, hurling bottles and flares at fans of "
            "Dunraith Albion.")
    assert plays_role_by_name_or_head("fans of Dunraith Albion", "targets", [text])


def test_a_crowd_storming_the_pitch_is_a_riot():
    assert type_stated("riot/protest", ["Dozens hurt as fans storm pitch and charge away end"])
    assert type_stated("riot/protest", ["Home supporters invaded the pitch at the stadium on Sunday."])
    assert not type_stated("riot/protest", ["The match was played on a wet pitch on Sunday."])


def test_a_convoy_stopped_on_the_road_tells_an_event():
    assert tells_an_event("The convoy was stopped at about 14:00 on the road near the village of Mbelo.")
    assert not tells_an_event("The drivers walked to Mbelo, where villagers gave them shelter.")


def test_a_grenade_thrown_into_a_bus_that_exploded_is_a_bombing():
    text = ("A grenade thrown through the window of a crowded route 12 urban bus exploded, wounding nine "
            "passengers.")
    assert kind_contradicted("armed attack", [text])
    assert kind_contradicted("armed attack", ["Gunmen opened fire on the bus and threw a grenade that exploded."]) is None


# -- from the twelve's dev answers the verifier passed wrongly ---------------------

def test_a_figure_is_what_its_own_verb_says():
    said = ("He said four more policemen and two civilians, a baker and his son who lived next to the station, "
            "had been wounded, and that the attackers had left behind the bodies of three of their own.")
    assert category_conflict("killed", 4, [said]) == {"injured"}
    assert category_conflict("injured", 4, [said]) is None
    # a verb before the figure is its verb; a later one may be another figure's
    caps = "A CAR BOMB EXPLODED, KILLING TWO SOLDIERS AND ONE CIVILIAN AND WOUNDING NINE PEOPLE."
    assert category_conflict("killed", 1, [caps]) is None
    both = "Gunmen killed 3 people and wounded 9 others, who were taken to hospital in Orsa."
    assert category_conflict("killed", 3, [both]) is None
    # what follows the speaker is no verb of the figure's
    prison = ("Four inmates died and 11 others were injured, along with three members of the unit, the ministry "
              "said in a statement that gave no details of how the inmates were killed.")
    assert category_conflict("injured", 3, [prison]) is None


def test_people_held_for_trial_are_no_captives():
    text = "On Monday police arrested 22 men, and a magistrate ordered 9 of them held for trial."
    assert presence_total(9, [text])
    assert not presence_total(9, ["Gunmen held 9 passengers for two days."])


def test_a_victim_named_with_his_court_is_no_perpetrator():
    text = ("04/09/2021: Judge Edric Tarrahal of the Hollvard regional appeals court was shot dead as he stepped "
            "out of his car.")
    assert not plays_role("Judge Edric Tarrahal", "perpetrators", [text])
    assert plays_role("fighters", "perpetrators", ["Fighters of the Red Front attacked the post."])


def test_a_person_is_no_part_of_a_location():
    text = "That morning the governor of Vostrel Province, Emil Dravanek, told reporters that 19 had been killed."
    assert named_as_a_person("Emil Dravanek", text)
    assert not named_as_a_person("Vostrel", text)
    assert not named_as_a_person("Dravanek", "The mayor, Dravanek, spoke. Fighting spread to Dravanek on Monday.")
    assert not named_as_a_person("Ombra prefecture", "officials in Kestovia's southern Ombra prefecture said.")


def test_two_regions_are_no_place():
    assert is_a_region("Tembul and Carracha provinces")
    assert not is_a_region("Carracha")


def test_a_location_line_runs_place_region_country():
    line = "Location: Orla Deep A production platform, Whitlow Bank, Veldmark"
    assert only_after_the_place_in_a_label("Whitlow Bank", [line])
    assert not only_after_the_place_in_a_label("Orla Deep A production platform", [line])
    assert place_of_the_label([line]) == "Orla Deep A production platform"
    # a street opening the line is where in the town; "near" is no part of the name
    assert place_of_the_label(["Location: Avenue of the Republic, Orsolo, Cassamar Province"]) == "Orsolo"
    assert place_of_the_label(["Location: near Abrel, Dunmar Province, Veskaria"]) == "Abrel"
    # a page with a line per entry gives no one place
    assert place_of_the_label([line, "Location: Tarsk, Veldmark"], only_one=True) is None
