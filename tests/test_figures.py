"""Casualty figures the model left out, read by the program from the event's own
sentences and kept only when the verifier passes them (records.figures); and the
verifier rules that came with them. Articles are ours."""

from summarizer.core.schema import EventFields, EventRef, FigureAnswer
from summarizer.read.segment import segment
from summarizer.records.derive import Article, incident_from
from summarizer.verify.categories import categories_named, presence_total
from summarizer.verify.counted import counts_the_freed
from summarizer.verify.tallies import of_an_earlier_year, tally

ARTICLE = ("Twelve killed as gunmen raid Ostel market\n\n"
           "SARNE, Dovaria, May 4, 2026 (Kestrel Wire) - Gunmen raided the weekly market in the town of Ostel on "
           "Monday, killing two civilians and wounding nine others, police said. "
           "The district hospital said it was treating 14 people, most of them traders. "
           "In Varro, a town 40 km away, soldiers killed five suspected raiders the same evening. "
           "In 2024, a raid on the same market killed 6 people.")


def figures(given: list[FigureAnswer]) -> list[tuple[str, int, str]]:
    article = Article(segment(ARTICLE), ARTICLE)
    fields = EventFields(date="Monday", place="Ostel", casualties=given)
    incident = incident_from(EventRef(type="armed attack", sentences=[2, 3, 4, 5]), fields, article)
    return [(c.category, c.count, c.qualifier) for c in incident.casualties]


def test_the_figures_the_model_left_out_of_its_own_sentences_are_added():
    got = figures([FigureAnswer(category="killed", count=2, sentence=2)])
    assert ("killed", 2, "exact") in got
    assert ("injured", 9, "exact") in got
    # only from the sentences the record already rests on: the hospital's is none of them
    assert ("injured", 14, "exact") not in got


def test_no_figure_of_a_headline_another_town_or_an_earlier_year_is_added():
    got = figures([FigureAnswer(category="killed", count=2, sentence=2)])
    assert not any(count in (12, 5, 6) for _, count, _ in got)


def test_a_figure_the_model_gave_is_not_added_twice():
    got = figures([FigureAnswer(category="killed", count=2, sentence=2), FigureAnswer(category="injured", count=9,
                                                                                     sentence=2)])
    assert [c for c in got if c[1] == 9] == [("injured", 9, "exact")]


def test_the_verifier_rules_that_came_with_them():
    # searching someone is no search for the missing; phones that go dead kill no one
    assert "missing" not in categories_named("exploded as two soldiers stepped forward to search him")
    assert "missing" in categories_named("the search for 5 fishermen continued on Monday")
    assert "killed" not in categories_named("Phones go dead across two northern districts")
    # "Four of the nine passengers were injured": nine is the group aboard
    assert presence_total(9, ["Four of the nine passengers were seriously injured."])
    assert not presence_total(5, ["Soldiers found the bodies of the five victims in the mess hall."])
    # the freed, treated: no harm of the event
    assert counts_the_freed(2, ["The two freed men were treated for exhaustion in Dremosk."])
    # a year in the figure's own clause dates it, whatever day the sentence names elsewhere
    earlier = "Monday's ambush was the second on his convoy, after a bomb killed four of his guards in 2024."
    assert of_an_earlier_year(4, [earlier], 2026, 5)
    assert not of_an_earlier_year(4, ["A bomb killed four of his guards on Monday."], 2026, 5)
    # people received "from the two villages since Monday": a sum over two places
    assert tally(19, ["The hospital said it had received 19 wounded people from the two villages since Monday."])
