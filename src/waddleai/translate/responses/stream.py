"""Streaming: Chat Completions chunks → Responses SSE events.

A stateful, pure converter. Each chunk's deltas open, extend and close output items
with the event grammar the openai SDKs check (``response.created`` first, every delta
after its item's ``output_item.added``, every item closed by ``output_item.done`` before
``response.completed``, one ``sequence_number`` across the stream). A custom tool's
input is streamed upstream as JSON (``{"input": "..."}``): it is decoded as it arrives
(partial.py) and sent on as ``custom_tool_call_input.delta`` events.
"""

from __future__ import annotations

from typing import Any

from waddleai.translate.responses.envelope import ResponseFrame, usage_from_chat
from waddleai.translate.responses.ids import new_id
from waddleai.translate.responses.partial import InputStream
from waddleai.translate.responses.response import (
    INCOMPLETE,
    call_item,
    message_item,
    reasoning_item,
)
from waddleai.translate.responses.tools import CUSTOM
from waddleai.translate.sse import encode_event


class _Open:
    """An output item being streamed: its position, id and text so far."""

    __slots__ = ("index", "id", "kind", "parts", "call_id", "name", "pending", "input", "sent")

    def __init__(self, index: int, item_id: str, kind: str) -> None:
        self.index, self.id, self.kind = index, item_id, kind
        self.parts: list[str] = []
        self.call_id = self.name = ""
        self.pending = True  # a call waits for its name before it is announced
        self.input = InputStream()  # a custom call's text, decoded as it streams
        self.sent = ""  # the custom input text already sent

    @property
    def text(self) -> str:
        return "".join(self.parts)


class ChatToResponsesStream:
    """Feed parsed chat chunks, get Responses SSE bytes; ``finish`` ends the stream."""

    def __init__(self, frame: ResponseFrame) -> None:
        self.frame = frame
        self._seq = 0
        self._output: list[dict[str, Any] | None] = []
        self._text: _Open | None = None
        self._reasoning: _Open | None = None
        self._calls: dict[int, _Open] = {}
        self.chat_usage: dict[str, Any] = {}
        self.finish_reason: str | None = None
        self.response: dict[str, Any] | None = None  # the final object, once finished

    # ------------------------------------------------------------------ public API

    def start(self) -> bytes:
        """``response.created`` and ``response.in_progress``."""
        body = self.frame.envelope("in_progress", [])
        return self._event("response.created", response=body) + self._event(
            "response.in_progress", response=body
        )

    def feed(self, chunk: dict[str, Any]) -> bytes:
        """Translate one chat chunk (``chat.completion.chunk`` object)."""
        if self.response is not None:
            return b""
        if isinstance(chunk.get("usage"), dict):
            self.chat_usage = chunk["usage"]
        out: list[bytes] = []
        for choice in chunk.get("choices") or ():
            if not isinstance(choice, dict) or choice.get("index", 0) != 0:
                continue
            delta = choice.get("delta") if isinstance(choice.get("delta"), dict) else {}
            reasoning = delta.get("reasoning_content") or delta.get("reasoning")
            if isinstance(reasoning, str) and reasoning:
                out.append(self._on_reasoning(reasoning))
            if isinstance(delta.get("content"), str) and delta["content"]:
                out.append(self._on_text(delta["content"]))
            for call in delta.get("tool_calls") or ():
                if isinstance(call, dict):
                    out.append(self._on_call(call))
            if choice.get("finish_reason"):
                self.finish_reason = str(choice["finish_reason"])
        return b"".join(out)

    def finish(self, extra_usage: dict[str, Any] | None = None) -> bytes:
        """Close every open item, then ``response.completed`` (or ``.incomplete``)."""
        if self.response is not None:
            return b""
        out = [self._close_reasoning(), self._close_text()]
        out += [self._close_call(call) for call in self._calls.values()]
        usage = usage_from_chat({**self.chat_usage, **(extra_usage or {})})
        incomplete = INCOMPLETE.get(str(self.finish_reason))
        status = "incomplete" if incomplete else "completed"
        output = [item for item in self._output if item is not None]
        self.response = self.frame.envelope(status, output, usage, incomplete=incomplete)
        out.append(self._event(f"response.{status}", response=self.response))
        return b"".join(out)

    def fail(self, message: str, code: str = "server_error") -> bytes:
        """``response.failed`` carrying the error, once the 200 stream has started."""
        if self.response is not None:
            return b""
        output = [item for item in self._output if item is not None]
        error = {"code": code, "message": message}
        self.response = self.frame.envelope("failed", output, None, error=error)
        return self._event("response.failed", response=self.response)

    # ------------------------------------------------------------------- events

    def _event(self, kind: str, **fields: Any) -> bytes:
        data = {"type": kind, "sequence_number": self._seq, **fields}
        self._seq += 1
        return encode_event(kind, data)

    def _open(self, kind: str, prefix: str) -> _Open:
        item = _Open(len(self._output), new_id(prefix), kind)
        self._output.append(None)
        return item

    def _on_reasoning(self, text: str) -> bytes:
        out = b""
        if self._reasoning is None:
            out = self._close_text()
            item = self._reasoning = self._open("reasoning", "rs")
            added = {"id": item.id, "type": "reasoning", "summary": []}
            out += self._event("response.output_item.added", output_index=item.index, item=added)
            out += self._event(
                "response.reasoning_summary_part.added",
                **self._where(item),
                summary_index=0,
                part={"type": "summary_text", "text": ""},
            )
        item = self._reasoning
        item.parts.append(text)
        return out + self._event(
            "response.reasoning_summary_text.delta",
            **self._where(item),
            summary_index=0,
            delta=text,
        )

    def _on_text(self, text: str) -> bytes:
        out = b""
        if self._text is None:
            out = self._close_reasoning()
            item = self._text = self._open("message", "msg")
            added = message_item(item.id, "", "in_progress")
            part = added["content"].pop()
            out += self._event("response.output_item.added", output_index=item.index, item=added)
            out += self._event(
                "response.content_part.added", **self._where(item), content_index=0, part=part
            )
        item = self._text
        item.parts.append(text)
        return out + self._event(
            "response.output_text.delta",
            **self._where(item),
            content_index=0,
            delta=text,
            logprobs=[],
        )

    def _on_call(self, delta: dict[str, Any]) -> bytes:
        position = delta.get("index", len(self._calls))
        function = delta.get("function") if isinstance(delta.get("function"), dict) else {}
        call = self._calls.get(position)
        out = b""
        if call is None:
            out = self._close_reasoning() + self._close_text()
            call = self._calls[position] = self._open("call", "fc")
            call.call_id = str(delta.get("id") or new_id("call"))
        if isinstance(function.get("name"), str):
            call.name += function["name"]
        arguments = function.get("arguments")
        if isinstance(arguments, str) and arguments:
            call.parts.append(arguments)
        if call.pending and call.name:
            call.pending = False
            return out + self._announce(call)
        if call.pending or not arguments:
            return out
        if self.frame.kinds.get(call.name) == CUSTOM:
            return out + self._input_delta(call, call.input.feed(arguments))
        return out + self._event(
            "response.function_call_arguments.delta", **self._where(call), delta=arguments
        )

    def _input_delta(self, call: _Open, text: str) -> bytes:
        if not text:
            return b""
        call.sent += text
        return self._event("response.custom_tool_call_input.delta", **self._where(call), delta=text)

    def _announce(self, call: _Open) -> bytes:
        """``output_item.added`` for a call, then any arguments that came before its name."""
        item = call_item(call.id, call.call_id, call.name, "", self.frame.kinds)
        item["status"] = "in_progress"
        out = self._event("response.output_item.added", output_index=call.index, item=item)
        if call.parts and item["type"] == "function_call":
            out += self._event(
                "response.function_call_arguments.delta", **self._where(call), delta=call.text
            )
        elif call.parts:
            out += self._input_delta(call, call.input.feed(call.text))
        return out

    # ------------------------------------------------------------------- closing

    def _where(self, item: _Open) -> dict[str, Any]:
        return {"item_id": item.id, "output_index": item.index}

    def _close_reasoning(self) -> bytes:
        item, self._reasoning = self._reasoning, None
        if item is None:
            return b""
        text = item.text
        done = reasoning_item(item.id, text)
        self._output[item.index] = done
        part = {"type": "summary_text", "text": text}
        where = self._where(item)
        return (
            self._event("response.reasoning_summary_text.done", **where, summary_index=0, text=text)
            + self._event(
                "response.reasoning_summary_part.done", **where, summary_index=0, part=part
            )
            + self._event("response.output_item.done", output_index=item.index, item=done)
        )

    def _close_text(self) -> bytes:
        item, self._text = self._text, None
        if item is None:
            return b""
        done = message_item(item.id, item.text, "completed")
        self._output[item.index] = done
        where = self._where(item)
        part = done["content"][0]
        return (
            self._event(
                "response.output_text.done", **where, content_index=0, text=item.text, logprobs=[]
            )
            + self._event("response.content_part.done", **where, content_index=0, part=part)
            + self._event("response.output_item.done", output_index=item.index, item=done)
        )

    def _close_call(self, call: _Open) -> bytes:
        out = self._announce(call) if call.pending else b""
        done = call_item(call.id, call.call_id, call.name, call.text, self.frame.kinds)
        self._output[call.index] = done
        where = self._where(call)
        if done["type"] == "custom_tool_call":
            text = done["input"]
            if text.startswith(call.sent):  # what the streaming decode had not sent yet
                out += self._input_delta(call, text[len(call.sent) :])
            out += self._event("response.custom_tool_call_input.done", **where, input=text)
        else:
            out += self._event(
                "response.function_call_arguments.done",
                **where,
                name=done["name"],
                arguments=call.text,
            )
        return out + self._event("response.output_item.done", output_index=call.index, item=done)
