"""Answer bodies as the client reads them: framing, streaming, compression, the cap."""

from __future__ import annotations

import asyncio
import gzip
import zlib

import pytest

from tests.transport.servers import chunk, response
from waddleai.transport import BodyTooLarge, Client, RemoteProtocolError


async def test_content_length_body_and_case_insensitive_headers(serve) -> None:
    async def json(req, writer, origin) -> None:
        writer.write(response(200, b'{"ok":true}', {"Content-Type": "application/json"}))

    origin = await serve({"/json": json})
    client = Client()
    resp = await client.request("POST", origin.url("/json"), headers={"X-A": "1"}, body=b"{}")
    assert resp.status == 200
    assert resp.headers["content-type"] == resp.headers.get("CONTENT-TYPE") == "application/json"
    assert await resp.read() == b'{"ok":true}'
    sent = origin.requests[0]
    assert (sent.method, sent.target, sent.body) == ("POST", "/json", b"{}")
    assert sent.headers["x-a"] == "1" and sent.headers["host"] == f"127.0.0.1:{origin.port}"
    assert sent.headers["accept-encoding"] == "gzip, deflate"
    await client.close()


async def test_chunked_body(serve) -> None:
    async def chunked(req, writer, origin) -> None:
        writer.write(response(200, b"", {"Transfer-Encoding": "chunked"}, length=False))
        for part in (b"hello ", b"chunked ", b"world"):
            writer.write(chunk(part))
            await writer.drain()
        writer.write(b"0\r\n\r\n")

    origin = await serve({"/c": chunked})
    client = Client()
    resp = await client.request("GET", origin.url("/c"))
    assert await resp.read() == b"hello chunked world"
    # the chunked answer ended cleanly: the connection is kept for the next call
    assert client.pool.idle_count(("http", "127.0.0.1", origin.port, None)) == 1
    await client.close()


async def test_body_delimited_by_connection_close(serve) -> None:
    async def until_close(req, writer, origin) -> None:
        writer.write(response(200, b"all of it", {"Connection": "close"}, length=False))
        writer.close()

    origin = await serve({"/u": until_close})
    client = Client()
    resp = await client.request("GET", origin.url("/u"))
    assert await resp.read() == b"all of it"
    await client.close()


async def test_sse_chunks_are_delivered_as_they_arrive(serve) -> None:
    release = asyncio.Event()

    async def sse(req, writer, origin) -> None:
        head = {"Content-Type": "text/event-stream", "Transfer-Encoding": "chunked"}
        writer.write(response(200, b"", head, length=False))
        writer.write(chunk(b"data: first\n\n"))
        await writer.drain()
        await release.wait()  # the rest only once the client has the first event
        writer.write(chunk(b"data: second\n\n") + b"0\r\n\r\n")

    origin = await serve({"/sse": sse})
    client = Client()
    resp = await client.request("POST", origin.url("/sse"), body=b"{}", read_timeout=5)
    chunks = aiter(resp)
    assert await asyncio.wait_for(anext(chunks), 2) == b"data: first\n\n"
    release.set()
    assert [c async for c in chunks] == [b"data: second\n\n"]
    await client.close()


@pytest.mark.parametrize(
    ("encoding", "encode"),
    [
        ("gzip", gzip.compress),
        ("deflate", zlib.compress),  # zlib-wrapped, as RFC 9110 means it
        ("deflate", lambda data: zlib.compress(data, wbits=-15)),  # raw, as some servers send it
    ],
)
async def test_compressed_bodies_are_decoded(serve, encoding, encode) -> None:
    text = b'{"text": "' + b"waddle " * 5000 + b'"}'

    async def compressed(req, writer, origin) -> None:
        writer.write(response(200, encode(text), {"Content-Encoding": encoding}))

    origin = await serve({"/z": compressed})
    client = Client()
    resp = await client.request("GET", origin.url("/z"))
    assert await resp.read() == text
    await client.close()


async def test_compressed_stream_is_decoded_chunk_by_chunk(serve) -> None:
    async def gz_stream(req, writer, origin) -> None:
        z = zlib.compressobj(wbits=31)
        head = {"Content-Encoding": "gzip", "Transfer-Encoding": "chunked"}
        writer.write(response(200, b"", head, length=False))
        for n in range(3):
            writer.write(chunk(z.compress(b"data: %d\n\n" % n) + z.flush(zlib.Z_SYNC_FLUSH)))
            await writer.drain()
            await asyncio.sleep(0.05)
        writer.write(chunk(z.flush()) + b"0\r\n\r\n")

    origin = await serve({"/gz": gz_stream})
    client = Client()
    resp = await client.request("GET", origin.url("/gz"), read_timeout=5)
    pieces = [c async for c in resp]
    assert b"".join(pieces) == b"data: 0\n\ndata: 1\n\ndata: 2\n\n"
    assert len(pieces) >= 3  # decoded as each piece came, not once at the end
    await client.close()


async def test_body_cap_refuses_declared_and_undeclared_oversize(serve) -> None:
    big = b"x" * (2 * 1024 * 1024)

    async def declared(req, writer, origin) -> None:
        writer.write(response(200, big))

    async def undeclared(req, writer, origin) -> None:
        writer.write(response(200, b"", {"Transfer-Encoding": "chunked"}, length=False))
        for _ in range(64):
            writer.write(chunk(big[:65536]))
            await writer.drain()
        writer.write(b"0\r\n\r\n")

    async def bomb(req, writer, origin) -> None:  # 1 MB on the wire, 100 MB decoded
        writer.write(
            response(200, gzip.compress(b"\0" * 100 * 1024 * 1024), {"Content-Encoding": "gzip"})
        )

    origin = await serve({"/declared": declared, "/undeclared": undeclared, "/bomb": bomb})
    client = Client(max_body=1024 * 1024)
    for path in ("/declared", "/undeclared", "/bomb"):
        resp = await client.request("GET", origin.url(path))
        with pytest.raises(BodyTooLarge):
            await resp.read()
    # a refused answer's connection is closed, never reused
    assert client.pool.idle_count(("http", "127.0.0.1", origin.port, None)) == 0
    assert await origin.wait_closed(3)
    await client.close()


async def test_informational_answer_is_skipped(serve) -> None:
    async def hints(req, writer, origin) -> None:
        writer.write(b"HTTP/1.1 103 Early Hints\r\nLink: </a.css>; rel=preload\r\n\r\n")
        await writer.drain()
        writer.write(response(200, b"final", {"X-Final": "yes"}))

    origin = await serve({"/h": hints})
    client = Client()
    resp = await client.request("GET", origin.url("/h"))
    assert (resp.status, await resp.read()) == (200, b"final")
    assert "link" not in resp.headers and resp.headers["x-final"] == "yes"
    await client.close()


async def test_endless_head_is_refused(serve) -> None:
    async def endless_head(req, writer, origin) -> None:
        writer.write(b"HTTP/1.1 200 OK\r\n")
        for n in range(10_000):  # ~400 KB of headers, never ending the head
            writer.write(b"X-Filler-%05d: %s\r\n" % (n, b"y" * 24))
            if req.client_gone(writer):
                return
            await writer.drain()

    origin = await serve({"/": endless_head})
    client = Client()
    with pytest.raises(RemoteProtocolError, match="head is over"):
        await client.request("GET", origin.url("/"))
    await client.close()
