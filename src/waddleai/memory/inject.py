"""Adding a session's earlier turns to a request body, in the client's own API. Pure.

History goes right after the system prompt and before the client's messages, as plain
user/assistant text messages: the system prompt and the history form a prefix that
stays byte-identical from one request to the next (see window.py), so the upstream's
prompt cache keeps hitting. Turns are always user-then-assistant pairs, so the result
alternates as Anthropic requires, provided the client's own messages start with a user
message; when they do not, nothing is added (the request goes as sent).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from waddleai.memory.window import Turn

_SYSTEM_ROLES = ("system", "developer")


def history_messages(turns: Sequence[Turn]) -> list[dict[str, Any]]:
    messages: list[dict[str, Any]] = []
    for turn in turns:
        messages.append({"role": "user", "content": turn.user_text})
        messages.append({"role": "assistant", "content": turn.answer_text})
    return messages


def inject(api: str, body: dict[str, Any], turns: Sequence[Turn], note: str = "") -> int:
    """Edit `body` in place; returns the number of messages added (0: left unchanged).

    `note` (a running summary, or retrieved facts) goes in front of the history as a
    user/assistant pair, so the client's system prompt is never rewritten.
    """
    messages = body.get("messages")
    if not isinstance(messages, list) or (not turns and not note):
        return 0
    head = 0
    if api != "anthropic":
        while head < len(messages) and _role(messages[head]) in _SYSTEM_ROLES:
            head += 1
    if head >= len(messages) or _role(messages[head]) != "user":
        return 0
    added = history_messages(turns)
    if note:
        added[:0] = [
            {"role": "user", "content": note},
            {"role": "assistant", "content": "Understood."},
        ]
    body["messages"] = [*messages[:head], *added, *messages[head:]]
    return len(added)


def _role(message: Any) -> Any:
    return message.get("role") if isinstance(message, dict) else None


def last_user_text(api: str, body: dict[str, Any]) -> str:
    """The text of the request's last user message (what the turn stores), or ''."""
    messages = body.get("messages")
    if not isinstance(messages, list):
        return ""
    for message in reversed(messages):
        if _role(message) == "user":
            return _text(message.get("content"))
        if _role(message) not in _SYSTEM_ROLES:
            return ""  # the request ends with an assistant or tool turn: not a user turn
    return ""


def _text(content: Any) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        parts = [
            p["text"]
            for p in content
            if isinstance(p, dict)
            and p.get("type") in ("text", "input_text")
            and isinstance(p.get("text"), str)
        ]
        return "\n".join(parts)
    return ""


def sent_user_texts(body: dict[str, Any]) -> set[str]:
    """Texts of the user messages the client sent itself (a client keeping its own
    history): stored turns repeating them are not added a second time."""
    messages = body.get("messages")
    if not isinstance(messages, list):
        return set()
    return {_text(m.get("content")) for m in messages if _role(m) == "user"}
