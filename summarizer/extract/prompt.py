"""Render the prompts of the two questions the model is asked.

The templates are data files: prompts/events.*.md (stage 1: which incidents,
and the sentences of each) and prompts/fields.*.md (stage 2: one incident's
details, from its own sentences only). Their content hash is the prompt
version, so editing a prompt changes the cache key and the eval gate notices.
The fixed part (instructions, example, and the JSON schema instructor appends to
the system message) comes first and the article last, so a server with a prompt
cache reuses the prefix across articles.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from importlib import resources
from pathlib import Path
from string import Template

from summarizer.core.errors import ConfigError
from summarizer.read.segment import Sentence, numbered

STAGES = ("events", "fields")
TEMPLATE_FILES = tuple(f"{stage}.{part}.md" for stage in STAGES for part in ("system", "user"))
_DELIMITER = re.compile(r"<\s*(/?)\s*article\s*>", re.I)


def data_dir(name: str) -> Path:
    """Locate a data folder (prompts/ or schemas/): inside an installed wheel it
    sits in summarizer/_data/, in a checkout at the top of the repo."""
    packaged = resources.files("summarizer") / "_data" / name
    if packaged.is_dir():
        return Path(str(packaged))
    checkout = Path(__file__).resolve().parents[2] / name  # summarizer/extract/prompt.py -> the repo
    if checkout.is_dir():
        return checkout
    raise ConfigError(f"the {name}/ folder is missing from this installation")


@lru_cache(maxsize=None)
def load_templates(directory: Path | None = None) -> dict[str, str]:
    directory = directory or data_dir("prompts")
    try:
        return {name: (directory / name).read_text(encoding="utf-8") for name in TEMPLATE_FILES}
    except OSError as exc:
        raise ConfigError(f"cannot read prompt template: {exc}") from None


def prompt_version(templates: dict[str, str] | None = None) -> str:
    templates = templates or load_templates()
    digest = hashlib.sha256()
    for name in TEMPLATE_FILES:
        digest.update(name.encode() + b"\0" + templates[name].encode() + b"\0")
    return digest.hexdigest()[:12]


def render_messages(sentences: list[Sentence], stage: str = "events", templates: dict[str, str] | None = None,
                    **fields: str) -> list[dict]:
    """The chat messages of one question (`stage`: "events" or "fields"): the
    fixed system message, then the numbered sentences (and `fields`, such as the
    incident's event_type, put into the user template)."""
    templates = templates or load_templates()
    # The article goes in with $-substitution done once, so text inside it that
    # looks like a placeholder is never expanded.
    # An article cannot close its own delimiter: "</article>" inside it becomes
    # look-alike brackets, so the model never sees text as outside the data.
    article = _DELIMITER.sub(lambda m: f"\u2039{m.group(1)}article\u203a", numbered(sentences))
    user = Template(templates[f"{stage}.user.md"]).safe_substitute(**fields, article=article)
    return [
        {"role": "system", "content": templates[f"{stage}.system.md"].strip()},
        {"role": "user", "content": user.strip()},
    ]
