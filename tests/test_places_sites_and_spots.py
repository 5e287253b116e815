"""Location rules of 2026-12-05, each on an article of our own with the value it
must give and one it must leave alone: the country an article gives beside a
region's or a town's name, a site at a town's edge placed in the town, and a
spot in a town (a street, a campus) placed by its town."""

from summarizer.core.schema import Draft, EventFields
from summarizer.read.segment import segment
from summarizer.records.derive import Article
from summarizer.records.places import locate
from summarizer.records.regions import owner_in_apposition, town_of_site
from summarizer.records.spots import is_a_spot, place_spots_in_their_town, town_of_spot


def located(text: str, numbers: list[int], **fields):
    return locate(EventFields(**fields), numbers, Article(segment(text), text))


HOSPITAL = ("Gunmen raid hospital in Lorrin\n\n"
            "VASK, Pellmar, March 2, 2026 (Tidewater Wire) - Gunmen raided the clinic in Lorrin, a town in Skarra "
            "province, on Sunday night, killing a guard, officials said. "
            "Skarra, a dry province in Pellmar's far north, has seen a wave of raids since 2024.")


def test_the_country_an_article_gives_beside_a_region_or_a_town():
    assert owner_in_apposition("Skarra", "Skarra, a dry province in Pellmar's far north, has seen raids.") == "Pellmar"
    assert owner_in_apposition("Dunmore", "Dunmore, Vellaria's second-largest city, is quiet.") == "Vellaria"
    assert owner_in_apposition("Ostrin", "Ostrin, the capital of Kelvar, is quiet.") == "Kelvar"
    # a town in a region is no country, nor a name with no apposition
    assert owner_in_apposition("Lorrin", "the clinic in Lorrin, a town in Skarra province, on Sunday") is None
    assert owner_in_apposition("Lorrin", "Lorrin lies near Pellmar.") is None
    assert located(HOSPITAL, [2], place="Lorrin", admin_area="Skarra province")[:3] == (
        "Lorrin", "Skarra province", "Pellmar")


def test_a_country_beside_the_name_only_as_a_neighbour_is_not_given():
    text = ("Raid on Tulka\n\nGunmen raided Tulka, a village in Skarra province, on Sunday. "
            "Skarra, a province on the border with Dremia, is poor.")
    assert located(text, [2], place="Tulka", admin_area="Skarra province")[2] is None


def test_a_site_at_a_towns_edge_is_placed_in_the_town():
    assert town_of_site("Fitka gold-panning site", [
        "Gunmen raided the Fitka gold-panning site near the village of Oruma before dawn."]) == "Oruma"
    assert town_of_site("Bessel camp", [
        "Mortar rounds struck Bessel camp for displaced people, on the northern edge of Tamra town."]) == "Tamra"
    assert town_of_site("Bessel IDP camp", ["Location: Bessel IDP camp, Tamra, Lower Dunn province, Serrat"]) == "Tamra"
    assert town_of_site("Korrin Hill", ["a transmitter on Korrin Hill, above the town of Velt, was attacked"]) == "Velt"
    # some way off, it keeps its own name
    assert town_of_site("Sefa camp", ["Two rounds struck Sefa camp, 4 km east of the town of Oruk."]) == "Sefa camp"


def test_a_spot_takes_the_one_town_the_lead_names():
    text = ("Second night of rioting in Velmar\n\n"
            "Students and police fought in the streets of the university town of Velmar, in Dorsk province, "
            "on Saturday. Barricades burned in the town centre.")
    article = Article(segment(text), text)
    assert is_a_spot("the town centre") and is_a_spot("Liberation Avenue") and not is_a_spot("Velmar")
    assert town_of_spot("town centre", article, [1, 2]) == ("Velmar", 2)
    assert located(text, [3], place="town centre")[:2] == ("Velmar", "Dorsk province")
    # a spot its own sentence puts in another town keeps its place
    other = text + " Shops burned on Liberation Avenue in the town of Kesk."
    assert town_of_spot("Liberation Avenue", Article(segment(other), other), [1, 2]) is None
    # two towns in the lead: which one is not said
    two = ("Riots in two towns\n\nRiots broke out in the town of Velmar and the city of Brask on Friday. "
           "Cars burned on Liberation Avenue.")
    assert town_of_spot("Liberation Avenue", Article(segment(two), two), [1, 2]) is None


def test_a_spot_takes_the_town_of_the_articles_other_incidents():
    text = ("Third night of riots in Kesmar\n\n"
            "Riot police in Kesmar, in Orra province, fired on crowds on Wednesday night. "
            "On Tuesday night rioters torched a tax office on Freedom Avenue.")
    article = Article(segment(text), text)
    draft = Draft.model_validate({"incidents": [
        {"summary": "Riot.", "summary_sentences": [2], "event_type": "riot/protest", "event_type_sentences": [2],
         "place": "Kesmar", "admin_area": "Orra province", "location_sentences": [2]},
        {"summary": "Riot.", "summary_sentences": [3], "event_type": "riot/protest", "event_type_sentences": [3],
         "place": "Freedom Avenue", "location_sentences": [3]}]})
    place_spots_in_their_town(draft.incidents, article)
    second = draft.incidents[1]
    assert (second.place, second.admin_area, second.location_sentences) == ("Kesmar", "Orra province", [2, 3])
    # with two towns among the other incidents, the spot stays
    draft.incidents[1].place = "Freedom Avenue"
    draft.incidents.append(draft.incidents[0].model_copy(update={"place": "Ulm"}))
    place_spots_in_their_town(draft.incidents, article)
    assert draft.incidents[1].place == "Freedom Avenue"


def test_a_region_the_lead_calls_a_town_the_capital_of_is_no_town():
    text = ("Riots in Kesmar\n\nRiot police in Kesmar, the capital of Orreno province, fired on crowds on Wednesday. "
            "Rioters torched a tax office on Freedom Avenue.")
    assert town_of_spot("Freedom Avenue", Article(segment(text), text), [1, 2]) is None


def test_a_description_with_no_name_is_a_spot_in_its_town():
    assert is_a_spot("regional governor's residence") and is_a_spot("hotel")
    assert not is_a_spot("Kesmar") and not is_a_spot("Bessel camp")


def test_an_event_on_a_route_is_placed_where_on_it_not_at_its_ends():
    from summarizer.records.spots import on_a_route, town_on_the_route
    lead = ("Gunmen opened fire on a minibus near the village of Dorvik, on the road between Tesk and Malvo, "
            "late on Tuesday.")
    assert on_a_route("Tesk-Malvo road", [lead]) and on_a_route("Tesk", [lead]) and on_a_route("Malvo", [lead])
    assert not on_a_route("Dorvik", [lead])
    assert town_on_the_route([lead]) == "Dorvik"
    note = "A drone struck a truck on the Morsk-Ilch highway about 4 km west of Brezna town (Tolva district)."
    assert on_a_route("Morsk", [note]) and town_on_the_route([note]) == "Brezna"
    text = f"Minibus attacked\n\n{lead}"
    assert located(text, [2], place="Tesk-Malvo road")[0] == "Dorvik"
    # a route with no town said where on it stays as given
    bare = "Minibus attacked\n\nGunmen opened fire on a minibus on the Tesk-Malvo road late on Tuesday."
    assert located(bare, [2], place="Tesk-Malvo road")[0] == "Tesk-Malvo road"


def test_a_region_owned_by_its_country_gives_both():
    from summarizer.records.regions import region_of_place
    lead = "Students and police fought in the streets of the town of Vessel, in Sarkova's Ostra province, on Saturday."
    assert region_of_place("Vessel", {2: lead}) == ("Ostra province", 2)
    assert located(f"Riots in Vessel\n\n{lead}", [2], place="Vessel")[:3] == ("Vessel", "Ostra province", "Sarkova")


def test_a_country_the_article_calls_a_village_is_none_and_a_prison_wing_is_a_spot():
    from summarizer.verify.names import called_a_town
    guard = "A guard, a 51-year-old from the nearby village of Brezno, was beaten unconscious."
    assert called_a_town("Brzno", guard) and not called_a_town("Lusania", "the second-largest city of Lusania")
    text = ("Prison uprising\n\nThe uprising was a revolt by inmates of a prison outside the town of Dravik, in Kessel "
            "Province. Inmates of C wing overpowered the guards on the evening of 17 October. " + guard)
    assert is_a_spot("C wing")
    assert located(text, [3, 4], place="C wing", country="Brzno")[:3] == ("Dravik", "Kessel Province", None)


def test_a_site_named_without_its_kind_is_placed_where_the_article_puts_the_kind():
    from summarizer.records.regions import town_of_named_site
    texts = ["Seven guards freed after standoff at Kellen Ridge prison",
             "Guards held by inmates at the Kellen Ridge penitentiary were released on Tuesday.",
             "About 200 inmates of the remand block at the penitentiary near Drobna refused to return to their cells."]
    assert town_of_named_site("Kellen Ridge", texts) == "Drobna"
    assert town_of_named_site("Kellen Ridge", texts[:2]) == "Kellen Ridge"  # no town said


def test_a_checkpoint_is_placed_in_the_town_its_location_line_gives():
    lines = ["Incident: Suicide bombing at the Orren bridge checkpoint, Tallec",
             "Location: Orren bridge checkpoint, Tallec, Varsk district, Upper Meld province, Ostrovia"]
    assert town_of_site("Orren bridge checkpoint", lines) == "Tallec"
    assert town_of_site("Orren bridge checkpoint", ["Gunmen fired on the Orren bridge checkpoint."]) == (
        "Orren bridge checkpoint")


def test_the_larger_region_of_a_district_told_with_of_or_in_brackets():
    from summarizer.records.regions import largest_region
    assert largest_region("Kellum district", ["outside Varsheh, in the Kellum district of Ilvera province, at dawn"]) \
        == "Ilvera province"
    assert largest_region("Qeshlan district", ["swept through Qeshlan district (Oruza province, Bellatria)"]) \
        == "Oruza province"
    # a district of a country keeps the district
    assert largest_region("Orsa district", ["gunmen raided Halvo, in the Orsa district of Teskaria"]) == "Orsa district"



def test_an_event_on_a_lake_is_placed_on_the_lake_not_the_shore_it_lay_off():
    from summarizer.records.spots import water_off_the_shore
    ferry = ("A passenger ferry capsized in a sudden squall on Lake Ivrenna late on Wednesday, about 2 km off the "
             "fishing village of Lutabo, the coastguard said.")
    assert water_off_the_shore("Lutabo", [ferry]) == "Lake Ivrenna"
    assert water_off_the_shore("Ossendrin", ["A ferry overturned on Lake Sarmel late on Tuesday, a few hundred "
                                             "metres from the landing at Ossendrin."]) == "Lake Sarmel"
    # a town on the shore where it happened, or the lake already: nothing to move
    assert water_off_the_shore("Kelso", ["Gunmen attacked a police post on the shore of Lake Venn, in Kelso."]) is None
    assert water_off_the_shore("Lake Ivrenna", [ferry]) is None
