"""CPU per upstream request of candidate HTTP clients, against the mock upstream.

Not a test: a script to choose (and re-check) the client of the proxy's hot path.
Each client sends JSON and SSE chat calls, 16 at a time, to `waddleai mock-upstream
--latency-ms 0` (a separate process); what is reported is this process's CPU time
(`time.process_time`, every thread included — pyreqwest's Rust runtime too) per
request. Clients are measured in interleaved rounds and the median round is shown,
because the machine is shared and wall-clock figures are noisy.

    PYTHONPATH=src .venv/bin/python bench/client_bench.py [--requests 3000] [--rounds 5]

pyreqwest is optional (not a project dependency): put it on PYTHONPATH, e.g.
`pip install --target /tmp/pyreqwest-lib pyreqwest` and `PYTHONPATH=src:/tmp/pyreqwest-lib`.
`--provider-only` measures just `Provider.post_json`/`post_stream` of whatever
waddleai is on PYTHONPATH (run it once per tree for a before/after).
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import Any

import aiohttp
import orjson
import uvloop

from waddleai.mock.testing import start_mock

CONCURRENCY = 16
Call = Callable[[bool], Awaitable[int]]  # stream? -> bytes received

_PAYLOAD = {"model": "gpt-4o", "messages": [{"role": "user", "content": "Say hello"}]}
_HEADERS = {
    "User-Agent": "waddleai/bench",
    "Content-Type": "application/json",
    "Authorization": "Bearer sk-bench",
}


def _body(stream: bool) -> bytes:
    return orjson.dumps({**_PAYLOAD, "stream": True} if stream else _PAYLOAD)


async def aiohttp_today(url: str) -> tuple[Call, Callable[[], Awaitable[None]]]:
    """aiohttp as providers/base.py configured it before the swap."""
    session = aiohttp.ClientSession(
        connector=aiohttp.TCPConnector(
            limit=0, ttl_dns_cache=300, keepalive_timeout=60, enable_cleanup_closed=True
        ),
        cookie_jar=aiohttp.DummyCookieJar(),
        auto_decompress=True,
        skip_auto_headers=("User-Agent",),
    )
    total = aiohttp.ClientTimeout(total=90, sock_connect=10)
    streamed = aiohttp.ClientTimeout(total=None, sock_connect=10, sock_read=90)

    async def call(stream: bool) -> int:
        headers = dict(_HEADERS)
        if stream:
            headers["Accept"] = "text/event-stream"
        timeout = streamed if stream else total
        async with session.post(url, data=_body(stream), headers=headers, timeout=timeout) as r:
            if not stream:
                return len(await r.read())
            return sum([len(c) async for c in r.content.iter_any()])

    return call, session.close


async def aiohttp_tuned(url: str) -> tuple[Call, Callable[[], Awaitable[None]]]:
    """aiohttp with headers (CIMultiDict) and timeouts built once."""
    from multidict import CIMultiDict

    session = aiohttp.ClientSession(
        connector=aiohttp.TCPConnector(limit=0, ttl_dns_cache=300, keepalive_timeout=60),
        cookie_jar=aiohttp.DummyCookieJar(),
        skip_auto_headers=("User-Agent",),
    )
    total = aiohttp.ClientTimeout(total=90, sock_connect=10)
    streamed = aiohttp.ClientTimeout(total=None, sock_connect=10, sock_read=90)
    plain = CIMultiDict(_HEADERS)
    sse = CIMultiDict({**_HEADERS, "Accept": "text/event-stream"})

    async def call(stream: bool) -> int:
        headers, timeout = (sse, streamed) if stream else (plain, total)
        async with session.post(url, data=_body(stream), headers=headers, timeout=timeout) as r:
            if not stream:
                return len(await r.read())
            return sum([len(c) async for c in r.content.iter_any()])

    return call, session.close


async def pyreqwest_client(url: str) -> tuple[Call, Callable[[], Awaitable[None]]]:
    """pyreqwest (Rust reqwest under a Python API), default single-threaded runtime."""
    from pyreqwest.client import ClientBuilder

    client = (
        ClientBuilder()
        .connect_timeout(timedelta(seconds=10))
        .pool_idle_timeout(timedelta(seconds=60))
        .default_headers(_HEADERS)
        .build()
    )
    total = timedelta(seconds=90)

    async def call(stream: bool) -> int:
        builder = client.post(url).body_bytes(_body(stream)).timeout(total)
        if not stream:
            resp = await builder.build().send()
            return len(await resp.bytes())
        builder = builder.header("Accept", "text/event-stream")
        size = 0
        async with builder.build_streamed() as resp:
            while (chunk := await resp.body_reader.read_chunk()) is not None:
                size += len(chunk)
        return size

    async def close() -> None:
        await client.close()

    return call, close


async def transport_client(url: str) -> tuple[Call, Callable[[], Awaitable[None]]]:
    """waddleai.transport with the header block encoded once."""
    from waddleai.transport import Client, encode_headers

    client = Client()
    plain = encode_headers(_HEADERS)
    sse = encode_headers({**_HEADERS, "Accept": "text/event-stream"})

    async def call(stream: bool) -> int:
        if not stream:
            resp = await client.request("POST", url, headers=plain, body=_body(False), timeout=90)
            return len(await resp.read())
        resp = await client.request("POST", url, headers=sse, body=_body(True), read_timeout=90)
        return sum([len(c) async for c in resp])

    return call, client.close


async def provider_path(url: str) -> tuple[Call, Callable[[], Awaitable[None]]]:
    """`Provider.post_json` / `post_stream` of the waddleai on PYTHONPATH."""
    from waddleai.config.settings import ProviderConfig
    from waddleai.providers.openai_compat import OpenAICompatibleProvider

    config = ProviderConfig(name="bench", kind="openai", endpoint=url.rsplit("/", 2)[0])
    provider = OpenAICompatibleProvider(config, timeout=90, custom_headers={})

    async def call(stream: bool) -> int:
        if not stream:
            reply = await provider.chat(_PAYLOAD, {}, "sk-bench")
            return len(reply.data)
        upstream = await provider.chat_stream({**_PAYLOAD, "stream": True}, {}, "sk-bench")
        return sum([len(c) async for c in upstream])

    return call, provider.close


CLIENTS: dict[str, Callable[[str], Awaitable[tuple[Call, Callable[[], Awaitable[None]]]]]] = {
    "aiohttp (today)": aiohttp_today,
    "aiohttp (pre-built)": aiohttp_tuned,
    "pyreqwest": pyreqwest_client,
    "waddleai.transport": transport_client,
    "Provider path": provider_path,
}


async def _run(call: Call, stream: bool, requests: int) -> float:
    """CPU µs per request for `requests` calls, CONCURRENCY at a time."""
    remaining = requests

    async def worker() -> None:
        nonlocal remaining
        while remaining > 0:
            remaining -= 1
            if await call(stream) <= 0:
                raise RuntimeError("empty answer")

    start = time.process_time()
    await asyncio.gather(*(worker() for _ in range(CONCURRENCY)))
    return (time.process_time() - start) / requests * 1e6


async def bench(url: str, names: list[str], requests: int, rounds: int) -> dict[str, Any]:
    clients = {name: await CLIENTS[name](url) for name in names}
    results: dict[str, dict[str, list[float]]] = {n: {"json": [], "sse": []} for n in names}
    for call, _ in clients.values():  # warm up: connections, caches
        await _run(call, False, 200)
        await _run(call, True, 200)
    for _ in range(rounds):
        for name, (call, _) in clients.items():
            results[name]["json"].append(await _run(call, False, requests))
            results[name]["sse"].append(await _run(call, True, requests))
    for _, close in clients.values():
        await close()
    return {n: {k: statistics.median(v) for k, v in r.items()} for n, r in results.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=3000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--provider-only", action="store_true")
    parser.add_argument("--clients", help="comma-separated subset of: " + ", ".join(CLIENTS))
    args = parser.parse_args()
    names = list(CLIENTS)
    if args.provider_only:
        names = ["Provider path"]
    elif args.clients:
        names = [n.strip() for n in args.clients.split(",")]
    else:
        try:
            import pyreqwest  # noqa: F401
        except ImportError:
            names.remove("pyreqwest")
            print("pyreqwest not importable: skipped")
    with start_mock(latency_ms=0) as mock:
        url = f"{mock.openai_base_url}/chat/completions"
        table = uvloop.run(bench(url, names, args.requests, args.rounds))
    print(f"\nCPU µs per request (client process), {CONCURRENCY} concurrent, median of rounds")
    print(f"{'client':<22}{'JSON':>10}{'SSE':>10}")
    for name, row in table.items():
        print(f"{name:<22}{row['json']:>10.1f}{row['sse']:>10.1f}")


if __name__ == "__main__":
    main()
