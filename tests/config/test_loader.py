"""Configuration layers, interpolation, quick-start variables and error wording."""

from __future__ import annotations

from pathlib import Path

import pytest

from waddleai.config import ConfigError, load_settings


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "waddleai.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_without_any_configuration(tmp_path):
    s = load_settings(environ={}, env_file=None)
    assert (s.proxy_port, s.mgmt_port, s.request_timeout) == (8000, 8001, 90.0)
    assert s.database_url == "sqlite:///waddleai.db"
    assert s.providers == []


def test_layers_yaml_then_dotenv_then_environment(tmp_path):
    config = write(tmp_path, "proxy_port: 9001\nmgmt_port: 9002\nlog_level: debug\n")
    dotenv = tmp_path / ".env"
    dotenv.write_text("MGMT_PORT=9102\nLOG_LEVEL=warning\n")
    s = load_settings(config, environ={"LOG_LEVEL": "error"}, env_file=dotenv)
    assert s.proxy_port == 9001  # YAML
    assert s.mgmt_port == 9102  # .env beats YAML
    assert s.log_level == "ERROR"  # environment beats .env


def test_yaml_interpolation_with_defaults(tmp_path):
    config = write(
        tmp_path,
        "providers:\n"
        "  - name: cerebras\n"
        "    kind: cerebras\n"
        "    models: [glm-4.6]\n"
        "    api_keys:\n"
        "      - key: ${CEREBRAS_KEY}\n"
        "        weight: 2\n"
        "        max_requests_per_minute: 60\n"
        "    timeout: ${TIMEOUT:-30}\n",
    )
    s = load_settings(config, environ={"CEREBRAS_KEY": "csk-123"}, env_file=None)
    provider = s.providers[0]
    assert provider.kind == "openai" and provider.endpoint == "https://api.cerebras.ai/v1"
    assert provider.api_keys[0].key == "csk-123" and provider.api_keys[0].weight == 2
    assert provider.timeout == 30


def test_missing_interpolated_variable_is_named(tmp_path):
    config = write(tmp_path, "jwt_secret: ${NOT_SET_ANYWHERE}\n")
    with pytest.raises(ConfigError, match="NOT_SET_ANYWHERE"):
        load_settings(config, environ={}, env_file=None)


def test_quick_start_variables_become_providers():
    s = load_settings(
        environ={
            "OPENAI_API_KEY": "sk-x",
            "OPENAI_BASE_URL": "http://localhost:1234/v1",
            "BIG_MODEL": "big",
            "SMALL_MODEL": "small",
            "ANTHROPIC_API_KEY": "sk-ant-x",
            "OLLAMA_URL": "http://localhost:11434",
            "CUSTOM_HEADER_X_CLIENT_ID": "abc",
        },
        env_file=None,
    )
    by_name = {p.name: p for p in s.providers}
    assert by_name["openai"].endpoint == "http://localhost:1234/v1"
    assert "*" in by_name["openai"].models
    assert by_name["anthropic"].kind == "anthropic"
    assert by_name["ollama"].kind == "ollama"
    assert s.custom_headers == {"X-CLIENT-ID": "abc"}
    assert s.tier_target("sonnet") == "big"  # MIDDLE_MODEL defaults to BIG_MODEL
    assert s.tier_target("haiku") == "small"


def test_tier_overrides_win_over_big_small():
    s = load_settings(
        environ={"BIG_MODEL": "big", "ANTHROPIC_DEFAULT_OPUS_MODEL": "glm-4.6"}, env_file=None
    )
    assert s.tier_target("opus") == "glm-4.6"


def test_bad_values_name_the_key_and_variable(tmp_path):
    with pytest.raises(ConfigError) as info:
        load_settings(environ={"PROXY_PORT": "eighty", "REDIS_URL": "http://x"}, env_file=None)
    text = str(info.value)
    assert "PROXY_PORT" in text and "REDIS_URL" in text


def test_bad_provider_entry_names_its_path(tmp_path):
    config = write(tmp_path, "providers:\n  - name: x\n    kind: openai\n    colour: blue\n")
    with pytest.raises(ConfigError) as info:
        load_settings(config, environ={}, env_file=None)
    assert "providers[0]" in str(info.value)


def test_explicit_config_path_must_exist(tmp_path):
    with pytest.raises(ConfigError, match="not found"):
        load_settings(tmp_path / "nope.yaml", environ={}, env_file=None)


def test_database_url_forms_are_accepted_as_written():
    for url in ("sqlite:////tmp/x.db", "postgresql://user:pass@host/db"):
        assert load_settings(environ={"DATABASE_URL": url}, env_file=None).database_url == url
