"""Bare-ASGI plumbing: requests, plain and SSE responses, connection faults.

The mock is the target of the throughput benchmark, so it avoids any
framework: a request is a slotted object over the ASGI scope and responses
are two ``send`` calls with pre-encoded headers.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterable, MutableMapping
from typing import Any

import orjson

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
Headers = list[tuple[bytes, bytes]]

JSON_TYPE = b"application/json"
SSE_TYPE = b"text/event-stream; charset=utf-8"
# How long a ``hang`` waits for the client to give up before dropping the
# connection itself, so a forgotten request cannot pin the server forever.
HANG_LIMIT_S = 600.0


class Request:
    """One HTTP request as the handlers see it."""

    __slots__ = ("scope", "receive", "send", "method", "path", "params", "raw_body")

    def __init__(self, scope: Scope, receive: Receive, send: Send) -> None:
        self.scope = scope
        self.receive = receive
        self.send = send
        self.method: str = scope["method"]
        self.path: str = scope["path"]
        self.params: dict[str, str] = {}
        self.raw_body = b""

    def header(self, name: bytes) -> str | None:
        """Value of a header (``name`` lower-case bytes), or ``None``."""
        for key, value in self.scope["headers"]:
            if key == name:
                return value.decode("latin-1")
        return None

    def query(self, name: str) -> str | None:
        """Value of a query parameter (first occurrence)."""
        raw = self.scope.get("query_string") or b""
        if not raw:
            return None
        for pair in raw.decode("latin-1").split("&"):
            key, _, value = pair.partition("=")
            if key == name:
                return value
        return None

    async def read(self) -> bytes:
        """Read the whole body (usually a single ASGI message)."""
        message = await self.receive()
        body = message.get("body", b"")
        if message.get("more_body"):
            parts = [body]
            while message.get("more_body"):
                message = await self.receive()
                parts.append(message.get("body", b""))
            body = b"".join(parts)
        self.raw_body = body
        return body


def encode_headers(extra: dict[str, str] | None) -> Headers:
    """ASGI header list from a plain dict."""
    if not extra:
        return []
    return [(k.encode("latin-1"), str(v).encode("latin-1")) for k, v in extra.items()]


async def send_body(
    send: Send,
    status: int,
    body: bytes,
    headers: Headers | None = None,
    content_type: bytes = JSON_TYPE,
) -> None:
    """A complete response with a Content-Length (no chunked encoding)."""
    start = [(b"content-type", content_type), (b"content-length", b"%d" % len(body))]
    if headers:
        start.extend(headers)
    await send({"type": "http.response.start", "status": status, "headers": start})
    await send({"type": "http.response.body", "body": body})


async def send_json(send: Send, status: int, payload: Any, headers: Headers | None = None) -> None:
    """Serialize ``payload`` with orjson and send it."""
    await send_body(send, status, orjson.dumps(payload), headers)


# Streams in progress and how they ended: lets tests prove that a gateway closes its
# upstream request when its own client goes away.
STREAM_STATS = {"open_streams": 0, "completed_streams": 0, "cancelled_streams": 0}


async def send_stream(
    send: Send,
    events: Iterable[bytes],
    interval_s: float,
    headers: Headers | None = None,
    disconnect_after: int | None = None,
    receive: Receive | None = None,
) -> None:
    """An SSE response, paced by ``interval_s``, optionally cut short.

    Without pacing or a cut the events go out in one write: the client sees
    exactly the same bytes and the server does a fraction of the work. A paced
    stream stops as soon as the client disconnects (counted in STREAM_STATS).
    """
    start = [(b"content-type", SSE_TYPE), (b"cache-control", b"no-cache")]
    if headers:
        start.extend(headers)
    await send({"type": "http.response.start", "status": 200, "headers": start})
    events = list(events)
    if disconnect_after is not None:
        events = events[: max(disconnect_after, 0)]
    if interval_s <= 0:
        body = b"".join(events)
        if disconnect_after is None:
            await send({"type": "http.response.body", "body": body})
            return
        if body:
            await send({"type": "http.response.body", "body": body, "more_body": True})
    else:
        if not await _paced(send, events, interval_s, receive):
            return
        if disconnect_after is None:
            await send({"type": "http.response.body", "body": b""})
            return
    await drop_connection(send)


async def _paced(
    send: Send, events: list[bytes], interval_s: float, receive: Receive | None
) -> bool:
    """Send events one by one; False when the client went away first."""
    gone = asyncio.Event()
    watcher = asyncio.create_task(_watch_disconnect(receive, gone)) if receive else None
    STREAM_STATS["open_streams"] += 1
    try:
        for index, event in enumerate(events):
            if index:
                await asyncio.sleep(interval_s)
            if gone.is_set():
                STREAM_STATS["cancelled_streams"] += 1
                return False
            await send({"type": "http.response.body", "body": event, "more_body": True})
        STREAM_STATS["completed_streams"] += 1
        return True
    finally:
        STREAM_STATS["open_streams"] -= 1
        if watcher is not None:
            watcher.cancel()


async def _watch_disconnect(receive: Receive, gone: asyncio.Event) -> None:
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            gone.set()
            return


async def drop_connection(send: Send) -> None:
    """Close the TCP connection now, mid-response or before any response.

    ASGI has no verb for this, but under uvicorn ``send`` is a bound method of
    the request cycle, which holds the transport. Closing it flushes what was
    already written and then sends FIN, so the client sees a truncated body
    (or no response at all). Waiting for ``connection_lost`` afterwards keeps
    uvicorn from logging the unfinished response as an application error.
    """
    cycle = getattr(send, "__self__", None)
    transport = getattr(cycle, "transport", None)
    if transport is None:
        raise ConnectionAbortedError("mock upstream dropped the connection")
    transport.close()
    for _ in range(100):
        if getattr(cycle, "disconnected", True):
            return
        await asyncio.sleep(0.01)


async def wait_for_disconnect(receive: Receive, send: Send) -> None:
    """Never answer: wait until the client gives up (``hang`` faults)."""
    try:
        async with asyncio.timeout(HANG_LIMIT_S):
            while (await receive())["type"] != "http.disconnect":
                pass
    except TimeoutError:
        await drop_connection(send)


async def lifespan(receive: Receive, send: Send) -> None:
    """Acknowledge lifespan events so any ASGI server can host the app."""
    while True:
        message = await receive()
        kind = message["type"]
        if kind == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif kind == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return
