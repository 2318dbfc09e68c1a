"""Security policy settings (admin only). POST merges the given fields into the current
settings and validates the result as a whole."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends
from pydantic import BaseModel, ConfigDict, Field

from waddleai.mgmt.context import MgmtContext, get_context
from waddleai.mgmt.deps import current_actor
from waddleai.mgmt.policy import Actor, authorize
from waddleai.mgmt.routes.users import actor_ref
from waddleai.mgmt.schemas import integer
from waddleai.store.identity import record_change
from waddleai.store.security_settings import Policy, SecuritySettings

router = APIRouter(prefix="/config/security", tags=["security"])


class SecurityPatch(BaseModel):
    """Any subset of the settings; omitted fields keep their current value."""

    model_config = ConfigDict(extra="forbid", strict=True)

    policy: Policy | None = None
    max_prompt_length: integer(1, 10_000_000) | None = None  # type: ignore[valid-type]
    block_injection: bool | None = None
    block_jailbreak: bool | None = None
    block_data_extraction: bool | None = None
    scan_responses: bool | None = None
    log_blocked_requests: bool | None = None
    threat_score_threshold: Annotated[float, Field(ge=0.0, le=1.0)] | None = None


assert set(SecurityPatch.model_fields) == set(SecuritySettings.model_fields)


@router.get("", response_model=SecuritySettings)
async def read(actor: Actor = Depends(current_actor), ctx: MgmtContext = Depends(get_context)):
    authorize(actor, "security.read")
    return await ctx.store.security_settings()


@router.post("", response_model=SecuritySettings)
async def update(
    body: SecurityPatch,
    actor: Actor = Depends(current_actor),
    ctx: MgmtContext = Depends(get_context),
):
    authorize(actor, "security.update")
    current = await ctx.store.security_settings()
    given = body.model_dump(exclude_none=True)
    updated = SecuritySettings.model_validate({**current.model_dump(), **given})
    async with ctx.store.transaction() as tx:
        await tx.settings.put("security", updated.model_dump(mode="json"))
        await record_change(
            tx,
            actor_ref(actor),
            "security.update",
            "settings",
            "security",
            before=current.model_dump(mode="json"),
            after=updated.model_dump(mode="json"),
        )
        await tx.touch("security")
    return updated
