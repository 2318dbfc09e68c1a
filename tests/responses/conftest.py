"""A gateway in front of the mock with three ways to serve ``/v1/responses``.

``gpt-4o`` (an OpenAI-compatible chat upstream: translated to chat completions),
``smart`` (an Anthropic upstream: responses → chat → messages and back) and
``native-gpt`` (an upstream marked ``responses_api: true``: passed through).
"""

from __future__ import annotations

from collections.abc import Iterator

import openai
import pytest

from tests.conftest import CLIENT_KEY, mock_gateway_config
from tests.gateway_process import GatewayProcess
from waddleai.mock.testing import MockProcess, start_mock

OTHER_KEY = "wa-test-client-key-0002"
UPSTREAM_KINDS = ["gpt-4o", "smart", "native-gpt"]


def responses_config(mock_url: str) -> str:
    config = mock_gateway_config(mock_url).replace(
        f'api_keys: ["{CLIENT_KEY}"]', f'api_keys: ["{CLIENT_KEY}", "{OTHER_KEY}"]'
    )
    native = f"""
  - name: mocknative
    kind: openai
    endpoint: {mock_url}/v1
    api_keys: ["sk-mock-native-secret-9999"]
    models: [native-gpt]
    responses_api: true
"""
    return config.replace("model_aliases:", native.lstrip("\n") + "model_aliases:", 1)


@pytest.fixture(scope="session")
def responses_mock() -> Iterator[MockProcess]:
    with start_mock() as process:
        yield process


@pytest.fixture
def upstream(responses_mock: MockProcess) -> MockProcess:
    responses_mock.reset()
    return responses_mock


@pytest.fixture(scope="session")
def responses_gateway(responses_mock: MockProcess) -> Iterator[GatewayProcess]:
    config = responses_config(responses_mock.url)
    with GatewayProcess(config_yaml=config, env={"LOG_LEVEL": "INFO"}) as process:
        yield process


@pytest.fixture
def client(responses_gateway: GatewayProcess) -> openai.OpenAI:
    return openai.OpenAI(base_url=responses_gateway.url + "/v1", api_key=CLIENT_KEY, max_retries=0)


@pytest.fixture
def other_client(responses_gateway: GatewayProcess) -> openai.OpenAI:
    return openai.OpenAI(base_url=responses_gateway.url + "/v1", api_key=OTHER_KEY, max_retries=0)
