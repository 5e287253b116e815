"""Verifier rules of 2026-12-06/07 (eighteenth session): from wrong verified values of the
sixty-seventh twelve (attacks on health care and aid work) and from the sixty-eighth (prison
breaks and attacks on prisons); each with a value it must refuse or accept and its twin the
other way. Articles are ours."""

from summarizer.verify.event_types import kind_contradicted


def test_harm_to_one_who_resisted_a_taking_leaves_it_an_abduction():
    taking = ("On 14 May 2026, around 12 armed men stopped a convoy of the medical charity Mercy Roads Surgical at a "
              "makeshift roadblock near Dressel village and abducted 2 of its staff.")
    for harmed in ("1 MRS guard who resisted was shot and injured; the other 5 staff were left at the roadblock.",
                   "The crew's foreman was shot dead when he tried to run."):
        assert kind_contradicted("armed attack", [taking, harmed]) == \
            "people taken, no one harmed but one who resisted (an abduction)"
        assert kind_contradicted("abduction", [taking, harmed]) is None
    # other harm beside the taking: either type may be right, neither is refused
    raid = "They shot the men who tried to run and tied the others together; eight villagers were shot dead."
    assert kind_contradicted("armed attack", [taking, raid]) is None
