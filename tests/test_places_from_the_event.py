"""Location rules of 2026-12-04, each on an article of our own with the value it
must give and one it must leave alone: answers moved up one part moved back, the
town the event's own sentences name when the model gave only a region, and a
figure the sentences put in another place than the incident's."""

from summarizer.core.schema import Draft, EventFields
from summarizer.read.segment import segment
from summarizer.records.derive import Article
from summarizer.records.places import _unshifted, locate
from summarizer.records.regions import town_named
from summarizer.verify.place_roles import harmed_elsewhere
from summarizer.verify.rules import Verifier

CONVOY = ("Governor escapes roadside bomb\n\n"
          "BRELL, Ostmark, May 4, 2026 (Harbor Wire) - A roadside bomb exploded beside the convoy of the "
          "governor of Ostmark's eastern Vellan province near the village of Tarsk on Sunday morning, her "
          "office said. She was travelling to open a school in the district town of Pommel.")


def located(text: str, numbers: list[int], **fields):
    return locate(EventFields(**fields), numbers, Article(segment(text), text))


def test_answers_moved_up_one_part_are_moved_back():
    # place = the region, admin area = the country, country = one the article never names
    assert located(CONVOY, [2, 3], place="Vellan province", admin_area="Ostmark", country="Kyrgyzstan")[:3] == (
        "Tarsk", "Vellan province", "Ostmark")
    # a country the article names is the model's own, and a town as the place moves nothing
    named = EventFields(place="Vellan province", admin_area="Tarsk", country="Ostmark")
    assert _unshifted(named, Article(segment(CONVOY), CONVOY)) is named
    town = EventFields(place="Tarsk village", admin_area="Ostmark")
    assert _unshifted(town, Article(segment(CONVOY), CONVOY)) is town


def test_the_town_the_event_is_put_in_by_its_kind_when_the_model_gave_none():
    assert town_named("Gunmen blocked the road outside the village of Sumra shortly after dawn.") == "Sumra"
    assert town_named("It struck in the port town of Alvena and nearby villages.") == "Alvena"
    assert town_named("Storms hit the west of Sarn province.") is None
    assert town_named("Fighting spread to the town of Orsk.") is None  # where it went, not where it was
    # the incident's first sentence first: not the district town she was going to
    assert located(CONVOY, [2, 3], place="Vellan province")[0] == "Tarsk"


def test_a_figure_the_sentences_put_in_another_place_is_that_places():
    assert harmed_elsewhere(["The authority said 14 people had died in Bel Amun."], ["Ismar"]) == "Bel Amun"
    # where someone died of wounds, the fight's own places, a day, or the incident's own place named
    assert harmed_elsewhere(["Two herders died at the clinic in Sabo."], ["Ombesi"]) is None
    assert harmed_elsewhere(["Nine soldiers were killed in the fighting in Orvik."], ["Sedrin"]) is None
    assert harmed_elsewhere(["A boy died on Tuesday in hospital."], ["Sarrik"]) is None
    assert harmed_elsewhere(["Seven died in Bel Amun and three in Ismar."], ["Ismar"]) is None

    article = ("A cyclone made landfall near Ismar, in Sarrow province, late on Sunday. "
               "Twenty-four people were killed in Ismar. "
               "The authority said 14 people had died in Bel Amun.")
    draft = Draft.model_validate({"incidents": [{
        "summary": "A cyclone.", "summary_sentences": [1], "event_type": "natural disaster",
        "event_type_sentences": [1], "place": "Ismar", "admin_area": "Sarrow province", "location_sentences": [1],
        "casualties": [{"category": "killed", "count": 24, "qualifier": "exact", "sentences": [2]},
                       {"category": "killed", "count": 14, "qualifier": "exact", "sentences": [3]}]}]})
    found = Verifier(segment(article), article)(draft)
    assert [p.field for p in found] == ["casualties[1]"] and "Bel Amun" in found[0].message


def test_a_site_is_placed_in_its_town_whichever_end_its_kind_word_is():
    from summarizer.records.regions import town_of_site
    assert town_of_site("Adeyo Hall hostel", ["Raiders entered the Adeyo Hall hostel in Tamberg at night."]) == "Tamberg"
    wire = ("TWO MEN FIRED ON THE GATE OF THE EMBASSY OF THE REPUBLIC OF NORVALDIA IN THE LAS ACACIAS DISTRICT OF "
            "SAN QUIRINO AT 2130 LAST NIGHT.")
    assert town_of_site("Embassy of the Republic of Norvaldia", [wire]) == "SAN QUIRINO"
    # a site's own name with no town said beside it stays
    assert town_of_site("Hotel Serafine", ["Gunmen stormed the Hotel Serafine at dawn."]) == "Hotel Serafine"
    assert town_of_site("Grenholt Prison", ["Inmates of Grenholt Prison rioted."]) == "Grenholt Prison"


def test_a_chain_past_a_near_town_gives_the_region_and_its_country():
    from summarizer.records.regions import region_of_place
    infobox = "Location: Fort Tallow, near Besk, Marrin Province, Ostelia"
    assert region_of_place("Fort Tallow", {4: infobox}) == ("Marrin Province", 4)
    assert located(f"Siege of Fort Tallow\n\n{infobox}\n\nRebels stormed Fort Tallow.", [3],
                   place="Fort Tallow")[:3] == ("Fort Tallow", "Marrin Province", "Ostelia")
    # a town it is near is no region
    assert region_of_place("Fort Tallow", {1: "Fort Tallow, near Besk, was shelled."}) is None


def test_a_place_named_only_as_the_body_that_speaks_is_not_where_it_happened():
    from summarizer.verify.place_roles import only_elsewhere
    assert only_elsewhere("Lowmarch", ["The Lowmarch police cybercrime unit said on Thursday it had opened a case."])
    assert not only_elsewhere("Lowmarch", ["Gunmen attacked a bank in Lowmarch, police said."])
    assert not only_elsewhere("Lowmarch", ["The Lowmarch police station was attacked on Monday."])


def test_a_site_right_outside_a_town_is_placed_in_it():
    from summarizer.records.regions import town_of_site
    text = "Gas escaped from the Norfeld fertiliser plant outside Dremmen late on Monday."
    assert town_of_site("Norfeld fertiliser plant", [text]) == "Dremmen"
    assert town_of_site("Kessa army base", ["Rebels attacked the Kessa army base near the border."]) == "Kessa army base"


def test_a_region_given_past_a_description_of_the_town_or_a_neighbouring_one():
    from summarizer.records.regions import region_of_place
    text = "Drevin, a town of some 4,000 people, lies in Castavia's northern Corvo province, 40 km from Merrow."
    assert region_of_place("Drevin", {5: text}) == ("Corvo province", 5)
    assert region_of_place("Pellat", {2: "One mast stood outside the town of Pellat, in neighbouring Marrow "
                                         "district."}) == ("Marrow district", 2)
    assert region_of_place("Drevin", {1: "Drevin, a town of 4,000 people, was shelled."}) is None


def test_the_town_is_found_when_the_model_gave_the_country_as_the_place():
    text = ("VELDEN, Varetia, June 9, 2026 (Wire) - Saboteurs blew up a telecom mast above the village of Dallo "
            "early on Monday.")
    assert located(text, [1], place="Varetia", admin_area="Varetia")[0] == "Dallo"


def test_a_place_the_article_describes_as_an_organisation_is_left_out():
    text = ("Gunmen attacked the office of Haven of Light Relief, an aid agency, in Varn, Orsa district, "
            "Tesk, on Monday.")
    place, admin, _, _ = located(text, [1], place="Haven of Light Relief", admin_area="Orsa district")
    assert (place, admin) == (None, "Orsa district")
    assert located("Gunmen attacked a bank in Varn on Monday.", [1], place="Varn")[0] == "Varn"


DERBY = ("Fans fight police after derby\n\n"
         "SALMEN, Ostmark, November 23, 2026 (Harbor Wire) - Supporters hurled flares at riot police at the end of "
         "Saturday night's derby, police in the northern city of Corvola said. "
         "The trouble began after the final whistle at the Tamsa Arena. "
         "Two farmers were shot outside the village of Brenn, also in Ulm province, the village head said.")


def test_a_town_given_as_the_region_or_the_country_is_the_place():
    # the model's place is a site in the town: the town is the place; never the country (the
    # dateline's country is the event's only when it is in the dateline's place)
    assert located(DERBY, [2, 3], place="Tamsa Arena", admin_area="Corvola", country="Finland")[:3] == (
        "Corvola", None, None)
    assert located(DERBY, [2, 3], place="Tamsa Arena", country="Corvola")[:3] == ("Corvola", None, None)
    # a town given as the place stays; the region "the village head" follows is no town
    assert located(DERBY, [4], place="Brenn", admin_area="Ulm province")[:2] == ("Brenn", "Ulm province")
