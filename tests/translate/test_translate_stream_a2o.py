"""Anthropic SSE events → OpenAI chunk stream (AnthropicToOpenAIStream)."""

from __future__ import annotations

import json
import random
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.translate.translate_helpers import collect_openai_stream, parse_sse
from waddleai.translate import AnthropicToOpenAIStream, SSEDecoder, encode_event


def message_start(input_tokens: int = 10, cache_read: int = 0) -> dict[str, Any]:
    usage = {
        "input_tokens": input_tokens,
        "output_tokens": 1,
        "cache_read_input_tokens": cache_read,
    }
    message = {"id": "msg_1", "type": "message", "role": "assistant", "content": [], "usage": usage}
    return {"type": "message_start", "message": message}


def block_start(index: int, block: dict[str, Any]) -> dict[str, Any]:
    return {"type": "content_block_start", "index": index, "content_block": block}


def block_delta(index: int, delta: dict[str, Any]) -> dict[str, Any]:
    return {"type": "content_block_delta", "index": index, "delta": delta}


def message_delta(stop_reason: str | None, output_tokens: int = 5) -> dict[str, Any]:
    return {
        "type": "message_delta",
        "delta": {"stop_reason": stop_reason, "stop_sequence": None},
        "usage": {"output_tokens": output_tokens},
    }


def run(
    events: list[dict[str, Any]], include_usage: bool = True
) -> tuple[bytes, AnthropicToOpenAIStream]:
    stream = AnthropicToOpenAIStream(model="gpt-client", include_usage=include_usage, created=7)
    raw = b"".join(stream.feed(e["type"], e) for e in events) + stream.finish()
    return raw, stream


def full_events() -> list[dict[str, Any]]:
    return [
        message_start(10, cache_read=90),
        {"type": "ping"},
        block_start(0, {"type": "thinking", "thinking": "", "signature": ""}),
        block_delta(0, {"type": "thinking_delta", "thinking": "hmm"}),
        block_delta(0, {"type": "signature_delta", "signature": "abc"}),
        {"type": "content_block_stop", "index": 0},
        block_start(1, {"type": "text", "text": ""}),
        block_delta(1, {"type": "text_delta", "text": "Hi "}),
        block_delta(1, {"type": "text_delta", "text": "there"}),
        {"type": "content_block_stop", "index": 1},
        block_start(2, {"type": "tool_use", "id": "toolu_1", "name": "Read", "input": {}}),
        block_delta(2, {"type": "input_json_delta", "partial_json": '{"p":'}),
        block_delta(2, {"type": "input_json_delta", "partial_json": ' "x"}'}),
        {"type": "content_block_stop", "index": 2},
        block_start(3, {"type": "tool_use", "id": "toolu_2", "name": "Bash", "input": {}}),
        block_delta(3, {"type": "input_json_delta", "partial_json": "{}"}),
        {"type": "content_block_stop", "index": 3},
        message_delta("tool_use", 42),
        {"type": "message_stop"},
    ]


def test_full_stream() -> None:
    raw, stream = run(full_events())
    out = collect_openai_stream(raw)
    first = out["first"]
    assert first["choices"][0]["delta"] == {"role": "assistant", "content": ""}
    assert first["model"] == "gpt-client" and first["created"] == 7
    assert first["id"].startswith("chatcmpl-") and "usage" in first and first["usage"] is None
    assert out["roles"] == ["assistant"]
    assert out["content"] == "Hi there"
    assert out["reasoning"] == "hmm"
    assert out["tool_calls"] == [
        {"id": "toolu_1", "name": "Read", "arguments": '{"p": "x"}'},
        {"id": "toolu_2", "name": "Bash", "arguments": "{}"},
    ]
    assert out["tool_indexes"] == [0, 1]  # OpenAI tool indexes, not Anthropic block indexes
    assert out["finish"] == ["tool_calls"]
    assert out["usage"] == {
        "prompt_tokens": 100,
        "completion_tokens": 42,
        "total_tokens": 142,
        "prompt_tokens_details": {"cached_tokens": 90},
    }
    assert stream.finish_reason == "tool_calls"
    assert stream.usage["prompt_tokens"] == 100
    assert stream.text == "Hi there"


def test_all_chunks_share_id_and_done_is_last() -> None:
    raw, _ = run(full_events())
    events = parse_sse(raw)
    assert events[-1] == (None, "[DONE]")
    assert len({e[1]["id"] for e in events[:-1]}) == 1
    assert raw.endswith(b"data: [DONE]\n\n")


def test_without_include_usage() -> None:
    raw, _ = run(full_events(), include_usage=False)
    out = collect_openai_stream(raw)
    assert out["usage"] is None
    assert "usage" not in out["first"]


@pytest.mark.parametrize(
    ("stop", "finish"),
    [
        ("end_turn", "stop"),
        ("stop_sequence", "stop"),
        ("max_tokens", "length"),
        ("tool_use", "tool_calls"),
        ("refusal", "content_filter"),
        (None, "stop"),
    ],
)
def test_finish_reason_mapping(stop: str | None, finish: str) -> None:
    raw, _ = run([message_start(), message_delta(stop), {"type": "message_stop"}])
    assert collect_openai_stream(raw)["finish"] == [finish]


def test_missing_message_delta_still_finishes() -> None:
    raw, stream = run([message_start(), block_start(0, {"type": "text", "text": ""})])
    out = collect_openai_stream(raw)
    assert out["finish"] == ["stop"]
    assert out["roles"] == ["assistant"]
    assert stream.finish() == b""


def test_empty_upstream_stream() -> None:
    raw, _ = run([])
    out = collect_openai_stream(raw)
    assert out["roles"] == ["assistant"] and out["finish"] == ["stop"]
    assert out["usage"]["prompt_tokens"] == 0


def test_error_event_becomes_openai_error_chunk() -> None:
    stream = AnthropicToOpenAIStream(model="m", include_usage=False)
    stream.feed("message_start", message_start())
    raw = stream.feed(
        "error", {"type": "error", "error": {"type": "overloaded_error", "message": "Overloaded"}}
    )
    assert parse_sse(raw) == [
        (
            None,
            {"error": {"message": "Overloaded", "type": "overloaded_error", "code": "overloaded"}},
        )
    ]


def test_error_event_keeps_a_context_length_code() -> None:
    stream = AnthropicToOpenAIStream(model="m", include_usage=False)
    error = {"type": "invalid_request_error", "message": "prompt is too long: 9 > 8"}
    raw = stream.feed("error", {"type": "error", "error": error})
    assert parse_sse(raw)[-1][1]["error"]["code"] == "context_length_exceeded"


def test_ignored_events_and_bad_data() -> None:
    stream = AnthropicToOpenAIStream(model="m", include_usage=False)
    assert stream.feed("ping", {"type": "ping"}) == b""
    assert stream.feed("content_block_stop", {"type": "content_block_stop", "index": 0}) == b""
    assert stream.feed("message_stop", {"type": "message_stop"}) == b""
    assert stream.feed("future_event", {"type": "future_event"}) == b""
    assert stream.feed(None, "nope") == b""  # type: ignore[arg-type]
    # A delta for an unknown tool block is dropped rather than mis-assigned.
    unknown = block_delta(9, {"type": "input_json_delta", "partial_json": "{}"})
    assert stream.feed("content_block_delta", unknown) == b""


def test_event_name_used_when_type_missing() -> None:
    stream = AnthropicToOpenAIStream(model="m", include_usage=False)
    raw = stream.feed(
        "content_block_delta", {"index": 0, "delta": {"type": "text_delta", "text": "x"}}
    )
    assert [d["choices"][0]["delta"] for _, d in parse_sse(raw)] == [
        {"role": "assistant", "content": ""},
        {"content": "x"},
    ]


def test_prefilled_tool_input_sent_whole() -> None:
    raw, _ = run(
        [
            message_start(),
            block_start(0, {"type": "tool_use", "id": "t", "name": "n", "input": {"a": 1}}),
        ]
    )
    assert collect_openai_stream(raw)["tool_calls"][0]["arguments"] == '{"a":1}'


# ------------------------------------------------------------------ property test

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**53), 2**53) | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=2) | st.dictionaries(st.text(max_size=4), inner, max_size=2)
    ),
    max_leaves=5,
)
blocks_strategy = st.lists(
    st.one_of(
        st.tuples(st.just("text"), st.text(max_size=20)),
        st.tuples(st.just("thinking"), st.text(max_size=20)),
        st.tuples(
            st.just("tool_use"), st.dictionaries(st.text(max_size=5), json_values, max_size=3)
        ),
    ),
    max_size=4,
)


def split(rnd: random.Random, text: str) -> list[str]:
    if len(text) < 2:
        return [text] if text else []
    cuts = rnd.sample(range(1, len(text)), min(rnd.randint(0, 5), len(text) - 1))
    points = [0, *sorted(cuts), len(text)]
    return [text[a:b] for a, b in zip(points, points[1:], strict=False)]


@settings(max_examples=100, deadline=None)
@given(blocks=blocks_strategy, rnd=st.randoms(use_true_random=False), wire=st.booleans())
def test_property_reassembly(blocks: list[tuple[str, Any]], rnd: random.Random, wire: bool) -> None:
    events = [message_start(3)]
    for i, (kind, value) in enumerate(blocks):
        if kind == "text":
            events.append(block_start(i, {"type": "text", "text": ""}))
            events += [block_delta(i, {"type": "text_delta", "text": p}) for p in split(rnd, value)]
        elif kind == "thinking":
            events.append(block_start(i, {"type": "thinking", "thinking": ""}))
            events += [
                block_delta(i, {"type": "thinking_delta", "thinking": p}) for p in split(rnd, value)
            ]
        else:
            events.append(
                block_start(i, {"type": "tool_use", "id": f"t{i}", "name": f"n{i}", "input": {}})
            )
            pieces = split(rnd, json.dumps(value))
            events += [
                block_delta(i, {"type": "input_json_delta", "partial_json": p}) for p in pieces
            ]
        events.append({"type": "content_block_stop", "index": i})
    has_tools = any(kind == "tool_use" for kind, _ in blocks)
    events += [message_delta("tool_use" if has_tools else "end_turn", 9), {"type": "message_stop"}]

    stream = AnthropicToOpenAIStream(model="m", include_usage=True)
    if wire:  # go through real SSE bytes, split arbitrarily, like the proxy does
        raw_in = b"".join(encode_event(e["type"], e) for e in events)
        decoder = SSEDecoder()
        raw = b""
        for part in split(rnd, raw_in.decode("latin-1")):
            for name, data in decoder.feed(part.encode("latin-1")):
                raw += stream.feed(name, json.loads(data))
        raw += stream.finish()
    else:
        raw = b"".join(stream.feed(e["type"], e) for e in events) + stream.finish()

    out = collect_openai_stream(raw)
    assert out["content"] == "".join(v for k, v in blocks if k == "text")
    assert out["reasoning"] == "".join(v for k, v in blocks if k == "thinking")
    tools = [(i, v) for i, (k, v) in enumerate(blocks) if k == "tool_use"]
    assert [(c["id"], c["name"]) for c in out["tool_calls"]] == [
        (f"t{i}", f"n{i}") for i, _ in tools
    ]
    assert [json.loads(c["arguments"]) for c in out["tool_calls"]] == [v for _, v in tools]
    assert out["finish"] == ["tool_calls" if has_tools else "stop"]
    assert out["usage"]["completion_tokens"] == 9 and out["usage"]["prompt_tokens"] == 3


def test_finish_merges_extra_usage_into_the_usage_chunk_only() -> None:
    stream = AnthropicToOpenAIStream(model="gpt-client", include_usage=True, created=7)
    raw = b"".join(stream.feed(e["type"], e) for e in full_events())
    raw += stream.finish({"waddleai_tokens": 42})
    chunks = [data for _, data in parse_sse(raw) if isinstance(data, dict)]
    usages = [c["usage"] for c in chunks if c.get("usage")]
    assert len(usages) == 1 and usages[0]["waddleai_tokens"] == 42
    assert usages[0]["prompt_tokens"] == stream.usage["prompt_tokens"]
    assert "waddleai_tokens" not in stream.usage
