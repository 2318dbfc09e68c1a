"""Error type and error-body builders for both client dialects.

The gateway must answer every failure in the dialect the *client* speaks, so the
translators raise one neutral :class:`TranslationError` and the proxy renders it with
:func:`openai_error_body` or :func:`anthropic_error_body`.
"""

from __future__ import annotations

import re
from typing import Any

from waddleai.translate.sse import encode_event

# OpenAI error ``type`` (and default ``code``) per HTTP status. OpenAI itself uses
# "invalid_request_error" for most 4xx; for 5xx we use descriptive gateway types.
_OPENAI_TYPES: dict[int, tuple[str, str | None]] = {
    400: ("invalid_request_error", None),
    401: ("invalid_request_error", "invalid_api_key"),
    403: ("permission_error", None),
    404: ("invalid_request_error", None),
    413: ("invalid_request_error", "request_too_large"),
    429: ("rate_limit_error", None),
    500: ("api_error", None),
    502: ("upstream_error", None),
    503: ("service_unavailable", None),
    504: ("timeout", None),
}

# Anthropic documents these types; other statuses fall back by class (4xx / 5xx).
_ANTHROPIC_TYPES: dict[int, str] = {
    400: "invalid_request_error",
    401: "authentication_error",
    402: "billing_error",
    403: "permission_error",
    404: "not_found_error",
    413: "request_too_large",
    429: "rate_limit_error",
    500: "api_error",
    502: "api_error",
    503: "overloaded_error",
    504: "api_error",
    529: "overloaded_error",
}


# Anthropic error types → the OpenAI ``code`` an OpenAI client would see for the same.
_ANTHROPIC_CODES: dict[str, str] = {
    "authentication_error": "invalid_api_key",
    "permission_error": "permission_denied",
    "not_found_error": "not_found",
    "request_too_large": "request_too_large",
    "rate_limit_error": "rate_limit_exceeded",
    "billing_error": "insufficient_quota",
    "overloaded_error": "overloaded",
}
# How providers word a prompt over the context window when they send no code
# (Anthropic "prompt is too long", vLLM/OpenAI "maximum context length").
_CONTEXT_WORDS = re.compile(
    r"prompt is too long|maximum context length|context[ _]length|context window", re.IGNORECASE
)
_CODE_SHAPE = re.compile(r"^[A-Za-z0-9_.\-]{1,64}$")


def openai_error_code(upstream_code: Any, message: str = "") -> str | None:
    """The OpenAI error ``code`` for an upstream failure, so OpenAI clients can branch on it.

    An OpenAI-style code (``context_length_exceeded``, ``invalid_api_key``...) is kept;
    an Anthropic error type maps to its OpenAI equivalent; a prompt over the context
    window is recognised from its message when the upstream gives no code. Anything
    that is not a short identifier is dropped rather than echoed.
    """
    code = str(upstream_code) if isinstance(upstream_code, str | int) else ""
    if _CONTEXT_WORDS.search(message or "") and code in ("", "invalid_request_error"):
        return "context_length_exceeded"
    code = _ANTHROPIC_CODES.get(code, code)
    if code in ("", "invalid_request_error", "api_error") or not _CODE_SHAPE.match(code):
        return None
    return code


class TranslationError(Exception):
    """A request or response could not be translated.

    Carries an HTTP status and an error type so the proxy can answer the client
    without knowing which translator failed.
    """

    def __init__(
        self, message: str, status: int = 400, error_type: str = "invalid_request_error"
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        self.error_type = error_type

    def __repr__(self) -> str:
        return f"TranslationError({self.message!r}, status={self.status}, type={self.error_type!r})"


def openai_error_body(
    message: str,
    status: int,
    *,
    code: str | None = None,
    error_type: str | None = None,
    details: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Build an OpenAI-style ``{"error": {...}}`` body.

    OpenAI SDKs read ``error.message``/``type``/``code``; an explicit type or code wins
    over the per-status default.
    """
    default_type, default_code = _OPENAI_TYPES.get(
        status, ("invalid_request_error" if status < 500 else "api_error", None)
    )
    error: dict[str, Any] = {
        "message": message,
        "type": error_type or default_type,
        "code": code if code is not None else default_code,
    }
    if details is not None:
        error["details"] = details
    return {"error": error}


def anthropic_error_type(status: int) -> str:
    """Return the Anthropic error type for an HTTP status."""
    found = _ANTHROPIC_TYPES.get(status)
    if found is not None:
        return found
    return "invalid_request_error" if status < 500 else "api_error"


def anthropic_error_body(
    message: str,
    status: int,
    *,
    error_type: str | None = None,
    details: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Build an Anthropic-style ``{"type": "error", "error": {...}}`` body.

    Anthropic SDKs map the HTTP status to an exception class and show ``error.type``;
    an explicit type (e.g. ``"quota_exceeded"``) wins over the per-status default.
    """
    error: dict[str, Any] = {
        "type": error_type or anthropic_error_type(status),
        "message": message,
    }
    if details is not None:
        error["details"] = details
    return {"type": "error", "error": error}


def anthropic_stream_error_event(message: str, error_type: str = "api_error") -> bytes:
    """Encode an Anthropic ``error`` SSE event, used once a 200 stream has started."""
    body = {"type": "error", "error": {"type": error_type, "message": message}}
    return encode_event("error", body)
