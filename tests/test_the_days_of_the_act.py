"""The record's date when the model points at a day the article gives only to what
came after the event (2026-12-04): the day the event's own sentences give its act,
each on an article of our own, with what it must leave alone."""

from summarizer.core.schema import EventFields, EventRef
from summarizer.read.segment import segment
from summarizer.records.derive import Article, incident_from
from summarizer.verify.date_events import dates_no_act

RELEASED = ("Kidnapped engineers freed\n\n"
            "SOLVEN, Marrowia, May 21, 2026 (Harbor Wire) - Two engineers of a water company who were "
            "abducted on Saturday in Marrowia's eastern Tesk province have been released unharmed, the company "
            "said on Thursday. "
            "Gunmen seized the pair from their pick-up near the village of Obrel and drove them into the forest. "
            "They were freed late on Wednesday after talks led by local elders. "
            "Teachers in Tesk province have called a strike from Monday.")


def _date_of(text: str, date: str, numbers: list[int], event_type: str = "abduction") -> tuple[str | None, list[int]]:
    incident = incident_from(EventRef(type=event_type, sentences=numbers), EventFields(date=date),
                             Article(segment(text), text))
    return incident.date_text, incident.date_sentences


def test_a_day_of_the_release_gives_way_to_the_day_of_the_act():
    assert dates_no_act("late on Wednesday", ["They were freed late on Wednesday after talks."])
    assert _date_of(RELEASED, "late on Wednesday", [2, 3, 4]) == ("on Saturday", [2])
    # the day the company spoke: also not the event's
    assert _date_of(RELEASED, "on Thursday", [2, 3, 4]) == ("on Saturday", [2])


def test_a_day_of_the_act_is_kept_and_no_other_event_lends_its_day():
    assert not dates_no_act("on Saturday", ["Two engineers who were abducted on Saturday were released."])
    assert _date_of(RELEASED, "on Saturday", [2, 3, 4]) == ("on Saturday", [2])
    # with no sentence of the event dating its act, the model's day stays (the verifier flags it);
    # a strike "from Monday" is no act of an abduction
    assert _date_of(RELEASED, "late on Wednesday", [3, 4, 5]) == ("late on Wednesday", [4])


def test_the_day_after_a_protest_is_the_aftermaths():
    lead = ("Glass still lay along Kessel Avenue on Wednesday morning, the day after a protest against fuel prices "
            "descended into running battles with police.")
    assert dates_no_act("Wednesday morning", [lead], abduction=False)
    text = ("Riot shakes capital\n\nORSK, Velgaria, June 17, 2026 (Wire) - " + lead + " "
            "Riot police fired tear gas at protesters who tried to march on the ministry on Tuesday afternoon.")
    assert _date_of(text, "Wednesday morning", [2, 3], "riot/protest") == ("on Tuesday", [3])
    # a later event of its own told "the day after the looting" keeps its day
    note = "On 11 September 2022, two days after the looting, the militia returned to Senno and abducted a teacher."
    assert not dates_no_act("On 11 September 2022", [note])


def test_a_second_events_background_is_judged_by_the_reports_day():
    # refine_events once reused the name of the report's day for a group's weekday: the
    # second event's background was then judged against "tuesday" (or nothing)
    from datetime import date

    from summarizer.core.schema import EventList
    from summarizer.verify.events import refine_events
    evidence = {1: "On Tuesday gunmen attacked a police post in Orsk.",
                2: "A bomb exploded at the market in Vell on Wednesday.",
                3: "On 2 March 2026, a bomb had also exploded at the same market."}
    events = EventList(events=[EventRef(type="armed attack", sentences=[1]),
                               EventRef(type="bombing/explosion", sentences=[2, 3])])
    refined = refine_events(events, evidence, 2026, date(2026, 6, 10), filed=True)
    assert [e.sentences for e in refined.events] == [[1], [2]]


def test_a_later_day_that_dates_a_statement_or_the_aftermath_starts_no_incident():
    from summarizer.core.schema import EventList
    from summarizer.verify.events import refine_events
    evidence = {1: "Gunmen stormed a boarding school in Dalmaru late on Tuesday and seized 80 students.",
                2: "On Wednesday the state's education commissioner said 64 students were unaccounted for.",
                3: "By Thursday evening at least eleven people had been confirmed dead.",
                4: "On Friday, gunmen attacked a police post in Orsk, killing two officers."}
    one = EventList(events=[EventRef(type="abduction", sentences=[1, 2, 3, 4])])
    # a statement's day and a bound's are the same incident's telling; a new day's act is another
    assert [e.sentences for e in refine_events(one, evidence, 2026).events] == [[1, 2, 3], [4]]


def test_a_defused_device_starts_no_incident_and_one_taken_in_the_passive_is_dated():
    from summarizer.core.schema import EventList
    from summarizer.verify.events import act_day, refine_events
    evidence = {1: "Two bombs tore through the cloth market in Halmere on Monday, killing 17 people.",
                2: "A third device, found in a rubbish bin near the north gate, was defused by army experts.",
                3: "A second bomb exploded at the bus station in Orsk an hour later."}
    one = EventList(events=[EventRef(type="bombing/explosion", sentences=[1, 2, 3])])
    assert [e.sentences for e in refine_events(one, evidence, 2026).events] == [[1, 2], [3]]
    taken = ("The girls were taken from the dormitories of the Government Girls' Secondary School in Dalmaru "
             "late on Tuesday night by gunmen who arrived on motorcycles.")
    assert act_day(taken) == "late on Tuesday"
    assert act_day("The new law took effect on Monday.") is None


def test_one_standing_for_a_thing_is_no_count():
    from summarizer.verify.numbers import figures_in
    assert 1 not in figures_in("People carried the injured out when the second one exploded.")
    assert 1 not in figures_in("No one was hurt, the company said.")
    assert 1 in figures_in("He said that one security guard had been shot in the leg.")
    assert 1 in figures_in("One of them died in hospital.")


LANDSLIDE = ("Persistent heavy rain fell over the Dunsmere Hills of Altavera County for four days in early March "
             "2026, with storm totals of 9 to 14 inches. "
             "At about 0530 local time on March 9, 2026, a section of the saturated hillside above the village of "
             "Cragmoor gave way, and a landslide buried 11 houses. "
             "Six people were killed, the county emergency office said.")


def test_a_period_gives_way_to_the_day_of_the_act_past_a_time_of_day_and_a_long_subject():
    from summarizer.verify.events import act_day
    assert act_day("At about 0530 local time on March 9, 2026, a section of the saturated hillside above the "
                   "village of Cragmoor gave way.") == "on March 9, 2026"
    assert _date_of(LANDSLIDE, "early March 2026", [1, 2, 3], "natural disaster") == ("on March 9, 2026", [2])


def test_a_stretch_of_country_named_only_for_the_weather_gives_way_to_the_town():
    from summarizer.core.schema import EventFields as Fields
    from summarizer.records.places import locate
    article = Article(segment(LANDSLIDE), LANDSLIDE)
    assert locate(Fields(place="Dunsmere Hills", admin_area="Altavera County"), [1, 2, 3], article)[0] == "Cragmoor"
    swept = "Floodwaters swept through villages in the Oskar valley on Sunday. Most were missing in the village of Tamsk."
    assert locate(Fields(place="Oskar valley"), [1, 2], Article(segment(swept), swept))[0] == "Oskar valley"


def test_a_day_demands_were_made_is_a_statements_day():
    from summarizer.verify.date_events import only_when_said
    assert only_when_said("On 18 October", ["On 18 October the inmates, who had chosen a committee of five, "
                                             "demanded an end to overcrowding."])
    assert only_when_said("on Friday", ["The kidnappers demanded on Friday a ransom of 50 million kesters."])
    assert not only_when_said("on Friday", ["Gunmen abducted 12 passengers on Friday."])
