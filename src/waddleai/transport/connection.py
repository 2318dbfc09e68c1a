"""One HTTP/1.1 connection: an asyncio protocol feeding httptools' response parser.

The protocol does no more than the parser needs: it queues body chunks as they arrive
(so a stream is delivered chunk by chunk, never buffered to the end), pauses reading
when the consumer falls behind (the queue is bounded), and wakes the one task waiting
for the answer. Timers are armed only when that task actually has to wait.
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Callable

import httptools

from waddleai.transport.errors import ConnectionClosed, ReadTimeout, RemoteProtocolError
from waddleai.transport.headers import Headers

# Past this many undelivered body bytes the socket stops being read until the consumer
# catches up; resumed below the low mark. Bounds the memory a slow reader can pin.
HIGH_WATER = 256 * 1024
LOW_WATER = 64 * 1024
_NO_BODY_STATUSES = frozenset((204, 304))
# httptools sets no limit on an answer's head; a server streaming endless headers must
# not eat memory. Real upstream heads are a few KB.
MAX_HEAD = 256 * 1024


class Connection(asyncio.Protocol):
    """A kept-alive HTTP/1.1 connection serving one request at a time."""

    def __init__(self) -> None:
        self.transport: asyncio.Transport | None = None
        self.closed = False
        self.reused = False  # has already carried a complete exchange
        self.got_bytes = False  # any byte of the current answer arrived
        self.idle_deadline = 0.0  # monotonic time after which an idle connection is stale
        self.on_lost: Callable[[Connection], None] | None = (
            None  # set by the pool while the connection is idle
        )
        self._loop = asyncio.get_running_loop()
        self._parser = httptools.HttpResponseParser(self)
        self._busy = False
        self._waiter: asyncio.Future[None] | None = None
        self._reset_answer()

    def _reset_answer(self) -> None:
        self.status = 0
        self.keep_alive = False
        self.raw_headers: list[tuple[bytes, bytes]] = []
        self.head_done = False
        self.done = False
        self._chunks: deque[bytes] = deque()
        self._buffered = 0
        self._paused = False
        self._until_close = False
        self._informational = False
        self._head_bytes = 0
        self._error: Exception | None = None

    # -- asyncio.Protocol --------------------------------------------------------------
    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def data_received(self, data: bytes) -> None:
        if not self._busy:  # nothing asked: a stray answer (e.g. a 408) makes it unusable
            self.abort()
            return
        self.got_bytes = True
        if not self.head_done:
            self._head_bytes += len(data)
            if self._head_bytes > MAX_HEAD:
                self._fail(RemoteProtocolError(f"the answer's head is over {MAX_HEAD} bytes"))
                self.abort()
                return
        try:
            self._parser.feed_data(data)
        except httptools.HttpParserError as exc:
            self._fail(RemoteProtocolError(f"invalid HTTP answer: {exc}"))
            self.abort()

    def eof_received(self) -> bool:
        return False  # close our side too; connection_lost follows

    def connection_lost(self, exc: Exception | None) -> None:
        self.closed = True
        if self.on_lost is not None:
            self.on_lost(self)
        if self._busy and not self.done:
            if self.head_done and self._until_close and exc is None:
                self.done = True  # a body delimited by the connection's end
            else:
                reason = f": {exc}" if exc else ""
                self._fail(ConnectionClosed(f"the server closed the connection{reason}"))
        self._wake()

    # -- httptools callbacks -----------------------------------------------------------
    def on_header(self, name: bytes, value: bytes) -> None:
        self.raw_headers.append((name, value))

    def on_headers_complete(self) -> None:
        status = self._parser.get_status_code()
        if 100 <= status < 200:  # 103 Early Hints and the like: the real answer follows
            self._informational = True
            self.raw_headers = []
            return
        self.status = status
        self.keep_alive = self._parser.should_keep_alive()
        framed = any(
            n.lower() in (b"content-length", b"transfer-encoding") for n, _ in self.raw_headers
        )
        self._until_close = not framed and self.status not in _NO_BODY_STATUSES
        self.head_done = True
        self._wake()

    def on_body(self, body: bytes) -> None:
        self._chunks.append(body)
        self._buffered += len(body)
        if self._buffered > HIGH_WATER and not self._paused and self.transport is not None:
            self._paused = True
            self.transport.pause_reading()
        self._wake()

    def on_message_complete(self) -> None:
        if self._informational:
            self._informational = False
            return
        self.done = True
        self._wake()

    # -- used by the client ------------------------------------------------------------
    def send(self, data: bytes) -> None:
        """Start an exchange: reset the answer state and write the whole request."""
        self._reset_answer()
        self._busy = True
        self.got_bytes = False
        if self.closed or self.transport is None or self.transport.is_closing():
            self._fail(ConnectionClosed("the connection was already closed"))
            return
        self.transport.write(data)

    async def read_head(self, deadline: float | None) -> None:
        while not self.head_done:
            self._raise_error()
            await self._wait(deadline)
        self._raise_error()

    async def read_chunk(self, deadline: float | None) -> bytes:
        """The next body chunk, or b"" once the body is complete."""
        while True:
            if self._chunks:
                chunk = self._chunks.popleft()
                self._buffered -= len(chunk)
                if self._paused and self._buffered < LOW_WATER and self.transport is not None:
                    self._paused = False
                    self.transport.resume_reading()
                return chunk
            if self.done:
                return b""
            self._raise_error()
            await self._wait(deadline)

    def finish(self) -> bool:
        """End the exchange; True when the connection may carry another one."""
        self._busy = False
        reusable = self.done and self.keep_alive and not self.closed and self._error is None
        if reusable:
            self.reused = True
        return reusable

    def abort(self) -> None:
        """Drop the connection at once (the server sees the disconnect)."""
        self._busy = False
        self.closed = True
        if self.transport is not None:
            self.transport.abort()

    def headers(self) -> Headers:
        return Headers(self.raw_headers)

    # -- waiting -------------------------------------------------------------------------
    def _raise_error(self) -> None:
        if self._error is not None:
            raise self._error

    def _fail(self, exc: Exception) -> None:
        if self._error is None:
            self._error = exc
        self._wake()

    def _wake(self) -> None:
        waiter = self._waiter
        if waiter is not None and not waiter.done():
            waiter.set_result(None)

    async def _wait(self, deadline: float | None) -> None:
        waiter = self._loop.create_future()
        self._waiter = waiter
        timer = None if deadline is None else self._loop.call_at(deadline, _expire, waiter)
        try:
            await waiter
        finally:
            self._waiter = None
            if timer is not None:
                timer.cancel()


def _expire(waiter: asyncio.Future[None]) -> None:
    if not waiter.done():
        waiter.set_exception(ReadTimeout("no answer in time"))
