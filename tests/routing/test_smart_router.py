"""The smart router through the gateway: the tier's model answers, the answer says why
(X-WaddleAI-Route), and a conversation stays on the model it started with."""

from __future__ import annotations

from collections.abc import Iterator

import anthropic
import openai
import pytest

from tests.conftest import CLIENT_KEY
from tests.gateway_process import GatewayProcess
from tests.routing.pools_support import gateway
from waddleai.mock.testing import MockProcess, start_mock
from waddleai.routing.smart import classify

CONFIG = """
providers:
  - name: oa
    kind: openai
    endpoint: "{url}/v1"
    models: [gpt-4o-mini, gpt-4o, o3]
    api_keys: [sk-oa]
smart_router:
  models: [smart-router]
  tiers: {{small: gpt-4o-mini, middle: gpt-4o, big: o3}}
"""
HARD = (
    "Design a distributed rate limiter for many gateway replicas: analyze the consistency "
    "trade-offs, the failure modes and the architecture."
)


@pytest.fixture(scope="module")
def setup() -> Iterator[tuple[MockProcess, GatewayProcess]]:
    with start_mock() as mock, gateway(CONFIG.format(url=mock.url)) as gw:
        yield mock, gw


def _ask(gw: GatewayProcess, messages: list[dict[str, str]]):
    client = openai.OpenAI(base_url=gw.url + "/v1", api_key=CLIENT_KEY, max_retries=0)
    return client.chat.completions.with_raw_response.create(model="smart-router", messages=messages)


def test_each_tier_serves_what_it_should_and_says_why(setup):
    mock, gw = setup
    cases = [
        ("What is the capital of France?", "gpt-4o-mini", "simple query"),
        ("Write a Python function that reverses a linked list.", "gpt-4o", "code detected"),
        (HARD, "o3", "complex reasoning"),
    ]
    for text, model, reason in cases:
        raw = _ask(gw, [{"role": "user", "content": text}])
        route = raw.headers["x-waddleai-route"]
        assert route.startswith(f"{model}; reason={reason}"), route
        assert route.endswith(")") and 0.5 <= float(route.rsplit("(", 1)[1][:-1]) <= 0.95
        assert mock.requests()[-1]["json"]["model"] == model
        assert raw.parse().choices[0].message.content


def test_a_conversation_stays_on_its_first_model(setup):
    mock, gw = setup
    first = [{"role": "user", "content": "Hi! Quick question about my project."}]
    assert _ask(gw, first).headers["x-waddleai-route"].startswith("gpt-4o-mini")
    later = [*first, {"role": "assistant", "content": "Sure."}, {"role": "user", "content": HARD}]
    assert _ask(gw, later).headers["x-waddleai-route"].startswith("gpt-4o-mini")
    assert mock.requests()[-1]["json"]["model"] == "gpt-4o-mini"


def test_anthropic_clients_and_streams_get_the_route_too(setup):
    mock, gw = setup
    claude = anthropic.Anthropic(base_url=gw.url, api_key=CLIENT_KEY, max_retries=0)
    with claude.messages.with_streaming_response.create(
        model="smart-router",
        max_tokens=50,
        stream=True,
        messages=[{"role": "user", "content": HARD + " (for Anthropic)"}],
    ) as response:
        assert response.headers["x-waddleai-route"].startswith("o3; reason=complex reasoning")
        assert b"message_stop" in response.read()


def test_classification_is_cheap_and_offline():
    import time

    body = {"messages": [{"role": "user", "content": HARD * 20}], "tools": [{"type": "x"}]}
    started = time.perf_counter()
    for _ in range(100):
        classify(body)
    assert (time.perf_counter() - started) / 100 < 0.01  # generous: shared CI machines
