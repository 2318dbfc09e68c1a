"""Quotas and budgets: reserve the most this request may cost before calling, or 429.

The reservation is settled to the real charge (or released on failure) in settle.py.
"""

from __future__ import annotations

from typing import ClassVar

from waddleai.pipeline.exchange import Exchange
from waddleai.pipeline.stage import Stage


class Reserve(Stage):
    name: ClassVar[str] = "reserve"

    def __init__(self, gate: object) -> None:
        self.gate = gate

    async def enter(self, ex: Exchange) -> None:
        if not ex.operation.charged or ex.principal is None:
            return
        if not self.gate.rules_for(ex.principal):  # type: ignore[attr-defined]
            return  # no quota or budget applies: nothing to estimate or reserve
        model = ex.route.upstream_model if ex.route is not None else ex.model
        estimate = ex.operation.estimate(ex, self.gate.meter, model)  # type: ignore[attr-defined]
        ex.hold = await self.gate.admit(ex.principal, estimate)  # type: ignore[attr-defined]
