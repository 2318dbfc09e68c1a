"""The proxy's ASGI application: the route table and the thin layer around it.

Reading this file tells where every request goes. No BaseHTTPMiddleware: the one
wrapper (`GatewayASGI`) is plain ASGI and costs a few attribute lookups per request.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import AsyncIterator
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route, WebSocketRoute

from waddleai.core.api import ClientApi
from waddleai.pipeline.build import model_endpoints
from waddleai.proxy import (
    accounting_api,
    memory_api,
    models_api,
    security_api,
    status_api,
    stored_responses_api,
)
from waddleai.proxy.errors import GatewayError
from waddleai.proxy.handler import endpoint
from waddleai.proxy.responses import error_response
from waddleai.proxy.responses_ws import responses_socket
from waddleai.proxy.runtime import ProxyRuntime


def _routes(rt: ProxyRuntime) -> list[BaseRoute]:
    pipelines = model_endpoints(rt)
    chat, embed = pipelines["chat_completions"], pipelines["embeddings"]
    messages, count = pipelines["messages"], pipelines["count_tokens"]
    models = endpoint(None, rt, models_api.list_models)
    model = endpoint(None, rt, models_api.retrieve_model)
    routes: list[BaseRoute] = [
        Route("/", status_api.root, methods=["GET", "HEAD"]),
        Route("/healthz", status_api.healthz, methods=["GET", "HEAD"]),
        Route("/metrics", status_api.metrics, methods=["GET"]),
        Route("/health", endpoint("openai", rt, status_api.health), methods=["GET"]),
        Route("/api/status", endpoint("openai", rt, status_api.status), methods=["GET"]),
        Route("/api/usage", endpoint("openai", rt, accounting_api.usage), methods=["GET"]),
        Route("/api/quota", endpoint("openai", rt, accounting_api.quota), methods=["GET"]),
        Route(
            "/api/security/threats",
            endpoint("openai", rt, security_api.threats),
            methods=["GET"],
        ),
        Route("/v1/analytics/costs", endpoint("openai", rt, accounting_api.costs), methods=["GET"]),
        Route(
            "/v1/analytics/budgets",
            endpoint("openai", rt, accounting_api.list_budgets),
            methods=["GET"],
        ),
        Route(
            "/v1/analytics/budgets",
            endpoint("openai", rt, accounting_api.create_budget),
            methods=["POST"],
        ),
        Route("/anthropic", status_api.root, methods=["GET", "HEAD"]),
        *_memory_routes(rt),
    ]
    # OpenAI SDKs use base URLs with and without /v1; Anthropic's with and without a prefix.
    for prefix in ("", "/v1", "/openai", "/openai/v1"):
        routes += [
            Route(f"{prefix}/chat/completions", chat, methods=["POST"]),
            Route(f"{prefix}/embeddings", embed, methods=["POST"]),
            Route(f"{prefix}/models", models, methods=["GET"]),
            Route(f"{prefix}/models/{{model_id:path}}", model, methods=["GET"]),
            Route(f"{prefix}/completions", pipelines["completions"], methods=["POST"]),
        ]
        routes += _responses_routes(prefix, pipelines["responses"], rt)
    for prefix in ("", "/anthropic"):
        routes += [
            Route(f"{prefix}/v1/messages", messages, methods=["POST"]),
            Route(f"{prefix}/v1/messages/count_tokens", count, methods=["POST"]),
        ]
    routes += [
        Route("/anthropic/v1/models", models, methods=["GET"]),
        Route("/anthropic/v1/models/{model_id:path}", model, methods=["GET"]),
    ]
    return routes


def _memory_routes(rt: ProxyRuntime) -> list[Route]:
    one = "/api/memory/{session}"
    return [
        Route("/api/memory", endpoint(None, rt, memory_api.list_sessions), methods=["GET"]),
        Route(one, endpoint(None, rt, memory_api.read_session), methods=["GET"]),
        Route(one, endpoint(None, rt, memory_api.delete_session), methods=["DELETE"]),
    ]


def _responses_routes(prefix: str, responses: Any, rt: ProxyRuntime) -> list[BaseRoute]:
    """POST (HTTP and WebSocket) and the stored-response routes of the Responses API."""
    stored = {
        name: endpoint("openai", rt, getattr(stored_responses_api, name))
        for name in ("retrieve", "delete", "input_items")
    }
    one = f"{prefix}/responses/{{response_id}}"
    return [
        Route(f"{prefix}/responses", responses, methods=["POST"]),
        WebSocketRoute(f"{prefix}/responses", responses_socket(responses, rt)),
        Route(one, stored["retrieve"], methods=["GET"]),
        Route(one, stored["delete"], methods=["DELETE"]),
        Route(f"{one}/input_items", stored["input_items"], methods=["GET"]),
    ]


def _dialect_for(path: str, headers: Any = ()) -> ClientApi:
    """The API to answer an unrouted request in: its path, else its anthropic-version."""
    if path.startswith(("/anthropic", "/v1/messages")):
        return "anthropic"
    for name, _ in headers:
        if name == b"anthropic-version":
            return "anthropic"
    return "openai"


async def _http_error(request: Request, exc: Exception) -> Response:
    status = getattr(exc, "status_code", 500)
    message = {
        404: f"No route for {request.method} {request.url.path}; see GET /v1/models",
        405: f"Method {request.method} is not allowed on {request.url.path}",
    }.get(status, "Request failed")
    api = _dialect_for(request.url.path, request.scope.get("headers", ()))
    return error_response(GatewayError(status, message), api)


MAX_HEADERS = 100
MAX_HEADER_BYTES = 64 * 1024
"""What a client may send as headers (count, total bytes). httptools sets no limit of
its own: without these a request could carry megabytes of headers that every lookup
walks."""


class GatewayASGI:
    """Adds X-Request-ID and X-WaddleAI-Overhead-Ms to every response.

    MAX_CONCURRENT_REQUESTS is the pipeline's `admit` stage: health, metrics and status
    are never refused for load, and a slot is taken only once a body has arrived.
    """

    def __init__(self, app: Starlette, runtime: ProxyRuntime, routes: list[BaseRoute]) -> None:
        self.app = app
        self.runtime = runtime
        # Every route is an exact path: dispatch by dict and skip Starlette's router and
        # exception middleware on the hot path (endpoints render their own errors).
        # Unknown paths and methods still go through Starlette for 404/405.
        self.fast = {
            (m, r.path): r.endpoint for r in routes if isinstance(r, Route) for m in r.methods or ()
        }

    async def __call__(self, scope, receive, send) -> None:  # type: ignore[no-untyped-def]
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = scope["headers"]
        if len(headers) > MAX_HEADERS or sum(len(n) + len(v) for n, v in headers) > (
            MAX_HEADER_BYTES
        ):
            message = f"Request headers are limited to {MAX_HEADERS} and {MAX_HEADER_BYTES} bytes"
            api = _dialect_for(scope["path"], headers)
            await error_response(GatewayError(431, message), api)(scope, receive, send)
            return
        started = time.perf_counter()
        request_id = _request_id(scope)
        scope["waddleai.request_id"] = request_id

        async def send_with_headers(message) -> None:  # type: ignore[no-untyped-def]
            if message["type"] == "http.response.start":
                overhead = (time.perf_counter() - started) * 1000
                overhead -= scope.get("waddleai.upstream_ms", 0.0)
                # The one place X-Request-ID is set: handlers never add it.
                headers = list(message.get("headers", ()))
                headers.append((b"x-request-id", request_id.encode("latin-1")))
                headers.append((b"x-waddleai-overhead-ms", f"{max(overhead, 0.0):.2f}".encode()))
                message["headers"] = headers
            await send(message)

        endpoint = self.fast.get((scope["method"], scope["path"]))
        if endpoint is None:
            await self.app(scope, receive, send_with_headers)
        else:
            response = await endpoint(Request(scope, receive, send))
            await response(scope, receive, send_with_headers)


def _request_id(scope) -> str:  # type: ignore[no-untyped-def]
    for name, value in scope.get("headers", ()):
        if name == b"x-request-id" and value:
            return value.decode("latin-1")[:128]
    return "req_" + os.urandom(16).hex()  # uuid4() costs 3x more for the same randomness


def create_proxy_app(runtime: ProxyRuntime) -> GatewayASGI:
    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        await runtime.start()
        try:
            yield
        finally:
            await runtime.close()

    routes = _routes(runtime)
    app = Starlette(
        routes=routes,
        exception_handlers={404: _http_error, 405: _http_error, HTTPException: _http_error},
        lifespan=lifespan,
    )
    app.state.runtime = runtime
    return GatewayASGI(app, runtime, routes)
