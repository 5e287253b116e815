"""Verifier rules of 2026-12-07 (nineteenth session): from wrong verified values of the
promoted run's dev cases and from the seventieth (attacks on journalists and the media) and
seventy-first (communal and land clashes) twelves; each with a value it must refuse or accept
and its twin the other way. Articles are ours."""

from verify_helpers import problems

from summarizer.verify.categories.words import categories_named


def test_things_lost_are_no_lives_lost():
    text = ("KELBRIDGE, Sarvethia, February 4, 2027 (Lakeside Wire) - The online banking service of Brightmoor Savings "
            "Bank was unreachable for most of Wednesday after a flood of junk traffic overwhelmed its servers. "
            "The bank, which has about 900,000 customers, said no accounts had been accessed and no money had been lost.")
    found = problems(text, event_type="cyberattack", event_type_sentences=[1],
                     casualties=[dict(category="killed", count=900000, qualifier="exact", sentences=[2])])
    assert [p.field for p in found] == ["casualties[0]"]
    for said in ("no money had been lost", "thousands lost power for six hours", "Three families lost their homes"):
        assert "killed" not in categories_named(said)
    # ... lives and people lost are the dead
    for said in ("The army said it had lost 8 men.", "Four fishermen lost their lives.", "The village lost 12 of its people."):
        assert "killed" in categories_named(said)
