"""Users: create, list, read, update, delete (the policy decides who may)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Response

from waddleai.memory.scope import user_owner
from waddleai.memory.store import purge_owner
from waddleai.mgmt.context import MgmtContext, get_context
from waddleai.mgmt.deps import current_actor
from waddleai.mgmt.errors import not_found
from waddleai.mgmt.policy import Actor, Changes, UserRef, authorize, user_scope
from waddleai.mgmt.schemas import MAX_ID, UserIn, UserOut, UserPatch
from waddleai.mgmt.views import user_out
from waddleai.store.identity import ActorRef, create_user, delete_user, update_user
from waddleai.store.models import User
from waddleai.store.transaction import Transaction

router = APIRouter(prefix="/users", tags=["users"])
UserId = Annotated[int, Path(ge=1, le=MAX_ID)]


def user_ref(user: User) -> UserRef:
    return UserRef(id=user.id, role=user.role, org_ids=frozenset(user.org_ids))


def actor_ref(actor: Actor) -> ActorRef:
    return ActorRef(id=actor.user_id, name=actor.username)


async def load_user(
    tx: Transaction, actor: Actor, user_id: int, action: str, changes: Changes | None = None
) -> User:
    """Fetch and authorize in one step: missing and invisible users both answer 404."""
    user = await tx.users.get(user_id)
    if user is None:
        raise not_found("user")
    authorize(actor, action, user_ref(user), changes)
    return user


@router.post("", response_model=UserOut, status_code=201)
async def create(
    body: UserIn, actor: Actor = Depends(current_actor), ctx: MgmtContext = Depends(get_context)
):
    changes = Changes(
        fields=frozenset(body.model_fields_set), role=body.role, org_ids=frozenset(body.org_ids)
    )
    authorize(actor, "user.create", None, changes)
    async with ctx.store.transaction() as tx:
        user = await create_user(
            tx,
            actor_ref(actor),
            username=body.username,
            password=body.password,
            role=body.role,
            org_ids=body.org_ids,
        )
    return user_out(user)


@router.get("", response_model=list[UserOut])
async def list_users(
    actor: Actor = Depends(current_actor), ctx: MgmtContext = Depends(get_context)
):
    authorize(actor, "user.list")
    async with ctx.store.transaction() as tx:
        users = await tx.users.list(user_scope(actor))
    return [user_out(u) for u in users]


@router.get("/{user_id}", response_model=UserOut)
async def read(
    user_id: UserId, actor: Actor = Depends(current_actor), ctx: MgmtContext = Depends(get_context)
):
    async with ctx.store.transaction() as tx:
        user = await load_user(tx, actor, user_id, "user.read")
    return user_out(user)


@router.patch("/{user_id}", response_model=UserOut)
async def update(
    user_id: UserId,
    body: UserPatch,
    actor: Actor = Depends(current_actor),
    ctx: MgmtContext = Depends(get_context),
):
    given = {f for f in body.model_fields_set if getattr(body, f) is not None}
    changes = Changes(
        fields=frozenset(given),
        role=body.role,
        org_ids=frozenset(body.org_ids) if body.org_ids is not None else None,
        extra={"enabled": body.enabled},
    )
    async with ctx.store.transaction() as tx:
        user = await load_user(tx, actor, user_id, "user.update", changes)
        await update_user(
            tx,
            actor_ref(actor),
            user,
            password=body.password,
            role=body.role,
            org_ids=body.org_ids,
            enabled=body.enabled,
        )
    return user_out(user)


@router.delete("/{user_id}", status_code=204)
async def delete(
    user_id: UserId, actor: Actor = Depends(current_actor), ctx: MgmtContext = Depends(get_context)
) -> Response:
    async with ctx.store.transaction() as tx:
        user = await load_user(tx, actor, user_id, "user.delete")
        await purge_owner(tx.session, user_owner(user.id))  # their conversation memory too
        await delete_user(tx, actor_ref(actor), user)
    return Response(status_code=204)
