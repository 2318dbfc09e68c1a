"""Who is asking: the client key from any header the SDKs use, checked from the cache."""

from __future__ import annotations

from typing import ClassVar

from starlette.datastructures import Headers

from waddleai.auth.principal import Principal
from waddleai.auth.store_keys import KeyStoreUnavailable
from waddleai.core.errors import GatewayError, unauthorized
from waddleai.pipeline.exchange import Exchange
from waddleai.pipeline.stage import Stage


def client_key(headers: Headers) -> str | None:
    """The client's key from `Authorization: Bearer`, `x-api-key` or `api-key`."""
    auth = headers.get("authorization")
    if auth:
        scheme, _, token = auth.partition(" ")
        if scheme.lower() == "bearer" and token.strip():
            return token.strip()
    return headers.get("x-api-key") or headers.get("api-key") or None


async def authenticate(headers: Headers, authenticator: object) -> Principal:
    """The key's principal, or 401 / 503 (key store down and the key not cached)."""
    key = client_key(headers)
    if not key:
        raise unauthorized(
            "Missing API key: send it as 'Authorization: Bearer wa-…' or 'x-api-key: wa-…'"
        )
    try:
        principal = await authenticator.authenticate(key)  # type: ignore[attr-defined]
    except KeyStoreUnavailable:
        raise GatewayError(
            503, "The key store is unavailable; retry shortly", headers={"Retry-After": "1"}
        ) from None
    if principal is None:
        raise unauthorized("Invalid, expired or revoked API key")
    return principal


class Authenticate(Stage):
    name: ClassVar[str] = "authenticate"

    async def enter(self, ex: Exchange) -> None:
        ex.principal = await authenticate(ex.request.headers, ex.runtime.authenticator)
        ex.usage.principal = ex.principal
