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
