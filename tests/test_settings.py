from pathlib import Path

import pytest

from summarizer.core.errors import ConfigError
from summarizer.core.settings import EMBEDDED_MODEL, Settings, load_settings


def write(tmp_path, text):
    path = tmp_path / "config.toml"
    path.write_text(text)
    return path


def test_defaults_run_the_embedded_model(tmp_path):
    s = load_settings({}, env={}, config_path=None)
    assert s.embedded and s.model_name == EMBEDDED_MODEL and s.use_grammar
    assert s.temperature == 0.0


def test_precedence_flags_over_env_over_file_over_defaults(tmp_path):
    cfg = write(tmp_path, 'model = "from-file"\ntemperature = 0.5\nmax_tokens = 111\n')
    env = {"SUMMARIZER_MODEL": "from-env", "SUMMARIZER_TEMPERATURE": "0.25"}
    s = load_settings({"model": "from-flag"}, env=env, config_path=cfg)
    assert s.model == "from-flag"  # flag beats env and file
    assert s.temperature == 0.25  # env beats file
    assert s.max_tokens == 111  # file beats default
    assert s.seed == 0  # default


def test_unset_flags_do_not_override(tmp_path):
    s = load_settings({"model": None}, env={"SUMMARIZER_MODEL": "env-model"})
    assert s.model == "env-model"


def test_openai_variables_are_honoured_and_summarizer_ones_win():
    s = load_settings({}, env={"OPENAI_API_KEY": "sk-x", "OPENAI_BASE_URL": "http://a/v1"})
    assert s.base_url == "http://a/v1" and s.api_key == "sk-x" and not s.embedded
    assert not s.use_grammar and s.model_name == "gpt-4o-mini"
    s = load_settings({}, env={"OPENAI_BASE_URL": "http://a/v1", "SUMMARIZER_BASE_URL": "http://b/v1"})
    assert s.base_url == "http://b/v1"


def test_config_file_from_env_variable_and_summarizer_table(tmp_path):
    cfg = write(tmp_path, '[summarizer]\nbase_url = "http://localhost:11434/v1"\nmodel = "llama3.2"\n')
    s = load_settings({}, env={"SUMMARIZER_CONFIG": str(cfg)})
    assert s.base_url == "http://localhost:11434/v1" and s.model == "llama3.2"


def test_settings_are_frozen_and_hide_the_key():
    s = Settings(api_key="sk-secret")
    with pytest.raises(Exception):
        s.model = "x"  # type: ignore[misc]
    assert "sk-secret" not in repr(s)


@pytest.mark.parametrize("text,needle", [
    ("model = [", "config file"),
    ('colour = "blue"', "unknown setting(s) colour"),
    ('temperature = "hot"', "invalid value 'hot' for temperature"),
])
def test_bad_config_files_are_clear_errors(tmp_path, text, needle):
    with pytest.raises(ConfigError, match=needle.replace("(", r"\(").replace(")", r"\)")):
        load_settings({}, env={}, config_path=write(tmp_path, text))


def test_missing_explicit_config_is_an_error(tmp_path):
    with pytest.raises(ConfigError, match="config file not found"):
        load_settings({}, env={}, config_path=tmp_path / "nope.toml")


def test_bad_env_value_names_the_variable():
    with pytest.raises(ConfigError, match="SUMMARIZER_MAX_TOKENS"):
        load_settings({}, env={"SUMMARIZER_MAX_TOKENS": "many"})


def test_paths_expand_user():
    s = load_settings({"cache_dir": "~/x"}, env={})
    assert s.cache_dir == Path("~/x").expanduser()


def test_reasks_and_timeout_depend_on_the_endpoint():
    embedded = load_settings({}, env={})
    remote = load_settings({}, env={"OPENAI_API_KEY": "sk-x"})
    assert (embedded.reasks, embedded.request_timeout) == (1, 1800.0)
    assert (remote.reasks, remote.request_timeout) == (2, 300.0)
    assert load_settings({"max_reasks": 0}, env={}).reasks == 0
