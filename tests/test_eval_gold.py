"""The gold set: it loads, every citation exists, the project's verifier accepts
it, it covers the kinds of article the tool must handle, and a malformed gold file is a clear error
naming the file and the field."""

import json
import runpy
import shutil
import sys
from collections import Counter

import pytest
from conftest import ROOT

from summarizer.core.errors import InputError
from summarizer.core.schema import EVENT_TYPES
from summarizer.evaluation.gold import gold_problems, load_gold
from summarizer.evaluation.metrics import metrics, score_case, total
from summarizer.evaluation.runner import record_from_draft

GOLD_DIR = ROOT / "evals" / "gold"
CASES = load_gold(GOLD_DIR)


def test_the_gold_set_is_large_enough_with_a_held_out_third():
    assert len(CASES) >= 30
    splits = Counter(c.split for c in CASES)
    assert set(splits) == {"dev", "heldout"}
    assert 0.25 <= splits["heldout"] / len(CASES) <= 0.4


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_gold_passes_the_projects_verifier(case):
    assert gold_problems(case) == []


def test_the_gold_covers_the_kinds_of_article_the_tool_must_handle():
    incidents = [i for c in CASES for i in c.incidents]
    assert {i.event_type for i in incidents} >= set(EVENT_TYPES) - {"other"}
    per_article = Counter(min(len(c.incidents), 2) for c in CASES)
    assert per_article[0] >= 2 and per_article[1] >= 10 and per_article[2] >= 4  # zero, one, several
    assert max(len(c.text) for c in CASES) >= 4000  # one long article
    assert any(cas.qualifier == "at least" for i in incidents for cas in i.casualties)
    # casualty figures that differ by source: two figures for one category in one incident
    assert sum(1 for i in incidents
               if max(Counter(c.category for c in i.casualties).values(), default=0) >= 2) >= 5
    # relative dates without a dateline stay unresolved
    assert any(i.date_text and not i.date_iso for i in incidents)
    assert any(i.date_text == "yesterday" for i in incidents)
    names = [a.name for i in incidents for a in (*i.perpetrators, *i.targets)] + [i.place or "" for i in incidents]
    assert sum(1 for n in names if not n.isascii()) >= 3  # non-English names


def test_gold_scored_against_itself_is_perfect():
    counts = total(score_case(c.incidents, record_from_draft(c.text, c.incidents).model_dump(mode="json"))
                   for c in CASES)
    m = metrics(counts)
    for name in ("incident.f1", "event_type.accuracy", "date.accuracy", "location.accuracy",
                 "perpetrators.f1", "targets.f1", "casualties.exact.f1", "citations.precision",
                 "citations.recall"):
        assert m[name] == 1.0, name
    assert m["unverified.share"] == 0.0 and m["hallucinated.rate"] == 0.0


def test_split_filter():
    assert {c.split for c in load_gold(GOLD_DIR, "heldout")} == {"heldout"}
    with pytest.raises(InputError, match="unknown split 'test'"):
        load_gold(GOLD_DIR, "test")


# -- malformed gold ---------------------------------------------------------------------


@pytest.fixture
def one_case(tmp_path):
    """evals/gold/ holding one copy of a real case; returns (the folder, its gold dict)."""
    folder = tmp_path / "evals" / "gold"
    folder.mkdir(parents=True)
    shutil.copy(GOLD_DIR / "attack-border-village.txt", folder)
    data = json.loads((GOLD_DIR / "attack-border-village.gold.json").read_text(encoding="utf-8"))
    return folder, data


def _write(folder, data):
    path = folder / "attack-border-village.gold.json"
    path.write_text(json.dumps(data) if not isinstance(data, str) else data, encoding="utf-8")
    return path


@pytest.mark.parametrize("breakage,needle", [
    (lambda d: d["incidents"][0].update(event_type="massacre"),
     "incidents[0].event_type: Input should be 'armed attack'"),
    (lambda d: d["incidents"][0]["casualties"][1].update(count=-3),
     "incidents[0].casualties[1].count: Input should be greater than or equal to 0"),
    (lambda d: d["incidents"][0].pop("event_type_sentences"),
     "incidents[0].event_type_sentences: Field required"),
    (lambda d: d["incidents"][0].update(date_isoo="2026-01-10"),
     "incidents[0].date_isoo: unknown field"),
    (lambda d: d["incidents"][0]["targets"][0].update(names="x"),
     "incidents[0].targets[0].names: unknown field"),
    (lambda d: d.update(split="test"),
     "split: Input should be 'dev' or 'heldout'"),
    (lambda d: d.pop("split"), "split: Field required"),
    (lambda d: d["incidents"][0]["casualties"][0].update(sentences=[1, 9]),
     "incidents[0].casualties[0].sentences: cites sentence(s) [9] but the article has sentences 1-7"),
    (lambda d: d["incidents"][0].update(date_iso="2026-13-10"),
     "incidents[0].date_iso: '2026-13-10' is not a YYYY-MM-DD date"),
])
def test_a_malformed_gold_file_names_the_file_and_field(one_case, breakage, needle):
    folder, data = one_case
    breakage(data)
    path = _write(folder, data)
    with pytest.raises(InputError) as err:
        load_gold(folder)
    assert str(err.value).startswith(f"{path}: ")
    assert needle in str(err.value)
    assert "\n" not in str(err.value)


def test_invalid_json_says_where(one_case):
    folder, _ = one_case
    path = _write(folder, '{"split": "dev", "incidents": [}')
    with pytest.raises(InputError, match=r"attack-border-village.gold.json: not valid JSON \(line 1, column 32"):
        load_gold(folder)
    assert path.exists()


def test_an_article_without_gold_and_an_empty_folder_are_errors(one_case, tmp_path):
    folder, _ = one_case
    with pytest.raises(InputError, match="article\\(s\\) without a .gold.json: attack-border-village.txt"):
        load_gold(folder)
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(InputError, match="holds no gold files"):
        load_gold(empty)


def test_the_cli_reports_a_malformed_gold_file_in_one_line_with_exit_4(one_case, capsys):
    from summarizer.cli import main

    folder, data = one_case
    data["incidents"][0]["event_type"] = "massacre"
    _write(folder, data)
    assert main(["eval", "--evals-dir", str(folder.parent), "--no-cache", "-q"]) == 4
    err = capsys.readouterr().err.strip()
    assert err.startswith("summarizer: error: ") and "attack-border-village.gold.json: incidents[0].event_type" in err
    assert len(err.splitlines()) == 1


def test_the_sentences_script_reports_a_missing_article_in_one_line(capsys, tmp_path):
    argv = sys.argv
    sys.argv = ["sentences.py", str(tmp_path / "no-such-article.txt")]
    try:
        with pytest.raises(SystemExit) as stop:
            runpy.run_path(str(ROOT / "evals" / "sentences.py"), run_name="__main__")
    finally:
        sys.argv = argv
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert err.strip().splitlines() == [f"error: no such file: {tmp_path / 'no-such-article.txt'}"]
