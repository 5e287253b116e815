"""Verifier rules of 2026-12-05 (sixth session), from right gold values of the
thirty-ninth twelve it refused; each with a value it must refuse and one it must
leave alone. Articles are ours."""

from datetime import date

import pytest

from summarizer.verify.cues import type_stated
from summarizer.verify.dates import find_dateline
from summarizer.verify.parties import plays_role_by_name_or_head
from summarizer.verify.place_roles import only_as_reference
from summarizer.verify.roles import plays_role


def test_a_tornado_half_a_mile_from_a_village_is_at_it():
    assert not only_as_reference("Brisbey", ["It touched down half a mile east of the village of Brisbey."])
    assert only_as_reference("Dova", ["The storm struck 25 km south of Dova."])
    assert only_as_reference("Dova", ["The storm struck a few miles south of Dova."])


@pytest.mark.parametrize("text,stated", [
    ("An arctic air mass spilled south behind a strong cold front on January 18.", True),
    ("Two men died of hypothermia during the cold snap.", True),
    ("The market was closed on Monday.", False),
])
def test_a_cold_wave_is_a_natural_disaster(text, stated):
    assert type_stated("natural disaster", [text]) is stated


def test_a_gunfight_is_a_fight():
    assert type_stated("battle/clash", ["In the gunfight that followed, 2 soldiers and 4 assailants were killed."])


def test_both_ministries_knocked_offline_are_targets():
    text = ("The online appointment service of the Ministry of Health and the examination results website of the "
            "Ministry of Education were knocked offline for six hours by an HTTPS request flood.")
    assert plays_role("Ministry of Health", "targets", [text])
    assert plays_role("Ministry of Education", "targets", [text])
    assert not plays_role("Ministry of Health", "targets", ["The Ministry of Health said the portal was slow."])


def test_a_home_page_replaced_was_defaced():
    text = "The home page of the Ministry of Agriculture's website was replaced with a cartoon of the minister."
    assert plays_role("Ministry of Agriculture", "targets", [text])


def test_whose_network_a_threat_actor_got_into_was_attacked():
    texts = ['Hollinsfield Care Group ("Hollinsfield" or "the Group") today provides an update.',
             "A threat actor first gained access to Hollinsfield's network on 26 October 2026."]
    assert plays_role_by_name_or_head("Hollinsfield Care Group", "targets", texts)
    assert not plays_role_by_name_or_head("Hollinsfield Care Group", "targets", texts[:1])


def test_a_press_release_label_does_not_hide_its_dateline():
    text = ("PRESS RELEASE\n\nHollinsfield Care Group update on cyber incident\n\n"
            "ASHCOMBE, Callovia, 18 November 2026 - Hollinsfield Care Group today provides an update.")
    dateline = find_dateline(text)
    assert dateline is not None and dateline.date == date(2026, 11, 18)


def test_men_who_arrived_and_seized_did_it():
    text = ("On 8 October 2025, around 15 armed men wearing army uniforms arrived in three pickup trucks at the camp "
            "of a road construction project near Tembara village (Sulo district, Amasi region, Kordevia), about 9 km "
            "east of Nabbeh town, and seized 8 employees of the contractor.")
    assert plays_role("armed men wearing army uniforms", "perpetrators", [text])
    assert not plays_role("contractor", "perpetrators", [text])


def test_an_intrusion_traced_months_back_dates_a_cyberattack():
    from summarizer.core.schema import Draft
    from summarizer.read.segment import segment
    from summarizer.verify.rules import Verifier

    article = ("CALVADRA, Ambrovia, September 24, 2026 (Farspoke Tech Wire) - Ondrel Mobile said on Wednesday that "
               "hackers had copied the records of 3.8 million subscribers.\n\n"
               "Investigators had traced the first intrusion to March 16, when the attackers logged in to a billing "
               "server.")
    verifier = Verifier(segment(article), article)

    def date_problems(kind: str) -> list[str]:
        draft = Draft.model_validate({"incidents": [{
            "summary": "A breach.", "summary_sentences": [1], "event_type": kind, "event_type_sentences": [1, 2],
            "date_text": "March 16", "date_iso": "2026-03-16", "date_sentences": [2]}]})
        return [p.message for p in verifier.check_incident(0, draft.incidents[0]) if p.field == "date"]

    assert not any("before the time of the report" in m for m in date_problems("cyberattack"))
    assert any("before the time of the report" in m for m in date_problems("armed attack"))


# -- wrong values the model's answers to the twelve had verified --------------------------------


@pytest.mark.parametrize("kind", ["armed attack", "natural disaster"])
def test_a_portal_knocked_offline_is_a_cyberattack_whatever_the_words(kind):
    from summarizer.verify.event_types import kind_contradicted

    text = ("The tax e-filing portal of the Ministry of Finance was unreachable after a UDP reflection attack; "
            "a second HTTPS request flood hit it the next day.")
    assert kind_contradicted(kind, [text])
    assert not kind_contradicted("cyberattack", [text])
    assert not kind_contradicted("armed attack", ["Gunmen stormed the office of the hackers' lawyer."])


def test_a_districts_count_after_the_storms_and_a_national_toll_are_tallies():
    from summarizer.verify.tallies import tally

    assert tally(9, ["The emergency service counted 9 dead and 13 injured in Kyrnava district after the storms."])
    assert tally(6, ["The national toll also includes six people killed by lightning elsewhere."])
    assert not tally(9, ["Nine people died in Kyrnava district after the storm."])


def test_a_headers_issue_date_is_no_event_date():
    from summarizer.verify.date_events import only_a_header_date

    header = "Severity: High Distribution: TLP:CLEAR Issued: 22 March 2027"
    assert only_a_header_date("22 March 2027", [header])
    assert not only_a_header_date("22 March 2027", ["On 22 March 2027 the portal went offline."])
