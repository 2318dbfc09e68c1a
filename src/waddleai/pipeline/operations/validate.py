"""Each API's own body checks, so a bad request fails the same way on any upstream."""

from __future__ import annotations

from typing import Any

from waddleai.core.errors import bad_request
from waddleai.pipeline.operations.plan import require_object

_ANTHROPIC_ROLES = ("user", "assistant", "system")
MAX_OUTPUT_TOKENS = 10_000_000


def validate_openai_chat(body: dict[str, Any]) -> None:
    messages = body.get("messages")
    if not isinstance(messages, list) or not messages:
        raise bad_request("'messages' is required and must be a non-empty array")
    for i, message in enumerate(messages):
        if not isinstance(message, dict):
            raise bad_request(f"messages[{i}] must be an object")
        _tool_calls(message.get("tool_calls"), f"messages[{i}].tool_calls")
    require_object(body, "stream_options")
    _positive_int(body, "max_tokens")
    _positive_int(body, "max_completion_tokens")


def _tool_calls(calls: Any, where: str) -> None:
    if calls is None:
        return
    if not isinstance(calls, list):
        raise bad_request(f"{where} must be an array of tool calls")
    for j, call in enumerate(calls):
        function = call.get("function") if isinstance(call, dict) else None
        if function is not None and not isinstance(function, dict):
            raise bad_request(f"{where}[{j}].function must be an object")
        if not isinstance(call, dict) or (
            function is not None and not isinstance(function.get("arguments", ""), str)
        ):
            raise bad_request(f"{where}[{j}] must be a tool call object with string arguments")


def validate_anthropic(body: dict[str, Any], *, require_max_tokens: bool = True) -> None:
    messages = body.get("messages")
    if not isinstance(messages, list) or not messages:
        raise bad_request("messages: field required and must be a non-empty array")
    for i, message in enumerate(messages):
        if not isinstance(message, dict) or message.get("role") not in _ANTHROPIC_ROLES:
            raise bad_request(f"messages.{i}.role: must be 'user' or 'assistant'")
    _positive_int(body, "max_tokens", where="max_tokens: must be a positive integer")
    if require_max_tokens and body.get("max_tokens") is None:
        raise bad_request("max_tokens: field required")


def validate_embeddings(body: dict[str, Any]) -> None:
    value = body.get("input")
    if value in (None, "", []):
        raise bad_request("'input' is required")
    if not isinstance(value, str | list):
        raise bad_request("'input' must be a string or an array")


def _positive_int(body: dict[str, Any], field: str, where: str | None = None) -> None:
    value = body.get(field)
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_OUTPUT_TOKENS:
        raise bad_request(where or f"'{field}' must be an integer from 1 to {MAX_OUTPUT_TOKENS}")
