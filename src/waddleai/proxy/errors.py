"""Every failure the proxy can answer with, rendered in the caller's own API format.

Handlers raise `GatewayError`; the dialect of the route (OpenAI or Anthropic) decides the
body shape, so no handler builds error JSON itself.
"""

from __future__ import annotations

from typing import Any, Literal

from waddleai.providers.errors import UpstreamError
from waddleai.translate import TranslationError, anthropic_error_body, openai_error_body

Dialect = Literal["openai", "anthropic"]


class GatewayError(Exception):
    """A client-visible failure: status, message, and optional type/code/details/headers."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        error_type: str | None = None,
        code: str | None = None,
        details: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.error_type = error_type
        self.code = code
        self.details = details
        self.headers = headers or {}
        self.from_upstream = False

    def body(self, dialect: Dialect) -> dict[str, Any]:
        if dialect == "anthropic":
            return anthropic_error_body(
                self.message, self.status, error_type=self.error_type, details=self.details
            )
        return openai_error_body(
            self.message,
            self.status,
            code=self.code,
            error_type=self.error_type,
            details=self.details,
        )

    @classmethod
    def from_upstream(cls, exc: UpstreamError) -> GatewayError:
        """The client-facing error for an upstream failure.

        Its type is left to the client's dialect, chosen from the status: the upstream's
        `kind` words (`timeout`, `service_unavailable`) are not Anthropic error types, and
        Anthropic SDKs and Claude Code only know their own.
        """
        headers = {"Retry-After": exc.retry_after} if exc.retry_after else {}
        err = cls(exc.status, exc.message, headers=headers)
        err.from_upstream = True
        return err

    def status_for(self, dialect: Dialect) -> int:
        """The HTTP status in `dialect`: Anthropic signals overload with 529, not 503."""
        if dialect == "anthropic" and self.status == 503 and self.error_type is None:
            return 529
        return self.status

    @classmethod
    def from_translation(cls, exc: TranslationError) -> GatewayError:
        return cls(exc.status, exc.message, error_type=exc.error_type)


def bad_request(message: str, code: str | None = None) -> GatewayError:
    return GatewayError(400, message, code=code)


def unauthorized(message: str = "Invalid or missing API key") -> GatewayError:
    return GatewayError(401, message, code="invalid_api_key")


def model_not_found(model: str) -> GatewayError:
    return GatewayError(
        404,
        f"The model '{model}' does not exist or you do not have access to it. "
        "List the models you can use with GET /v1/models.",
        code="model_not_found",
    )
