"""Token prices and run budgets.

The built-in table is an ESTIMATE: public list prices in USD per million tokens
as we knew them on PRICES_AS_OF, for a handful of well-known models. Providers
change prices, and cached-input discounts are not modelled. The Batch API
(`--engine batch-api`) is priced at BATCH_DISCOUNT of the list price unless the
table gives batch prices. Override or extend it in the config file (the same
file settings come from):

    [prices]
    "gpt-4o-mini" = { input = 0.15, output = 0.60 }   # USD per 1M tokens
    "my-vllm-model" = { input = 0.1, output = 0.1, batch_input = 0.1, batch_output = 0.1 }
    "my-local-model" = 0                              # free

The embedded local model costs 0.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping

import tomllib

from summarizer.core.errors import ConfigError
from summarizer.core.schema import Usage
from summarizer.core.settings import Settings, default_config_path

PRICES_AS_OF = "2025-06"
# OpenAI's Batch API costs half the list price, for input and output alike.
BATCH_DISCOUNT = 0.5


@dataclass(frozen=True)
class Price:
    input: float  # USD per 1M prompt tokens
    output: float  # USD per 1M completion tokens
    origin: str = "built-in estimate"
    batch_input: float | None = None  # None: input * BATCH_DISCOUNT
    batch_output: float | None = None

    def cost(self, prompt_tokens: int, completion_tokens: int) -> float:
        return (prompt_tokens * self.input + completion_tokens * self.output) / 1_000_000

    def for_batch(self) -> "Price":
        """The price of the same tokens sent through the Batch API."""
        given = self.batch_input is not None or self.batch_output is not None
        return Price(
            self.input * BATCH_DISCOUNT if self.batch_input is None else self.batch_input,
            self.output * BATCH_DISCOUNT if self.batch_output is None else self.batch_output,
            f"{self.origin}, Batch API" + ("" if given else f" ({BATCH_DISCOUNT:.0%} of list)"),
        )


BUILTIN_PRICES: dict[str, Price] = {
    "gpt-4o-mini": Price(0.15, 0.60),
    "gpt-4o": Price(2.50, 10.00),
    "gpt-4.1": Price(2.00, 8.00),
    "gpt-4.1-mini": Price(0.40, 1.60),
    "gpt-4.1-nano": Price(0.10, 0.40),
    "o4-mini": Price(1.10, 4.40),
    "o3-mini": Price(1.10, 4.40),
    "gpt-3.5-turbo": Price(0.50, 1.50),
}

FREE = Price(0.0, 0.0, "local model")
_DATE_SUFFIX = re.compile(r"-\d{4}-\d{2}-\d{2}$")  # gpt-4o-mini-2024-07-18


def config_prices(config_path: Path | None = None, env: Mapping[str, str] | None = None) -> dict[str, Price]:
    """The [prices] table of the config file, found the way load_settings finds it
    (--config, else $SUMMARIZER_CONFIG, else the user config file)."""
    env = os.environ if env is None else env
    path = config_path or Path(env.get("SUMMARIZER_CONFIG") or default_config_path())
    if not path.exists():
        return {}  # load_settings has already refused an explicit path that is missing
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError, OSError) as exc:
        raise ConfigError(f"config file {path}: {exc}") from None
    table = data.get("prices", data.get("summarizer", {}).get("prices", {}))
    if not isinstance(table, dict):
        raise ConfigError(f"config file {path}: [prices] must be a table")
    return {str(model): _price(model, value, path) for model, value in table.items()}


def _price(model: str, value: Any, path: Path) -> Price:
    origin = f"config {path}"
    where = f"config file {path}: [prices] {model!r}"
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if value < 0:
            raise ConfigError(f"{where}: a price cannot be negative")
        return Price(float(value), float(value), origin)
    keys = {"input", "output", "batch_input", "batch_output"}
    if isinstance(value, dict) and set(value) <= keys and value.keys() & {"input", "output"}:
        try:
            prices = {k: float(value.get(k, 0.0)) for k in ("input", "output")}
            batch = {k: None if value.get(k) is None else float(value[k]) for k in ("batch_input", "batch_output")}
        except (TypeError, ValueError):
            raise ConfigError(f"{where}: input and output must be numbers (USD per 1M tokens)") from None
        if min([*prices.values(), *(v for v in batch.values() if v is not None)]) < 0:
            raise ConfigError(f"{where}: a price cannot be negative")
        return Price(prices["input"], prices["output"], origin, **batch)
    raise ConfigError(f"{where}: give {{ input = USD, output = USD }} per 1M tokens "
                      "(and optionally batch_input, batch_output), or one number")


def price_for(settings: Settings, overrides: Mapping[str, Price]) -> Price | None:
    """The price of the configured model, or None when we do not know it."""
    if settings.embedded:
        return FREE
    name = settings.model_name
    for table in (overrides, BUILTIN_PRICES):
        for candidate in (name, _DATE_SUFFIX.sub("", name)):
            if candidate in table:
                return table[candidate]
    return None


@dataclass(frozen=True)
class Budget:
    """Stops a run once what it has spent reaches a limit. Articles already in
    flight still finish, so a run can overshoot by up to `workers` articles."""

    max_tokens: int | None = None
    max_cost: float | None = None
    price: Price | None = None

    def __post_init__(self) -> None:
        if self.max_cost is not None and self.price is None:
            raise ConfigError(
                "--max-cost needs the model's price, which is unknown; add it to the config "
                "file under [prices] (see docs/batch.md) or use --max-tokens-total"
            )

    @property
    def limited(self) -> bool:
        """Is there a limit to check before each article starts?"""
        return self.max_tokens is not None or self.max_cost is not None

    def cost(self, usage: Usage) -> float | None:
        return None if self.price is None else self.price.cost(usage.prompt_tokens, usage.completion_tokens)

    def reached(self, usage: Usage) -> str | None:
        """Why the run must stop, or None."""
        if self.max_tokens is not None and usage.total_tokens >= self.max_tokens:
            return f"token budget reached: {usage.total_tokens:,} of {self.max_tokens:,} tokens spent"
        cost = self.cost(usage)
        if self.max_cost is not None and cost is not None and cost >= self.max_cost:
            return f"cost budget reached: ${cost:.4f} of ${self.max_cost:.4f} spent (estimate)"
        return None
