"""API keys: list (keyset paged), create (shown once), edit, revoke, rotate.

Every change goes through the API's own handlers (mgmt/routes/api_keys.py), so the
policy, audit log and change feed behave exactly as for the JSON API.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import HTMLResponse, Response
from pydantic import ValidationError

from waddleai.mgmt.errors import ApiError
from waddleai.mgmt.policy import Actor, authorize, key_scope, user_scope
from waddleai.mgmt.routes import api_keys as api
from waddleai.mgmt.schemas import MAX_ID, ApiKeyCreated, ApiKeyIn
from waddleai.portal.app import Post, context, page_actor, posted, redirect
from waddleai.portal.forms import Form, FormError, describe
from waddleai.portal.queries import PAGE_SIZE, org_names, user_choices, user_names
from waddleai.portal.render import allowed, render
from waddleai.store.identity import IdentityError

router = APIRouter()
KeyId = Path(ge=1, le=MAX_ID)


async def _page(
    request: Request,
    actor: Actor,
    after: int | None = None,
    *,
    created: ApiKeyCreated | None = None,
    error: str = "",
    status: int = 200,
    form: Form | None = None,
) -> HTMLResponse:
    authorize(actor, "api_key.list")
    ctx = context(request)
    owner, orgs = key_scope(actor)
    async with ctx.store.transaction() as tx:
        keys = await tx.keys.list(user_id=owner, org_ids=orgs, after=after, limit=PAGE_SIZE + 1)
        my_orgs = await tx.orgs.list(None if actor.is_admin else actor.org_ids)
    more = len(keys) > PAGE_SIZE
    keys = keys[:PAGE_SIZE]
    return render(
        request,
        "keys.html",
        actor,
        status=status,
        title="API keys",
        keys=keys,
        next_after=keys[-1].id if more else None,
        users=await user_names(ctx.store, {k.user_id for k in keys}),
        orgs=await org_names(ctx.store, {k.org_id for k in keys if k.org_id}),
        owners=await user_choices(ctx.store, user_scope(actor)) if _manages(actor) else [],
        my_orgs=my_orgs,
        created=created,
        error=error,
        form=form or Form([]),
    )


def _manages(actor: Actor) -> bool:
    return allowed(actor, "user.list")


@router.get("/keys", response_class=HTMLResponse)
async def list_keys(
    request: Request,
    actor: Actor = Depends(page_actor),
    after: int | None = Query(None, ge=0, le=MAX_ID),
) -> HTMLResponse:
    return await _page(request, actor, after)


def _key_in(form: Form) -> tuple[ApiKeyIn, api.ApiKeyPatch]:
    models = [m.strip() for m in form.get("models").replace("\n", ",").split(",") if m.strip()]
    permissions: dict[str, Any] = {
        "models": models or None,
        "rate_limit": form.optional_int("rate_limit", "rate limit"),
    }
    fields: dict[str, Any] = {
        "name": form.get("name") or "API key",
        "expires_days": form.optional_int("expires_days", "expires in days"),
        "permissions": permissions,
    }
    for name in ("user_id", "org_id"):
        value = form.optional_int(name)
        if value is not None:
            fields[name] = value
    quotas = {
        "token_quota_daily": form.optional_int("token_quota_daily", "daily quota"),
        "token_quota_monthly": form.optional_int("token_quota_monthly", "monthly quota"),
    }
    return ApiKeyIn(**fields), api.ApiKeyPatch(**{k: v for k, v in quotas.items() if v is not None})


@router.post("/keys", response_class=HTMLResponse)
async def create(request: Request, post: Post = Depends(posted)) -> HTMLResponse:
    try:
        body, quotas = _key_in(post.form)
        created = await api.create(body, post.actor, post.ctx)
        if quotas.model_fields_set:
            await api.update(created.id, quotas, post.actor, post.ctx)
            created = created.model_copy(update=quotas.model_dump(exclude_unset=True))
    except ValidationError as exc:
        return await _page(request, post.actor, error=describe(exc), status=422, form=post.form)
    except (FormError, IdentityError, ApiError) as exc:
        message = exc.message if isinstance(exc, ApiError) else str(exc)
        status = getattr(exc, "status", 422)
        return await _page(request, post.actor, error=message, status=status, form=post.form)
    return await _page(request, post.actor, created=created, status=201)


@router.post("/keys/{key_id}", response_class=HTMLResponse)
async def update(key_id: int = KeyId, post: Post = Depends(posted)) -> Response:
    form = post.form
    fields: dict[str, Any] = {"name": form.get("name") or None, "enabled": form.flag("enabled")}
    for name in ("token_quota_daily", "token_quota_monthly"):
        fields[name] = form.optional_int(name, name.replace("_", " "))
    try:
        patch = api.ApiKeyPatch(**fields)
    except ValidationError as exc:
        raise FormError(describe(exc)) from None
    await api.update(key_id, patch, post.actor, post.ctx)
    return redirect("/keys", "key-updated")


@router.post("/keys/{key_id}/revoke")
async def revoke(key_id: int = KeyId, post: Post = Depends(posted)) -> Response:
    await api.delete(key_id, post.actor, post.ctx)
    return redirect("/keys", "key-revoked")


@router.post("/keys/{key_id}/rotate", response_class=HTMLResponse)
async def rotate(request: Request, key_id: int = KeyId, post: Post = Depends(posted)):
    created = await api.rotate(key_id, post.actor, post.ctx)
    return await _page(request, post.actor, created=created)
