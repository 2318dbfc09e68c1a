"""The request body: read with a size cap and a deadline, parsed, checked by the operation.

The body is read chunk by chunk and reading stops the moment it passes the cap (413),
so a 200 MB chunked upload costs no more memory than the cap. A client that stalls
mid-body is dropped after `BODY_TIMEOUT` seconds (408) rather than holding a worker.
"""

from __future__ import annotations

import asyncio
from typing import Any, ClassVar

import orjson
from starlette.requests import ClientDisconnect, Request

from waddleai.core.errors import GatewayError, bad_request
from waddleai.pipeline.exchange import Exchange
from waddleai.pipeline.stage import Stage

MAX_BODY_BYTES = 32 * 1024 * 1024
BODY_TIMEOUT = 30.0


def _too_large() -> GatewayError:
    return GatewayError(413, f"Request body exceeds {MAX_BODY_BYTES} bytes")


async def _read(request: Request, cap: int) -> bytes:
    """The body from the ASGI receive channel itself (a Starlette stream costs more)."""
    length = request.headers.get("content-length")
    if length and length.isdigit() and int(length) > cap:
        raise _too_large()
    receive = request.receive
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise ClientDisconnect()
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > cap:
            raise _too_large()
        chunks.append(chunk)
        if not message.get("more_body", False):
            break
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)


async def read_json_body(
    request: Request, cap: int = MAX_BODY_BYTES, deadline: float = BODY_TIMEOUT
) -> dict[str, Any]:
    """The body as a JSON object, or a 4xx saying what is wrong with it."""
    task = asyncio.current_task()
    assert task is not None
    expired: list[bool] = []

    def expire() -> None:
        expired.append(True)
        task.cancel()

    # One timer handle, not asyncio.timeout's context: this runs on every request.
    timer = asyncio.get_running_loop().call_later(deadline, expire)
    try:
        raw = await _read(request, cap)
    except asyncio.CancelledError:
        if not expired:
            raise
        task.uncancel()
        raise GatewayError(
            408, f"The request body did not arrive within {deadline:g} s", code="request_timeout"
        ) from None
    except ClientDisconnect:
        raise GatewayError(499, "The client disconnected while sending the body") from None
    finally:
        timer.cancel()
    if not raw:
        raise bad_request("Request body is empty; send a JSON object")
    try:
        body = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise bad_request(f"Request body is not valid JSON: {exc}") from None
    if not isinstance(body, dict):
        raise bad_request("Request body must be a JSON object")
    return body


class ReadBody(Stage):
    name: ClassVar[str] = "read_body"

    def __init__(self, deadline: float = BODY_TIMEOUT) -> None:
        self.deadline = deadline

    async def enter(self, ex: Exchange) -> None:
        ex.body = await read_json_body(ex.request, deadline=self.deadline)
        ex.operation.validate(ex)
        ex.usage.stream = bool(ex.body.get("stream"))
