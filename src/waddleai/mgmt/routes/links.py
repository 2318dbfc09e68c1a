"""Provider links (admin only). Secrets are encrypted at rest and never returned;
proxies reload links when the `links` change counter moves (see store/changes.py)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Response

from waddleai.mgmt.context import MgmtContext, get_context
from waddleai.mgmt.deps import current_actor
from waddleai.mgmt.errors import ApiError, not_found
from waddleai.mgmt.policy import Actor, authorize
from waddleai.mgmt.routes.users import actor_ref
from waddleai.mgmt.schemas import MAX_ID, LinkIn, LinkOut, LinkPatch
from waddleai.mgmt.views import link_out
from waddleai.store.identity import record_change
from waddleai.store.models import ProviderLink
from waddleai.store.transaction import Transaction

router = APIRouter(prefix="/config/links", tags=["provider links"])
LinkId = Annotated[int, Path(ge=1, le=MAX_ID)]


def snapshot(link: ProviderLink) -> dict[str, Any]:
    data = link_out(link).model_dump(mode="json", exclude={"created_at", "updated_at"})
    data["api_key"] = "set" if link.api_key_encrypted else None  # masked by the audit log
    return data


async def _load(tx: Transaction, link_id: int) -> ProviderLink:
    link = await tx.links.get(link_id)
    if link is None:
        raise not_found("provider link")
    return link


async def _name_free(tx: Transaction, name: str, link_id: int | None = None) -> None:
    existing = await tx.links.by_name(name)
    if existing is not None and existing.id != link_id:
        raise ApiError(409, f"provider link {name!r} already exists", "link_exists")


@router.post("", response_model=LinkOut, status_code=201)
async def create(
    body: LinkIn, actor: Actor = Depends(current_actor), ctx: MgmtContext = Depends(get_context)
):
    authorize(actor, "link.create")
    fields = body.model_dump(exclude={"api_key"})
    if body.api_key:
        fields["api_key_encrypted"] = ctx.store.secrets.encrypt(body.api_key)
    async with ctx.store.transaction() as tx:
        await _name_free(tx, body.name)
        link = await tx.links.create(**fields)
        await record_change(
            tx, actor_ref(actor), "link.create", "provider_link", link.id, after=snapshot(link)
        )
        await tx.touch("links")
    return link_out(link)


@router.get("", response_model=list[LinkOut])
async def list_links(
    actor: Actor = Depends(current_actor), ctx: MgmtContext = Depends(get_context)
):
    authorize(actor, "link.list")
    async with ctx.store.transaction() as tx:
        links = await tx.links.list()
    return [link_out(link) for link in links]


@router.get("/{link_id}", response_model=LinkOut)
async def read(
    link_id: LinkId, actor: Actor = Depends(current_actor), ctx: MgmtContext = Depends(get_context)
):
    authorize(actor, "link.read")
    async with ctx.store.transaction() as tx:
        link = await _load(tx, link_id)
    return link_out(link)


@router.patch("/{link_id}", response_model=LinkOut)
async def update(
    link_id: LinkId,
    body: LinkPatch,
    actor: Actor = Depends(current_actor),
    ctx: MgmtContext = Depends(get_context),
):
    """Fields given are changed; `api_key: null` removes the stored secret."""
    authorize(actor, "link.update")
    fields = {f: getattr(body, f) for f in body.model_fields_set}
    fields = {f: v for f, v in fields.items() if v is not None or f in ("api_key", "endpoint_url")}
    if "api_key" in fields:
        secret = fields.pop("api_key")
        fields["api_key_encrypted"] = ctx.store.secrets.encrypt(secret) if secret else None
    async with ctx.store.transaction() as tx:
        link = await _load(tx, link_id)
        if "name" in fields:
            await _name_free(tx, fields["name"], link.id)
        before = snapshot(link)
        await tx.links.update(link, **fields)
        await record_change(
            tx,
            actor_ref(actor),
            "link.update",
            "provider_link",
            link.id,
            before=before,
            after=snapshot(link),
        )
        await tx.touch("links")
    return link_out(link)


@router.delete("/{link_id}", status_code=204)
async def delete(
    link_id: LinkId, actor: Actor = Depends(current_actor), ctx: MgmtContext = Depends(get_context)
) -> Response:
    authorize(actor, "link.delete")
    async with ctx.store.transaction() as tx:
        link = await _load(tx, link_id)
        before = snapshot(link)
        await tx.links.delete(link)
        await record_change(
            tx, actor_ref(actor), "link.delete", "provider_link", link_id, before=before
        )
        await tx.touch("links")
    return Response(status_code=204)
