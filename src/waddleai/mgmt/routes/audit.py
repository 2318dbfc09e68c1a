"""The audit log of management changes (admin only), newest first."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query

from waddleai.config.bounds import MAX_OFFSET, MAX_PAGE
from waddleai.mgmt.context import MgmtContext, get_context
from waddleai.mgmt.deps import current_actor
from waddleai.mgmt.policy import Actor, authorize
from waddleai.mgmt.schemas import AuditOut
from waddleai.mgmt.views import audit_out

router = APIRouter(prefix="/audit", tags=["audit"])


@router.get("", response_model=list[AuditOut])
async def list_entries(
    actor: Actor = Depends(current_actor),
    ctx: MgmtContext = Depends(get_context),
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 100,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
    action: Annotated[str | None, Query(max_length=100, pattern=r"^[a-z_.]+$")] = None,
):
    authorize(actor, "audit.read")
    async with ctx.store.transaction() as tx:
        entries = await tx.audit.list(limit=limit, offset=offset, action=action)
    return [audit_out(e) for e in entries]
