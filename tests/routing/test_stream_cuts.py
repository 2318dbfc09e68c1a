"""A stream cut mid-answer ends with an error event in the client's own API, in all four
shapes (client API x upstream API), never with a clean-looking end."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator

import anthropic
import httpx
import openai
import pytest

from tests.conftest import CLIENT_KEY
from tests.gateway_process import GatewayProcess
from tests.routing.pools_support import gateway
from waddleai.core.usage import UsageEvent
from waddleai.mock.testing import MockProcess, start_mock
from waddleai.pipeline.relays import (
    relay_openai,
    translate_anthropic_to_openai,
    translate_openai_to_anthropic,
)
from waddleai.translate import AnthropicToOpenAIStream, OpenAIToAnthropicStream

CONFIG = """
providers:
  - {{name: oa, kind: openai, endpoint: "{url}/v1", models: [gpt-4o], api_keys: [sk-oa]}}
  - {{name: an, kind: anthropic, endpoint: "{url}", models: ["claude-*"], api_keys: [sk-an]}}
"""
CUT = {"text": "one two three four five six seven eight nine ten", "disconnect_after": 4}
SHAPES = [
    ("openai", "gpt-4o"),
    ("openai", "claude-3-5-haiku-20241022"),
    ("anthropic", "claude-3-5-haiku-20241022"),
    ("anthropic", "gpt-4o"),
]


@pytest.fixture(scope="module")
def setup() -> Iterator[tuple[MockProcess, GatewayProcess]]:
    with start_mock() as mock, gateway(CONFIG.format(url=mock.url)) as gw:
        yield mock, gw


def _events(gw: GatewayProcess, api: str, model: str) -> list[tuple[str | None, str]]:
    headers = {"Authorization": f"Bearer {CLIENT_KEY}"}
    body = {"model": model, "stream": True, "max_tokens": 50}
    body["messages"] = [{"role": "user", "content": "count"}]
    path = "/v1/chat/completions" if api == "openai" else "/v1/messages"
    events: list[tuple[str | None, str]] = []
    with httpx.stream("POST", gw.url + path, json=body, headers=headers, timeout=10) as r:
        assert r.status_code == 200
        name = None
        for line in r.iter_lines():
            if line.startswith("event:"):
                name = line.split(":", 1)[1].strip()
            elif line.startswith("data:"):
                events.append((name, line.split(":", 1)[1].strip()))
                name = None
    return events


@pytest.mark.parametrize(("api", "model"), SHAPES)
def test_cut_stream_ends_with_an_error_event(setup, api, model):
    mock, gw = setup
    mock.script([CUT])
    events = _events(gw, api, model)
    last_name, last = events[-1]
    if api == "openai":
        assert "[DONE]" not in [d for _, d in events]
        assert "error" in json.loads(last), events
    else:
        assert last_name == "error", events
        assert "message_stop" not in [n for n, _ in events]
        assert json.loads(last)["error"]["type"] == "api_error"


@pytest.mark.parametrize(("api", "model"), SHAPES)
def test_the_sdks_raise_on_a_cut_stream(setup, api, model):
    mock, gw = setup
    mock.script([CUT])
    messages = [{"role": "user", "content": "count"}]
    if api == "openai":
        client = openai.OpenAI(base_url=gw.url + "/v1", api_key=CLIENT_KEY, max_retries=0)
        with pytest.raises(openai.APIError) as info:
            list(client.chat.completions.create(model=model, messages=messages, stream=True))
        assert not isinstance(info.value, openai.APIConnectionError)
    else:
        claude = anthropic.Anthropic(base_url=gw.url, api_key=CLIENT_KEY, max_retries=0)
        with pytest.raises(anthropic.APIStatusError):
            list(claude.messages.create(model=model, max_tokens=50, messages=messages, stream=True))


async def _chunks(*chunks: bytes) -> AsyncIterator[bytes]:
    for chunk in chunks:
        yield chunk


async def _collect(stream: AsyncIterator[bytes]) -> bytes:
    return b"".join([piece async for piece in stream])


async def test_an_openai_stream_that_ends_cleanly_but_early_is_an_error():
    event = UsageEvent("r", None, "openai", "gpt-4o")
    head = b'data: {"choices":[{"index":0,"delta":{"content":"Hi"},"finish_reason":null}]}\n\n'
    out = await _collect(relay_openai(_chunks(head), event, 0.0, False))
    assert out.endswith(b"\n\n") and b'"error"' in out.split(b"data: ")[-1]
    assert event.status == 502
    done = head + b'data: {"choices":[{"index":0,"delta":{},"finish_reason":"stop"}]}\n\n'
    event = UsageEvent("r", None, "openai", "gpt-4o")
    out = await _collect(relay_openai(_chunks(done + b"data: [DONE]\n\n"), event, 0.0, False))
    assert b'"error"' not in out and event.status == 200


async def test_an_anthropic_stream_without_message_stop_is_an_error_for_openai_clients():
    event = UsageEvent("r", None, "openai", "claude")
    start = (
        b'event: message_start\ndata: {"type":"message_start","message":{"id":"m","usage":'
        b'{"input_tokens":3,"output_tokens":0}}}\n\n'
    )
    translator = AnthropicToOpenAIStream(model="claude", include_usage=False)
    out = await _collect(translate_anthropic_to_openai(_chunks(start), event, 0.0, translator))
    assert b"[DONE]" not in out and b'"error"' in out
    assert event.status == 502


async def test_an_upstream_event_that_never_ends_is_cut_with_an_error(monkeypatch):
    """The relay buffers at most MAX_EVENT_BYTES of one event, then fails in-band."""
    from waddleai.translate import sse

    monkeypatch.setattr(sse, "MAX_EVENT_BYTES", 64 * 1024)
    event = UsageEvent("r", None, "openai", "gpt-4o")
    head = b'data: {"choices":[{"index":0,"delta":{"content":"Hi"},"finish_reason":null}]}\n\n'
    endless = (b'data: {"choices":[{"delta":{"content":"' + b"x" * 8192 for _ in range(100))
    out = await _collect(relay_openai(_chunks(head, *endless), event, 0.0, False))
    assert out.startswith(head) and b'"error"' in out.split(b"data: ")[-1]
    assert len(out) < 4096 and event.status == 502 and "exceeded" in (event.error or "")


async def test_an_openai_stream_translated_for_anthropic_clients_must_finish():
    """Without a finish_reason or [DONE] the message is cut: an error event, a 502."""
    head = b'data: {"choices":[{"index":0,"delta":{"content":"Hi"},"finish_reason":null}]}\n\n'
    event = UsageEvent("r", None, "anthropic", "gpt-4o")
    translator = OpenAIToAnthropicStream(model="claude")
    out = await _collect(translate_openai_to_anthropic(_chunks(head), event, 0.0, translator))
    assert b"event: error" in out and b"message_stop" not in out and event.status == 502
    for tail in (b"", b"data: [DONE]\n\n"):
        done = head + b'data: {"choices":[{"index":0,"delta":{},"finish_reason":"stop"}]}\n\n'
        event = UsageEvent("r", None, "anthropic", "gpt-4o")
        translator = OpenAIToAnthropicStream(model="claude")
        stream = translate_openai_to_anthropic(_chunks(done + tail), event, 0.0, translator)
        out = await _collect(stream)
        assert b"event: error" not in out and b"event: message_stop" in out
        assert b'"stop_reason":"end_turn"' in out and event.status == 200
