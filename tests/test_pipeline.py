"""The whole pipeline against the fake model server: re-asks, unverified fields,
transport retries, usage accounting and the cache."""

import json

import pytest
from support.drafts import good, with_missing_sentence, with_wrong_count
from support.fake_openai import Reply
from support.staged import last_message, reask_requests, stage_of

from summarizer.core.errors import ProviderError, VerificationError
from summarizer.pipeline import Pipeline


def run(settings, article, **kw):
    with Pipeline(settings) as pipeline:
        return pipeline.summarize(article, **kw)


def test_a_good_answer_becomes_a_verified_record_with_program_attached_citations(
        fake_model, fake_settings, article):
    fake_model.add(good())
    record = run(fake_settings, article, source="a.txt")
    assert record.verified and record.unverified_fields == 0
    assert [i.event_type.value for i in record.incidents] == ["armed attack", "bombing/explosion"]
    first = record.incidents[0]
    cite = first.casualties[1].citations[0]
    assert cite.sentence == 2 and article[cite.start:cite.end] == cite.text
    assert cite.text.startswith("A local official")
    assert str(first.date.iso) == "2026-03-08"
    # Two short questions: the incidents, then each incident's details.
    assert [stage_of(r) for r in fake_model.requests] == ["events", "fields", "fields"]
    assert record.provenance.usage.requests == 3 and record.provenance.usage.reasks == 0
    assert record.article.source == "a.txt" and record.article.sentences == 6


def test_the_model_sees_numbered_sentences_and_the_api_key_is_sent(fake_model, fake_settings, article):
    fake_model.add(good())
    run(fake_settings, article)
    request = fake_model.requests[0]
    assert request["response_format"] == {"type": "json_object"}  # instructor Mode.JSON
    user = request["messages"][-1]["content"]
    assert "[6] On Monday, a roadside bomb exploded" in user
    assert request["_headers"]["authorization"].startswith("Bearer sk-test")


def test_verification_failure_is_re_asked_with_the_reason_then_accepted(fake_model, fake_settings, article):
    fake_model.add(Reply(content=with_wrong_count(), prompt_tokens=1000, completion_tokens=300),
                   Reply(content=good(), prompt_tokens=1400, completion_tokens=310))
    record = run(fake_settings, article)
    assert record.verified
    # Only the question that failed is asked again, with the reason.
    (reask,) = reask_requests(fake_model.requests)
    assert stage_of(reask) == "fields"
    assert "the count 40 (killed) is not stated in the cited sentences [1]" in last_message(reask)
    usage = record.provenance.usage  # every answer counted: events, fields, re-ask, fields
    assert (usage.prompt_tokens, usage.completion_tokens) == (1000 + 100 + 1400 + 100, 300 + 50 + 310 + 50)
    assert usage.requests == 4 and usage.reasks == 1


def test_field_still_failing_after_reasks_is_kept_and_marked_unverified(fake_model, fake_settings, article):
    fake_model.add(with_wrong_count(), with_wrong_count(), with_wrong_count())
    record = run(fake_settings, article)
    assert not record.verified and record.unverified_fields == 1
    casualty = record.incidents[0].casualties[0]
    assert casualty.count == 40 and not casualty.verified
    assert "not stated in the cited sentences" in casualty.problems[0]
    # Everything else is still there and verified.
    assert record.incidents[0].casualties[1].verified and len(record.incidents) == 2
    assert record.provenance.usage.requests == 5  # events, fields and its 2 re-asks, fields


def test_a_sentence_number_that_does_not_exist_is_never_cited(fake_model, fake_settings, article):
    fake_model.add(with_missing_sentence())  # the model lists sentence 42 for the Oskel bombing
    record = run(fake_settings, article)
    summary = record.incidents[1].summary
    assert [c.sentence for c in summary.citations] == [6] and summary.verified
    assert all(c.sentence <= 6 for inc in record.incidents for f in (inc.summary, inc.event_type, *inc.casualties)
               for c in f.citations)


def test_schema_breaking_answers_are_re_asked(fake_model, fake_settings, article):
    fake_model.add("not json at all", '{"events": [{"type": "war"}]}', good())
    record = run(fake_settings, article)
    assert record.verified and record.provenance.usage.requests == 5  # 3 for the events, 2 for the fields


def test_no_answer_of_the_right_shape_is_an_error_that_keeps_the_last_output(
        fake_model, fake_settings, article):
    fake_model.add("nope", '{"events": 5}', '{"events": [{"type": "war", "sentences": [1]}]}')
    with pytest.raises(VerificationError) as info:
        run(fake_settings, article)
    assert "no answer of the right shape in 3 tries" in str(info.value)
    assert info.value.last_output == '{"events": [{"type": "war", "sentences": [1]}]}'


def test_no_incident_gives_an_empty_list(fake_model, fake_settings):
    fake_model.add('{"incidents": []}')
    record = run(fake_settings, "The council approved a budget on Tuesday.")
    assert record.incidents == [] and record.verified


def test_transport_failures_are_retried_without_a_reask(fake_model, fake_settings, article):
    fake_model.add(Reply(status=500), Reply(status=503), Reply(status=429, headers={"Retry-After": "0"}),
                   good())
    record = run(fake_settings, article)
    assert record.verified
    assert record.provenance.usage.requests == 3 and record.provenance.usage.reasks == 0
    assert len(fake_model.requests) == 6  # 3 refused, then events, fields, fields


def test_transport_failures_give_up_with_a_provider_error(fake_model, fake_settings, article):
    fake_model.add(*[Reply(status=500)] * 4)
    with pytest.raises(ProviderError, match=r"HTTP 500 after 4 tries"):
        run(fake_settings, article)


def test_client_errors_are_not_retried(fake_model, fake_settings, article):
    fake_model.add(Reply(status=401))
    with pytest.raises(ProviderError, match="rejected the API key"):
        run(fake_settings, article)
    assert len(fake_model.requests) == 1


def test_second_run_is_a_cache_hit_and_says_so(fake_model, fake_settings, article):
    fake_model.add(good(), good())
    first = run(fake_settings, article)
    second = run(fake_settings, article)
    assert not first.provenance.cached and second.provenance.cached
    assert second.incidents == first.incidents and len(fake_model.requests) == 3
    third = run(fake_settings, article, use_cache=False)
    assert len(fake_model.requests) == 6 and not third.provenance.cached


def test_record_json_never_contains_the_api_key(fake_model, fake_settings, article):
    fake_model.add(good())
    record = run(fake_settings, article)
    assert fake_settings.api_key not in record.model_dump_json()
    assert json.loads(record.model_dump_json())["provenance"]["endpoint"] == fake_model.base_url


def test_after_reasks_the_answer_with_fewest_problems_is_kept(fake_model, fake_settings, article):
    import copy
    import json as _json

    from support.drafts import GOOD
    worse = copy.deepcopy(GOOD)
    worse["incidents"][0]["casualties"][0]["count"] = 40
    worse["incidents"][0]["casualties"][1]["count"] = 41
    fake_model.add(with_wrong_count(), _json.dumps(worse), _json.dumps(worse))
    record = run(fake_settings, article)
    assert record.unverified_fields == 1  # the first answer: one problem, not two
    assert record.incidents[0].casualties[1].count == 19


# -- records are rebuilt from the model's answers (summarizer/records/answers.py) -------------


def test_the_record_keeps_the_answer_it_was_built_from(fake_model, fake_settings, article):
    fake_model.add(good())
    record = run(fake_settings, article)
    (kept,) = record.answers  # one per article: every answer of both questions
    kept = json.loads(kept)
    assert kept["stages"] == 2 and len(kept["events"]) == 1 and len(kept["fields"]) == 2
    assert json.loads(kept["fields"][0])["casualties"][0]["count"] == 14
    assert "answers" not in record.model_dump()  # kept beside the output, not in it


def test_a_server_failing_during_a_reask_keeps_the_answer_already_given(fake_model, fake_settings, article):
    """The first answer had a problem; the server then died during the re-ask.
    The answer is kept, its problem flagged, rather than the article lost."""
    fake_model.add(Reply(content="Here you are:\n```json\n" + with_wrong_count() + "\n```"),
                   *[Reply(status=500)] * 4)
    record = run(fake_settings, article)
    assert not record.verified and record.unverified_fields == 1
    assert record.incidents[0].casualties[0].count == 40
    fields = json.loads(json.loads(record.answers[0])["fields"][0])
    assert fields["casualties"][0]["count"] == 40
    assert record.provenance.usage.requests == 3  # events, fields, fields (the failed re-ask gave no answer)


def test_after_reasks_the_kept_answer_is_the_one_the_record_shows(fake_model, fake_settings, article):
    import copy

    from support.drafts import GOOD
    worse = copy.deepcopy(GOOD)  # two problems: the first answer (one problem) is kept
    worse["incidents"][0]["casualties"][0]["count"] = 40
    worse["incidents"][0]["casualties"][1]["count"] = 41
    fake_model.add(with_wrong_count(), json.dumps(worse), json.dumps(worse))
    record = run(fake_settings, article)
    assert record.unverified_fields == 1
    fields = json.loads(json.loads(record.answers[0])["fields"][0])
    assert [c["count"] for c in fields["casualties"]] == [40, 19, 6]


def test_a_cache_hit_is_verified_again_by_todays_rules(fake_model, fake_settings, article, monkeypatch):
    """A rule added after the answer was cached applies to the cached answer,
    with no new request to the model."""
    from summarizer import cache as cache_module
    from summarizer.verify.rules import Problem, Verifier

    fake_model.add(good())
    first = run(fake_settings, article)
    assert first.verified
    # A rule added is a change of the verifier's files, so of builder_version.
    monkeypatch.setattr(cache_module, "builder_version", lambda: "the-code-with-the-new-rule")

    original = Verifier.check_incident

    def stricter(self, i, incident):
        found = original(self, i, incident)
        if incident.place == "Oskel":
            found.append(Problem(i, "location", "a new rule rejects Oskel"))
        return found

    monkeypatch.setattr(Verifier, "check_incident", stricter)
    second = run(fake_settings, article, source="again.txt")
    assert len(fake_model.requests) == 3 and second.provenance.cached
    assert not second.verified and second.unverified_fields == 1
    assert second.incidents[1].location.problems == ["a new rule rejects Oskel"]
    assert second.incidents[0] == first.incidents[0] and second.article.source == "again.txt"
    assert second.provenance.usage == first.provenance.usage  # what the answer cost, once

    monkeypatch.setattr(Verifier, "check_incident", original)
    monkeypatch.setattr(cache_module, "builder_version", lambda: "the-code-without-it")
    assert run(fake_settings, article).incidents == first.incidents


def test_a_hit_by_todays_code_is_served_as_stored_and_is_what_a_rebuild_gives(fake_model, fake_settings, article,
                                                                                monkeypatch):
    """The same answers through the same code give the same record: a hit whose
    record today's code built is served as stored, without the verifier, and is
    byte for byte the record rebuilt from its answers."""
    from summarizer.records import answers as answers_module

    fake_model.add(good())
    first = run(fake_settings, article)
    rebuilds = []
    original = answers_module.record_from_answers
    monkeypatch.setattr(answers_module, "record_from_answers",
                        lambda *a, **k: rebuilds.append(1) or original(*a, **k))
    served = run(fake_settings, article, source="b.txt")
    assert served.provenance.cached and not rebuilds and served.answers == first.answers
    rebuilt = original(article, first.answers, first.provenance.model_copy(update={"cached": True}), "b.txt")
    assert served.model_dump_json() == rebuilt.model_dump_json()


def test_an_entry_built_by_other_code_is_rebuilt_once_and_stored_again(fake_model, fake_settings, article,
                                                                       monkeypatch):
    """A record the stored entry shows as verified, built by other code, is not
    trusted: it is rebuilt from its answers (its wrong flag goes), stored again
    with today's builder_version, and the next hit is served as stored."""
    from summarizer import cache as cache_module
    from summarizer.records import answers as answers_module

    fake_model.add(with_wrong_count(), with_wrong_count(), with_wrong_count())
    first = run(fake_settings, article)
    assert not first.verified and first.unverified_fields == 1
    asked = len(fake_model.requests)
    with Pipeline(fake_settings) as pipeline:
        key = pipeline.prepare(article).key
        entry = json.loads(pipeline.cache._cache.get(key))
        entry["record"]["verified"], entry["record"]["unverified_fields"] = True, 0
        entry["built_by"] = "an-older-verifier"
        pipeline.cache._cache.set(key, json.dumps(entry))
    rebuilds = []
    original = answers_module.record_from_answers
    monkeypatch.setattr(answers_module, "record_from_answers",
                        lambda *a, **k: rebuilds.append(1) or original(*a, **k))
    again = run(fake_settings, article)
    assert rebuilds == [1] and again.provenance.cached and not again.verified and again.unverified_fields == 1
    with Pipeline(fake_settings) as pipeline:
        assert json.loads(pipeline.cache._cache.get(key))["built_by"] == cache_module.builder_version()
    assert run(fake_settings, article).model_dump_json() == again.model_dump_json() and rebuilds == [1]
    assert len(fake_model.requests) == asked  # never asked again


def test_builder_version_changes_with_any_file_the_records_are_built_by(tmp_path, monkeypatch):
    from summarizer import cache as cache_module

    root = tmp_path / "summarizer"
    for package in cache_module.BUILDER_PACKAGES:
        (root / package / "__pycache__").mkdir(parents=True)
        (root / package / "rules.py").write_text("RULE = 1\n")
    monkeypatch.setattr(cache_module, "__file__", str(root / "cache.py"))

    def version():
        cache_module.builder_version.cache_clear()
        return cache_module.builder_version()

    try:
        before = version()
        (root / "verify" / "__pycache__" / "rules.cpython-311.pyc").write_bytes(b"bytecode")
        (root / "cli.py").write_text("not a builder")
        assert version() == before  # bytecode and other packages are not the builder
        (root / "verify" / "rules.py").write_text("RULE = 2\n")
        assert version() != before
    finally:
        cache_module.builder_version.cache_clear()


def test_a_cache_entry_without_answers_is_served_as_stored(fake_model, fake_settings, article):
    fake_model.add(good())
    with Pipeline(fake_settings) as pipeline:
        first = pipeline.summarize(article)
        key = pipeline.prepare(article).key
        # As entries were written before answers were kept.
        pipeline.cache._cache.set(key, json.dumps({"key": key, "record": first.model_dump(mode="json")}))
        second = pipeline.summarize(article, source="b.txt")
    assert second.provenance.cached and second.answers == [] and second.incidents == first.incidents
    assert second.article.source == "b.txt" and len(fake_model.requests) == 3
