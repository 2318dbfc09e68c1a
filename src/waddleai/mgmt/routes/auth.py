"""Login, who-am-I and logout."""

from __future__ import annotations

import math

from fastapi import APIRouter, Depends, Request, Response

from waddleai.mgmt.context import MgmtContext, get_context
from waddleai.mgmt.deps import current_actor
from waddleai.mgmt.errors import ApiError, not_found, unauthorized
from waddleai.mgmt.policy import Actor
from waddleai.mgmt.schemas import LoginIn, LoginOut, UserOut
from waddleai.mgmt.views import user_out
from waddleai.store.passwords import verify_password

router = APIRouter(prefix="/auth", tags=["auth"])


@router.post("/login", response_model=LoginOut)
async def login(body: LoginIn, request: Request, ctx: MgmtContext = Depends(get_context)):
    """Exchange username and password for a bearer token (JWT)."""
    address = request.client.host if request.client else "unknown"
    wait = ctx.throttle.retry_after(body.username, address)
    if wait > 0:
        ctx.metrics.logins.labels("throttled").inc()
        raise ApiError(
            429,
            "too many failed logins; try again later",
            "login_throttled",
            headers={"Retry-After": str(max(1, math.ceil(wait)))},
        )
    async with ctx.store.transaction() as tx:
        user = await tx.users.by_username(body.username)
    valid = await verify_password(user.password_hash if user else None, body.password)
    if user is None or not valid or not user.enabled:
        ctx.throttle.failed(body.username, address)
        ctx.metrics.logins.labels("failed").inc()
        raise unauthorized("invalid username or password", "invalid_credentials")
    ctx.throttle.succeeded(body.username, address)
    ctx.metrics.logins.labels("ok").inc()
    token, _claims = ctx.tokens.issue(user.id, user.token_generation)
    return LoginOut(access_token=token, expires_in=ctx.tokens.lifetime_seconds)


@router.get("/me", response_model=UserOut)
async def me(actor: Actor = Depends(current_actor), ctx: MgmtContext = Depends(get_context)):
    async with ctx.store.transaction() as tx:
        user = await tx.users.get(actor.user_id)
    if user is None:
        raise not_found("user")
    return user_out(user)


@router.post("/logout", status_code=204)
async def logout(
    actor: Actor = Depends(current_actor), ctx: MgmtContext = Depends(get_context)
) -> Response:
    """Revoke the token used for this request; it is refused from now on."""
    assert actor.token_id is not None and actor.token_expires_at is not None
    async with ctx.store.transaction() as tx:
        await tx.tokens.revoke(actor.token_id, actor.token_expires_at)
        await tx.tokens.purge_expired()
    return Response(status_code=204)
