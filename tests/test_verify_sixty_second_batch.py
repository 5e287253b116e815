"""Verifier and refinement rules of 2026-12-06 (sixteenth session), from values the
trust audit of run -185 found verified and wrong (a storm's narrative typed an armed
attack, shells named as who fired them), and from the sixty-second twelve; each
with a value it must accept and one it must still refuse. Articles are ours."""

from summarizer.core.schema import EventList, EventRef
from summarizer.read.segment import segment
from summarizer.records.derive import Article


def _problems(text: str, **incident):
    from summarizer.core.schema import Draft, DraftIncident
    base = dict(summary="x", summary_sentences=[1], event_type="armed attack", event_type_sentences=[1])
    return Article(segment(text), text).verifier(Draft(incidents=[DraftIncident(**{**base, **incident})]))


def _refined(text: str, *events: tuple[str, list[int]]) -> list[tuple[str, list[int]]]:
    article = Article(segment(text), text)
    given = EventList(events=[EventRef(type=t, sentences=s) for t, s in events])
    return [(e.type, e.sentences) for e in article.refine(given).events]


_NARRATIVE = (
    "Episode Narrative: A derecho crossed Wyley and Marrow counties during the afternoon of June 9, 2026.\n\n"
    "Event Narrative: In Wyley County, winds estimated at 90 mph tore the roof off the grain store in Ardle "
    "at 1540LST.\n\n"
    "Event Narrative: The line crossed into Marrow County and struck Tesk at about 1705LST, bringing down "
    "hundreds of trees. A falling oak crushed a car on Mill Street, killing the driver.\n")


def test_an_entry_that_tells_only_what_befell_keeps_the_type_the_model_gave():
    refined = _refined(_NARRATIVE, ("natural disaster", [1, 2, 3, 4]))
    assert len(refined) > 1 and {kind for kind, _ in refined} == {"natural disaster"}
    # an entry that tells an attack is one still
    raid = _NARRATIVE.replace("The line crossed into Marrow County and struck Tesk", "Gunmen attacked Tesk")
    assert "armed attack" in {kind for kind, _ in _refined(raid, ("natural disaster", [1, 2, 3, 4]))}


def test_harm_a_storm_did_is_no_armed_attack():
    from summarizer.verify.event_types import kind_contradicted
    oak = ["A falling oak crushed a car on Mill Street, killing the driver, a 43-year-old woman."]
    assert kind_contradicted("armed attack", oak) is not None
    assert kind_contradicted("natural disaster", oak) is None
    assert kind_contradicted("armed attack", ["Gunmen killed five villagers in Tesk during a storm."]) is None
    assert kind_contradicted("riot/protest", ["Protesters blocked the road after floods cut off the town."]) is None


def test_shells_and_where_they_came_from_are_no_perpetrator():
    from summarizer.verify.party_names import is_weapon
    assert is_weapon("artillery shells") and is_weapon("shells from the same barrage")
    assert is_weapon("mortar rounds fired from the ridge")
    assert not is_weapon("gunmen from across the border") and not is_weapon("fighters from the hills")
    text = "Artillery shells fired from across the border struck the livestock market of Ormel on Friday."
    problems = _problems(text, event_type="bombing/explosion", perpetrators=[{"name": "artillery shells",
                                                                            "sentences": [1]}])
    assert any(p.field == "perpetrators[0]" for p in problems)


def test_a_toll_across_the_three_counties_is_a_tally():
    from summarizer.verify.tallies import tally
    said = "The state agency said the derecho killed 4 people and injured 31 across the three counties."
    assert tally(4, [said]) and tally(31, [said])
    blamed = "The three tornadoes were blamed for 8 deaths and 26 injuries, and damage was estimated at $31.4 million."
    assert tally(8, [blamed]) and tally(26, [blamed])
    assert not tally(8, ["The tornado was blamed for 8 deaths in Ashby County."])
    assert not tally(4, ["The derecho killed 4 people in Wyley County."])
