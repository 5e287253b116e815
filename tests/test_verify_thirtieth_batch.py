"""Verifier rules of 2026-12-04 (second session), from right gold values of the
thirtieth twelve it refused; each with a value it must refuse and one it must
leave alone. Articles are ours."""

from datetime import date

from summarizer.verify.categories import categories_named, category_conflict
from summarizer.verify.date_events import of_another_day


def test_inmates_holding_guards_hold_captives_but_a_meeting_holds_no_one():
    assert categories_named("THE INMATES WERE STILL HOLDING NINE OF THE GUARDS THIS EVENING.") == {"captured/abducted"}
    assert categories_named("INMATES HOLD GUARDS AT EL CARDONAL") == {"captured/abducted"}
    assert categories_named("The union is holding a meeting with workers on Friday.") == set()


def test_a_broken_arm_or_legs_is_an_injury_even_of_a_hostage():
    hostage = ("Doctors said one hostage, the branch manager, had a broken arm after being beaten with a pistol "
               "butt, and that the rest had been examined and sent home.")
    assert category_conflict("injured", 1, [hostage]) is None
    assert category_conflict("captured/abducted", 19, ["The gunmen held 19 hostages for 26 hours."]) is None
    miners = "The eight were brought to the surface on 14 March, two of them with broken legs."
    assert category_conflict("injured", 2, [miners]) is None
    assert category_conflict("killed", 2, [miners]) == {"injured"}


def test_a_release_and_a_status_date_make_no_other_days_event_of_the_captives_still_held():
    text = "17 of the abducted were freed on 05/03/2022 after a ransom was paid; 6 were still held as of 06/01/2022."
    assert not of_another_day([text], date(2022, 4, 9))
    assert of_another_day(["On 05/03/2022 gunmen attacked a second village, killing 6."], date(2022, 4, 9))


def test_a_provinces_total_since_a_campaign_began_is_a_tally_not_a_storms_own_toll():
    from summarizer.verify.tallies import tally

    assert tally(58, ["The provincial governor said on Thursday that 58 people had been killed in fighting across "
                      "Tolvash province since the Brigades began their spring offensive in April."])
    assert not tally(7, ["The highway police said seven people had died in car crashes on iced-over roads since "
                         "the storm began."])
    assert not tally(5, ["Five people were killed in Dalmor province on Tuesday."])


def test_a_headline_figure_takes_the_qualifier_the_body_gives_it():
    from summarizer.read.segment import segment
    from summarizer.verify.rules import Verifier
    from summarizer.core.schema import Draft

    article = ("Shells kill 13 in Tallinor market\n\n"
               "OSKENY, Kasmeria, September 17, 2026 (Thornbury Wire) - At least 13 people were killed and 41 "
               "wounded when artillery shells hit the centre of Tallinor late on Tuesday, regional officials said.")
    verifier = Verifier(segment(article), article)

    def problems(qualifier: str, sentences: list[int]) -> list[str]:
        draft = Draft.model_validate({"incidents": [{
            "summary": "Shelling of Tallinor.", "summary_sentences": [2],
            "event_type": "bombing/explosion", "event_type_sentences": [2],
            "casualties": [{"category": "killed", "count": 13, "qualifier": qualifier, "sentences": sentences}]}]})
        return [p.message for p in verifier.check_incident(0, draft.incidents[0]) if "casualties" in p.field]

    assert any('"at least"' in m for m in problems("exact", [1]))
    assert problems("at least", [1, 2]) == []
    plain = article.replace("At least 13 people", "Thirteen people")
    verifier = Verifier(segment(plain), plain)
    assert problems("exact", [1]) == []  # the body gives it exact too


def test_people_freed_are_a_release_no_casualty_figure_unless_freed_hurt():
    from summarizer.verify.counted import counts_the_freed

    assert counts_the_freed(17, ["17 of the abducted were freed on 05/03/2022 after a ransom was paid; "
                                 "6 were still held as of 06/01/2022."])
    assert not counts_the_freed(6, ["17 of the abducted were freed on 05/03/2022; 6 were still held."])
    assert not counts_the_freed(2, ["TWO GUARDS WERE RELEASED AT DAWN TODAY WITH STAB WOUNDS AND TAKEN TO HOSPITAL."])


def test_probes_a_distance_counts_no_one_without_casualties_is_a_denial_and_said_by_telephone_is_said():
    from summarizer.verify.counted import counts_things
    from summarizer.verify.date_events import only_when_said

    assert counts_things(14, ["Location: 14 NM SW of Dunvarrow"])
    assert not counts_things(12, ["The blast killed 12 men and wounded 3 miners."])
    assert categories_named("The ferry Lissandra docked without casualties.") == set()
    assert only_when_said("on Wednesday", ["The group's spokesman said by telephone on Wednesday that its men had "
                                           "withdrawn."])
    assert not only_when_said("on Tuesday", ["Gunmen attacked the port on Tuesday."])
