"""The error hierarchy. Every error the CLI can show is one of these; the CLI maps
each class to an exit code in one place (summarizer/cli/__init__.py)."""

from __future__ import annotations


class SummarizerError(Exception):
    """Base class: a message meant for a person, one line, no traceback."""

    exit_code = 1


class ConfigError(SummarizerError):
    """Settings are missing or contradictory (no endpoint, bad config file...)."""

    exit_code = 3


class InputError(SummarizerError):
    """The article cannot be read or holds no text."""

    exit_code = 4


class ProviderError(SummarizerError):
    """The model endpoint failed after transport retries (refused, 5xx, timeouts)."""

    exit_code = 5


class VerificationError(SummarizerError):
    """The model never produced a record of the right shape, even after re-asks.

    `last_output` keeps the model's last answer so nothing it said is lost.
    """

    exit_code = 6

    def __init__(self, message: str, last_output: str | None = None):
        super().__init__(message)
        self.last_output = last_output


class AnswerCutOff(VerificationError):
    """The model's answer ran to its token limit (max_tokens) with nothing complete
    to keep: usually a small model repeating itself."""
