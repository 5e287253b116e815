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
