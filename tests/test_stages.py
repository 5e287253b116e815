"""The two questions (summarizer.extract.stages), what the program derives from
their answers (summarizer.records.derive) and how it refines the list of
incidents (summarizer.verify.events)."""

import json

import pytest
from datetime import date

from conftest import DATA

from summarizer.core.schema import EventFields, EventList, FigureAnswer, Provenance
from summarizer.pipeline import Pipeline
from summarizer.read.segment import segment
from summarizer.records.answers import record_from_answers
from summarizer.records.derive import (
    Article,
    draft_from_stages,
    incident_from,
)
from summarizer.records.places import split_place
from summarizer.verify.events import refine_events, type_of

CONVOY = (DATA / "kordavia-convoy.txt").read_text(encoding="utf-8")


def article(text=CONVOY):
    return Article(segment(text), text)


def events(*pairs):
    return EventList.model_validate({"events": [{"type": t, "sentences": s} for t, s in pairs]})


# -- refining the list of incidents ---------------------------------------------------------


def test_a_lumped_list_is_split_and_background_taken_out():
    a = article()
    refined = refine_events(events(("armed attack", [1, 2, 3, 4, 5, 6])), a.evidence, 2026)
    # [5] is the 2023 attack (background); [6] opens "On Monday," after "on Sunday".
    assert [(e.type, e.sentences) for e in refined.events] == [
        ("armed attack", [1, 2, 3, 4]), ("bombing/explosion", [6])]


def test_new_incident_markers_split_too():
    text = ("Two bombs exploded in the city of Tarsk on Wednesday, killing seven people. "
            "The first blast, at a bus terminal, killed five. "
            "The second bomb went off outside a bank, killing two. "
            "Another attack hit a checkpoint in Dask, killing a soldier.")
    a = article(text)
    refined = refine_events(events(("bombing/explosion", [1, 2, 3, 4])), a.evidence, None)
    assert [e.sentences for e in refined.events] == [[1, 2], [3], [4]]
    assert refined.events[2].type == "armed attack"


def test_a_later_event_of_the_same_day_opens_its_own_incident():
    text = ("On 9 July 2021, an IED struck a military patrol on the road near Umbel, killing three soldiers. "
            "Later that day, around 40 militants assaulted an army outpost in Tawri village. "
            "Later that day, police arrested two suspects in Umbel.")
    a = article(text)
    refined = refine_events(events(("bombing/explosion", [1, 2, 3])), a.evidence, None)
    # [3] tells no event of its own (an arrest): it stays with the incident before it.
    assert [(e.type, e.sentences) for e in refined.events] == [
        ("bombing/explosion", [1]), ("armed attack", [2, 3])]


def test_an_incident_dated_later_that_day_takes_the_day_before_it():
    from summarizer.core.schema import DraftIncident
    from summarizer.records.derive import share_same_day
    first = DraftIncident(summary="a", summary_sentences=[1], event_type="bombing/explosion", event_type_sentences=[1],
                          date_text="on 9 July 2021", date_iso="2021-07-09", date_sentences=[1])
    later = DraftIncident(summary="b", summary_sentences=[2], event_type="battle/clash", event_type_sentences=[2],
                          date_text="later that day", date_sentences=[2])
    own = DraftIncident(summary="c", summary_sentences=[3], event_type="armed attack", event_type_sentences=[3],
                        date_text="on Monday", date_sentences=[3])
    share_same_day([first, later, own])
    assert (later.date_text, later.date_iso, later.date_sentences) == ("on 9 July 2021", "2021-07-09", [1])
    assert own.date_text == "on Monday"


def test_a_statement_dated_later_stays_with_its_incident():
    text = ("Gunmen killed five villagers in Sarno on Sunday, police said. "
            "The army said on Monday that it had sent troops to the area.")
    a = article(text)
    assert len(refine_events(events(("armed attack", [1, 2])), a.evidence, None).events) == 1


def test_a_span_of_days_is_no_one_day_so_each_day_opens_its_own_incident():
    # "fought on 14 and 15 June" names no one day (it was read as 15 June, and the
    # day-two account stayed in): the overview joins the first day it is followed by,
    # and the day-two account opening "On 15 June" is its own incident.
    text = ("The battle was fought on 14 and 15 June 2017 in Sedrin and Orvik. "
            "Before dawn on 14 June 2017, rebels attacked the army garrison in Sedrin. "
            "The army said 18 soldiers had been killed that day. "
            "On 15 June 2017, rebels ambushed an army column at Orvik.")
    a = article(text)
    refined = refine_events(events(("battle/clash", [1, 2, 3, 4])), a.evidence, None)
    assert [e.sentences for e in refined.events] == [[1, 2, 3], [4]]


def test_an_event_counted_among_others_opens_no_incident():
    text = ("08/14/2019: Assailants set fire to the Church of Saint Ilian in Mereth. "
            "The fire destroyed the roof. "
            "This was the third attack on a church in the province since January 2019.")
    a = article(text)
    assert [e.sentences for e in refine_events(events(("armed attack", [1, 2, 3])), a.evidence, None).events] \
        == [[1, 2, 3]]
    # ... while "The second bomb went off" is another event (test_new_incident_markers_split_too).


@pytest.mark.parametrize("later, split", [
    ("On 19 October a group of six miners who had sheltered in a side gallery was brought out alive.", False),
    ("On Monday, the two hostages were released unharmed.", False),
    ("On Monday, gunmen attacked a bank in Dova and police arrested two of them.", True),  # an act of its own
    # The verb that comes first tells what the sentence is about.
    ("Late on Wednesday, officers arrested a mechanic who, they say, bought the tanker used in the bombing.", False),
    ("On Monday, a roadside bomb exploded near Dova.", True),
])
def test_a_later_days_aftermath_stays_with_its_incident(later, split):
    text = f"On 17 October 2011, an explosion tore through the Velikhor mine, killing 42 miners. {later}"
    a = article(text)
    refined = refine_events(events(("industrial accident", [1, 2])), a.evidence, None)
    assert len(refined.events) == (2 if split else 1)


def test_later_the_same_evening_keeps_the_day_so_the_next_day_opens_its_own_incident():
    text = ("On 4 May 2023, a convoy was ambushed below Hesk village, killing 2 police officers. "
            "Later the same evening, an IED exploded under a minibus at the entrance of Beyla village. "
            "On 5 May 2023, at dawn, armed men raided Darun village and took away 2 nurses.")
    a = article(text)
    refined = refine_events(events(("armed attack", [1, 2, 3])), a.evidence, None)
    assert [e.sentences for e in refined.events] == [[1], [2], [3]]


def test_a_toll_given_on_another_day_opens_no_incident():
    text = ("A tanker truck packed with explosives blew up inside the fuel depot late on Monday night. "
            "On Tuesday the police had put the number of dead at 11.")
    a = article(text)
    assert len(refine_events(events(("bombing/explosion", [1, 2])), a.evidence, None).events) == 1


def test_an_event_of_an_earlier_month_is_background():
    from datetime import date
    text = ("On 21 April 2023, an unidentified drone dropped explosives on a vehicle near Tuluk village. "
            "3 fatalities. "
            "On 2 March 2023, a drone strike on a livestock market in the same district killed 5 civilians.")
    a = article(text)
    # A note opens with its own event's date: seven weeks earlier is another, earlier event.
    refined = refine_events(events(("bombing/explosion", [1, 2, 3])), a.evidence, 2023, date(2023, 4, 21))
    assert [e.sentences for e in refined.events] == [[1, 2]]
    # A filed report may come weeks after its event: under a dateline the bound is 60 days.
    refined = refine_events(events(("bombing/explosion", [1, 2, 3])), a.evidence, 2023, date(2023, 4, 21), filed=True)
    assert [e.sentences for e in refined.events] == [[1, 2], [3]]


def test_a_new_incident_takes_the_type_its_sentence_states_most():
    assert type_of("On Monday, a roadside bomb exploded near a market, killing three civilians", "armed attack") \
        == "bombing/explosion"
    assert type_of("Nothing to see here", "riot/protest") == "riot/protest"


# -- deriving the draft ----------------------------------------------------------------------


def test_place_chains_are_split():
    assert split_place(EventFields(place="Kessa village, Dorn district, Valmar province, Ustrana")) == (
        "Kessa village", "Dorn district", "Ustrana")
    assert split_place(EventFields(place="Tessaret, Varn province")) == ("Tessaret", "Varn province", None)
    assert split_place(EventFields(place="Tessaret, Kordavia")) == ("Tessaret", None, "Kordavia")
    assert split_place(EventFields(place="Oskel", country="Kordavia")) == ("Oskel", None, "Kordavia")


def test_the_program_cites_summarises_and_qualifies():
    a = article()
    fields = EventFields(date="on Sunday", place="Tessaret", admin_area="Varn province", country="Kordavia",
                         perpetrators=["gunmen"], targets=["army convoy"],
                         casualties=[FigureAnswer(category="killed", count=14, sentence=1),
                                     FigureAnswer(category="killed", count=19, sentence=1)])
    inc = incident_from(events(("armed attack", [1, 2, 3])).events[0], fields, a)
    # The summary is the first sentence, as written, without the dateline.
    assert inc.summary.startswith("Gunmen ambushed an army convoy") and inc.summary_sentences == [1]
    assert inc.date_text == "on Sunday" and inc.date_sentences == [1]
    assert inc.location_sentences == [1] and inc.perpetrators[0].sentences == [1]
    first, second, third = inc.casualties
    assert (first.qualifier, first.sentences) == ("at least", [1])  # "killing at least 14"
    # The model named sentence 1 for the 19; sentence 2 states it.
    assert (second.qualifier, second.sentences) == ("exact", [2])
    # "and six others were wounded", which the model left out, the program reads (records.figures).
    assert (third.category, third.count, third.sentences) == ("injured", 6, [2])


def test_what_the_article_never_names_is_dropped_and_the_dateline_gives_its_own_place():
    a = article()
    invented = EventFields(place="Oskel", admin_area="Kordavia", country="Ukraine")
    inc = incident_from(events(("bombing/explosion", [6])).events[0], invented, a)
    # Ukraine is invented; Kordavia is the dateline's country, not a region (and not stated for Oskel).
    assert (inc.place, inc.admin_area, inc.country) == ("Oskel", None, None)
    # An event in the dateline's own place: the dateline states its country.
    at_dateline = incident_from(events(("armed attack", [1, 2])).events[0], EventFields(place="Tessaret"), a)
    assert at_dateline.country == "Kordavia" and at_dateline.location_sentences == [1]


def test_a_place_or_a_thing_hit_given_as_a_target_is_left_out():
    a = article()
    fields = EventFields(place="Tessaret", country="Kordavia",
                         targets=["Kordavia", "the town", "computer systems", "army convoy"])
    inc = incident_from(events(("armed attack", [1, 2])).events[0], fields, a)
    # Rule 12 refuses the first three whatever the sentences say: the record keeps the convoy.
    assert [t.name for t in inc.targets] == ["army convoy"]


def test_the_verifier_passes_a_derived_draft_and_resolves_its_date():
    fields = EventFields(date="on Sunday", place="Tessaret", admin_area="Varn province",
                         perpetrators=["gunmen"], targets=["army convoy"],
                         casualties=[FigureAnswer(category="killed", count=14, who="soldiers", sentence=1)])
    answer = json.dumps({"stages": 2, "events": [], "merged": events(("armed attack", [1, 2])).model_dump(),
                         "fields": [fields.model_dump_json()]})
    record = record_from_answers(CONVOY, [answer], Provenance(model="m", endpoint="e", prompt_version="p",
                                                               schema_version="s"))
    (inc,) = record.incidents
    assert record.verified, [f.problems for f in (inc.date, inc.location, *inc.casualties) if f]
    assert inc.date.iso == date(2026, 3, 8) and inc.location.country == "Kordavia"


def test_an_event_without_fields_keeps_only_its_type_and_is_not_verified():
    a = article()
    draft = draft_from_stages(events(("armed attack", [5])), [None], a)
    assert draft.incidents[0].casualties == [] and draft.incidents[0].place is None


# -- the pipeline asks two short questions -----------------------------------------------------


# The convoy article without its last paragraph (the Oskel bombing): one incident.
ONE_INCIDENT = CONVOY.rsplit("\n\nOn Monday", 1)[0] + "\n"


def test_one_incident_costs_two_short_requests(fake_settings, fake_model):
    from support.drafts import GOOD

    one = {"incidents": [GOOD["incidents"][0]]}
    fake_model.add(json.dumps(one))
    with Pipeline(fake_settings) as pipeline:
        record = pipeline.summarize(ONE_INCIDENT)
    stages = [r["messages"][0]["content"].split()[1] for r in fake_model.requests]
    assert stages == ["list", "give"]  # "You list the incidents", "You give the details"
    fields_request = fake_model.requests[1]["messages"][-1]["content"]
    assert "The incident: armed attack" in fields_request
    assert "TESSARET, Kordavia, March 9, 2026" not in fields_request  # the dateline is not shown
    assert "[6]" not in fields_request  # only the incident's own sentences
    assert record.verified and len(record.incidents) == 1
    (kept,) = record.answers
    assert json.loads(kept)["stages"] == 2


def test_a_background_event_is_not_asked_about(fake_settings, fake_model):
    background = {"incidents": [{"summary": "x", "summary_sentences": [5], "event_type": "armed attack",
                                 "event_type_sentences": [5]}]}
    fake_model.add(*[json.dumps(background)] * 3)  # the answer, and the same again at each re-ask
    with Pipeline(fake_settings) as pipeline:
        record = pipeline.summarize(ONE_INCIDENT)
    assert all("You list the incidents" in r["messages"][0]["content"] for r in fake_model.requests)
    # Background, not news: left out of the record; the model's answer keeps it.
    assert record.incidents == [] and "armed attack" in record.answers[0]


def test_place_parts_the_wire_way_and_the_models_words_for_nothing():
    f = EventFields(place="Kettu", admin_area="Velmora's eastern Sarn province", country="null")
    assert split_place(f) == ("Kettu", "Sarn province", "Velmora")
    assert split_place(EventFields(place="Wadi Tam village", admin_area="Sella region, Tervania")) == (
        "Wadi Tam village", "Sella region", "Tervania")
    assert split_place(EventFields(place="Pelagonia's southern coast")) == (None, None, "Pelagonia")
    assert split_place(EventFields(admin_area="northern city of Selmar")) == ("Selmar", None, None)
    assert split_place(EventFields(place="St Mary's Hospital")) == ("St Mary's Hospital", None, None)


def test_a_site_in_the_dateline_city_takes_the_datelines_country():
    text = ("KORVA, Ustrana, March 31, 2026 (Meridian Press) - Inmates rioted at Korva Central Prison on Sunday, "
            "taking four guards hostage, the justice ministry said.")
    a = article(text)
    inc = incident_from(events(("riot/protest", [1])).events[0], EventFields(place="Korva Central Prison"), a)
    assert inc.country == "Ustrana"


def test_the_events_own_sentence_may_give_the_datelines_country():
    text = ("TAMERIN, Ostravia, March 11, 2025 (Continental Wire) - Rioting broke out in three towns across "
            "southern Ostravia on Monday. In Dabrovo, police fired on a crowd, killing three protesters.")
    a = article(text)
    inc = incident_from(events(("riot/protest", [1, 2])).events[0], EventFields(place="Dabrovo"), a)
    assert (inc.place, inc.country) == ("Dabrovo", "Ostravia") and 1 in inc.location_sentences
    # a country named only as a neighbour gives nothing
    text = ("TAMERIN, Ostravia, March 11, 2025 (Continental Wire) - Rioting broke out in Dabrovo, near the border "
            "with southern Ostravia, on Monday.")
    inc = incident_from(events(("riot/protest", [1])).events[0], EventFields(place="Dabrovo"), article(text))
    assert inc.country is None


def test_the_event_type_cites_the_first_three_sentences_that_state_it():
    text = " ".join(f"Gunmen attacked a post in Sarno on Sunday ({n})." for n in range(1, 7))
    a = article(text)
    incident = incident_from(events(("armed attack", [1, 2, 3, 4, 5, 6])).events[0], None, a)
    assert incident.event_type_sentences == [1, 2, 3]


def test_a_figure_takes_the_category_its_clause_names_and_a_zero_or_an_unstated_one_is_no_figure():
    text = ("A car bomb exploded at a market in Ostrin on Sunday. "
            "The ministry said 38 people were killed and 70 wounded, and that no police officer was hurt.")
    fields = EventFields(casualties=[FigureAnswer(category="injured", count=38, sentence=2),
                                     FigureAnswer(category="injured", count=70, sentence=2),
                                     FigureAnswer(category="injured", count=0, sentence=2),
                                     FigureAnswer(category="missing", count=1, sentence=1)])  # 1, stated nowhere
    inc = incident_from(events(("bombing/explosion", [1, 2])).events[0], fields, article(text))
    assert [(c.category, c.count) for c in inc.casualties] == [("killed", 38), ("injured", 70)]


def test_an_arrest_is_no_capture():
    from summarizer.verify.categories import category_conflict, presence_total

    sentence = "Police said nine officers were injured by stones and 63 students were detained."
    assert presence_total(63, [sentence])
    assert category_conflict("injured", 63, [sentence]) is None


def test_an_opening_incident_typed_other_takes_the_kind_its_first_sentence_names():
    text = ("Gunmen ambushed a border patrol near Esk on Sunday, killing two guards. "
            "The ministry said talks would resume. "
            "The group said 17 of its fighters had been killed.")
    a = article(text)
    lead = incident_from(events(("other", [1])).events[0], None, a)
    later = incident_from(events(("other", [3])).events[0], None, a)
    assert (lead.event_type, later.event_type) == ("armed attack", "other")


@pytest.mark.parametrize("given,text,derived", [
    ("bombing/explosion", "A fire at the Dorval fertiliser plant killed two workers on Monday.", "industrial accident"),
    ("transport accident", "Storms with hail and high winds swept the valley on 06/14/2025, tearing roofs off homes.",
     "natural disaster"),
    ("armed attack", "Gunmen attacked a police post in Rusk on Tuesday.", "armed attack"),  # stated: kept
])
def test_an_opening_incident_of_a_type_its_sentences_do_not_state_takes_the_kind_they_name(given, text, derived):
    incident = incident_from(events((given, [1])).events[0], None, article(text))
    assert incident.event_type == derived


@pytest.mark.parametrize("place,text,town", [
    ("Grenholt prison", "Inmates at Grenholt Prison in Stennick rioted on Tuesday.", "Stennick"),
    ("Grain Market", "It was a terrorist attack at the Grain Market in Mirsk, the capital of Vardun Province.", "Mirsk"),
    ("Vaino Arena", "The trouble began at the Vaino Arena, when fans tore up seats.", "Vaino Arena"),
    ("Kessa Airport", "The aircraft crashed at Kessa Airport in Velm.", "Kessa Airport"),  # no site of a town
])
def test_a_site_in_a_town_is_placed_at_the_town(place, text, town):
    from summarizer.records.regions import town_of_site
    assert town_of_site(place, [text]) == town


def test_a_headline_that_names_the_type_is_cited_for_it():
    from summarizer.records.derive import Article, incident_from
    text = ("Gunmen ambush police patrol near Rusk\n\n"
            "RUSK, Tarvonia, May 4, 2026 (Kestrel Wire) - Gunmen opened fire on a police patrol near Rusk on Monday. "
            "Two officers were killed in the attack. The road was closed for hours.")
    article = Article(segment(text), text)
    model_said = EventList.model_validate({"events": [{"type": "armed attack", "sentences": [2, 3, 4]}]}).events[0]
    incident = incident_from(model_said, None, article)
    assert incident.event_type_sentences == [1, 2, 3]  # the headline, then the body's first that name it
    assert article.headlines_stating("natural disaster") == []  # it names no flood


def test_a_database_pages_entries_each_open_an_incident():
    evidence = {1: "03-Feb-11: The health centre in Halvo was set on fire during the night by unidentified assailants.",
                2: "The building was destroyed.",
                3: "11-Feb-11: A police pickup truck was struck by a roadside bomb near Kelim, killing three officers.",
                4: "04/15/2019: The house of the mayor of Drelitz was set on fire by about 20 masked men."}
    lumped = EventList.model_validate({"events": [{"type": "armed attack", "sentences": [1, 2, 3, 4]}]})
    refined = refine_events(lumped, evidence, None)
    assert [(e.type, e.sentences) for e in refined.events] == [
        ("armed attack", [1, 2]), ("bombing/explosion", [3]), ("armed attack", [4])]


def test_words_of_any_violent_event_choose_a_type_only_when_nothing_else_does():
    assert type_of("A truck was struck by a roadside bomb, killing three officers.", "armed attack") == \
        "bombing/explosion"
    assert type_of("SOME 80 GUERRILLAS OCCUPIED THE TOWN AND ATTACKED THE POLICE STATION.", "bombing/explosion") \
        == "armed attack"
