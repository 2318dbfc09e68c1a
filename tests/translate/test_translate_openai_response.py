"""OpenAI chat completion → Anthropic message (non-streaming)."""

from __future__ import annotations

from typing import Any

import pytest

from waddleai.translate import ToolNameMap, TranslationError, openai_response_to_anthropic

LONG = "mcp__" + "z" * 90


def completion(
    message: dict[str, Any], finish: str | None = "stop", **extra: Any
) -> dict[str, Any]:
    resp: dict[str, Any] = {
        "id": "chatcmpl-123",
        "object": "chat.completion",
        "model": "gpt-up",
        "choices": [{"index": 0, "message": message, "finish_reason": finish}],
        "usage": {"prompt_tokens": 100, "completion_tokens": 20, "total_tokens": 120},
    }
    resp["choices"][0].update(extra)
    return resp


def test_basic_text_response_shape() -> None:
    out = openai_response_to_anthropic(
        completion({"role": "assistant", "content": "Hello"}), model="claude-x"
    )
    assert out["type"] == "message" and out["role"] == "assistant"
    assert out["model"] == "claude-x"
    assert out["id"].startswith("msg_") and int(out["id"][4:], 16) >= 0
    assert out["content"] == [{"type": "text", "text": "Hello"}]
    assert out["stop_reason"] == "end_turn" and out["stop_sequence"] is None
    assert out["usage"] == {
        "input_tokens": 100,
        "output_tokens": 20,
        "cache_read_input_tokens": 0,
        "cache_creation_input_tokens": 0,
    }


def test_id_is_derived_from_upstream_id() -> None:
    a = openai_response_to_anthropic(completion({"content": "x"}), model="m")
    b = openai_response_to_anthropic(completion({"content": "y"}), model="m")
    assert a["id"] == b["id"]
    other = completion({"content": "x"})
    other["id"] = "chatcmpl-456"
    assert openai_response_to_anthropic(other, model="m")["id"] != a["id"]


def test_block_order_thinking_text_tools_and_name_restore() -> None:
    names = ToolNameMap([LONG])
    message = {
        "role": "assistant",
        "content": "Let me check.",
        "reasoning_content": "thinking hard",
        "tool_calls": [
            {
                "id": "call_1",
                "type": "function",
                "function": {"name": "Read", "arguments": '{"p":"a"}'},
            },
            {
                "id": "call_2",
                "type": "function",
                "function": {"name": names.to_upstream(LONG), "arguments": "{}"},
            },
        ],
    }
    out = openai_response_to_anthropic(
        completion(message, "tool_calls"), model="m", tool_names=names
    )
    assert out["content"] == [
        {"type": "thinking", "thinking": "thinking hard", "signature": ""},
        {"type": "text", "text": "Let me check."},
        {"type": "tool_use", "id": "call_1", "name": "Read", "input": {"p": "a"}},
        {"type": "tool_use", "id": "call_2", "name": LONG, "input": {}},
    ]
    assert out["stop_reason"] == "tool_use"


def test_reasoning_field_alias() -> None:
    out = openai_response_to_anthropic(completion({"content": "a", "reasoning": "r"}), model="m")
    assert out["content"][0] == {"type": "thinking", "thinking": "r", "signature": ""}


@pytest.mark.parametrize("raw", ["{not json", "[1, 2]", '"str"', "42"])
def test_unparsable_arguments_kept_visible(raw: str) -> None:
    message = {"tool_calls": [{"id": "c", "function": {"name": "T", "arguments": raw}}]}
    out = openai_response_to_anthropic(completion(message, "tool_calls"), model="m")
    assert out["content"] == [
        {"type": "tool_use", "id": "c", "name": "T", "input": {"raw_arguments": raw}}
    ]


def test_empty_arguments_are_empty_object_and_missing_id_generated() -> None:
    message = {"tool_calls": [{"type": "function", "function": {"name": "T", "arguments": ""}}]}
    out = openai_response_to_anthropic(completion(message, "tool_calls"), model="m")
    block = out["content"][0]
    assert block["input"] == {}
    assert block["id"].startswith("toolu_")


def test_legacy_function_call() -> None:
    message = {"function_call": {"name": "T", "arguments": '{"a":1}'}}
    out = openai_response_to_anthropic(completion(message, "function_call"), model="m")
    assert out["content"][0]["input"] == {"a": 1}
    assert out["stop_reason"] == "tool_use"


def test_empty_message_yields_empty_text_block() -> None:
    out = openai_response_to_anthropic(completion({"content": None}), model="m")
    assert out["content"] == [{"type": "text", "text": ""}]


def test_content_parts_and_refusal() -> None:
    parts = {"content": [{"type": "text", "text": "a"}, {"type": "text", "text": "b"}]}
    assert openai_response_to_anthropic(completion(parts), model="m")["content"] == [
        {"type": "text", "text": "ab"}
    ]
    refusal = openai_response_to_anthropic(
        completion({"content": None, "refusal": "I can't"}, "content_filter"), model="m"
    )
    assert refusal["content"] == [{"type": "text", "text": "I can't"}]
    assert refusal["stop_reason"] == "refusal"


@pytest.mark.parametrize(
    ("finish", "stop_reason"),
    [
        ("stop", "end_turn"),
        ("length", "max_tokens"),
        ("tool_calls", "tool_use"),
        ("function_call", "tool_use"),
        ("content_filter", "refusal"),
        (None, "end_turn"),
        ("weird", "end_turn"),
    ],
)
def test_finish_reason_mapping(finish: str | None, stop_reason: str) -> None:
    out = openai_response_to_anthropic(completion({"content": "x"}, finish), model="m")
    assert out["stop_reason"] == stop_reason


def test_tool_calls_with_stop_finish_become_tool_use() -> None:
    message = {"tool_calls": [{"id": "c", "function": {"name": "T", "arguments": "{}"}}]}
    out = openai_response_to_anthropic(completion(message, "stop"), model="m")
    assert out["stop_reason"] == "tool_use"


@pytest.mark.parametrize("key", ["stop_reason", "matched_stop"])
def test_stop_sequence_reported_by_upstream(key: str) -> None:
    resp = completion({"content": "x"}, "stop", **{key: "END"})
    out = openai_response_to_anthropic(resp, model="m", stop_sequences=["END"])
    assert out["stop_reason"] == "stop_sequence" and out["stop_sequence"] == "END"
    # Not requested by the client, or no sequences given: ordinary end_turn.
    assert openai_response_to_anthropic(resp, model="m")["stop_reason"] == "end_turn"
    other = openai_response_to_anthropic(resp, model="m", stop_sequences=["OTHER"])
    assert other["stop_reason"] == "end_turn" and other["stop_sequence"] is None


def test_vllm_token_id_stop_reason_ignored() -> None:
    resp = completion({"content": "x"}, "stop", stop_reason=128001)
    out = openai_response_to_anthropic(resp, model="m", stop_sequences=["END"])
    assert out["stop_reason"] == "end_turn"


def test_usage_cache_split_not_double_counted() -> None:
    resp = completion({"content": "x"})
    resp["usage"] = {
        "prompt_tokens": 1000,
        "completion_tokens": 50,
        "prompt_tokens_details": {"cached_tokens": 800},
        "waddleai_tokens": 77,
    }
    usage = openai_response_to_anthropic(resp, model="m")["usage"]
    assert usage == {
        "input_tokens": 200,
        "output_tokens": 50,
        "cache_read_input_tokens": 800,
        "cache_creation_input_tokens": 0,
        "waddleai_tokens": 77,
    }
    assert usage["input_tokens"] + usage["cache_read_input_tokens"] == 1000


def test_missing_usage_is_zero() -> None:
    resp = completion({"content": "x"})
    del resp["usage"]
    assert openai_response_to_anthropic(resp, model="m")["usage"]["input_tokens"] == 0


@pytest.mark.parametrize("resp", [{}, {"choices": []}, {"choices": ["x"]}, []])
def test_malformed_upstream_is_502(resp: Any) -> None:
    with pytest.raises(TranslationError) as info:
        openai_response_to_anthropic(resp, model="m")
    assert info.value.status == 502
