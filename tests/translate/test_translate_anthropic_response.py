"""Anthropic message → OpenAI chat completion (non-streaming)."""

from __future__ import annotations

from typing import Any

import orjson
import pytest

from waddleai.translate import TranslationError, anthropic_response_to_openai


def message(
    content: list[dict[str, Any]], stop: str | None = "end_turn", **usage: int
) -> dict[str, Any]:
    return {
        "id": "msg_abc",
        "type": "message",
        "role": "assistant",
        "model": "claude-up",
        "content": content,
        "stop_reason": stop,
        "stop_sequence": None,
        "usage": usage or {"input_tokens": 10, "output_tokens": 5},
    }


def test_text_thinking_and_tool_calls() -> None:
    out = anthropic_response_to_openai(
        message(
            [
                {"type": "thinking", "thinking": "hmm", "signature": "s"},
                {"type": "text", "text": "a"},
                {"type": "text", "text": "b"},
                {"type": "tool_use", "id": "toolu_1", "name": "Read", "input": {"p": [1, "x"]}},
            ],
            "tool_use",
        ),
        model="gpt-client",
        created=123,
    )
    assert out["object"] == "chat.completion"
    assert out["id"].startswith("chatcmpl-")
    assert out["model"] == "gpt-client" and out["created"] == 123
    choice = out["choices"][0]
    assert choice["finish_reason"] == "tool_calls"
    msg = choice["message"]
    assert msg["role"] == "assistant" and msg["content"] == "ab"
    assert msg["reasoning_content"] == "hmm"
    call = msg["tool_calls"][0]
    assert call["id"] == "toolu_1" and call["type"] == "function"
    assert call["function"]["name"] == "Read"
    assert orjson.loads(call["function"]["arguments"]) == {"p": [1, "x"]}


def test_tool_only_message_has_null_content() -> None:
    out = anthropic_response_to_openai(
        message([{"type": "tool_use", "id": "t", "name": "n", "input": {}}], "tool_use"), model="m"
    )
    assert out["choices"][0]["message"]["content"] is None


def test_empty_content_is_empty_string() -> None:
    out = anthropic_response_to_openai(message([]), model="m")
    assert out["choices"][0]["message"]["content"] == ""
    assert "tool_calls" not in out["choices"][0]["message"]


@pytest.mark.parametrize(
    ("stop", "finish"),
    [
        ("end_turn", "stop"),
        ("stop_sequence", "stop"),
        ("max_tokens", "length"),
        ("tool_use", "tool_calls"),
        ("refusal", "content_filter"),
        ("pause_turn", "stop"),
        (None, "stop"),
        ("brand_new", "stop"),
    ],
)
def test_finish_reason_mapping(stop: str | None, finish: str) -> None:
    out = anthropic_response_to_openai(message([{"type": "text", "text": "x"}], stop), model="m")
    assert out["choices"][0]["finish_reason"] == finish


def test_usage_includes_cache_tokens() -> None:
    out = anthropic_response_to_openai(
        message(
            [{"type": "text", "text": "x"}],
            input_tokens=10,
            output_tokens=7,
            cache_read_input_tokens=100,
            cache_creation_input_tokens=20,
        ),
        model="m",
    )
    assert out["usage"] == {
        "prompt_tokens": 130,
        "completion_tokens": 7,
        "total_tokens": 137,
        "prompt_tokens_details": {"cached_tokens": 100},
        "cache_creation_input_tokens": 20,  # cache writes: no OpenAI field, ours beside
    }


@pytest.mark.parametrize("resp", [{}, {"content": "x"}, []])
def test_malformed_upstream_is_502(resp: Any) -> None:
    with pytest.raises(TranslationError) as info:
        anthropic_response_to_openai(resp, model="m")
    assert info.value.status == 502
