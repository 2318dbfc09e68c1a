"""Chat SSE bytes → Responses SSE bytes: the stream translator behind a byte interface.

Whatever produced the chat stream (a chat upstream relayed as is, or an Anthropic
upstream already translated to chat chunks) the Responses client gets the same events.
"""

from __future__ import annotations

from typing import Any

import orjson

from waddleai.translate.responses.envelope import ResponseFrame
from waddleai.translate.responses.stream import ChatToResponsesStream
from waddleai.translate.sse import SSEDecoder


class ChatSSEToResponses:
    """Feed chat SSE bytes as they arrive; get Responses SSE bytes to send."""

    def __init__(self, frame: ResponseFrame) -> None:
        self.stream = ChatToResponsesStream(frame)
        self._decoder = SSEDecoder()
        self._started = False

    def feed(self, raw: bytes) -> bytes:
        """Translate every chat event completed by ``raw``."""
        out = [self._start()]
        for _, data in self._decoder.feed(raw):
            out.append(self._on_data(data))
        return b"".join(out)

    def finish(self) -> bytes:
        """End of the chat stream: close items and send ``response.completed``."""
        out = [self._start()]
        out += [self._on_data(data) for _, data in self._decoder.flush()]
        out.append(self.stream.finish())
        return b"".join(out)

    def fail(self, message: str, code: str = "server_error") -> bytes:
        """The stream broke after it started: ``response.failed``."""
        return self._start() + self.stream.fail(message, code)

    @property
    def response(self) -> dict[str, Any] | None:
        """The final ``response`` object (None until the stream ended)."""
        return self.stream.response

    def _start(self) -> bytes:
        if self._started:
            return b""
        self._started = True
        return self.stream.start()

    def _on_data(self, data: bytes) -> bytes:
        if data.strip() == b"[DONE]":
            return b""
        try:
            chunk = orjson.loads(data)
        except orjson.JSONDecodeError:
            return self.stream.fail("upstream sent a stream event that is not valid JSON")
        if not isinstance(chunk, dict):
            return b""
        error = chunk.get("error")
        if isinstance(error, dict):
            return self.stream.fail(str(error.get("message") or "upstream error")[:2000])
        return self.stream.feed(chunk)
