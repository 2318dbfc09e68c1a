"""Kept-alive connections: reuse, servers that close them, the one retry, cancellation."""

from __future__ import annotations

import asyncio

import pytest

from tests.transport.servers import chunk, response
from waddleai.transport import Client, ConnectionClosed


async def ok(req, writer, origin) -> None:
    writer.write(response(200, b"ok"))


def key(origin) -> tuple:
    return ("http", "127.0.0.1", origin.port, None)


async def test_sequential_calls_share_one_connection(serve) -> None:
    origin = await serve({"/": ok})
    client = Client()
    for _ in range(5):
        resp = await client.request("GET", origin.url("/"))
        assert await resp.read() == b"ok"
    assert origin.connections == 1 and len(origin.requests) == 5
    await client.close()


async def test_connection_closed_by_server_while_idle_is_dropped(serve) -> None:
    async def then_close(req, writer, origin) -> None:
        writer.write(response(200, b"ok"))
        await writer.drain()
        asyncio.get_running_loop().call_later(0.05, writer.close)

    origin = await serve({"/": then_close})
    client = Client()
    assert await (await client.request("GET", origin.url("/"))).read() == b"ok"
    assert await origin.wait_closed(1)
    await asyncio.sleep(0.05)
    assert client.pool.idle_count(key(origin)) == 0  # it removed itself when it closed
    assert await (await client.request("GET", origin.url("/"))).read() == b"ok"
    assert origin.connections == 2
    await client.close()


async def test_reused_connection_closed_without_answer_is_retried_once(serve) -> None:
    async def first_only(req, writer, origin) -> None:
        # answer the first request on a connection; drop the connection on the second
        if sum(r.connection == req.connection for r in origin.requests) == 1:
            writer.write(response(200, b"ok"))
        else:
            writer.transport.abort()

    origin = await serve({"/": first_only})
    client = Client()
    assert await (await client.request("POST", origin.url("/"), body=b"1")).read() == b"ok"
    assert await (await client.request("POST", origin.url("/"), body=b"2")).read() == b"ok"
    # the second call went out on connection 1, was dropped, and was sent again on 2
    assert [(r.connection, r.body) for r in origin.requests] == [(1, b"1"), (1, b"2"), (2, b"2")]
    await client.close()


async def test_new_connection_closed_without_answer_is_not_retried(serve) -> None:
    async def drop(req, writer, origin) -> None:
        writer.transport.abort()

    origin = await serve({"/": drop})
    client = Client()
    with pytest.raises(ConnectionClosed):
        await client.request("POST", origin.url("/"), body=b"x")
    assert len(origin.requests) == 1
    await client.close()


async def test_partial_answer_on_reused_connection_is_not_retried(serve) -> None:
    async def half(req, writer, origin) -> None:
        if sum(r.connection == req.connection for r in origin.requests) == 1:
            writer.write(response(200, b"ok"))
        else:
            writer.write(b"HTTP/1.1 200 OK\r\nContent-Le")  # some bytes, then gone
            await writer.drain()
            writer.transport.abort()

    origin = await serve({"/": half})
    client = Client()
    await (await client.request("GET", origin.url("/"))).read()
    with pytest.raises(ConnectionClosed):
        await client.request("GET", origin.url("/"))
    assert len(origin.requests) == 2
    await client.close()


async def test_keep_alive_timeout_from_the_server_is_honoured(serve) -> None:
    async def short(req, writer, origin) -> None:
        writer.write(response(200, b"ok", {"Keep-Alive": "timeout=1"}))

    origin = await serve({"/": short})
    client = Client()
    await (await client.request("GET", origin.url("/"))).read()
    await (await client.request("GET", origin.url("/"))).read()  # at once: reused
    assert origin.connections == 1
    await asyncio.sleep(0.6)  # past the server's 1 s less our 0.5 s margin
    await (await client.request("GET", origin.url("/"))).read()
    assert origin.connections == 2
    await client.close()


async def test_connection_close_answer_is_not_reused(serve) -> None:
    async def closing(req, writer, origin) -> None:
        writer.write(response(200, b"ok", {"Connection": "close"}))

    origin = await serve({"/": closing})
    client = Client()
    for _ in range(2):
        await (await client.request("GET", origin.url("/"))).read()
    assert origin.connections == 2 and client.pool.idle_count(key(origin)) == 0
    await client.close()


async def test_cancelling_the_reader_mid_stream_closes_the_connection(serve) -> None:
    gone = asyncio.Event()

    async def endless(req, writer, origin) -> None:
        writer.write(response(200, b"", {"Transfer-Encoding": "chunked"}, length=False))
        while not req.client_gone(writer):
            writer.write(chunk(b"data: more\n\n"))
            await writer.drain()
            await asyncio.sleep(0.02)
        gone.set()

    origin = await serve({"/s": endless, "/": ok})
    client = Client()
    resp = await client.request("GET", origin.url("/s"), read_timeout=5)

    async def consume() -> None:
        async for _ in resp:
            pass

    task = asyncio.create_task(consume())
    await asyncio.sleep(0.1)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    await asyncio.wait_for(gone.wait(), 2)  # the server saw the client leave
    assert client.pool.idle_count(key(origin)) == 0
    await (await client.request("GET", origin.url("/"))).read()
    assert origin.connections == 2  # the cancelled connection was never reused
    await client.close()


async def test_cancelling_before_the_head_closes_the_connection(serve) -> None:
    async def slow(req, writer, origin) -> None:
        await req.reader.read()  # nothing is ever answered; returns when the client leaves

    origin = await serve({"/slow": slow})
    client = Client()
    task = asyncio.create_task(client.request("GET", origin.url("/slow")))
    await asyncio.sleep(0.1)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert await origin.wait_closed(1, within=2)
    await client.close()


async def test_idle_connections_per_origin_are_bounded(serve) -> None:
    async def slow_ok(req, writer, origin) -> None:
        await asyncio.sleep(0.05)
        writer.write(response(200, b"ok"))

    origin = await serve({"/": slow_ok})
    client = Client(max_idle=3)

    async def call() -> bytes:
        return await (await client.request("GET", origin.url("/"))).read()

    await asyncio.gather(*(call() for _ in range(8)))
    assert origin.connections == 8
    assert client.pool.idle_count(key(origin)) == 3
    await client.close()
