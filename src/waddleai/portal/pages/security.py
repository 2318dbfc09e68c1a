"""Security (admin): the policy settings of `/config/security`, and security events.

Events are listed when the store has a `security_events` table (written by the
scanners); until then the page says there is nothing to show.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, Response
from pydantic import ValidationError
from sqlalchemy import MetaData, Table, inspect, select

from waddleai.mgmt.policy import Actor, authorize
from waddleai.mgmt.routes import security as api
from waddleai.portal.app import Post, context, page_actor, posted, redirect
from waddleai.portal.forms import describe
from waddleai.portal.render import render
from waddleai.store.security_settings import SecuritySettings

router = APIRouter()
EVENTS_TABLE = "security_events"
EVENTS_SHOWN = 50
FLAGS = [n for n, f in SecuritySettings.model_fields.items() if f.annotation is bool]


async def recent_events(store: Any) -> tuple[list[str], list[dict[str, Any]]] | None:
    """(columns, newest rows) of the events table, or None when it does not exist."""
    async with store.engine.connect() as conn:

        def load(sync_conn: Any) -> Table | None:
            if not inspect(sync_conn).has_table(EVENTS_TABLE):
                return None
            return Table(EVENTS_TABLE, MetaData(), autoload_with=sync_conn)

        table = await conn.run_sync(load)
        if table is None:
            return None
        order = table.c.id.desc() if "id" in table.c else None
        query = select(table).limit(EVENTS_SHOWN)
        if order is not None:
            query = query.order_by(order)
        rows = (await conn.execute(query)).mappings().all()
    return [c.name for c in table.columns], [dict(r) for r in rows]


async def _page(
    request: Request, actor: Actor, *, error: str = "", status: int = 200
) -> HTMLResponse:
    ctx = context(request)
    settings = await api.read(actor, ctx)
    events = await recent_events(ctx.store)
    return render(
        request,
        "security.html",
        actor,
        status=status,
        title="Security",
        settings=settings,
        flags=FLAGS,
        events=events,
        error=error,
    )


@router.get("/security", response_class=HTMLResponse)
async def security(request: Request, actor: Actor = Depends(page_actor)) -> HTMLResponse:
    return await _page(request, actor)


@router.post("/security", response_class=HTMLResponse)
async def update(request: Request, post: Post = Depends(posted)) -> Response:
    authorize(post.actor, "security.update")
    form = post.form
    fields: dict[str, Any] = {flag: form.flag(flag) for flag in FLAGS}
    fields["policy"] = form.get("policy") or None
    try:
        fields["max_prompt_length"] = form.optional_int("max_prompt_length", "max prompt length")
        threshold = form.get("threat_score_threshold").strip()
        fields["threat_score_threshold"] = float(threshold) if threshold else None
    except ValueError:
        error = "threat score threshold: must be a number from 0 to 1"
        return await _page(request, post.actor, error=error, status=422)
    try:
        await api.update(api.SecurityPatch(**fields), post.actor, post.ctx)
    except ValidationError as exc:
        return await _page(request, post.actor, error=describe(exc), status=422)
    return redirect("/security", "security-updated")
