"""Log in and out. Login goes through the API's own handler: same throttle, same checks."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import ValidationError

from waddleai.mgmt.errors import ApiError
from waddleai.mgmt.routes import auth as api_auth
from waddleai.mgmt.schemas import LoginIn
from waddleai.portal.app import PREFIX, Post, context, posted, redirect
from waddleai.portal.forms import read_form
from waddleai.portal.render import render
from waddleai.portal.session import (
    CSRF_FIELD,
    LOGIN_CSRF_COOKIE,
    CsrfFailed,
    check_csrf,
    end_session,
    login_csrf_token,
    session_actor,
    set_login_csrf,
    start_session,
)

router = APIRouter()


def _safe_next(value: str) -> str:
    """Only a portal path: never an open redirect to another site."""
    if value.startswith(f"{PREFIX}/") and not value.startswith("//") and "\\" not in value:
        return value[:2000]
    return f"{PREFIX}/"


def _login_page(
    request: Request, next_path: str, *, error: str = "", username: str = "", status: int = 200
) -> HTMLResponse:
    token = login_csrf_token(request)
    page = render(
        request,
        "login.html",
        None,
        status=status,
        error=error,
        next=next_path,
        username=username,
        login_csrf=token,
    )
    set_login_csrf(page, request, token)
    return page


@router.get("/login")
async def login_form(request: Request, next: str = "") -> Response:
    if await session_actor(request, context(request)) is not None:
        return RedirectResponse(_safe_next(next), status_code=303)
    return _login_page(request, _safe_next(next))


@router.post("/login")
async def login(request: Request) -> Response:
    ctx = context(request)
    form = await read_form(request)
    next_path = _safe_next(form.get("next"))
    username = form.get("username")
    try:
        check_csrf(request, form.get(CSRF_FIELD), request.cookies.get(LOGIN_CSRF_COOKIE, ""))
    except CsrfFailed:
        message = "The login form expired; please try again."
        return _login_page(request, next_path, error=message, username=username, status=403)
    try:
        body = LoginIn(username=username, password=form.get("password"))
        out = await api_auth.login(body, request, ctx)
    except ValidationError:
        message = "Enter your username and password."
        return _login_page(request, next_path, error=message, username=username, status=422)
    except ApiError as exc:
        page = _login_page(request, next_path, error=_sentence(exc), username=username)
        page.status_code = exc.status
        for name, value in (exc.headers or {}).items():
            if name.lower() == "retry-after":
                page.headers[name] = value
        return page
    response = RedirectResponse(next_path, status_code=303)
    start_session(response, request, out.access_token, ctx.tokens.lifetime_seconds)
    return response


def _sentence(exc: ApiError) -> str:
    if exc.status == 429:
        wait = (exc.headers or {}).get("Retry-After", "a few")
        return f"Too many failed logins. Try again in {wait} seconds."
    return "Invalid username or password."


@router.post("/logout")
async def logout(post: Post = Depends(posted)) -> Response:
    await api_auth.logout(post.actor, post.ctx)
    response = redirect("/login", "logged-out")
    end_session(response)
    return response
