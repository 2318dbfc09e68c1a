"""Cookie sessions and CSRF tokens for the portal.

The session cookie carries the same login token (JWT) the API hands out, so logout,
revocation, expiry, disabling a user and role changes apply to the portal exactly as
to the API. CSRF: every form carries a token bound to the session (an HMAC of the
token id under the server's signing key); the login form, before any session exists,
uses a double-submit cookie.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from fastapi import Request, Response

from waddleai.mgmt.context import MgmtContext
from waddleai.mgmt.deps import actor_for_token
from waddleai.mgmt.errors import ApiError
from waddleai.mgmt.policy import Actor

SESSION_COOKIE = "waddleai_session"
LOGIN_CSRF_COOKIE = "waddleai_login_csrf"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"


class LoginRequired(Exception):
    """No valid session: the page answers with a redirect to the login form."""


class CsrfFailed(Exception):
    """A form arrived without the token this session issued."""


def is_https(request: Request) -> bool:
    forwarded = request.headers.get("x-forwarded-proto", "")
    return request.url.scheme == "https" or forwarded.split(",")[0].strip() == "https"


def csrf_for(ctx: MgmtContext, token_id: str) -> str:
    key = ctx.store.secrets.jwt_key.encode()
    return hmac.new(key, b"portal-csrf:" + token_id.encode(), hashlib.sha256).hexdigest()


async def session_actor(request: Request, ctx: MgmtContext) -> Actor | None:
    token = request.cookies.get(SESSION_COOKIE)
    if not token or len(token) > 4096:
        return None
    try:
        return await actor_for_token(ctx, token)
    except ApiError:
        return None


def check_csrf(request: Request, given: str | None, expected: str) -> None:
    given = given or request.headers.get(CSRF_HEADER, "")
    if not expected or not hmac.compare_digest(given.encode(), expected.encode()):
        raise CsrfFailed()


def _cookie(response: Response, request: Request, name: str, value: str, max_age: int) -> None:
    response.set_cookie(
        name,
        value,
        max_age=max_age,
        path="/portal",
        httponly=True,
        samesite="strict" if name == SESSION_COOKIE else "lax",
        secure=is_https(request),
    )


def start_session(response: Response, request: Request, token: str, lifetime: int) -> None:
    _cookie(response, request, SESSION_COOKIE, token, lifetime)
    response.delete_cookie(LOGIN_CSRF_COOKIE, path="/portal")


def end_session(response: Response) -> None:
    response.delete_cookie(SESSION_COOKIE, path="/portal")


def login_csrf_token(request: Request) -> str:
    """The double-submit token of the login form (reused while its cookie lives)."""
    token = request.cookies.get(LOGIN_CSRF_COOKIE, "")
    return token if len(token) == 43 else secrets.token_urlsafe(32)


def set_login_csrf(response: Response, request: Request, token: str) -> None:
    _cookie(response, request, LOGIN_CSRF_COOKIE, token, 3600)
