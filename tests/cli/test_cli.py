"""The `waddleai` command: configuration commands, health and model round trips."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from waddleai import __version__
from waddleai.cli.main import app

runner = CliRunner()


@pytest.fixture
def in_tmp(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for name in ("OPENAI_API_KEY", "ANTHROPIC_API_KEY", "OLLAMA_URL", "WADDLEAI_CONFIG"):
        monkeypatch.delenv(name, raising=False)
    return tmp_path


def test_version(in_tmp):
    result = runner.invoke(app, ["version"])
    assert result.exit_code == 0 and __version__ in result.output


def test_config_validate_names_bad_variable(in_tmp):
    result = runner.invoke(app, ["config", "validate"], env={"PROXY_PORT": "abc"})
    assert result.exit_code == 2
    assert "PROXY_PORT" in result.output
    assert "Traceback" not in result.output


def test_config_show_masks_secrets(in_tmp):
    secret = "sk-this-is-a-very-secret-key-123456"
    result = runner.invoke(
        app,
        ["config", "show"],
        env={"OPENAI_API_KEY": secret, "DATABASE_URL": "postgresql://u:hunter2pass@db/x"},
    )
    assert result.exit_code == 0, result.output
    assert secret not in result.output and "hunter2pass" not in result.output
    assert "openai" in result.output


def test_config_env_lists_known_variables(in_tmp):
    result = runner.invoke(app, ["config", "env"], env={"OPENAI_API_KEY": "sk-abcdefghijklmnop"})
    assert result.exit_code == 0
    assert "BIG_MODEL" in result.output and "sk-abcdefghijklmnop" not in result.output


def test_config_setup_writes_env_file(in_tmp):
    answers = "openai\nsk-typed-key\nhttp://localhost:9/v1\ngpt-4o\ngpt-4o-mini\n8000\n8001\n"
    result = runner.invoke(app, ["config", "setup"], input=answers)
    assert result.exit_code == 0, result.output
    written = (in_tmp / ".env").read_text()
    assert "OPENAI_API_KEY=sk-typed-key" in written
    assert "OPENAI_BASE_URL=http://localhost:9/v1" in written
    assert "sk-typed-key" not in result.output


def _mock_config(in_tmp, mock_url: str) -> None:
    (in_tmp / "waddleai.yaml").write_text(
        "providers:\n"
        f"  - {{name: mock, kind: openai, endpoint: '{mock_url}/v1', models: [gpt-4o]}}\n"
        f"  - {{name: down, kind: openai, endpoint: 'http://127.0.0.1:9/v1', models: [x]}}\n"
    )


def test_health_upstream_reports_each_provider(in_tmp, mock):
    _mock_config(in_tmp, mock.url)
    result = runner.invoke(app, ["health", "upstream"])
    assert result.exit_code == 1  # one provider is down
    assert "mock" in result.output and "ok" in result.output
    assert "could not be reached" in result.output


def test_test_models_does_a_round_trip_per_model(in_tmp, fresh_mock):
    _mock_config(in_tmp, fresh_mock.url)
    runner.invoke(app, ["test", "models"])
    models = sorted(r["json"]["model"] for r in fresh_mock.requests())
    assert models == ["gpt-4o"]


def test_config_validate_warns_about_accepted_but_unenforced_settings(in_tmp):
    (in_tmp / "waddleai.yaml").write_text(
        "providers:\n  - name: p\n    kind: openai\n    endpoint: http://127.0.0.1:9/v1\n"
        "    api_keys: [{key: sk-x, max_requests_per_minute: 60}]\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["config", "validate"], env={"SECURITY_POLICY": "strict"})
    assert result.exit_code == 0, result.output
    assert "SECURITY_POLICY" not in result.output  # enforced: the guard stage scans
    # enforced since key pools (routing/keys): no longer warned about
    assert "max_requests_per_minute" not in result.output
