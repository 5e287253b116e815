"""Repeated values: a value given twice in one incident is one value (the record
keeps it once, the trust metrics count it once), and a list the model repeats
until its limit is closed by the decoding grammar. Articles are ours."""

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


def test_the_decoding_grammar_closes_a_list_before_it_runs_away():
    """A 1.5B model wrote "captured/abducted 10" twenty times until max_tokens: the
    grammar (llama.cpp's schema in response_format) closes each list at a length no
    kept answer reached, and the answer stops at 512 tokens; the schema text the
    model reads is unchanged."""
    from summarizer.core.schema import EventFields
    from summarizer.extract.requests import wire_body

    body = wire_body(EventFields, {"messages": [{"role": "system", "content": "Answer."}]}, grammar=True)
    properties = body["response_format"]["schema"]["properties"]
    assert {name: properties[name].get("maxItems") for name in ("casualties", "perpetrators", "targets")} == {
        "casualties": 12, "perpetrators": 6, "targets": 8}
    assert "maxItems" not in str(EventFields.model_json_schema())
    assert EventFields.answer_tokens == 512
    assert "response_format" not in wire_body(EventFields, {"messages": []}, grammar=False)
