"""Scripted responses: how a test makes the mock answer what it needs.

A test posts a list of response descriptions to ``/__mock__/script``; each
chat or messages request (either API) consumes the first queued description
whose ``match`` (if any) occurs in the request's last user text. The same
description renders in OpenAI or Anthropic shape depending on the endpoint
that consumes it, so one script works whichever API the gateway speaks
upstream.

Fault models (``mock-error-500``, ``mock-timeout``...) map to the same
description type so a gateway *configuration* can point a route at a fault
without any scripting.
"""

from __future__ import annotations

import os
import string
from dataclasses import dataclass, field
from typing import Any

import orjson

_B62 = (string.ascii_letters + string.digits).encode()
# Random bytes mapped onto base62 through a 256-entry table: ids only need to
# look real and be unique, and this is ~20x cheaper than random.choices on
# the hot path (the slight bias towards the first characters is irrelevant).
_TO_B62 = bytes(_B62[i % 62] for i in range(256))


def random_id(length: int) -> str:
    """Random base62 string, the alphabet real provider ids use."""
    return os.urandom(length).translate(_TO_B62).decode()


@dataclass(slots=True)
class ToolCall:
    """One tool call of a scripted reply; ``arguments`` is the JSON text."""

    name: str
    arguments: str
    id: str | None = None

    def input_object(self) -> Any:
        """Arguments as an object (Anthropic ``input``); raw text if not JSON."""
        try:
            return orjson.loads(self.arguments) if self.arguments else {}
        except orjson.JSONDecodeError:
            return self.arguments


@dataclass(slots=True)
class Reply:
    """What to answer one request with; every field is optional.

    Attributes:
        text: reply text (default: the configured reply, unless tool calls).
        reasoning: OpenAI ``reasoning_content`` / Anthropic thinking block.
        tool_calls: ``{"id"?, "name", "arguments": object | raw JSON text}``;
            streamed as fragments of ``argument_chunk_size`` characters.
        finish_reason: override, in either API's words (mapped across).
        usage: override merged over the computed usage; either API's key
            names work (``prompt_tokens`` <-> ``input_tokens`` ...).
        no_usage: OpenAI API: send no ``usage`` at all, plain or streamed (as
            several OpenAI-compatible servers do).
        status / error / error_type / error_code: answer an HTTP error in
            the API's own error format instead of a completion.
        headers: extra response headers (``retry-after``...).
        delay_ms: latency for this response (overrides ``latency_ms``).
        malformed: 200 with a body (or SSE data line) that is not JSON.
        disconnect_after: streams: drop the connection after N events;
            non-streamed: drop it without any response.
        end_after: streams: end the response cleanly after N events (a stream
            that stops early without its final events, e.g. no message_stop).
        hang: never answer; wait until the client gives up.
        times: serve this response N times before it leaves the queue.
        match: only for requests whose last user text contains this.
        argument_chunk_size: tool-argument fragment size for this response.
        same_tool_index: OpenAI streams: every tool call at ``index`` 0, each
            with its own id, as Kimi-style upstreams send parallel calls.
    """

    text: str | None = None
    reasoning: str | None = None
    tool_calls: list[ToolCall] = field(default_factory=list)
    finish_reason: str | None = None
    usage: dict[str, Any] | None = None
    no_usage: bool = False
    status: int | None = None
    error: str | None = None
    error_type: str | None = None
    error_code: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    delay_ms: float | None = None
    malformed: bool = False
    disconnect_after: int | None = None
    end_after: int | None = None
    hang: bool = False
    times: int = 1
    match: str | None = None
    argument_chunk_size: int | None = None
    same_tool_index: bool = False

    @property
    def is_error(self) -> bool:
        """True when this reply is an HTTP error rather than a completion."""
        return self.status is not None and self.status >= 400


# Scalar fields of a scripted response and the JSON types each accepts.
_FIELD_TYPES: dict[str, tuple[type, ...]] = {
    "text": (str,),
    "reasoning": (str,),
    "finish_reason": (str,),
    "usage": (dict,),
    "no_usage": (bool,),
    "status": (int,),
    "error": (str,),
    "error_type": (str,),
    "error_code": (str,),
    "delay_ms": (int, float),
    "malformed": (bool,),
    "disconnect_after": (int,),
    "end_after": (int,),
    "hang": (bool,),
    "times": (int,),
    "match": (str,),
    "argument_chunk_size": (int,),
    "same_tool_index": (bool,),
}
_SIMPLE_FIELDS = tuple(_FIELD_TYPES)


def parse_tool_call(raw: Any) -> ToolCall:
    """A tool call from ``{"id"?, "name", "arguments": object | raw string}``."""
    if not isinstance(raw, dict) or not isinstance(raw.get("name"), str):
        raise ValueError("a tool call needs a string 'name'")
    args = raw.get("arguments", raw.get("input", {}))
    text = args if isinstance(args, str) else orjson.dumps(args).decode()
    call_id = raw.get("id")
    return ToolCall(name=raw["name"], arguments=text, id=str(call_id) if call_id else None)


def parse_reply(raw: Any) -> Reply:
    """Validate one scripted response description; ``ValueError`` if wrong."""
    if not isinstance(raw, dict):
        raise ValueError("each scripted response must be an object")
    unknown = set(raw) - set(_SIMPLE_FIELDS) - {"tool_calls", "headers"}
    if unknown:
        raise ValueError(f"unknown scripted response fields: {sorted(unknown)}")
    for name, types in _FIELD_TYPES.items():
        value = raw.get(name)
        if value is not None and not isinstance(value, types):
            raise ValueError(f"{name!r} must be of type {'/'.join(t.__name__ for t in types)}")
    reply = Reply(**{k: raw[k] for k in _SIMPLE_FIELDS if raw.get(k) is not None})
    reply.tool_calls = [parse_tool_call(c) for c in raw.get("tool_calls") or ()]
    headers = raw.get("headers") or {}
    if not isinstance(headers, dict):
        raise ValueError("'headers' must be an object")
    reply.headers = {str(k).lower(): str(v) for k, v in headers.items()}
    if reply.times < 1:
        raise ValueError("'times' must be at least 1")
    return reply


class ScriptQueue:
    """FIFO of scripted replies with optional substring matching."""

    def __init__(self) -> None:
        self._items: list[Reply] = []

    def __len__(self) -> int:
        return len(self._items)

    def extend(self, raws: list[Any]) -> int:
        """Parse and append; all-or-nothing so a bad script changes nothing."""
        parsed = [parse_reply(r) for r in raws]
        self._items.extend(parsed)
        return len(parsed)

    def clear(self) -> None:
        """Drop every queued reply."""
        self._items.clear()

    def pop_for(self, user_text: str) -> Reply | None:
        """Consume the first reply usable for a request with ``user_text``.

        A reply with ``times: N`` is handed out N times before leaving the
        queue; a reply whose ``match`` is absent from the text stays queued.
        """
        for index, reply in enumerate(self._items):
            if reply.match is not None and reply.match not in user_text:
                continue
            reply.times -= 1
            if reply.times <= 0:
                del self._items[index]
            return reply
        return None

    def snapshot(self) -> list[dict[str, Any]]:
        """The queue as JSON-able dicts (``GET /__mock__/script``)."""
        out = []
        for r in self._items:
            item = {k: getattr(r, k) for k in _SIMPLE_FIELDS if getattr(r, k) not in (None, False)}
            if r.tool_calls:
                item["tool_calls"] = [
                    {"id": c.id, "name": c.name, "arguments": c.arguments} for c in r.tool_calls
                ]
            if r.headers:
                item["headers"] = r.headers
            out.append(item)
        return out


def fault_for_model(model: str) -> Reply | None:
    """The fault a ``mock-*`` model name stands for, if any.

    ``mock-error-<status>`` answers that HTTP status (429 also carries
    ``retry-after`` and rate-limit headers), ``mock-timeout`` never answers,
    ``mock-malformed`` answers invalid JSON, ``mock-disconnect`` cuts the
    connection (streams after two chunks).
    """
    if not model.startswith("mock-"):
        return None
    if model.startswith("mock-error-"):
        try:
            status = int(model.removeprefix("mock-error-"))
        except ValueError:
            return None
        if not 400 <= status <= 599:
            return None
        reply = Reply(status=status)
        if status == 429:
            reply.headers = {"retry-after": "1"}
        return reply
    if model == "mock-timeout":
        return Reply(hang=True)
    if model == "mock-malformed":
        return Reply(malformed=True)
    if model == "mock-disconnect":
        return Reply(disconnect_after=2)
    return None
