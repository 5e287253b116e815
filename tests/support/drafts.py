"""Hand-written model answers for the sample article (tests/data/kordavia-convoy.txt)."""

import copy
import json

from summarizer.core.schema import Draft
from summarizer.read.segment import segment
from summarizer.verify.rules import Verifier

GOOD = {
    "incidents": [
        {
            "summary": "Gunmen ambushed an army convoy near Tessaret, killing soldiers.",
            "summary_sentences": [1, 2],
            "event_type": "armed attack", "event_type_sentences": [1],
            "date_text": "on Sunday", "date_iso": "2026-03-08", "date_sentences": [1],
            "place": "Tessaret", "admin_area": "Varn province", "country": "Kordavia",
            "location_sentences": [1],
            "perpetrators": [{"name": "gunmen", "sentences": [1]}],
            "targets": [{"name": "army convoy", "sentences": [1]}],
            "casualties": [
                {"category": "killed", "count": 14, "qualifier": "at least", "who": "soldiers",
                 "reported_by": "the army", "sentences": [1]},
                {"category": "killed", "count": 19, "qualifier": "exact", "who": "soldiers",
                 "reported_by": "a local official", "sentences": [2]},
                {"category": "injured", "count": 6, "qualifier": "exact", "who": "soldiers",
                 "reported_by": "a local official", "sentences": [2]},
            ],
        },
        {
            "summary": "A roadside bomb killed three civilians near a market in Oskel.",
            "summary_sentences": [6],
            "event_type": "bombing/explosion", "event_type_sentences": [6],
            "date_text": "On Monday", "date_iso": "2026-03-09", "date_sentences": [6],
            "place": "Oskel", "admin_area": None, "country": None, "location_sentences": [6],
            "perpetrators": [], "targets": [{"name": "civilians", "sentences": [6]}],
            "casualties": [{"category": "killed", "count": 3, "qualifier": "exact",
                            "who": "civilians", "reported_by": "police spokesman Daro Menk",
                            "sentences": [6]}],
        },
    ]
}


def good() -> str:
    return json.dumps(GOOD)


def with_wrong_count(count: int = 40) -> str:
    bad = copy.deepcopy(GOOD)
    bad["incidents"][0]["casualties"][0]["count"] = count
    return json.dumps(bad)


def with_missing_sentence() -> str:
    bad = copy.deepcopy(GOOD)
    bad["incidents"][1]["summary_sentences"] = [6, 42]
    return json.dumps(bad)


def one_figure(category: str, count: int, who: str | None = None, qualifier: str = "exact") -> list[dict]:
    """The casualties of a draft that gives one figure, from sentence 1."""
    return [{"category": category, "count": count, "qualifier": qualifier, "who": who, "reported_by": None,
             "sentences": [1]}]


def verifier_problems(article: str, **incident) -> list[str]:
    """What the verifier says of a draft of one incident of `article`: `incident`
    gives its values, a one-sentence armed attack without figures the rest."""
    base = {"summary": "It happened.", "summary_sentences": [1], "event_type": "armed attack",
            "event_type_sentences": [1], "casualties": []}
    draft = Draft.model_validate({"incidents": [{**base, **incident}]})
    return [str(p) for p in Verifier(segment(article), article)(draft)]
