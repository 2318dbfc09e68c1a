"""Streams folded back into the whole answer they spell, in the same API.

The response cache and conversation memory keep answers, but a streamed answer only
exists as events. These fold a client-bound stream (decoded SSE events) into the
non-streamed answer the same request would have had: OpenAI chunks into a
`chat.completion`, Anthropic events into a `message`. Pure: feed events, read `result`.
"""

from __future__ import annotations

from typing import Any

import orjson


def _loads(data: bytes) -> Any:
    try:
        return orjson.loads(data)
    except orjson.JSONDecodeError:
        return None


class OpenAIAccumulator:
    """Chat completion chunks -> one `chat.completion` (first choice, tools included)."""

    def __init__(self) -> None:
        self.base: dict[str, Any] = {}
        self.content: list[str] = []
        self.reasoning: list[str] = []
        self.calls: dict[int, dict[str, Any]] = {}
        self.finish_reason: str | None = None
        self.usage: dict[str, Any] | None = None
        self.failed = False

    def feed(self, name: str | None, data: bytes) -> None:
        if data.strip() == b"[DONE]":
            return
        chunk = _loads(data)
        if not isinstance(chunk, dict) or "error" in chunk:
            self.failed = True
            return
        if not self.base:
            self.base = {k: chunk.get(k) for k in ("id", "created", "model") if k in chunk}
        if isinstance(chunk.get("usage"), dict):
            self.usage = chunk["usage"]
        for choice in chunk.get("choices") or ():
            if isinstance(choice, dict) and choice.get("index", 0) == 0:
                self._choice(choice)

    def _choice(self, choice: dict[str, Any]) -> None:
        delta = choice.get("delta") or {}
        if isinstance(delta.get("content"), str):
            self.content.append(delta["content"])
        if isinstance(delta.get("reasoning_content"), str):
            self.reasoning.append(delta["reasoning_content"])
        for call in delta.get("tool_calls") or ():
            if not isinstance(call, dict):
                continue
            slot = self.calls.setdefault(
                int(call.get("index") or 0),
                {"id": "", "type": "function", "function": {"name": "", "arguments": ""}},
            )
            slot["id"] = call.get("id") or slot["id"]
            fn = call.get("function") or {}
            slot["function"]["name"] += fn.get("name") or ""
            slot["function"]["arguments"] += fn.get("arguments") or ""
        if choice.get("finish_reason"):
            self.finish_reason = choice["finish_reason"]

    @property
    def complete(self) -> bool:
        return not self.failed and self.finish_reason is not None

    @property
    def result(self) -> dict[str, Any]:
        message: dict[str, Any] = {"role": "assistant", "content": "".join(self.content) or None}
        if self.reasoning:
            message["reasoning_content"] = "".join(self.reasoning)
        if self.calls:
            message["tool_calls"] = [self.calls[i] for i in sorted(self.calls)]
        answer = {
            **self.base,
            "object": "chat.completion",
            "choices": [{"index": 0, "message": message, "finish_reason": self.finish_reason}],
        }
        if self.usage is not None:
            answer["usage"] = {k: v for k, v in self.usage.items() if k != "waddleai_tokens"}
        return answer


class AnthropicAccumulator:
    """Messages stream events -> one `message` (text, thinking and tool_use blocks)."""

    def __init__(self) -> None:
        self.message: dict[str, Any] = {}
        self.blocks: dict[int, dict[str, Any]] = {}
        self.partial: dict[int, str] = {}
        self.stopped = False
        self.failed = False

    def feed(self, name: str | None, data: bytes) -> None:
        event = _loads(data)
        if not isinstance(event, dict):
            return
        kind = name or event.get("type")
        if kind == "message_start" and isinstance(event.get("message"), dict):
            self.message = dict(event["message"])
        elif kind == "content_block_start":
            self.blocks[int(event.get("index", 0))] = dict(event.get("content_block") or {})
        elif kind == "content_block_delta":
            self._delta(int(event.get("index", 0)), event.get("delta") or {})
        elif kind == "content_block_stop":
            self._close(int(event.get("index", 0)))
        elif kind == "message_delta":
            self.message.update(event.get("delta") or {})
            usage = {**(self.message.get("usage") or {}), **(event.get("usage") or {})}
            self.message["usage"] = {k: v for k, v in usage.items() if k != "waddleai_tokens"}
        elif kind == "message_stop":
            self.stopped = True
        elif kind == "error":
            self.failed = True

    def _delta(self, index: int, delta: dict[str, Any]) -> None:
        block = self.blocks.setdefault(index, {"type": "text", "text": ""})
        kind = delta.get("type")
        if kind == "text_delta":
            block["text"] = block.get("text", "") + str(delta.get("text", ""))
        elif kind == "thinking_delta":
            block["thinking"] = block.get("thinking", "") + str(delta.get("thinking", ""))
        elif kind == "signature_delta":
            block["signature"] = block.get("signature", "") + str(delta.get("signature", ""))
        elif kind == "input_json_delta":
            self.partial[index] = self.partial.get(index, "") + str(delta.get("partial_json", ""))

    def _close(self, index: int) -> None:
        if index in self.partial:
            parsed = _loads(self.partial.pop(index).encode() or b"{}")
            self.blocks.setdefault(index, {})["input"] = parsed if isinstance(parsed, dict) else {}

    @property
    def complete(self) -> bool:
        return self.stopped and not self.failed

    @property
    def result(self) -> dict[str, Any]:
        return {**self.message, "content": [self.blocks[i] for i in sorted(self.blocks)]}


def accumulator(api: str) -> OpenAIAccumulator | AnthropicAccumulator:
    return AnthropicAccumulator() if api == "anthropic" else OpenAIAccumulator()


def answer_text(api: str, answer: dict[str, Any]) -> str:
    """The assistant's text in a whole answer of either API (for memory)."""
    if api == "anthropic":
        return "".join(
            b.get("text", "")
            for b in answer.get("content") or ()
            if isinstance(b, dict) and b.get("type") == "text"
        )
    choices = answer.get("choices") or [{}]
    message = choices[0].get("message") if isinstance(choices[0], dict) else None
    content = message.get("content") if isinstance(message, dict) else None
    return content if isinstance(content, str) else ""
