"""MAX_CONCURRENT_REQUESTS: a slot per model request, taken only once its body is read.

Slots are taken here rather than at the door so that clients trickling a body in cannot
hold them (an attack that turned every real client away with 503), and so that
liveness, readiness and metrics are never refused for load. The slot is given back by
settlement, when the answer (or stream) has ended.
"""

from __future__ import annotations

from typing import ClassVar

from waddleai.core.errors import GatewayError
from waddleai.pipeline.exchange import Exchange
from waddleai.pipeline.stage import Stage


class Admit(Stage):
    name: ClassVar[str] = "admit"

    def __init__(self, limit: int) -> None:
        self.limit = limit

    async def enter(self, ex: Exchange) -> None:
        runtime = ex.runtime
        if runtime.in_flight >= self.limit:
            raise GatewayError(
                503,
                "The gateway is at MAX_CONCURRENT_REQUESTS; retry shortly",
                headers={"Retry-After": "1"},
            )
        runtime.in_flight += 1
        ex.state["slot"] = True
