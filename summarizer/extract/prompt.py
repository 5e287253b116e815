"""Stage 2: render the prompt.

The templates are data files (prompts/system.md, prompts/user.md); their content
hash is the prompt version, so editing a prompt changes the cache key and the eval
gate notices. The fixed part (instructions, example, and the JSON schema instructor
appends to the system message) comes first and the article last, so a server with
a prompt cache reuses the prefix across articles.
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

TEMPLATE_FILES = ("system.md", "user.md")
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


def render_messages(sentences: list[Sentence], templates: dict[str, str] | None = None) -> list[dict]:
    """The chat messages for one article: fixed system message, then the article."""
    templates = templates or load_templates()
    # The article goes in with $-substitution done once, so text inside it that
    # looks like a placeholder is never expanded.
    # An article cannot close its own delimiter: "</article>" inside it becomes
    # look-alike brackets, so the model never sees text as outside the data.
    article = _DELIMITER.sub(lambda m: f"\u2039{m.group(1)}article\u203a", numbered(sentences))
    user = Template(templates["user.md"]).safe_substitute(article=article)
    return [
        {"role": "system", "content": templates["system.md"].strip()},
        {"role": "user", "content": user.strip()},
    ]
