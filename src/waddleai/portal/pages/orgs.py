"""Organizations: everyone sees theirs; admins create and rename; managers set quotas."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Path, Request
from fastapi.responses import HTMLResponse, Response
from pydantic import ValidationError

from waddleai.mgmt.errors import ApiError
from waddleai.mgmt.policy import Actor, authorize, org_scope
from waddleai.mgmt.routes import orgs as api
from waddleai.mgmt.schemas import MAX_ID, OrgIn, OrgPatch
from waddleai.portal.app import Post, context, page_actor, posted, redirect
from waddleai.portal.forms import Form, FormError, describe
from waddleai.portal.render import allowed, render

router = APIRouter()
OrgId = Path(ge=1, le=MAX_ID)


async def _page(
    request: Request, actor: Actor, *, error: str = "", status: int = 200, form: Form | None = None
) -> HTMLResponse:
    authorize(actor, "org.list")
    ctx = context(request)
    async with ctx.store.transaction() as tx:
        orgs = await tx.orgs.list(org_scope(actor))
    return render(
        request,
        "orgs.html",
        actor,
        status=status,
        title="Organizations",
        orgs=orgs,
        can_create=allowed(actor, "org.create"),
        can_edit=actor.is_admin or allowed(actor, "user.list"),
        error=error,
        form=form or Form([]),
    )


@router.get("/orgs", response_class=HTMLResponse)
async def list_orgs(request: Request, actor: Actor = Depends(page_actor)) -> HTMLResponse:
    return await _page(request, actor)


def _quotas(form: Form) -> dict[str, Any]:
    return {
        "token_quota_daily": form.optional_int("token_quota_daily", "daily quota"),
        "token_quota_monthly": form.optional_int("token_quota_monthly", "monthly quota"),
    }


@router.post("/orgs", response_class=HTMLResponse)
async def create(request: Request, post: Post = Depends(posted)) -> Response:
    form = post.form
    try:
        body = OrgIn(name=form.get("name"), description=form.get("description"), **_quotas(form))
        await api.create(body, post.actor, post.ctx)
    except ValidationError as exc:
        return await _page(request, post.actor, error=describe(exc), status=422, form=form)
    except (ApiError, FormError) as exc:
        message = exc.message if isinstance(exc, ApiError) else str(exc)
        return await _page(
            request, post.actor, error=message, status=getattr(exc, "status", 422), form=form
        )
    return redirect("/orgs", "org-created")


@router.post("/orgs/{org_id}", response_class=HTMLResponse)
async def update(request: Request, org_id: int = OrgId, post: Post = Depends(posted)):
    """Sends only the fields that changed, so a manager's quota edit asks for nothing else."""
    form = post.form
    async with post.ctx.store.transaction() as tx:
        org = await api.load_org(tx, post.actor, org_id, "org.read")
    try:
        wanted: dict[str, Any] = _quotas(form)
        if form.has("name"):
            wanted["name"] = form.get("name")
            wanted["description"] = form.get("description")
        fields = {k: v for k, v in wanted.items() if v != getattr(org, k)}
        if fields:
            await api.update(org_id, OrgPatch(**fields), post.actor, post.ctx)
    except ValidationError as exc:
        return await _page(request, post.actor, error=describe(exc), status=422)
    except (ApiError, FormError) as exc:
        message = exc.message if isinstance(exc, ApiError) else str(exc)
        return await _page(request, post.actor, error=message, status=getattr(exc, "status", 422))
    return redirect("/orgs", "org-updated")
