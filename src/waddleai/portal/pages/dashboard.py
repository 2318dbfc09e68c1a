"""The dashboard: today and this month, the last 30 days, top models and users, quotas."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse

from waddleai.accounting.limits import period_start
from waddleai.accounting.reports import Scope, aggregate
from waddleai.mgmt.policy import Actor, authorize, org_scope
from waddleai.portal.app import context, page_actor
from waddleai.portal.charts import bar_chart
from waddleai.portal.queries import dashboard_figures, report_scope, sees_others
from waddleai.portal.render import render

router = APIRouter()


@router.get("/", response_class=HTMLResponse)
async def dashboard(request: Request, actor: Actor = Depends(page_actor)) -> HTMLResponse:
    authorize(actor, "analytics.read")
    ctx = context(request)
    figures = await dashboard_figures(ctx.store, report_scope(actor))
    return render(
        request,
        "dashboard.html",
        actor,
        title="Dashboard",
        figures=figures,
        chart=bar_chart(figures["chart"], "waddleai_tokens", "WaddleAI tokens"),
        sees_others=sees_others(actor),
        quotas=await _quotas(ctx, actor),
    )


async def _quotas(ctx: Any, actor: Actor) -> list[dict[str, Any]]:
    """Use against the caller's own quotas and those of the organizations it sees."""
    now = datetime.now(UTC)
    day, month = period_start("daily", now), period_start("monthly", now)
    async with ctx.store.transaction() as tx:
        me = await tx.users.get(actor.user_id)
        orgs = await tx.orgs.list(org_scope(actor))
    rows: list[dict[str, Any]] = []
    if me is not None:
        used = await aggregate(ctx.store, Scope(user_id=me.id), ("day",), month)
        rows.append(_row(f"You ({me.username})", me, used, day.isoformat()))
    limited = [o for o in orgs if o.token_quota_daily or o.token_quota_monthly][:20]
    if limited:
        scope = Scope(org_ids=frozenset(o.id for o in limited))
        used = await aggregate(ctx.store, scope, ("org_id", "day"), month)
        for org in limited:
            mine = [r for r in used if r["org_id"] == org.id]
            rows.append(_row(f"Organization {org.name}", org, mine, day.isoformat()))
    return rows


def _row(label: str, owner: Any, used: list[dict[str, Any]], today: str) -> dict[str, Any]:
    monthly = sum(r["waddleai_tokens"] for r in used)
    daily = sum(r["waddleai_tokens"] for r in used if r["day"] == today)
    return {
        "label": label,
        "periods": [
            _period("Today", daily, owner.token_quota_daily),
            _period("This month", monthly, owner.token_quota_monthly),
        ],
    }


def _period(name: str, used: int, limit: int | None) -> dict[str, Any]:
    percent = None if not limit else min(round(used * 100 / limit, 1), 100.0)
    return {"name": name, "used": used, "limit": limit, "percent": percent}
