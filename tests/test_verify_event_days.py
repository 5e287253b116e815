"""Which day an incident happened on: a day the event's own verb is dated with,
never a day something was said, done in answer, or had come to pass by; and
"the same day" told with no incident before it. Rules from the dev values of
the nineteen twelves (2026-12-04). Articles are ours."""

from summarizer.verify.date_events import dates_an_act, only_a_bound, only_after_the_fact, only_said_or_after


def test_a_day_something_had_come_to_pass_by_is_a_bound_not_the_day():
    assert only_a_bound("Tuesday morning", ["Nobody had claimed responsibility by Tuesday morning."])
    assert only_a_bound("Monday", ["By late Monday the road south of Kestany was choked with carts."])
    assert not only_a_bound("September 27, 2023", ["By the morning of September 27, 2023, the slopes began to fail."])
    assert not only_a_bound("on Monday", ["Gunmen attacked the market on Monday, and by noon the town was empty."])


def test_a_day_after_the_attack_named_by_a_noun_dates_what_came_after():
    text = ("On Saturday, a day after the attack, a group calling itself the Crescent Shield said that one of its "
            "fighters had carried out the bombing.")
    assert only_said_or_after("Saturday", [text])


def test_troops_sent_in_and_work_suspended_come_after_the_fact():
    assert only_after_the_fact("on Sunday", ["Troops were sent to Tessaly on Sunday, and the wounded were taken "
                                             "to the district hospital in Ubeni town."])
    assert only_after_the_fact("Wednesday", ["On Wednesday, Bread for All suspended all of its work in Ulmet region."])
    assert not only_after_the_fact("on Sunday", ["Gunmen stormed the council hall in Tessaly on Sunday."])


def test_a_date_that_opens_the_sentence_dates_its_first_verb():
    text = "On 14 August 2023, fighters of the Northern Unity Front ambushed an army foot patrol near Garo."
    assert dates_an_act(text, 3, 17)
    said = "On Monday, the ministry said ten people had died."
    assert not dates_an_act(said, 3, 9)


def test_the_same_day_with_no_incident_before_it_takes_the_day_of_the_act_before():
    from summarizer.core.schema import DraftIncident
    from summarizer.read.segment import segment
    from summarizer.records.derive import Article, share_same_day
    text = ("On 14 August 2023, fighters of the Northern Unity Front ambushed an army foot patrol near Garo "
            "(Tessel district, Marundi). The army said two soldiers and three fighters were killed. "
            "On the same day, around 21:00, armed men abducted the village chief of Bessa from his home.")
    article = Article(segment(text), text)
    later = DraftIncident(summary="b", summary_sentences=[3], event_type="abduction", event_type_sentences=[3],
                          date_text="On the same day", date_sentences=[3])
    share_same_day([later], article)
    assert (later.date_text, later.date_iso, later.date_sentences) == ("On 14 August 2023", "2023-08-14", [1])


def test_the_same_night_skips_a_day_the_bodies_were_found_on():
    from summarizer.core.schema import DraftIncident
    from summarizer.read.segment import segment
    from summarizer.records.derive import Article, share_same_day
    text = ("SAN ISIDRO, 18 OCT 93 (RADIO NACIONAL) -- [TEXT] THE MINE CAMP NEAR CERRO AZUL WAS ATTACKED LATE ON "
            "SATURDAY BY SOME 40 GUERRILLAS, WHO KILLED FOUR MINERS. SOLDIERS WHO REACHED THE CAMP AT DAWN ON SUNDAY "
            "FOUND THE BODIES. THE SAME NIGHT, A HIGH-VOLTAGE TOWER WAS BLOWN UP WITH DYNAMITE NEAR PAMPA VIEJA.")
    article = Article(segment(text), text)
    tower = DraftIncident(summary="t", summary_sentences=[3], event_type="bombing/explosion",
                          event_type_sentences=[3], date_text="THE SAME NIGHT", date_sentences=[3])
    share_same_day([tower], article)
    assert (tower.date_text, tower.date_iso, tower.date_sentences) == ("LATE ON SATURDAY", "1993-10-16", [1])


def test_a_bare_time_of_day_takes_the_day_its_sentence_gives_it():
    from summarizer.verify.dates import whole_day
    text = "COFFEE EXPORTER ROGELIO ESCALANTE, 54, WAS KIDNAPPED ON SATURDAY MORNING NEAR LOS ARRAYANES."
    assert whole_day("morning", [text]) == "SATURDAY MORNING"
    assert whole_day("in the evening", ["Gunmen struck on Friday evening."]) == "Friday evening"
    assert whole_day("morning", ["Gunmen struck in the morning."]) == "morning"
    assert whole_day("on Friday", [text]) == "on Friday"


def test_a_figure_cited_only_from_another_days_event_is_flagged():
    from summarizer.verify.date_events import of_another_day
    from datetime import date
    resumed = ("Fighting resumed two days later, on 6 June 2023, when an army patrol and a KHF unit exchanged fire "
               "outside Simmo village; 1 soldier and 3 KHF fighters were killed.")
    assert of_another_day([resumed], date(2023, 6, 4))
    assert not of_another_day([resumed], date(2023, 6, 6))
    assert not of_another_day(["The toll rose to 17 on 6 June 2023, the ministry said."], date(2023, 6, 4))
    assert not of_another_day(["Fatalities: 4 soldiers and 6 KHF fighters."], date(2023, 6, 4))


def test_the_verifier_flags_the_other_days_figures_of_an_incident():
    from summarizer.core.schema import Draft
    from summarizer.read.segment import segment
    from summarizer.verify.rules import Verifier
    text = ("On 4 June 2023, fighters of the Kosu Hills Front attacked an army outpost above Ozhal village. "
            "Fatalities: 4 soldiers. Fighting resumed two days later, on 6 June 2023, when an army patrol and a KHF "
            "unit exchanged fire outside Simmo village; 1 soldier and 3 KHF fighters were killed.")
    sentences = segment(text)
    draft = Draft.model_validate({"incidents": [{
        "summary": "KHF fighters attacked an outpost.", "summary_sentences": [1],
        "event_type": "battle/clash", "event_type_sentences": [1],
        "date_text": "4 June 2023", "date_iso": "2023-06-04", "date_sentences": [1],
        "casualties": [{"category": "killed", "count": 4, "qualifier": "exact", "sentences": [2]},
                       {"category": "killed", "count": 3, "qualifier": "exact", "sentences": [3]}]}]})
    fields = [p.field for p in Verifier(sentences, text).check_incident(0, draft.incidents[0])]
    assert "casualties[1]" in fields and "casualties[0]" not in fields


def test_an_hour_or_minutes_later_opens_a_later_event_of_the_same_day():
    from summarizer.verify.events import LATER_THAT_DAY
    for opening in ("Roughly an hour later, two gunmen opened fire", "About twenty minutes later, a second device",
                    "About four hours later, a bomb", "Barely an hour later, a rescue team was fired on"):
        assert LATER_THAT_DAY.match(opening), opening
    assert not LATER_THAT_DAY.match("Two hours of fighting followed")
