"""Organizations: admins create and delete; managers set quotas; members read."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Response

from waddleai.mgmt.context import MgmtContext, get_context
from waddleai.mgmt.deps import current_actor
from waddleai.mgmt.errors import ApiError, not_found
from waddleai.mgmt.policy import Actor, Changes, OrgRef, authorize, org_scope
from waddleai.mgmt.routes.users import actor_ref
from waddleai.mgmt.schemas import MAX_ID, OrgIn, OrgOut, OrgPatch
from waddleai.mgmt.views import org_out
from waddleai.store.identity import record_change
from waddleai.store.models import Organization
from waddleai.store.transaction import Transaction

CACHE_TTL = "cache_ttl_seconds"
router = APIRouter(prefix="/orgs", tags=["organizations"])
OrgId = Annotated[int, Path(ge=1, le=MAX_ID)]


def snapshot(org: Organization) -> dict[str, Any]:
    return org_out(org).model_dump(mode="json", exclude={"created_at", "updated_at"})


async def load_org(
    tx: Transaction, actor: Actor, org_id: int, action: str, changes: Changes | None = None
) -> Organization:
    org = await tx.orgs.get(org_id)
    if org is None:
        raise not_found("organization")
    authorize(actor, action, OrgRef(org.id), changes)
    return org


async def _name_free(tx: Transaction, name: str, org_id: int | None = None) -> None:
    existing = await tx.orgs.by_name(name)
    if existing is not None and existing.id != org_id:
        raise ApiError(409, f"organization {name!r} already exists", "org_exists")


@router.post("", response_model=OrgOut, status_code=201)
async def create(
    body: OrgIn, actor: Actor = Depends(current_actor), ctx: MgmtContext = Depends(get_context)
):
    authorize(actor, "org.create", None, Changes(fields=frozenset(body.model_fields_set)))
    async with ctx.store.transaction() as tx:
        await _name_free(tx, body.name)
        org = await tx.orgs.create(**body.model_dump())
        await record_change(
            tx, actor_ref(actor), "org.create", "organization", org.id, after=snapshot(org)
        )
        await tx.touch("orgs")
    return org_out(org)


@router.get("", response_model=list[OrgOut])
async def list_orgs(actor: Actor = Depends(current_actor), ctx: MgmtContext = Depends(get_context)):
    """All organizations for admins; the assigned ones for everyone else."""
    authorize(actor, "org.list")
    async with ctx.store.transaction() as tx:
        orgs = await tx.orgs.list(org_scope(actor))
    return [org_out(o) for o in orgs]


@router.get("/{org_id}", response_model=OrgOut)
async def read(
    org_id: OrgId, actor: Actor = Depends(current_actor), ctx: MgmtContext = Depends(get_context)
):
    async with ctx.store.transaction() as tx:
        org = await load_org(tx, actor, org_id, "org.read")
    return org_out(org)


@router.patch("/{org_id}", response_model=OrgOut)
async def update(
    org_id: OrgId,
    body: OrgPatch,
    actor: Actor = Depends(current_actor),
    ctx: MgmtContext = Depends(get_context),
):
    """Quotas may be set to null (unlimited); name and description only to values."""
    fields = {
        f: getattr(body, f)
        for f in body.model_fields_set
        if getattr(body, f) is not None or f.startswith("token_quota") or f == CACHE_TTL
    }
    changes = Changes(fields=frozenset(fields))
    async with ctx.store.transaction() as tx:
        org = await load_org(tx, actor, org_id, "org.update", changes)
        if "name" in fields:
            await _name_free(tx, fields["name"], org.id)
        before = snapshot(org)
        await tx.orgs.update(org, **fields)
        await record_change(
            tx,
            actor_ref(actor),
            "org.update",
            "organization",
            org.id,
            before=before,
            after=snapshot(org),
        )
        await tx.touch("orgs")
        if CACHE_TTL in fields:
            await tx.touch("keys")  # proxies' cached keys carry their org's cache TTL
    return org_out(org)


@router.delete("/{org_id}", status_code=204)
async def delete(
    org_id: OrgId, actor: Actor = Depends(current_actor), ctx: MgmtContext = Depends(get_context)
) -> Response:
    """Members stay (without this membership); keys billed here lose their org."""
    async with ctx.store.transaction() as tx:
        org = await load_org(tx, actor, org_id, "org.delete")
        before = snapshot(org)
        await tx.orgs.delete(org)
        await record_change(
            tx, actor_ref(actor), "org.delete", "organization", org_id, before=before
        )
        await tx.touch("orgs")
        await tx.touch("keys")
    return Response(status_code=204)
