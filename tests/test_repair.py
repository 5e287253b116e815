from summarizer.core.schema import Draft
from summarizer.verify.repair import drop_background, fold_restatements


def inc(summary, etype="armed attack", place=None, date_text=None, casualties=(), actors=()):
    return {"summary": summary, "summary_sentences": [1], "event_type": etype,
            "event_type_sentences": [1], "place": place, "location_sentences": [1] if place else [],
            "date_text": date_text, "date_sentences": [1] if date_text else [],
            "perpetrators": [{"name": a, "sentences": [2]} for a in actors],
            "casualties": [{"category": c, "count": n, "qualifier": "exact", "sentences": [s]}
                           for c, n, s in casualties]}


def test_restatements_are_folded_into_the_incident_they_restate():
    draft = Draft.model_validate({"incidents": [
        inc("Gunmen ambushed a convoy.", place="Tessaret", date_text="on Sunday",
            casualties=[("killed", 14, 1)], actors=["gunmen"]),
        inc("A local official said 19 died.", casualties=[("killed", 19, 2), ("killed", 14, 1)]),
        inc("The attackers seized two trucks.", actors=["attackers", "Gunmen"]),
        inc("No group has claimed the attack.", etype="other"),
    ]})
    assert fold_restatements(draft) == 3
    assert len(draft.incidents) == 1
    first = draft.incidents[0]
    assert [(c.category, c.count) for c in first.casualties] == [("killed", 14), ("killed", 19)]
    assert [a.name for a in first.perpetrators] == ["gunmen"]


def test_separate_events_with_their_own_place_or_date_are_kept():
    draft = Draft.model_validate({"incidents": [
        inc("Gunmen ambushed a convoy.", place="Tessaret"),
        inc("A bomb exploded in Oskel.", etype="bombing/explosion", place="Oskel"),
        inc("On Monday gunmen attacked again.", date_text="On Monday"),
        inc("A flood hit the valley.", etype="natural disaster"),
    ]})
    assert fold_restatements(draft) == 0 and len(draft.incidents) == 4


def test_an_unanchored_first_incident_stays():
    draft = Draft.model_validate({"incidents": [inc("Hackers hit the ministry.", etype="cyberattack")]})
    assert fold_restatements(draft) == 0 and len(draft.incidents) == 1


def test_an_other_incident_naming_no_party_and_no_casualty_is_background():
    draft = Draft.model_validate({"incidents": [
        inc("Gunmen ambushed a convoy.", place="Tessaret", casualties=[("killed", 14, 1)]),
        inc("The army has since closed the weekly market.", etype="other", place="Sollen"),
        inc("Arsonists burned the depot.", etype="other", place="Oskel", actors=["arsonists"]),
        inc("A fire killed two workers.", etype="other", place="Vetra", casualties=[("killed", 2, 1)]),
        inc("A flood hit the valley.", etype="natural disaster", place="Rusk"),
    ]})
    assert drop_background(draft) == 1
    assert [i.summary for i in draft.incidents] == [
        "Gunmen ambushed a convoy.", "Arsonists burned the depot.", "A fire killed two workers.",
        "A flood hit the valley."]


def test_a_location_part_that_points_at_a_place_is_dropped_and_the_rest_verifies():
    from verify_helpers import problems
    from summarizer.verify.repair import drop_pointers

    draft = Draft.model_validate({"incidents": [dict(
        summary="x", summary_sentences=[1], event_type="abduction", event_type_sentences=[1],
        place="Puerto Tizonal", admin_area=None, country="THIS", location_sentences=[1])]})
    assert drop_pointers(draft) == 1 and draft.incidents[0].country is None
    assert draft.incidents[0].place == "Puerto Tizonal"
    # ... so a record of "THIS" keeps its place verified (the verifier repairs before it checks)
    text = ("PUERTO TIZONAL, 21 MAR 89 (RADIO CAMPANA) -- [TEXT] FOUR ARMED MEN KIDNAPPED A TEXTILE INDUSTRIALIST AT "
            "HIS FACTORY IN PUERTO TIZONAL, 85 KM EAST OF THIS CITY, YESTERDAY.")
    assert "location" not in [p.field for p in problems(
        text, place="PUERTO TIZONAL", country="THIS", location_sentences=[1], event_type="abduction")]
    # ... but a name is kept, whatever its first letters
    named = Draft.model_validate({"incidents": [dict(
        summary="x", summary_sentences=[1], event_type="abduction", event_type_sentences=[1],
        place="Thistle Cross", country="Estavia", location_sentences=[1])]})
    assert drop_pointers(named) == 0 and named.incidents[0].place == "Thistle Cross"


def test_a_spell_of_weather_over_some_days_is_dated_by_its_first_day():
    from summarizer.verify.repair import date_spells

    texts = {1: "A second, shorter cold spell from 2 to 5 February 2023 killed 6 more people, the ministry said.",
             2: "Fighting from 2 to 5 February 2023 killed 6 soldiers near Vostrand."}

    def cited(numbers: list[int]) -> list[str]:
        return [texts[n] for n in numbers]

    def draft(event_type: str, n: int) -> Draft:
        return Draft.model_validate({"incidents": [dict(
            summary="x", summary_sentences=[n], event_type=event_type, event_type_sentences=[n],
            date_text="from 2 to 5 February 2023", date_sentences=[n])]})

    spell = draft("natural disaster", 1)
    assert date_spells(spell, cited) == 1 and spell.incidents[0].date_iso == "2023-02-02"
    # ... but a battle over the same days has no one day
    battle = draft("battle/clash", 2)
    assert date_spells(battle, cited) == 0 and battle.incidents[0].date_iso is None
