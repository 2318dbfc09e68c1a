"""Upstream failures, normalised so the proxy can answer in the caller's own format.

A provider's raw error body never reaches the client: we keep its message (scrubbed of
anything that looks like a credential) and choose the status the client should see.
"""

from __future__ import annotations

import re
from typing import Any

import orjson

_SECRET_PATTERNS = re.compile(
    r"(sk-[A-Za-z0-9_\-*]{6,}|sk-ant-[A-Za-z0-9_\-*]{6,}|wa-[A-Za-z0-9_\-]{6,}|"
    r"Bearer\s+[A-Za-z0-9_\-.=*]{6,}|api[-_]?key[=:]\s*[A-Za-z0-9_\-*]{6,})",
    re.IGNORECASE,
)


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

    @property
    def retryable(self) -> bool:
        """Worth trying another key or provider: rate limits, 5xx, timeouts, connection errors."""
        return (
            self.upstream_status is None
            or self.upstream_status == 429
            or (self.upstream_status >= 500)
        )


def scrub_secrets(text: str, extra: tuple[str, ...] = ()) -> str:
    """Mask credential-looking strings so no key leaks through an error message."""
    for secret in extra:
        if secret:
            text = text.replace(secret, "***")
    return _SECRET_PATTERNS.sub("***", text)


def error_from_response(
    status: int, body: bytes, retry_after: str | None, provider: str, headers: Any = None
) -> UpstreamError:
    """Map an upstream HTTP error to the status and message the client should see."""
    error = _mapped(status, body, retry_after, provider)
    error.headers = headers
    return error


def _mapped(status: int, body: bytes, retry_after: str | None, provider: str) -> UpstreamError:
    message = _extract_message(body) or f"upstream returned HTTP {status}"
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


def _extract_message(body: bytes) -> str:
    """The human part of an OpenAI- or Anthropic-style error body, if there is one."""
    try:
        data = orjson.loads(body)
    except orjson.JSONDecodeError:
        text = body.decode("utf-8", "replace").strip()
        return text[:300] if text and not text.startswith("<") else ""
    if isinstance(data, dict):
        err = data.get("error", data)
        if isinstance(err, dict) and isinstance(err.get("message"), str):
            return err["message"][:500]
        if isinstance(err, str):
            return err[:500]
        if isinstance(data.get("message"), str):
            return data["message"][:500]
    return ""
