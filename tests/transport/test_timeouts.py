"""The three limits: connecting, the whole call (JSON), silence between chunks (streams)."""

from __future__ import annotations

import asyncio
import socket
import time
from collections.abc import Iterator

import pytest

from tests.transport.servers import chunk, response
from waddleai.transport import Client, ConnectError, ConnectTimeout, ReadTimeout


@pytest.fixture
def unanswered_port() -> Iterator[int]:
    """A port whose accept queue is full: a new connection attempt hangs (SYN dropped)."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(0)
    port = server.getsockname()[1]
    fillers = []
    for _ in range(4):
        sock = socket.socket()
        sock.setblocking(False)
        try:
            sock.connect(("127.0.0.1", port))
        except BlockingIOError:
            pass
        fillers.append(sock)
    time.sleep(0.1)
    yield port
    for sock in [*fillers, server]:
        sock.close()


async def test_connect_timeout(unanswered_port: int) -> None:
    client = Client(connect_timeout=0.3)
    started = time.monotonic()
    with pytest.raises(ConnectTimeout):
        await client.request("GET", f"http://127.0.0.1:{unanswered_port}/", timeout=30)
    assert 0.25 < time.monotonic() - started < 2
    await client.close()


async def test_refused_connection_is_a_connect_error() -> None:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()  # nothing listens there now
    client = Client()
    with pytest.raises(ConnectError):
        await client.request("GET", f"http://127.0.0.1:{port}/")
    await client.close()


async def test_whole_call_timeout_covers_a_trickling_body(serve) -> None:
    async def trickle(req, writer, origin) -> None:
        writer.write(response(200, b"", {"Transfer-Encoding": "chunked"}, length=False))
        for _ in range(40):  # never silent for long, but 2 s in all
            writer.write(chunk(b"x"))
            await writer.drain()
            await asyncio.sleep(0.05)
        writer.write(b"0\r\n\r\n")

    origin = await serve({"/t": trickle})
    client = Client()
    started = time.monotonic()
    resp = await client.request("GET", origin.url("/t"), timeout=0.5)
    with pytest.raises(ReadTimeout):
        await resp.read()
    assert time.monotonic() - started < 1.5
    await client.close()


async def test_whole_call_timeout_waiting_for_the_head(serve) -> None:
    async def silent(req, writer, origin) -> None:
        await req.reader.read()

    origin = await serve({"/s": silent})
    client = Client()
    with pytest.raises(TimeoutError):  # ReadTimeout is a TimeoutError, as callers expect
        await client.request("GET", origin.url("/s"), timeout=0.3)
    assert await origin.wait_closed(1)  # the timed-out connection was closed
    await client.close()


async def test_idle_read_timeout_between_stream_chunks(serve) -> None:
    async def pauses(req, writer, origin) -> None:
        writer.write(response(200, b"", {"Transfer-Encoding": "chunked"}, length=False))
        for _ in range(10):  # 1 s of chunks every 0.1 s: longer than the limit in all
            writer.write(chunk(b"data: x\n\n"))
            await writer.drain()
            await asyncio.sleep(0.1)
        await req.reader.read()  # then silence

    origin = await serve({"/p": pauses})
    client = Client()
    resp = await client.request("GET", origin.url("/p"), read_timeout=0.4)
    received = 0
    with pytest.raises(ReadTimeout):
        async for _ in resp:
            received += 1
    assert received >= 8  # a stream outlives its read timeout while chunks keep coming
    await client.close()
