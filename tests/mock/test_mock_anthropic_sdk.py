"""The official ``anthropic`` SDK pointed straight at the mock parses everything."""

from __future__ import annotations

import json
import re
import time

import anthropic
import httpx
import pytest

from waddleai.mock.options import DEFAULT_REPLY
from waddleai.mock.testing import MockProcess
from waddleai.mock.tokens import count_tokens

TOOL_INPUT = {"city": "Oslo", "when": {"day": "tomorrow", "hours": [9, 12]}}
TOOLS = [{"name": "forecast", "description": "Weather", "input_schema": {"type": "object"}}]
MESSAGES = [{"role": "user", "content": "hello there"}]


def client(mock: MockProcess, **kwargs: object) -> anthropic.Anthropic:
    """SDK client without retries so faults surface immediately."""
    return anthropic.Anthropic(
        base_url=mock.anthropic_base_url, api_key="sk-ant-x", max_retries=0, **kwargs
    )


def raw_events(mock: MockProcess, payload: dict[str, object]) -> list[tuple[str, dict]]:
    """(event name, data) pairs of a streamed request, read without the SDK."""
    events = []
    name = ""
    with httpx.stream("POST", mock.url + "/v1/messages", json=payload) as response:
        assert response.headers["content-type"].startswith("text/event-stream")
        for line in response.iter_lines():
            if line.startswith("event: "):
                name = line[7:]
            elif line.startswith("data: "):
                data = json.loads(line[6:])
                assert data["type"] == name
                events.append((name, data))
    return events


def test_plain_message(upstream: MockProcess) -> None:
    message = client(upstream).messages.create(
        model="claude-sonnet-4-20250514", max_tokens=256, system="Be brief.", messages=MESSAGES
    )
    assert message.id.startswith("msg_")
    assert message.model == "claude-sonnet-4-20250514"
    assert message.content[0].type == "text" and message.content[0].text == DEFAULT_REPLY
    assert message.stop_reason == "end_turn"
    assert message.usage.input_tokens == count_tokens("Be brief.") + count_tokens("hello there")
    assert message.usage.output_tokens == count_tokens(DEFAULT_REPLY)


def test_stream_event_grammar(upstream: MockProcess) -> None:
    upstream.script(
        {
            "reasoning": "Think first.",
            "text": "Calling the tool now.",
            "tool_calls": [{"name": "forecast", "arguments": TOOL_INPUT}],
        }
    )
    payload = {"model": "claude", "max_tokens": 99, "stream": True, "messages": MESSAGES}
    events = raw_events(upstream, payload)
    names = [name for name, _ in events]
    assert names[:3] == ["message_start", "content_block_start", "ping"]
    assert names[-2:] == ["message_delta", "message_stop"]
    starts = [data for name, data in events if name == "content_block_start"]
    assert [s["content_block"]["type"] for s in starts] == ["thinking", "text", "tool_use"]
    assert starts[2]["content_block"]["input"] == {}
    stops = [data["index"] for name, data in events if name == "content_block_stop"]
    assert stops == [0, 1, 2]
    deltas = [data["delta"] for name, data in events if name == "content_block_delta"]
    kinds = [d["type"] for d in deltas]
    assert kinds.index("signature_delta") == kinds.index("text_delta") - 1
    fragments = [d["partial_json"] for d in deltas if d["type"] == "input_json_delta"]
    assert fragments[0] == "" and len(fragments) > 4
    assert json.loads("".join(fragments)) == TOOL_INPUT
    final = events[-2][1]
    assert final["delta"]["stop_reason"] == "tool_use"
    assert final["usage"]["output_tokens"] > 1


def test_sdk_stream_helper_accumulates(upstream: MockProcess) -> None:
    upstream.script(
        {
            "reasoning": "Hmm.",
            "text": "Here you go.",
            "tool_calls": [{"id": "toolu_fixed", "name": "forecast", "arguments": TOOL_INPUT}],
        }
    )
    with client(upstream).messages.stream(
        model="claude-opus-4-20250514", max_tokens=100, messages=MESSAGES, tools=TOOLS
    ) as stream:
        text = "".join(stream.text_stream)
        message = stream.get_final_message()
    assert text == "Here you go."
    thinking, said, tool = message.content
    assert thinking.type == "thinking" and thinking.thinking == "Hmm." and thinking.signature
    assert said.type == "text" and said.text == "Here you go."
    assert tool.type == "tool_use" and tool.id == "toolu_fixed" and tool.input == TOOL_INPUT
    assert message.stop_reason == "tool_use"
    assert message.usage.input_tokens == count_tokens("hello there")


def test_plain_stream_text(upstream: MockProcess) -> None:
    with client(upstream).messages.stream(
        model="claude-3-5-haiku-20241022", max_tokens=100, messages=MESSAGES
    ) as stream:
        pieces = list(stream.text_stream)
        message = stream.get_final_message()
    assert "".join(pieces) == DEFAULT_REPLY and len(pieces) == len(DEFAULT_REPLY.split())
    assert message.usage.output_tokens == count_tokens(DEFAULT_REPLY)


def test_tool_use_non_stream(upstream: MockProcess) -> None:
    upstream.script({"tool_calls": [{"name": "forecast", "arguments": TOOL_INPUT}]})
    message = client(upstream).messages.create(
        model="claude", max_tokens=50, messages=MESSAGES, tools=TOOLS
    )
    (block,) = message.content
    assert block.type == "tool_use" and block.id.startswith("toolu_")
    assert block.input == TOOL_INPUT
    assert message.stop_reason == "tool_use"


def test_max_tokens_stop_reason(upstream: MockProcess) -> None:
    message = client(upstream).messages.create(model="claude", max_tokens=2, messages=MESSAGES)
    assert message.stop_reason == "max_tokens" and message.usage.output_tokens == 2


def test_count_tokens(upstream: MockProcess) -> None:
    result = client(upstream).messages.count_tokens(model="claude", system="sys", messages=MESSAGES)
    assert result.input_tokens == count_tokens("sys") + count_tokens("hello there")


def test_records_version_and_beta_headers(upstream: MockProcess) -> None:
    client(upstream).messages.create(
        model="claude",
        max_tokens=10,
        messages=MESSAGES,
        extra_headers={"anthropic-beta": "prompt-caching-2024-07-31"},
    )
    (request,) = upstream.requests()
    assert request["path"] == "/v1/messages" and request["method"] == "POST"
    assert re.fullmatch(r"\d{4}-\d\d-\d\d", request["headers"]["anthropic-version"])
    assert request["headers"]["anthropic-beta"] == "prompt-caching-2024-07-31"
    headers = request["headers"]
    assert "sk-ant-x" in (headers.get("x-api-key"), headers.get("authorization", "")[7:])
    assert request["json"]["messages"] == MESSAGES


def test_models_in_anthropic_shape(upstream: MockProcess) -> None:
    ids = [m.id for m in client(upstream).models.list()]
    assert ids and all(i.startswith("claude") for i in ids)


@pytest.mark.parametrize(
    ("model", "error"),
    [
        ("mock-error-500", anthropic.InternalServerError),
        ("mock-error-529", anthropic.InternalServerError),
        ("mock-error-429", anthropic.RateLimitError),
        ("mock-error-400", anthropic.BadRequestError),
    ],
)
def test_fault_models(upstream: MockProcess, model: str, error: type[Exception]) -> None:
    with pytest.raises(error) as info:
        client(upstream).messages.create(model=model, max_tokens=10, messages=MESSAGES)
    assert isinstance(info.value, anthropic.APIStatusError)
    body = info.value.body
    assert isinstance(body, dict) and body["type"] == "error" and body["error"]["type"]
    if model == "mock-error-429":
        assert info.value.response.headers["retry-after"] == "1"
        assert "anthropic-ratelimit-requests-remaining" in info.value.response.headers
    if model == "mock-error-529":
        assert body["error"]["type"] == "overloaded_error"


def test_malformed_disconnect_hang(upstream: MockProcess) -> None:
    sdk = client(upstream)
    with pytest.raises(ValueError):
        sdk.messages.create(model="mock-malformed", max_tokens=10, messages=MESSAGES)
    with pytest.raises(ValueError):
        list(
            sdk.messages.create(
                model="mock-malformed", max_tokens=10, messages=MESSAGES, stream=True
            )
        )
    events = []
    with pytest.raises(Exception) as info:  # noqa: B017 - checked below
        for event in sdk.messages.create(
            model="mock-disconnect", max_tokens=10, messages=MESSAGES, stream=True
        ):
            events.append(event)
    # The SDK lets the transport's error through unwrapped mid-stream.
    error = info.value
    assert (
        isinstance(error, anthropic.APIConnectionError) or "ProtocolError" in type(error).__name__
    )
    assert [e.type for e in events] == ["message_start", "content_block_start"]
    start = time.monotonic()
    with pytest.raises(anthropic.APITimeoutError):
        client(upstream, timeout=0.3).messages.create(
            model="mock-timeout", max_tokens=10, messages=MESSAGES
        )
    assert time.monotonic() - start < 3


def test_required_key(slow_keyed_upstream: MockProcess) -> None:
    with pytest.raises(anthropic.AuthenticationError) as info:
        client(slow_keyed_upstream).messages.create(model="claude", max_tokens=5, messages=MESSAGES)
    assert isinstance(info.value.body, dict)
    assert info.value.body["error"]["type"] == "authentication_error"
    ok = anthropic.Anthropic(
        base_url=slow_keyed_upstream.url, api_key="sk-mock-test", max_retries=0
    ).messages.create(model="claude", max_tokens=50, messages=MESSAGES)
    assert ok.content[0].type == "text"
