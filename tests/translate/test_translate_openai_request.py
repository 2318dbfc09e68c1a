"""OpenAI chat request → Anthropic Messages request."""

from __future__ import annotations

from typing import Any

import pytest

from waddleai.translate import TranslationError, openai_request_to_anthropic


def convert(body: dict[str, Any], **kwargs: Any) -> dict[str, Any]:
    return openai_request_to_anthropic(body, model="claude-up", **kwargs)


def text(t: str) -> dict[str, Any]:
    return {"type": "text", "text": t}


def test_basic_conversation_and_system_hoisting() -> None:
    out = convert(
        {
            "model": "gpt-4o",
            "messages": [
                {"role": "system", "content": "be nice"},
                {"role": "developer", "content": [{"type": "text", "text": "dev rules"}]},
                {"role": "user", "content": "hi"},
                {"role": "assistant", "content": "hello"},
                {"role": "system", "content": "late rule"},
                {"role": "user", "content": "more"},
            ],
        }
    )
    assert out["model"] == "claude-up"
    assert out["system"] == "be nice\n\ndev rules\n\nlate rule"
    assert out["messages"] == [
        {"role": "user", "content": [text("hi")]},
        {"role": "assistant", "content": [text("hello")]},
        {"role": "user", "content": [text("more")]},
    ]
    assert out["max_tokens"] == 4096


def test_no_system_key_when_absent() -> None:
    assert "system" not in convert({"messages": [{"role": "user", "content": "x"}]})


def test_images_data_url_and_http() -> None:
    out = convert(
        {
            "messages": [
                {
                    "role": "user",
                    "content": [
                        {"type": "text", "text": "what"},
                        {"type": "image_url", "image_url": {"url": "data:image/png;base64,QUJD"}},
                        {
                            "type": "image_url",
                            "image_url": {"url": "https://e.com/a.jpg", "detail": "high"},
                        },
                    ],
                }
            ]
        }
    )
    assert out["messages"][0]["content"] == [
        text("what"),
        {"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": "QUJD"}},
        {"type": "image", "source": {"type": "url", "url": "https://e.com/a.jpg"}},
    ]


@pytest.mark.parametrize("url", ["data:image/png,QUJD", "ftp://x/y.png", ""])
def test_bad_image_urls_are_400(url: str) -> None:
    body = {
        "messages": [
            {"role": "user", "content": [{"type": "image_url", "image_url": {"url": url}}]}
        ]
    }
    with pytest.raises(TranslationError) as info:
        convert(body)
    assert info.value.status == 400


def test_tool_calls_and_results_merging() -> None:
    out = convert(
        {
            "messages": [
                {"role": "user", "content": "weather in A and B?"},
                {
                    "role": "assistant",
                    "content": None,
                    "tool_calls": [
                        {
                            "id": "c1",
                            "type": "function",
                            "function": {"name": "w", "arguments": '{"city":"A"}'},
                        },
                        {
                            "id": "c2",
                            "type": "function",
                            "function": {"name": "w", "arguments": "{bad"},
                        },
                    ],
                },
                {"role": "tool", "tool_call_id": "c1", "content": "sunny"},
                {
                    "role": "tool",
                    "tool_call_id": "c2",
                    "content": [{"type": "text", "text": "rain"}],
                },
                {"role": "user", "content": "thanks"},
            ]
        }
    )
    assert out["messages"] == [
        {"role": "user", "content": [text("weather in A and B?")]},
        {
            "role": "assistant",
            "content": [
                {"type": "tool_use", "id": "c1", "name": "w", "input": {"city": "A"}},
                {"type": "tool_use", "id": "c2", "name": "w", "input": {"raw_arguments": "{bad"}},
            ],
        },
        {
            "role": "user",
            "content": [
                {"type": "tool_result", "tool_use_id": "c1", "content": "sunny"},
                {"type": "tool_result", "tool_use_id": "c2", "content": "rain"},
                text("thanks"),
            ],
        },
    ]


def test_assistant_text_and_tool_calls_and_empty_args() -> None:
    out = convert(
        {
            "messages": [
                {"role": "user", "content": "x"},
                {
                    "role": "assistant",
                    "content": "checking",
                    "tool_calls": [{"id": "c", "function": {"name": "t", "arguments": ""}}],
                },
                {"role": "tool", "tool_call_id": "c", "content": ""},
            ]
        }
    )
    assert out["messages"][1]["content"] == [
        text("checking"),
        {"type": "tool_use", "id": "c", "name": "t", "input": {}},
    ]
    assert out["messages"][2]["content"] == [{"type": "tool_result", "tool_use_id": "c"}]


def test_consecutive_same_role_merged_and_empty_dropped() -> None:
    out = convert(
        {
            "messages": [
                {"role": "user", "content": "a"},
                {"role": "user", "content": [{"type": "text", "text": "b"}]},
                {"role": "assistant", "content": ""},
                {"role": "user", "content": "c"},
                {"role": "assistant", "content": "d"},
                {"role": "assistant", "content": "e"},
            ]
        }
    )
    assert out["messages"] == [
        {"role": "user", "content": [text("a"), text("b"), text("c")]},
        {"role": "assistant", "content": [text("d"), text("e")]},
    ]


def test_tools_and_default_schema() -> None:
    out = convert(
        {
            "messages": [{"role": "user", "content": "x"}],
            "tools": [
                {
                    "type": "function",
                    "function": {
                        "name": "a",
                        "description": "A",
                        "parameters": {"type": "object", "properties": {"q": {"type": "string"}}},
                    },
                },
                {"type": "function", "function": {"name": "b"}},
            ],
        }
    )
    assert out["tools"] == [
        {
            "name": "a",
            "description": "A",
            "input_schema": {"type": "object", "properties": {"q": {"type": "string"}}},
        },
        {"name": "b", "input_schema": {"type": "object", "properties": {}}},
    ]
    assert "tool_choice" not in out


@pytest.mark.parametrize(
    ("choice", "expected"),
    [
        ("auto", {"type": "auto"}),
        ("required", {"type": "any"}),
        ("none", {"type": "none"}),
        ({"type": "function", "function": {"name": "a"}}, {"type": "tool", "name": "a"}),
    ],
)
def test_tool_choice(choice: Any, expected: dict[str, Any]) -> None:
    tools = [{"type": "function", "function": {"name": "a"}}]
    out = convert(
        {"messages": [{"role": "user", "content": "x"}], "tools": tools, "tool_choice": choice}
    )
    assert out["tool_choice"] == expected


def test_parallel_tool_calls_false() -> None:
    tools = [{"type": "function", "function": {"name": "a"}}]
    base = {
        "messages": [{"role": "user", "content": "x"}],
        "tools": tools,
        "parallel_tool_calls": False,
    }
    assert convert(base)["tool_choice"] == {"type": "auto", "disable_parallel_tool_use": True}
    out = convert({**base, "tool_choice": "required"})
    assert out["tool_choice"] == {"type": "any", "disable_parallel_tool_use": True}


def test_tool_choice_without_tools_omitted() -> None:
    out = convert({"messages": [{"role": "user", "content": "x"}], "tool_choice": "required"})
    assert "tool_choice" not in out and "tools" not in out


def test_max_tokens_variants_and_clamp() -> None:
    base = {"messages": [{"role": "user", "content": "x"}]}
    assert convert({**base, "max_tokens": 100})["max_tokens"] == 100
    assert convert({**base, "max_completion_tokens": 200, "max_tokens": 100})["max_tokens"] == 200
    assert convert({**base, "max_tokens": 64000}, max_output_tokens=16384)["max_tokens"] == 16384
    assert convert(base, max_output_tokens=1000)["max_tokens"] == 1000


def test_options() -> None:
    base = {"messages": [{"role": "user", "content": "x"}]}
    out = convert(
        {
            **base,
            "stop": "END",
            "temperature": 1.7,
            "top_p": 0.5,
            "user": "u-9",
            "stream": True,
            "stream_options": {"include_usage": True},
            "logprobs": True,
            "response_format": {"type": "text"},
            "n": 1,
        }
    )
    assert out["stop_sequences"] == ["END"]
    assert out["temperature"] == 1.0
    assert out["top_p"] == 0.5
    assert out["metadata"] == {"user_id": "u-9"}
    assert out["stream"] is True
    for key in ("stream_options", "logprobs", "response_format", "n"):
        assert key not in out
    listed = convert({**base, "stop": ["a", "", " ", "b"], "temperature": -1})
    assert listed["stop_sequences"] == ["a", "b"]
    assert listed["temperature"] == 0.0


def test_n_greater_than_one_rejected() -> None:
    with pytest.raises(TranslationError) as info:
        convert({"messages": [{"role": "user", "content": "x"}], "n": 2})
    assert info.value.status == 400
    assert "n>1 is not supported by Anthropic upstreams" in info.value.message


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"messages": []},
        {"messages": {"role": "user"}},
        {"messages": [{"role": "robot", "content": "x"}]},
        {"messages": [{"role": "system", "content": "only a system prompt"}]},
        {"messages": [{"role": "user", "content": ""}]},
        {"messages": [{"role": "tool", "content": "x"}]},
        {"messages": [{"role": "user", "content": [{"type": "input_audio"}]}]},
        {"messages": [{"role": "assistant", "tool_calls": [{"function": {"name": "a"}}]}]},
    ],
)
def test_validation_errors(body: dict[str, Any]) -> None:
    with pytest.raises(TranslationError) as info:
        convert(body)
    assert info.value.status == 400


def test_pdf_file_part_becomes_document() -> None:
    part = {
        "type": "file",
        "file": {"filename": "a.pdf", "file_data": "data:application/pdf;base64,JVBE"},
    }
    out = convert({"messages": [{"role": "user", "content": [part]}]})
    assert out["messages"][0]["content"] == [
        {
            "type": "document",
            "source": {"type": "base64", "media_type": "application/pdf", "data": "JVBE"},
        }
    ]
