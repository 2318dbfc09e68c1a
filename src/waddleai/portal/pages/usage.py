"""Usage by day, model, provider, user, key or organization over a period; CSV export;
budgets and their alerts. Read from the daily aggregates, scoped like the analytics API."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any, Literal

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, Response

from waddleai.accounting.reports import aggregate, since_days, to_csv
from waddleai.mgmt.policy import Actor, authorize
from waddleai.portal.app import context, page_actor
from waddleai.portal.queries import (
    budgets_in_scope,
    key_names,
    month_start,
    org_names,
    report_scope,
    sees_others,
    user_names,
)
from waddleai.portal.render import render

router = APIRouter()
Period = Literal["today", "7d", "30d", "month", "90d", "365d"]
Group = Literal["day", "model", "provider", "user", "key", "org"]
PERIODS = {"today": "Today", "7d": "Last 7 days", "30d": "Last 30 days"}
PERIODS |= {"month": "This month", "90d": "Last 90 days", "365d": "Last 365 days"}
GROUPS = {"day": ("day",), "model": ("provider", "model"), "provider": ("provider",)}
GROUPS |= {"user": ("user_id",), "key": ("key_id",), "org": ("org_id",)}
LABELS = {"day": ["day"], "model": ["provider", "model"], "provider": ["provider"]}
LABELS |= {"user": ["user"], "key": ["key"], "org": ["org"]}
MAX_ROWS = 1000
COLUMNS = ("requests", "errors", "input_tokens", "output_tokens", "cached_tokens")
COLUMNS += ("waddleai_tokens", "cost_usd")


def since(period: str) -> date:
    if period == "today":
        return datetime.now(UTC).date()
    if period == "month":
        return month_start()
    return since_days(int(period.removesuffix("d")))


async def _rows(ctx: Any, actor: Actor, period: str, group: str) -> list[dict[str, Any]]:
    rows = await aggregate(ctx.store, report_scope(actor), GROUPS[group], since(period))
    if group != "day":
        rows.sort(key=lambda r: -r["waddleai_tokens"])
    rows = rows[:MAX_ROWS]
    if group == "user":
        names = await user_names(ctx.store, {r["user_id"] for r in rows})
        for r in rows:
            r["user"] = names.get(r["user_id"], "(none)" if not r["user_id"] else r["user_id"])
    elif group == "key":
        keys = await key_names(ctx.store, {r["key_id"] for r in rows})
        for r in rows:
            r["key"] = keys.get(r["key_id"], r["key_id"] or "(none)")
    elif group == "org":
        orgs = await org_names(ctx.store, {r["org_id"] for r in rows})
        for r in rows:
            r["org"] = orgs.get(r["org_id"], "(none)" if not r["org_id"] else r["org_id"])
    return rows


def _label_columns(group: str) -> list[str]:
    return LABELS[group]


@router.get("/usage", response_class=HTMLResponse)
async def usage(
    request: Request,
    actor: Actor = Depends(page_actor),
    period: Period = "30d",
    group: Group = "day",
) -> HTMLResponse:
    authorize(actor, "analytics.read")
    ctx = context(request)
    rows = await _rows(ctx, actor, period, group)
    groups = {k: v for k, v in GROUPS.items() if sees_others(actor) or k not in ("user", "org")}
    return render(
        request,
        "usage.html",
        actor,
        title="Usage",
        rows=rows,
        labels=_label_columns(group),
        totals={c: sum(r[c] for r in rows) for c in COLUMNS},
        period=period,
        group=group,
        periods=PERIODS,
        groups=list(groups),
        budgets=await budgets_in_scope(ctx.store, actor, report_scope(actor)),
    )


@router.get("/usage.csv")
async def usage_csv(
    request: Request,
    actor: Actor = Depends(page_actor),
    period: Period = "30d",
    group: Group = "day",
) -> Response:
    authorize(actor, "analytics.read")
    rows = await _rows(context(request), actor, period, group)
    columns = _label_columns(group) + list(COLUMNS)
    body = to_csv([{c: r.get(c) for c in columns} for r in rows] or [dict.fromkeys(columns)])
    filename = f"waddleai-usage-{group}-{period}.csv"
    headers = {"Content-Disposition": f'attachment; filename="{filename}"'}
    return Response(body, media_type="text/csv", headers=headers)
