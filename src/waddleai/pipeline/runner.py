"""Runs one exchange through the stages, the operation, and back; renders the answer.

Stages are entered in order, the operation is called (unless a stage answered), and the
entered stages are left in reverse. Any failure becomes an error in the client's own
API; nothing escapes as a stack trace. Settlement (settle.py) happens exactly once.
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import AsyncIterator, Sequence
from typing import Any

import orjson
from starlette.requests import Request

from waddleai.core.api import ClientApi
from waddleai.core.errors import GatewayError
from waddleai.core.usage import UsageEvent
from waddleai.observability.metrics import observe_rejection
from waddleai.pipeline.exchange import Exchange
from waddleai.pipeline.operations.base import Operation
from waddleai.pipeline.settle import complete_usage, finish_stream, settle
from waddleai.pipeline.stage import Stage
from waddleai.pipeline.usage_fields import HEADER, stamp_body
from waddleai.providers.errors import UpstreamError
from waddleai.proxy.disconnect import DisconnectWatch
from waddleai.proxy.errors import error_body, error_headers, error_status, from_upstream
from waddleai.proxy.responses import JSONResponse, SSEResponse

log = logging.getLogger("waddleai.proxy")


class Pipeline:
    """One model endpoint: its client API, its operation, and the enabled stages."""

    def __init__(
        self, api: ClientApi, operation: Operation, stages: Sequence[Stage], runtime: Any
    ) -> None:
        self.api = api
        self.operation = operation
        self.stages = tuple(stages)
        self.runtime = runtime

    def exchange(self, request: Request) -> Exchange:
        request_id = request.scope.get("waddleai.request_id") or "req_" + os.urandom(16).hex()
        usage = UsageEvent(request_id, None, self.api, "", operation=self.operation.name)
        ex = Exchange(request, self.runtime, self.api, self.operation, request_id, usage)
        ex.client_headers = _forwarded_headers(request.scope.get("headers", ()))
        return ex

    async def __call__(self, request: Request) -> Any:
        ex = self.exchange(request)
        try:
            await self._run(ex)
            if ex.stream is not None:
                return self._stream(ex)
            await complete_usage(ex)
            settle(ex)
            return self._answer(ex)
        except GatewayError as err:
            return await self._failed(ex, err)
        except UpstreamError as exc:
            return await self._failed(ex, from_upstream(exc))
        except Exception:
            log.exception("unhandled error on %s %s", request.method, request.url.path)
            err = GatewayError(500, "The gateway hit an internal error; it has been logged.")
            return await self._failed(ex, err)
        except BaseException:  # cancelled: still give back the slot, hold and lease
            settle(ex)
            raise

    async def _run(self, ex: Exchange) -> None:
        entered: list[Stage] = []
        for stage in self.stages:
            entered.append(stage)
            if await stage.enter(ex):
                break
        else:
            await _call_while_connected(self.operation, ex)
        for stage in reversed(entered):
            if stage.has_leave:
                await stage.leave(ex)

    def _answer(self, ex: Exchange) -> JSONResponse:
        data = ex.answer if ex.answer is not None else {}
        headers = ex.response_headers
        if self.operation.charged and ex.called:
            stamp_body(data, ex.api, ex.usage)
            headers[HEADER] = str(ex.usage.extra.get("waddleai_tokens", 0))
        return _json(data, ex.status, headers)

    def _stream(self, ex: Exchange) -> SSEResponse:
        assert ex.stream is not None
        return SSEResponse(
            _accounted(ex.stream, ex),
            on_close=lambda: finish_stream(ex),
            headers=ex.response_headers,
        )

    async def _failed(self, ex: Exchange, err: GatewayError) -> JSONResponse:
        if not err.from_upstream:
            observe_rejection(err.status, err.code)
        if ex.called:
            ex.usage.status = err.status
            ex.usage.error = ex.usage.error or err.message
        ex.stream = None
        upstream = ex.state.pop("upstream", None)
        if upstream is not None:  # a stage failed after the stream was opened
            await upstream.aclose()
        settle(ex)
        headers = {**ex.response_headers, **error_headers(err)}
        return _json(error_body(err, self.api), error_status(err, self.api), headers)


async def _call_while_connected(operation: Operation, ex: Exchange) -> None:
    """The upstream call, cancelled the moment the client disconnects (499).

    Once a stream is open, SSEResponse watches instead.
    """
    with DisconnectWatch(ex.request.receive) as watch:
        try:
            await operation.call(ex)
        except asyncio.CancelledError:
            if not watch.gone:
                raise
            asyncio.current_task().uncancel()  # type: ignore[union-attr]
            ex.state["client_gone"] = True
            raise GatewayError(499, "The client disconnected before the answer") from None


def _forwarded_headers(raw: Any) -> dict[str, str]:
    """The client's `anthropic-*` headers (version, beta flags), forwarded upstream."""
    return {
        name.decode("latin-1"): value.decode("latin-1")
        for name, value in raw
        if name.startswith(b"anthropic-")
    }


def _json(data: Any, status: int, headers: dict[str, str]) -> JSONResponse:
    return JSONResponse(orjson.dumps(data), status, headers)


async def _accounted(body: AsyncIterator[bytes], ex: Exchange) -> AsyncIterator[bytes]:
    """Relay; whatever happens (finish, upstream failure, client gone) settle once."""
    try:
        async for piece in body:
            yield piece
        ex.state["stream_finished"] = True
    finally:
        await finish_stream(ex)
