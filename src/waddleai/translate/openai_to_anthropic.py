"""Response translation: OpenAI chat completion → Anthropic Messages response.

Used for non-streaming requests from Anthropic clients served by an OpenAI-format
upstream. ``model`` is always the name the client asked for, never the upstream's.
"""

from __future__ import annotations

from typing import Any

from waddleai.translate._common import (
    anthropic_message_id,
    anthropic_stop_reason,
    anthropic_usage_from_openai,
    matched_stop_sequence,
    parse_tool_arguments,
    tool_use_id,
)
from waddleai.translate.errors import TranslationError
from waddleai.translate.tool_names import ToolNameMap


def openai_response_to_anthropic(
    resp: dict[str, Any],
    *,
    model: str,
    tool_names: ToolNameMap | None = None,
    stop_sequences: list[str] | None = None,
) -> dict[str, Any]:
    """Translate an OpenAI ``chat.completion`` body into an Anthropic ``message``.

    A malformed upstream body raises :class:`TranslationError` with status 502: the
    client did nothing wrong.
    """
    if not isinstance(resp, dict):
        raise TranslationError("upstream response is not a JSON object", 502, "api_error")
    choices = resp.get("choices")
    if not isinstance(choices, list) or not choices or not isinstance(choices[0], dict):
        raise TranslationError("upstream response has no choices", 502, "api_error")
    choice = choices[0]
    message = choice.get("message")
    if not isinstance(message, dict):
        message = {}

    content = _thinking_blocks(message)
    text = _message_text(message)
    if text:
        content.append({"type": "text", "text": text})
    tool_blocks = _tool_use_blocks(message, tool_names)
    content.extend(tool_blocks)
    if not content:
        content.append({"type": "text", "text": ""})

    stop_sequence = matched_stop_sequence(choice, stop_sequences)
    stop_reason = anthropic_stop_reason(
        choice.get("finish_reason"), has_tool_calls=bool(tool_blocks), stop_sequence=stop_sequence
    )
    upstream_id = resp.get("id")
    return {
        "id": anthropic_message_id(upstream_id if isinstance(upstream_id, str) else None),
        "type": "message",
        "role": "assistant",
        "model": model,
        "content": content,
        "stop_reason": stop_reason,
        "stop_sequence": stop_sequence if stop_reason == "stop_sequence" else None,
        "usage": anthropic_usage_from_openai(resp.get("usage")),
    }


def reasoning_text(message: dict[str, Any]) -> str:
    """Reasoning text under either name used by OpenAI-compatible servers.

    DeepSeek/vLLM use ``reasoning_content``; OpenRouter/Ollama use ``reasoning``.
    """
    for key in ("reasoning_content", "reasoning"):
        value = message.get(key)
        if isinstance(value, str) and value:
            return value
    return ""


def _thinking_blocks(message: dict[str, Any]) -> list[dict[str, Any]]:
    reasoning = reasoning_text(message)
    if not reasoning:
        return []
    # The signature is empty: no provider other than Anthropic can produce one.
    return [{"type": "thinking", "thinking": reasoning, "signature": ""}]


def _message_text(message: dict[str, Any]) -> str:
    """Message text from a string or a list of text parts; a refusal counts as text."""
    content = message.get("content")
    if isinstance(content, list):
        content = "".join(
            p.get("text", "")
            for p in content
            if isinstance(p, dict) and isinstance(p.get("text"), str)
        )
    if isinstance(content, str) and content:
        return content
    refusal = message.get("refusal")
    return refusal if isinstance(refusal, str) else ""


def _tool_use_blocks(
    message: dict[str, Any], tool_names: ToolNameMap | None
) -> list[dict[str, Any]]:
    """``tool_calls`` (and the legacy ``function_call``) → ``tool_use`` blocks."""
    calls = message.get("tool_calls")
    if not isinstance(calls, list):
        calls = []
    legacy = message.get("function_call")
    if isinstance(legacy, dict):
        calls = [*calls, {"function": legacy}]
    blocks = []
    for call in calls:
        if not isinstance(call, dict) or not isinstance(call.get("function"), dict):
            continue
        function = call["function"]
        name = function.get("name") if isinstance(function.get("name"), str) else ""
        call_id = call.get("id")
        blocks.append(
            {
                "type": "tool_use",
                "id": call_id if isinstance(call_id, str) and call_id else tool_use_id(),
                "name": tool_names.to_client(name) if tool_names else name,
                "input": parse_tool_arguments(function.get("arguments")),
            }
        )
    return blocks
