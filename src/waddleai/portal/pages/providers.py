"""Provider links (admin): add, edit (secret write-only), enable/disable, delete, test.

"Test" makes the same single round trip as `waddleai test connection` (Provider.check)
against the link as stored, with its decrypted secret, and shows the answer and time.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

from fastapi import APIRouter, Depends, Path, Request
from fastapi.responses import HTMLResponse, Response
from pydantic import ValidationError

from waddleai.config.settings import ProviderConfig
from waddleai.mgmt.errors import ApiError, not_found
from waddleai.mgmt.policy import Actor, authorize
from waddleai.mgmt.routes import links as api
from waddleai.mgmt.schemas import MAX_ID, LinkIn, LinkPatch, ProviderName
from waddleai.portal.app import Post, context, page_actor, posted, redirect
from waddleai.portal.forms import Form, FormError, describe
from waddleai.portal.render import env, render
from waddleai.providers.errors import UpstreamError
from waddleai.providers.registry import build_provider

router = APIRouter()
LinkId = Path(ge=1, le=MAX_ID)
KINDS = list(ProviderName.__args__)  # type: ignore[attr-defined]
TEST_TIMEOUT = 15.0


async def _page(
    request: Request,
    actor: Actor,
    *,
    error: str = "",
    status: int = 200,
    form: Form | None = None,
    tested: dict[str, Any] | None = None,
) -> HTMLResponse:
    authorize(actor, "link.list")
    async with context(request).store.transaction() as tx:
        links = await tx.links.list()
    return render(
        request,
        "providers.html",
        actor,
        status=status,
        title="Providers",
        links=links,
        kinds=KINDS,
        error=error,
        form=form or Form([]),
        tested=tested,
    )


@router.get("/providers", response_class=HTMLResponse)
async def list_links(request: Request, actor: Actor = Depends(page_actor)) -> HTMLResponse:
    return await _page(request, actor)


def _models(form: Form) -> list[str]:
    return [m.strip() for m in form.get("model_list").replace("\n", ",").split(",") if m.strip()]


@router.post("/providers", response_class=HTMLResponse)
async def create(request: Request, post: Post = Depends(posted)) -> Response:
    form = post.form
    try:
        body = LinkIn(
            name=form.get("name"),
            provider=form.get("provider"),
            endpoint_url=form.get("endpoint_url") or None,
            api_key=form.get("api_key") or None,
            model_list=_models(form),
            enabled=form.flag("enabled"),
        )
        await api.create(body, post.actor, post.ctx)
    except ValidationError as exc:
        return await _page(request, post.actor, error=describe(exc), status=422, form=form)
    except ApiError as exc:
        return await _page(request, post.actor, error=exc.message, status=exc.status, form=form)
    return redirect("/providers", "link-created")


@router.post("/providers/{link_id}", response_class=HTMLResponse)
async def update(request: Request, link_id: int = LinkId, post: Post = Depends(posted)):
    """A blank secret keeps the stored one; "remove secret" clears it."""
    form = post.form
    fields: dict[str, Any] = {
        "name": form.get("name") or None,
        "endpoint_url": form.get("endpoint_url") or None,
        "model_list": _models(form),
        "enabled": form.flag("enabled"),
    }
    if form.get("api_key"):
        fields["api_key"] = form.get("api_key")
    elif form.flag("remove_api_key"):
        fields["api_key"] = None
    try:
        await api.update(link_id, LinkPatch(**fields), post.actor, post.ctx)
    except ValidationError as exc:
        return await _page(request, post.actor, error=describe(exc), status=422)
    except ApiError as exc:
        return await _page(request, post.actor, error=exc.message, status=exc.status)
    return redirect("/providers", "link-updated")


@router.post("/providers/{link_id}/toggle")
async def toggle(link_id: int = LinkId, post: Post = Depends(posted)) -> Response:
    current = await api.read(link_id, post.actor, post.ctx)
    await api.update(link_id, LinkPatch(enabled=not current.enabled), post.actor, post.ctx)
    return redirect("/providers", "link-updated")


@router.post("/providers/{link_id}/delete")
async def delete(link_id: int = LinkId, post: Post = Depends(posted)) -> Response:
    await api.delete(link_id, post.actor, post.ctx)
    return redirect("/providers", "link-deleted")


@router.post("/providers/{link_id}/test", response_class=HTMLResponse)
async def test(request: Request, link_id: int = LinkId, post: Post = Depends(posted)):
    authorize(post.actor, "link.read")
    result = await probe(post.ctx, link_id)
    if request.headers.get("hx-request") and not request.headers.get("hx-boosted"):
        return HTMLResponse(env.get_template("_test_result.html").render(tested=result))
    return await _page(request, post.actor, tested=result)


async def probe(ctx: Any, link_id: int) -> dict[str, Any]:
    """One round trip to the link's upstream: `{link_id, ok, message, ms}`."""
    links = {link.id: link for link in await ctx.store.provider_links(enabled_only=False)}
    link = links.get(link_id)
    if link is None:
        raise not_found("provider link")
    started = time.perf_counter()
    try:
        config = ProviderConfig(
            name=link.name,
            kind=link.provider,
            endpoint=link.endpoint_url,
            api_keys=[link.api_key] if link.api_key else [],
            models=list(link.model_list),
        )
    except ValueError as exc:
        raise FormError(f"this provider link is incomplete: {exc}") from None
    provider = build_provider(config, ctx.settings)
    try:
        await asyncio.wait_for(provider.check(), timeout=TEST_TIMEOUT)
        ok, message = True, "ok"
    except TimeoutError:
        ok, message = False, f"no answer within {TEST_TIMEOUT:.0f} s"
    except UpstreamError as exc:
        ok, message = False, exc.message
    finally:
        await provider.close()
    ms = (time.perf_counter() - started) * 1000
    return {"link_id": link_id, "ok": ok, "message": message, "ms": round(ms)}
