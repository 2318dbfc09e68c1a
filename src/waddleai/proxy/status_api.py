"""Liveness, readiness and status: what operators and load balancers poll."""

from __future__ import annotations

import asyncio
import time
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from waddleai import __version__
from waddleai.observability.metrics import render as render_metrics
from waddleai.pipeline.stages.authenticate import authenticate, client_key
from waddleai.providers.errors import UpstreamError
from waddleai.proxy.responses import json_response
from waddleai.proxy.runtime import ProxyRuntime
from waddleai.routing.keys.status import key_status

_HEALTHZ_BODY = b'{"status":"ok"}'


async def healthz(request: Request) -> Response:
    """Liveness: no auth, no I/O."""
    return Response(_HEALTHZ_BODY, media_type="application/json")


async def root(request: Request) -> Response:
    """`HEAD /` and `GET /`: Claude Code and load balancers probe the base URL."""
    return json_response({"name": "WaddleAI proxy", "version": __version__, "status": "ok"})


async def _probe(provider) -> dict:
    started = time.perf_counter()
    try:
        await asyncio.wait_for(provider.check(), timeout=5)
        state = "ok"
        detail = None
    except (TimeoutError, UpstreamError) as exc:
        state = "unreachable"
        detail = getattr(exc, "message", "no answer within 5 s")
    result = {
        "name": provider.name,
        "kind": provider.kind,
        "status": state,
        "latency_ms": round((time.perf_counter() - started) * 1000, 1),
    }
    if detail:
        result["detail"] = detail
    return result


HEALTH_TTL = 5.0
"""Seconds a readiness answer is reused: probes poll every few seconds, and each check
calls every upstream with the gateway's credentials (50 probes were 150 upstream calls)."""


class _Readiness:
    """The last readiness answer and one in-flight check shared by concurrent probes."""

    def __init__(self) -> None:
        self.at = -HEALTH_TTL
        self.answer: tuple[dict[str, Any], int] | None = None
        self.pending: asyncio.Future[tuple[dict[str, Any], int]] | None = None


_READINESS: dict[int, _Readiness] = {}


async def _check(runtime: ProxyRuntime) -> tuple[dict[str, Any], int]:
    providers = await asyncio.gather(*(_probe(p) for p in runtime.resolver.providers))
    store_state = "ok"
    if runtime.store_check is not None:
        try:
            await runtime.store_check()
        except Exception as exc:  # readiness must report, not raise
            store_state = f"error: {type(exc).__name__}"
    ready = store_state == "ok" and any(p["status"] == "ok" for p in providers)
    body = {"status": "ok" if ready else "degraded", "store": store_state, "providers": providers}
    return body, 200 if ready else 503


async def health(request: Request, runtime: ProxyRuntime) -> Response:
    """Readiness: the store answers and at least one upstream is reachable (cached)."""
    state = _READINESS.setdefault(id(runtime), _Readiness())
    now = time.monotonic()
    if state.answer is None or now - state.at >= HEALTH_TTL:
        if state.pending is None:
            state.pending = asyncio.ensure_future(_check(runtime))
        pending = state.pending
        try:
            state.answer = await asyncio.shield(pending)
            state.at = time.monotonic()
        finally:
            if state.pending is pending and pending.done():
                state.pending = None
    body, status_code = state.answer
    return json_response(
        {**body, "checked_seconds_ago": round(time.monotonic() - state.at, 1)}, status_code
    )


async def status(request: Request, runtime: ProxyRuntime) -> Response:
    """Name, version and state for anyone; providers and models only for a key holder."""
    summary = {
        "name": "WaddleAI",
        "version": __version__,
        "status": "ok",
        "uptime_seconds": round(time.time() - runtime.started_at, 1),
    }
    if client_key(request.headers) is None:
        return json_response({**summary, "detail": "send an API key for providers and models"})
    await authenticate(request.headers, runtime.authenticator)
    providers = [
        {
            "name": p.name,
            "kind": p.kind,
            "api": p.wire_api,
            "endpoint": p.endpoint or None,
            "models": p.listed_models(),
            "state": "enabled",
        }
        for p in runtime.resolver.providers
    ]
    return json_response(
        {
            **summary,
            "in_flight": runtime.in_flight,
            "providers": providers,
            "demo_mode": [p.name for p in runtime.resolver.providers] == ["demo"],
            "upstream_keys": await key_status(runtime.keys, runtime.resolver.providers),
        }
    )


async def metrics(request: Request) -> Response:
    """Prometheus exposition of the proxy's metrics."""
    body, content_type = render_metrics()
    return Response(body, media_type=content_type)
