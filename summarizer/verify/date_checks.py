"""Rules 5 and 14 for an incident's date: the phrase as written in its cited
sentences, a day (not a span, a period's bound, the day something was said,
the day captives were freed, or a day after the fact: summarizer.verify.date_events), never the dateline's, and an ISO date only where
the article pins it down (the rule list is in summarizer.verify.rules)."""

from __future__ import annotations

import re

from datetime import date

from summarizer.core.schema import DraftIncident
from summarizer.verify.date_events import (carried_to_the_next, only_a_bound, only_a_header_date, only_after_the_fact,
                                           only_said_or_after, only_when_freed, only_when_said)
from summarizer.verify.dates import (before_the_report, bounds_a_period, first_day_of_a_span, names_a_span_of_days, one_night,
                                     supported_dates)
from summarizer.verify.cues import LAST_YEAR, a_spell
from summarizer.verify.names import names_a_date, phrase_in_text
from summarizer.verify.problem import Problem


_INTRUSION_BEGAN = re.compile(r"\b(?:first|initial)\s+(?:intrusion|breach|access|compromise)\b|\btraced\s+(?:the\s+)?"
                             r"(?:first\s+|initial\s+)?(?:intrusion|breach|attack)\b|\b(?:first|initially)\s+(?:gained|got)"
                             r"\s+access\b", re.I)



# A time of day and nothing else: a clock time ("about 2230", "at 23:50 local time", "shortly
# before 0300") or a part of a day ("morning", "at dawn").
_TIME_OF_DAY_ONLY = re.compile(r"(?i)^\W*(?:at\s+)?(?:about|around|approximately|shortly\s+(?:before|after)"
                              r"|just\s+(?:before|after))?\s*\d{1,2}[:.h]?\d{2}\s*(?:hours?|hrs|h|a\.?m\.?|p\.?m\.?"
                              r"|local\s+time|gmt|utc|lst)?\W*$"
                              # a part of a day, no day: "morning", "at dawn", "late at night"
                              r"|^\W*(?:(?:at|in\s+the|during\s+the|early\s+in\s+the|late\s+in\s+the|early|late)\s+)?"
                              r"(?:morning|afternoon|evening|night|dawn|dusk|daybreak|first\s+light|nightfall|midnight"
                              r"|midday|noon)\W*$")

class DateChecks:
    """The date checks of `rules.Verifier` (a mixin: it uses the verifier's
    cited-text helpers, its dateline and its anchor date)."""

    def _before_the_report(self, day: date) -> bool:
        """Earlier than the report could tell as news: more than a month before its
        day (its dateline's, or the first date a note or a page writes: events of
        earlier months are background), or a year before its year."""
        if self.report_date:
            return before_the_report(day, self.report_date, filed=self.anchor is not None)
        return bool(self.report_year) and day.year < self.report_year

    def _check_date(self, i: int, inc: DraftIncident) -> list[Problem]:
        problems = self._citations(i, "date", inc.date_sentences, True)
        if problems:
            return problems
        cited = self._cited_text(inc.date_sentences)
        stated = bool(inc.date_text) and phrase_in_text(inc.date_text, cited)
        if inc.date_text and stated and not names_a_date(inc.date_text):
            problems.append(Problem(i, "date", (
                f'"{inc.date_text}" is not a date (no day, date or time of day); give the words that say '
                "when it happened, or null")))
        if inc.date_text and stated and not inc.date_iso and _TIME_OF_DAY_ONLY.match(inc.date_text):
            problems.append(Problem(i, "date", (  # "ARRIVED AT ABOUT 2230", "morning": which day? not said
                f'"{inc.date_text}" is a time of day with no day; give the words that say on which day it '
                "happened, or null")))
        if inc.date_text and stated and not inc.date_iso and self.report_year and LAST_YEAR.search(inc.date_text):
            problems.append(Problem(i, "date", (  # rule 13: "taken ... in February last year"
                f'"{inc.date_text}" is a year before the report\'s: a date of an earlier event, not this one\'s; '
                "give the date the article states for this incident, or null"), earlier_event=True))
        spell = a_spell(inc.event_type, self._texts([*inc.event_type_sentences, *inc.date_sentences]))
        if (inc.date_text and stated and names_a_span_of_days(inc.date_text)
                and not one_night(inc.date_text) and not (spell and first_day_of_a_span(inc.date_text))):  # rule 14
            problems.append(Problem(i, "date", (
                f'"{inc.date_text}" spans several days, and each day\'s events are an incident of their own; '
                "give the day the cited sentences state for this one, or null")))
        if inc.date_text and stated and bounds_a_period(inc.date_text):  # rule 14
            problems.append(Problem(i, "date", (
                f'"{inc.date_text}" says when a period began or ended, not when the event happened; give the '
                "date the cited sentences state for the event, or null")))
        # Not only an abduction's: a riot's hostage, a hijacking's passengers.
        if inc.date_text and stated and only_when_freed(inc.date_text, self._texts(inc.date_sentences),
                                                        abduction=inc.event_type == "abduction"):  # rule 14
            problems.append(Problem(i, "date", (
                f'"{inc.date_text}" is when the captives were freed, not when they were taken; give the date the '
                "article states for the event, or null")))
        if inc.date_text and stated and only_a_header_date(inc.date_text, self._texts(inc.date_sentences)):
            problems.append(Problem(i, "date", (
                f'"{inc.date_text}" is the report\'s own date ("Issued: ..."), not when the event happened; give '
                "the date the article states for the event, or null")))
        # the day given carries to the next cited sentence's act "the same day" (neither after the fact nor said)
        carried = bool(inc.date_text) and carried_to_the_next(inc.date_text, self._texts(inc.date_sentences))
        if inc.date_text and stated and only_a_bound(inc.date_text, self._texts(inc.date_sentences)):
            problems.append(Problem(i, "date", (  # rule 14
                f'"{inc.date_text}" is a day by which something had happened ("by Tuesday morning"), not when '
                "the event happened; give the date the article states for the event, or null")))
        elif inc.date_text and stated and only_when_said(inc.date_text, self._texts(inc.date_sentences)):
            problems.append(Problem(i, "date", (
                f'"{inc.date_text}" is when something was said, not when the event happened; give the date the '
                "article states for the event, or null")))
        elif inc.date_text and stated and only_after_the_fact(inc.date_text, self._texts(inc.date_sentences)) \
                and not carried:
            problems.append(Problem(i, "date", (  # rule 14
                f'"{inc.date_text}" is when something after the event happened (a toll rose, something was '
                "found, a victim died of wounds), not when the event happened; give the date the article states "
                "for the event, or null")))
        elif inc.date_text and stated and only_said_or_after(inc.date_text, self._texts(inc.date_sentences)) \
                and not carried:
            problems.append(Problem(i, "date", (  # rule 14
                f'"{inc.date_text}" is when something was said or something after the event happened, not when '
                "the event happened; give the date the article states for the event, or null")))
        if inc.date_text and not stated:
            if phrase_in_text(inc.date_text, self.dateline_text) and not self.states_date(inc.date_text):
                message = (f'"{inc.date_text}" is the dateline\'s date (when the report was filed), not the '
                           "event's; give the date the article states for the event, or null")
            else:
                message = f'"{inc.date_text}" does not appear as written in the cited sentences {inc.date_sentences}'
            problems.append(Problem(i, "date", message))
        if inc.date_iso:
            try:
                iso = date.fromisoformat(inc.date_iso)
            except ValueError:
                return problems + [Problem(i, "date", f'date_iso "{inc.date_iso}" is not a YYYY-MM-DD date')]
            if self._before_the_report(iso) and not (  # rule 13: "On 3 June 2012, protesters ..." on a 2013 page
                    # an intrusion found months after it began: "investigators had traced the first
                    # intrusion to March 16" in a September report of the same year
                    inc.event_type == "cyberattack" and self.report_year == iso.year
                    and any(_INTRUSION_BEGAN.search(t) for t in self._texts(inc.date_sentences))):
                problems.append(Problem(i, "date", (
                    f"date_iso {inc.date_iso} is before the time of the report: a date of an earlier event, not this "
                    "one's; give the date the article states for this incident, or null"), earlier_event=True))
            # A phrase the cited sentences do not state resolves to nothing.
            if iso not in supported_dates(inc.date_text if stated else "", cited, self.anchor) and not (
                    spell and stated and iso == first_day_of_a_span(inc.date_text)):
                problems.append(Problem(i, "date", (
                    f"date_iso {inc.date_iso} does not follow from the article; "
                    "set it to null unless the article gives the full date"
                )))
        return problems
