"""Prices and budgets: the built-in table, [prices] in the config file, limits."""

import pytest

from summarizer.batch.pricing import FREE, Budget, Price, config_prices, price_for
from summarizer.core.errors import ConfigError
from summarizer.core.schema import Usage
from summarizer.core.settings import Settings, load_settings


def remote(model):
    return Settings(base_url="http://127.0.0.1:9/v1", api_key="sk-test", model=model)


def test_known_models_have_an_estimate_dated_variants_included_local_is_free():
    assert price_for(remote("gpt-4o-mini"), {}) == Price(0.15, 0.60)
    assert price_for(remote("gpt-4o-mini-2024-07-18"), {}) == Price(0.15, 0.60)
    assert price_for(remote("some-local-gguf"), {}) is None
    assert price_for(Settings(), {}) is FREE  # the embedded model
    assert Price(0.15, 0.60).cost(1_000_000, 1_000_000) == pytest.approx(0.75)


def test_config_prices_override_and_extend_and_settings_ignore_the_table(tmp_path):
    config = tmp_path / "c.toml"
    config.write_text('model = "gpt-4o-mini"\n\n[prices]\n"gpt-4o-mini" = { input = 1.0, output = 2.0 }\n'
                      'my-model = 0\n')
    prices = config_prices(config)
    assert price_for(remote("gpt-4o-mini"), prices).input == 1.0
    assert price_for(remote("my-model"), prices).output == 0.0
    # The settings loader still refuses unknown keys, but leaves [prices] to us.
    assert load_settings(config_path=config, env={}).model == "gpt-4o-mini"
    (tmp_path / "bad.toml").write_text('[prices]\n"x" = { input = "cheap" }\n')
    with pytest.raises(ConfigError, match="must be numbers"):
        config_prices(tmp_path / "bad.toml")
    (tmp_path / "neg.toml").write_text('[prices]\n"x" = -1\n')
    with pytest.raises(ConfigError, match="cannot be negative"):
        config_prices(tmp_path / "neg.toml")
    # Found like the settings file: $SUMMARIZER_CONFIG when no --config.
    assert "my-model" in config_prices(None, env={"SUMMARIZER_CONFIG": str(config)})


def test_budgets():
    usage = Usage(prompt_tokens=900, completion_tokens=100)
    assert Budget(max_tokens=1001).reached(usage) is None
    assert "token budget reached" in Budget(max_tokens=1000).reached(usage)
    cost = Budget(max_cost=0.001, price=Price(1.0, 1.0))
    assert "cost budget reached" in cost.reached(usage) and cost.cost(usage) == pytest.approx(0.001)
    with pytest.raises(ConfigError, match="needs the model's price"):
        Budget(max_cost=1.0, price=None)
    # Only a limited run makes its workers wait for the main thread's check
    # (summarizer.batch.runner: a slot per article); an unlimited one goes straight on.
    assert Budget(max_tokens=10).limited and cost.limited and not Budget().limited
