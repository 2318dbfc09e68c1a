"""The portal application, mounted on the management app under `/portal`.

A sub-application of its own so its errors are pages, never the API's JSON: a refused
action shows why, a bad form shows its problem next to the form, and nothing ever
shows a stack trace.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from urllib.parse import quote

from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from sqlalchemy.exc import IntegrityError
from starlette.exceptions import HTTPException as StarletteHTTPException

from waddleai.mgmt.context import MgmtContext
from waddleai.mgmt.errors import ApiError
from waddleai.mgmt.policy import Actor
from waddleai.portal.forms import Form, FormError, read_form
from waddleai.portal.render import HERE, render
from waddleai.portal.session import (
    CSRF_FIELD,
    CsrfFailed,
    LoginRequired,
    check_csrf,
    csrf_for,
    session_actor,
)
from waddleai.store.identity import IdentityError

PREFIX = "/portal"
log = logging.getLogger(__name__)


@dataclass
class Post:
    """A CSRF-checked form submission by a logged-in user."""

    actor: Actor
    form: Form
    ctx: MgmtContext


def context(request: Request) -> MgmtContext:
    return request.app.state.mgmt  # type: ignore[no-any-return]


async def page_actor(request: Request) -> Actor:
    actor = await session_actor(request, context(request))
    if actor is None:
        raise LoginRequired()
    return actor


async def posted(request: Request, actor: Actor = Depends(page_actor)) -> Post:
    ctx = context(request)
    form = await read_form(request)
    check_csrf(request, form.get(CSRF_FIELD), csrf_for(ctx, actor.token_id or ""))
    return Post(actor=actor, form=form, ctx=ctx)


def redirect(path: str, notice: str | None = None) -> RedirectResponse:
    """Post/redirect/get: a reload never re-submits the form."""
    target = f"{PREFIX}{path}" + (f"?notice={notice}" if notice else "")
    return RedirectResponse(target, status_code=303)


async def error_page(request: Request, status: int, message: str) -> HTMLResponse:
    actor = await session_actor(request, context(request))
    return render(request, "error.html", actor, status=status, status_code=status, message=message)


async def _login_required(request: Request, _exc: Exception) -> Response:
    target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    location = f"{PREFIX}/login?next={quote(target, safe='')}"
    if request.headers.get("hx-request"):
        return Response(status_code=204, headers={"HX-Redirect": location})
    return RedirectResponse(location, status_code=303)


async def _csrf_failed(request: Request, _exc: Exception) -> Response:
    message = (
        "This form has expired or did not come from the portal. Reload the page and try again."
    )
    return await error_page(request, 403, message)


async def _api_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ApiError)
    return await error_page(request, exc.status, exc.message)


async def _known_error(request: Request, exc: Exception) -> Response:
    status = getattr(exc, "status", 400) if isinstance(exc, IdentityError) else 422
    return await error_page(request, status, str(exc))


async def _conflict(request: Request, _exc: Exception) -> Response:
    return await error_page(request, 409, "This conflicts with an existing record.")


async def _bad_parameters(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    first = exc.errors()[0] if exc.errors() else {"loc": (), "msg": "invalid"}
    where = ".".join(str(p) for p in first.get("loc", ()) if p not in ("query", "path"))
    return await error_page(request, 422, f"Invalid {where or 'request'}: {first.get('msg')}")


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    messages = {404: "There is no such page.", 405: "This page does not accept that method."}
    message = messages.get(exc.status_code, "The request failed.")
    return await error_page(request, exc.status_code, message)


async def _unexpected(request: Request, exc: Exception) -> Response:
    log.exception("unhandled error in the portal", exc_info=exc)
    return await error_page(request, 500, "Something went wrong on the server; it was logged.")


def create_portal_app(ctx: MgmtContext) -> FastAPI:
    from waddleai.portal.pages import ROUTERS

    portal = FastAPI(docs_url=None, redoc_url=None, openapi_url=None)
    portal.state.mgmt = ctx
    portal.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    for router in ROUTERS:
        portal.include_router(router)
    handlers = {
        LoginRequired: _login_required,
        CsrfFailed: _csrf_failed,
        ApiError: _api_error,
        IdentityError: _known_error,
        FormError: _known_error,
        IntegrityError: _conflict,
        RequestValidationError: _bad_parameters,
        StarletteHTTPException: _http_error,
        Exception: _unexpected,
    }
    for kind, handler in handlers.items():
        portal.add_exception_handler(kind, handler)
    return portal


def mount_portal(app: FastAPI, ctx: MgmtContext) -> None:
    """Mount the portal and send visitors of `/` to it (the JSON API keeps its paths)."""
    app.mount(PREFIX, create_portal_app(ctx))

    async def home() -> RedirectResponse:
        return RedirectResponse(f"{PREFIX}/", status_code=307)

    app.add_api_route("/", home, include_in_schema=False)
