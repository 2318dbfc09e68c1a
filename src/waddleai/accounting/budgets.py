"""Budgets (USD per day, ISO week or month, on a key, user or org) and their alerts.

A budget is a limit the quota gate enforces (429 `budget_exceeded`) plus alert
thresholds in percent. After each settlement the gate hands the budget's new spend to
`BudgetAlerter.check`; every threshold reached for the first time in the period is
stored in `budget_alerts` - whose unique (budget, period, threshold) constraint makes it
fire once per period even with several replicas - then logged at WARNING and, when the
budget names a `webhook_url`, POSTed there as JSON (best effort, 5 s timeout). aiohttp
is imported for the first webhook only: the proxy's own upstream client is
waddleai.transport, and aiohttp costs ~10 MB resident in every proxy process.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, or_, select
from sqlalchemy.exc import IntegrityError

from waddleai.accounting.limits import Rule, period_tag
from waddleai.store.usage_models import Budget, BudgetAlert

if TYPE_CHECKING:
    import aiohttp

log = logging.getLogger("waddleai.accounting.budgets")


class BudgetAlerter:
    """Detects threshold crossings and delivers each alert once (see module docstring)."""

    def __init__(self, store: Any) -> None:
        self.store = store
        self._sent: set[tuple[int, str, int]] = set()
        self._tasks: set[asyncio.Task[Any]] = set()
        self._http: aiohttp.ClientSession | None = None

    def check(self, rule: Rule, counter_key: str, spent_micros: int, now: datetime) -> None:
        """Schedule an alert for each threshold `spent` has reached, not yet sent."""
        if rule.budget_id is None or rule.limit <= 0:
            return
        period = period_tag(rule.period, now)
        percent = spent_micros * 100 / rule.limit
        for threshold in rule.thresholds:
            key = (rule.budget_id, period, threshold)
            if percent >= threshold and key not in self._sent:
                self._sent.add(key)
                task = asyncio.get_running_loop().create_task(
                    self._deliver(rule, period, threshold, spent_micros / 1_000_000)
                )
                self._tasks.add(task)
                task.add_done_callback(self._tasks.discard)

    async def _deliver(self, rule: Rule, period: str, threshold: int, spent: float) -> None:
        limit = rule.limit / 1_000_000
        payload = {
            "type": "budget_alert",
            "budget_id": rule.budget_id,
            "scope_type": rule.scope,
            "scope_id": rule.scope_id,
            "budget_type": rule.period,
            "period": period,
            "threshold": threshold,
            "spent_usd": round(spent, 6),
            "budget_limit": limit,
        }
        try:
            async with self.store.transaction() as tx:
                tx.session.add(
                    BudgetAlert(
                        budget_id=rule.budget_id,
                        period=period,
                        threshold=threshold,
                        spent_usd=spent,
                        budget_limit=limit,
                        details=payload,
                    )
                )
        except IntegrityError:
            return  # another replica (or an earlier run) already raised this alert
        except Exception:
            log.exception("could not store budget alert %s", payload)
            return
        log.warning("budget alert", extra={"fields": payload})
        if rule.webhook_url:
            await self._post(rule.webhook_url, payload)

    async def _post(self, url: str, payload: dict[str, Any]) -> None:
        if self._http is None:
            import aiohttp

            self._http = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=5))
        try:
            async with self._http.post(url, json=payload) as response:
                if response.status >= 400:
                    log.warning("budget webhook %s answered %s", url, response.status)
        except Exception as exc:
            log.warning("budget webhook %s failed: %s", url, exc)

    async def close(self) -> None:
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)
        if self._http is not None:
            await self._http.close()
            self._http = None


async def upsert_budget(store: Any, scope: str, scope_id: str, fields: dict[str, Any]) -> Budget:
    """Create or replace the (scope, budget_type) budget; replicas reload their limits."""
    async with store.transaction() as tx:
        query = select(Budget).where(
            Budget.scope_type == scope,
            Budget.scope_id == scope_id,
            Budget.budget_type == fields["budget_type"],
        )
        budget = (await tx.session.execute(query)).scalar_one_or_none()
        if budget is None:
            budget = Budget(scope_type=scope, scope_id=scope_id, **fields)
            tx.session.add(budget)
        else:
            for name, value in fields.items():
                setattr(budget, name, value)
        await tx.session.flush()
        await tx.touch("budgets")
    return budget


async def budgets_for(store: Any, scopes: list[tuple[str, str]]) -> list[Budget]:
    if not scopes:
        return []
    wanted = or_(*[and_(Budget.scope_type == s, Budget.scope_id == i) for s, i in scopes])
    async with store.session() as session:
        query = select(Budget).where(wanted).order_by(Budget.id)
        return list((await session.execute(query)).scalars())


async def alerts_for(store: Any, budget_ids: list[int]) -> list[BudgetAlert]:
    if not budget_ids:
        return []
    async with store.session() as session:
        query = (
            select(BudgetAlert)
            .where(BudgetAlert.budget_id.in_(budget_ids))
            .order_by(BudgetAlert.period, BudgetAlert.threshold)
        )
        return list((await session.execute(query)).scalars())
