"""Verifier rules of 2026-12-06 (sixteenth session), from right gold values of the
sixty-fourth twelve (hostage-takings, sieges and standoffs) that the verifier refused;
each with a value it must accept and one it must still refuse. Articles are ours."""

from datetime import date

from verify_helpers import problems as _problems


def test_one_of_them_who_had_been_shot_dead_is_a_death_of_its_own():
    from summarizer.verify.tallies import one_of_them_described
    said = "She said 41 passengers had been taken, and that one of them, an off-duty soldier, had been shot dead."
    assert not one_of_them_described(1, [said])
    assert one_of_them_described(1, ["Two engineers were taken, one of them, a citizen of Vessia, aged 40."])


def test_a_group_that_said_they_had_set_it_off_claims_the_bomb():
    from summarizer.verify.roles import plays_role
    said = ("A bomb exploded outside the police headquarters in Sarkov, killing one officer; the Red Heath Cells "
            "said they had set it off \"to show that we are everywhere\".")
    assert plays_role("Red Heath Cells", "perpetrators", [said])
    assert not plays_role("Red Heath Cells", "perpetrators", [
        "A bomb exploded outside the police headquarters in Sarkov; the Red Heath Cells said it was a crime."])


def test_pupils_herded_into_the_hall_are_held():
    from summarizer.verify.categories import harm_named
    text = "The gunmen shot their way past the gate and herded 318 pupils and 22 teachers into the sports hall."
    assert harm_named(318, [text]) == {"captured/abducted"}
    assert harm_named(318, ["The school has 318 pupils and 22 teachers."]) == set()


def test_the_storming_that_ends_a_siege_is_the_sieges_day_too():
    from summarizer.verify.date_events import of_another_day
    stormed = "Police special units stormed the building at dawn on 11/25/2026; 2 hostages and 3 gunmen were killed."
    assert not of_another_day([stormed], date(2026, 11, 24))
    assert of_another_day(["Gunmen attacked a police post in Orvel on 11/25/2026, killing 2 officers."],
                          date(2026, 11, 24))


def test_a_claim_of_the_seizure_on_a_later_day_dates_the_claim():
    from summarizer.verify.date_events import of_another_day
    said = "The Zerkan Highland Army claimed the seizure on 09/15/2026 and demanded the release of 50 prisoners."
    assert not of_another_day([said], date(2026, 9, 14))


def test_inmates_who_seize_their_warders_riot():
    from summarizer.verify.cues import type_stated
    assert type_stated("riot/protest", ["Prisoners at Mossgard Prison seized two warders and set fire to mattresses."])
    assert type_stated("riot/protest", ["The siege was a revolt by inmates of the state prison."])
    assert not type_stated("riot/protest", ["Gunmen seized two warders outside the prison gate."])


def test_a_prison_siege_pages_box_figures_are_its_own_over_its_days():
    text = ("Kelvard prison siege\n\nThe Kelvard prison siege was a revolt by inmates of Kelvard State Prison, "
            "outside the town of Dorn, which began on 2 May 2008 and ended four days later.\n\n"
            "Inmates took 14 guards hostage and held most of them until the gendarmerie retook the prison.\n\n"
            "Date: 2-6 May 2008\n\nDeaths: 7 (5 inmates, 2 guards)\n")
    problems = _problems(text, event_type="riot/protest", event_type_sentences=[2],
                         casualties=[{"category": "killed", "count": 7, "qualifier": "exact", "sentences": [5]}])
    assert not any(p.field == "casualties[0]" for p in problems)
    fights = text.replace("Inmates took 14 guards hostage and held most of them until the gendarmerie retook the "
                          "prison.", "Inmates fought the guards until the gendarmerie retook the prison.")
    problems = _problems(fights, event_type="riot/protest", event_type_sentences=[2],
                         casualties=[{"category": "killed", "count": 7, "qualifier": "exact", "sentences": [5]}])
    assert any(p.field == "casualties[0]" for p in problems)


def test_a_site_named_with_its_town_between_commas_is_located_there():
    from summarizer.verify.locations import locates_the_site
    assert locates_the_site("Pelgrave", "Colbrae, outside the town of Pelgrave, is the largest prison in the province.")
    assert not locates_the_site("Pelgrave", "Colbrae, which inmates took on Monday, is far from Pelgrave.")


def test_in_all_sums_the_incidents_of_a_report_of_several():
    from summarizer.core.schema import Draft, DraftIncident
    from summarizer.verify.borrowed import sums_of_the_incidents
    evidence = {1: "Seven people died in a pile-up on the motorway near Brindlow on Monday.",
                2: "Two workers died when their bus overturned at Hasketh the same morning.",
                3: "In all, the fog claimed nine lives in Harnsey on Monday, the police chief said."}

    def incident(n: int, count: int, cited: list[int]) -> DraftIncident:
        return DraftIncident(summary="x", summary_sentences=[n], event_type="transport accident",
                             event_type_sentences=[n], casualties=[{"category": "killed", "count": count,
                                                                    "qualifier": "exact", "sentences": cited}])
    two = Draft(incidents=[incident(1, 9, [3]), incident(2, 2, [2])])
    assert [p.field for p in sums_of_the_incidents(two, evidence)] == ["casualties[0]"]
    one = Draft(incidents=[incident(1, 9, [3])])
    assert sums_of_the_incidents(one, evidence) == []
