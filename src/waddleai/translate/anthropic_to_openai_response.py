"""Response translation: Anthropic Messages response → OpenAI chat completion.

Used for non-streaming requests from OpenAI clients served by an Anthropic upstream.
"""

from __future__ import annotations

import time
from collections.abc import Collection
from typing import Any

from waddleai.translate._common import (
    ANTHROPIC_TO_OPENAI_FINISH,
    dumps_text,
    openai_completion_id,
    openai_usage_from_anthropic,
)
from waddleai.translate.custom_tools import openai_custom_call
from waddleai.translate.errors import TranslationError


def openai_finish_reason(stop_reason: Any) -> str:
    """Anthropic stop_reason → OpenAI finish_reason (unknown/None → "stop")."""
    if isinstance(stop_reason, str):
        return ANTHROPIC_TO_OPENAI_FINISH.get(stop_reason, "stop")
    return "stop"


def anthropic_response_to_openai(
    resp: dict[str, Any],
    *,
    model: str,
    created: int | None = None,
    custom_tools: Collection[str] = (),
) -> dict[str, Any]:
    """Translate an Anthropic ``message`` body into an OpenAI ``chat.completion``.

    Text blocks are concatenated (OpenAI has one content string), thinking becomes
    ``reasoning_content`` and ``tool_use`` blocks become ``tool_calls``: ``custom``
    calls for the tools named in ``custom_tools`` (see ``openai_custom_tools``).
    """
    if not isinstance(resp, dict) or not isinstance(resp.get("content"), list):
        raise TranslationError("upstream response has no content", 502, "api_error")
    texts: list[str] = []
    thinking: list[str] = []
    tool_calls: list[dict[str, Any]] = []
    for block in resp["content"]:
        if not isinstance(block, dict):
            continue
        kind = block.get("type")
        if kind == "text" and isinstance(block.get("text"), str):
            texts.append(block["text"])
        elif kind == "thinking" and isinstance(block.get("thinking"), str):
            thinking.append(block["thinking"])
        elif kind == "tool_use" and block.get("name") in custom_tools:
            tool_calls.append(openai_custom_call(block))
        elif kind == "tool_use":
            tool_calls.append(_tool_call(block))
    message: dict[str, Any] = {"role": "assistant", "content": "".join(texts) or None}
    if thinking:
        message["reasoning_content"] = "\n\n".join(thinking)
    if tool_calls:
        message["tool_calls"] = tool_calls
    elif message["content"] is None:
        message["content"] = ""
    upstream_id = resp.get("id")
    return {
        "id": openai_completion_id(upstream_id if isinstance(upstream_id, str) else None),
        "object": "chat.completion",
        "created": created if created is not None else int(time.time()),
        "model": model,
        "choices": [
            {
                "index": 0,
                "message": message,
                "logprobs": None,
                "finish_reason": openai_finish_reason(resp.get("stop_reason")),
            }
        ],
        "usage": openai_usage_from_anthropic(resp.get("usage")),
    }


def _tool_call(block: dict[str, Any]) -> dict[str, Any]:
    tool_input = block.get("input")
    return {
        "id": block.get("id") or "",
        "type": "function",
        "function": {
            "name": block.get("name") or "",
            "arguments": dumps_text(tool_input if tool_input is not None else {}),
        },
    }
