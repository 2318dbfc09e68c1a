"""Structured output and reasoning options carried across both request directions."""

from __future__ import annotations

from typing import Any

import pytest

from waddleai.translate import anthropic_request_to_openai, openai_request_to_anthropic

SCHEMA = {
    "type": "object",
    "properties": {"title": {"type": "string"}},
    "required": ["title"],
    "additionalProperties": False,
}
USER = [{"role": "user", "content": "name this session"}]


def to_openai(body: dict[str, Any], **kwargs: Any) -> dict[str, Any]:
    return anthropic_request_to_openai({"messages": USER, **body}, model="gpt-up", **kwargs)[0]


def to_anthropic(body: dict[str, Any], **kwargs: Any) -> dict[str, Any]:
    return openai_request_to_anthropic({"messages": USER, **body}, model="claude-up", **kwargs)


# ------------------------------------------------------------- Anthropic → OpenAI


def test_output_config_format_becomes_response_format() -> None:
    # Claude Code asks for its session titles this way.
    body = {"output_config": {"format": {"type": "json_schema", "schema": SCHEMA}}}
    out = to_openai(body)
    assert out["response_format"] == {
        "type": "json_schema",
        "json_schema": {"name": "response", "schema": SCHEMA, "strict": True},
    }
    assert "output_config" not in out


def test_schema_outside_openai_strict_subset_is_sent_non_strict() -> None:
    loose = {"type": "object", "properties": {"a": {"type": "string"}, "b": {"type": "integer"}}}
    nested = {**SCHEMA, "properties": {"title": {"type": "object", "properties": {}}}}
    for schema in (loose, {**loose, "additionalProperties": False, "required": ["a"]}, nested):
        out = to_openai({"output_config": {"format": {"type": "json_schema", "schema": schema}}})
        assert out["response_format"]["json_schema"]["strict"] is False
    closed = {
        "type": "object",
        "properties": {"items": {"type": "array", "items": SCHEMA}},
        "required": ["items"],
        "additionalProperties": False,
    }
    out = to_openai({"output_config": {"format": {"type": "json_schema", "schema": closed}}})
    assert out["response_format"]["json_schema"]["strict"] is True


def test_beta_output_format_and_schema_title_as_name() -> None:
    schema = {**SCHEMA, "title": "Session title!"}
    out = to_openai({"output_format": {"type": "json_schema", "schema": schema}})
    assert out["response_format"]["json_schema"]["name"] == "Session_title_"


def test_no_format_means_no_response_format() -> None:
    assert "response_format" not in to_openai({"output_config": {"effort": "low"}})
    assert "response_format" not in to_openai({"output_config": {"format": {"type": "text"}}})


@pytest.mark.parametrize(
    ("effort", "expected"),
    [("low", "low"), ("medium", "medium"), ("high", "high"), ("max", "high")],
)
def test_output_config_effort_becomes_reasoning_effort(effort: str, expected: str) -> None:
    body = {"output_config": {"effort": effort}}
    assert to_openai(body, supports_reasoning=True)["reasoning_effort"] == expected
    assert "reasoning_effort" not in to_openai(body)  # the model takes no reasoning_effort


def test_effort_wins_over_thinking_budget() -> None:
    body = {
        "output_config": {"effort": "high"},
        "thinking": {"type": "enabled", "budget_tokens": 1024},
    }
    assert to_openai(body, supports_reasoning=True)["reasoning_effort"] == "high"


# ------------------------------------------------------------- OpenAI → Anthropic


def test_response_format_json_schema_becomes_output_config_format() -> None:
    rf = {"type": "json_schema", "json_schema": {"name": "t", "schema": SCHEMA, "strict": True}}
    out = to_anthropic({"response_format": rf})
    assert out["output_config"] == {"format": {"type": "json_schema", "schema": SCHEMA}}
    assert "response_format" not in out


def test_json_object_mode_becomes_a_system_instruction() -> None:
    body = {
        "messages": [{"role": "system", "content": "Be terse."}, *USER],
        "response_format": {"type": "json_object"},
    }
    out = to_anthropic(body)
    assert out["system"].startswith("Be terse.\n\n") and "JSON object" in out["system"]
    assert "output_config" not in out
    assert "output_config" not in to_anthropic({"response_format": {"type": "text"}})


@pytest.mark.parametrize(
    ("effort", "max_tokens", "budget"),
    [
        ("low", 4096, 1024),
        ("medium", 8192, 4096),
        ("high", 32000, 16384),
        ("high", 8000, 7999),  # capped below max_tokens
        ("medium", 1024, None),  # no room for the 1024 minimum
        ("minimal", 8192, None),
        ("none", 8192, None),
    ],
)
def test_reasoning_effort_becomes_thinking_budget(
    effort: str, max_tokens: int, budget: int | None
) -> None:
    out = to_anthropic(
        {"reasoning_effort": effort, "max_tokens": max_tokens}, supports_reasoning=True
    )
    if budget is None:
        assert "thinking" not in out
    else:
        assert out["thinking"] == {"type": "enabled", "budget_tokens": budget}
        assert out["thinking"]["budget_tokens"] < out["max_tokens"]


def test_no_thinking_for_models_without_it() -> None:
    assert "thinking" not in to_anthropic({"reasoning_effort": "high", "max_tokens": 32000})


def test_thinking_drops_sampling_anthropic_refuses_with_it() -> None:
    body = {"reasoning_effort": "low", "max_tokens": 4096, "temperature": 0.2, "top_p": 0.5}
    out = to_anthropic(body, supports_reasoning=True)
    assert out["thinking"]["budget_tokens"] == 1024
    assert "temperature" not in out and "top_p" not in out


def test_forced_tool_choice_leaves_thinking_off() -> None:
    tools = [{"type": "function", "function": {"name": "f", "parameters": {"type": "object"}}}]
    body = {"reasoning_effort": "high", "tools": tools, "tool_choice": "required"}
    out = to_anthropic(body, supports_reasoning=True)
    assert out["tool_choice"] == {"type": "any"} and "thinking" not in out
