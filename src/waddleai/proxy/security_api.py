"""`GET /api/security/threats?limit=&since=&category=`: recent security events.

Admins see every event; reporters the events of the organizations they are assigned
to. Other roles get 403. Reads the store (not the chat hot path); errors in OpenAI form.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from starlette.requests import Request
from starlette.responses import Response

from waddleai.pipeline.stages.authenticate import authenticate
from waddleai.proxy.errors import GatewayError, bad_request
from waddleai.proxy.responses import json_response
from waddleai.proxy.runtime import ProxyRuntime
from waddleai.security.events import EventScope, list_events
from waddleai.store.models import UserOrg
from waddleai.store.security_settings import THREAT_CATEGORIES

CATEGORIES = frozenset((*THREAT_CATEGORIES, "pii"))
MAX_LIMIT = 1000


async def threats(request: Request, runtime: ProxyRuntime) -> Response:
    principal = await authenticate(request.headers, runtime.authenticator)
    service = runtime.security
    if service is None or service.store is None:
        raise GatewayError(503, "Security events need the store (DATABASE_URL)")
    if principal.role not in ("admin", "reporter"):
        raise GatewayError(403, "only admin and reporter keys may read security events")
    params = request.query_params
    limit = _limit(params.get("limit"))
    since = _since(params.get("since"))
    category = params.get("category") or None
    if category is not None and category not in CATEGORIES:
        raise bad_request(f"'category' must be one of {', '.join(sorted(CATEGORIES))}")
    scope = EventScope() if principal.role == "admin" else await _orgs(service.store, principal)
    if service.events is not None:
        await service.events.flush()  # what this replica saw a moment ago is listed too
    events = await list_events(service.store, scope, limit, since, category)
    return json_response({"threats": events, "count": len(events), "limit": limit})


def _limit(raw: str | None) -> int:
    if raw is None:
        return 100
    if not raw.isdigit() or not 1 <= int(raw) <= MAX_LIMIT:
        raise bad_request(f"'limit' must be an integer from 1 to {MAX_LIMIT}")
    return int(raw)


def _since(raw: str | None) -> datetime | None:
    """ISO 8601 time, epoch seconds, or a duration like `24h` / `7d`."""
    if not raw:
        return None
    raw = raw.strip()[:40]
    try:
        if raw[-1:] in ("h", "d", "m") and raw[:-1].isdigit():
            unit = {"h": "hours", "d": "days", "m": "minutes"}[raw[-1]]
            return datetime.now(UTC) - timedelta(**{unit: int(raw[:-1])})
        if raw.replace(".", "", 1).isdigit():
            return datetime.fromtimestamp(float(raw), UTC)
        when = datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except (ValueError, OverflowError, OSError):
        raise bad_request("'since' must be an ISO 8601 time, epoch seconds, or e.g. 24h") from None
    return when if when.tzinfo else when.replace(tzinfo=UTC)


async def _orgs(store: object, principal: object) -> EventScope:
    """A reporter's assigned organizations (from the store, as the portal has them)."""
    user_id = getattr(principal, "user_id", None)
    orgs: set[int] = set()
    if user_id is not None:
        async with store.session() as session:  # type: ignore[attr-defined]
            rows = await session.execute(select(UserOrg.org_id).where(UserOrg.user_id == user_id))
            orgs = {int(r[0]) for r in rows}
    org_id = getattr(principal, "org_id", None)
    if org_id is not None:
        orgs.add(org_id)
    return EventScope(org_ids=frozenset(orgs))
