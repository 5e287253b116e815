"""Verifier rules of 2026-12-06 (tenth session), from right gold values of the
forty-ninth twelve (who did what to whom; places and dates in real-world formats)
it refused and from the model's verified wrong values on it; each with a value it
must accept and one it must still refuse. Articles are ours."""

from support.incident_problems import incident_problems


def test_a_days_possessive_on_the_events_noun_dates_the_event():
    from summarizer.verify.date_events import only_after_the_fact, only_said_or_after
    ambush = "Police have arrested three men over last Tuesday's ambush of a bus carrying miners."
    assert not only_after_the_fact("last Tuesday", [ambush])
    assert not only_said_or_after("last Tuesday", [ambush])
    arrested = "Police arrested three men last Tuesday over the ambush of a bus carrying miners."
    assert only_after_the_fact("last Tuesday", [arrested])


def test_a_message_signed_by_the_attackers_names_them():
    article = ("Water authority hit\n\n"
               "The attackers, who left a message on the locked screens signed \"Sable Nine\", demanded 2 million "
               "euros in cryptocurrency, the authority said.")
    right = incident_problems(article, event_type="cyberattack", event_type_sentences=[2],
                              perpetrators=[{"name": "Sable Nine", "sentences": [2]}])
    assert not [p for p in right if "perpetrators" in p]
    named = ("Water authority hit\n\n"
             "The attackers demanded 2 million euros, said a statement of the authority signed by its chief, Maren "
             "Oakhurst, and by the Sable Nine consultancy.")
    assert incident_problems(named, event_type="cyberattack", event_type_sentences=[2],
                             perpetrators=[{"name": "Maren Oakhurst", "sentences": [2]}])


def test_the_first_of_two_subjects_of_a_passive_was_attacked():
    article = ("Bank raid\n\n"
               "CIUDAD MERCEDARIA, 9 OCT 86 (RADIO TAMBORADA) -- THE BRANCH OF THE BANCO GANADERO DEL SUR IN SANTA "
               "IFIGENIA, A TOWN IN TORRESCAL DEPARTMENT, AND THE TWO POLICEMEN GUARDING ITS DOOR WERE ATTACKED "
               "YESTERDAY MORNING BY A COMMANDO OF SOME 12 ARMED MEN.")
    right = incident_problems(article, event_type_sentences=[2],
                              targets=[{"name": "branch of the Banco Ganadero del Sur", "sentences": [2]}])
    assert not [p for p in right if "targets" in p]
    town = incident_problems(article, event_type_sentences=[2],
                             targets=[{"name": "Torrescal Department", "sentences": [2]}])
    assert any("targets" in p for p in town)
    said = ("Toll raised\n\n"
            "On Monday the health ministry raised the toll to 16 dead, among them six children, and said 42 people "
            "had been wounded.")
    assert any("targets" in p for p in incident_problems(said, event_type="bombing/explosion", event_type_sentences=[2],
                                                         targets=[{"name": "health ministry", "sentences": [2]}]))


# -- wrong values it had verified ------------------------------------------------------------


def test_where_a_statement_was_made_is_no_place():
    from summarizer.verify.place_roles import only_elsewhere
    told = ("Police chief Maren Hemmet told reporters in the provincial capital, Askeld, that seven miners had been "
            "killed and 12 wounded.")
    assert only_elsewhere("Askeld", [told])
    assert only_elsewhere("Varossa", ["The minister said at a news conference in Varossa that 12 had died."])
    assert not only_elsewhere("Askeld", ["Gunmen killed seven miners in Askeld on Tuesday."])


def test_suspects_detained_in_raids_date_no_event():
    from summarizer.verify.date_events import only_after_the_fact
    assert only_after_the_fact("on Saturday", ["She said the three suspects had been detained in raids on Saturday."])
    assert not only_after_the_fact("on Saturday", ["Gunmen raided the village on Saturday."])


def test_a_crowds_petrol_bombs_make_no_bombing():
    from summarizer.verify.event_types import kind_contradicted
    thrown = ("The gendarmerie said 11 of its officers had been hurt by stones and petrol bombs and that its men had "
              "fired only into the air.")
    assert "riot/protest" in kind_contradicted("bombing/explosion", [thrown])
    assert kind_contradicted("bombing/explosion", ["A bomb exploded among protesters throwing stones."]) is None


def test_mines_that_are_dug_are_no_bombing_cue():
    from summarizer.verify.cues import type_stated
    guards = ("The union accused the army's 3rd Mountain Brigade, which guards the province's mines, of staging "
              "the attack.")
    assert not type_stated("bombing/explosion", [guards])
    assert type_stated("industrial accident", [guards])
    assert not type_stated("bombing/explosion", ["The mine's owners had paid protection money."])
    assert type_stated("bombing/explosion", ["A minibus struck a mine near the town."])
    assert type_stated("bombing/explosion", ["An anti-tank mine hit the truck."])
