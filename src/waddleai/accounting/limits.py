"""Quota and budget LIMITS, cached in memory so the hot path never asks the database.

Loaded once at start and again whenever the change feed reports a change of `keys`,
`orgs`, `quotas` or `budgets` (the management API and the budget endpoints publish
those through `store.transaction()`), so a new limit applies on every replica within
about a second. Principals without any limit cost one dict lookup per request.

Periods are UTC calendar periods: a day starts at 00:00 UTC, a week on Monday 00:00 UTC
(ISO weeks), a month on the 1st at 00:00 UTC. Counters are keyed by period, so a
period "resets" simply by its key changing; old keys expire a day after their period.
"""

from __future__ import annotations

import json
import logging
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Text, func, select, type_coerce

from waddleai.auth.principal import Principal
from waddleai.config.bounds import valid_budget, valid_quota, valid_thresholds
from waddleai.observability.metrics import LIMIT_ROWS_SKIPPED
from waddleai.store.models import ApiKey, Organization, User
from waddleai.store.usage_models import BUDGET_TYPES, SCOPES, Budget, UsageDaily

log = logging.getLogger(__name__)

WATCHED_KINDS = ("keys", "orgs", "quotas", "budgets")
SLACK_SECONDS = 86_400
SCOPE_NAMES = {"user": "User", "key": "API key", "org": "Organization"}


@dataclass(frozen=True, slots=True)
class Rule:
    """One limit: on `scope`/`scope_id`, per `period` (daily|weekly|monthly).

    `unit` is "tokens" (quota, WaddleAI tokens) or "usd" (budget, limit in micro-USD).
    """

    unit: str
    scope: str
    scope_id: str
    period: str
    limit: int
    budget_id: int | None = None
    thresholds: tuple[int, ...] = ()
    webhook_url: str | None = None

    def counter_key(self, prefix: str, now: datetime) -> str:
        kind = "q" if self.unit == "tokens" else "usd"
        return f"{prefix}:acct:{kind}:{self.scope}:{self.scope_id}:{period_tag(self.period, now)}"


def period_start(period: str, now: datetime) -> date:
    today = now.astimezone(UTC).date()
    if period == "daily":
        return today
    if period == "weekly":
        return today - timedelta(days=today.weekday())
    return today.replace(day=1)


def period_end(period: str, now: datetime) -> datetime:
    start = period_start(period, now)
    if period == "daily":
        end = start + timedelta(days=1)
    elif period == "weekly":
        end = start + timedelta(days=7)
    else:
        end = (start.replace(day=28) + timedelta(days=4)).replace(day=1)
    return datetime(end.year, end.month, end.day, tzinfo=UTC)


def period_tag(period: str, now: datetime) -> str:
    start = period_start(period, now)
    if period == "daily":
        return "d" + start.strftime("%Y%m%d")
    if period == "weekly":
        year, week, _ = start.isocalendar()
        return f"w{year}W{week:02d}"
    return "m" + start.strftime("%Y%m")


def ttl_seconds(period: str, now: datetime) -> int:
    """Seconds until the period ends, plus a day of slack for late settlements."""
    return int((period_end(period, now) - now).total_seconds()) + SLACK_SECONDS


@dataclass
class LimitTable:
    """The cached rules, indexed by scope."""

    by_scope: dict[tuple[str, str], list[Rule]] = field(default_factory=dict)

    def add(self, rule: Rule) -> None:
        self.by_scope.setdefault((rule.scope, rule.scope_id), []).append(rule)

    def rules_for(self, principal: Principal) -> list[Rule]:
        """Every rule that applies to a request by `principal` (usually none)."""
        if not self.by_scope:
            return []
        rules: list[Rule] = []
        for scope in _scopes(principal):
            rules += self.by_scope.get(scope, ())
        return rules


def _scopes(principal: Principal) -> list[tuple[str, str]]:
    scopes = [("key", principal.key_id)]
    if principal.user_id is not None:
        scopes.append(("user", str(principal.user_id)))
    if principal.org_id is not None:
        scopes.append(("org", str(principal.org_id)))
    return scopes


async def load_table(session: Any) -> LimitTable:
    """Read every quota (users, keys, orgs) and budget: a few small queries.

    A row no API could have written (a budget of 1e308 USD, a negative quota, thresholds
    that are not percents) is skipped, logged and counted, and the rest still load: one
    bad row must never leave a replica with no limits (at start) or stale ones (reload).
    """
    table = LimitTable()
    sources: list[tuple[str, Any, Any]] = [
        ("user", User, User.id),
        ("key", ApiKey, ApiKey.id),
        ("org", Organization, Organization.id),
    ]
    for scope, model, ident in sources:
        query = select(ident, model.token_quota_daily, model.token_quota_monthly).where(
            (model.token_quota_daily.is_not(None)) | (model.token_quota_monthly.is_not(None))
        )
        for row_id, daily, monthly in (await session.execute(query)).all():
            for period, value in (("daily", daily), ("monthly", monthly)):
                if value is None:
                    continue
                if valid_quota(value):
                    table.add(Rule("tokens", scope, str(row_id), period, value))
                else:
                    skipped("quota", f"{scope} {row_id} {period} quota {value!r}")
    columns = (Budget.id, Budget.scope_type, Budget.scope_id, Budget.budget_type)
    columns += (Budget.budget_limit, type_coerce(Budget.alert_thresholds, Text))
    for row in (await session.execute(select(*columns, Budget.webhook_url))).all():
        rule = _budget_rule(*row)
        if rule is not None:
            table.add(rule)
    return table


def skipped(kind: str, what: str) -> None:
    LIMIT_ROWS_SKIPPED.labels(kind).inc()
    log.error("skipped an invalid %s row (not enforced until corrected): %s", kind, what)


def _budget_rule(
    ident: int, scope: str, scope_id: str, period: str, limit: Any, raw: Any, webhook: Any
) -> Rule | None:
    """The budget's rule; None (skipped) if its limit, scope or period is unusable."""
    what = f"budget {ident} ({scope} {scope_id} {period} ${limit!r})"
    if scope not in SCOPES or period not in BUDGET_TYPES or not valid_budget(limit):
        skipped("budget", what)
        return None
    try:
        thresholds = json.loads(raw) if isinstance(raw, str) else raw
    except ValueError:
        thresholds = None
    if not valid_thresholds(thresholds or []):  # the limit holds; only alerts are lost
        skipped("budget_thresholds", f"{what} thresholds {raw!r}")
        thresholds = []
    return Rule(
        unit="usd",
        scope=scope,
        scope_id=str(scope_id),
        period=period,
        limit=int(round(limit * 1_000_000)),
        budget_id=ident,
        thresholds=tuple(sorted(set(thresholds or ()))),
        webhook_url=webhook if isinstance(webhook, str) else None,
    )


async def seed_values(
    session: Any, table: LimitTable, prefix: str, now: datetime
) -> dict[str, tuple[int, int]]:
    """Counter values from the daily aggregates, so a restart does not reset a period."""
    rules = [r for rules in table.by_scope.values() for r in rules]
    if not rules:
        return {}
    since = min(period_start(r.period, now) for r in rules)
    columns = {"user": UsageDaily.user_id, "key": UsageDaily.key_id, "org": UsageDaily.org_id}
    seeds: dict[str, tuple[int, int]] = {}
    for scope, column in columns.items():
        scoped = [r for r in rules if r.scope == scope]
        if not scoped:
            continue
        query = (
            select(
                column,
                UsageDaily.day,
                func.sum(UsageDaily.waddleai_tokens),
                func.sum(UsageDaily.cost_usd),
            )
            .where(UsageDaily.day >= since)
            .group_by(column, UsageDaily.day)
        )
        sums = [(str(i), d, int(t or 0), _usd(c)) for i, d, t, c in await _rows(session, query)]
        for rule in scoped:
            start = period_start(rule.period, now)
            total = sum(
                (t if rule.unit == "tokens" else int(c * 1_000_000))
                for ident, day, t, c in sums
                if ident == rule.scope_id and day >= start
            )
            seeds[rule.counter_key(prefix, now)] = (total, ttl_seconds(rule.period, now))
    return seeds


def _usd(value: Any) -> float:
    """A usable cost sum: a NaN or infinite one (a row written before records were
    bounded) must not stop every limit from loading."""
    number = float(value or 0)
    return number if math.isfinite(number) else 0.0


async def _rows(session: Any, query: Any) -> list[Any]:
    return list((await session.execute(query)).all())


def subscribe_all(changes: Any, callback: Callable[[str, dict[str, Any]], object]) -> list[Any]:
    """Subscribe `callback` to every kind that can change a limit; returns unsubscribers."""
    return [changes.subscribe(kind, callback) for kind in WATCHED_KINDS]
