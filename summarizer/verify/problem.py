"""What a check finds wrong with one value of a draft."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    incident: int  # 0-based index into draft.incidents
    field: str  # "summary", "location", "casualties[1]", ...
    message: str
    # Of an event_type problem: does it leave the incident itself in doubt (no
    # kind stated, background)? A wrong kind does not: something happened, so the
    # incident's other values are judged on their own (records.build).
    incident_in_doubt: bool = True
    # Of an event_type problem: the "incident" is background (an earlier year's
    # event, a trial, a commemoration), which the record leaves out (records.build).
    background: bool = False
    # Of a date problem: the incident is dated at an earlier event (a month or a year before
    # the report), so it may be that background event, told again: nothing in it is
    # verified (records.build), as for an incident whose kind is not stated.
    earlier_event: bool = False

    def __str__(self) -> str:
        return f"incident {self.incident + 1}, {self.field}: {self.message}"
