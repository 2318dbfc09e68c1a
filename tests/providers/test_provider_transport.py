"""Provider.post_json / post_stream on the transport: statuses, headers, connection fate."""

from __future__ import annotations

import asyncio

import pytest

from tests.transport.servers import chunk, response
from waddleai.config.settings import ProviderConfig
from waddleai.providers.anthropic import AnthropicProvider
from waddleai.providers.errors import UpstreamError
from waddleai.providers.openai_compat import OpenAICompatibleProvider
from waddleai.routing.keys.headers import read_signal

PAYLOAD = {"model": "gpt-4o", "messages": [{"role": "user", "content": "hi"}]}


def openai_provider(origin, **config) -> OpenAICompatibleProvider:
    cfg = ProviderConfig(name="up", kind="openai", endpoint=origin.url("/v1"), **config)
    return OpenAICompatibleProvider(cfg, timeout=5, custom_headers={"X-Team": "blue"})


async def test_json_answer_headers_sent_and_rate_limit_headers_read(serve) -> None:
    async def chat(req, writer, origin) -> None:
        head = {"X-RateLimit-Remaining-Requests": "5", "X-RateLimit-Limit-Requests": "10"}
        writer.write(response(200, b'{"id": "c1"}', head))

    origin = await serve({"/v1/chat/completions": chat})
    provider = openai_provider(origin)
    reply = await provider.chat(PAYLOAD, {}, "sk-one")
    reply2 = await provider.chat(PAYLOAD, {}, "sk-two")
    assert reply.data == reply2.data == {"id": "c1"}
    assert read_signal(reply.headers).share == 0.5
    first, second = origin.requests
    assert first.headers["authorization"] == "Bearer sk-one"
    assert second.headers["authorization"] == "Bearer sk-two"
    assert first.headers["x-team"] == "blue" and first.headers["user-agent"].startswith("waddleai/")
    assert first.headers["content-type"] == "application/json"
    assert origin.connections == 1
    await provider.close()


async def test_anthropic_headers_forwarded(serve) -> None:
    async def messages(req, writer, origin) -> None:
        writer.write(response(200, b'{"id": "m1"}'))

    origin = await serve({"/v1/messages": messages})
    cfg = ProviderConfig(name="ant", kind="anthropic", endpoint=origin.url(""))
    provider = AnthropicProvider(cfg, timeout=5, custom_headers={})
    await provider.chat(PAYLOAD, {"anthropic-beta": "tools-1"}, "sk-ant")
    await provider.chat(PAYLOAD, {}, "sk-ant")
    first, second = origin.requests
    assert first.headers["x-api-key"] == "sk-ant" and first.headers["anthropic-beta"] == "tools-1"
    assert first.headers["anthropic-version"] == "2023-06-01"
    assert "anthropic-beta" not in second.headers  # one client's headers never leak to the next
    await provider.close()


@pytest.mark.parametrize(
    ("status", "extra", "client_status", "retry_after"),
    [(429, {"Retry-After": "7"}, 429, "7"), (529, {}, 503, None), (500, {}, 502, None)],
)
async def test_upstream_http_errors_are_mapped(serve, status, extra, client_status, retry_after):
    async def failing(req, writer, origin) -> None:
        writer.write(response(status, b'{"error": {"message": "nope"}}', extra))

    origin = await serve({"/v1/chat/completions": failing})
    provider = openai_provider(origin)
    for call in (provider.chat, provider.chat_stream):
        with pytest.raises(UpstreamError) as caught:
            await call(PAYLOAD, {}, "k")
        err = caught.value
        assert (err.status, err.upstream_status, err.retry_after) == (
            client_status,
            status,
            retry_after,
        )
        assert "nope" in err.message and err.headers.get("retry-after") == retry_after
    assert origin.connections == 1  # error answers read to the end keep their connection
    await provider.close()


async def test_timeout_is_504_and_unreachable_is_503(serve) -> None:
    async def silent(req, writer, origin) -> None:
        await req.reader.read()

    origin = await serve({"/v1/chat/completions": silent})
    provider = openai_provider(origin, timeout=0.3)
    for call in (provider.chat, provider.chat_stream):
        with pytest.raises(UpstreamError) as caught:
            await call(PAYLOAD, {}, "k")
        assert (caught.value.status, caught.value.kind) == (504, "timeout")
    await origin.stop()
    with pytest.raises(UpstreamError) as caught:
        await provider.chat(PAYLOAD, {}, "k")
    assert (caught.value.status, caught.value.kind) == (503, "service_unavailable")
    await provider.close()


async def test_oversized_json_answer_is_refused(serve) -> None:
    async def huge(req, writer, origin) -> None:
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 104857600\r\n\r\n{")

    origin = await serve({"/v1/chat/completions": huge})
    provider = openai_provider(origin)
    with pytest.raises(UpstreamError, match="larger than 64 MB") as caught:
        await provider.chat(PAYLOAD, {}, "k")
    assert caught.value.status == 502
    await provider.close()


def sse_route(events: int, then_hang: bool = False):
    async def route(req, writer, origin) -> None:
        head = {"Content-Type": "text/event-stream", "Transfer-Encoding": "chunked"}
        writer.write(response(200, b"", head, length=False))
        for n in range(events):
            writer.write(chunk(b"data: %d\n\n" % n))
            await writer.drain()
            await asyncio.sleep(0.01)
        if then_hang:
            await req.reader.read()
        else:
            writer.write(b"0\r\n\r\n")

    return route


async def test_fully_read_stream_returns_its_connection(serve) -> None:
    origin = await serve({"/v1/chat/completions": sse_route(3)})
    provider = openai_provider(origin)
    for _ in range(3):
        stream = await provider.chat_stream(PAYLOAD, {}, "k")
        assert b"".join([c async for c in stream]) == b"data: 0\n\ndata: 1\n\ndata: 2\n\n"
    assert origin.connections == 1
    assert origin.requests[0].headers["accept"] == "text/event-stream"
    await provider.close()


async def test_abandoned_stream_closes_its_connection(serve) -> None:
    origin = await serve({"/v1/chat/completions": sse_route(2, then_hang=True)})
    provider = openai_provider(origin)
    stream = await provider.chat_stream(PAYLOAD, {}, "k")
    chunks = aiter(stream)
    assert await anext(chunks) == b"data: 0\n\n"
    await chunks.aclose()  # the client went away
    assert await origin.wait_closed(1)  # so the upstream sees it go
    await provider.chat_stream(PAYLOAD, {}, "k")
    assert origin.connections == 2
    await provider.close()


async def test_stream_broken_off_is_a_502(serve) -> None:
    async def cut(req, writer, origin) -> None:
        writer.write(response(200, b"", {"Transfer-Encoding": "chunked"}, length=False))
        writer.write(chunk(b"data: 0\n\n"))
        await writer.drain()
        writer.transport.abort()

    origin = await serve({"/v1/chat/completions": cut})
    provider = openai_provider(origin)
    stream = await provider.chat_stream(PAYLOAD, {}, "k")
    with pytest.raises(UpstreamError, match="broke off the stream") as caught:
        async for _ in stream:
            pass
    assert caught.value.status == 502
    await provider.close()
