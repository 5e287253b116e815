"""Settings: one frozen object, resolved once.

Precedence, highest first:  command-line flags > environment > config file > defaults.

Environment variables: SUMMARIZER_<FIELD> for every field (SUMMARIZER_MODEL,
SUMMARIZER_BASE_URL, ...), plus the usual OPENAI_API_KEY and OPENAI_BASE_URL.
Config file: TOML, `[summarizer]` table or top-level keys, read from
--config, else $SUMMARIZER_CONFIG, else <user config dir>/summarizer/config.toml.
"""

from __future__ import annotations

import dataclasses
import os
import sys

if sys.version_info >= (3, 11):
    import tomllib
else:  # Python 3.10: the same parser, from PyPI
    import tomli as tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, Mapping
from urllib.parse import urlsplit, urlunsplit

import platformdirs

from summarizer.core.errors import ConfigError

APP = "summarizer"
# The embedded model's name as the local server reports it.
EMBEDDED_MODEL = "qwen2.5-coder-1.5b-instruct-q4_k_m"


def default_cache_dir() -> Path:
    return Path(platformdirs.user_cache_dir(APP))


def default_config_path() -> Path:
    return Path(platformdirs.user_config_dir(APP)) / "config.toml"


@dataclass(frozen=True)
class Settings:
    base_url: str | None = None  # None: use the embedded model
    api_key: str | None = field(default=None, repr=False)  # never printed
    model: str | None = None  # None: EMBEDDED_MODEL, or gpt-4o-mini on OpenAI
    temperature: float = 0.0
    max_tokens: int = 2048
    seed: int | None = 0
    timeout: float | None = None  # seconds per HTTP request; None: 1800 embedded, 300 remote
    max_reasks: int | None = None  # validation re-asks; None: 1 embedded, 2 remote
    transport_retries: int = 4  # retries of one request after connect errors, 429, 5xx
    grammar: bool | None = None  # grammar-constrained JSON (llama.cpp); None: on for embedded
    gguf: Path | None = None  # another GGUF file for the embedded server
    runtime: str = "auto"  # the embedded server: llama-server, llama-cpp-python, or auto (the first installed)
    parallel: int = 1  # sequences the embedded server decodes at once (llama-server slots)
    n_ctx: int = 8192
    n_threads: int | None = None
    server_start_timeout: float = 300.0
    cache_dir: Path = field(default_factory=default_cache_dir)
    cache: bool = True

    @property
    def embedded(self) -> bool:
        """True when no endpoint is configured: the local llama.cpp server runs."""
        return self.base_url is None and self.api_key is None

    @property
    def endpoint_id(self) -> str:
        """Which server answers, for cache keys: "embedded", or the base URL
        without user:password@ and query (public_url)."""
        if self.embedded:
            return "embedded"
        return public_url(self.base_url or "https://api.openai.com/v1")

    @property
    def model_name(self) -> str:
        if self.model:
            return self.model
        return EMBEDDED_MODEL if self.embedded else "gpt-4o-mini"

    @property
    def reasks(self) -> int:
        # On a 2-core CPU a re-ask of the embedded model costs a minute or more,
        # and a second one rarely fixes what the first did not.
        if self.max_reasks is not None:
            return self.max_reasks
        return 1 if self.embedded else 2

    @property
    def request_timeout(self) -> float:
        # The embedded server answers one request at a time on a small CPU: a
        # long answer can take many minutes, and a retry after a timeout would
        # only queue behind the request still being computed.
        if self.timeout is not None:
            return self.timeout
        return 1800.0 if self.embedded else 300.0

    @property
    def use_grammar(self) -> bool:
        return self.embedded if self.grammar is None else self.grammar

    def generation_params(self) -> dict[str, Any]:
        """What changes the model's answer, hence part of the cache key."""
        return {
            "temperature": self.temperature,
            "max_tokens": self.max_tokens,
            "seed": self.seed,
            "grammar": self.use_grammar,
            "max_reasks": self.reasks,
            "gguf": str(self.gguf) if self.gguf else None,
        }


def public_url(url: str) -> str:
    """`url` without what may be a secret: user:password@ and the query string
    (`https://k:SECRET@host/v1?key=SECRET` -> `https://host/v1`)."""
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        port = parts.port
    except ValueError:
        return "<unparseable URL>"
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    netloc = f"{host}:{port}" if port is not None else host
    return urlunsplit((parts.scheme, netloc, parts.path, "", ""))


_FIELDS = {f.name: f for f in fields(Settings)}


def _coerce(name: str, value: Any, origin: str) -> Any:
    """Turn strings from env/flags/TOML into the field's type, or say what is wrong."""
    if value is None:
        return None
    default = _FIELDS[name].default
    kind = type(default) if default is not dataclasses.MISSING and default is not None else None
    try:
        if name in ("cache_dir", "gguf"):
            return Path(os.path.expanduser(str(value)))
        if name in ("cache", "grammar"):
            if isinstance(value, bool):
                return value
            text = str(value).strip().lower()
            if text in ("1", "true", "yes", "on"):
                return True
            if text in ("0", "false", "no", "off"):
                return False
            if name == "grammar" and text in ("auto", ""):
                return None
            raise ValueError(value)
        if name in ("seed", "n_threads", "max_tokens", "max_reasks", "transport_retries", "n_ctx", "parallel"):
            return int(value)
        if kind is float or name in ("temperature", "timeout", "server_start_timeout"):
            return float(value)
        return str(value)
    except (TypeError, ValueError):
        raise ConfigError(f"{origin}: invalid value {value!r} for {name}") from None


def _from_env(env: Mapping[str, str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    # The OpenAI client's own variables come first so SUMMARIZER_* can override them.
    if env.get("OPENAI_BASE_URL"):
        out["base_url"] = env["OPENAI_BASE_URL"]
    if env.get("OPENAI_API_KEY"):
        out["api_key"] = env["OPENAI_API_KEY"]
    for name in _FIELDS:
        key = f"SUMMARIZER_{name.upper()}"
        if env.get(key, "") != "":
            out[name] = _coerce(name, env[key], f"environment variable {key}")
    return out


def _from_file(path: Path, explicit: bool) -> dict[str, Any]:
    if not path.exists():
        if explicit:
            raise ConfigError(f"config file not found: {path}")
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError, OSError) as exc:
        raise ConfigError(f"config file {path}: {exc}") from None
    data = data.get("summarizer", data)
    # [prices] in the same file belongs to summarizer.batch.pricing.
    data = {k: v for k, v in data.items() if k != "prices"}
    unknown = sorted(set(data) - set(_FIELDS))
    if unknown:
        raise ConfigError(f"config file {path}: unknown setting(s) {', '.join(unknown)}")
    return {k: _coerce(k, v, f"config file {path}") for k, v in data.items()}


def load_settings(
    flags: Mapping[str, Any] | None = None,
    env: Mapping[str, str] | None = None,
    config_path: Path | None = None,
) -> Settings:
    """Resolve settings: flags > env > config file > defaults. `None` flags are unset."""
    env = os.environ if env is None else env
    explicit = config_path is not None or bool(env.get("SUMMARIZER_CONFIG"))
    path = config_path or Path(env.get("SUMMARIZER_CONFIG") or default_config_path())
    merged: dict[str, Any] = {}
    merged.update(_from_file(path, explicit))
    merged.update(_from_env(env))
    for name, value in (flags or {}).items():
        if name not in _FIELDS:
            raise ConfigError(f"unknown setting {name}")
        if value is not None:
            merged[name] = _coerce(name, value, f"option --{name.replace('_', '-')}")
    return Settings(**merged)
