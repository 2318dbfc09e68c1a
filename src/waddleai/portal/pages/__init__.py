"""One router per page; `ROUTERS` is what the portal app includes."""

from fastapi import APIRouter

from waddleai.portal.pages import (
    audit,
    auth,
    dashboard,
    keys,
    orgs,
    playground,
    providers,
    requests,
    security,
    usage,
    users,
)

ROUTERS: list[APIRouter] = [
    auth.router,
    dashboard.router,
    keys.router,
    users.router,
    orgs.router,
    providers.router,
    usage.router,
    requests.router,
    security.router,
    audit.router,
    playground.router,
]
