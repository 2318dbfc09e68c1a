"""Request dependencies: who is calling (login token to `Actor`)."""

from __future__ import annotations

from fastapi import Depends
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from waddleai.mgmt.context import MgmtContext, get_context
from waddleai.mgmt.errors import unauthorized
from waddleai.mgmt.policy import Actor
from waddleai.mgmt.tokens import TokenError

bearer = HTTPBearer(
    auto_error=False,
    scheme_name="LoginToken",
    description="The access_token returned by POST /auth/login",
)


async def current_actor(
    credentials: HTTPAuthorizationCredentials | None = Depends(bearer),
    ctx: MgmtContext = Depends(get_context),
) -> Actor:
    """Verify the login token, refuse revoked ones, and load the user afresh.

    Role and organizations come from the database on every request, so a demotion or
    a removed membership applies to tokens issued earlier. A token whose generation is
    not the user's current one (password, role or enabled changed since) is refused.
    """
    if credentials is None or not credentials.credentials:
        raise unauthorized()
    try:
        claims = ctx.tokens.verify(credentials.credentials)
    except TokenError as exc:
        raise unauthorized(str(exc), "invalid_token") from None
    async with ctx.store.transaction() as tx:
        if await tx.tokens.is_revoked(claims.token_id):
            raise unauthorized("token revoked", "invalid_token")
        user = await tx.users.get(claims.user_id)
    if user is None or not user.enabled:
        raise unauthorized("account no longer active", "invalid_token")
    if user.token_generation != claims.generation:
        raise unauthorized(
            "token no longer valid: the account changed; log in again", "invalid_token"
        )
    return Actor(
        user_id=user.id,
        username=user.username,
        role=user.role,
        org_ids=frozenset(user.org_ids),
        token_id=claims.token_id,
        token_expires_at=claims.expires_at,
    )
