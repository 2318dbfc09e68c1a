"""Recent requests, newest first: one keyset-paginated query per page, filterable."""

from __future__ import annotations

from typing import Annotated, Literal
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse

from waddleai.mgmt.policy import Actor, authorize
from waddleai.mgmt.schemas import MAX_ID
from waddleai.portal.app import context, page_actor
from waddleai.portal.queries import (
    PAGE_SIZE,
    RequestFilter,
    key_names,
    recent_requests,
    report_scope,
    sees_others,
    user_names,
)
from waddleai.portal.render import env, render
from waddleai.store.usage_models import UsageRecord

router = APIRouter()
Word = Annotated[str | None, Query(max_length=200)]
HAS_ATTEMPTS = hasattr(UsageRecord, "attempts")


@router.get("/requests", response_class=HTMLResponse)
async def requests_page(
    request: Request,
    actor: Actor = Depends(page_actor),
    model: Word = None,
    provider: Word = None,
    key: Annotated[str | None, Query(max_length=64)] = None,
    user: Annotated[int | None, Query(ge=1, le=MAX_ID)] = None,
    status: Literal["", "ok", "error"] = "",
    before: Annotated[int | None, Query(ge=1, le=2**62)] = None,
) -> HTMLResponse:
    authorize(actor, "analytics.read")
    ctx = context(request)
    wanted = RequestFilter(
        model=model or None,
        provider=provider or None,
        key_id=key or None,
        user_id=user if sees_others(actor) else None,
        status=status or None,
        before=before,
    )
    rows = await recent_requests(ctx.store, report_scope(actor), wanted)
    more = len(rows) > PAGE_SIZE
    rows = rows[:PAGE_SIZE]
    page = {
        "rows": rows,
        "keys": await key_names(ctx.store, {r.key_id for r in rows if r.key_id}),
        "users": await user_names(ctx.store, {r.user_id for r in rows if r.user_id}),
        "next_url": _next_url(request, rows[-1].id) if more and rows else None,
        "has_attempts": HAS_ATTEMPTS,
        "sees_others": sees_others(actor),
    }
    if request.headers.get("hx-target") == "more-row":  # "Load more": rows only
        return HTMLResponse(env.get_template("_request_rows.html").render(page))
    return render(request, "requests.html", actor, title="Requests", wanted=wanted, **page)


def _next_url(request: Request, last_id: int) -> str:
    params = [(k, v) for k, v in request.query_params.multi_items() if k != "before" and v]
    return "/portal/requests?" + urlencode([*params, ("before", str(last_id))])
