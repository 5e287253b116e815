"""summarizer: incident reports in, structured incident records out, every field cited.

The Python API (docs/api.md):

    import summarizer

    record = summarizer.summarize(text)                  # -> SummaryRecord
    for result in summarizer.summarize_many(texts):      # -> SummaryRecord | ErrorRecord
        ...
    with summarizer.Summarizer(model="gpt-4o-mini") as s:  # one cache, one model server
        record = s.summarize(text)

    record.to_rows()        # table rows (docs/export.md); record.to_frame() with pandas

The names below are the stable surface; they are imported on first use, so
`import summarizer` (and the command line) does not load the pipeline early.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

# Gives SummaryRecord its to_rows / to_frame / _repr_html_ views, whichever
# module of the package is imported first (summarizer/render/__init__.py).
import summarizer.render  # noqa: F401
from summarizer._version import __version__

if TYPE_CHECKING:
    from summarizer.api import ErrorRecord, Summarizer, summarize, summarize_many
    from summarizer.core.errors import (
        ConfigError,
        InputError,
        ProviderError,
        SummarizerError,
        VerificationError,
    )
    from summarizer.core.schema import SummaryRecord
    from summarizer.core.settings import Settings

# name -> the module it lives in
_EXPORTS = {
    "summarize": "summarizer.api",
    "summarize_many": "summarizer.api",
    "Summarizer": "summarizer.api",
    "ErrorRecord": "summarizer.api",
    "Settings": "summarizer.core.settings",
    "SummaryRecord": "summarizer.core.schema",
    "SummarizerError": "summarizer.core.errors",
    "ConfigError": "summarizer.core.errors",
    "InputError": "summarizer.core.errors",
    "ProviderError": "summarizer.core.errors",
    "VerificationError": "summarizer.core.errors",
}

__all__ = [
    "__version__",
    "summarize", "summarize_many", "Summarizer", "ErrorRecord",
    "Settings", "SummaryRecord",
    "SummarizerError", "ConfigError", "InputError", "ProviderError", "VerificationError",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'summarizer' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # the next lookup does not come here
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_EXPORTS})
