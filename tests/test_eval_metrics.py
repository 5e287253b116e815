"""Every eval metric on small hand-made predictions whose scores were worked out
by hand (the same examples as docs/eval.md)."""

import itertools
import random

import pytest

from summarizer.core.schema import DraftIncident
from summarizer.evaluation.metrics import (
    assignment,
    date_correct,
    from_draft,
    from_record,
    location_correct,
    match,
    metrics,
    same_name,
    score_case,
    total,
)


def gold(event_type="armed attack", *, iso=None, text=None, ds=(1,), place=None, admin=None, country=None,
         ls=(1,), perps=(), targets=(), cas=(), es=(1,)):
    """A gold incident (Draft shape); actors and casualties cite sentence 1."""
    return DraftIncident.model_validate({
        "summary": "s", "summary_sentences": [1], "event_type": event_type, "event_type_sentences": list(es),
        "date_text": text, "date_iso": iso, "date_sentences": list(ds) if (text or iso) else [],
        "place": place, "admin_area": admin, "country": country,
        "location_sentences": list(ls) if (place or admin or country) else [],
        "perpetrators": [{"name": n, "sentences": [1]} for n in perps],
        "targets": [{"name": n, "sentences": [1]} for n in targets],
        "casualties": [{"category": c, "count": n, "qualifier": q, "sentences": [1]} for c, n, q in cas],
    })


def _v(sentences=(1,), ok=True, **fields):
    return {**fields, "citations": [{"sentence": n} for n in sentences], "verified": ok}


def pred(event_type="armed attack", *, iso=None, text=None, ds=(1,), place=None, admin=None, country=None,
         ls=(1,), perps=(), targets=(), cas=(), es=(1,), bad=()):
    """A predicted incident as record JSON; `bad` names fields the verifier rejected."""
    return {
        "summary": _v(value="s", ok="summary" not in bad),
        "event_type": _v(es, value=event_type, ok="event_type" not in bad),
        "date": _v(ds, text=text or iso, iso=iso, ok="date" not in bad) if (text or iso) else None,
        "location": _v(ls, place=place, admin_area=admin, country=country, ok="location" not in bad)
        if (place or admin or country) else None,
        "perpetrators": [_v(name=n) for n in perps],
        "targets": [_v(name=n) for n in targets],
        "casualties": [_v(category=c, count=n, qualifier=q, ok=f"casualties[{j}]" not in bad)
                       for j, (c, n, q) in enumerate(cas)],
    }


def record(*incidents, prompt_tokens=0, completion_tokens=0, seconds=0.0, reasks=0):
    return {"incidents": list(incidents), "provenance": {
        "seconds": seconds, "usage": {"prompt_tokens": prompt_tokens, "completion_tokens": completion_tokens,
                                      "reasks": reasks}}}


def scores(gold_incidents, rec):
    return metrics(score_case(gold_incidents, rec))


# -- the assignment ---------------------------------------------------------------


def brute_force(weights):
    rows, cols = len(weights), len(weights[0])
    best = 0.0
    if rows <= cols:
        for perm in itertools.permutations(range(cols), rows):
            best = max(best, sum(max(weights[r][c], 0) for r, c in enumerate(perm)))
    else:
        for perm in itertools.permutations(range(rows), cols):
            best = max(best, sum(max(weights[r][c], 0) for c, r in enumerate(perm)))
    return best


def test_assignment_is_optimal_where_greedy_is_not():
    # Greedy takes the 3 (row 0 -> col 0) and is left with 0; the optimum is 2 + 2.
    weights = [[3, 2], [2, 0]]
    assert assignment(weights) == [(0, 1), (1, 0)]


@pytest.mark.parametrize("seed", range(30))
def test_assignment_matches_brute_force_on_random_rectangles(seed):
    rng = random.Random(seed)
    rows, cols = rng.randint(1, 5), rng.randint(1, 5)
    weights = [[rng.choice([0, 0, 1, 2, 2.5, 3]) for _ in range(cols)] for _ in range(rows)]
    pairs = assignment(weights)
    assert len({r for r, _ in pairs}) == len(pairs) == len({c for _, c in pairs})
    assert sum(weights[r][c] for r, c in pairs) == pytest.approx(brute_force(weights))
    assert all(weights[r][c] > 0 for r, c in pairs)


def test_assignment_of_nothing():
    assert assignment([]) == [] and assignment([[]]) == []


# -- incidents --------------------------------------------------------------------


def test_incident_matching_precision_recall_f1():
    golds = [gold(iso="2026-02-03", place="Lesko"), gold(iso="2026-02-04", place="Bravik")]
    preds = [
        pred(iso="2026-02-04", place="Bravik"),  # gold 2, all three agree
        pred("battle/clash", iso="2026-02-03", place="the town of Lesko"),  # gold 1: place and date agree
        pred("bombing/explosion", place="Oskel"),  # agrees with nothing: unmatched
    ]
    assert match([from_record(p) for p in preds], [from_draft(g) for g in golds]) == [(0, 1), (1, 0)]
    m = scores(golds, record(*preds))
    assert m["incident.precision"] == pytest.approx(2 / 3)
    assert m["incident.recall"] == 1.0
    assert m["incident.f1"] == pytest.approx(0.8)  # 2*2 / (3 + 2)
    assert m["event_type.accuracy"] == 0.5  # the battle/clash is wrong


def test_one_agreement_of_three_is_not_a_match():
    m = scores([gold(iso="2026-02-03", place="Lesko")], record(pred(iso="2026-01-01", place="Bravik")))
    assert m["incident.recall"] == 0.0 and m["incident.precision"] == 0.0
    assert m["incident.f1"] == 0.0 and m["event_type.accuracy"] is None


def test_tie_between_two_identical_gold_incidents_is_broken_by_shared_citations():
    # Two blasts in one city on one day: type, place and date agree everywhere.
    golds = [gold("bombing/explosion", iso="2026-09-30", place="Tarsk", es=(2,)),
             gold("bombing/explosion", iso="2026-09-30", place="Tarsk", es=(3,))]
    preds = [pred("bombing/explosion", iso="2026-09-30", place="Tarsk", es=(3,)),
             pred("bombing/explosion", iso="2026-09-30", place="Tarsk", es=(2,))]
    assert match([from_record(p) for p in preds], [from_draft(g) for g in golds]) == [(0, 1), (1, 0)]


def test_no_incidents_either_side_is_undefined_not_perfect():
    m = scores([], record())
    assert m["incident.f1"] is None and m["incident.precision"] is None
    # ...and an invented incident on a zero-incident article costs precision.
    m = scores([], record(pred()))
    assert m["incident.precision"] == 0.0 and m["incident.f1"] == 0.0 and m["incident.recall"] is None


def test_an_article_the_run_failed_on_misses_every_gold_incident():
    m = scores([gold(), gold("abduction")], None)
    assert m["incident.recall"] == 0.0 and m["errors"] == 1 and m["cost.seconds"] is None


# -- fields -----------------------------------------------------------------------


def test_date_is_exact_on_the_resolved_date_else_on_the_stated_text():
    g = from_draft(gold(iso="2026-01-10", text="on Saturday"))
    assert date_correct(from_record(pred(iso="2026-01-10", text="Saturday")), g)
    assert not date_correct(from_record(pred(text="on Saturday")), g)  # gold resolves it, pred does not
    assert not date_correct(from_record(pred(iso="2026-01-09", text="on Saturday")), g)
    unresolved = from_draft(gold(text="on Friday"))
    assert date_correct(from_record(pred(text="Friday")), unresolved)
    assert not date_correct(from_record(pred(text="late on Friday")), unresolved)


def test_date_accuracy_counts_pairs_where_either_side_has_a_date():
    golds = [gold(iso="2026-01-10", text="on Saturday", place="A"), gold(place="B"), gold(place="C")]
    preds = [pred(iso="2026-01-10", text="Saturday", place="A"),  # right
             pred(text="on Monday", place="B"),  # a date where gold has none: wrong
             pred(place="C")]  # neither has a date: not counted
    m = scores(golds, record(*preds))
    assert m["date.accuracy"] == 0.5


def test_location_compares_normalised_place_admin_and_country():
    g = from_draft(gold(place="São Teodoro do Vale", admin="Alto Ñandú province", country="Corvessa"))
    assert location_correct(from_record(pred(place="Sao Teodoro do Vale", admin="Alto Nandu", country="Corvessa")), g)
    assert not location_correct(from_record(pred(place="Sao Teodoro do Vale", country="Corvessa")), g)  # admin missing
    assert same_name("the town of Tessaret", "Tessaret") and same_name("gunman", "Gunmen")
    assert not same_name("Valley Brigade", "Sons of the Valley") and not same_name("Tessaret", None)
    m = scores([gold(place="Kettu", admin="Sarn province", country="Velmora"), gold("abduction", place="Morrow")],
               record(pred(place="Kettu", admin="Sarn", country="Velmora"), pred("abduction", place="Morrow",
                                                                                 country="Ustrana")))
    assert m["location.accuracy"] == 0.5  # the second adds a country the gold does not give
    # Per part, over the pairs where either side gives that part: which part is wrong.
    assert m["location.place.accuracy"] == 1.0  # Kettu, Morrow
    assert m["location.admin_area.accuracy"] == 1.0  # Sarn (only the first gives one)
    assert m["location.country.accuracy"] == 0.5  # Velmora right; Ustrana where gold has none


def test_perpetrators_and_targets_are_set_f1_on_normalised_names():
    golds = [gold(perps=["Gunmen", "Sons of the Valley"], targets=["passenger bus"])]
    preds = [pred(perps=["gunman", "Valley Brigade"], targets=["the passenger bus", "passengers"])]
    m = scores(golds, record(*preds))
    assert (m["perpetrators.precision"], m["perpetrators.recall"], m["perpetrators.f1"]) == (0.5, 0.5, 0.5)
    assert m["targets.precision"] == 0.5 and m["targets.recall"] == 1.0
    assert m["targets.f1"] == pytest.approx(2 / 3)  # 2*1 / (2 + 1)


def test_one_name_matches_at_most_one_name():
    m = scores([gold(perps=["gunmen"])], record(pred(perps=["gunmen", "Gunmen"])))
    assert m["perpetrators.precision"] == 0.5 and m["perpetrators.recall"] == 1.0


def test_casualties_exact_and_within_tolerance_per_category():
    golds = [gold(cas=[("killed", 12, "at least"), ("killed", 17, "exact"), ("injured", 9, "exact")])]
    preds = [pred(cas=[("killed", 12, "exact"),  # qualifier differs: not exact, but within tolerance
                       ("killed", 18, "exact"),  # off by one: within max(1, 10% of 17)
                       ("injured", 9, "exact"),  # exact
                       ("missing", 3, "exact")])]  # no gold figure at all
    m = scores(golds, record(*preds))
    assert m["casualties.exact.f1"] == pytest.approx(2 / 7)  # 2*1 / (4 + 3)
    assert m["casualties.tolerant.f1"] == pytest.approx(6 / 7)  # 2*3 / (4 + 3)
    assert m["casualties.exact.precision"] == 0.25 and m["casualties.exact.recall"] == pytest.approx(1 / 3)
    assert m["casualties.killed.exact.f1"] == 0.0 and m["casualties.killed.tolerant.f1"] == 1.0
    assert m["casualties.injured.exact.f1"] == 1.0 and m["casualties.missing.exact.f1"] == 0.0
    assert m["casualties.captured/abducted.exact.f1"] is None


def test_tolerance_is_ten_percent_or_one():
    def tolerant(g, p):
        return scores([gold(cas=[("killed", g, "exact")])],
                      record(pred(cas=[("killed", p, "exact")])))["casualties.tolerant.f1"]
    assert tolerant(100, 110) == 1.0 and tolerant(100, 111) == 0.0
    assert tolerant(3, 4) == 1.0 and tolerant(3, 5) == 0.0


# -- citations, verification, hallucinations, cost ----------------------------------


def test_citation_precision_and_recall_against_gold_evidence():
    golds = [gold(place="Alvora", ls=(1, 4), es=(1,))]
    preds = [pred(place="Alvora", ls=(4,), es=(1, 2))]
    m = scores(golds, record(*preds))
    # event_type: cited {1,2} vs gold {1}; location: cited {4} vs gold {1,4}.
    assert m["citations.precision"] == pytest.approx(2 / 3)  # (1 + 1) / (2 + 1)
    assert m["citations.recall"] == pytest.approx(2 / 3)  # (1 + 1) / (1 + 2)
    assert m["citations.event_type.precision"] == 0.5 and m["citations.location.recall"] == 0.5
    assert m["citations.summary.precision"] == 1.0  # reported, not in the headline


def test_unverified_share_is_over_every_predicted_value():
    # summary, event_type, location, one casualty = 4 values, 1 rejected.
    rec = record(pred(place="Kettu", cas=[("killed", 40, "exact")], bad=["casualties[0]"]))
    assert scores([gold(place="Kettu")], rec)["unverified.share"] == 0.25


def test_hallucinated_fields_are_values_where_gold_has_none():
    golds = [gold(iso="2026-01-10", text="on Saturday", place="Kettu", cas=[("killed", 12, "at least")])]
    preds = [pred(iso="2026-01-10", text="on Saturday", place="Kettu", country="Velmora", perps=["gunmen"],
                  cas=[("killed", 12, "at least"), ("injured", 4, "exact")])]
    m = scores(golds, record(*preds))
    # Gold leaves 7 of the 10 slots empty (admin_area, country, perpetrators, targets,
    # injured, captured/abducted, missing); the prediction fills 3 of them.
    assert m["hallucinated.count"] == 3 and m["hallucinated.rate"] == pytest.approx(3 / 7)


def test_cost_is_per_article_answered():
    golds = [gold()]
    counts = total([score_case(golds, record(pred(), prompt_tokens=100, completion_tokens=50, seconds=2.0)),
                    score_case(golds, record(pred(), prompt_tokens=300, completion_tokens=150, seconds=4.0,
                                             reasks=1)),
                    score_case(golds, None)])
    m = metrics(counts)
    assert (m["cost.prompt_tokens"], m["cost.completion_tokens"], m["cost.seconds"]) == (200, 100, 3.0)
    assert m["cost.reasks"] == 0.5 and m["articles"] == 3 and m["errors"] == 1
    assert m["incident.recall"] == pytest.approx(2 / 3)  # pooled over the three articles


@pytest.mark.parametrize("a,b,same", [
    ("hackers", "attackers", True),        # the headline's word and the body's, for one group
    ("night raiders", "armed men", True),
    ("unidentified gunmen", "assailants", True),
    ("gunmen", "Nandu Cartel", False),     # a named group is not any attackers
    ("attackers", "police", False),
    ("villagers", "armed men", False),
])
def test_two_descriptions_of_unnamed_attackers_are_one_party(a, b, same):
    from summarizer.evaluation.same_names import same_party
    assert same_party(a, b) is same


@pytest.mark.parametrize("a,b,same", [
    ("protesters", "crowd", True),             # the same people by another common noun
    ("protesters", "people protesting", True),
    ("quarry protesters", "crowd of protesters", True),
    ("passengers queuing for the 21:30 bus", "travellers", True),
    ("schoolgirls", "pupils", True),
    ("military patrol", "army patrol", True),
    ("protesters", "police", False),           # ... not other people
    ("passengers", "pupils", False),
    ("military patrol", "army checkpoint", False),
    ("Military Council", "Army Council", False),  # a name is never rewritten
    ("HULL OF THE COASTAL FREIGHTER DONA ERMELINDA", "COASTAL FREIGHTER DONA ERMELINDA", True),  # a part of it
    ("towers of the Haldenmoor-Trevask line", "Haldenmoor-Trevask transmission line", True),
    ("gate of the army base", "army base", True),
    ("gate of the army base", "police station", False),
    ("roof of the school", "bus depot", False),
])
def test_the_same_people_or_thing_by_another_common_noun_or_a_part_are_one_party(a, b, same):
    from summarizer.evaluation.same_names import same_party
    assert same_party(a, b) is same


_MAYOR = ("Gunmen shot dead the mayor of Sao Teo, Joaquin Ibanez, as he left the town hall.")
_PROVIDER = ("Operators lost control when the provider that links them to their control rooms, "
             "Skyreach Connect, was hit by a cyberattack.")


@pytest.mark.parametrize("a,b,text,same", [
    ("mayor of Sao Teo", "Joaquin Ibanez", _MAYOR, True),        # a description and his name, side by side
    ("Joaquin Ibanez", "mayor of Sao Teo", _MAYOR, True),
    ("mayor", "Joaquin Ibanez", _MAYOR, True),                   # the role, named by what it is of
    ("mayor", "Radmila Petrosk", "Gunmen fired on the car of Radmila Petrosk, the mayor of Kelvarra, as it left.", True),
    ("mayor", "Lia Dorn", "The mayor of Sao Teo and Lia Dorn, a nurse, were hurt.", False),
    ("Dremmin bus station", "central bus station", "", True),    # the incident's own town
    ("Dremmin police station", "central bus station", "", False),
    ("wedding hall", "Rosary Gardens hall", "", True),            # one thing described and named
    ("army checkpoint", "the Kestrel Bridge checkpoint", "", True),
    ("Los Alamos Thermal Electric Plant", "Los Alamos thermoelectric plant", "", True),
    ("bus station", "police station", "", False),                 # two descriptions: two things
    ("Rosary Gardens hall", "Tarn Street hall", "", False),       # two names: two things
    ("control rooms", "Skyreach Connect", _PROVIDER, False),     # the name is the provider's, not the rooms'
    ("police station", "bank", "They attacked the police station, the bank and the school.", False),  # a list
    ("Joaquin Ibanez", "Lia Dorn", "The mayor, Joaquin Ibanez, Lia Dorn and others were hurt.", False),
])
def test_the_article_shows_two_names_are_one_party(a, b, text, same):
    from summarizer.evaluation.metrics import Inc
    from summarizer.evaluation.same_names import same_party_in
    predicted = Inc(event_type="armed attack", place="Dremmin", targets=[a], party_text={a: text})
    assert same_party_in(a, b, predicted, Inc(event_type="armed attack", place="Dremmin")) is same
