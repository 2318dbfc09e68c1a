"""API keys for the proxy: the key is returned once, at creation or rotation."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Response
from pydantic import BaseModel, ConfigDict, Field

from waddleai.mgmt.context import MgmtContext, get_context
from waddleai.mgmt.deps import current_actor
from waddleai.mgmt.errors import not_found
from waddleai.mgmt.policy import (
    ADMIN,
    Actor,
    Changes,
    KeyRef,
    authorize,
    can_see,
    key_scope,
    restriction_after,
    role_if_not_owner,
)
from waddleai.mgmt.routes.users import actor_ref, user_ref
from waddleai.mgmt.schemas import (
    MAX_ID,
    ApiKeyCreated,
    ApiKeyIn,
    ApiKeyOut,
    CacheTTL,
    Name,
    Quota,
)
from waddleai.mgmt.views import key_created, key_out
from waddleai.store.identity import (
    issue_key,
    key_snapshot,
    record_change,
    revoke_key,
    rotate_key,
)
from waddleai.store.models import ApiKey
from waddleai.store.transaction import Transaction

router = APIRouter(prefix="/api-keys", tags=["api keys"])
KeyId = Annotated[int, Path(ge=1, le=MAX_ID)]


class ApiKeyPatch(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)

    name: Name | None = None
    enabled: bool | None = None
    token_quota_daily: Quota | None = Field(
        default=None, description="WaddleAI tokens per UTC day for this key; null removes it"
    )
    token_quota_monthly: Quota | None = Field(
        default=None, description="WaddleAI tokens per UTC month for this key; null removes it"
    )
    cache_ttl_seconds: CacheTTL | None = Field(
        default=None,
        description="cache this key's answers for so long (else its org's TTL); null removes it",
    )


def key_ref(key: ApiKey, owner_role: str | None) -> KeyRef:
    return KeyRef(
        id=key.id,
        user_id=key.user_id,
        org_id=key.org_id,
        owner_role=owner_role or ADMIN,  # an owner we cannot read ranks highest
        restricted_by_role=key.restricted_by_role,
    )


async def load_key(
    tx: Transaction, actor: Actor, key_id: int, action: str, changes: Changes | None = None
) -> ApiKey:
    key = await tx.keys.get(key_id)
    if key is None:
        raise not_found("API key")
    roles = await tx.users.roles([key.user_id])
    authorize(actor, action, key_ref(key, roles.get(key.user_id)), changes)
    return key


@router.post("", response_model=ApiKeyCreated, status_code=201)
async def create(
    body: ApiKeyIn, actor: Actor = Depends(current_actor), ctx: MgmtContext = Depends(get_context)
):
    """Create a key for yourself, or (admin, resource manager) for a user you manage.

    Without `org_id` the key is billed to the owner's first organization.
    """
    async with ctx.store.transaction() as tx:
        owner = await tx.users.get(body.user_id or actor.user_id)
        if owner is None:
            raise not_found("user")
        org_id = body.org_id or (owner.org_ids[0] if owner.org_ids else None)
        changes = Changes(fields=frozenset(body.model_fields_set), org_id=org_id)
        authorize(actor, "api_key.create", user_ref(owner), changes)
        issued = await issue_key(
            tx,
            ctx.store.secrets,
            actor_ref(actor),
            owner=owner,
            name=body.name,
            org_id=org_id,
            models=body.permissions.models,
            rate_limit=body.permissions.rate_limit,
            expires_days=body.expires_days,
            restricted_by_role=role_if_not_owner(actor, owner.id),
            issued_by_role=role_if_not_owner(actor, owner.id),
        )
    return key_created(issued.key, issued.raw)


@router.get("", response_model=list[ApiKeyOut])
async def list_keys(actor: Actor = Depends(current_actor), ctx: MgmtContext = Depends(get_context)):
    """Your keys; an organization's keys for its resource managers; all for admins."""
    authorize(actor, "api_key.list")
    owner, orgs = key_scope(actor)
    async with ctx.store.transaction() as tx:
        keys = await tx.keys.list(user_id=owner, org_ids=orgs)
        roles = await tx.users.roles({k.user_id for k in keys})
    return [key_out(k) for k in keys if can_see(actor, key_ref(k, roles.get(k.user_id)))]


@router.get("/{key_id}", response_model=ApiKeyOut)
async def read(
    key_id: KeyId, actor: Actor = Depends(current_actor), ctx: MgmtContext = Depends(get_context)
):
    async with ctx.store.transaction() as tx:
        key = await load_key(tx, actor, key_id, "api_key.read")
    return key_out(key)


@router.patch("/{key_id}", response_model=ApiKeyOut)
async def update(
    key_id: KeyId,
    body: ApiKeyPatch,
    actor: Actor = Depends(current_actor),
    ctx: MgmtContext = Depends(get_context),
):
    """Rename, disable / re-enable, or set the key's own daily and monthly token quotas.

    A key quota only narrows what the user's and organization's quotas already allow.
    The enabled flag and quotas set by someone of a higher role than yours (an admin on
    your key) are theirs to change: 403 (see mgmt/policy.py).
    """
    given = {f for f in body.model_fields_set if f.startswith("token_quota")}
    given |= {f for f in ("name", "enabled") if getattr(body, f) is not None}
    changes = Changes(fields=frozenset(given), extra={"enabled": body.enabled})
    async with ctx.store.transaction() as tx:
        key = await load_key(tx, actor, key_id, "api_key.update", changes)
        before = key_snapshot(key)
        if body.name is not None:
            key.name = body.name
        if body.enabled is not None:
            key.enabled = body.enabled
        for field in ("token_quota_daily", "token_quota_monthly", "cache_ttl_seconds"):
            if field in body.model_fields_set:
                setattr(key, field, getattr(body, field))
        key.restricted_by_role = restriction_after(actor, key_ref(key, None), changes)
        await tx.session.flush()
        await record_change(
            tx,
            actor_ref(actor),
            "api_key.update",
            "api_key",
            key.id,
            before=before,
            after=key_snapshot(key),
        )
        await tx.touch("keys")
    return key_out(key)


@router.delete("/{key_id}", status_code=204)
async def delete(
    key_id: KeyId, actor: Actor = Depends(current_actor), ctx: MgmtContext = Depends(get_context)
) -> Response:
    """Revoke: proxies refuse the key within a second."""
    async with ctx.store.transaction() as tx:
        key = await load_key(tx, actor, key_id, "api_key.delete")
        await revoke_key(tx, actor_ref(actor), key)
    return Response(status_code=204)


@router.post("/{key_id}/rotate", response_model=ApiKeyCreated)
async def rotate(
    key_id: KeyId, actor: Actor = Depends(current_actor), ctx: MgmtContext = Depends(get_context)
):
    """New secret for the same key id and permissions; the old secret stops working."""
    async with ctx.store.transaction() as tx:
        key = await load_key(tx, actor, key_id, "api_key.rotate")
        issued = await rotate_key(
            tx,
            ctx.store.secrets,
            actor_ref(actor),
            key,
            issued_by_role=role_if_not_owner(actor, key.user_id),
        )
    return key_created(issued.key, issued.raw)
