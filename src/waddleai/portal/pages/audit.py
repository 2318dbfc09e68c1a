"""The audit log (admin): who changed what, newest first, through the API's handler."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse

from waddleai.mgmt.policy import Actor
from waddleai.mgmt.routes import audit as api
from waddleai.portal.app import context, page_actor
from waddleai.portal.render import render

router = APIRouter()
SHOWN = 50


@router.get("/audit", response_class=HTMLResponse)
async def audit(
    request: Request,
    actor: Actor = Depends(page_actor),
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
    action: Annotated[str | None, Query(max_length=100, pattern=r"^[a-z_.]*$")] = None,
) -> HTMLResponse:
    entries = await api.list_entries(actor, context(request), SHOWN + 1, offset, action or None)
    return render(
        request,
        "audit.html",
        actor,
        title="Audit log",
        entries=entries[:SHOWN],
        action=action or "",
        newer=max(offset - SHOWN, 0) if offset else None,
        older=offset + SHOWN if len(entries) > SHOWN else None,
    )
