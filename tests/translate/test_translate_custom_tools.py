"""OpenAI ``custom`` (free-form input) tools served by an Anthropic upstream."""

from __future__ import annotations

from typing import Any

import pytest

from tests.translate.translate_helpers import parse_sse
from waddleai.translate import (
    AnthropicToOpenAIStream,
    TranslationError,
    anthropic_response_to_openai,
    openai_custom_tools,
    openai_request_to_anthropic,
)
from waddleai.translate.custom_tools import CUSTOM_INPUT_SCHEMA

GRAMMAR = {"type": "grammar", "grammar": {"syntax": "lark", "definition": 'start: "SELECT" /.+/'}}
CODE = {"type": "custom", "custom": {"name": "code_exec", "description": "Runs Python"}}
SQL = {"type": "custom", "custom": {"name": "sql", "format": GRAMMAR}}
FUNC = {"type": "function", "function": {"name": "f", "parameters": {"type": "object"}}}
BODY = {"messages": [{"role": "user", "content": "run it"}], "tools": [CODE, SQL, FUNC]}


def to_anthropic(body: dict[str, Any]) -> dict[str, Any]:
    return openai_request_to_anthropic(body, model="claude-up")


def test_custom_tools_become_single_string_input_tools() -> None:
    out = to_anthropic(BODY)
    assert out["tools"][0] == {
        "name": "code_exec",
        "description": "Runs Python",
        "input_schema": CUSTOM_INPUT_SCHEMA,
    }
    assert CUSTOM_INPUT_SCHEMA["properties"]["input"]["type"] == "string"
    assert CUSTOM_INPUT_SCHEMA["required"] == ["input"]
    assert out["tools"][1]["name"] == "sql"
    assert 'start: "SELECT"' in out["tools"][1]["description"]  # the grammar, told
    assert out["tools"][2]["name"] == "f"
    assert openai_custom_tools(BODY) == {"code_exec", "sql"}


def test_custom_tool_choice_and_history_call() -> None:
    call = {"id": "call_1", "type": "custom", "custom": {"name": "code_exec", "input": "print(1)"}}
    body = {
        **BODY,
        "tool_choice": {"type": "custom", "custom": {"name": "code_exec"}},
        "messages": [
            {"role": "user", "content": "run it"},
            {"role": "assistant", "content": None, "tool_calls": [call]},
            {"role": "tool", "tool_call_id": "call_1", "content": "1"},
        ],
    }
    out = to_anthropic(body)
    assert out["tool_choice"] == {"type": "tool", "name": "code_exec"}
    assert out["messages"][1]["content"] == [
        {"type": "tool_use", "id": "call_1", "name": "code_exec", "input": {"input": "print(1)"}}
    ]
    assert out["messages"][2]["content"][0]["tool_use_id"] == "call_1"


def test_custom_tool_without_name_is_400() -> None:
    with pytest.raises(TranslationError, match=r"tools\.0\.custom\.name"):
        to_anthropic({**BODY, "tools": [{"type": "custom", "custom": {}}]})


def anthropic_message(*content: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": "msg_1",
        "type": "message",
        "role": "assistant",
        "content": list(content),
        "stop_reason": "tool_use",
        "usage": {"input_tokens": 3, "output_tokens": 4},
    }


def test_response_maps_custom_tool_use_back_to_a_custom_call() -> None:
    resp = anthropic_message(
        {"type": "tool_use", "id": "toolu_1", "name": "code_exec", "input": {"input": "print(2)"}},
        {"type": "tool_use", "id": "toolu_2", "name": "f", "input": {"a": 1}},
    )
    out = anthropic_response_to_openai(resp, model="gpt-x", custom_tools=openai_custom_tools(BODY))
    calls = out["choices"][0]["message"]["tool_calls"]
    assert calls[0] == {
        "id": "toolu_1",
        "type": "custom",
        "custom": {"name": "code_exec", "input": "print(2)"},
    }
    assert calls[1]["type"] == "function" and calls[1]["function"]["arguments"] == '{"a":1}'
    assert out["choices"][0]["finish_reason"] == "tool_calls"


def test_stream_maps_custom_tool_use_back_to_a_custom_call() -> None:
    stream = AnthropicToOpenAIStream(model="gpt-x", include_usage=False, custom_tools={"sql"})
    events = [
        {"type": "message_start", "message": {"usage": {"input_tokens": 1}}},
        {
            "type": "content_block_start",
            "index": 0,
            "content_block": {"type": "tool_use", "id": "toolu_9", "name": "sql", "input": {}},
        },
        {
            "type": "content_block_delta",
            "index": 0,
            "delta": {"type": "input_json_delta", "partial_json": '{"input": "SELECT'},
        },
        {
            "type": "content_block_delta",
            "index": 0,
            "delta": {"type": "input_json_delta", "partial_json": ' 1"}'},
        },
        {"type": "content_block_stop", "index": 0},
        {"type": "message_delta", "delta": {"stop_reason": "tool_use"}, "usage": {}},
    ]
    raw = b"".join(stream.feed(e["type"], e) for e in events) + stream.finish()
    calls = [
        c
        for _, data in parse_sse(raw)
        if isinstance(data, dict)
        for c in data["choices"][0]["delta"].get("tool_calls", [])
    ]
    assert calls[0] == {
        "index": 0,
        "id": "toolu_9",
        "type": "custom",
        "custom": {"name": "sql", "input": ""},
    }
    assert "".join(c["custom"]["input"] for c in calls) == "SELECT 1"
    assert all("function" not in c for c in calls)
