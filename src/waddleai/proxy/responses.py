"""Response helpers: orjson bodies and unbuffered SSE."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import orjson
from starlette.responses import Response, StreamingResponse

from waddleai.proxy.errors import Dialect, GatewayError

SSE_HEADERS = {
    "Cache-Control": "no-cache",
    "X-Accel-Buffering": "no",
    "Connection": "keep-alive",
}


def json_response(data: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    return Response(
        orjson.dumps(data), status_code=status, headers=headers, media_type="application/json"
    )


def error_response(exc: GatewayError, dialect: Dialect, request_id: str | None = None) -> Response:
    headers = dict(exc.headers)
    if request_id:
        headers["X-Request-ID"] = request_id
    return json_response(exc.body(dialect), exc.status_for(dialect), headers)


def sse_response(body: AsyncIterator[bytes], request_id: str) -> Response:
    return StreamingResponse(
        body,
        media_type="text/event-stream",
        headers={**SSE_HEADERS, "X-Request-ID": request_id},
    )
