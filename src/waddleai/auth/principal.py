"""The caller behind a client key, as the proxy hot path needs it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol


@dataclass(frozen=True, slots=True)
class Principal:
    """Everything the proxy must know about a key, built once and cached.

    `allowed_models` is None when the key may use every model.
    """

    key_id: str
    name: str = ""
    user_id: int | None = None
    org_id: int | None = None
    role: str = "user"
    allowed_models: frozenset[str] | None = None
    rate_limit_rpm: int | None = None
    cache_ttl: int | None = None  # response cache TTL of the key (else its org's), seconds
    extra: dict[str, object] = field(default_factory=dict, compare=False, hash=False)

    def may_use(self, *model_names: str) -> bool:
        """True when any of the names (as asked, or as resolved) is permitted."""
        if self.allowed_models is None or "*" in self.allowed_models:
            return True
        return any(name in self.allowed_models for name in model_names if name)


class KeyAuthenticator(Protocol):
    """Turns a raw client key into a Principal, or None when the key is not valid."""

    async def authenticate(self, raw_key: str) -> Principal | None: ...

    async def start(self) -> None: ...

    async def close(self) -> None: ...
