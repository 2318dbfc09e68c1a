"""Read-only queries behind the portal's pages, each narrowed by the policy's scope.

Reports come from the daily aggregates (accounting/reports.py); the requests list is
one keyset-paginated query on `usage_records` (newest first, `id < cursor`), served by
the indexes of migration 0007_portal_indexes whatever the table's size.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import and_, or_, select

from waddleai.accounting.limits import period_start
from waddleai.accounting.reports import Scope, aggregate, since_days
from waddleai.mgmt.policy import Actor, analytics_scope
from waddleai.store.models import ApiKey, Organization, User, UserOrg
from waddleai.store.usage_models import Budget, BudgetAlert, UsageRecord

PAGE_SIZE = 50


def report_scope(actor: Actor) -> Scope:
    """The usage rows the actor may see, as the analytics API computes it."""
    user_id, org_ids = analytics_scope(actor)
    return Scope(user_id=user_id, org_ids=None if user_id is not None else org_ids)


def sees_others(actor: Actor) -> bool:
    return analytics_scope(actor)[0] is None


def _record_clauses(scope: Scope) -> list[Any]:
    """`Scope` applied to per-request rows (reports apply it to the aggregates)."""
    return scope.clauses(UsageRecord)


@dataclass(frozen=True)
class RequestFilter:
    model: str | None = None
    provider: str | None = None
    key_id: str | None = None
    user_id: int | None = None
    status: str | None = None  # "ok" | "error"
    before: int | None = None  # keyset cursor: rows with id < before


async def recent_requests(store: Any, scope: Scope, wanted: RequestFilter) -> list[UsageRecord]:
    """One page (PAGE_SIZE + 1 rows, to know whether another page follows)."""
    clauses = _record_clauses(scope)
    if wanted.model:
        clauses.append(UsageRecord.model == wanted.model)
    if wanted.provider:
        clauses.append(UsageRecord.provider == wanted.provider)
    if wanted.key_id:
        clauses.append(UsageRecord.key_id == wanted.key_id)
    if wanted.user_id is not None:
        clauses.append(UsageRecord.user_id == wanted.user_id)
    if wanted.status == "ok":
        clauses.append(UsageRecord.status < 400)
    elif wanted.status == "error":
        clauses.append(UsageRecord.status >= 400)
    if wanted.before is not None:
        clauses.append(UsageRecord.id < wanted.before)
    query = select(UsageRecord).order_by(UsageRecord.id.desc()).limit(PAGE_SIZE + 1)
    if clauses:
        query = query.where(and_(*clauses))
    async with store.session() as session:
        return list((await session.execute(query)).scalars())


async def user_names(store: Any, ids: set[int]) -> dict[int, str]:
    ids = {i for i in ids if i}
    if not ids:
        return {}
    async with store.session() as session:
        rows = await session.execute(select(User.id, User.username).where(User.id.in_(ids)))
    return {int(i): name for i, name in rows.all()}


async def key_names(store: Any, ids: set[str]) -> dict[str, str]:
    numeric = {int(i) for i in ids if i and i.isdigit()}
    if not numeric:
        return {}
    query = select(ApiKey.id, ApiKey.name, ApiKey.key_prefix).where(ApiKey.id.in_(numeric))
    async with store.session() as session:
        rows = (await session.execute(query)).all()
    return {str(i): f"{name} ({prefix}…)" for i, name, prefix in rows}


async def org_names(store: Any, ids: set[int]) -> dict[int, str]:
    ids = {i for i in ids if i}
    if not ids:
        return {}
    query = select(Organization.id, Organization.name).where(Organization.id.in_(ids))
    async with store.session() as session:
        return {int(i): name for i, name in (await session.execute(query)).all()}


async def user_choices(store: Any, org_ids: frozenset[int] | None) -> list[Any]:
    """(id, username, role) of the users listed in `org_ids` (None: all), for a <select>."""
    query = select(User.id, User.username, User.role).order_by(User.username).limit(500)
    if org_ids is not None:
        members = select(UserOrg.user_id).where(UserOrg.org_id.in_(list(org_ids)))
        query = query.where(User.id.in_(members))
    async with store.session() as session:
        return list((await session.execute(query)).all())


def month_start(now: datetime | None = None) -> date:
    return period_start("monthly", now or datetime.now(UTC))


async def dashboard_figures(store: Any, scope: Scope) -> dict[str, Any]:
    """Today, this month, the last 30 days per day, top models and users."""
    today = datetime.now(UTC).date()
    month = month_start()
    daily = await aggregate(store, scope, ("day",), min(since_days(30), month))
    by_day = {row["day"]: row for row in daily}
    empty = {"requests": 0, "errors": 0, "waddleai_tokens": 0, "cost_usd": 0.0}
    month_rows = [r for d, r in by_day.items() if d >= month.isoformat()]
    totals_month = {k: sum(r[k] for r in month_rows) for k in empty}
    chart = [
        by_day.get((day := since_days(30) + timedelta(days=i)).isoformat(), {**empty, "day": day})
        for i in range(30)
    ]
    models = await aggregate(store, scope, ("provider", "model"), month)
    users = await aggregate(store, scope, ("user_id",), month)
    top_users = sorted(users, key=lambda r: -r["waddleai_tokens"])[:5]
    names = await user_names(store, {r["user_id"] for r in top_users})
    return {
        "today": by_day.get(today.isoformat(), empty),
        "month": totals_month,
        "chart": [{**empty, **row, "day": str(row["day"])} for row in chart],
        "top_models": sorted(models, key=lambda r: -r["waddleai_tokens"])[:5],
        "top_users": [{**r, "username": names.get(r["user_id"], "—")} for r in top_users],
    }


async def budgets_in_scope(store: Any, actor: Actor, scope: Scope) -> list[dict[str, Any]]:
    """Budgets on keys, users or orgs the actor may see, each with its latest alerts."""
    query = select(Budget).order_by(Budget.id).limit(200)
    if not actor.is_admin:
        async with store.session() as session:
            key_clause = ApiKey.user_id == actor.user_id
            if scope.org_ids is not None:
                key_clause = or_(key_clause, ApiKey.org_id.in_(list(scope.org_ids)))
            keys = (await session.execute(select(ApiKey.id).where(key_clause))).scalars()
        wanted = [and_(Budget.scope_type == "user", Budget.scope_id == str(actor.user_id))]
        wanted.append(and_(Budget.scope_type == "key", Budget.scope_id.in_([str(k) for k in keys])))
        if scope.org_ids:
            orgs = [str(o) for o in scope.org_ids]
            wanted.append(and_(Budget.scope_type == "org", Budget.scope_id.in_(orgs)))
        query = query.where(or_(*wanted))
    async with store.session() as session:
        budgets = list((await session.execute(query)).scalars())
        ids = [b.id for b in budgets]
        alerts: list[BudgetAlert] = []
        if ids:
            alert_query = (
                select(BudgetAlert)
                .where(BudgetAlert.budget_id.in_(ids))
                .order_by(BudgetAlert.id.desc())
                .limit(100)
            )
            alerts = list((await session.execute(alert_query)).scalars())
    now = datetime.now(UTC)
    return [
        {
            "budget": b,
            "alerts": [a for a in alerts if a.budget_id == b.id][:5],
            "spent": await _spent(store, b, now) if i < SPEND_SHOWN else None,
        }
        for i, b in enumerate(budgets)
    ]


SPEND_SHOWN = 50  # budgets whose spend this period is computed (one indexed query each)


async def _spent(store: Any, budget: Budget, now: datetime) -> float:
    """USD spent in the budget's current period, from the daily aggregates."""
    if budget.scope_type == "key":
        scope = Scope(key_id=budget.scope_id)
    elif budget.scope_type == "user" and budget.scope_id.isdigit():
        scope = Scope(user_id=int(budget.scope_id))
    elif budget.scope_id.isdigit():
        scope = Scope(org_ids=frozenset({int(budget.scope_id)}))
    else:
        return 0.0
    rows = await aggregate(store, scope, since=period_start(budget.budget_type, now))
    return float(rows[0]["cost_usd"]) if rows else 0.0
