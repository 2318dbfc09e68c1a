"""The raw floor: a bare ASGI pass-through to the mock on the gateway's own stack.

uvicorn (uvloop + httptools) and an aiohttp client, and nothing else: no keys, no
routing, no accounting, no logging. What this costs per request is what the stack
alone costs, so the gateway's distance from it is the price of its own features.

    python bench/floor.py --port 8100 --upstream http://127.0.0.1:9999
"""

from __future__ import annotations

import argparse

import aiohttp
import uvicorn

HOP = {b"host", b"content-length", b"connection", b"transfer-encoding"}


class Floor:
    """POST the body upstream, relay status, content type and body bytes back."""

    def __init__(self, upstream: str) -> None:
        self.upstream = upstream.rstrip("/")
        self.session: aiohttp.ClientSession | None = None

    async def __call__(self, scope, receive, send) -> None:  # type: ignore[no-untyped-def]
        if scope["type"] != "http":
            return
        if self.session is None:  # made in the server's loop, on the first request
            connector = aiohttp.TCPConnector(limit=0, keepalive_timeout=60)
            self.session = aiohttp.ClientSession(connector=connector)
        body = b""
        more = True
        while more:
            message = await receive()
            body += message.get("body", b"")
            more = message.get("more_body", False)
        headers = {k.decode(): v.decode() for k, v in scope["headers"] if k not in HOP}
        url = self.upstream + scope["path"]
        async with self.session.request(scope["method"], url, data=body, headers=headers) as up:
            kind = up.headers.get("Content-Type", "application/json").encode()
            start = {"type": "http.response.start", "status": up.status}
            await send(start | {"headers": [(b"content-type", kind)]})
            async for chunk in up.content.iter_any():
                await send({"type": "http.response.body", "body": chunk, "more_body": True})
        await send({"type": "http.response.body", "body": b""})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--upstream", required=True, help="the mock's URL")
    args = parser.parse_args()
    uvicorn.run(
        Floor(args.upstream),
        host="127.0.0.1",
        port=args.port,
        loop="uvloop",
        http="httptools",
        lifespan="off",
        access_log=False,
        server_header=False,
        log_level="warning",
    )


if __name__ == "__main__":
    main()
