"""An admin purges a user's conversation memory (every session, in every org).

`DELETE /users/{user_id}/memory`: admin only (policy `memory.purge`), audited with the
number of rows removed, committed in the same transaction as the audit entry. Users
forget their own sessions on the proxy (`DELETE /api/memory/{session}`).
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path

from waddleai.memory.scope import user_owner
from waddleai.memory.store import purge_owner
from waddleai.mgmt.context import MgmtContext, get_context
from waddleai.mgmt.deps import current_actor
from waddleai.mgmt.policy import Actor, authorize
from waddleai.mgmt.routes.users import actor_ref, load_user
from waddleai.mgmt.schemas import MAX_ID
from waddleai.store.identity import record_change

router = APIRouter(prefix="/users", tags=["memory"])
UserId = Annotated[int, Path(ge=1, le=MAX_ID)]


@router.delete("/{user_id}/memory")
async def purge_memory(
    user_id: UserId, actor: Actor = Depends(current_actor), ctx: MgmtContext = Depends(get_context)
) -> dict[str, int]:
    authorize(actor, "memory.purge")
    async with ctx.store.transaction() as tx:
        user = await load_user(tx, actor, user_id, "memory.purge")
        deleted = await purge_owner(tx.session, user_owner(user.id))
        await record_change(
            tx, actor_ref(actor), "memory.purge", "user", user.id, after={"deleted_rows": deleted}
        )
    return {"user_id": user.id, "deleted_rows": deleted}
