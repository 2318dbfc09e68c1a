"""Upstream failures, normalised so the proxy can answer in the caller's own format.

A provider's raw error body never reaches the client: we keep its message (scrubbed of
anything that looks like a credential) and choose the status the client should see.
"""

from __future__ import annotations

from typing import Any

import orjson

from waddleai.core.redact import remember_secrets, scrub_secrets
from waddleai.translate.errors import openai_error_code

__all__ = ["UpstreamError", "error_from_response", "remember_secrets", "scrub_secrets"]


class UpstreamError(Exception):
    """An upstream call that did not produce a usable answer.

    `status` is what the client gets; `upstream_status` what the provider said (or None
    when no HTTP answer came back at all).
    """

    def __init__(
        self,
        message: str,
        *,
        status: int = 502,
        upstream_status: int | None = None,
        retry_after: str | None = None,
        kind: str = "upstream_error",
        provider: str = "",
        code: str | None = None,
        headers: Any = None,
    ) -> None:
        super().__init__(message)
        self.headers = headers  # the upstream's response headers, when it answered
        self.message = scrub_secrets(message)
        self.status = status
        self.upstream_status = upstream_status
        self.retry_after = retry_after
        self.kind = kind
        self.provider = provider
        self.code = code  # the OpenAI error code OpenAI clients get (None: status default)

    @property
    def retryable(self) -> bool:
        """Worth trying another key or provider: rate limits, 5xx, timeouts, connection errors."""
        return (
            self.upstream_status is None
            or self.upstream_status == 429
            or (self.upstream_status >= 500)
        )


def error_from_response(
    status: int, body: bytes, retry_after: str | None, provider: str, headers: Any = None
) -> UpstreamError:
    """Map an upstream HTTP error to the status, message and code the client should see."""
    message, raw_code = _extract(body)
    message = message or f"upstream returned HTTP {status}"
    err = _classify(status, message, retry_after, provider)
    err.code = _client_code(status, raw_code, message)
    err.headers = headers
    return err


def _client_code(status: int, raw_code: object, message: str) -> str | None:
    """The upstream's error code in OpenAI terms.

    A rejected *gateway* credential must not read as the client's own key being bad
    (the client would rotate a key that works), so auth codes get an ``upstream_``
    prefix: ``invalid_api_key`` becomes ``upstream_invalid_api_key``.
    """
    code = openai_error_code(raw_code, message)
    if code is not None and status in (401, 403):
        return "upstream_" + code
    return code


def _classify(status: int, message: str, retry_after: str | None, provider: str) -> UpstreamError:
    prefix = f"upstream provider '{provider}' "
    if status == 429:
        return UpstreamError(
            prefix + f"is rate limiting requests: {message}",
            status=429,
            upstream_status=status,
            retry_after=retry_after,
            kind="rate_limit_error",
            provider=provider,
        )
    if status in (401, 403):
        # The client's key was fine; the gateway's credentials for the provider were not.
        return UpstreamError(
            prefix + f"rejected the gateway's credentials: {message}",
            status=502,
            upstream_status=status,
            provider=provider,
        )
    if status in (400, 404, 413, 422):
        client_status = 400 if status == 422 else status
        return UpstreamError(
            prefix + f"rejected the request: {message}",
            status=client_status,
            upstream_status=status,
            kind="invalid_request_error",
            provider=provider,
        )
    if status in (503, 529):
        return UpstreamError(
            prefix + f"is overloaded: {message}",
            status=503,
            upstream_status=status,
            retry_after=retry_after,
            kind="overloaded_error",
            provider=provider,
        )
    return UpstreamError(
        prefix + f"failed with HTTP {status}: {message}",
        status=502,
        upstream_status=status,
        provider=provider,
    )


def _extract(body: bytes) -> tuple[str, object]:
    """The human part and the code of an OpenAI- or Anthropic-style error body.

    OpenAI puts a code in ``error.code``; Anthropic only has ``error.type``, which is
    what the code is then derived from.
    """
    try:
        data = orjson.loads(body)
    except orjson.JSONDecodeError:
        text = body.decode("utf-8", "replace").strip()
        return (text[:300] if text and not text.startswith("<") else ""), None
    if not isinstance(data, dict):
        return "", None
    err = data.get("error", data)
    if isinstance(err, dict):
        code = err.get("code") or err.get("type")
        if isinstance(err.get("message"), str):
            return err["message"][:500], code
        return (data["message"][:500] if isinstance(data.get("message"), str) else ""), code
    if isinstance(err, str):
        return err[:500], None
    return "", None
