"""Streaming translation: Anthropic Messages SSE events → OpenAI chunk stream.

Used when an OpenAI client streams from an Anthropic upstream. Every output chunk is
an OpenAI ``data: {...}\\n\\n`` line; the stream ends with an optional usage chunk and
``data: [DONE]``.
"""

from __future__ import annotations

import time
from collections.abc import Collection
from typing import Any

import orjson

from waddleai.translate._common import (
    dumps_text,
    openai_completion_id,
    openai_usage_from_anthropic,
)
from waddleai.translate.anthropic_to_openai_response import openai_finish_reason
from waddleai.translate.custom_tools import custom_input
from waddleai.translate.errors import openai_error_body, openai_error_code
from waddleai.translate.sse import encode_event

_DONE = b"data: [DONE]\n\n"


class AnthropicToOpenAIStream:
    """Stateful, pure converter: feed parsed Anthropic events, get OpenAI SSE bytes."""

    def __init__(
        self,
        *,
        model: str,
        include_usage: bool,
        created: int | None = None,
        completion_id: str | None = None,
        custom_tools: Collection[str] = (),
    ) -> None:
        self._model = model
        self._include_usage = include_usage
        self._created = created if created is not None else int(time.time())
        self._id = completion_id or openai_completion_id()
        self._role_sent = False
        self._finish_reason: str | None = None
        self._finish_sent = False
        self._done = False
        self._tool_index: dict[int, int] = {}
        self._custom_tools = custom_tools
        # Custom-tool blocks (Anthropic index → JSON fragments): their input is sent
        # whole at block stop, as the raw text of the single "input" field.
        self._custom_parts: dict[int, list[str]] = {}
        self._usage: dict[str, Any] = {}
        self._text_parts: list[str] = []

    # ------------------------------------------------------------------ public API

    def feed(self, event: str | None, data: dict[str, Any]) -> bytes:
        """Translate one Anthropic event (name from the SSE ``event:`` line, parsed data)."""
        if self._done or not isinstance(data, dict):
            return b""
        kind = data.get("type") or event
        if kind == "message_start":
            return self._on_message_start(data)
        if kind == "content_block_start":
            return self._on_block_start(data)
        if kind == "content_block_delta":
            return self._on_block_delta(data)
        if kind == "content_block_stop":
            return self._on_block_stop(data)
        if kind == "message_delta":
            return self._on_message_delta(data)
        if kind == "error":
            return self._on_error(data)
        # ping, message_stop and unknown future events carry
        # nothing an OpenAI client can use.
        return b""

    def finish(self, usage_extra: dict[str, Any] | None = None) -> bytes:
        """Finish chunk if none was sent, usage chunk (if requested), then ``[DONE]``.

        `usage_extra` is merged into the usage chunk (the gateway's own count)."""
        if self._done:
            return b""
        out = []
        if not self._finish_sent:
            out.append(self._role())
            out.append(self._finish_chunk(self._finish_reason or "stop"))
        if self._include_usage:
            body = self._base()
            body["choices"] = []
            body["usage"] = self.usage if not usage_extra else {**self.usage, **usage_extra}
            out.append(encode_event(None, body))
        out.append(_DONE)
        self._done = True
        return b"".join(out)

    @property
    def usage(self) -> dict[str, Any]:
        """OpenAI usage (prompt includes cached tokens) from what the upstream reported."""
        return openai_usage_from_anthropic(self._usage)

    @property
    def finish_reason(self) -> str | None:
        """OpenAI finish_reason once the upstream sent its stop reason."""
        return self._finish_reason

    @property
    def text(self) -> str:
        """Accumulated assistant text, for accounting/estimates."""
        return "".join(self._text_parts)

    # -------------------------------------------------------------------- events

    def _on_message_start(self, data: dict[str, Any]) -> bytes:
        message = data.get("message")
        if isinstance(message, dict) and isinstance(message.get("usage"), dict):
            self._merge_usage(message["usage"])
        return self._role()

    def _on_block_start(self, data: dict[str, Any]) -> bytes:
        block = data.get("content_block")
        if not isinstance(block, dict) or block.get("type") != "tool_use":
            return self._role()
        index = len(self._tool_index)
        self._tool_index[_int(data.get("index"))] = index
        if block.get("name") in self._custom_tools:
            return self._role() + self._custom_start(block, index, _int(data.get("index")))
        tool_input = block.get("input")
        function = {
            "name": block.get("name") or "",
            # Anthropic always starts with input {}; a pre-filled input is sent whole.
            "arguments": dumps_text(tool_input) if tool_input else "",
        }
        call = {"index": index, "id": block.get("id") or "", "type": "function"}
        call["function"] = function
        return self._role() + self._chunk({"tool_calls": [call]})

    def _on_block_delta(self, data: dict[str, Any]) -> bytes:
        delta = data.get("delta")
        if not isinstance(delta, dict):
            return b""
        kind = delta.get("type")
        if kind == "text_delta" and delta.get("text"):
            self._text_parts.append(delta["text"])
            return self._role() + self._chunk({"content": delta["text"]})
        if kind == "thinking_delta" and delta.get("thinking"):
            return self._role() + self._chunk({"reasoning_content": delta["thinking"]})
        if kind == "input_json_delta" and delta.get("partial_json"):
            index = self._tool_index.get(_int(data.get("index")))
            if index is None:
                return b""
            custom = self._custom_parts.get(_int(data.get("index")))
            if custom is not None:
                custom.append(delta["partial_json"])
                return b""
            call = {"index": index, "function": {"arguments": delta["partial_json"]}}
            return self._role() + self._chunk({"tool_calls": [call]})
        # signature_delta, citations_delta: no OpenAI equivalent.
        return b""

    def _custom_start(self, block: dict[str, Any], index: int, upstream_index: int) -> bytes:
        tool_input = block.get("input")
        self._custom_parts[upstream_index] = [dumps_text(tool_input)] if tool_input else []
        custom = {"name": block.get("name") or "", "input": ""}
        call = {"index": index, "id": block.get("id") or "", "type": "custom", "custom": custom}
        return self._chunk({"tool_calls": [call]})

    def _on_block_stop(self, data: dict[str, Any]) -> bytes:
        """The end of a custom-tool block: its whole input, as the raw text it is."""
        parts = self._custom_parts.pop(_int(data.get("index")), None)
        if not parts:
            return b""
        raw = "".join(parts)
        try:
            text = custom_input(orjson.loads(raw))
        except orjson.JSONDecodeError:
            text = raw
        index = self._tool_index[_int(data.get("index"))]
        call = {"index": index, "custom": {"input": text}}
        return self._role() + self._chunk({"tool_calls": [call]})

    def _on_message_delta(self, data: dict[str, Any]) -> bytes:
        if isinstance(data.get("usage"), dict):
            self._merge_usage(data["usage"])
        delta = data.get("delta")
        stop_reason = delta.get("stop_reason") if isinstance(delta, dict) else None
        self._finish_reason = openai_finish_reason(stop_reason)
        if self._finish_sent:
            return b""
        return self._role() + self._finish_chunk(self._finish_reason)

    def _on_error(self, data: dict[str, Any]) -> bytes:
        error = data.get("error")
        error = error if isinstance(error, dict) else {}
        message = str(error.get("message") or "upstream error")
        code = openai_error_code(error.get("type"), message)
        body = openai_error_body(
            message, 502, code=code, error_type=error.get("type") or "api_error"
        )
        return encode_event(None, body)

    # ------------------------------------------------------------------- helpers

    def _merge_usage(self, usage: dict[str, Any]) -> None:
        """Anthropic usage is cumulative; later non-null values replace earlier ones."""
        for key, value in usage.items():
            if isinstance(value, int) and not isinstance(value, bool):
                self._usage[key] = value

    def _base(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "id": self._id,
            "object": "chat.completion.chunk",
            "created": self._created,
            "model": self._model,
        }
        return body

    def _chunk(self, delta: dict[str, Any], finish_reason: str | None = None) -> bytes:
        body = self._base()
        choice = {"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish_reason}
        body["choices"] = [choice]
        if self._include_usage:
            body["usage"] = None
        return encode_event(None, body)

    def _role(self) -> bytes:
        """The first chunk OpenAI always sends: the assistant role with empty content."""
        if self._role_sent:
            return b""
        self._role_sent = True
        return self._chunk({"role": "assistant", "content": ""})

    def _finish_chunk(self, finish_reason: str) -> bytes:
        self._finish_sent = True
        return self._chunk({}, finish_reason)


def _int(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else -1
