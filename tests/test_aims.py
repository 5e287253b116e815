"""What an attack or a bombing was aimed at, read from the sentence that tells the
act when the model named only the people harmed there (records.aims, rule 12):
articles of our own, each with the target it must give and one it must leave alone."""

from summarizer.core.schema import EventFields, EventRef
from summarizer.read.segment import segment
from summarizer.records.aims import aim_of_the_act
from summarizer.records.derive import Article, incident_from


def aim(text: str):
    found = aim_of_the_act([(1, text)])
    return found[0] if found else None


def test_the_building_vehicle_or_post_the_act_was_aimed_at():
    assert aim("A roadside bomb ripped through a minibus carrying farm workers near Ostel on Monday.") == "minibus"
    assert aim("Gunmen ambushed an army patrol outside Derrow, killing four soldiers.") == "army patrol"
    assert aim("A car bomb exploded at the main gate of the infantry barracks in Velk.") == "infantry barracks"
    assert aim("A bomb hidden in a gas cylinder exploded at about 23:50 in the crowded night market of Telso.") == (
        "crowded night market of Telso")
    assert aim("A police pickup truck taking prisoners back from court was struck by a roadside bomb.") == (
        "police pickup truck")
    assert aim("The bomb went off outside the Palace of Justice as lawyers queued.") == "Palace of Justice"


def test_no_aim_where_the_sentence_names_none_or_too_little():
    assert aim("An army truck struck a mine on the road to Pelk.") is None  # what it struck, no aim
    assert aim("Gunmen opened fire on traders and killed six.") is None  # people: the model's target stands
    assert aim("Rebels later shelled the plant.") is None  # which plant? a page names many
    # never across "and": the first of two aims only
    assert aim("Gunmen attacked the checkpoint and the police station in Orvel.") is None


ARTICLE = ("Car bomb kills three police officers at Ostel checkpoint\n\n"
           "SARNE, Dovaria, May 4, 2026 (Kestrel Wire) - A car bomb exploded at a police checkpoint on the edge of "
           "the town of Ostel on Monday, killing three police officers and a passer-by, police said. "
           "Eleven other people were wounded.")


def record_targets(targets: list[str], kind: str = "bombing/explosion") -> list[str]:
    article = Article(segment(ARTICLE), ARTICLE)
    fields = EventFields(date="Monday", place="Ostel", targets=targets)
    return [t.name for t in incident_from(EventRef(type=kind, sentences=[2, 3]), fields, article).targets]


def test_the_record_names_the_aim_and_leaves_out_the_people_harmed_at_it():
    assert record_targets(["police officers"]) == ["police checkpoint"]
    assert record_targets([]) == ["police checkpoint"]


def test_a_target_the_model_gave_that_is_no_people_stands():
    assert record_targets(["checkpoint on the edge of Ostel"]) == ["checkpoint on the edge of Ostel"]
