"""Response helpers: orjson bodies and unbuffered SSE."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import orjson
from starlette.responses import Response

from waddleai.core.api import ClientApi
from waddleai.core.errors import GatewayError
from waddleai.proxy.disconnect import DisconnectWatch
from waddleai.proxy.errors import error_body, error_headers, error_status


class JSONResponse:
    """An orjson body as one ASGI answer: what Starlette's Response sends, built directly.

    Starlette's Response normalises its headers through MutableHeaders and checks for
    content-length and content-type by scanning them; every answer on the proxy's hot
    path has exactly these two plus the pipeline's own, so they are written as-is.
    """

    __slots__ = ("body", "raw_headers", "status_code")

    def __init__(self, body: bytes, status: int = 200, headers: dict[str, str] | None = None):
        self.body = body
        self.status_code = status
        self.raw_headers = [
            (b"content-length", b"%d" % len(body)),
            (b"content-type", b"application/json"),
        ]
        for name, value in (headers or {}).items():
            self.raw_headers.append((name.lower().encode("latin-1"), value.encode("latin-1")))

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        await send(
            {"type": "http.response.start", "status": self.status_code, "headers": self.raw_headers}
        )
        await send({"type": "http.response.body", "body": self.body})


def json_response(
    data: Any, status: int = 200, headers: dict[str, str] | None = None
) -> JSONResponse:
    return JSONResponse(orjson.dumps(data), status, headers)


def error_response(exc: GatewayError, api: ClientApi) -> JSONResponse:
    """X-Request-ID is added by GatewayASGI to every response, errors included."""
    return json_response(error_body(exc, api), error_status(exc, api), error_headers(exc))


class SSEResponse:
    """Relays an async byte iterator as SSE and stops it the moment the client leaves.

    Starlette's StreamingResponse neither notices a disconnect while it waits for the
    next upstream chunk nor closes the iterator afterwards, so the upstream request
    would run on. Here the relay runs in the request's own task under a DisconnectWatch
    (no pump task), and the iterator is always closed, which closes the upstream call.
    """

    __slots__ = ("body", "headers", "on_close")

    def __init__(
        self,
        body: AsyncIterator[bytes],
        on_close: Callable[[], Awaitable[None]] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        self.body = body
        self.on_close = on_close
        self.headers = [
            (b"content-type", b"text/event-stream; charset=utf-8"),
            (b"cache-control", b"no-cache"),
            (b"x-accel-buffering", b"no"),
        ]
        for name, value in (headers or {}).items():
            self.headers.append((name.lower().encode("latin-1"), value.encode("latin-1")))

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        await send({"type": "http.response.start", "status": 200, "headers": self.headers})
        try:
            with DisconnectWatch(receive) as watch:
                try:
                    await self._pump(send)
                except asyncio.CancelledError:
                    if not watch.gone:
                        raise
                    asyncio.current_task().uncancel()  # type: ignore[union-attr]
        finally:
            await self.body.aclose()  # type: ignore[attr-defined]
            if self.on_close is not None:
                await self.on_close()

    async def _pump(self, send: Any) -> None:
        try:
            async for chunk in self.body:
                await send({"type": "http.response.body", "body": chunk, "more_body": True})
            await send({"type": "http.response.body", "body": b"", "more_body": False})
        except OSError:
            return  # the client is gone; aclose ends the rest


Answer = Response | JSONResponse | SSEResponse
"""What a proxy route returns: any of them is an ASGI app that sends the answer."""


def sse_response(
    body: AsyncIterator[bytes],
    on_close: Callable[[], Awaitable[None]] | None = None,
) -> SSEResponse:
    return SSEResponse(body, on_close)
