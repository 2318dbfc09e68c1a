"""Templates, navigation and the page context every template receives."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape

from waddleai import __version__
from waddleai.mgmt.errors import ApiError
from waddleai.mgmt.policy import Actor, authorize
from waddleai.portal.session import csrf_for

HERE = Path(__file__).parent
env = Environment(
    loader=FileSystemLoader(HERE / "templates"),
    autoescape=select_autoescape(("html",)),
    trim_blocks=True,
    lstrip_blocks=True,
)

# (path, label, the policy action that must be allowed to show it)
NAV = (
    ("/portal/", "Dashboard", "analytics.read"),
    ("/portal/keys", "API keys", "api_key.list"),
    ("/portal/users", "Users", "user.list"),
    ("/portal/orgs", "Organizations", "org.list"),
    ("/portal/providers", "Providers", "link.list"),
    ("/portal/usage", "Usage", "analytics.read"),
    ("/portal/requests", "Requests", "analytics.read"),
    ("/portal/security", "Security", "security.read"),
    ("/portal/audit", "Audit log", "audit.read"),
    ("/portal/playground", "Playground", "api_key.list"),
)

# Notices a redirect may ask for (?notice=code); free text in a URL would be a phishing aid.
NOTICES = {
    "key-revoked": "The key was revoked; proxies refuse it within a second.",
    "key-updated": "The key was updated.",
    "user-created": "The user was created.",
    "user-updated": "The user was updated.",
    "quota-updated": "The quota was updated.",
    "org-created": "The organization was created.",
    "org-updated": "The organization was updated.",
    "link-created": "The provider was added.",
    "link-updated": "The provider was updated.",
    "link-deleted": "The provider was removed.",
    "security-updated": "The security settings were saved.",
    "logged-out": "You are logged out.",
}


# Pages hold secrets once (a new key) and forms that change things: never cached, never framed.
PAGE_HEADERS = {
    "Cache-Control": "no-store",
    "X-Frame-Options": "DENY",
    "Content-Security-Policy": "frame-ancestors 'none'; form-action 'self'; base-uri 'self'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
}


def allowed(actor: Actor, action: str) -> bool:
    """Whether the policy lets the actor do `action` at all (shown in navigation)."""
    try:
        authorize(actor, action)
    except ApiError:
        return False
    return True


def _number(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, float) and not value.is_integer():
        return f"{value:,.2f}"
    return f"{int(value):,}"


def _usd(value: Any) -> str:
    value = float(value or 0)
    return f"${value:,.4f}" if 0 < value < 1 else f"${value:,.2f}"


def _when(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M:%S") if value else "—"


env.filters.update(number=_number, usd=_usd, when=_when)


def render(
    request: Request,
    template: str,
    actor: Actor | None = None,
    *,
    status: int = 200,
    **context: Any,
) -> HTMLResponse:
    ctx = request.app.state.mgmt
    nav = [(p, label) for p, label, action in NAV if actor and allowed(actor, action)]
    page = {
        "request": request,
        "actor": actor,
        "nav": nav,
        "path": request.url.path,
        "csrf": csrf_for(ctx, actor.token_id) if actor and actor.token_id else "",
        "notice": NOTICES.get(request.query_params.get("notice", "")),
        "version": __version__,
        **context,
    }
    html = env.get_template(template).render(page)
    return HTMLResponse(html, status_code=status, headers=PAGE_HEADERS)
