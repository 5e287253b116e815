"""Verifier rules of the ninth round (2026-12-03): found in the dev audit of run
-22 and by the ninth batch of gold and its probes."""

import pytest

from summarizer.verify.date_events import only_after_the_fact


@pytest.mark.parametrize("phrase,text,after", [
    ("on Tuesday", "The death toll from the two bombs that tore through the crowded Old Cloth Market in Halmere "
     "rose to 17 on Tuesday, hospital officials said.", True),
    ("on Sunday morning", "A blackened tractor shed and an empty cattle pen were what workers found on Sunday "
     "morning at the Green Furrow cooperative.", True),
    ("on Monday", "A second guard died of his wounds on Monday.", True),
    # The event itself
    ("on Sunday", "Two bombs tore through the crowded market on Sunday, killing 17 people.", False),
    ("on Sunday", "Gunmen raided the cooperative on Sunday and drove off the cattle.", False),
    # A river rising is a flood, not a count rising after it; a device found is the event.
    ("on Sunday", "The Ulla rose to 6 metres on Sunday, flooding the lower town.", False),
    ("on Monday", "Police found two bombs on Monday under the bridge at Ardlow.", False),
])
def test_a_day_after_the_fact_is_not_the_event_date(phrase, text, after):
    assert only_after_the_fact(phrase, [text]) is after


def test_the_verifier_flags_a_toll_days_date():
    from support.drafts import verifier_problems as problems
    article = ("HALMERE, Ostravia, June 9, 2026 (Wire) - Two bombs tore through the Old Cloth Market on Monday. "
               "The death toll rose to 17 on Tuesday, hospital officials said.")
    flagged = problems(article, event_type="bombing/explosion", date_text="on Tuesday", date_sentences=[2])
    assert any("after the event" in p for p in flagged)
    assert not problems(article, event_type="bombing/explosion", date_text="on Monday", date_sentences=[1])
