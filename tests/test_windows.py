"""summarizer/extract/windows.py: the token budget, the window plan and the merge rules."""

from __future__ import annotations

import random

import pytest

from summarizer.core.errors import ConfigError, InputError
from summarizer.core.schema import Draft, DraftIncident
from summarizer.core.settings import Settings
from summarizer.extract.windows import (
    LEAD_SHARE,
    OVERLAP_SHARE,
    article_budget,
    estimate_tokens,
    fixed_prompt_tokens,
    plan_windows,
    sentence_tokens,
)
from summarizer.read.segment import Sentence, segment
from summarizer.records.merge import merge_drafts, same_event


def test_the_budget_with_the_embedded_defaults():
    embedded = Settings()  # n_ctx 8192, max_tokens 2048, one re-ask
    fixed = fixed_prompt_tokens()
    assert 1000 <= fixed <= 1400  # ~3,300 characters at 3 a token: the larger of the two questions
    assert article_budget(embedded) == 8192 - fixed - 2048 - 1024
    endpoint = Settings(base_url="http://x/v1")  # two re-asks
    assert article_budget(endpoint) == article_budget(embedded) - 1024
    assert article_budget(Settings(n_ctx=32768)) > 25000


def test_a_context_too_small_for_the_prompt_is_a_config_error():
    with pytest.raises(ConfigError, match="n_ctx 4096 leaves no room for an article"):
        article_budget(Settings(n_ctx=4096))


def test_the_fixed_prompt_estimate_covers_the_real_request(fake_model, fake_settings):
    # What the fake server receives for a one-sentence article: everything but the
    # article is the fixed part, and the estimate must not be below chars/3.
    from summarizer.pipeline import Pipeline

    fake_model.add('{"incidents": []}')
    with Pipeline(fake_settings) as pipeline:
        pipeline.summarize("A.")
    chars = sum(len(m["content"]) for m in fake_model.requests[0]["messages"])
    assert fixed_prompt_tokens() >= (chars - len("[1] A.")) / 3


def test_token_estimates_are_conservative():
    assert estimate_tokens("a" * 300) == 100
    assert estimate_tokens("é" * 10) == 10 and estimate_tokens("塔" * 10) == 10
    assert sentence_tokens(Sentence(12, "Gunmen  killed\nfive.", 0, 20)) == estimate_tokens("[12] Gunmen killed five.\n")


def _sentences(lengths: list[int]) -> list[Sentence]:
    out, pos = [], 0
    for n, length in enumerate(lengths, 1):
        out.append(Sentence(n, "x" * length, pos, pos + length))
        pos += length + 1
    return out


def test_an_article_within_the_budget_is_one_window_of_every_sentence():
    sentences = segment("One. Two. Three.")
    (window,) = plan_windows(sentences, 1000)
    assert list(window.sentences) == sentences and (window.first, window.last) == (1, 3)


@pytest.mark.parametrize("seed", range(12))
def test_windows_cover_every_sentence_within_budget_and_overlap(seed):
    rng = random.Random(seed)
    budget = rng.choice([300, 800, 2000])
    sentences = _sentences([rng.randint(10, budget) for _ in range(rng.randint(5, 120))])
    costs = {s.n: sentence_tokens(s) for s in sentences}
    try:
        windows = plan_windows(sentences, budget)
    except InputError as exc:  # only when a sentence cannot fit beside the repeated first one
        assert "alone is ~" in str(exc) or "windows of" in str(exc)
        return
    seen = set()
    lead_repeated = costs[1] <= LEAD_SHARE * budget
    for k, w in enumerate(windows):
        shown = [s.n for s in w.sentences]
        assert sum(costs[n] for n in shown) <= budget
        body = list(range(w.first, w.last + 1))
        assert shown == (body if k == 0 or not lead_repeated else [1, *body])
        seen |= set(body)
        if k:
            prev = windows[k - 1]
            assert w.first > prev.first and w.last > prev.last  # progress
            overlap = range(w.first, prev.last + 1)
            assert sum(costs[n] for n in overlap) <= OVERLAP_SHARE * budget
    assert seen == {s.n for s in sentences}


def test_the_first_sentence_is_not_repeated_when_it_is_long():
    sentences = _sentences([900, *[100] * 40])
    windows = plan_windows(sentences, 1200)
    assert len(windows) >= 2 and all(w.sentences[0].n == w.first for w in windows)


def test_a_sentence_longer_than_the_budget_is_refused():
    with pytest.raises(InputError, match="sentence 3 alone is ~"):
        plan_windows(_sentences([100, 100, 5000, 100]), 1000)


def incident(event_type="armed attack", **over) -> DraftIncident:
    base = {"summary": "s", "summary_sentences": [1], "event_type": event_type}
    base.update(over)
    base.setdefault("event_type_sentences", base["summary_sentences"])
    return DraftIncident.model_validate(base)


@pytest.mark.parametrize("a,b,same", [
    pytest.param({"summary_sentences": [4]}, {"summary_sentences": [4, 9]}, True, id="shared-sentence"),
    pytest.param({"summary_sentences": [4], "place": "Tessaret"},
                 {"summary_sentences": [40], "place": "the town of Tessaret"}, True, id="same-place"),
    pytest.param({"summary_sentences": [4], "date_iso": "2026-03-08"},
                 {"summary_sentences": [40], "date_iso": "2026-03-08"}, True, id="same-date"),
    pytest.param({"summary_sentences": [4], "place": "Tessaret"},
                 {"summary_sentences": [4], "place": "Oskel"}, False, id="place-conflict"),
    pytest.param({"summary_sentences": [4], "date_iso": "2026-03-08"},
                 {"summary_sentences": [4], "date_iso": "2026-03-09"}, False, id="date-conflict"),
    pytest.param({"summary_sentences": [4]}, {"summary_sentences": [40]}, False, id="nothing-in-common"),
    pytest.param({"summary_sentences": [4], "country": "Kordavia"},
                 {"summary_sentences": [40], "country": "Kordavia"}, False, id="same-country-only"),
])
def test_same_event_rules(a, b, same):
    assert same_event(incident(**a), incident(**b)) is same


def test_different_event_types_are_never_merged():
    assert not same_event(incident("armed attack", place="Oskel"), incident("bombing/explosion", place="Oskel"))


def test_merge_unions_fields_and_keeps_citations_in_the_original_numbering():
    w1 = Draft(incidents=[incident(
        place="Tessaret", location_sentences=[1], date_text="on Sunday", date_sentences=[1],
        perpetrators=[{"name": "gunmen", "sentences": [1]}],
        casualties=[{"category": "killed", "count": 14, "qualifier": "at least", "reported_by": "the army",
                     "sentences": [1]}])])
    w2 = Draft(incidents=[incident(
        summary_sentences=[1, 41], event_type_sentences=[41], place="Tessaret", admin_area="Varn province",
        location_sentences=[41], perpetrators=[{"name": "the gunmen", "sentences": [42]}],
        targets=[{"name": "soldiers", "sentences": [41]}],
        casualties=[{"category": "killed", "count": 14, "qualifier": "at least", "reported_by": "army",
                     "sentences": [1]},
                    {"category": "killed", "count": 19, "qualifier": "exact", "reported_by": "a hospital official",
                     "sentences": [41]}])])
    (merged,) = merge_drafts([w1, w2]).incidents
    assert merged.summary_sentences == [1]  # the first window's summary stands
    assert merged.event_type_sentences == [1, 41]
    assert (merged.place, merged.admin_area, merged.location_sentences) == ("Tessaret", "Varn province", [1, 41])
    assert merged.date_text == "on Sunday"
    assert [(p.name, p.sentences) for p in merged.perpetrators] == [("gunmen", [1, 42])]
    assert [t.name for t in merged.targets] == ["soldiers"]
    assert [(c.count, c.sentences) for c in merged.casualties] == [(14, [1]), (19, [41])]


def test_incidents_of_one_window_are_never_merged_with_each_other():
    one_window = Draft(incidents=[incident(summary_sentences=[3]), incident(summary_sentences=[3, 4])])
    assert len(merge_drafts([one_window]).incidents) == 2
    # ...and a later window's duplicate joins only one of them.
    later = Draft(incidents=[incident(summary_sentences=[3])])
    assert len(merge_drafts([one_window, later]).incidents) == 2


def test_merging_never_caps_the_number_of_incidents():
    drafts = [Draft(incidents=[incident(summary_sentences=[k * 10 + i], place=f"Town{k}{i}") for i in range(8)])
              for k in range(3)]
    assert len(merge_drafts(drafts).incidents) == 24
