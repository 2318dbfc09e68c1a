"""Model listing and lookup in both SDKs, and errors the SDKs must not retry.

Found by real clients: `models.retrieve` had no route; an Anthropic-only setup listed
nothing; `/embeddings` and `/models` were missing at the root; unknown paths under
`/v1/models/` answered Anthropic clients in OpenAI's format; a 401 made Claude Code
retry for minutes (no `x-should-retry: false`).
"""

from __future__ import annotations

from collections.abc import Iterator

import anthropic
import httpx
import openai
import pytest

from tests.conftest import CLIENT_KEY
from tests.gateway_process import GatewayProcess


def test_openai_sdk_retrieves_a_model(gateway):
    client = openai.OpenAI(base_url=gateway.url + "/v1", api_key=CLIENT_KEY, max_retries=0)
    model = client.models.retrieve("gpt-4o")
    assert model.id == "gpt-4o" and model.owned_by == "mock"
    with pytest.raises(openai.NotFoundError) as missing:
        client.models.retrieve("no-such-model")
    assert missing.value.body["code"] == "model_not_found"


def test_anthropic_sdk_retrieves_a_model(gateway):
    client = anthropic.Anthropic(base_url=gateway.url, api_key=CLIENT_KEY, max_retries=0)
    info = client.models.retrieve("claude-sonnet-4-20250514")
    assert info.id == "claude-sonnet-4-20250514" and info.type == "model"
    with pytest.raises(anthropic.NotFoundError) as missing:
        client.models.retrieve("no-such-model")
    assert missing.value.body["type"] == "error"
    assert missing.value.body["error"]["type"] == "not_found_error"


def test_models_list_names_tiers_and_pattern_served_models(gateway):
    client = openai.OpenAI(base_url=gateway.url + "/v1", api_key=CLIENT_KEY, max_retries=0)
    ids = {m.id for m in client.models.list()}
    assert {"gpt-4o", "fast", "smart"} <= ids
    assert "claude-sonnet-4-5-20250929" in ids  # served by the claude-* provider
    assert "claude-3-5-haiku-20241022" in ids


@pytest.fixture(scope="module")
def anthropic_only(mock) -> Iterator[GatewayProcess]:
    config = f"""
providers:
  - name: claude
    kind: anthropic
    endpoint: {mock.url}
    api_keys: ["sk-ant-only"]
    models: ["claude-*"]
api_keys: ["{CLIENT_KEY}"]
"""
    with GatewayProcess(config_yaml=config) as process:
        yield process


def test_an_anthropic_only_setup_lists_its_models(anthropic_only):
    client = anthropic.Anthropic(base_url=anthropic_only.url, api_key=CLIENT_KEY, max_retries=0)
    ids = [m.id for m in client.models.list()]
    assert "claude-opus-4-1-20250805" in ids and "claude-haiku-4-5-20251001" in ids
    assert all(i.startswith("claude-") for i in ids)


@pytest.mark.parametrize("path", ["/embeddings", "/models", "/openai/embeddings"])
def test_openai_paths_exist_without_v1(gateway, path):
    client = openai.OpenAI(base_url=gateway.url + path.rsplit("/", 1)[0], api_key=CLIENT_KEY)
    if path.endswith("models"):
        assert any(m.id == "gpt-4o" for m in client.models.list())
    else:
        reply = client.embeddings.create(model="text-embedding-3-small", input="hello")
        assert len(reply.data[0].embedding) > 0


def test_unknown_paths_under_models_answer_anthropic_clients_in_their_format(gateway):
    headers = {"x-api-key": CLIENT_KEY, "anthropic-version": "2023-06-01"}
    reply = httpx.get(gateway.url + "/v1/models/nonexistent/extra/part", headers=headers)
    assert reply.status_code == 404
    assert reply.json()["type"] == "error"
    assert reply.json()["error"]["type"] == "not_found_error"
    posted = httpx.post(gateway.url + "/v1/models/whatever", headers=headers, json={})
    assert posted.status_code == 405 and posted.json()["type"] == "error"


@pytest.mark.parametrize(
    ("path", "headers"),
    [
        ("/v1/messages", {"x-api-key": "wa-wrong", "anthropic-version": "2023-06-01"}),
        ("/v1/chat/completions", {"Authorization": "Bearer wa-wrong"}),
    ],
)
def test_errors_a_retry_cannot_fix_say_so(gateway, path, headers):
    body = {"model": "gpt-4o", "max_tokens": 5, "messages": [{"role": "user", "content": "x"}]}
    refused = httpx.post(gateway.url + path, headers=headers, json=body)
    assert refused.status_code == 401
    assert refused.headers["x-should-retry"] == "false"
    bad = httpx.post(
        gateway.url + path,
        headers={**headers, "x-api-key": CLIENT_KEY, "Authorization": f"Bearer {CLIENT_KEY}"},
        json={"model": "gpt-4o"},
    )
    assert bad.status_code == 400 and bad.headers["x-should-retry"] == "false"
