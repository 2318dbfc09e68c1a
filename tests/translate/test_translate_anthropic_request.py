"""Anthropic Messages request → OpenAI chat request."""

from __future__ import annotations

from typing import Any

import orjson
import pytest

from waddleai.translate import TranslationError, anthropic_request_to_openai, shorten_tool_name

LONG_TOOL = "mcp__claude_in_chrome_server_with_a_long_name__navigate_to_the_page_and_wait"


def convert(body: dict[str, Any], **kwargs: Any) -> dict[str, Any]:
    out, _ = anthropic_request_to_openai(body, model="gpt-up", **kwargs)
    return out


def user(content: Any) -> dict[str, Any]:
    return {"role": "user", "content": content}


def claude_code_request() -> dict[str, Any]:
    """A request shaped like what Claude Code sends."""
    return {
        "model": "claude-sonnet-4-5",
        "max_tokens": 64000,
        "stream": True,
        "system": [
            {
                "type": "text",
                "text": "You are Claude Code.",
                "cache_control": {"type": "ephemeral"},
            },
            {"type": "text", "text": "Be concise.", "cache_control": {"type": "ephemeral"}},
        ],
        "tools": [
            {"name": "Bash", "description": "Run a command", "input_schema": {"type": "object"}},
            {"name": LONG_TOOL, "description": "Chrome", "input_schema": {"type": "object"}},
            {"type": "web_search_20250305", "name": "web_search", "max_uses": 3},
        ],
        "messages": [
            {"role": "user", "content": [{"type": "text", "text": "list files"}]},
            {
                "role": "assistant",
                "content": [
                    {"type": "thinking", "thinking": "hmm", "signature": "sig"},
                    {"type": "redacted_thinking", "data": "xxx"},
                    {"type": "text", "text": "Running ls"},
                    {"type": "tool_use", "id": "toolu_1", "name": "Bash", "input": {"c": "ls"}},
                    {"type": "tool_use", "id": "toolu_2", "name": LONG_TOOL, "input": {}},
                ],
            },
            {
                "role": "user",
                "content": [
                    {"type": "tool_result", "tool_use_id": "toolu_1", "content": "a.txt"},
                    {
                        "type": "tool_result",
                        "tool_use_id": "toolu_2",
                        "content": [{"type": "text", "text": "done"}],
                        "cache_control": {"type": "ephemeral"},
                    },
                    {"type": "text", "text": "thanks", "cache_control": {"type": "ephemeral"}},
                ],
            },
        ],
        "metadata": {"user_id": "user_abc"},
        "thinking": {"type": "enabled", "budget_tokens": 10000},
        "context_management": {"edits": []},
        "output_config": {"effort": "high"},
        "temperature": 1,
    }


def test_claude_code_request_full_shape() -> None:
    out, names = anthropic_request_to_openai(
        claude_code_request(), model="gpt-up", max_output_tokens=16384
    )
    short = shorten_tool_name(LONG_TOOL)
    assert out["model"] == "gpt-up"
    assert out["max_tokens"] == 16384
    assert out["stream"] is True and out["stream_options"] == {"include_usage": True}
    assert out["user"] == "user_abc"
    assert out["temperature"] == 1
    assert "reasoning_effort" not in out  # model does not support reasoning
    assert "context_management" not in out and "output_config" not in out
    assert [t["function"]["name"] for t in out["tools"]] == ["Bash", short]
    assert out["messages"] == [
        {"role": "system", "content": "You are Claude Code.\n\nBe concise."},
        {"role": "user", "content": "list files"},
        {
            "role": "assistant",
            "content": "Running ls",
            "tool_calls": [
                {
                    "id": "toolu_1",
                    "type": "function",
                    "function": {"name": "Bash", "arguments": '{"c":"ls"}'},
                },
                {
                    "id": "toolu_2",
                    "type": "function",
                    "function": {"name": short, "arguments": "{}"},
                },
            ],
        },
        {"role": "tool", "tool_call_id": "toolu_1", "content": "a.txt"},
        {"role": "tool", "tool_call_id": "toolu_2", "content": "done"},
        {"role": "user", "content": "thanks"},
    ]
    assert names.to_client(short) == LONG_TOOL


def test_system_string_and_inline_system_messages() -> None:
    out = convert(
        {
            "system": "top",
            "messages": [
                user("hi"),
                {"role": "system", "content": [{"type": "text", "text": "mid"}]},
                {"role": "system", "content": "mid2"},
                {"role": "assistant", "content": "yo"},
            ],
        }
    )
    assert out["messages"] == [
        {"role": "system", "content": "top"},
        {"role": "user", "content": "hi"},
        {"role": "system", "content": "mid"},
        {"role": "system", "content": "mid2"},
        {"role": "assistant", "content": "yo"},
    ]


def test_images_base64_and_url() -> None:
    out = convert(
        {
            "messages": [
                user(
                    [
                        {"type": "text", "text": "look"},
                        {
                            "type": "image",
                            "source": {
                                "type": "base64",
                                "media_type": "image/jpeg",
                                "data": "QUJD",
                            },
                        },
                        {"type": "image", "source": {"type": "url", "url": "https://x/y.png"}},
                    ]
                )
            ]
        }
    )
    assert out["messages"][0]["content"] == [
        {"type": "text", "text": "look"},
        {"type": "image_url", "image_url": {"url": "data:image/jpeg;base64,QUJD"}},
        {"type": "image_url", "image_url": {"url": "https://x/y.png"}},
    ]


def test_unsupported_image_source_is_400() -> None:
    with pytest.raises(TranslationError) as info:
        convert(
            {"messages": [user([{"type": "image", "source": {"type": "file", "file_id": "f"}}])]}
        )
    assert info.value.status == 400


DOC_PDF = {
    "type": "document",
    "source": {"type": "base64", "media_type": "application/pdf", "data": "JVBE"},
}


PDF_PART = {
    "type": "file",
    "file": {"filename": "document.pdf", "file_data": "data:application/pdf;base64,JVBE"},
}


def test_pdf_document_becomes_file_part_by_default() -> None:
    # Claude Code keeps a read PDF in its history: refusing it failed every later turn.
    out = convert({"messages": [user([DOC_PDF, {"type": "text", "text": "summarise"}])]})
    assert out["messages"][0]["content"] == [PDF_PART, {"type": "text", "text": "summarise"}]


def test_pdf_title_is_filename_and_context_a_text_part() -> None:
    doc = {**DOC_PDF, "title": "Q3 report", "context": "Finance draft"}
    out = convert({"messages": [user([doc])]})
    assert out["messages"][0]["content"] == [
        {"type": "text", "text": "Finance draft"},
        {
            "type": "file",
            "file": {"filename": "Q3 report.pdf", "file_data": "data:application/pdf;base64,JVBE"},
        },
    ]


def test_text_and_content_documents_become_text_with_title_and_context() -> None:
    text_doc = {
        "type": "document",
        "title": "Notes",
        "context": "from the wiki",
        "source": {"type": "text", "media_type": "text/plain", "data": "hello doc"},
    }
    content_doc = {
        "type": "document",
        "source": {"type": "content", "content": [{"type": "text", "text": "chunk one"}]},
    }
    out = convert({"messages": [user([text_doc, content_doc])]})
    assert out["messages"][0]["content"] == [
        {"type": "text", "text": "Notes\n\nfrom the wiki\n\nhello doc"},
        {"type": "text", "text": "chunk one"},
    ]


def test_url_pdf_becomes_text_naming_the_url() -> None:
    doc = {"type": "document", "source": {"type": "url", "url": "https://x.test/a.pdf"}}
    out = convert({"messages": [user([doc])]})
    text = out["messages"][0]["content"]
    assert isinstance(text, str) and "https://x.test/a.pdf" in text


def test_pdf_in_tool_result_follows_as_user_file_part() -> None:
    result = {"type": "tool_result", "tool_use_id": "t", "content": [DOC_PDF]}
    out = convert({"messages": [user([result])]})
    assert out["messages"][0]["role"] == "tool" and out["messages"][0]["content"]
    assert out["messages"][1] == {"role": "user", "content": [PDF_PART]}


def test_documents_refused_when_upstream_takes_none() -> None:
    with pytest.raises(TranslationError) as info:
        convert({"messages": [user([DOC_PDF])]}, accepts_documents=False)
    assert info.value.status == 400
    assert "documents are not supported by this upstream" in info.value.message


def test_document_without_source_is_400() -> None:
    with pytest.raises(TranslationError, match="source"):
        convert({"messages": [user([{"type": "document"}])]})


def test_tool_results_go_before_user_text_and_errors_prefixed() -> None:
    out = convert(
        {
            "messages": [
                user(
                    [
                        {"type": "text", "text": "first?"},
                        {
                            "type": "tool_result",
                            "tool_use_id": "a",
                            "content": "boom",
                            "is_error": True,
                        },
                        {"type": "tool_result", "tool_use_id": "b"},
                    ]
                )
            ]
        }
    )
    assert out["messages"] == [
        {"role": "tool", "tool_call_id": "a", "content": "Error: boom"},
        {"role": "tool", "tool_call_id": "b", "content": ""},
        {"role": "user", "content": "first?"},
    ]


def test_tool_result_text_blocks_joined_and_images_follow_as_user_message() -> None:
    image = {"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": "AA"}}
    result = {
        "type": "tool_result",
        "tool_use_id": "t1",
        "content": [{"type": "text", "text": "line1"}, image, {"type": "text", "text": "line2"}],
    }
    only_image = {"type": "tool_result", "tool_use_id": "t2", "content": [image]}
    out = convert({"messages": [user([result, only_image, {"type": "text", "text": "next"}])]})
    msgs = out["messages"]
    assert msgs[0] == {"role": "tool", "tool_call_id": "t1", "content": "line1\nline2"}
    assert msgs[1]["role"] == "tool" and msgs[1]["tool_call_id"] == "t2"
    assert msgs[1]["content"]  # never empty when the image moved out
    png = {"type": "image_url", "image_url": {"url": "data:image/png;base64,AA"}}
    assert msgs[2] == {"role": "user", "content": [png, png, {"type": "text", "text": "next"}]}
    assert len(msgs) == 3


def test_empty_blocks_and_messages_dropped_but_tool_call_message_kept() -> None:
    out = convert(
        {
            "messages": [
                user([{"type": "text", "text": ""}, {"type": "text", "text": "q"}]),
                {"role": "assistant", "content": [{"type": "thinking", "thinking": "x"}]},
                {"role": "assistant", "content": ""},
                {
                    "role": "assistant",
                    "content": [
                        {"type": "text", "text": ""},
                        {"type": "tool_use", "id": "t", "name": "Read", "input": {"p": 1}},
                    ],
                },
                user([{"type": "text", "text": ""}]),
            ]
        }
    )
    assert out["messages"] == [
        {"role": "user", "content": "q"},
        {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {
                    "id": "t",
                    "type": "function",
                    "function": {"name": "Read", "arguments": '{"p":1}'},
                }
            ],
        },
    ]


def test_multiple_text_blocks_kept_as_parts() -> None:
    out = convert(
        {"messages": [user([{"type": "text", "text": "a"}, {"type": "text", "text": "b"}])]}
    )
    assert out["messages"][0]["content"] == [
        {"type": "text", "text": "a"},
        {"type": "text", "text": "b"},
    ]


def test_tool_use_arguments_are_json_text() -> None:
    tool_input = {"nested": {"list": [1, 2.5, None, True]}, "s": "ünï"}
    msg = {
        "role": "assistant",
        "content": [{"type": "tool_use", "id": "i", "name": "T", "input": tool_input}],
    }
    out = convert({"messages": [user("x"), msg]})
    args = out["messages"][1]["tool_calls"][0]["function"]["arguments"]
    assert isinstance(args, str)
    assert orjson.loads(args) == tool_input


def test_tools_conversion_and_defaults() -> None:
    out = convert(
        {
            "messages": [user("x")],
            "tools": [
                {
                    "name": "A",
                    "description": "does a",
                    "input_schema": {"type": "object", "properties": {"q": {}}},
                },
                {"type": "custom", "name": "B"},
                {"type": "bash_20250124", "name": "bash"},
                {"type": "text_editor_20250124", "name": "str_replace_editor"},
            ],
        }
    )
    assert out["tools"] == [
        {
            "type": "function",
            "function": {
                "name": "A",
                "description": "does a",
                "parameters": {"type": "object", "properties": {"q": {}}},
            },
        },
        {
            "type": "function",
            "function": {"name": "B", "parameters": {"type": "object", "properties": {}}},
        },
    ]


@pytest.mark.parametrize(
    ("choice", "expected"),
    [
        ({"type": "auto"}, "auto"),
        ({"type": "any"}, "required"),
        ({"type": "none"}, "none"),
        ({"type": "tool", "name": "A"}, {"type": "function", "function": {"name": "A"}}),
        (
            {"type": "tool", "name": LONG_TOOL},
            {"type": "function", "function": {"name": shorten_tool_name(LONG_TOOL)}},
        ),
    ],
)
def test_tool_choice_mapping(choice: dict[str, Any], expected: Any) -> None:
    tools = [{"name": "A", "input_schema": {}}, {"name": LONG_TOOL, "input_schema": {}}]
    out = convert({"messages": [user("x")], "tools": tools, "tool_choice": choice})
    assert out["tool_choice"] == expected
    assert "parallel_tool_calls" not in out


def test_disable_parallel_tool_use() -> None:
    out = convert(
        {
            "messages": [user("x")],
            "tools": [{"name": "A", "input_schema": {}}],
            "tool_choice": {"type": "auto", "disable_parallel_tool_use": True},
        }
    )
    assert out["parallel_tool_calls"] is False


def test_only_server_tools_means_no_tools_and_no_tool_choice() -> None:
    out = convert(
        {
            "messages": [user("x")],
            "tools": [{"type": "web_search_20250305", "name": "web_search"}],
            "tool_choice": {"type": "any", "disable_parallel_tool_use": True},
        }
    )
    assert "tools" not in out and "tool_choice" not in out and "parallel_tool_calls" not in out


def test_sampling_stop_user_and_dropped_fields() -> None:
    out = convert(
        {
            "messages": [user("x")],
            "temperature": 0.3,
            "top_p": 0.9,
            "top_k": 40,
            "stop_sequences": ["END", "STOP"],
            "metadata": {"user_id": "u1"},
            "container": "c",
            "mcp_servers": [],
            "service_tier": "auto",
            "some_future_field": {"x": 1},
        }
    )
    assert out["temperature"] == 0.3 and out["top_p"] == 0.9
    assert out["stop"] == ["END", "STOP"]
    assert out["user"] == "u1"
    for key in ("top_k", "container", "mcp_servers", "service_tier", "some_future_field"):
        assert key not in out
    assert "stream" not in out and "stream_options" not in out


def test_non_stream_has_no_stream_options() -> None:
    out = convert({"messages": [user("x")], "stream": False})
    assert out["stream"] is False and "stream_options" not in out


@pytest.mark.parametrize(
    ("budget", "effort"),
    [
        (1024, "low"),
        (4095, "low"),
        (4096, "medium"),
        (16383, "medium"),
        (16384, "high"),
        (32000, "high"),
    ],
)
def test_thinking_budget_to_reasoning_effort(budget: int, effort: str) -> None:
    body = {"messages": [user("x")], "thinking": {"type": "enabled", "budget_tokens": budget}}
    assert convert(body, supports_reasoning=True)["reasoning_effort"] == effort
    assert "reasoning_effort" not in convert(body)


def test_thinking_disabled_no_effort() -> None:
    body = {"messages": [user("x")], "thinking": {"type": "disabled"}}
    assert "reasoning_effort" not in convert(body, supports_reasoning=True)


def test_max_tokens_clamp_default_and_reasoning_key() -> None:
    base = {"messages": [user("x")]}
    assert convert({**base, "max_tokens": 64000}, max_output_tokens=16384)["max_tokens"] == 16384
    assert convert({**base, "max_tokens": 1000}, max_output_tokens=16384)["max_tokens"] == 1000
    assert convert({**base, "max_tokens": 64000})["max_tokens"] == 64000
    assert convert(base)["max_tokens"] == 4096
    out = convert({**base, "max_tokens": 64000}, max_output_tokens=100000, supports_reasoning=True)
    assert out["max_completion_tokens"] == 64000 and "max_tokens" not in out


@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        ({}, "messages"),
        ({"messages": "hi"}, "messages"),
        ({"messages": []}, "messages"),
        ({"messages": [{"role": "bot", "content": "x"}]}, "messages.0.role"),
        ({"messages": ["x"]}, "messages.0"),
        ({"messages": [{"role": "user"}]}, "messages.0.content"),
        ({"messages": [user("x")], "max_tokens": 0}, "max_tokens"),
        ({"messages": [user("x")], "max_tokens": "big"}, "max_tokens"),
        ({"messages": [user([{"type": "tool_result"}])]}, "tool_use_id"),
        ({"messages": [user("x")], "tools": [{"input_schema": {}}]}, "tools.0.name"),
    ],
)
def test_validation_errors(body: dict[str, Any], fragment: str) -> None:
    with pytest.raises(TranslationError) as info:
        convert(body)
    assert info.value.status == 400
    assert fragment in info.value.message


def test_non_dict_body() -> None:
    with pytest.raises(TranslationError):
        anthropic_request_to_openai([], model="m")  # type: ignore[arg-type]


def test_unknown_blocks_ignored() -> None:
    out = convert(
        {
            "messages": [
                user([{"type": "search_result", "source": "x"}, {"type": "text", "text": "ok"}]),
                {
                    "role": "assistant",
                    "content": [
                        {"type": "server_tool_use", "id": "s", "name": "web_search", "input": {}},
                        {"type": "web_search_tool_result", "tool_use_id": "s", "content": []},
                        {"type": "text", "text": "found"},
                    ],
                },
            ]
        }
    )
    assert out["messages"] == [
        {"role": "user", "content": "ok"},
        {"role": "assistant", "content": "found"},
    ]
