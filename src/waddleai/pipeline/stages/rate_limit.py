"""The key's requests-per-minute limit, shared by every replica through Redis."""

from __future__ import annotations

from typing import ClassVar

from waddleai.core.errors import rate_limited
from waddleai.pipeline.exchange import Exchange
from waddleai.pipeline.stage import Stage


class RateLimit(Stage):
    name: ClassVar[str] = "rate_limit"

    def __init__(self, limiter: object) -> None:
        self.limiter = limiter

    async def enter(self, ex: Exchange) -> None:
        principal = ex.principal
        if principal is None or not principal.rate_limit_rpm:
            return
        decision = await self.limiter.hit(principal.key_id, principal.rate_limit_rpm)  # type: ignore[attr-defined]
        if not decision.allowed:
            raise rate_limited(principal.rate_limit_rpm, decision.retry_after)
