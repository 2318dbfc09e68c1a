"""Tool search through an OpenAI upstream: tool_reference results and deferred tools."""

from __future__ import annotations

from typing import Any

from waddleai.translate import anthropic_request_to_openai, shorten_tool_name

LONG = "mcp__acme-knowledge-base-server__search_documents_by_semantic_query_v2"
SEARCH = {"name": "ToolSearch", "input_schema": {"type": "object"}}
READ = {"name": "Read", "input_schema": {"type": "object"}}
WEATHER = {"name": "get_weather", "input_schema": {"type": "object"}, "defer_loading": True}
DEFERRED_LONG = {"name": LONG, "input_schema": {"type": "object"}, "defer_loading": True}
TOOLS = [SEARCH, READ, WEATHER, DEFERRED_LONG]


def convert(messages: list[dict[str, Any]], **extra: Any) -> dict[str, Any]:
    body = {"messages": messages, "tools": TOOLS, **extra}
    return anthropic_request_to_openai(body, model="gpt-up")[0]


def offered(out: dict[str, Any]) -> list[str]:
    return [t["function"]["name"] for t in out.get("tools", [])]


def search_turns(*names: str) -> list[dict[str, Any]]:
    """A Claude Code ToolSearch call and its tool_reference result."""
    refs = [{"type": "tool_reference", "tool_name": n} for n in names]
    return [
        {"role": "user", "content": "weather in Paris?"},
        {
            "role": "assistant",
            "content": [
                {"type": "tool_use", "id": "ts1", "name": "ToolSearch", "input": {"q": "x"}},
            ],
        },
        {
            "role": "user",
            "content": [{"type": "tool_result", "tool_use_id": "ts1", "content": refs}],
        },
    ]


def test_deferred_tools_are_not_offered_before_being_loaded() -> None:
    out = convert([{"role": "user", "content": "hi"}])
    assert offered(out) == ["ToolSearch", "Read"]


def test_tool_reference_result_renders_as_text_naming_the_tool() -> None:
    out = convert(search_turns("get_weather", LONG))
    tool_message = out["messages"][-1]
    assert tool_message["role"] == "tool" and tool_message["tool_call_id"] == "ts1"
    assert "get_weather" in tool_message["content"]
    assert shorten_tool_name(LONG) in tool_message["content"]  # the name the model calls


def test_referenced_deferred_tools_are_offered_afterwards() -> None:
    out = convert(search_turns("get_weather"))
    assert offered(out) == ["ToolSearch", "Read", "get_weather"]


def test_server_side_tool_search_result_loads_tools_too() -> None:
    assistant = {
        "role": "assistant",
        "content": [
            {"type": "server_tool_use", "id": "s1", "name": "tool_search_tool_regex", "input": {}},
            {
                "type": "tool_search_tool_result",
                "tool_use_id": "s1",
                "content": {
                    "type": "tool_search_tool_search_result",
                    "tool_references": [{"type": "tool_reference", "tool_name": LONG}],
                },
            },
            {"type": "text", "text": "found it"},
        ],
    }
    out = convert(
        [{"role": "user", "content": "search docs"}, assistant, {"role": "user", "content": "go"}]
    )
    assert offered(out) == ["ToolSearch", "Read", shorten_tool_name(LONG)]


def test_deferred_tool_already_called_or_forced_is_offered() -> None:
    called = {
        "role": "assistant",
        "content": [{"type": "tool_use", "id": "w1", "name": "get_weather", "input": {}}],
    }
    result = {
        "role": "user",
        "content": [{"type": "tool_result", "tool_use_id": "w1", "content": "sun"}],
    }
    out = convert([{"role": "user", "content": "hi"}, called, result])
    assert "get_weather" in offered(out)
    forced = convert(
        [{"role": "user", "content": "hi"}], tool_choice={"type": "tool", "name": LONG}
    )
    assert shorten_tool_name(LONG) in offered(forced)


def test_only_deferred_tools_means_no_tools_at_all() -> None:
    body = {
        "messages": [{"role": "user", "content": "hi"}],
        "tools": [WEATHER],
        "tool_choice": {"type": "auto"},
    }
    out = anthropic_request_to_openai(body, model="gpt-up")[0]
    assert "tools" not in out and "tool_choice" not in out
