"""Options shared by every command that talks to a model, and the one function
that turns them into Settings (flags > env > config file > defaults)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from summarizer.settings import Settings, load_settings

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
    return load_settings(flags, config_path=config)
