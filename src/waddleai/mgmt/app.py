"""The management server's FastAPI application (MGMT_PORT).

The caller opens the store, runs bootstrap, and closes the store; the app only uses it,
so tests and the CLI can share one store between several apps and processes.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI

from waddleai.config.settings import Settings
from waddleai.mgmt.context import MgmtContext
from waddleai.mgmt.docs import install_docs
from waddleai.mgmt.errors import install_error_handlers
from waddleai.mgmt.headers import SecurityHeaders
from waddleai.mgmt.metrics import MgmtMetrics, install_metrics
from waddleai.mgmt.routes import ROUTERS
from waddleai.mgmt.schemas import ErrorOut
from waddleai.mgmt.throttle import LoginThrottle
from waddleai.mgmt.tokens import TokenIssuer
from waddleai.store.store import Store

# Documented on every route instead of FastAPI's `{"detail": ...}` validation schema.
ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorOut, "description": description}
    for status, description in {
        400: "Bad request",
        401: "Missing, invalid, expired or revoked token",
        403: "Not permitted for your role",
        404: "Not found (or not visible to you)",
        409: "Conflicts with an existing record",
        422: "Invalid request body or parameters",
        429: "Too many attempts",
    }.items()
}


def create_mgmt_app(settings: Settings, store: Store) -> FastAPI:
    """Build the management API around an open store (see module docstring)."""
    app = FastAPI(
        title="WaddleAI management API",
        version="0.1.0",
        docs_url=None,  # mgmt/docs.py: Swagger UI from the package, not a CDN
        redoc_url=None,
        openapi_url="/openapi.json",
    )
    metrics = MgmtMetrics()
    app.state.mgmt = MgmtContext(
        settings=settings,
        store=store,
        tokens=TokenIssuer(store.secrets.jwt_key, settings.jwt_expire_minutes * 60),
        throttle=LoginThrottle(settings.login_max_failures, settings.login_lockout_seconds),
        metrics=metrics,
    )
    install_error_handlers(app)
    install_metrics(app, metrics)
    for router in ROUTERS:
        app.include_router(router, responses=ERROR_RESPONSES)
    install_docs(app)
    app.add_middleware(SecurityHeaders)  # added last: outermost, sees every response
    return app
