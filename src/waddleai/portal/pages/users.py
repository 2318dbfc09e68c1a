"""Users (admins; resource managers for their orgs): list, create, edit, disable, quotas.

Changes go through the API's handlers (mgmt/routes/users.py, analytics.set_quota): the
policy decides, this module only turns forms into their request bodies.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import HTMLResponse, Response
from pydantic import ValidationError

from waddleai.mgmt.errors import ApiError
from waddleai.mgmt.policy import MANAGEABLE_ROLES, Actor, authorize, org_scope, user_scope
from waddleai.mgmt.routes import analytics as api_analytics
from waddleai.mgmt.routes import users as api
from waddleai.mgmt.schemas import MAX_ID, UserIn, UserPatch
from waddleai.portal.app import Post, context, page_actor, posted, redirect
from waddleai.portal.forms import Form, FormError, describe
from waddleai.portal.queries import PAGE_SIZE
from waddleai.portal.render import render
from waddleai.store.identity import IdentityError
from waddleai.store.models import ROLES

router = APIRouter()
UserId = Path(ge=1, le=MAX_ID)


def grantable_roles(actor: Actor) -> list[str]:
    return list(ROLES) if actor.is_admin else sorted(MANAGEABLE_ROLES)


async def _orgs(ctx: Any, actor: Actor) -> list[Any]:
    async with ctx.store.transaction() as tx:
        return await tx.orgs.list(org_scope(actor))


async def _list_page(
    request: Request,
    actor: Actor,
    after: int | None = None,
    *,
    error: str = "",
    status: int = 200,
    form: Form | None = None,
) -> HTMLResponse:
    authorize(actor, "user.list")
    ctx = context(request)
    async with ctx.store.transaction() as tx:
        users = await tx.users.list(user_scope(actor), after=after, limit=PAGE_SIZE + 1)
    orgs = await _orgs(ctx, actor)
    more = len(users) > PAGE_SIZE
    users = users[:PAGE_SIZE]
    return render(
        request,
        "users.html",
        actor,
        status=status,
        title="Users",
        users=users,
        next_after=users[-1].id if more else None,
        org_map={o.id: o.name for o in orgs},
        orgs=orgs,
        roles=grantable_roles(actor),
        error=error,
        form=form or Form([]),
    )


@router.get("/users", response_class=HTMLResponse)
async def list_users(
    request: Request,
    actor: Actor = Depends(page_actor),
    after: int | None = Query(None, ge=0, le=MAX_ID),
) -> HTMLResponse:
    return await _list_page(request, actor, after)


@router.post("/users", response_class=HTMLResponse)
async def create(request: Request, post: Post = Depends(posted)) -> Response:
    form = post.form
    try:
        body = UserIn(
            username=form.get("username"),
            password=form.get("password"),
            role=form.get("role") or "user",
            org_ids=form.ints("org_ids"),
        )
        await api.create(body, post.actor, post.ctx)
    except ValidationError as exc:
        return await _list_page(request, post.actor, error=describe(exc), status=422, form=form)
    except (ApiError, IdentityError, FormError) as exc:
        message = exc.message if isinstance(exc, ApiError) else str(exc)
        status = getattr(exc, "status", 422)
        return await _list_page(request, post.actor, error=message, status=status, form=form)
    return redirect("/users", "user-created")


async def _edit_page(
    request: Request, actor: Actor, user_id: int, *, error: str = "", status: int = 200
) -> HTMLResponse:
    ctx = context(request)
    async with ctx.store.transaction() as tx:
        user = await api.load_user(tx, actor, user_id, "user.read")
    return render(
        request,
        "user_edit.html",
        actor,
        status=status,
        title=f"User {user.username}",
        user=user,
        orgs=await _orgs(ctx, actor),
        roles=grantable_roles(actor),
        error=error,
    )


@router.get("/users/{user_id}", response_class=HTMLResponse)
async def edit(
    request: Request, user_id: int = UserId, actor: Actor = Depends(page_actor)
) -> HTMLResponse:
    return await _edit_page(request, actor, user_id)


def _changed_fields(form: Form, user: Any) -> dict[str, Any]:
    """Only what the form changes, so editing one field never asks for the others."""
    fields: dict[str, Any] = {}
    if form.get("password"):
        fields["password"] = form.get("password")
    if form.get("role") and form.get("role") != user.role:
        fields["role"] = form.get("role")
    if form.has("orgs_shown") and sorted(form.ints("org_ids")) != user.org_ids:
        fields["org_ids"] = form.ints("org_ids")
    if form.has("enabled_shown") and form.flag("enabled") != user.enabled:
        fields["enabled"] = form.flag("enabled")
    return fields


@router.post("/users/{user_id}", response_class=HTMLResponse)
async def update(request: Request, user_id: int = UserId, post: Post = Depends(posted)):
    async with post.ctx.store.transaction() as tx:
        user = await api.load_user(tx, post.actor, user_id, "user.read")
    try:
        patch = UserPatch(**_changed_fields(post.form, user))
        if patch.model_fields_set:
            await api.update(user_id, patch, post.actor, post.ctx)
    except ValidationError as exc:
        return await _edit_page(request, post.actor, user_id, error=describe(exc), status=422)
    except (ApiError, IdentityError, FormError) as exc:
        message = exc.message if isinstance(exc, ApiError) else str(exc)
        status = getattr(exc, "status", 422)
        return await _edit_page(request, post.actor, user_id, error=message, status=status)
    return redirect(f"/users/{user_id}", "user-updated")


@router.post("/users/{user_id}/quota", response_class=HTMLResponse)
async def set_quota(request: Request, user_id: int = UserId, post: Post = Depends(posted)):
    try:
        body = api_analytics.QuotaIn(
            daily_limit=post.form.optional_int("daily_limit", "daily quota"),
            monthly_limit=post.form.optional_int("monthly_limit", "monthly quota"),
        )
        await api_analytics.set_quota(user_id, body, post.actor, post.ctx)
    except ValidationError as exc:
        return await _edit_page(request, post.actor, user_id, error=describe(exc), status=422)
    except FormError as exc:
        return await _edit_page(request, post.actor, user_id, error=str(exc), status=422)
    return redirect(f"/users/{user_id}", "quota-updated")
