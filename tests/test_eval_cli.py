"""`summarizer eval` end to end on a three-article gold set, through the fake
model server: tables, the run record, the cache, the baseline comparison."""

import copy
import json
import re

import pytest
from conftest import MINI
from support.staged import articles_asked, events_answer

from summarizer.cli import main
from summarizer.core.schema import schema_version
from summarizer.evaluation.gold import load_gold
from summarizer.extract.prompt import prompt_version


@pytest.fixture
def model(gold_model):
    """The fake server answers each article with its gold, or with `model.answers[id]`."""
    return gold_model


def run_eval(evals, capsys, *args):
    code = main(["eval", "--evals-dir", str(evals), "-q", *args])
    out, err = capsys.readouterr()
    return code, out, err


def row(out, label):
    return next(line for line in out.splitlines() if line.startswith(label)).split()


def test_eval_prints_scores_per_split_and_writes_a_run_record(evals, model, capsys):
    code, out, err = run_eval(evals, capsys)
    assert code == 0, err
    assert f"eval: 3 article(s), model fake-model, prompt {prompt_version()}, schema {schema_version()}" in out
    assert re.search(r"metric\s+dev\s+heldout\s+all", out)
    assert row(out, "incidents: F1")[-3:] == ["1.000", "1.000", "1.000"]
    assert row(out, "casualties exact: F1")[-3:] == ["1.000", "1.000", "1.000"]
    # The fake server's usage, 100 prompt tokens a question: one for the incidents, one per incident.
    assert row(out, "prompt tokens / article")[-3:] == ["250", "200", "233"]
    assert articles_asked(model.requests) == 3
    runs = list((evals / "runs").glob("*.json"))
    assert [p.name[11:] for p in runs] == [f"{prompt_version()}-{schema_version()}.json"]
    record = json.loads(runs[0].read_text())
    assert record["model"] == "fake-model" and record["splits"] == ["dev", "heldout"]
    assert record["prompt_version"] == prompt_version() and record["schema_version"] == schema_version()
    assert record["created"][:10] == runs[0].name[:10]
    assert set(record["cases"]) == set(MINI)
    ferry = record["cases"]["ferry-capsize"]
    assert ferry["split"] == "heldout" and ferry["record"]["incidents"][0]["casualties"][0]["count"] == 34
    assert record["metrics"]["heldout"]["incident.f1"] == 1.0 and record["metrics"]["all"]["articles"] == 3


def test_a_rerun_is_served_from_the_cache(evals, model, capsys):
    assert run_eval(evals, capsys)[0] == 0
    code, out, _ = run_eval(evals, capsys)
    assert code == 0 and articles_asked(model.requests) == 3  # no new request
    first, second = sorted((evals / "runs").glob("*.json"), key=lambda p: len(p.name))  # x.json, x-2.json
    assert not any(c["record"]["provenance"]["cached"] for c in json.loads(first.read_text())["cases"].values())
    record = json.loads(second.read_text())  # a new record: the first run is kept, not overwritten
    assert all(c["record"]["provenance"]["cached"] for c in record["cases"].values())
    assert row(out, "incidents: F1")[-1] == "1.000"


def test_the_run_keeps_the_answers_and_a_new_clone_needs_no_model(evals, model, capsys, tmp_path, monkeypatch):
    """With the committed run of this prompt and model, `summarizer eval` on an
    empty cache rebuilds every case from the kept answers: no request."""
    assert run_eval(evals, capsys)[0] == 0
    first = json.loads(next((evals / "runs").glob("*.json")).read_text())
    for cid, case in first["cases"].items():  # every answer of both questions, kept
        kept = json.loads(case["answers"][0])
        assert kept["stages"] == 2 and kept["events"] == [events_answer(json.loads(model.answers[cid]))]
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(tmp_path / "empty-cache"))
    code, out, err = run_eval(evals, capsys, "--no-baseline")
    assert code == 0, err
    assert articles_asked(model.requests) == 3  # no new request
    assert row(out, "incidents: F1")[-1] == "1.000"
    code, out, err = run_eval(evals, capsys, "--no-baseline", "--model", "another-model")
    assert code == 0 and articles_asked(model.requests) == 6  # another model's answers are not reused


def test_kept_answers_of_an_older_grouping_are_asked_again(evals, model, capsys, tmp_path, monkeypatch):
    """The fields answers of incidents today's refinement no longer makes are not
    today's answers: `eval` asks the model again for that case alone, and the gate
    calls a run holding such answers stale."""
    assert run_eval(evals, capsys)[0] == 0
    path = next((evals / "runs").glob("*.json"))
    run = json.loads(path.read_text())
    kept = json.loads(run["cases"]["bus-crash-and-plane"]["answers"][0])
    merged = kept["merged"]["events"]
    # As if an older refinement had lumped the two incidents into one.
    kept["merged"]["events"] = [{"type": merged[0]["type"],
                                 "sentences": sorted({n for e in merged for n in e["sentences"]})}]
    kept["fields"] = kept["fields"][:1]
    run["cases"]["bus-crash-and-plane"]["answers"] = [json.dumps(kept)]
    path.write_text(json.dumps(run))
    code, _, err = main(["eval", "gate", "--evals-dir", str(evals)]), *capsys.readouterr()
    assert code == 8 and "refinement of the incidents groups otherwise (bus-crash-and-plane)" in err
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(tmp_path / "empty-cache"))
    code = main(["eval", "--evals-dir", str(evals), "--no-baseline"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "bus-crash-and-plane: today's refinement groups its incidents otherwise" in err + out
    assert articles_asked(model.requests) == 4  # that case alone, asked again
    newest = max((evals / "runs").glob("*.json"), key=lambda p: len(p.name))
    again = json.loads(json.loads(newest.read_text())["cases"]["bus-crash-and-plane"]["answers"][0])
    assert again["merged"]["events"] == merged


def test_against_the_baseline_a_worse_prompt_exits_8_and_shows_what_moved(evals, model, capsys):
    assert run_eval(evals, capsys)[0] == 0
    run = next((evals / "runs").glob("*.json"))
    assert main(["eval", "promote", str(run), "--evals-dir", str(evals)]) == 0
    capsys.readouterr()
    # Same prompt, a model that now misses the plane crash.
    answer = json.loads(model.answers["bus-crash-and-plane"])
    answer["incidents"] = answer["incidents"][:1]
    model.answers["bus-crash-and-plane"] = json.dumps(answer)
    code, out, err = run_eval(evals, capsys, "--no-cache")
    assert code == 8
    assert "incident.f1 (dev) 1.000 -> 0.800" in err
    assert "bus-crash-and-plane (dev): trust.recall 1.000->0.455, incident.f1 1.000->0.667" in out
    assert row(out, "incidents: F1")[3:6] == ["0.800", "-0.200", "!"]
    # The baseline's run record was not overwritten by the same-day re-run.
    assert {p.name for p in (evals / "runs").glob("*.json")} == {run.name, run.name[:-5] + "-2.json"}
    assert json.loads(run.read_text())["metrics"]["dev"]["incident.f1"] == 1.0


def test_an_equal_run_against_an_explicit_baseline_passes(evals, model, capsys):
    assert run_eval(evals, capsys, "--output", str(evals / "first.json"))[0] == 0
    code, out, err = run_eval(evals, capsys, "--baseline", str(evals / "first.json"))
    assert code == 0, err
    assert "no change against the baseline" in out


def test_one_split(evals, model, capsys):
    code, out, _ = run_eval(evals, capsys, "--split", "heldout")
    assert code == 0 and articles_asked(model.requests) == 1
    assert re.search(r"metric\s+heldout\n", out)
    assert [p.name[11:] for p in (evals / "runs").glob("*.json")] == [
        f"{prompt_version()}-{schema_version()}-heldout.json"]


def test_a_case_the_model_fails_on_is_kept_as_an_error_and_scored_as_missed(evals, model, capsys):
    model.answers["ferry-capsize"] = "I cannot help with that."
    code, out, err = run_eval(evals, capsys)
    assert code == 0, err
    assert row(out, "articles without a record")[-3:] == ["0", "1", "1"]
    assert row(out, "incidents: recall")[-3:] == ["1.000", "0.000", "0.750"]
    record = json.loads(next((evals / "runs").glob("*.json")).read_text())
    assert record["cases"]["ferry-capsize"]["record"] is None
    assert "no answer of the right shape" in record["cases"]["ferry-capsize"]["error"]


def test_copied_answers_for_the_wrong_article_would_fail_verification(evals, model, capsys):
    # A sanity check of the harness itself: answers are routed per article.
    answers = copy.deepcopy(model.answers)
    model.answers["ferry-capsize"] = answers["attack-border-village"]
    code, out, _ = run_eval(evals, capsys)
    assert code == 0
    # Heldout = the ferry. Its event type the program reads from the ferry's own lead
    # (the copied "armed attack" is stated nowhere there), and both happened "on
    # Saturday"; the attack's village is nowhere in the ferry's sentences.
    assert row(out, "location: accuracy")[-2] == "0.000"


def test_html_review_pages_mark_the_misses(evals, model, capsys):
    answer = json.loads(model.answers["ferry-capsize"])
    answer["incidents"][0]["casualties"][0]["count"] = 43  # not stated: also unverified
    answer["incidents"][0]["place"] = "Tora island"  # wrong place, but type and date still match
    model.answers["ferry-capsize"] = json.dumps(answer)
    code, _, err = run_eval(evals, capsys, "--html", str(evals / "pages"))
    assert code == 0, err
    index = (evals / "pages" / "index.html").read_text()
    assert "cases/ferry-capsize.html" in index and "ferry-capsize (heldout, 2 misses)" in index
    page = (evals / "pages" / "cases" / "ferry-capsize.html").read_text()
    assert "1.location" in page and "1.killed" in page
    assert "0 misses" in (evals / "pages" / "cases" / "attack-border-village.html").read_text()


def test_case_misses_names_unfound_and_invented_incidents(evals):
    from summarizer.evaluation.pages import case_misses
    from summarizer.evaluation.runner import record_from_draft

    case = next(c for c in load_gold(evals / "gold") if c.id == "bus-crash-and-plane")
    bus, plane = [i.model_dump() for i in case.incidents]
    invented = {**bus, "event_type": "cyberattack", "date_text": None, "date_iso": None, "date_sentences": [],
                "place": "Lemmelo", "admin_area": None, "country": None, "location_sentences": [2]}
    record = record_from_draft(case.text, [bus, invented]).model_dump(mode="json")
    pairs, misses = case_misses(case, record)
    assert pairs == [(0, 0)]
    assert misses == ["2", "predicted incident 2 is not in the gold"]


def test_unwritable_outputs_are_one_line_errors_and_leave_no_half_file(evals, model, capsys):
    (evals / "blocked").write_text("a file where the review folder should go")
    code, _, err = run_eval(evals, capsys, "--no-baseline", "--html", str(evals / "blocked" / "pages"))
    assert code == 3 and err.count("\n") == 1, err
    assert "cannot write the review pages" in err and "internal error" not in err
    # The run record was written before the pages, whole.
    runs = list((evals / "runs").glob("*.json"))
    assert len(runs) == 1 and json.loads(runs[0].read_text())["cases"]
    assert not list((evals / "runs").glob("*.tmp"))

    code, _, err = run_eval(evals, capsys, "--no-baseline", "-o", str(evals / "blocked" / "run.json"))
    assert code == 3 and "cannot write the run record" in err, err
