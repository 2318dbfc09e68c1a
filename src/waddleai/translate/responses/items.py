"""Responses input items: validation, normalisation and ids.

The input arrives as a string or a list of items. It is normalised once into explicit
items (a string becomes one user message) so the same list can be converted for the
upstream, stored with the response and listed by ``GET /v1/responses/{id}/input_items``.
"""

from __future__ import annotations

from typing import Any

from waddleai.translate.errors import TranslationError
from waddleai.translate.responses.ids import new_id

MAX_ITEMS = 10_000
ROLES = ("user", "assistant", "system", "developer")
_ID_PREFIX = {
    "message": "msg",
    "function_call": "fc",
    "function_call_output": "fco",
    "custom_tool_call": "ctc",
    "custom_tool_call_output": "ctco",
    "reasoning": "rs",
}
CALL_TYPES = ("function_call", "custom_tool_call")
OUTPUT_TYPES = ("function_call_output", "custom_tool_call_output")


def normalise_input(raw: Any) -> list[dict[str, Any]]:
    """Explicit, id-carrying items for a request's ``input`` (string or items)."""
    if raw is None:
        return []
    if isinstance(raw, str):
        part = {"type": "input_text", "text": raw}
        return [{"id": new_id("msg"), "type": "message", "role": "user", "content": [part]}]
    if not isinstance(raw, list):
        raise TranslationError("input: must be a string or an array of input items")
    if len(raw) > MAX_ITEMS:
        raise TranslationError(f"input: at most {MAX_ITEMS} items are allowed")
    return [_item(item, index) for index, item in enumerate(raw)]


def _item(raw: Any, index: int) -> dict[str, Any]:
    where = f"input[{index}]"
    if not isinstance(raw, dict):
        raise TranslationError(f"{where}: must be an object")
    item = dict(raw)
    kind = item.get("type")
    if kind is None and "role" in item:  # EasyInputMessage
        kind = item["type"] = "message"
    if kind == "message":
        _check_message(item, where)
    elif kind in CALL_TYPES or kind in OUTPUT_TYPES:
        _check_call(item, kind, where)
    elif kind == "reasoning":
        if not isinstance(item.get("summary", []), list):
            raise TranslationError(f"{where}.summary: must be an array")
    elif kind == "item_reference":
        raise TranslationError(
            f"{where}: item references are not supported; send the items themselves "
            "or use previous_response_id"
        )
    else:
        raise TranslationError(f"{where}.type: unsupported input item type {str(kind)[:40]!r}")
    if not isinstance(item.get("id"), str) or not item["id"]:
        item["id"] = new_id(_ID_PREFIX[kind])
    return item


def _check_message(item: dict[str, Any], where: str) -> None:
    if item.get("role") not in ROLES:
        raise TranslationError(f"{where}.role: must be one of {', '.join(ROLES)}")
    content = item.get("content")
    if isinstance(content, str):
        kind = "output_text" if item["role"] == "assistant" else "input_text"
        item["content"] = [{"type": kind, "text": content}]
    elif not isinstance(content, list):
        raise TranslationError(f"{where}.content: must be a string or an array of parts")


def _check_call(item: dict[str, Any], kind: str, where: str) -> None:
    if not isinstance(item.get("call_id"), str) or not item["call_id"]:
        raise TranslationError(f"{where}.call_id: field required")
    if kind == "function_call":
        _require_str(item, "name", where)
        _require_str(item, "arguments", where)
    elif kind == "custom_tool_call":
        _require_str(item, "name", where)
        _require_str(item, "input", where)
    elif not isinstance(item.get("output"), str | list):
        raise TranslationError(f"{where}.output: must be a string or an array of parts")


def _require_str(item: dict[str, Any], field: str, where: str) -> None:
    if not isinstance(item.get(field), str):
        raise TranslationError(f"{where}.{field}: must be a string")
