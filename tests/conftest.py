"""Fixtures shared by the end-to-end tests: the mock upstream and a gateway in front of it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.cli_runner import Cli, full_gateway_process, make_cli
from tests.gateway_process import GatewayProcess
from waddleai.mock.testing import MockProcess, start_mock

CLIENT_KEY = "wa-test-client-key-0001"


def mock_gateway_config(mock_url: str) -> str:
    """A gateway config with an OpenAI-format and an Anthropic-format provider on the mock."""
    return f"""
providers:
  - name: mock
    kind: openai
    endpoint: {mock_url}/v1
    api_keys: ["sk-mock-upstream-secret-1234"]
    models: [gpt-4o, gpt-4o-mini, text-embedding-3-small, glm-4.6,
             mock-error-500, mock-error-429, mock-timeout, mock-malformed, mock-disconnect]
  - name: mockauth  # a 401 takes its key out of rotation: tests of 401s use this one
    kind: openai
    endpoint: {mock_url}/v1
    api_keys: ["sk-mock-auth-secret-0000"]
    models: [gpt-4o-auth]
  - name: mockant
    kind: anthropic
    endpoint: {mock_url}
    api_keys: ["sk-ant-mock-upstream-secret-5678"]
    models: ["claude-*"]
    timeout: 5
model_aliases:
  fast: gpt-4o-mini
  smart: mockant:claude-sonnet-4-20250514
tiers:
  haiku: gpt-4o-mini
  sonnet: gpt-4o
  opus: gpt-4o
api_keys: ["{CLIENT_KEY}"]
request_timeout: 3
"""


@pytest.fixture(scope="session")
def mock() -> Iterator[MockProcess]:
    with start_mock() as process:
        yield process


@pytest.fixture(autouse=False)
def fresh_mock(mock: MockProcess) -> MockProcess:
    mock.reset()
    return mock


@pytest.fixture(scope="session")
def gateway(mock: MockProcess) -> Iterator[GatewayProcess]:
    env = {"CUSTOM_HEADER_X_CLIENT_ID": "waddle-client", "LOG_LEVEL": "DEBUG"}
    with GatewayProcess(config_yaml=mock_gateway_config(mock.url), env=env) as process:
        yield process


@pytest.fixture(scope="session")
def full_gateway(mock: MockProcess) -> Iterator[GatewayProcess]:
    """`waddleai serve` (proxy + management, SQLite) on the mock, for the client commands."""
    yield from full_gateway_process(mock_gateway_config(mock.url))


@pytest.fixture
def cli(tmp_path) -> Cli:
    """Runs `waddleai` as a subprocess with its own XDG_CONFIG_HOME."""
    return make_cli(tmp_path)
