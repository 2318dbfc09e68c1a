"""The proxy's HTTP protocol sends what one loop turn writes as one socket write."""

from __future__ import annotations

import asyncio
from typing import Any

import uvicorn
from uvicorn.server import ServerState

from waddleai.server import PROXY_HTTP

REQUEST = b"POST /x HTTP/1.1\r\nHost: t\r\nContent-Length: 2\r\n\r\n{}"


class RecordingTransport(asyncio.Transport):
    """Stands in for the socket: records every write the protocol makes."""

    def __init__(self) -> None:
        super().__init__()
        self.writes: list[bytes] = []
        self.closed = False

    def write(self, data: Any) -> None:
        self.writes.append(bytes(data))

    def close(self) -> None:
        self.closed = True

    def is_closing(self) -> bool:
        return self.closed

    def get_extra_info(self, name: str, default: Any = None) -> Any:
        return {"peername": ("127.0.0.1", 5000), "sockname": ("127.0.0.1", 8000)}.get(name, default)

    def pause_reading(self) -> None:
        pass

    def resume_reading(self) -> None:
        pass


async def _serve_one(
    app: Any, request: bytes = REQUEST, transport: RecordingTransport | None = None
) -> RecordingTransport:
    config = uvicorn.Config(app, http=PROXY_HTTP, lifespan="off", log_level="warning")
    config.load()
    protocol = config.http_protocol_class(config=config, server_state=ServerState(), app_state={})
    transport = transport or RecordingTransport()
    protocol.connection_made(transport)
    protocol.data_received(request)
    for _ in range(50):
        await asyncio.sleep(0.01)
    return transport


def _head(status: int = 200, *extra: tuple[bytes, bytes]) -> dict[str, Any]:
    headers = [(b"content-type", b"application/json"), *extra]
    return {"type": "http.response.start", "status": status, "headers": headers}


async def test_a_plain_answer_is_one_write_with_head_and_body() -> None:
    async def app(scope: Any, receive: Any, send: Any) -> None:
        await receive()
        await send(_head(200, (b"content-length", b"11")))
        await send({"type": "http.response.body", "body": b'{"ok":true}'})

    transport = await _serve_one(app)
    assert len(transport.writes) == 1
    assert transport.writes[0].startswith(b"HTTP/1.1 200 OK\r\n")
    assert transport.writes[0].endswith(b'\r\n\r\n{"ok":true}')


async def test_a_stream_sends_each_event_when_it_comes_and_joins_what_comes_together() -> None:
    async def app(scope: Any, receive: Any, send: Any) -> None:
        await receive()
        await send(_head(200))
        await send({"type": "http.response.body", "body": b"data: 1\n\n", "more_body": True})
        await asyncio.sleep(0.05)  # the next event is late: the first must not wait for it
        await send({"type": "http.response.body", "body": b"data: 2\n\n", "more_body": True})
        await send({"type": "http.response.body", "body": b"", "more_body": False})

    transport = await _serve_one(app)
    assert len(transport.writes) == 2
    assert transport.writes[0].endswith(b"\r\n\r\n9\r\ndata: 1\n\n\r\n")
    assert transport.writes[1] == b"9\r\ndata: 2\n\n\r\n0\r\n\r\n"


async def test_connection_close_sends_the_answer_before_closing() -> None:
    async def app(scope: Any, receive: Any, send: Any) -> None:
        await receive()
        await send(_head(200, (b"content-length", b"2"), (b"connection", b"close")))
        await send({"type": "http.response.body", "body": b"{}"})

    transport = await _serve_one(app)
    assert transport.closed
    assert len(transport.writes) == 1 and transport.writes[0].endswith(b"\r\n\r\n{}")
