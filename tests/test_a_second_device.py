"""A second device at the same site minutes after the first is the same incident
(docs/eval.md, "a second device"); at another named place or a kilometre away it
is another. Articles are ours."""

from summarizer.core.schema import EventList, EventRef
from summarizer.verify.events import refine_events

SAME_SITE = {
    1: "A bomb hidden in a cart exploded at the Tessel fruit market early on Saturday, killing six people.",
    2: "About twenty minutes later, as traders carried the wounded out, a second device hidden in a bin some "
       "30 metres away blew up among the rescuers.",
    3: '"The second blast hit those who came to help," a police spokeswoman said.',
    4: "Police said both bombs used the same kind of timer.",
}
ELSEWHERE = {
    1: "A bomb exploded outside a bread shop in the Kestrin quarter of Saldor on Wednesday morning, killing nine.",
    2: "About forty minutes later, a second device blew up among rescue workers at the Orlo roundabout, a "
       "kilometre to the east.",
}


def _groups(evidence: dict[int, str]) -> list[list[int]]:
    events = EventList(events=[EventRef(type="bombing/explosion", sentences=list(evidence))])
    return [e.sentences for e in refine_events(events, evidence, 2026).events]


def test_a_second_device_at_the_site_minutes_later_is_the_same_incident():
    assert _groups(SAME_SITE) == [[1, 2, 3, 4]]


def test_a_second_device_at_another_named_place_is_another_incident():
    assert _groups(ELSEWHERE) == [[1], [2]]
    # hours later is another incident too, wherever it went off
    later = dict(SAME_SITE)
    later[2] = later[2].replace("About twenty minutes later", "About four hours later")
    assert len(_groups(later)) > 1
