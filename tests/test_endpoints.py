"""An endpoint without --model: the model it serves; and the endpoint is part
of the cache key (two servers answering to one model name share nothing)."""

import pytest

from summarizer.core.errors import ConfigError
from summarizer.core.settings import Settings
from summarizer.extract.endpoints import with_served_model
from summarizer.pipeline import Pipeline


def test_a_base_url_without_a_model_takes_the_one_the_server_serves(fake_model):
    settings = with_served_model(Settings(base_url=fake_model.base_url))
    assert settings.model == "fake-model" and settings.model_name == "fake-model"


def test_a_server_with_several_models_asks_the_user_to_choose(fake_model):
    fake_model.models = ["llama3.2", "qwen2.5"]
    with pytest.raises(ConfigError, match=r"serves 2 models \(llama3.2, qwen2.5\); choose one with --model"):
        with_served_model(Settings(base_url=fake_model.base_url))


def test_a_named_model_or_an_unreachable_server_is_left_alone(fake_model):
    assert with_served_model(Settings(base_url=fake_model.base_url, model="mine")).model == "mine"
    assert with_served_model(Settings(base_url="http://127.0.0.1:9/v1")).model is None


def test_the_cli_sends_the_served_model(fake_model, tmp_path, monkeypatch):
    from support.drafts import good

    from summarizer.cli import main

    article = tmp_path / "a.txt"
    article.write_text("BELMORA, Kordavia, June 2, 2026 (Kestrel Wire) - Gunmen killed five villagers in the "
                       "village of Sarno on Sunday, police said.", encoding="utf-8")
    fake_model.add(good(), good(), good())
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(tmp_path / "cache"))
    main(["summarize", str(article), "--base-url", fake_model.base_url, "--format", "json"])
    assert fake_model.requests and fake_model.requests[0]["model"] == "fake-model"


def test_the_endpoint_is_part_of_the_cache_key(tmp_path):
    text = "Gunmen killed five villagers in Sarno on Sunday, police said."
    keys = set()
    for url in ("http://127.0.0.1:8080/v1", "http://127.0.0.1:8081/v1", "https://k:SECRET@gw.example/v1?key=S"):
        with Pipeline(Settings(base_url=url, model="same-name", cache_dir=tmp_path)) as pipeline:
            keys.add(pipeline.prepare(text).key)
    assert len(keys) == 3
    assert Settings(base_url="https://k:SECRET@gw.example/v1?key=S").endpoint_id == "https://gw.example/v1"
    assert Settings().endpoint_id == "embedded"
