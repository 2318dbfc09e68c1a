"""Quota and budget enforcement: reserve before the upstream call, settle after.

Per request, only when the principal has a quota or budget (otherwise nothing at all):

1. `admit`: estimate the charge (offline prompt count + output reservation, see
   accounting/meter.py) and reserve it on every counter that applies - user, key and org
   x day and month for quotas (WaddleAI tokens), each budget's period (micro-USD) - in
   one atomic operation (one Lua call with Redis). If any would pass its limit nothing is
   reserved and the client gets 429 `quota_exceeded` / `budget_exceeded`.
2. `on_usage` (a usage sink, called once per finished request with the real charge):
   adjust every reserved counter by (actual - reserved); a failed request releases its
   whole reservation. Budget counters then check alert thresholds (budgets.py).

If Redis is unreachable the gate fails open (serves, logs a warning): quotas are a billing
control, an outage of the counter store must not take the gateway down.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from waddleai.accounting.counters import Item, MemoryCounters, RedisCounters
from waddleai.accounting.limits import (
    SCOPE_NAMES,
    LimitTable,
    Rule,
    load_table,
    seed_values,
    subscribe_all,
    ttl_seconds,
)
from waddleai.accounting.meter import Estimate, Meter, usd_micros
from waddleai.accounting.reports import scope_tokens_used
from waddleai.auth.principal import Principal
from waddleai.core.errors import GatewayError
from waddleai.core.usage import UsageEvent

log = logging.getLogger("waddleai.accounting")
HOLD = "_quota_hold"  # event.extra key; private to the gate


@dataclass(slots=True)
class Hold:
    """What `admit` reserved: the rules, their counter items, and the amounts."""

    rules: list[Rule]
    items: list[Item]


class QuotaGate:
    """See module docstring. `alerts` is a budgets.BudgetAlerter (or None)."""

    def __init__(
        self, store: Any, meter: Meter, prefix: str, redis: Any = None, alerts: Any = None
    ) -> None:
        self.store = store
        self.meter = meter
        self.prefix = prefix
        self.counters: MemoryCounters | RedisCounters = (
            RedisCounters(redis) if redis is not None else MemoryCounters()
        )
        self.alerts = alerts
        self.table = LimitTable()
        self._tasks: set[asyncio.Task[Any]] = set()
        self._unsubscribe: list[Any] = []
        self._reload_lock = asyncio.Lock()
        # Writes this replica's buffered usage records before counters are seeded from
        # the aggregates (set by the proxy to the usage recorder's flush).
        self.before_seed: Callable[[], Awaitable[object]] | None = None

    async def start(self) -> None:
        await self.reload()
        self._unsubscribe = subscribe_all(self.store.changes, self._on_change)

    def _on_change(self, kind: str, info: dict[str, Any]) -> None:
        self._spawn(self.reload())

    async def reload(self) -> None:
        """Re-read every limit; raise counters to the usage already recorded.

        Usage still in the write buffer is flushed first, so a limit set mid-period
        counts everything used in that period. Counters are seeded again after the new
        table is in place: requests that settled in between were not yet counted.
        """
        async with self._reload_lock:
            try:
                table = await self._load_and_seed(None)
            except Exception:
                log.exception("could not load quotas and budgets; keeping the previous ones")
                return
            self.table = table
            try:
                await self._load_and_seed(table)
            except Exception:
                log.warning("could not re-seed quota counters", exc_info=True)

    async def _load_and_seed(self, table: LimitTable | None) -> LimitTable:
        if self.before_seed is not None:
            await self.before_seed()
        now = datetime.now(UTC)
        async with self.store.session() as session:
            if table is None:
                table = await load_table(session)
            seeds = await seed_values(session, table, self.prefix, now)
        await self.counters.seed(seeds)
        return table

    def rules_for(self, principal: Principal) -> list[Rule]:
        return self.table.rules_for(principal)

    async def admit(self, principal: Principal, estimate: Estimate) -> Hold | None:
        """Reserve the request's maximum charge, or raise 429 (see module docstring)."""
        rules = self.table.rules_for(principal)
        if not rules:
            return None
        now = datetime.now(UTC)
        items = [
            Item(
                rule.counter_key(self.prefix, now),
                rule.limit,
                estimate.waddleai_tokens if rule.unit == "tokens" else estimate.usd_micros,
                ttl_seconds(rule.period, now),
            )
            for rule in rules
        ]
        try:
            outcome = await self.counters.reserve(items)
        except Exception as exc:
            log.warning("quota counters unavailable, admitting without a check: %s", exc)
            return None
        if not outcome.allowed:
            raise await self._refusal(rules, items, outcome.failed, outcome.values, now)
        return Hold(rules, items)

    async def _refusal(
        self, rules: list[Rule], items: list[Item], failed: int, values: list[int], now: datetime
    ) -> GatewayError:
        rule = rules[failed]
        if rule.unit == "usd":
            spent = values[failed] / 1_000_000
            limit = rule.limit / 1_000_000
            return GatewayError(
                429,
                f"{rule.period.capitalize()} budget of ${limit:.2f} exceeded",
                error_type="budget_exceeded",
                details={
                    "budget_type": rule.period,
                    "budget_limit": limit,
                    "spent_usd": round(spent, 6),
                    "scope": rule.scope,
                },
            )
        used = {
            (r.scope, r.period): v for r, v in zip(rules, values, strict=True) if r.unit == "tokens"
        }
        limits = {(r.scope, r.period): r.limit for r in rules if r.unit == "tokens"}
        scope = rule.scope
        details: dict[str, Any] = {"scope": scope}
        for period in ("daily", "monthly"):
            details[f"{period}_used"] = used.get((scope, period))
            details[f"{period}_limit"] = limits.get((scope, period))
        await self._fill_unlimited(details, rule)
        details["requested"] = items[failed].amount
        message = f"{rule.period.capitalize()} token quota exceeded"
        if scope != "user":
            message += f" ({SCOPE_NAMES[scope]} quota)"
        return GatewayError(429, message, error_type="quota_exceeded", details=details)

    async def _fill_unlimited(self, details: dict[str, Any], rule: Rule) -> None:
        """A period without a limit still reports what was used (from the aggregates)."""
        for period in ("daily", "monthly"):
            if details[f"{period}_used"] is None:
                details[f"{period}_used"] = await scope_tokens_used(
                    self.store, rule.scope, rule.scope_id, period
                )

    def on_usage(self, event: UsageEvent) -> None:
        """Usage sink: settle the reservation (or count a request admitted without one)."""
        hold: Hold | None = event.extra.pop(HOLD, None)  # type: ignore[assignment]
        if hold is None:
            if event.principal is None:
                return
            rules = self.table.rules_for(event.principal)
            if not rules:
                return
            hold = Hold(rules, [])
        self._spawn(self._settle(hold, event))

    def release(self, hold: Hold) -> None:
        """Give back a reservation whose request failed before it was recorded."""
        items = [Item(i.key, i.limit, -i.amount, i.ttl) for i in hold.items]
        self._spawn(self.counters.adjust(items))

    async def _settle(self, hold: Hold, event: UsageEvent) -> None:
        tokens = int(event.extra.get("waddleai_tokens") or 0)
        micros = usd_micros(float(event.extra.get("cost_usd") or 0.0))  # type: ignore[arg-type]
        now = datetime.now(UTC)
        items = []
        for index, rule in enumerate(hold.rules):
            actual = tokens if rule.unit == "tokens" else micros
            if index < len(hold.items):
                reserved = hold.items[index]
                items.append(
                    Item(reserved.key, reserved.limit, actual - reserved.amount, reserved.ttl)
                )
            else:
                key, ttl = rule.counter_key(self.prefix, now), ttl_seconds(rule.period, now)
                items.append(Item(key, rule.limit, actual, ttl))
        try:
            values = await self.counters.adjust(items)
        except Exception as exc:
            log.warning("could not settle quota counters for %s: %s", event.request_id, exc)
            return
        if self.alerts is not None:
            for rule, item, value in zip(hold.rules, items, values, strict=True):
                if rule.unit == "usd" and rule.thresholds:
                    self.alerts.check(rule, item.key, value, now)

    async def usage(self, principal: Principal) -> dict[tuple[str, str, str], tuple[int, int]]:
        """Live counters of the principal's rules: (unit, scope, period) -> (limit, value).

        One snapshot of the rules, so a concurrent reload cannot mismatch limits and values.
        """
        rules = self.table.rules_for(principal)
        now = datetime.now(UTC)
        values = await self.counters.read([r.counter_key(self.prefix, now) for r in rules])
        return {
            (r.unit, r.scope, r.period): (r.limit, v) for r, v in zip(rules, values, strict=True)
        }

    def _spawn(self, coro: Any) -> None:
        task = asyncio.get_running_loop().create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def close(self) -> None:
        """Finish pending settlements (graceful shutdown); stop listening for changes."""
        for unsubscribe in self._unsubscribe:
            unsubscribe()
        self._unsubscribe = []
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)
        if self.alerts is not None:
            await self.alerts.close()
