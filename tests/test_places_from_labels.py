"""A report's labelled lines ("Country: Odravia", "Area: Harrin Province", "Area
covered: Karrade Province, Volsenia") frame all its incidents (summarizer.records.labels)."""

from __future__ import annotations

from summarizer.core.schema import DraftIncident
from summarizer.read.segment import segment
from summarizer.records.derive import Article
from summarizer.records.labels import frame_by_labels, label_frame


def article(text: str) -> Article:
    return Article(segment(text), text)


def incident(place, admin=None, country=None, sentences=(5,)):
    return DraftIncident(summary="x", summary_sentences=[5], event_type="armed attack",
                         event_type_sentences=[5], place=place, admin_area=admin, country=country,
                         location_sentences=list(sentences))


SITREP = ("SITUATION REPORT No. 4\n\nCountry: Odravia\n\nArea: Harrin Province\n\nIssued: 14 August 2026\n\n"
          "- Gunmen raided the displacement site at Fennwick on the night of 11 August.\n\n"
          "- Shells hit the market of Tovald, in Kesk district, on 12 August.\n")


def test_the_labels_give_every_placed_incident_its_region_and_country_citing_their_lines():
    assert label_frame(article(SITREP)) == ("Harrin Province", "Odravia", [2, 3])
    raid, shelling, nowhere = incident("Fennwick"), incident("Tovald", "Kesk district", sentences=(6,)), incident(None)
    frame_by_labels([raid, shelling, nowhere], article(SITREP))
    assert (raid.admin_area, raid.country, raid.location_sentences) == ("Harrin Province", "Odravia", [2, 3, 5])
    # the label's province beats the district the entry gives (a chain's admin area is its largest region)
    assert (shelling.admin_area, shelling.country) == ("Harrin Province", "Odravia")
    # an incident placed nowhere is not placed in the frame (as the first sentence's frame does)
    assert (nowhere.admin_area, nowhere.country) == (None, None)


def test_an_area_line_runs_small_to_large_and_may_end_in_the_country():
    for line, frame in [
        ("Area covered: Karrade Province, Volsenia", ("Karrade Province", "Volsenia")),
        ("Area: Vintmoor district, Eskara province, Ulvenmark", ("Eskara province", "Ulvenmark")),
        # two regions: no telling which; the country still frames them all
        ("Area: Dravenmoor and Yssel provinces, Kavrania", (None, "Kavrania")),
        ("Area: 31.7 km2", (None, None)),
    ]:
        assert label_frame(article(f"WEEKLY LOG\n\n{line}\n\nGunmen shot two men in Orlenby.\n"))[:2] == frame


def test_labels_on_one_line_end_where_the_next_label_starts():
    text = ("FLASH REPORT No. 14 Issued: 18 November 2025 Area: Vintmoor district, Eskara province, Ulvenmark "
            "Casualties (both incidents): 2 killed\n\nArmed men raided the hospital in Meldrava.\n")
    assert label_frame(article(text)) == ("Eskara province", "Ulvenmark", [1])


def test_a_region_or_country_of_the_incidents_own_stays_and_labels_that_disagree_give_nothing():
    kept = incident("Fennwick", "Upper Harrin region", "Tarsk")
    frame_by_labels([kept], article(SITREP))
    assert (kept.admin_area, kept.country, kept.location_sentences) == ("Upper Harrin region", "Tarsk", [5])
    text = "Country: Odravia\n\nCountry: Tarsk\n\nProvince: Harrin\n\nGunmen raided Fennwick.\n"
    assert label_frame(article(text)) == ("Harrin", None, [3])
