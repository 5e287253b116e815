"""The verifier's problems with one incident of a draft: the test helper the
verifier rule tests share (a bare armed attack citing sentence 1, with the
fields a test gives)."""

from summarizer.core.schema import Draft
from summarizer.read.segment import segment
from summarizer.verify.rules import Verifier


def incident_problems(article: str, **incident) -> list[str]:
    base = {"summary": "An attack.", "summary_sentences": [1], "event_type": "armed attack",
            "event_type_sentences": [1]}
    draft = Draft.model_validate({"incidents": [{**base, **incident}]})
    return [str(p) for p in Verifier(segment(article), article).check_incident(0, draft.incidents[0])]
