from summarizer.read.segment import numbered, segment


def texts(article):
    return [s.text for s in segment(article)]


def test_offsets_point_into_the_original_text():
    article = "KIDAL, Mali, March 3, 2026 - Gunmen attacked.  Two died.\n\nPolice said 1,200 fled."
    for s in segment(article):
        assert article[s.start:s.end] == s.text
    assert [s.n for s in segment(article)] == [1, 2, 3]


def test_abbreviations_initials_and_titles_do_not_split():
    out = texts("Lt. Col. A. Diarra said the U.S. embassy was closed. Dr. Ana Ruiz agreed.")
    assert out == ["Lt. Col. A. Diarra said the U.S. embassy was closed.", "Dr. Ana Ruiz agreed."]


def test_decimals_and_thousands_do_not_split():
    out = texts("About 3.5 million people live there. Police said 1,200 people fled.")
    assert out == ["About 3.5 million people live there.", "Police said 1,200 people fled."]


def test_quoted_sentences_stay_with_their_attribution():
    out = texts('"We were attacked at dawn. They came on motorbikes," a survivor said. Help arrived.')
    assert out == ['"We were attacked at dawn. They came on motorbikes," a survivor said.', "Help arrived."]


def test_dateline_stays_with_the_first_sentence_and_headline_is_its_own():
    article = "Attack in the north\n\nKIDAL, Mali (Wire) - Gunmen killed 12 soldiers. The army said so."
    out = texts(article)
    assert out[0] == "Attack in the north"
    assert out[1].startswith("KIDAL, Mali (Wire) - Gunmen killed 12 soldiers.")
    assert len(out) == 3


def test_paragraph_breaks_always_split_and_blank_text_gives_nothing():
    assert texts("One line without stop\n\nAnother one") == ["One line without stop", "Another one"]
    assert segment("  \n\n \t ") == []


def test_repeated_sentences_get_distinct_offsets():
    article = "Shots were fired. Shots were fired. Police came."
    spans = [(s.start, s.end) for s in segment(article)]
    assert spans == [(0, 17), (18, 35), (36, 48)]


def test_deterministic_and_numbered_view():
    article = "A bomb exploded.\nTwo people died."
    assert segment(article) == segment(article)
    assert numbered(segment(article)).splitlines()[0] == "[1] A bomb exploded."


def test_a_5000_character_sentence_is_one_sentence():
    long = "The convoy " + "and the trucks " * 330 + "arrived."
    out = segment(long)
    assert len(out) == 1 and out[0].end == len(long)


def test_a_clock_time_before_a_time_zone_ends_no_sentence():
    text = "The tornado touched down at 6:40 p.m. CST in open farmland. It moved east. At 7 p.m. The sirens sounded."
    sentences = segment(text)
    assert [s.text for s in sentences][:2] == ["The tornado touched down at 6:40 p.m. CST in open farmland.",
                                               "It moved east."]
    assert all(text[s.start:s.end] == s.text for s in sentences)


def test_a_speed_ends_a_sentence_before_a_capital():
    text = "Winds reached 130 km/h. A storm tide flooded the town. Gusts of 40 m/s. Roofs went."
    assert [s.text for s in segment(text)] == [
        "Winds reached 130 km/h.", "A storm tide flooded the town.", "Gusts of 40 m/s.", "Roofs went."]
    # ... but not before a small letter
    assert len(segment("He drove at 80 km/h. on the old road.")) == 1


def test_the_month_may_ends_a_sentence_before_a_capital():
    text = "2 of the wounded died on 6 May. Around 300 mourners had gathered. IT ENDED ON 3 MAY. THE ARMY LEFT."
    assert [s.text for s in segment(text)] == [
        "2 of the wounded died on 6 May.", "Around 300 mourners had gathered.", "IT ENDED ON 3 MAY.", "THE ARMY LEFT."]
    # ... but not before a figure, and not "may" the verb
    assert len(segment("It was signed on 6 May. 2024 was the year. It may. Perhaps.")) >= 2
    assert len(segment("The talks began in May 2024 and ended in June.")) == 1
