"""Every management error as `{"error": {"message", "type", "code"}}`.

Scripts written against the OpenAI API parse that shape; FastAPI's default
`{"detail": ...}` would break them, so every error path (our own, validation, routing,
unexpected exceptions) is funnelled through the handlers here.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import IntegrityError
from starlette.exceptions import HTTPException as StarletteHTTPException

from waddleai.mgmt.schemas import PATTERN_MESSAGES
from waddleai.store.identity import IdentityError

log = logging.getLogger(__name__)

_TYPES = {
    400: "invalid_request_error",
    401: "authentication_error",
    403: "permission_error",
    404: "not_found_error",
    405: "invalid_request_error",
    409: "conflict_error",
    413: "invalid_request_error",
    415: "invalid_request_error",
    422: "invalid_request_error",
    429: "rate_limit_error",
    503: "service_unavailable",
}


class ApiError(Exception):
    """An error the management API reports to the caller as is."""

    def __init__(
        self,
        status: int,
        message: str,
        code: str,
        *,
        headers: dict[str, str] | None = None,
        details: Any = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.code = code
        self.headers = headers
        self.details = details


def not_found(kind: str) -> ApiError:
    """The one 404 body per kind: identical whether missing or merely invisible."""
    return ApiError(404, f"{kind} not found", "not_found")


def forbidden(message: str = "you do not have permission to do this") -> ApiError:
    return ApiError(403, message, "forbidden")


def unauthorized(message: str = "authentication required", code: str = "unauthorized") -> ApiError:
    return ApiError(401, message, code, headers={"WWW-Authenticate": "Bearer"})


def error_body(status: int, message: str, code: str, details: Any = None) -> dict[str, Any]:
    error: dict[str, Any] = {
        "message": message,
        "type": _TYPES.get(status, "api_error"),
        "code": code,
    }
    if details is not None:
        error["details"] = details
    return {"error": error}


def error_response(
    status: int,
    message: str,
    code: str,
    headers: dict[str, str] | None = None,
    details: Any = None,
) -> JSONResponse:
    return JSONResponse(error_body(status, message, code, details), status, headers=headers)


async def _api_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApiError)
    return error_response(exc.status, exc.message, exc.code, exc.headers, exc.details)


async def _identity_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, IdentityError)
    return error_response(exc.status, str(exc), exc.code)


async def _http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    codes = {404: "not_found", 405: "method_not_allowed"}
    message = exc.detail if isinstance(exc.detail, str) else "request failed"
    headers = dict(getattr(exc, "headers", None) or {})
    if exc.status_code == 404:
        message = "no such endpoint"
    if exc.status_code == 405:
        headers["Allow"] = allowed_methods(request) or headers.get("Allow", "")
    code = codes.get(exc.status_code, "http_error")
    return error_response(exc.status_code, message, code, headers or None)


def allowed_methods(request: Request) -> str | None:
    """Every documented method on this path. Starlette's own `Allow` names only the first
    route matching the path, though GET, PATCH and DELETE of `/users/{id}` are three."""
    table: list[tuple[re.Pattern[str], str]] | None = getattr(request.app.state, "allow", None)
    if table is None:
        table = []
        for template, operations in request.app.openapi().get("paths", {}).items():
            parts = re.split(r"\{[^/}]+\}", template)
            regex = re.compile("^" + "[^/]+".join(re.escape(p) for p in parts) + "$")
            methods = {m.upper() for m in operations if m.upper() in _METHODS}
            methods |= {"HEAD"} if "GET" in methods else set()
            table.append((regex, ", ".join(sorted(methods))))
        request.app.state.allow = table
    path = request.url.path
    return next((methods for regex, methods in table if regex.match(path)), None)


_METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE"})


def _clean_validation_errors(errors: Any) -> list[dict[str, Any]]:
    """Keep only JSON-safe parts (pydantic may include exception objects in `ctx`)."""
    cleaned = []
    for err in errors:
        loc = [p if isinstance(p, int | str) else str(p) for p in err.get("loc", ())]
        msg = str(err.get("msg", ""))
        if err.get("type") == "string_pattern_mismatch":
            msg = PATTERN_MESSAGES.get((err.get("ctx") or {}).get("pattern"), msg)
        cleaned.append({"loc": loc, "msg": msg, "type": str(err.get("type"))})
    return cleaned


async def _validation_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    details = _clean_validation_errors(exc.errors())
    if any(d["type"] == "json_invalid" for d in details):
        return error_response(400, "request body is not valid JSON", "invalid_json")
    first = details[0] if details else {"loc": [], "msg": "invalid request"}
    where = ".".join(str(p) for p in first["loc"] if p != "body") or "request"
    message = f"{where}: {first['msg']}"
    return error_response(422, message, "validation_error", details=details)


async def _integrity_error(_request: Request, exc: Exception) -> JSONResponse:
    log.info("integrity error turned into 409: %s", exc)
    return error_response(409, "this conflicts with an existing record", "conflict")


async def _unexpected(_request: Request, exc: Exception) -> JSONResponse:
    log.exception("unhandled error in the management API", exc_info=exc)
    return error_response(500, "internal server error", "internal_error")


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(ApiError, _api_error)
    app.add_exception_handler(IdentityError, _identity_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(IntegrityError, _integrity_error)
    app.add_exception_handler(Exception, _unexpected)
