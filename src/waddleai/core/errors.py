"""The gateway's domain errors: what went wrong, independent of any wire format.

Raised anywhere below the proxy (accounting, routing, the pipeline's stages); the proxy
renders them in the client's own API with one table (proxy/errors.py).
"""

from __future__ import annotations

from typing import Any


class GatewayError(Exception):
    """A client-visible failure: status, message, and optional type/code/details/headers.

    `error_type` names the failure in the gateway's terms (`quota_exceeded`,
    `security_violation`, …); the renderer maps it to each API's own types.
    """

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

    @property
    def retryable(self) -> bool:
        """Whether repeating the same request may succeed (SDKs honour x-should-retry)."""
        return self.status in (408, 409, 429) or self.status >= 500


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


def model_not_permitted(model: str) -> GatewayError:
    return GatewayError(
        403,
        f"This API key is not permitted to use the model '{model}'",
        code="model_not_permitted",
    )


def rate_limited(limit: int, retry_after: float) -> GatewayError:
    retry = max(1, int(retry_after + 0.999))
    return GatewayError(
        429,
        f"Rate limit of {limit} requests per minute exceeded for this API key; retry in {retry} s",
        code="rate_limit_exceeded",
        headers={"Retry-After": str(retry)},
    )
