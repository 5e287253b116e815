"""Rules that tell a value the article names from a value that is right: each
failing on the kind of value the eval audit found marked verified and wrong
(benchmarks/trust_audit.py), and passing on the right one. Articles are ours."""

import pytest
from support.drafts import verifier_problems

from summarizer.core.schema import Draft, EventFields
from summarizer.read.segment import segment
from summarizer.records.places import split_place
from summarizer.records.regions import largest_region
from summarizer.verify.tallies import tally
from summarizer.verify.event_types import kind_contradicted
from summarizer.verify.party_names import names_a_thing_hit
from summarizer.verify.names import name_in_text, names_a_region
from summarizer.verify.rules import Verifier


problems = verifier_problems


def test_a_name_is_found_as_whole_words_only():
    # "K" (a country cut short) is not in "KILLING"; "Ade" is not in "made".
    assert not name_in_text("K", "IN LOS LLANOS DEPARTMENT, KILLING NINE ATTACKERS.")
    assert not name_in_text("Ade", "The attackers made off in a truck.")
    assert name_in_text("Los Llanos", "IN LOS LLANOS DEPARTMENT, KILLING NINE")
    # An agent noun is another thing: villagers are not the village, bombers not the bomb.
    assert not name_in_text("villagers", "FIRED ON A PATROL NEAR THE VILLAGE OF EL TAMBO.")
    assert not name_in_text("bombers", "A bomb exploded at the market.")
    assert name_in_text("Gunman", "Gunmen shot dead the mayor.") and name_in_text("jihadists", "a jihadist group")


@pytest.mark.parametrize("name,text,region", [
    ("Varn province", "near Tessaret in Varn province", True),
    ("Varn", "near Tessaret in Kordavia's Varn province", True),
    ("Meren", "in the district of Meren", True),
    ("Alto Piray de Department", "IN ALTO PIRAY DEPARTMENT, POLICE SAID", True),  # joining words aside
    ("Dask province", "outside a police post in Dask village", False),  # the article's own region word
    ("Kessling headquarters of the department store chain Bramwell & Hart",
     "at the Kessling headquarters of the department store chain Bramwell & Hart", False),
    ("Tessaret", "near the town of Tessaret", False),
])
def test_an_admin_area_is_a_region_the_article_calls_one(name, text, region):
    assert names_a_region(name, text) is region


def test_a_region_is_not_a_country_and_a_place_is_a_name_not_the_country():
    article = ("Gunmen attacked a bus in the town of Lenka in Selm province, Kordavia, on Sunday, "
               "killing two people.")
    assert any("is a region, not a country" in p
               for p in problems(article, place="Lenka", country="Selm province", location_sentences=[1]))
    assert any("describes a spot" in p
               for p in problems(article, place="city bus", country="Kordavia", location_sentences=[1]))
    assert any("is the country, not a place in it" in p
               for p in problems(article, place="Kordavia", country="Kordavia", location_sentences=[1]))
    assert problems(article, place="Lenka", admin_area="Selm province", country="Kordavia",
                    location_sentences=[1]) == []


def test_the_admin_area_is_the_largest_region_of_the_chain():
    texts = ["Armed men abducted six workers near Teshi village, Lomar district, Kadra province, Velmora."]
    assert largest_region("Lomar district", texts) == "Kadra province"
    assert largest_region("Kadra province", texts) == "Kadra province"
    assert largest_region("Sarn province", ["in Velmora's eastern Sarn province"]) == "Sarn province"
    # the chain goes on with "in", the country's possessive and a point of the compass
    assert largest_region("Vell district", ["near Perrin in Vell district, in Veskaria's western Krassa region."]) \
        == "Krassa region"
    assert largest_region("Vell district", ["near Perrin in Vell district, in the north, on Monday."]) \
        == "Vell district"
    assert split_place(EventFields(place="Teshi village", admin_area="Lomar district")) == (
        "Teshi village", "Lomar district", None)  # the chain is the article's, read in derive


@pytest.mark.parametrize("event_type,text,said", [
    ("bombing/explosion", "A fire in a storage warehouse detonated 900 tonnes of ammonium nitrate.", "an accident"),
    ("bombing/explosion", "A gas leak caused the explosion at the plant, officials said.", "an accident"),
    ("bombing/explosion", "A car bomb exploded outside the station, killing four.", None),
    ("bombing/explosion", "A bomb planted near a gas storage tank exploded.", None),  # a sign of both: no call
    ("industrial accident", "Armed men kidnapped two engineers working on the dam.", "a deliberate act"),
    ("industrial accident", "A tunnel collapsed at the mine, trapping 12 miners.", None),
    ("transport accident", "Gunmen ambushed the bus on the highway.", "a deliberate act"),
    # An attack on armed forces that turns into a fight is a battle; on police it stays an attack.
    ("armed attack", "Rebels attacked army positions near Dubno. 22 rebels and four soldiers were killed in the "
                     "clashes.", "a fight with armed forces (a battle/clash)"),
    ("armed attack", "TROOPS REPELLED AN ATTACK BY TERRORISTS ON THE MILITARY BASE.",
     "a fight with armed forces (a battle/clash)"),
    ("armed attack", "Gunmen attacked a police checkpoint; they fled after a gun battle.", None),
])
def test_an_accident_is_not_an_attack_nor_an_attack_an_accident(event_type, text, said):
    assert kind_contradicted(event_type, [text]) == said


def test_a_wrong_kind_is_flagged_but_leaves_the_incident_established():
    article = "A fire in a storage warehouse detonated the stored fertiliser at 17:42, killing 31 workers."
    draft = Draft.model_validate({"incidents": [{
        "summary": "An explosion.", "summary_sentences": [1], "event_type": "bombing/explosion",
        "event_type_sentences": [1], "casualties": [
            {"category": "killed", "count": 31, "qualifier": "exact", "sentences": [1]}]}]})
    found = Verifier(segment(article), article)(draft)
    assert [(p.field, p.incident_in_doubt) for p in found] == [("event_type", False)]


@pytest.mark.parametrize("name,thing", [
    ("computer systems", True), ("patient data", True), ("computers", True), ("livestock", True),
    ("the utility's billing systems", True),
    ("Arden General Hospital", False), ("Selmar Water and Power", False), ("villagers", False),
    ("police checkpoint", False),
])
def test_a_thing_hit_is_not_a_target(name, thing):
    assert names_a_thing_hit(name) is thing


@pytest.mark.parametrize("name,place", [
    ("town", True), ("the town", True), ("river crossing", True), ("gold mining site", True),
    ("villagers", False), ("army positions", False), ("town hall", False), ("police checkpoint", False),
])
def test_a_bare_place_is_not_a_target(name, place):
    from summarizer.verify.party_names import names_a_place

    assert names_a_place(name) is place


def test_the_ground_a_battle_was_fought_over_is_not_a_target():
    article = "Rebels fought the army for the town of Sedrin on Monday, and the troops held it."
    flagged = problems(article, event_type="battle/clash", place="Sedrin", location_sentences=[1],
                       targets=[{"name": "Sedrin", "sentences": [1]}])
    assert any("is where it happened" in p for p in flagged)


def test_a_target_that_is_a_thing_is_flagged():
    # No owner named beside the thing (repair 4 would otherwise name the target after it).
    article = "A ransomware attack shut down the computer systems on Friday at Arden General Hospital."
    flagged = problems(article, event_type="cyberattack",
                       targets=[{"name": "computer systems", "sentences": [1]}])
    assert any("is a thing that was hit" in p for p in flagged)
    assert problems(article, event_type="cyberattack",
                    targets=[{"name": "Arden General Hospital", "sentences": [1]}]) == []


@pytest.mark.parametrize("sentence,count,is_tally", [
    ("SINCE JANUARY, THE ARMED FORCES HAVE KILLED 211 TERRORISTS IN LOS LLANOS ALONE.", 211, True),
    ("A TOTAL OF 14 TERRORISTS WERE KILLED IN THE TWO ACTIONS.", 14, True),
    ("So far this year 40 people have died in attacks on the road.", 40, True),
    ("Gunmen killed 12 people on Monday, the deadliest attack since 2019.", 12, False),
    ("It was the worst loss since March, when an ambush killed nine officers.", 9, False),
    ("Floods since Thursday have killed 30 people in the valley.", 30, False),  # the flood's own span
    ("A total of 17 people were killed in the bombing.", 17, False),
    ("AT LEAST 12 PEOPLE HAVE BEEN KILLED IN THE VIOLENCE SINCE THURSDAY.", 12, True),  # a wave of events
    ("The hospital treated 112 wounded soldiers and civilians over the two days.", 112, True),
])
def test_a_tally_is_no_incidents_figure(sentence, count, is_tally):
    assert tally(count, [sentence]) is is_tally


def test_without_a_dateline_the_report_year_is_the_first_full_dates():
    from summarizer.read.segment import segment
    from summarizer.verify.date_events import dates_no_act_at
    from summarizer.verify.dates import find_dateline, report_date, report_year

    def year(article: str) -> int | None:
        texts = [s.text for s in segment(article)]
        return report_year(report_date(find_dateline(article), texts, dates_no_act_at))

    entry = ("The 2019 Tarsk station bombing was an attack on 5 May 2019 in Tarsk. "
             "On 14 September 2016 a bomb on a city bus killed 14 people.")
    assert year(entry) == 2019
    dated = "OSTRIN, Belvania, 6 April 2026 (Meridian Press) - In 2019 a bomb killed 4 people."
    assert year(dated) == 2026
    assert any("tell of an event before 2019" in p for p in problems(
        entry + "\n\nBombing\n\nThe bus was destroyed.", event_type="bombing/explosion",
        event_type_sentences=[2, 3]))  # the heading "Bombing" dates nothing


def test_a_claim_of_responsibility_retells_the_event():
    article = "On 6 May the Northern Crescent Brigade claimed responsibility for the bombing in a statement."
    assert any("retell an event" in p for p in problems(article, event_type="bombing/explosion"))


def test_an_accident_typed_as_a_bombing_has_no_parties():
    article = "A fire in a storage warehouse detonated 900 tonnes of ammonium nitrate, killing 31 workers."
    found = problems(article, event_type="bombing/explosion", targets=[{"name": "workers", "sentences": [1]}])
    assert any("an accident has no targets" in p for p in found)


@pytest.mark.parametrize("name,weapon", [
    ("two explosive devices", True), ("improvised explosive device", True), ("an incendiary device", True),
    ("Northern Crescent Brigade", False), ("explosives experts", False),
])
def test_a_device_is_a_weapon_not_a_party(name, weapon):
    from summarizer.verify.party_names import is_weapon

    assert is_weapon(name) is weapon


def test_a_party_given_both_roles_is_in_neither():
    article = "Rebels of the Tarn Front attacked an army post near Esk on Monday, and soldiers fired back."
    found = problems(article, perpetrators=[{"name": "Tarn Front", "sentences": [1]}],
                     targets=[{"name": "Tarn Front", "sentences": [1]}])
    assert any(p.startswith("incident 1, perpetrators[0]") and "both as a perpetrator and as a target" in p
               for p in found)
    assert any(p.startswith("incident 1, targets[0]") for p in found)
    assert problems(article, perpetrators=[{"name": "Tarn Front", "sentences": [1]}],
                    targets=[{"name": "army post", "sentences": [1]}]) == []


def test_a_communiques_sign_off_is_no_evidence_of_place_or_date():
    article = ("ON 11 NOVEMBER, A TERRORIST GROUP FIRED ON A PATROL NEAR THE VILLAGE OF EL TAMBO. "
               "[SIGNED] ARMED FORCES GENERAL COMMAND, SAN ISIDRO DEL MONTE, 11 NOVEMBER 1989.")
    found = problems(article, place="San Isidro del Monte", location_sentences=[1, 2])
    assert any('"San Isidro del Monte" does not appear' in p for p in found)
    assert problems(article, place="El Tambo", location_sentences=[1, 2]) == []


@pytest.mark.parametrize("sentence,said", [
    ("The interior ministry said on Sunday that police would arrive in Hollin within days.", True),
    ("Officials told reporters Sunday that the road was closed.", True),
    ("Gunmen attacked the post on Sunday, the ministry said on Monday.", False),
    ("The ministry said the attack happened on Sunday.", False),
])
def test_a_day_something_was_said_is_not_the_events(sentence, said):
    from summarizer.verify.date_events import only_when_said

    assert only_when_said("on Sunday", [sentence]) is said


def test_the_day_of_a_statement_is_flagged_as_the_events_date():
    article = ("VASSA, Marekh, November 24, 2026 (Meridian Press) - Gunmen attacked a police post in Rusk, "
               "the ministry said on Sunday.")
    found = problems(article, date_text="on Sunday", date_sentences=[1])
    assert any("is when something was said" in p for p in found)


@pytest.mark.parametrize("place,organisation", [
    ("Saint Orla Health", True), ("Lumara Port Authority", True), ("Kordavian People's Front", True),
    ("Korva Central Prison", False), ("Tarsk Central Station", False), ("Lumara", False),
])
def test_an_organisation_is_not_a_place(place, organisation):
    from summarizer.verify.names import names_an_organisation

    assert names_an_organisation(place) is organisation


@pytest.mark.parametrize("sentence,name,target", [
    ("IN THE ENSUING CLASH FIVE TERRORISTS WERE KILLED, AND THE TROOPS SEIZED RIFLES.", "troops", False),
    ("Gunmen attacked the post; the guards fled.", "guards", False),
    ("Gunmen attacked the post and wounded two guards.", "guards", True),
    ("A bomb exploded at a crowded vegetable market in Tarsk, killing nine.", "vegetable market", True),
    # A name in a place phrase after the act's object is where, not whom.
    ("Rebels attacked army positions near the town of Dubno.", "Dubno", False),
    ("Rebels attacked army positions near the town of Dubno.", "army positions", True),
    ("The militia clashed with the Defence Force over control of a gold mine.", "gold mine", False),
    ("A car bomb exploded last night outside the municipal building.", "municipal building", True),
    ("A bomber blew himself up at the gates of a police academy.", "police academy", True),
])
def test_a_target_is_the_acts_object_in_the_same_clause(sentence, name, target):
    from summarizer.verify.roles import plays_role

    assert plays_role(name, "targets", [sentence]) is target


@pytest.mark.parametrize("thing,sentence,owner", [
    ("computer systems", "A ransomware attack knocked out the computer systems of Saint Orla Health, which runs "
                         "14 hospitals.", "Saint Orla Health"),
    ("billing computers", "A wiper erased data on 2,400 computers at Selmar Water and Power, the utility.",
     "Selmar Water and Power"),
    ("servers", "Hackers encrypted Arden General Hospital's main servers on Friday.", "Arden General Hospital"),
    ("customer records", "Hackers stole 4.2 million customer records, the company said.", None),
    ("COMPUTER SYSTEMS", "HACKERS SHUT DOWN THE COMPUTER SYSTEMS OF THE PORT ON MONDAY.", None),  # capitals: no names
])
def test_the_owner_of_a_thing_hit_is_named_by_its_sentence(thing, sentence, owner):
    from summarizer.verify.repair import owner_named

    assert owner_named(thing, [sentence]) == owner


def test_a_thing_hit_is_repaired_to_its_owner_and_then_verified():
    article = "A ransomware attack shut down the computer systems of Arden General Hospital on Friday."
    draft = Draft.model_validate({"incidents": [{
        "summary": "It happened.", "summary_sentences": [1], "event_type": "cyberattack", "event_type_sentences": [1],
        "casualties": [], "targets": [{"name": "computer systems", "sentences": [1]}]}]})
    assert Verifier(segment(article), article)(draft) == []
    assert [t.name for t in draft.incidents[0].targets] == ["Arden General Hospital"]


def test_a_route_between_two_places_is_no_place():
    article = ("An explosion blamed on saboteurs ripped through the Lumara-Port Neve oil pipeline near the village of Amsel "
               "late on Thursday, the company said.")
    assert any("is a route between two places" in p
               for p in problems(article, place="Lumara-Port Neve oil pipeline", location_sentences=[1]))
    assert problems(article, place="Amsel", location_sentences=[1], event_type="bombing/explosion") == []


def test_a_background_incident_is_left_out_of_the_record():
    from summarizer.records.build import build_incidents

    article = ("OSTRIN, Belvania, 6 April 2026 (Meridian Press) - Gunmen attacked a police post in Ostrin on "
               "Sunday, killing two officers. In 2019 a bomb on a bus in Ostrin killed four people.")
    draft = Draft.model_validate({"incidents": [
        {"summary": "Gunmen attacked a police post.", "summary_sentences": [1], "event_type": "armed attack",
         "event_type_sentences": [1], "casualties": []},
        {"summary": "A bomb on a bus killed four.", "summary_sentences": [2], "event_type": "bombing/explosion",
         "event_type_sentences": [2], "casualties": []}]})
    sentences = segment(article)
    found = Verifier(sentences, article)(draft)
    assert any(p.background and p.incident == 1 for p in found)
    assert [i.event_type.value for i in build_incidents(draft, sentences, found)] == ["armed attack"]


def test_a_figure_of_a_sentence_that_names_no_harm_is_flagged():
    article = "Heavy rain of 4 to 6 inches in less than three hours caused flash flooding along Cutter Creek in Ormsby."
    found = problems(article, event_type="natural disaster",
                     casualties=[{"category": "missing", "count": 4, "qualifier": "exact", "sentences": [1]}])
    assert any("say nothing of anyone killed, injured" in p for p in found)
