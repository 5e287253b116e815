"""Verifier rules of 2026-12-06 (thirteenth session), from right gold values of the
fifty-seventh twelve (long features whose news is buried; follow-up reports: trials,
inquiries, anniversaries, arrests) it refused and from the model's verified wrong
values on it; each with a value it must accept and one it must still refuse.
Articles are ours."""

from summarizer.read.segment import segment
from summarizer.records.derive import Article


def test_those_a_village_buried_are_its_dead():
    from summarizer.verify.categories import category_conflict
    elder = ("Osei Marrable, a village elder, said Fallowgate had buried 21 people on Wednesday and that six children "
             "were still missing.")
    assert category_conflict("killed", 21, [elder]) is None
    assert category_conflict("killed", 21, ["21 people were buried by the slide and are still missing."]) == {
        "missing"}


def test_a_shaft_that_gave_way_is_a_mine_accident():
    from summarizer.verify.event_types import kind_contradicted
    from summarizer.verify.cues import type_told
    shaft = ("One of those shafts gave way on 3 February 2026 near the hamlet of Kestle Ridge, 6 km east of "
             "Rathcairn.")
    assert type_told("industrial accident", [shaft])
    assert kind_contradicted("industrial accident", [shaft]) is None


def test_a_protest_at_the_killings_harms_no_one():
    from summarizer.verify.categories import category_conflict
    clinic = ("Police fired tear gas at residents who had blocked the road in protest at the killings and were "
              "throwing stones; a clinic in the village treated 4 protesters and 2 police officers.")
    assert category_conflict("injured", 2, [clinic]) is None
    assert category_conflict("injured", 2, ["The killings of 2 police officers set off the protest."]) == {"killed"}


def test_a_crowd_that_stoned_the_police_and_the_police_who_fired_back():
    from summarizer.verify.roles import force_used_on_them
    both = ("On Friday, several hundred farmers stoned the police when officers moved in to clear them, and the "
            "police fired tear gas and live rounds into the crowd.")
    assert force_used_on_them("police", [both])
    assert not force_used_on_them("police", ["The police fired tear gas and live rounds into the crowd."])


def test_an_owners_thing_named_again_by_its_kind_was_attacked():
    from summarizer.verify.roles import plays_role
    marched = "SOME 800 WIDOWS AND MINERS HAD MARCHED ON THE COMPANY'S OFFICES TO DEMAND THE COMPENSATION."
    stoned = "THE POLICE CHIEF SAID THE MARCHERS HAD STONED THE OFFICES AND SMASHED THEIR WINDOWS."
    assert plays_role("COMPANY'S OFFICES", "targets", [marched, stoned])
    assert not plays_role("COMPANY'S OFFICES", "targets", [marched, "THE OFFICES WERE CLOSED ON MONDAY."])


def test_the_dead_whose_families_a_court_has_paid_are_no_incidents_figure():
    from summarizer.verify.counted import counts_no_one
    court = "The court ordered the state to pay 60,000 crowns to the family of each of the 31 dead."
    assert counts_no_one(31, [court])
    assert not counts_no_one(31, ["The bomb killed 31 people, and the families of the dead gathered at the station."])


def test_a_bare_number_in_a_quote_is_no_date():
    from summarizer.verify.names import names_a_date
    assert not names_a_date("44")
    assert names_a_date("the 14th") and names_a_date("2330") and names_a_date("on Tuesday")


def test_a_surname_that_speaks_is_a_person_not_a_country():
    from summarizer.verify.names import named_as_a_person
    text = ("In the control room of the waterworks, shift engineer Petra Voskuyl keeps a laminated card. "
            "\"We used to plan for floods,\" Voskuyl said. Voskuyl has since taped a second card beside it.")
    assert named_as_a_person("Voskuyl", text)
    assert not named_as_a_person("university", "The University of Brell said on Monday. The university said.")
    assert not named_as_a_person("Lutvania", "The port city of Hanmouth in Lutvania's Gesk region. Lutvania said.")


def test_a_capital_is_a_city_in_any_case():
    from summarizer.verify.names import called_a_town
    caps = ("LAST NIGHT, A DYNAMITE CHARGE EXPLODED AT THE DOOR OF THE MINERA TUMBAYA HEADQUARTERS IN OCSANA, THE "
            "CAPITAL OF QUILLABAMBA DEPARTMENT.")
    assert called_a_town("OCSANA", caps)
    assert not called_a_town("QUILLABAMBA", caps)


def _checked(text: str, **incident):
    from summarizer.core.schema import Draft, DraftIncident
    article = Article(segment(text), text)
    base = dict(summary="x", summary_sentences=[1], event_type="abduction", event_type_sentences=[1])
    return article.verifier(Draft(incidents=[DraftIncident(**{**base, **incident})]))


def test_an_incident_dated_last_year_may_be_that_event_told_again():
    text = ("DRAVEL, Dalmonia, June 18, 2026 (Wire) - Tomas Marrowin, then 19, was taken with five other students "
            "from a bus on the Pardusk highway in February last year.")
    problems = _checked(text, date_text="in February last year", date_sentences=[1])
    assert any(p.earlier_event for p in problems)
    problems = _checked(text.replace("in February last year", "on Monday"), date_text="on Monday",
                        date_iso="2026-06-15", date_sentences=[1])
    assert not any(p.earlier_event for p in problems)


def test_nothing_in_an_incident_dated_at_an_earlier_event_is_verified():
    from summarizer.core.schema import Draft, DraftIncident
    from summarizer.records.build import DATED_EARLIER, build_incidents
    from summarizer.verify.problem import Problem
    text = "Gunmen seized six students from a bus on the Pardusk highway in February last year."
    draft = Draft(incidents=[DraftIncident(summary="x", summary_sentences=[1], event_type="abduction",
                                           event_type_sentences=[1], date_text="in February last year",
                                           date_sentences=[1], place="Pardusk", location_sentences=[1])])
    dated = Problem(0, "date", "a date of an earlier event", earlier_event=True)
    [incident] = build_incidents(draft, segment(text), [dated])
    assert not incident.event_type.verified and DATED_EARLIER in incident.location.problems
    [incident] = build_incidents(draft, segment(text), [Problem(0, "date", "not as written")])
    assert incident.event_type.verified and incident.location.verified
