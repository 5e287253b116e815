"""The location parts the program derives from the model's answer and the article
(summarizer.records.places): one test per rule, on articles of our own, each
with the value the rule must give and one it must leave alone."""

import pytest

from summarizer.core.schema import DraftIncident, EventFields
from summarizer.read.segment import segment
from summarizer.records.derive import Article
from summarizer.records.places import _countries_named, locate, share_lead_location, split_place
from summarizer.records.regions import largest_region, owner_of_region, region_of_place
from summarizer.verify.dates import find_dateline


def article(text: str) -> Article:
    return Article(segment(text), text)


def located(text: str, numbers: list[int], **fields):
    return locate(EventFields(**fields), numbers, article(text))


def test_a_chain_beats_an_admin_area_that_repeats_its_country():
    chain = "Pirel village, Oskar district, Dunmar province, Ustrana"
    assert split_place(EventFields(place=chain, admin_area="Ustrana")) == ("Pirel village", "Oskar district", "Ustrana")
    # A region of the model's own, not the chain's country, stays.
    assert split_place(EventFields(place=chain, admin_area="Dunmar province")) == (
        "Pirel village", "Dunmar province", "Ustrana")


def test_a_region_in_brackets_is_the_next_link_of_the_chain():
    assert split_place(EventFields(place="Kobbe (Upper Sarn region)")) == ("Kobbe", "Upper Sarn region", None)
    assert split_place(EventFields(place="Telsa Airport (TLA)")) == ("Telsa Airport (TLA)", None, None)


def test_a_description_after_the_place_is_cut_and_its_words_are_no_region():
    f = EventFields(place="Marrow headquarters of the department store chain Pell & Dorn")
    assert split_place(f) == ("Marrow", None, None)
    for kept in ("Ortel village", "Lumara-Port Neve oil pipeline", "San Miguel de los Rios", "Sedrin and Orvik"):
        assert split_place(EventFields(place=kept))[0] == kept


def test_a_part_of_a_country_gives_the_country_and_no_region():
    assert split_place(EventFields(place="Las Vegas del Sur", admin_area="North of the Republic of Caldera")) == (
        "Las Vegas del Sur", None, "Republic of Caldera")
    assert split_place(EventFields(place="Selo", admin_area="the south of Dorn province")) == (
        "Selo", "the south of Dorn province", None)  # a region's part is left to the checks


def test_the_region_the_article_gives_the_place_anywhere():
    texts = {
        1: "A bomb exploded at a market in Vessa on Sunday.",
        2: "Vessa, the capital of Talmar region, was last hit in 2019.",
        3: "Korr, the third city of Ondria and the capital of its Hasse Province, mourned.",
        4: "Pell lies in the coastal district of Orun.",
        5: "Raiders struck near Nimbe (Lower Tal region) at dawn.",
        6: "Police said the town of Dorrin was quiet.",
    }
    assert region_of_place("Vessa", texts) == ("Talmar region", 2)
    assert region_of_place("Korr", texts) == ("Hasse Province", 3)
    assert region_of_place("Pell", texts) == ("Orun", 4)
    assert region_of_place("Nimbe", texts) == ("Lower Tal region", 5)
    assert region_of_place("Dorrin", texts) is None


@pytest.mark.parametrize("place,text,region,owner", [
    ("Ardlow", "A bomb exploded under a bridge outside the town of Ardlow in Pellandra's northern Ulden province.",
     "Ulden province", "Pellandra"),
    ("Lusk", "Gunmen raided the district hospital in Lusk, a town in Ambel province, late on Sunday.",
     "Ambel province", None),
    ("Dellow", "Armed men stopped the mayor's car on a road near Dellow, just outside the town in Ulvania's eastern "
     "Kelda province.", "Kelda province", "Ulvania"),
    ("Kestany", "A battle was fought for Kestany, a town of some 9,000 people on the Ulla river in Sardovia's "
     "northern Dorrin province.", "Dorrin province", "Sardovia"),
    # a hyphenated direction, or a word of what the region is like, between the owner and the region
    ("Ussary", "Gunmen raided a school in the village of Ussary, in Morvaine's north-western Loddon state, on "
     "Tuesday.", "Loddon state", "Morvaine"),
    ("Drosk", "Gunmen ambushed a convoy outside the village of Drosk, in Velmirra's mountainous Upper Vessik "
     "district, on Monday.", "Upper Vessik district", "Velmirra"),
])
def test_a_region_given_after_the_place_and_the_country_that_owns_it(place, text, region, owner):
    assert region_of_place(place, {1: text}) == (region, 1)
    assert owner_of_region(region, text) == owner


def test_a_region_from_a_background_sentence_is_cited_there():
    text = ("A car bomb exploded at a market in Vessa on Sunday, killing nine people. "
            "Vessa, the capital of Talmar region, was last hit by a bombing in 2019.")
    assert located(text, [1], place="Vessa") == ("Vessa", "Talmar region", None, [1, 2])


def test_the_country_that_owns_the_region_is_taken_where_the_article_says_it():
    text = ("A bomb damaged a road bridge outside Ardlow on Sunday, wounding two motorists. "
            "Ardlow lies in Pellandra's northern Ulden province.")
    assert located(text, [1], place="Ardlow", admin_area="Ulden province") == (
        "Ardlow", "Ulden province", "Pellandra", [1, 2])


def test_a_person_after_the_region_closes_no_chain_and_the_owner_is_found_elsewhere():
    text = ("Gunmen raided a school in Ussary, in Morvaine's north-western Loddon state, on Tuesday. "
            "The governor of Loddon state, Osgar Askeland, said on Wednesday that a gang did it.")
    # (the model's "Denmark" is never in the article: dropped, not kept in the way)
    assert located(text, [1, 2], place="Ussary", admin_area="Loddon state", country="Denmark")[:3] == (
        "Ussary", "Loddon state", "Morvaine")


def test_an_admin_area_that_is_no_region_of_the_article_is_dropped():
    text = ("A second device exploded outside a police post in Dask village, injuring three officers. "
            "A fire swept through a factory in the industrial zone of Ravello on Monday.")
    # The place again, with a region word the article never gives it: not a country either.
    assert located(text, [1], place="Dask village", admin_area="Dask province")[:3] == ("Dask village", None, None)
    # A description, not a region's name.
    assert located(text, [2], place="Ravello", admin_area="industrial zone")[:3] == ("Ravello", None, None)


def test_the_largest_region_is_a_name_not_the_next_words():
    texts = ["Crude exports from the southern Halder district, the state oil company said."]
    assert largest_region("Halder district", texts) == "Halder district"
    assert largest_region("Lomar district", ["near Teshi village, Lomar district, KADRA PROVINCE"]) == "KADRA PROVINCE"


def test_a_route_named_after_the_dateline_city_is_not_at_it():
    dl = find_dateline("LUMARA, Corvessa, May 8, 2026 (Meridian Press) - An explosion hit a pipeline.")
    assert dl is not None
    assert not dl.locates("Lumara-Port Neve oil pipeline")
    assert dl.locates("Lumara Central Prison") and dl.locates("Lumara")


def incident(place, admin=None, country=None, sentences=(2,)):
    return DraftIncident(summary="x", summary_sentences=[2], event_type="bombing/explosion",
                         event_type_sentences=[2], place=place, admin_area=admin, country=country,
                         location_sentences=list(sentences))


def test_the_first_sentence_frames_every_incident():
    text = ("07/19/2015: Two explosive devices detonated at separate locations in Harrow district, Selm province, "
            "Kordavia. The first device exploded near a bus station in Lenka town. "
            "A second device detonated outside a police post in Dask village.")
    first = incident("Lenka town", "Selm province", "Kordavia", (1, 2))
    second = incident("Dask village", sentences=(3,))
    share_lead_location([first, second], article(text))
    assert (second.admin_area, second.country, second.location_sentences) == ("Selm province", "Kordavia", [1, 3])


def test_the_first_sentence_gives_nothing_it_does_not_name_or_that_incidents_dispute():
    text = ("SELVA, Kordavia, September 21, 2026 (Harbor News Service) - A bus plunged into a ravine near "
            "Ostra Gora on Sunday. A plane crashed near Lemmel in Kordavia's Varn province.")
    # The first sentence names Kordavia only in its dateline: the bus's village is elsewhere.
    bus, plane = incident("Ostra Gora", sentences=(1,)), incident("Lemmel", "Varn province", "Kordavia")
    share_lead_location([bus, plane], article(text))
    assert (bus.admin_area, bus.country) == (None, None)
    text = "Clashes in Velmora and Tarvonia left 12 dead. Troops fought in Kessa. Police fought in Orm."
    a, b, c = incident("Kessa", country="Velmora"), incident("Orm", country="Tarvonia"), incident("Zell")
    share_lead_location([a, b, c], article(text))
    assert c.country is None  # two countries named: no telling which


def test_the_first_sentence_may_give_the_country_by_its_form():
    text = ("SAN ISIDRO, 7 AUG 89 (PRENSA AUSTRAL) -- [TEXT] A WAVE OF VIOLENCE HAS SWEPT SEVERAL REGIONS OF "
            "CALDERA SINCE THURSDAY. YESTERDAY, ARMED MEN KIDNAPPED TWO ENGINEERS AT THE LOS ROBLES DAM. "
            "ON SATURDAY, A BOMB EXPLODED IN PUERTO LINDO.")
    dam, bomb = incident("Los Robles Dam", sentences=(2,)), incident("Puerto Lindo", sentences=(3,))
    share_lead_location([dam, bomb], article(text))
    assert (dam.country, bomb.country, bomb.location_sentences) == ("CALDERA", "CALDERA", [1, 3])
    # "the northern town of" names no country; "Velmora's north" and "northern Tarvonia" do.
    text = ("GUNMEN STRUCK IN THE NORTHERN TOWN OF ORSK ON MONDAY. THEY ATTACKED A CHECKPOINT IN VELK. "
            "A BOMB EXPLODED IN ORSK.")
    first, second = incident("Velk", sentences=(2,)), incident("Orsk", sentences=(3,))
    share_lead_location([first, second], article(text))
    assert (first.country, second.country) == (None, None)
    assert _countries_named("Week of violence in Zeldria's north") == ["Zeldria"]
    assert _countries_named("Two checkpoints attacked in northern Tarvonia") == ["Tarvonia"]
    assert _countries_named("in the north of the Republic of Caldera") == ["Republic of Caldera"]


def test_a_place_cites_the_first_two_sentences_that_name_it():
    text = ("Gunmen attacked a police post in Rusk on Tuesday. Rusk lies near the border. "
            "Residents of Rusk fled. Schools in Rusk stayed shut.")
    place, _, _, cited = locate(EventFields(place="Rusk"), [1, 2, 3, 4], article(text))
    assert (place, cited) == ("Rusk", [1, 2])


def test_an_invented_country_does_not_keep_out_the_datelines():
    text = ("PORT ISMAY, Valdoria, June 18, 2026 (Coastline Wire) - Records were taken from the airline's "
            "booking system, it said. The intruders got into its data centre in Port Ismay in April.")
    assert located(text, [1, 2], place="Port Ismay", country="Denmark")[:3] == ("Port Ismay", None, "Valdoria")


def test_a_country_named_only_as_a_neighbour_is_not_where_it_happened():
    text = ("ARMED MEN SEIZED A LANDOWNER AT HIS RANCH NEAR PUERTO LIMON, IN RIO BRAVO DEPARTMENT, "
            "CLOSE TO THE BORDER WITH VALLERA.")
    assert located(text, [1], place="Puerto Limon", admin_area="Rio Bravo Department",
                   country="Vallera")[:3] == ("Puerto Limon", "Rio Bravo Department", None)


def test_a_joining_word_the_article_does_not_write_is_left_out_of_the_name():
    text = "ARMED MEN SEIZED A LANDOWNER NEAR PUERTO LIMON, IN RIO BRAVO DEPARTMENT."
    assert located(text, [1], place="Puerto Limon", admin_area="Rio Bravo de Department")[:3] == (
        "Puerto Limon", "Rio Bravo Department", None)
    text = "Gunmen raided San Isidro de Las Palmas, in Hualcayo Department."
    assert located(text, [1], place="San Isidro de Las Palmas")[0] == "San Isidro de Las Palmas"


def test_a_place_in_the_same_province_as_a_town_takes_that_towns_region():
    from summarizer.records.regions import same_region_as
    texts = {1: "Gunmen raided Urvella, a farming village in Zerunia's northern Ghalvet Province, on Saturday.",
             2: "Troops clashed with them near the village of Harnet, about 20 km east of Urvella in the same "
                "province, on Sunday."}
    assert same_region_as("Harnet", texts) == ("Urvella", 2)
    assert located(" ".join(texts.values()), [2], place="Harnet")[:3] == ("Harnet", "Ghalvet Province", "Zerunia")
    assert same_region_as("Ostrek", {1: "Missiles hit Ostrek, a market town in the same province 25 km south of "
                                        "Dabrul."}) == ("Dabrul", 1)
    # measured from a town, with no "same province": no region taken from it
    assert same_region_as("Harnet", {1: "Troops clashed near Harnet, about 20 km east of Urvella."}) is None
