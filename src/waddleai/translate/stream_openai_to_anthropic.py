"""Streaming translation: OpenAI ``chat.completion.chunk`` stream → Anthropic SSE events.

The output follows Anthropic's grammar exactly: ``message_start``, then for every
content block ``content_block_start`` → deltas → ``content_block_stop`` with indexes
0, 1, 2... in order, only one block open at a time, then ``message_delta`` and
``message_stop``.

Parallel tool calls. OpenAI streams parallel calls one after another (all fragments of
``index`` 0, then of 1...), so each call's arguments are forwarded fragment by fragment
as they arrive. A new call (or text) may only close the open tool block when that
block's arguments already parse as a complete JSON object; otherwise the upstream is
interleaving calls, and from then on every *new* block is buffered ("deferred") and
emitted whole, in order of first appearance, when the stream finishes. The open block
keeps streaming. This keeps every tool input intact and blocks non-overlapping, at the
cost of latency only for upstreams that interleave.
"""

from __future__ import annotations

from typing import Any

import orjson

from waddleai.translate._common import (
    anthropic_message_id,
    anthropic_stop_reason,
    anthropic_usage_from_openai,
    matched_stop_sequence,
    tool_use_id,
)
from waddleai.translate.errors import anthropic_stream_error_event
from waddleai.translate.sse import encode_event
from waddleai.translate.tool_names import ToolNameMap

_NEW, _PENDING, _OPEN, _DEFERRED, _CLOSED = range(5)
_PING = encode_event("ping", {"type": "ping"})
_MESSAGE_STOP = encode_event("message_stop", {"type": "message_stop"})
_DELTA = (
    b'event: content_block_delta\ndata: {"type":"content_block_delta","index":%d,'
    b'"delta":{"type":"%s","%s":%s}}\n\n'
)
_DELTA_FIELDS = {
    "text": (b"text_delta", b"text"),
    "thinking": (b"thinking_delta", b"thinking"),
    "tool_use": (b"input_json_delta", b"partial_json"),
}


def _delta_event(block: _Block, piece: str) -> bytes:
    """``content_block_delta`` for ``piece``: the bytes encode_event would give, built
    from a template (one per streamed token, so the dicts are worth skipping)."""
    kind, field = _DELTA_FIELDS[block.kind]
    return _DELTA % (block.index, kind, field, orjson.dumps(piece))


class _Block:
    """One Anthropic content block being assembled (thinking, text or tool_use)."""

    __slots__ = ("call_id", "generated_id", "index", "kind", "name", "parts", "state")

    def __init__(self, kind: str, call_id: str = "", name: str = "") -> None:
        self.kind = kind
        self.call_id = call_id
        self.generated_id = False
        self.name = name
        self.index = -1
        self.state = _NEW
        self.parts: list[str] = []

    def start_payload(self) -> dict[str, Any]:
        if self.kind == "text":
            return {"type": "text", "text": ""}
        if self.kind == "thinking":
            return {"type": "thinking", "thinking": "", "signature": ""}
        return {"type": "tool_use", "id": self.call_id, "name": self.name, "input": {}}

    def arguments_complete(self) -> bool:
        """True when accumulated tool arguments already form a whole JSON object."""
        if not self.parts:
            return False
        try:
            return isinstance(orjson.loads("".join(self.parts)), dict)
        except orjson.JSONDecodeError:
            return False


class OpenAIToAnthropicStream:
    """Stateful, pure converter: feed parsed OpenAI chunks, get Anthropic SSE bytes."""

    def __init__(
        self,
        *,
        model: str,
        message_id: str | None = None,
        input_tokens: int = 0,
        tool_names: ToolNameMap | None = None,
        stop_sequences: list[str] | None = None,
    ) -> None:
        self._model = model
        self._message_id = message_id or anthropic_message_id()
        self._input_estimate = input_tokens
        self._output_estimate = 0
        self._names = tool_names
        self._stop_sequences = stop_sequences
        self._blocks: list[_Block] = []
        self._open: _Block | None = None
        self._deferring = False
        self._next_index = 0
        self._tools_by_id: dict[str, _Block] = {}
        self._tools_by_index: dict[int | str, _Block] = {}
        self._last_tool: _Block | None = None
        self._pending: list[_Block] = []  # tool calls whose name has not arrived yet
        self._text_parts: list[str] = []
        self._finish_reason: str | None = None
        self._stop_sequence: str | None = None
        self._upstream_usage: dict[str, Any] | None = None
        self._started = False
        self._finished = False

    # ------------------------------------------------------------------ public API

    def start(self) -> bytes:
        """``message_start`` (with the input-token estimate) followed by a ``ping``."""
        if self._started:
            return b""
        self._started = True
        message = {
            "id": self._message_id,
            "type": "message",
            "role": "assistant",
            "model": self._model,
            "content": [],
            "stop_reason": None,
            "stop_sequence": None,
            "usage": {
                "input_tokens": self._input_estimate,
                "output_tokens": 0,
                "cache_creation_input_tokens": 0,
                "cache_read_input_tokens": 0,
            },
        }
        return encode_event("message_start", {"type": "message_start", "message": message}) + _PING

    def feed(self, chunk: dict[str, Any]) -> bytes:
        """Translate one parsed OpenAI chunk; returns b"" when nothing is emitted yet."""
        if self._finished or not isinstance(chunk, dict):
            return b""
        out = [] if self._started else [self.start()]
        if "error" in chunk and isinstance(chunk["error"], dict):
            # OpenAI-compatible servers (vLLM, OpenRouter) report mid-stream failures
            # as a chunk with an "error" object instead of choices.
            message = chunk["error"].get("message") or "upstream error"
            return b"".join(out) + self.error(str(message), "api_error")
        usage = chunk.get("usage")
        if isinstance(usage, dict):
            self._upstream_usage = usage
        choices = chunk.get("choices")
        if isinstance(choices, list) and choices and isinstance(choices[0], dict):
            choice = choices[0]
            delta = choice.get("delta")
            if isinstance(delta, dict) and delta:
                self._feed_delta(delta, out)
            finish = choice.get("finish_reason")
            if isinstance(finish, str) and finish:
                self._finish_reason = finish
                self._stop_sequence = matched_stop_sequence(choice, self._stop_sequences)
        return out[0] if len(out) == 1 else b"".join(out)

    def finish(self, usage_extra: dict[str, Any] | None = None) -> bytes:
        """Close all blocks, then ``message_delta`` (stop reason, usage) and ``message_stop``.

        `usage_extra` is merged into the message_delta's usage (the gateway's own count),
        so the tail never has to be parsed again to add it."""
        if self._finished:
            return b""
        out = [self.start()]
        while self._pending:  # a call whose name never came: better nameless than lost
            out.append(self._release(self._pending[0]))
        if not self._blocks:
            # Anthropic clients expect at least one content block.
            out.append(self._add_block(_Block("text")))
        out.append(self._close_open())
        for block in self._blocks:
            if block.state == _DEFERRED:
                out.append(self._emit_whole(block))
        self._finished = True
        stop_reason = self.stop_reason
        delta = {
            "stop_reason": stop_reason,
            "stop_sequence": self._stop_sequence if stop_reason == "stop_sequence" else None,
        }
        usage = self.usage if not usage_extra else {**self.usage, **usage_extra}
        body = {"type": "message_delta", "delta": delta, "usage": usage}
        out.append(encode_event("message_delta", body))
        out.append(_MESSAGE_STOP)
        return b"".join(out)

    def error(self, message: str, error_type: str = "api_error") -> bytes:
        """An Anthropic ``error`` event for failures after the stream started; ends it."""
        self._finished = True
        return anthropic_stream_error_event(message, error_type)

    @property
    def saw_finish_reason(self) -> bool:
        """True once a chunk carried a finish_reason: the upstream's answer is whole."""
        return self._finish_reason is not None

    @property
    def upstream_reported_usage(self) -> bool:
        return self._upstream_usage is not None

    def set_input_tokens(self, n: int) -> None:
        """Input-token count to report when the upstream sends no usage chunk."""
        self._input_estimate = max(int(n), 0)

    def set_output_tokens_estimate(self, n: int) -> None:
        """Output-token count to report when the upstream sends no usage chunk."""
        self._output_estimate = max(int(n), 0)

    @property
    def usage(self) -> dict[str, Any]:
        """Cumulative Anthropic usage: upstream numbers when seen, else the estimates."""
        if self._upstream_usage is None:
            return {
                "input_tokens": self._input_estimate,
                "output_tokens": self._output_estimate,
                "cache_creation_input_tokens": 0,
                "cache_read_input_tokens": 0,
            }
        # Every field Anthropic reports, present even at 0: Claude Code reads them all.
        return anthropic_usage_from_openai(self._upstream_usage)

    @property
    def stop_reason(self) -> str:
        """Anthropic stop reason for what has been seen so far."""
        return anthropic_stop_reason(
            self._finish_reason,
            has_tool_calls=self._last_tool is not None,
            stop_sequence=self._stop_sequence,
        )

    @property
    def text(self) -> str:
        """Accumulated assistant text (text blocks only)."""
        return "".join(self._text_parts)

    @property
    def output_text(self) -> str:
        """Everything generated (thinking, text, tool arguments), for token estimates."""
        return "".join("".join(b.parts) for b in self._blocks)

    @property
    def finished(self) -> bool:
        """True once ``finish()`` or ``error()`` produced the end of the stream."""
        return self._finished

    # --------------------------------------------------------------- chunk parsing

    def _feed_delta(self, delta: dict[str, Any], out: list[bytes]) -> None:
        content = delta.get("content")
        if len(delta) == 1 and isinstance(content, str):  # most chunks: one text delta
            if content:
                self._text_parts.append(content)
                out.append(self._write_simple("text", content))
            return
        for key in ("reasoning_content", "reasoning"):
            reasoning = delta.get(key)
            if isinstance(reasoning, str) and reasoning:
                out.append(self._write_simple("thinking", reasoning))
                break
        for key in ("content", "refusal"):
            content = delta.get(key)
            if isinstance(content, str) and content:
                self._text_parts.append(content)
                out.append(self._write_simple("text", content))
        calls = delta.get("tool_calls")
        if isinstance(calls, list):
            for call in calls:
                if isinstance(call, dict):
                    out.append(self._write_tool(call))
        legacy = delta.get("function_call")
        if isinstance(legacy, dict):
            out.append(self._write_tool({"index": "function_call", "function": legacy}))

    def _write_simple(self, kind: str, piece: str) -> bytes:
        """Append thinking/text, continuing the latest block of that kind if still live."""
        last = self._blocks[-1] if self._blocks else None
        if last is not None and last.kind == kind and last.state in (_OPEN, _DEFERRED):
            return self._append(last, piece)
        return self._add_block(_Block(kind)) + self._append(self._blocks[-1], piece)

    def _tool_block(self, call: dict[str, Any], name: str) -> _Block | None:
        """Find the block a tool-call fragment belongs to (None for a new call).

        Fragments after the first usually carry only ``index``; some upstreams omit
        ``index`` and rely on ``id``, or send neither on continuation fragments. An id
        is the strongest key: a new id is a new call even at an index already used
        (Kimi-style upstreams send every parallel call at index 0).
        """
        call_id = call.get("id")
        index = _call_index(call)
        by_index = self._tools_by_index.get(index) if index is not None else self._last_tool
        if isinstance(call_id, str) and call_id:
            found = self._tools_by_id.get(call_id)
            if found is None and index is not None and by_index and self._late_id(by_index, name):
                # Same index, id arriving after the first fragment: same call, keep our id.
                by_index.generated_id = False
                self._tools_by_id[call_id] = found = by_index
            return found
        return by_index

    def _late_id(self, block: _Block, name: str) -> bool:
        """Whether a new id can only be the late id of ``block`` (a call without one yet).

        Not when the block already looks finished (whole JSON arguments) or the fragment
        names another tool: that is the next call of an upstream reusing the index.
        """
        if not block.generated_id or block.arguments_complete():
            return False
        return not name or not block.name or self._client_name(name) == block.name

    def _client_name(self, name: str) -> str:
        return self._names.to_client(name) if self._names else name

    def _new_tool(self, call: dict[str, Any]) -> _Block:
        """A tool call seen for the first time; it opens once its name is known."""
        call_id = call.get("id")
        has_id = isinstance(call_id, str) and bool(call_id)
        block = _Block("tool_use", call_id if has_id else tool_use_id())
        block.generated_id = not has_id
        block.state = _PENDING
        self._tools_by_id[block.call_id] = block
        index = _call_index(call)
        if index is not None:
            self._tools_by_index[index] = block
        self._last_tool = block
        self._pending.append(block)
        return block

    def _write_tool(self, call: dict[str, Any]) -> bytes:
        function = call.get("function")
        if not isinstance(function, dict):
            function = {}
        name = function.get("name") if isinstance(function.get("name"), str) else ""
        block = self._tool_block(call, name) or self._new_tool(call)
        if name and not block.name:
            block.name = self._client_name(name)
        arguments = function.get("arguments")
        piece = arguments if isinstance(arguments, str) else ""
        if block.state != _PENDING:
            return self._append(block, piece) if piece else b""
        if piece:
            block.parts.append(piece)
        return self._release(block) if block.name else b""

    def _release(self, block: _Block) -> bytes:
        """Add a pending tool block (name now known) and replay what it buffered."""
        self._pending.remove(block)
        out = self._add_block(block)
        content = "".join(block.parts)
        if block.state == _OPEN and content:
            out += _delta_event(block, content)
        return out

    # ------------------------------------------------------------- block lifecycle

    def _add_block(self, block: _Block) -> bytes:
        """Register a new block: open it now, or defer it if the open one can't close."""
        self._blocks.append(block)
        current = self._open
        can_close = current is None or current.kind != "tool_use" or current.arguments_complete()
        if self._deferring or not can_close:
            self._deferring = True
            block.state = _DEFERRED
            return b""
        return self._close_open() + self._open_block(block)

    def _append(self, block: _Block, piece: str) -> bytes:
        block.parts.append(piece)
        if block.state != _OPEN:
            # Deferred: emitted at finish. Closed: only reachable when an upstream sends
            # more after a complete JSON object, i.e. invalid arguments; dropped.
            return b""
        return _delta_event(block, piece)

    def _open_block(self, block: _Block) -> bytes:
        block.index = self._next_index
        self._next_index += 1
        block.state = _OPEN
        self._open = block
        body = {"type": "content_block_start", "index": block.index}
        body["content_block"] = block.start_payload()
        return encode_event("content_block_start", body)

    def _close_open(self) -> bytes:
        block = self._open
        if block is None:
            return b""
        self._open = None
        block.state = _CLOSED
        out = b""
        if block.kind == "thinking":
            # Anthropic always ends thinking with a signature; no other provider has one.
            delta = {"type": "signature_delta", "signature": ""}
            body = {"type": "content_block_delta", "index": block.index, "delta": delta}
            out = encode_event("content_block_delta", body)
        stop = {"type": "content_block_stop", "index": block.index}
        return out + encode_event("content_block_stop", stop)

    def _emit_whole(self, block: _Block) -> bytes:
        """Emit a deferred block in one go: start, one delta with everything, stop."""
        out = self._open_block(block)
        content = "".join(block.parts)
        if content:
            out += _delta_event(block, content)
        return out + self._close_open()


def _call_index(call: dict[str, Any]) -> int | str | None:
    """The OpenAI ``index`` of a tool-call fragment, if usable as a key."""
    index = call.get("index")
    if isinstance(index, bool) or not isinstance(index, int | str):
        return None
    return index
