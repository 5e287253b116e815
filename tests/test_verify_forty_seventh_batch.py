"""Verifier rules of 2026-12-05 (ninth session), from right gold values of the
forty-seventh twelve (locations; event types at their borders) it refused and
from the model's verified wrong values on it; each with a value it must accept
and one it must still refuse. Articles are ours."""

from summarizer.verify.names import only_as_neighbour
from summarizer.verify.place_roles import only_elsewhere
from support.incident_problems import incident_problems


def test_the_datelines_city_called_the_city_is_the_place():
    article = ("Police fire tear gas at traders\n\n"
               "HARVESK, Ondravia, March 10, 2027 (Lantern Wire) - Riot police fired tear gas on Tuesday at traders "
               "in the Tsemra Hal market in the city's old Bellun quarter, police said.")
    right = incident_problems(article, place="Harvesk", location_sentences=[2], event_type="riot/protest",
                              event_type_sentences=[2])
    assert not [p for p in right if "location" in p]
    elsewhere = ("Police fire tear gas at traders\n\n"
                 "HARVESK, Ondravia, March 10, 2027 (Lantern Wire) - Riot police fired tear gas on Tuesday at traders "
                 "in the market of Dellow, police said.")
    wrong = incident_problems(elsewhere, place="Harvesk", location_sentences=[2], event_type="riot/protest",
                              event_type_sentences=[2])
    assert any("only in the dateline" in p for p in wrong)


def test_a_countrys_own_frontier_with_a_neighbour_names_the_country():
    text = "A car bomb exploded at the Vell Gate border crossing, on Yenmar's frontier with Brandovia."
    assert not only_as_neighbour("Yenmar", text)
    assert only_as_neighbour("Brandovia", text)
    assert only_as_neighbour("Velmora", "The village lies close to the Velmora border.")


def test_a_journeys_end_where_the_act_then_happened_is_the_place():
    text = ("Armed men on motorcycles rode into the village of Sennovo and fired into a crowd watching a "
            "wrestling match.")
    assert not only_elsewhere("Sennovo", [text])
    assert only_elsewhere("Sennovo", ["The gunmen then rode into the village of Sennovo, where they hid."])


# -- wrong values it had verified ------------------------------------------------------------


def test_a_forest_is_where_it_happened():
    from summarizer.core.schema import DraftIncident
    from summarizer.verify.parties import never_a_target
    inc = DraftIncident(summary="A raid.", summary_sentences=[1], event_type="armed attack",
                        event_type_sentences=[1])
    assert never_a_target("Gannu forest", inc, None)
    assert not never_a_target("villagers", inc, None)


def test_a_site_is_no_country():
    article = ("Bomb on miners' bus\n\n"
               "On Wednesday morning a bomb exploded on a bus taking workers to the Sormina pit as it drove through "
               "the village of Pirnow, in Kesrovia's Grevna region.")
    problems = incident_problems(article, place="Pirnow", country="Sormina pit", location_sentences=[2],
                                 event_type="bombing/explosion", event_type_sentences=[2])
    assert any("is a site, not a country" in p for p in problems)
    right = incident_problems(article, place="Pirnow", country="Kesrovia", location_sentences=[2],
                              event_type="bombing/explosion", event_type_sentences=[2])
    assert not any("is a site, not a country" in p for p in right)
