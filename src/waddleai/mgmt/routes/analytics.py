"""Usage analytics and quota management (`/analytics/...`), scoped by role.

Who sees what is decided in mgmt/policy.py (`analytics.read`, `quota.update`,
`analytics.system`, and `analytics_scope`); this module turns that scope into report
filters. Every report accepts `?format=csv` and then answers `text/csv` (one row per
line of the report's main table) instead of JSON.

Quotas are WaddleAI tokens per UTC day (resets 00:00 UTC) and per UTC month (resets on
the 1st); a change is published through the change feed, so every proxy replica
enforces it within about a second.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Path, Query
from fastapi.responses import Response
from pydantic import BaseModel, ConfigDict

from waddleai.accounting.limits import period_start
from waddleai.accounting.reports import Scope, aggregate, since_days, to_csv, waddleai_summary
from waddleai.config.bounds import MAX_DAYS, MIN_DAYS
from waddleai.mgmt.context import MgmtContext, get_context
from waddleai.mgmt.deps import current_actor
from waddleai.mgmt.errors import not_found
from waddleai.mgmt.policy import Actor, OrgRef, analytics_scope, authorize
from waddleai.mgmt.routes.users import actor_ref, load_user
from waddleai.mgmt.schemas import MAX_ID, Quota
from waddleai.store.identity import record_change

router = APIRouter(prefix="/analytics", tags=["analytics"])
Id = Annotated[int, Path(ge=1, le=MAX_ID)]
Days = Annotated[int, Query(ge=MIN_DAYS, le=MAX_DAYS)]
Format = Literal["json", "csv", "summary", "detailed"]
# Every report can answer ?format=csv: the OpenAPI document says so.
CSV = {200: {"content": {"text/csv": {"schema": {"type": "string"}}}}}


class QuotaIn(BaseModel):
    """WaddleAI tokens; null removes the limit. Omitted fields are left unchanged."""

    model_config = ConfigDict(extra="forbid", strict=True)

    daily_limit: Quota | None = None
    monthly_limit: Quota | None = None


def report_scope(actor: Actor) -> Scope:
    user_id, org_ids = analytics_scope(actor)
    return Scope(user_id=user_id, org_ids=None if user_id is not None else org_ids)


def respond(body: Any, rows: list[dict[str, Any]], fmt: str, name: str) -> Any:
    """JSON as is, or the report's rows as a CSV attachment."""
    if fmt != "csv":
        return body
    headers = {"Content-Disposition": f'attachment; filename="{name}.csv"'}
    return Response(to_csv(rows), media_type="text/csv", headers=headers)


def _breakdown_rows(summary: dict[str, Any]) -> list[dict[str, Any]]:
    return [{"model": name, **figures} for name, figures in summary["llm_breakdown"].items()]


@router.get("/tokens/waddleai", responses=CSV)
async def tokens_waddleai(
    days: Days = 30,
    format: Format = "json",
    actor: Actor = Depends(current_actor),
    ctx: MgmtContext = Depends(get_context),
):
    """`{total_waddleai_tokens, llm_breakdown: {"<provider>_<model>": {input, output}}}`."""
    authorize(actor, "analytics.read")
    summary = await waddleai_summary(ctx.store, report_scope(actor), since_days(days))
    return respond(summary, _breakdown_rows(summary), format, "waddleai-tokens")


@router.get("/tokens/{user_id}", responses=CSV)
async def tokens_of_user(
    user_id: Id,
    days: Days = 30,
    format: Format = "json",
    actor: Actor = Depends(current_actor),
    ctx: MgmtContext = Depends(get_context),
):
    async with ctx.store.transaction() as tx:
        user = await load_user(tx, actor, user_id, "analytics.read")
    scope = Scope(user_id=user.id)
    since = since_days(days)
    summary = await waddleai_summary(ctx.store, scope, since)
    daily = await aggregate(ctx.store, scope, ("day",), since)
    body = {"user_id": user.id, "username": user.username, **summary, "daily": daily}
    return respond(body, daily, format, f"user-{user.id}-tokens")


@router.get("/usage", responses=CSV)
async def usage(
    days: Days = 30,
    format: Format = "json",
    actor: Actor = Depends(current_actor),
    ctx: MgmtContext = Depends(get_context),
):
    """Usage per day and model, within what the caller may see."""
    authorize(actor, "analytics.read")
    rows = await aggregate(
        ctx.store, report_scope(actor), ("day", "provider", "model"), since_days(days)
    )
    body = {
        "days": days,
        "total_waddleai_tokens": sum(r["waddleai_tokens"] for r in rows),
        "total_cost_usd": round(sum(r["cost_usd"] for r in rows), 6),
        "total_requests": sum(r["requests"] for r in rows),
        "usage": rows,
    }
    return respond(body, rows, format, "usage")


@router.get("/quotas", responses=CSV)
async def quotas(
    format: Format = "json",
    actor: Actor = Depends(current_actor),
    ctx: MgmtContext = Depends(get_context),
):
    """Users' quotas and their use this UTC day and month (utilization in percent)."""
    authorize(actor, "analytics.read")
    user_id, org_ids = analytics_scope(actor)
    async with ctx.store.transaction() as tx:
        if user_id is not None:  # a plain user: only their own row
            users = [u for u in [await tx.users.get(user_id)] if u is not None]
        else:
            users = await tx.users.list(org_ids)
    used = await _used_by_user(ctx, [u.id for u in users])
    rows = [_quota_row(u, used.get(u.id, (0, 0))) for u in users]
    return respond({"quotas": rows}, rows, format, "quotas")


async def _used_by_user(ctx: MgmtContext, ids: list[int]) -> dict[int, tuple[int, int]]:
    now = datetime.now(UTC)
    scope = Scope(user_ids=frozenset(ids))
    month = await aggregate(ctx.store, scope, ("user_id", "day"), period_start("monthly", now))
    today = period_start("daily", now).isoformat()
    result: dict[int, tuple[int, int]] = {}
    for row in month:
        daily, monthly = result.get(row["user_id"], (0, 0))
        tokens = row["waddleai_tokens"]
        result[row["user_id"]] = (daily + (tokens if row["day"] == today else 0), monthly + tokens)
    return result


def _quota_row(user: Any, used: tuple[int, int]) -> dict[str, Any]:
    row: dict[str, Any] = {"user_id": user.id, "username": user.username}
    for period, limit, value in (
        ("daily", user.token_quota_daily, used[0]),
        ("monthly", user.token_quota_monthly, used[1]),
    ):
        row[f"{period}_limit"] = limit
        row[f"{period}_used"] = value
        row[f"{period}_remaining"] = None if limit is None else max(limit - value, 0)
        row[f"{period}_utilization"] = None if not limit else round(value * 100 / limit, 2)
    return row


@router.post("/quotas/{user_id}")
async def set_quota(
    user_id: Id,
    body: QuotaIn,
    actor: Actor = Depends(current_actor),
    ctx: MgmtContext = Depends(get_context),
):
    """Set a user's daily and/or monthly quota (admins; resource managers in their orgs)."""
    given = body.model_fields_set & {"daily_limit", "monthly_limit"}
    async with ctx.store.transaction() as tx:
        user = await load_user(tx, actor, user_id, "quota.update")
        before = {"daily_limit": user.token_quota_daily, "monthly_limit": user.token_quota_monthly}
        if "daily_limit" in given:
            user.token_quota_daily = body.daily_limit
        if "monthly_limit" in given:
            user.token_quota_monthly = body.monthly_limit
        after = {"daily_limit": user.token_quota_daily, "monthly_limit": user.token_quota_monthly}
        await record_change(
            tx, actor_ref(actor), "quota.update", "user", user.id, before=before, after=after
        )
        await tx.touch("quotas")
    return {"user_id": user.id, "username": user.username, **after}


@router.get("/orgs/{org_id}", responses=CSV)
async def org_report(
    org_id: Id,
    period: Literal["daily", "weekly", "monthly"] = "monthly",
    include_users: bool = False,
    format: Format = "summary",
    actor: Actor = Depends(current_actor),
    ctx: MgmtContext = Depends(get_context),
):
    """An organization's usage this period; `detailed` adds per-day and per-model rows."""
    async with ctx.store.transaction() as tx:
        org = await tx.orgs.get(org_id)
        if org is None:
            raise not_found("organization")
        authorize(actor, "analytics.read", OrgRef(org.id))
    since = period_start(period, datetime.now(UTC))
    scope = Scope(org_ids=frozenset({org.id}))
    body: dict[str, Any] = {
        "org_id": org.id,
        "name": org.name,
        "period": period,
        "since": since.isoformat(),
        "token_quota_daily": org.token_quota_daily,
        "token_quota_monthly": org.token_quota_monthly,
        **await waddleai_summary(ctx.store, scope, since),
    }
    rows = _breakdown_rows(body)
    if include_users:
        body["users"] = await aggregate(ctx.store, scope, ("user_id",), since)
        rows = body["users"]
    if format in ("detailed", "csv"):
        body["daily"] = await aggregate(ctx.store, scope, ("day", "provider", "model"), since)
        rows = body["daily"] if not include_users else rows
    return respond(body, rows, format, f"org-{org.id}-{period}")


@router.get("/system", responses=CSV)
async def system(
    days: Days = 30,
    format: Format = "json",
    actor: Actor = Depends(current_actor),
    ctx: MgmtContext = Depends(get_context),
):
    """Whole-gateway totals, per day, per org and per model (admin only)."""
    authorize(actor, "analytics.system")
    since = since_days(days)
    everything = Scope()
    body = {
        "days": days,
        **await waddleai_summary(ctx.store, everything, since),
        "daily": await aggregate(ctx.store, everything, ("day",), since),
        "by_org": await aggregate(ctx.store, everything, ("org_id",), since),
    }
    return respond(body, body["daily"], format, "system")
