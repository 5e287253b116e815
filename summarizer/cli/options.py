"""Options shared by every command that talks to a model, and the one function
that turns them into Settings (flags > env > config file > defaults).

`@model_settings` declares the model options once for summarize, batch and eval:
the command takes a `settings: Settings` parameter instead of nine flags."""

from __future__ import annotations

import functools
import inspect
from pathlib import Path
from typing import Annotated, Any, Callable, Optional

import typer

from summarizer.core.settings import Settings, load_settings
from summarizer.extract.endpoints import with_served_model

ConfigOpt = Annotated[Optional[Path], typer.Option("--config", help="TOML config file.", show_default=False)]
BaseUrlOpt = Annotated[Optional[str], typer.Option(
    "--base-url", help="OpenAI-compatible endpoint (default: the embedded local model).", show_default=False)]
ModelOpt = Annotated[Optional[str], typer.Option("--model", help="Model name on the endpoint.", show_default=False)]
TemperatureOpt = Annotated[Optional[float], typer.Option("--temperature", show_default=False)]
MaxTokensOpt = Annotated[Optional[int], typer.Option("--max-tokens", help="Completion token limit.", show_default=False)]
MaxReasksOpt = Annotated[Optional[int], typer.Option(
    "--max-reasks", help="Validation re-asks after the first answer (default: 1 embedded, 2 endpoint).", show_default=False)]
GgufOpt = Annotated[Optional[Path], typer.Option(
    "--gguf", help="Run the embedded server on this GGUF file instead.", show_default=False)]
CacheDirOpt = Annotated[Optional[Path], typer.Option("--cache-dir", help="Cache location.", show_default=False)]
NoCacheOpt = Annotated[bool, typer.Option("--no-cache", help="Neither read nor write the cache.")]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="No progress lines on stderr.")]


def build_settings(
    config: Path | None = None,
    base_url: str | None = None,
    model: str | None = None,
    temperature: float | None = None,
    max_tokens: int | None = None,
    max_reasks: int | None = None,
    gguf: Path | None = None,
    cache_dir: Path | None = None,
    no_cache: bool = False,
) -> Settings:
    flags = {
        "base_url": base_url, "model": model, "temperature": temperature,
        "max_tokens": max_tokens, "max_reasks": max_reasks, "gguf": gguf,
        "cache_dir": cache_dir, "cache": False if no_cache else None,
    }
    # A base URL without a model: the model the endpoint serves (summarizer.extract.endpoints).
    return with_served_model(load_settings(flags, config_path=config))


# The flags @model_settings adds, in the order --help lists them.
_MODEL_FLAGS: list[tuple[str, Any, Any]] = [
    ("config", ConfigOpt, None), ("base_url", BaseUrlOpt, None), ("model", ModelOpt, None),
    ("temperature", TemperatureOpt, None), ("max_tokens", MaxTokensOpt, None),
    ("max_reasks", MaxReasksOpt, None), ("gguf", GgufOpt, None), ("cache_dir", CacheDirOpt, None),
    ("no_cache", NoCacheOpt, False),
]


def model_settings(command: Callable[..., Any]) -> Callable[..., Any]:
    """Give a typer command the model options; it receives `settings` built from
    them. A command that declares one of the options itself (batch reads its
    [prices] from --config) gets it as well."""
    signature = inspect.signature(command, eval_str=True)
    own = [p for p in signature.parameters.values() if p.name != "settings"]
    declared = {p.name for p in own}
    added = [inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, annotation=annotation, default=default)
             for name, annotation, default in _MODEL_FLAGS if name not in declared]

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        flags = {name: kwargs[name] if name in declared else kwargs.pop(name) for name, _, _ in _MODEL_FLAGS}
        if isinstance(flags["base_url"], list):
            # A command may take --base-url repeated (batch --engine ray): the
            # settings get the first; the command reads them all itself.
            flags["base_url"] = flags["base_url"][0] if flags["base_url"] else None
        ctx = kwargs.get("ctx")
        if ctx is not None and getattr(ctx, "invoked_subcommand", None):
            # A group's callback on the way to a subcommand (`eval gate`): no model involved.
            return command(*args, settings=None, **kwargs)
        return command(*args, settings=build_settings(**flags), **kwargs)

    params = own + added  # typer reads the signature (and, as a fallback, the annotations)
    wrapper.__signature__ = signature.replace(parameters=params)
    wrapper.__annotations__ = {p.name: p.annotation for p in params}
    return wrapper
