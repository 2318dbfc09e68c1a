"""Responses request (+ stored history) → Chat Completions request.

The gateway serves ``POST /v1/responses`` on any chat upstream by converting the request
here, calling the upstream's chat API and converting the answer back (``response`` and
``stream`` modules). Fields only OpenAI's own Responses service can honour (background
runs, server-side conversations, prompt templates) are refused with a clear 400 rather
than ignored, because ignoring them would change what the caller gets.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from waddleai.translate.errors import TranslationError
from waddleai.translate.responses.items import normalise_input
from waddleai.translate.responses.messages import items_to_messages
from waddleai.translate.responses.tools import ToolKinds, chat_tool_choice, chat_tools

_REFUSED = {
    "background": "background responses are not supported by this gateway",
    "conversation": "server-side conversations are not supported; use previous_response_id",
    "prompt": "prompt templates are not supported; send instructions and input",
}
_EFFORTS = ("none", "minimal", "low", "medium", "high", "xhigh")
MAX_METADATA = 16
MAX_OUTPUT = 10_000_000  # as chat's max_tokens (pipeline/operations/validate.py)
_MAX_INSTRUCTIONS = 1_000_000


@dataclass(slots=True)
class ChatRequest:
    """The chat body for the upstream plus what converting the answer back needs."""

    body: dict[str, Any]
    items: list[dict[str, Any]]  # this request's input, normalised (stored, listed)
    kinds: ToolKinds = field(default_factory=ToolKinds)


def responses_request_to_chat(
    body: dict[str, Any],
    *,
    model: str,
    history: list[dict[str, Any]] | None = None,
    supports_reasoning: bool = False,
) -> ChatRequest:
    """Chat Completions body for a Responses request continuing ``history`` (items).

    ``history`` is the stored input and output of ``previous_response_id``; instructions
    are not inherited from it (OpenAI's rule: each request states its own).
    """
    if not isinstance(body, dict):
        raise TranslationError("request body must be a JSON object")
    for name, reason in _REFUSED.items():
        if body.get(name) not in (None, False):
            raise TranslationError(f"{name}: {reason}")
    check_metadata(body.get("metadata"))
    items = normalise_input(body.get("input"))
    if not items and history is None:
        raise TranslationError("input: field required")
    messages = _instructions(body.get("instructions"))
    messages += items_to_messages([*(history or []), *items])
    out: dict[str, Any] = {"model": model, "messages": messages}
    tools, kinds = chat_tools(body.get("tools"))
    if tools:
        out["tools"] = tools
        choice = chat_tool_choice(body.get("tool_choice"), kinds)
        if choice is not None:
            out["tool_choice"] = choice
        if isinstance(body.get("parallel_tool_calls"), bool):
            out["parallel_tool_calls"] = body["parallel_tool_calls"]
    _sampling(out, body)
    _text_format(out, body.get("text"))
    if supports_reasoning:
        _reasoning(out, body.get("reasoning"))
    if body.get("stream") is True:
        out["stream"] = True
        out["stream_options"] = {"include_usage": True}
    return ChatRequest(out, items, kinds)


def check_metadata(metadata: Any) -> None:
    """OpenAI's bounds: at most 16 pairs, keys ≤ 64 and values ≤ 512 characters."""
    if metadata is None:
        return
    if not isinstance(metadata, dict) or len(metadata) > MAX_METADATA:
        raise TranslationError(f"metadata: an object of at most {MAX_METADATA} pairs")
    for key, value in metadata.items():
        if len(key) > 64 or not isinstance(value, str) or len(value) > 512:
            raise TranslationError("metadata: keys up to 64 and string values up to 512 chars")


def _instructions(value: Any) -> list[dict[str, Any]]:
    if value is None or value == "":
        return []
    if isinstance(value, str) and len(value) <= _MAX_INSTRUCTIONS:
        return [{"role": "system", "content": value}]
    raise TranslationError("instructions: must be a string")


def _sampling(out: dict[str, Any], body: dict[str, Any]) -> None:
    limit = body.get("max_output_tokens")
    if limit is not None:
        if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= MAX_OUTPUT:
            raise TranslationError(f"max_output_tokens: an integer from 1 to {MAX_OUTPUT}")
        out["max_completion_tokens"] = limit
    for name in ("temperature", "top_p"):
        value = body.get(name)
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise TranslationError(f"{name}: must be a number")
        out[name] = value
    user = body.get("safety_identifier") or body.get("user")
    if isinstance(user, str) and user:
        out["user"] = user[:64]


def _text_format(out: dict[str, Any], text: Any) -> None:
    """``text.format`` (json_schema / json_object) → ``response_format``."""
    if text is None:
        return
    if not isinstance(text, dict):
        raise TranslationError("text: must be an object")
    fmt = text.get("format")
    if fmt is None or (isinstance(fmt, dict) and fmt.get("type") == "text"):
        return
    if not isinstance(fmt, dict):
        raise TranslationError("text.format: must be an object")
    if fmt.get("type") == "json_object":
        out["response_format"] = {"type": "json_object"}
        return
    if fmt.get("type") != "json_schema":
        raise TranslationError("text.format.type: must be 'text', 'json_schema' or 'json_object'")
    if not isinstance(fmt.get("schema"), dict) or not isinstance(fmt.get("name"), str):
        raise TranslationError("text.format: a json_schema format needs 'name' and 'schema'")
    schema: dict[str, Any] = {"name": fmt["name"][:64], "schema": fmt["schema"]}
    if isinstance(fmt.get("strict"), bool):
        schema["strict"] = fmt["strict"]
    if isinstance(fmt.get("description"), str):
        schema["description"] = fmt["description"]
    out["response_format"] = {"type": "json_schema", "json_schema": schema}


def _reasoning(out: dict[str, Any], reasoning: Any) -> None:
    if reasoning is None:
        return
    if not isinstance(reasoning, dict):
        raise TranslationError("reasoning: must be an object")
    effort = reasoning.get("effort")
    if effort is None:
        return
    if effort not in _EFFORTS:
        raise TranslationError(f"reasoning.effort: must be one of {', '.join(_EFFORTS)}")
    out["reasoning_effort"] = effort
