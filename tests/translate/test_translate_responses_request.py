"""Responses requests become the Chat Completions requests a chat upstream expects."""

from __future__ import annotations

import orjson
import pytest

from waddleai.translate import TranslationError
from waddleai.translate.responses import responses_request_to_chat


def convert(body, **kw):
    return responses_request_to_chat(body, model="up-model", **kw)


def test_string_input_with_instructions():
    req = convert({"model": "m", "input": "Hello", "instructions": "Be brief"})
    assert req.body["model"] == "up-model"
    assert req.body["messages"] == [
        {"role": "system", "content": "Be brief"},
        {"role": "user", "content": "Hello"},
    ]
    assert req.items[0]["type"] == "message" and req.items[0]["id"].startswith("msg_")


def test_roles_parts_images_and_files():
    body = {
        "input": [
            {"role": "developer", "content": "dev rules"},
            {"role": "system", "content": [{"type": "input_text", "text": "sys"}]},
            {
                "role": "user",
                "content": [
                    {"type": "input_text", "text": "look"},
                    {"type": "input_image", "image_url": "data:image/png;base64,AAA"},
                    {
                        "type": "input_file",
                        "file_data": "data:application/pdf;base64,JV",
                        "filename": "a.pdf",
                    },
                ],
            },
            {
                "type": "message",
                "role": "assistant",
                "content": [{"type": "output_text", "text": "ok"}],
            },
        ]
    }
    messages = convert(body).body["messages"]
    assert messages[0] == {"role": "system", "content": "dev rules"}
    assert messages[1] == {"role": "system", "content": "sys"}
    assert messages[2]["content"][1] == {
        "type": "image_url",
        "image_url": {"url": "data:image/png;base64,AAA"},
    }
    assert messages[2]["content"][2]["file"]["filename"] == "a.pdf"
    assert messages[3] == {"role": "assistant", "content": "ok"}


def test_function_and_custom_calls_with_outputs_and_history():
    history = [
        {"type": "message", "role": "user", "content": [{"type": "input_text", "text": "go"}]},
        {"type": "function_call", "call_id": "c1", "name": "shell", "arguments": '{"cmd":"ls"}'},
        {"type": "custom_tool_call", "call_id": "c2", "name": "apply_patch", "input": "*** Begin"},
    ]
    body = {
        "input": [
            {"type": "function_call_output", "call_id": "c1", "output": "a.txt"},
            {"type": "custom_tool_call_output", "call_id": "c2", "output": "Done"},
            {"type": "reasoning", "summary": []},
        ]
    }
    messages = convert(body, history=history).body["messages"]
    assert messages[0] == {"role": "user", "content": "go"}
    calls = messages[1]["tool_calls"]
    assert [c["id"] for c in calls] == ["c1", "c2"]
    assert orjson.loads(calls[1]["function"]["arguments"]) == {"input": "*** Begin"}
    assert messages[2] == {"role": "tool", "tool_call_id": "c1", "content": "a.txt"}
    assert messages[3] == {"role": "tool", "tool_call_id": "c2", "content": "Done"}
    assert len(messages) == 4


def test_tools_custom_becomes_function_with_input_string():
    body = {
        "input": "x",
        "tools": [
            {"type": "function", "name": "get", "parameters": {"type": "object"}, "strict": True},
            {
                "type": "custom",
                "name": "apply_patch",
                "description": "Patch files",
                "format": {"type": "grammar", "syntax": "lark", "definition": "start: /.+/"},
            },
        ],
        "tool_choice": {"type": "custom", "name": "apply_patch"},
        "parallel_tool_calls": False,
    }
    req = convert(body)
    get, patch = req.body["tools"]
    assert get["function"] == {"name": "get", "parameters": {"type": "object"}, "strict": True}
    assert patch["function"]["parameters"]["required"] == ["input"]
    assert "start: /.+/" in patch["function"]["description"]
    assert req.kinds == {"get": "function", "apply_patch": "custom"}
    assert req.body["tool_choice"] == {"type": "function", "function": {"name": "apply_patch"}}
    assert req.body["parallel_tool_calls"] is False


def test_hosted_tools_are_refused_not_dropped():
    with pytest.raises(TranslationError, match="web_search"):
        convert({"input": "x", "tools": [{"type": "web_search"}]})


@pytest.mark.parametrize("field", ["background", "conversation", "prompt"])
def test_openai_only_features_are_refused(field):
    with pytest.raises(TranslationError, match=field):
        convert({"input": "x", field: True if field == "background" else {"id": "c"}})


def test_text_format_reasoning_limits_and_stream():
    schema = {"type": "object", "properties": {"a": {"type": "integer"}}}
    body = {
        "input": "x",
        "text": {
            "format": {"type": "json_schema", "name": "out", "schema": schema, "strict": True}
        },
        "reasoning": {"effort": "high", "summary": "auto"},
        "max_output_tokens": 99,
        "temperature": 0.2,
        "stream": True,
        "metadata": {"k": "v"},
    }
    out = convert(body, supports_reasoning=True).body
    assert out["response_format"] == {
        "type": "json_schema",
        "json_schema": {"name": "out", "schema": schema, "strict": True},
    }
    assert out["reasoning_effort"] == "high"
    assert out["max_completion_tokens"] == 99 and out["temperature"] == 0.2
    assert out["stream"] is True and out["stream_options"] == {"include_usage": True}
    assert "reasoning_effort" not in convert(body).body  # a model without reasoning


@pytest.mark.parametrize(
    "body, message",
    [
        ({}, "input"),
        ({"input": 5}, "input"),
        ({"input": [{"type": "item_reference", "id": "x"}]}, "item references"),
        ({"input": [{"role": "robot", "content": "x"}]}, "role"),
        ({"input": [{"type": "function_call_output", "output": "x"}]}, "call_id"),
        ({"input": "x", "max_output_tokens": 0}, "max_output_tokens"),
        ({"input": "x", "metadata": {str(i): "v" for i in range(17)}}, "metadata"),
        ({"input": "x", "tools": [{"type": "function"}]}, "name"),
        ({"input": "x", "text": {"format": {"type": "yaml"}}}, "text.format"),
    ],
)
def test_bad_requests_are_clear_400s(body, message):
    with pytest.raises(TranslationError, match=message) as info:
        convert(body)
    assert info.value.status == 400


def test_namespace_tools_are_flattened_and_calls_keep_their_namespace():
    from waddleai.translate.responses import ResponseFrame, chat_response_to_responses

    tool = {"type": "function", "name": "close_agent", "parameters": {"type": "object"}}
    body = {
        "input": [
            {
                "type": "function_call",
                "call_id": "c0",
                "namespace": "agents",
                "name": "close_agent",
                "arguments": "{}",
            },
            {"type": "function_call_output", "call_id": "c0", "output": "closed"},
        ],
        "tools": [{"type": "namespace", "name": "agents", "description": "d", "tools": [tool]}],
    }
    req = convert(body)
    assert req.body["tools"][0]["function"]["name"] == "agents__close_agent"
    assert req.body["messages"][0]["tool_calls"][0]["function"]["name"] == "agents__close_agent"
    call = {
        "id": "c1",
        "type": "function",
        "function": {"name": "agents__close_agent", "arguments": "{}"},
    }
    chat = {"choices": [{"message": {"tool_calls": [call]}, "finish_reason": "tool_calls"}]}
    out = chat_response_to_responses(chat, ResponseFrame(request=body, model="m", kinds=req.kinds))
    assert out["output"][0]["name"] == "close_agent" and out["output"][0]["namespace"] == "agents"
