from summarizer.repair import fold_restatements
from summarizer.schema import Draft


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
