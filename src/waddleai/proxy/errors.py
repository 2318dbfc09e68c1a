"""Every failure the proxy can answer with, rendered in the caller's own API format.

Stages and handlers raise `GatewayError` (core/errors.py); this module is the one table
from a domain error to each API's body and status. Errors a retry cannot fix carry
`x-should-retry: false`, which the openai and anthropic SDKs (and so Claude Code) honour
instead of retrying a 401 for minutes.
"""

from __future__ import annotations

from typing import Any

from waddleai.core.api import ClientApi
from waddleai.core.errors import (
    GatewayError,
    bad_request,
    model_not_found,
    model_not_permitted,
    unauthorized,
)
from waddleai.providers.errors import UpstreamError
from waddleai.translate import TranslationError, anthropic_error_body, openai_error_body

Dialect = ClientApi  # the name the handlers used before the core module existed

__all__ = [
    "Dialect",
    "GatewayError",
    "bad_request",
    "error_body",
    "error_headers",
    "error_status",
    "from_translation",
    "from_upstream",
    "model_not_found",
    "model_not_permitted",
    "unauthorized",
]


# The gateway's error types as each API names them. Absent: the type is used as it is
# (quota_exceeded and budget_exceeded are documented for both APIs); None: the API's
# default for the status (Anthropic SDKs and Claude Code only know their own types).
_ANTHROPIC_TYPE: dict[str, str | None] = {
    "security_violation": "invalid_request_error",
    "request_timeout": None,
}


def error_body(err: GatewayError, api: ClientApi) -> dict[str, Any]:
    if api == "anthropic":
        error_type = err.error_type
        if error_type in _ANTHROPIC_TYPE:
            error_type = _ANTHROPIC_TYPE[error_type]
        return anthropic_error_body(
            err.message, err.status, error_type=error_type, details=err.details
        )
    return openai_error_body(
        err.message, err.status, code=err.code, error_type=err.error_type, details=err.details
    )


def error_status(err: GatewayError, api: ClientApi) -> int:
    """The HTTP status in `api`: Anthropic signals overload with 529, not 503."""
    if api == "anthropic" and err.status == 503 and err.error_type is None:
        return 529
    return err.status


def error_headers(err: GatewayError) -> dict[str, str]:
    if err.retryable:
        return err.headers
    return {**err.headers, "x-should-retry": "false"}


def from_upstream(exc: UpstreamError) -> GatewayError:
    """The client-facing error for an upstream failure.

    Its type is left to the client's API, chosen from the status: the upstream's `kind`
    words (`timeout`, `service_unavailable`) are not Anthropic error types, and Anthropic
    SDKs and Claude Code only know their own. The upstream's `code` is kept.
    """
    headers = {"Retry-After": exc.retry_after} if exc.retry_after else {}
    err = GatewayError(exc.status, exc.message, headers=headers, code=getattr(exc, "code", None))
    err.from_upstream = True
    return err


def from_translation(exc: TranslationError) -> GatewayError:
    return GatewayError(exc.status, exc.message, error_type=exc.error_type)
