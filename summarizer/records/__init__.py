"""Stage 4, records: the one place that turns the model's answers into a
SummaryRecord (merge the windows' drafts, repair and verify once, attach
citations, mark what is unverified). Fresh answers, cached answers and the
answers kept in eval runs all go through `record_from_answers`.

May import: summarizer.verify, summarizer.read, summarizer.core."""

from summarizer.records.answers import record_from_answers

__all__ = ["record_from_answers"]
