"""Verifier rules of 2026-12-05 (ninth session), from right gold values of the
forty-sixth twelve (perpetrators; casualty figures in unusual phrasings) it
refused and from the model's verified wrong values on it; each with a value it
must accept and one it must still refuse. Articles are ours."""

from summarizer.verify.qualifiers import lower_bounds, qualifier_conflict


def test_a_ranges_low_end_is_a_lower_bound():
    text = "The mayor said between 10 and 15 people were unaccounted for on Tuesday."
    assert lower_bounds(10, [text]) == {True}
    assert qualifier_conflict("exact", 10, [text]) == "at least"
    assert qualifier_conflict("exact", 10, ["The road between 10 villages was cut; 10 people died."]) is None


# -- wrong values it had verified ------------------------------------------------------------


def test_a_region_the_article_names_as_one_is_no_country():
    from summarizer.verify.names import called_a_town, owned_region
    text = "Soldiers fired on a crowd in Tollenby, a town in Cassavel's arid Wexmoor region, on Sunday."
    assert owned_region("Wexmoor", text)
    assert not owned_region("Cassavel", text)
    assert not owned_region("Velmora", "Drought has hit the Velmora region hard.")  # a country's region
    capital = "Three men seized him and drove off towards the regional capital, Selden."
    assert called_a_town("Selden", capital)
    assert not called_a_town("Selden", "Troops from Selden and Kordavia patrolled the border.")


def test_a_broadcaster_is_no_place():
    from summarizer.verify.names import names_an_organisation
    assert names_an_organisation("Radio Dunabar")
    assert names_an_organisation("Ostrel Television")
    assert not names_an_organisation("Radovic")


def test_a_month_after_the_reports_told_as_done_is_last_years():
    from summarizer.verify.tallies import of_an_earlier_year
    text = "In November, DSF fighters ambushed an army convoy near Ghazeer, killing nine soldiers."
    assert of_an_earlier_year(9, [text], 2026, 3)
    assert not of_an_earlier_year(9, ["In March, fighters ambushed a convoy, killing nine soldiers."], 2026, 3)


def test_one_of_the_dead_named_as_someones_kin_is_no_figure():
    from summarizer.verify.tallies import one_of_them_described
    text = "Three men seized Joel Amberlee, 31, the elder brother of one of the dead men, outside his workshop."
    assert one_of_them_described(1, [text])
    assert not one_of_them_described(1, ["One of the men died in hospital on Monday."])


def test_a_header_label_on_the_next_line_does_not_make_a_country_a_region():
    from summarizer.verify.names import owned_region
    assert not owned_region("Tesmaria", "Country: Tesmaria\nProvince: Pendrick Vale\n")
