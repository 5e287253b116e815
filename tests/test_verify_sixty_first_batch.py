"""Verifier and refinement rules of 2026-12-06 (fifteenth session), from right gold
values of the sixty-first twelve (air strikes, drone strikes and shelling across a
border; fires, building collapses, storms and floods hitting several places) that
the verifier refused, and from the incidents the model lumped on it; each with a
value it must accept and one it must still refuse. Articles are ours."""

from summarizer.records.derive import Article
from summarizer.read.segment import segment
from verify_helpers import problems as _problems
from verify_helpers import refined as _refined


def test_an_army_that_says_its_one_drone_hit_the_truck_names_itself():
    from summarizer.verify.roles import plays_role
    said = ('On 23 July the Vardeshi army said its drone had hit the truck and "neutralised a cell preparing '
            'attacks".')
    assert plays_role("Vardeshi army", "perpetrators", [said])
    assert not plays_role("Vardeshi army", "perpetrators", ["On 23 July the Vardeshi army said its drone had been lost."])


def test_guns_said_to_be_absent_make_no_gun_attack_of_mortar_rounds():
    from summarizer.verify.event_types import kind_contradicted
    texts = ["Late last night, at least five mortar rounds landed in the Khazrin site for displaced people.",
             "No armed men were seen in or near the site and no gunfire was reported."]
    assert kind_contradicted("bombing/explosion", texts) is None
    assert kind_contradicted("bombing/explosion", [
        "Gunmen fired rifles and mortar rounds at the Khazrin site for displaced people."]) is not None


def test_a_motorcycle_a_drone_struck_is_what_was_attacked():
    text = ("Earlier on 7 September, a drone struck a motorcycle on the road near Hallun village, killing two "
            "traders.")
    problems = _problems(text, event_type="bombing/explosion", targets=[{"name": "motorcycle", "sentences": [1]}])
    assert not any(p.field == "targets[0]" for p in problems)
    bomb = "A bomb hidden in a motorcycle went off outside the market in Hallun, killing two traders."
    problems = _problems(bomb, event_type="bombing/explosion", targets=[{"name": "motorcycle", "sentences": [1]}])
    assert any(p.field == "targets[0]" for p in problems)


def test_a_fire_that_gutted_a_warehouse_attacked_it():
    from summarizer.verify.roles import plays_role
    lead = ("A fire that police say was set deliberately gutted a freight warehouse in Kastrovar's eastern docks "
            "late on Wednesday.")
    assert plays_role("freight warehouse", "targets", [lead])
    assert not plays_role("freight warehouse", "targets", ["The freight warehouse in Kastrovar's docks held cloth."])


def test_storms_that_brought_flooding_to_a_village_happened_there():
    from summarizer.verify.place_roles import only_elsewhere
    flood = ("The same storms brought flash flooding to the village of Hollin Ford on Wednesday evening, when two "
             "farm workers drowned.")
    assert not only_elsewhere("Hollin Ford", [flood])
    assert only_elsewhere("Hollin Ford", ["The injured were brought to the clinic in the village of Hollin Ford."])


def test_a_derecho_a_downburst_and_winds_that_tore_a_roof_off_are_a_storm():
    from summarizer.verify.cues import type_stated
    from summarizer.verify.event_types import tells_an_event
    assert type_stated("natural disaster", ["A derecho developed over the Kessane plains in the afternoon."])
    assert type_stated("natural disaster", ["Winds estimated at 90 mph tore the roof off the auction barn."])
    assert type_stated("natural disaster", ["A downburst flattened several homes in the town of Pike Hollow."])
    assert not type_stated("natural disaster", ["A crane tore the roof off the auction barn."])
    assert tells_an_event("In Wyeburn County, the leading edge of the line reached Fenwick Mills at 1540LST.")
    assert not tells_an_event("Rescuers reached Fenwick Mills at 1540LST.")


EVENT_NARRATIVES = (
    "Episode Narrative: A derecho developed over the plains in the afternoon and crossed three counties.\n\n"
    "Event Narrative: In Wyeburn County, the leading edge of the line reached Fenwick Mills at 1540LST. Winds "
    "tore the roof off the auction barn. The sheriff reported 2 people killed.\n\n"
    "Event Narrative: The line crossed into Threlkeld County and struck Asherton at about 1705LST, bringing down "
    "hundreds of trees. A falling oak crushed a car, killing the driver.\n"
)


def test_each_event_narrative_is_an_entry_and_the_episode_joins_the_first():
    numbers = [s.n for s in segment(EVENT_NARRATIVES)]
    got = _refined(EVENT_NARRATIVES, ("natural disaster", numbers))
    assert [s for _, s in got] == [[1, 2, 3, 4], [5, 6]]


SECTIONS = (
    "2026 Orvanne valley floods\n\n"
    "The floods struck the upper Orvanne valley in April 2026, killing 17 people.\n\n"
    "Brandvik\n\n"
    "On the evening of 21 April 2026 the Orvanne spilled over the embankment at Brandvik, flooding the lower town.\n\n"
    "Selde\n\n"
    "The flood wave reached Selde, 14 km downstream, early on 22 April 2026 and swept away three houses.\n\n"
    "Response\n\n"
    "Helicopters lifted 63 people from rooftops in Brandvik.\n"
)


def test_a_section_named_for_a_place_opens_that_places_incident():
    numbers = [s.n for s in segment(SECTIONS)]
    got = [s for _, s in _refined(SECTIONS, ("natural disaster", numbers[3:]))]
    assert got == [[4, 5], [6, 7, 8]]  # "Response" names no place of its next sentence: no entry


def test_another_development_with_an_act_is_another_incident():
    text = ("PUERTO NUBLO, 3 FEB 88 (RADIO CEDROVA) -- [TEXT] AIR FORCE PLANES BOMBED THE HAMLET OF LAS TERNERAS "
            "YESTERDAY AFTERNOON, KILLING 19 PEASANTS.\n\n"
            "IN ANOTHER DEVELOPMENT, MORTAR ROUNDS HIT THE BARRACKS OF THE 7TH BATTALION IN RIO QUEMADO LAST NIGHT.\n\n"
            "IN ANOTHER DEVELOPMENT, THE MINISTER SAID TALKS WOULD RESUME.\n")
    assert [s for _, s in _refined(text, ("bombing/explosion", [1, 2, 3]))] == [[1], [2, 3]]


def test_a_landslide_that_buried_farmhouses_is_no_funeral():
    from summarizer.verify.event_starts import aftermath as _aftermath
    assert not _aftermath("On 23 April 2026 a landslide above the hamlet buried two farmhouses, killing 3 people.")
    assert _aftermath("The three victims were buried on Sunday after the attack.")


def _shared(text: str, *places: tuple[str, str | None, str | None]) -> list[tuple]:
    from summarizer.core.schema import DraftIncident
    from summarizer.records.places import share_lead_location
    article = Article(segment(text), text)
    incidents = [DraftIncident(summary="x", summary_sentences=[1], event_type="natural disaster",
                               event_type_sentences=[1], place=p, admin_area=a, country=c) for p, a, c in places]
    share_lead_location(incidents, article)
    return [(i.place, i.admin_area, i.country, i.location_sentences) for i in incidents]


def test_the_opening_that_frames_both_incidents_gives_them_its_country():
    text = ("Cyclone Pellora\n\n"
            "Cyclone Pellora was a tropical cyclone that struck western Marravine in November 2025.\n\n"
            "It made landfall near Port Veridane on 8 November and reached Haverkirk on 9 November.\n")
    got = _shared(text, ("Port Veridane", None, None), ("Haverkirk", None, None))
    assert [c for _, _, c, _ in got] == ["Marravine", "Marravine"] and got[0][3] == [2]


def test_a_country_given_in_one_incidents_own_sentence_stays_its_own():
    text = ("MAYOR SHOT; BOMB AT BANK\n\n"
            "PUERTO ALMAGRO, 12 JUN 86 (RADIO DEL SUR) -- [TEXT] GUNMEN SHOT DEAD THE MAYOR OF SAN BENITO, IN "
            "TOLIMAR DEPARTMENT IN NORTHERN MARAGUA, YESTERDAY.\n\n"
            "A BOMB WENT OFF AT A BANK IN LAS ACACIAS AT DAWN TODAY.\n")
    got = _shared(text, ("SAN BENITO", "TOLIMAR DEPARTMENT", "MARAGUA"), ("LAS ACACIAS", None, None))
    assert got[1][2] is None


def test_a_headline_gives_the_region_its_country_holds():
    text = ("Explainer: what we know about the floods in Lorastan's Bokara province\n\n"
            "The river burst its banks at Quorlan. A flash flood swept through Talvern.\n")
    got = _shared(text, ("Quorlan", None, None), ("Talvern", None, None))
    assert [(a, c) for _, a, c, _ in got] == [("Bokara province", "Lorastan")] * 2


def test_the_datelines_city_is_never_a_country():
    text = ("SAN CRISOSTOMO, 22 MAY 86 (RADIO LA VOZ) -- [TEXT] ARMED MEN OPENED THE SLUICE GATES OF THE DAM "
            "LAST NIGHT. ONE WATCHMAN WAS TAKEN TO THE HOSPITAL IN SAN CRISOSTOMO.\n")
    from summarizer.core.schema import Draft, DraftIncident
    draft = Draft(incidents=[DraftIncident(
        summary="x", summary_sentences=[1], event_type="armed attack", event_type_sentences=[1],
        place="LA TORCAZA DAM", country="San Crisostomo", location_sentences=[1, 2])])
    problems = Article(segment(text), text).verifier(draft)
    assert any(p.field == "location" and "dateline's city" in p.message for p in problems)
