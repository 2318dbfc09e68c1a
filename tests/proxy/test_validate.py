"""validate_openai_chat: a field of the wrong JSON type is OpenAI's 400 `invalid_type`."""

from __future__ import annotations

import pytest

from waddleai.pipeline.operations.shapes import check_openai_shapes as validate_openai_chat
from waddleai.proxy.errors import GatewayError, error_body

USER = {"role": "user", "content": "hi"}


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"stream": True, "stream_options": "yes"}, "stream_options"),
        ({"stream": True, "stream_options": [["include_usage", True]]}, "stream_options"),
        ({"stream_options": {"include_usage": "true"}}, "stream_options.include_usage"),
        ({"messages": [USER, "hi"]}, "messages[1]"),
        ({"messages": [{"role": "assistant", "tool_calls": "x"}]}, "messages[0].tool_calls"),
        ({"messages": [{"role": "assistant", "tool_calls": {"a": 1}}]}, "messages[0].tool_calls"),
        ({"messages": [{"role": "assistant", "tool_calls": [5]}]}, "messages[0].tool_calls[0]"),
        (
            {"messages": [{"role": "assistant", "tool_calls": [{"function": "f"}]}]},
            "messages[0].tool_calls[0].function",
        ),
        (
            {"messages": [{"tool_calls": [{"function": {"name": "f", "arguments": {"a": 1}}}]}]},
            "messages[0].tool_calls[0].function.arguments",
        ),
    ],
)
def test_wrong_types_are_a_400_naming_the_field(body: dict, field: str) -> None:
    with pytest.raises(GatewayError) as caught:
        validate_openai_chat({"model": "m", "messages": [USER], **body})
    error = caught.value
    assert error.status == 400 and error.code == "invalid_type"
    assert f"'{field}'" in error.message
    assert error_body(error, "openai")["error"]["code"] == "invalid_type"


@pytest.mark.parametrize(
    "body",
    [
        {"messages": [USER]},
        {"messages": [USER], "stream": True, "stream_options": None},
        {"messages": [USER], "stream": True, "stream_options": {"include_usage": True}},
        {"messages": [USER], "stream_options": {}},
        {
            "messages": [
                USER,
                {
                    "role": "assistant",
                    "content": None,
                    "tool_calls": [
                        {
                            "id": "call_1",
                            "type": "function",
                            "function": {"name": "f", "arguments": '{"a": 1}'},
                        }
                    ],
                },
                {"role": "tool", "tool_call_id": "call_1", "content": "42"},
            ]
        },
        {"messages": [{"role": "assistant", "tool_calls": None}]},
        {"messages": "not checked here: the handler answers it"},
    ],
)
def test_valid_bodies_pass(body: dict) -> None:
    validate_openai_chat({"model": "m", **body})
