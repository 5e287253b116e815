"""A value given twice in one incident is one value: the record keeps it once,
and the trust metrics count it once. Articles are ours."""

from collections import Counter

from summarizer.core.schema import EventFields, EventList
from summarizer.evaluation.metrics import Figure, Inc
from summarizer.evaluation.trust import score_trust, trust_metrics
from summarizer.read.segment import segment
from summarizer.records.derive import Article, incident_from
from summarizer.verify.categories import category_conflict

STORM = ("Hurricane Idris struck the coast of Merrow Key late on Saturday. "
         "The governor said that six people had died and that two fishermen who had stayed out with their boat "
         "were missing.")


def test_a_clause_cut_at_with_is_read_to_its_end():
    sentence = STORM.split(". ")[1]
    assert category_conflict("killed", 2, [sentence]) == {"missing"}
    assert category_conflict("missing", 2, [sentence]) is None
    assert category_conflict("killed", 6, [sentence]) is None


def test_the_same_figure_given_twice_is_kept_once():
    article = Article(segment(STORM), STORM)
    event = EventList.model_validate({"events": [{"type": "natural disaster", "sentences": [1, 2]}]}).events[0]
    # The answer's "killed 2" is put right by its clause: the same figure as its "missing 2".
    fields = EventFields.model_validate({"casualties": [
        {"category": "killed", "count": 6, "sentence": 2},
        {"category": "killed", "count": 2, "sentence": 2},
        {"category": "missing", "count": 2, "sentence": 2}]})
    incident = incident_from(event, fields, article)
    assert [(c.category, c.count, c.sentences) for c in incident.casualties] == [
        ("killed", 6, [2]), ("missing", 2, [2])]


def test_trust_counts_a_repeated_value_once():
    gold = Inc(event_type="natural disaster", casualties=[Figure("killed", 6, "exact")])
    twice = Inc(event_type="natural disaster", casualties=[Figure("killed", 6, "exact"), Figure("killed", 6, "exact"),
                                                           Figure("injured", 3, "exact")])
    counts = Counter()
    score_trust([twice], [gold], [(0, 0)], counts)
    assert counts["trust.casualties.verified"] == 2 and counts["trust.casualties.verified_right"] == 1
    assert trust_metrics(counts)["trust.casualties.precision"] == 0.5
