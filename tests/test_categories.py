"""Rule 8: the clause that states a casualty figure decides its category
(summarizer/verify/categories.py)."""

import pytest

from summarizer.verify.categories import category_conflict


@pytest.mark.parametrize("sentence, category, count, conflict", [
    # The clause stating the number names its category.
    ("Two drivers were killed and a third was wounded, the agency said.", "injured", 2, {"killed"}),
    ("Two drivers were killed and a third was wounded, the agency said.", "killed", 2, None),
    ("The blast killed three people and wounded 12 others.", "killed", 12, {"injured"}),
    ("The blast killed three people and wounded 12 others.", "injured", 12, None),
    ("Gunmen seized 27 students from their dormitory.", "killed", 27, {"captured/abducted"}),
    ("Gunmen seized 27 students from their dormitory.", "captured/abducted", 27, None),
    ("Twelve miners remain trapped underground.", "missing", 12, None),
    ("Rescuers said 9 people were unaccounted for; 4 died.", "killed", 9, {"missing"}),
    ("Officials said 30 people were taken to hospital.", "injured", 30, None),
    ("The death toll rose to 41, officials said.", "killed", 41, None),
    # Casualty words that may mean either: no conflict.
    ("There were 15 casualties, police said.", "injured", 15, None),
    ("There were 15 casualties, police said.", "killed", 15, None),
    # The clause with the number names no category: nothing concluded.
    ("Of the 40 passengers on board, 12 died.", "injured", 40, None),
    ("Police said 8 gunmen attacked the post.", "killed", 8, None),
    # The number is not stated (rule 3's business, not this one's).
    ("Three people died.", "injured", 5, None),
])
def test_category_of_the_clause_stating_the_figure(sentence, category, count, conflict):
    assert category_conflict(category, count, [sentence]) == conflict


def test_every_cited_sentence_counts():
    sentences = ["Police said 5 people were hurt.", "Five people died in the fire."]
    assert category_conflict("killed", 5, sentences) is None  # one of them says so
    assert category_conflict("missing", 5, sentences) == {"injured", "killed"}


def test_a_figure_with_thousands_is_one_clause_not_two():
    from summarizer.verify.categories import clauses_stating, presence_total

    sentence = "Local officials said about 5,000 residents of Kast had fled towards the capital since Friday."
    assert clauses_stating(5000, [sentence]) == [sentence]
    assert presence_total(5000, [sentence])  # people who fled are no missing
    assert clauses_stating(3, ["Gunmen killed 3, injuring 12."]) == ["Gunmen killed 3"]


def test_a_figure_whose_sentence_names_no_harm_is_no_casualty_and_a_cut_clause_takes_the_sentences_category():
    from summarizer.verify.categories import category_conflict, harm_named

    rain = "Heavy rain of 4 to 6 inches in less than three hours caused flash flooding along Cutter Creek."
    assert harm_named(4, [rain]) == set()
    camper = ("One camper, a 34-year-old woman, was killed, and her 2 children, ages 6 and 9, were injured "
              "and taken to a hospital.")
    conflict = category_conflict("missing", 2, [camper])  # the clause "her 2 children" names nothing
    assert conflict and "missing" not in conflict
    assert category_conflict("injured", 2, [camper]) is None
    assert category_conflict("injured", 40, ["Of the 40 passengers on board, 12 died."]) is None  # people present
