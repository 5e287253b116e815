"""Which model an endpoint serves, when the user named none.

`--base-url http://host:8080/v1` without `--model` used to send "gpt-4o-mini"
to a local server. An OpenAI-compatible server lists what it serves at
`GET /v1/models`; when it serves exactly one model, that is the model. Several:
the user must choose (ConfigError naming them). No answer: the request itself
will say what is wrong, so the name is left unset and the usual default stays.

Plain urllib, on purpose: this runs before a cache lookup, and a cache hit must
not pay for importing the openai client.
"""

from __future__ import annotations

import dataclasses
import json
import urllib.error
import urllib.request

from summarizer.core.errors import ConfigError
from summarizer.core.settings import Settings, public_url

OPENAI_HOST = "api.openai.com"
LOOKUP_TIMEOUT = 5.0




def served_models(base_url: str, api_key: str | None, timeout: float = LOOKUP_TIMEOUT) -> list[str] | None:
    """The model ids `base_url` lists, or None when it cannot say."""
    request = urllib.request.Request(base_url.rstrip("/") + "/models")
    if api_key:
        request.add_header("Authorization", f"Bearer {api_key}")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 - the user's endpoint
            data = json.loads(response.read().decode("utf-8"))
    except (OSError, ValueError, urllib.error.URLError):
        return None
    items = data.get("data") if isinstance(data, dict) else None
    if not isinstance(items, list):
        return None
    return [str(m["id"]) for m in items if isinstance(m, dict) and m.get("id")]


def with_served_model(settings: Settings) -> Settings:
    """`settings` with `model` set to what the endpoint serves, when the user gave
    a base URL (not OpenAI's) and no model."""
    if settings.model or not settings.base_url or OPENAI_HOST in settings.base_url:
        return settings
    models = served_models(settings.base_url, settings.api_key)
    if not models:
        return settings
    if len(models) > 1:
        shown = ", ".join(models[:8]) + (" ..." if len(models) > 8 else "")
        raise ConfigError(f"{public_url(settings.base_url)} serves {len(models)} models ({shown}); "
                          "choose one with --model or SUMMARIZER_MODEL")
    return dataclasses.replace(settings, model=models[0])
