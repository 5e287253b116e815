"""An explosion no sentence of its incident says anyone set off is no bombing
(2026-12-04, late): a tank that blew up in a factory fire is an industrial
accident. Articles are ours."""

from summarizer.core.schema import EventFields, EventRef
from summarizer.read.segment import segment
from summarizer.records.derive import Article, incident_from
from summarizer.verify.event_types import kind_contradicted

FIRE = ("Three killed in fire at Dellor varnish works\n\n"
        "DELLOR, Ostrenia, March 2, 2026 (Kestrel Wire) - A fire that broke out in the drum store of the Halm "
        "Varnish works in Dellor early on Sunday killed three workers and injured five, the company said. "
        "A tank of toluene exploded about twenty minutes later, blowing the roof off the store. "
        "Firefighters from three towns fought the blaze until noon.")

PIPELINE = ("An explosion ripped through a section of the Orm gas line late on Thursday, the operator said. "
            "Police said charges had been strapped to the pipe.")


def test_an_explosion_nobody_set_off_is_no_bombing():
    cited = ["A tank of toluene exploded about twenty minutes later, blowing the roof off the store."]
    said = kind_contradicted("bombing/explosion", cited, cited + ["A fire that broke out in the drum store killed three."])
    assert said and "set off" in said
    # without the incident's sentences the rule stays silent (callers that judge one sentence)
    assert kind_contradicted("bombing/explosion", cited) is None


def test_a_sign_anywhere_in_the_incident_keeps_the_bombing():
    first, second = PIPELINE.split(". ", 1)
    assert kind_contradicted("bombing/explosion", [first + "."], [first + ".", second]) is None
    for sign in ("A roadside bomb went off.", "The blast was caused by an explosive device.",
                 "Artillery shelled the village.", "A military aircraft struck the market.",
                 "Saboteurs blew up the tower."):
        assert kind_contradicted("bombing/explosion", ["An explosion shook the town."], [sign]) is None, sign


def test_the_record_types_the_factory_explosion_an_industrial_accident():
    incident = incident_from(EventRef(type="bombing/explosion", sentences=[2, 3]), EventFields(),
                             Article(segment(FIRE), FIRE))
    assert incident.event_type == "industrial accident"
