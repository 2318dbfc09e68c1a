"""The checks every API request passes before any upstream is called.

Order matters and is the same for both APIs: body size and JSON, key, rate limit, model,
permission. Nothing here touches the database when caches are warm.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from typing import Any

import orjson
from starlette.requests import Request

from waddleai.auth.principal import Principal
from waddleai.auth.store_keys import KeyStoreUnavailable
from waddleai.proxy.errors import Dialect, GatewayError, bad_request, model_not_found, unauthorized
from waddleai.proxy.runtime import ProxyRuntime
from waddleai.routing.resolver import ModelNotFound, Route

MAX_BODY_BYTES = 32 * 1024 * 1024


@dataclass(slots=True)
class Admitted:
    """A request that passed admission: who asks, what for, and where it may go."""

    request_id: str
    dialect: Dialect
    principal: Principal
    body: dict[str, Any]
    model: str
    routes: tuple[Route, ...]
    started: float
    scope: dict[str, Any]
    client_headers: dict[str, str] = field(default_factory=dict)


def request_id_of(request: Request) -> str:
    """The id GatewayASGI assigned (the client's X-Request-ID when it sent one)."""
    rid = request.scope.get("waddleai.request_id")
    return rid or request.headers.get("x-request-id") or "req_" + os.urandom(16).hex()


def client_key(request: Request) -> str | None:
    """The client's key from `Authorization: Bearer`, `x-api-key` or `api-key`."""
    headers = request.headers
    auth = headers.get("authorization")
    if auth:
        scheme, _, token = auth.partition(" ")
        if scheme.lower() == "bearer" and token.strip():
            return token.strip()
    return headers.get("x-api-key") or headers.get("api-key") or None


async def authenticate(request: Request, runtime: ProxyRuntime) -> Principal:
    key = client_key(request)
    if not key:
        raise unauthorized(
            "Missing API key: send it as 'Authorization: Bearer wa-…' or 'x-api-key: wa-…'"
        )
    try:
        principal = await runtime.authenticator.authenticate(key)
    except KeyStoreUnavailable:
        raise GatewayError(
            503, "The key store is unavailable; retry shortly", headers={"Retry-After": "1"}
        ) from None
    if principal is None:
        raise unauthorized("Invalid, expired or revoked API key")
    return principal


async def enforce_rate_limit(principal: Principal, runtime: ProxyRuntime) -> None:
    limiter = runtime.rate_limiter
    if limiter is None or not principal.rate_limit_rpm:
        return
    decision = await limiter.hit(principal.key_id, principal.rate_limit_rpm)  # type: ignore[attr-defined]
    if not decision.allowed:
        retry = max(1, int(decision.retry_after + 0.999))
        raise GatewayError(
            429,
            f"Rate limit of {principal.rate_limit_rpm} requests per minute exceeded for this "
            f"API key; retry in {retry} s",
            code="rate_limit_exceeded",
            headers={"Retry-After": str(retry)},
        )


async def read_json_body(request: Request) -> dict[str, Any]:
    length = request.headers.get("content-length")
    if length and length.isdigit() and int(length) > MAX_BODY_BYTES:
        raise GatewayError(413, f"Request body exceeds {MAX_BODY_BYTES} bytes")
    raw = await request.body()
    if len(raw) > MAX_BODY_BYTES:
        raise GatewayError(413, f"Request body exceeds {MAX_BODY_BYTES} bytes")
    if not raw:
        raise bad_request("Request body is empty; send a JSON object")
    try:
        body = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise bad_request(f"Request body is not valid JSON: {exc}") from None
    if not isinstance(body, dict):
        raise bad_request("Request body must be a JSON object")
    return body


def resolve_model(
    body: dict[str, Any], principal: Principal, runtime: ProxyRuntime
) -> tuple[str, tuple[Route, ...]]:
    model = body.get("model")
    if not isinstance(model, str) or not model.strip():
        raise bad_request(
            "'model' is required and must be a non-empty string", code="missing_model"
        )
    try:
        routes = runtime.resolver.resolve(model)
    except ModelNotFound:
        raise model_not_found(model) from None
    if not principal.may_use(model, routes[0].upstream_model):
        raise GatewayError(
            403,
            f"This API key is not permitted to use the model '{model}'",
            code="model_not_permitted",
        )
    return model, routes


async def admit(request: Request, runtime: ProxyRuntime, dialect: Dialect) -> Admitted:
    """Run every pre-upstream check; raise GatewayError on the first that fails."""
    started = time.perf_counter()
    principal = await authenticate(request, runtime)
    body = await read_json_body(request)
    await enforce_rate_limit(principal, runtime)
    model, routes = resolve_model(body, principal, runtime)
    return Admitted(
        request_id=request_id_of(request),
        dialect=dialect,
        principal=principal,
        body=body,
        model=model,
        routes=routes,
        started=started,
        scope=request.scope,
        client_headers={k: v for k, v in request.headers.items() if k.startswith("anthropic-")},
    )
