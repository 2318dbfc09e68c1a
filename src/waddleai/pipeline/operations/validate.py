"""Each API's own body checks, so a bad request fails the same way on any upstream."""

from __future__ import annotations

from typing import Any

from waddleai.core.errors import bad_request
from waddleai.pipeline.operations.shapes import check_openai_shapes

_ANTHROPIC_ROLES = ("user", "assistant", "system")
MAX_OUTPUT_TOKENS = 10_000_000


def validate_openai_chat(body: dict[str, Any]) -> None:
    messages = body.get("messages")
    if not isinstance(messages, list) or not messages:
        raise bad_request("'messages' is required and must be a non-empty array")
    check_openai_shapes(body)
    _positive_int(body, "max_tokens")
    _positive_int(body, "max_completion_tokens")


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
