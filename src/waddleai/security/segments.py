"""The texts of a request body, each with the channel it arrived through.

Channels: `user` (what the person typed), `system` (the client's system / developer
prompt), `assistant` (earlier model turns, tool-call arguments included) and `tool`
(tool results and attached documents: where indirect injection arrives).

A `Slot` is a place in the body holding a string (container + key), so redaction can
write the replacement back in place. Never yielded: images, thinking blocks (their
signatures must reach the upstream unchanged), tool definitions, metadata.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

MAX_DEPTH = 12


@dataclass(slots=True)
class Slot:
    channel: str
    container: dict[str, Any] | list[Any]
    key: Any
    json_string: bool = False  # the text is JSON source (OpenAI tool-call arguments)

    @property
    def text(self) -> str:
        return self.container[self.key]  # type: ignore[index,no-any-return]

    def set(self, value: str) -> None:
        self.container[self.key] = value  # type: ignore[index]


_ROLE_CHANNELS = {
    "system": "system",
    "developer": "system",
    "user": "user",
    "assistant": "assistant",
    "model": "assistant",
    "tool": "tool",
    "function": "tool",
    "ipython": "tool",
}
_SKIPPED_BLOCKS = frozenset(
    {"image", "image_url", "input_image", "thinking", "redacted_thinking", "input_audio",
     "audio", "file", "input_file", "reasoning"}
)  # fmt: skip


def slots(api: str, body: dict[str, Any]) -> list[Slot]:
    """Every text slot of a client request in `api` ("openai", "anthropic", "responses").

    Built into one list by plain loops: a Claude Code body has ~250 texts and is walked
    on every request, and a chain of generators cost twice as much per text.
    """
    out: list[Slot] = []
    if not isinstance(body, dict):
        return out
    if api == "anthropic":
        _anthropic(body, out)
    elif api == "responses":
        _responses(body, out)
    else:
        _openai(body, out)
    return out


def _strings(channel: str, value: Any, out: list[Slot], depth: int = 0) -> None:
    """Every string inside a JSON value (tool-call inputs, nested tool results)."""
    if depth > MAX_DEPTH:
        return
    if isinstance(value, dict):
        for key, item in value.items():
            if isinstance(item, str):
                out.append(Slot(channel, value, key))
            else:
                _strings(channel, item, out, depth + 1)
    elif isinstance(value, list):
        for i, item in enumerate(value):
            if isinstance(item, str):
                out.append(Slot(channel, value, i))
            else:
                _strings(channel, item, out, depth + 1)


def _content(channel: str, holder: dict[str, Any], key: str, out: list[Slot]) -> None:
    """`holder[key]` as a string or a list of typed parts."""
    value = holder.get(key)
    if isinstance(value, str):
        out.append(Slot(channel, holder, key))
        return
    if not isinstance(value, list):
        return
    for i, part in enumerate(value):
        if isinstance(part, str):
            out.append(Slot(channel, value, i))
        elif isinstance(part, dict):
            _part(channel, part, out)


def _part(channel: str, part: dict[str, Any], out: list[Slot]) -> None:
    kind = part.get("type")
    if kind in _SKIPPED_BLOCKS:
        return
    if kind == "tool_result":
        _content("tool", part, "content", out)
    elif kind in ("tool_use", "server_tool_use"):
        _strings("assistant", part.get("input"), out)
    elif kind == "document":
        source = part.get("source")
        if isinstance(source, dict) and isinstance(source.get("data"), str):
            if source.get("type") == "text":
                out.append(Slot("tool", source, "data"))
        elif isinstance(source, dict) and source.get("type") == "content":
            _content("tool", source, "content", out)
    elif kind and str(kind).endswith("_tool_result"):  # web_search_tool_result and kin
        _strings("tool", part.get("content"), out)
    elif isinstance(part.get("text"), str):
        out.append(Slot(channel, part, "text"))


def _anthropic(body: dict[str, Any], out: list[Slot]) -> None:
    _content("system", body, "system", out)
    for message in body.get("messages") or ():
        if isinstance(message, dict):
            channel = _ROLE_CHANNELS.get(str(message.get("role")), "user")
            _content(channel, message, "content", out)


def _openai(body: dict[str, Any], out: list[Slot]) -> None:
    for message in body.get("messages") or ():
        if not isinstance(message, dict):
            continue
        channel = _ROLE_CHANNELS.get(str(message.get("role")), "user")
        _content(channel, message, "content", out)
        for call in message.get("tool_calls") or ():
            function = call.get("function") if isinstance(call, dict) else None
            if isinstance(function, dict) and isinstance(function.get("arguments"), str):
                out.append(Slot("assistant", function, "arguments", json_string=True))
        call = message.get("function_call")
        if isinstance(call, dict) and isinstance(call.get("arguments"), str):
            out.append(Slot("assistant", call, "arguments", json_string=True))


def _responses(body: dict[str, Any], out: list[Slot]) -> None:
    if isinstance(body.get("instructions"), str):
        out.append(Slot("system", body, "instructions"))
    items = body.get("input")
    if isinstance(items, str):
        out.append(Slot("user", body, "input"))
        return
    for item in items or ():
        if not isinstance(item, dict):
            continue
        kind = item.get("type", "message")
        if kind == "message" or "role" in item and kind not in _OUTPUT_ITEMS:
            channel = _ROLE_CHANNELS.get(str(item.get("role")), "user")
            _content(channel, item, "content", out)
        elif kind in _OUTPUT_ITEMS:
            _content("tool", item, "output", out)
        elif kind == "function_call" and isinstance(item.get("arguments"), str):
            out.append(Slot("assistant", item, "arguments", json_string=True))
        elif kind == "custom_tool_call" and isinstance(item.get("input"), str):
            out.append(Slot("assistant", item, "input"))


_OUTPUT_ITEMS = frozenset(
    {"function_call_output", "custom_tool_call_output", "computer_call_output",
     "local_shell_call_output", "mcp_call_output"}
)  # fmt: skip
