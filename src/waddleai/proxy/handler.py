"""Wraps route functions so every failure becomes an error in the route's own API format."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

from starlette.requests import Request

from waddleai.observability.metrics import observe_rejection
from waddleai.providers.errors import UpstreamError
from waddleai.proxy.errors import Dialect, GatewayError, from_upstream
from waddleai.proxy.responses import Answer, error_response
from waddleai.proxy.runtime import ProxyRuntime

log = logging.getLogger("waddleai.proxy")
Endpoint = Callable[[Request, ProxyRuntime], Awaitable[Answer]]


def endpoint(
    dialect: Dialect | None, runtime: ProxyRuntime, fn: Endpoint
) -> Callable[[Request], Awaitable[Answer]]:
    """Bind `fn` to the runtime and render any failure in `dialect`; never a stack trace.

    `dialect=None` (routes both APIs share, like /v1/models) picks Anthropic's format
    when the client sends `anthropic-version`, OpenAI's otherwise.
    """

    async def handle(request: Request) -> Answer:
        try:
            return await fn(request, runtime)
        except GatewayError as exc:
            if not exc.from_upstream:
                observe_rejection(exc.status, exc.code)
            return error_response(exc, dialect or _sniff(request))
        except UpstreamError as exc:
            err = from_upstream(exc)
            return error_response(err, dialect or _sniff(request))
        except Exception:
            log.exception("unhandled error on %s %s", request.method, request.url.path)
            err = GatewayError(500, "The gateway hit an internal error; it has been logged.")
            return error_response(err, dialect or _sniff(request))

    return handle


def _sniff(request: Request) -> Dialect:
    return "anthropic" if request.headers.get("anthropic-version") else "openai"
