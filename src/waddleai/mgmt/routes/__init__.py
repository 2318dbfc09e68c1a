"""One router per concern; `ROUTERS` is what the app factory mounts.

Analytics routes (`/analytics/...`) belong in their own module here and are added to
`ROUTERS`; they authorize with `policy.authorize(actor, "analytics.read", ...)` and narrow
queries with `policy.analytics_scope(actor)`.
"""

from fastapi import APIRouter

from waddleai.mgmt.routes import (
    analytics,
    api_keys,
    audit,
    auth,
    health,
    links,
    memory,
    orgs,
    security,
    users,
)

ROUTERS: list[APIRouter] = [
    health.router,
    auth.router,
    users.router,
    orgs.router,
    api_keys.router,
    links.router,
    memory.router,
    security.router,
    audit.router,
    analytics.router,
]
