"""What a key holder can ask the proxy about its own consumption.

`GET /api/usage` (own usage by day and model), `GET /api/quota` (live counters),
`GET|POST /v1/analytics/budgets`, `GET /v1/analytics/costs?days=7`. Errors use the
OpenAI format. These read the store, which is fine: they are not on the chat hot path.
`/api/quota`'s `used` for a limited scope is the live counter, so it includes the
reservations of requests still in flight.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from waddleai.accounting.budgets import alerts_for, budgets_for, upsert_budget
from waddleai.accounting.limits import period_start, period_tag
from waddleai.accounting.reports import Scope, aggregate, cost_report, scope_tokens_used, since_days
from waddleai.auth.principal import Principal
from waddleai.config.bounds import (
    DEFAULT_THRESHOLDS,
    MAX_BUDGET_USD,
    MAX_DAYS,
    MAX_THRESHOLD,
    MAX_THRESHOLDS,
    MAX_URL_LENGTH,
    MIN_DAYS,
    MIN_THRESHOLD,
    parse_int,
    valid_budget,
    valid_thresholds,
)
from waddleai.pipeline.stages.authenticate import authenticate
from waddleai.pipeline.stages.read_body import read_json_body
from waddleai.proxy.errors import GatewayError, bad_request
from waddleai.proxy.responses import json_response
from waddleai.proxy.runtime import ProxyRuntime
from waddleai.store.usage_models import BUDGET_TYPES, SCOPES, Budget

ORG_BUDGET_ROLES = frozenset({"admin", "resource_manager"})


def _gate(runtime: ProxyRuntime) -> Any:
    if runtime.quota is None:
        raise GatewayError(503, "Usage accounting needs the store (DATABASE_URL)")
    return runtime.quota


def own_scope(principal: Principal) -> Scope:
    """A user sees all of their own usage; a key without a user only its own."""
    if principal.user_id is not None:
        return Scope(user_id=principal.user_id)
    return Scope(key_id=principal.key_id)


def _days_param(request: Request, default: int) -> int:
    raw = request.query_params.get("days")
    if raw is None:
        return default
    value = parse_int(raw, MIN_DAYS, MAX_DAYS)
    if value is None:
        raise bad_request(f"'days' must be an integer from {MIN_DAYS} to {MAX_DAYS}")
    return value


async def usage(request: Request, runtime: ProxyRuntime) -> Response:
    principal = await authenticate(request.headers, runtime.authenticator)
    gate = _gate(runtime)
    days = _days_param(request, 30)
    rows = await aggregate(
        gate.store, own_scope(principal), ("day", "provider", "model"), since_days(days)
    )
    body = {
        "user_id": principal.user_id,
        "key_id": principal.key_id,
        "days": days,
        "total_waddleai_tokens": sum(r["waddleai_tokens"] for r in rows),
        "total_cost_usd": round(sum(r["cost_usd"] for r in rows), 6),
        "usage": rows,
    }
    return json_response(body)


async def quota(request: Request, runtime: ProxyRuntime) -> Response:
    """`{"daily": {used, limit, remaining}, "monthly": {...}, "scopes": {...}}`."""
    principal = await authenticate(request.headers, runtime.authenticator)
    gate = _gate(runtime)
    live = await gate.usage(principal)
    scopes: dict[str, dict[str, Any]] = {}
    for scope, scope_id in _principal_scopes(principal):
        entry = {}
        for period in ("daily", "monthly"):
            limit, used = live.get(("tokens", scope, period), (None, 0))
            if limit is None:
                used = await scope_tokens_used(gate.store, scope, scope_id, period)
            remaining = None if limit is None else max(limit - used, 0)
            entry[period] = {"used": used, "limit": limit, "remaining": remaining}
        scopes[scope] = entry
    body: dict[str, Any] = {"scopes": scopes, "resets": _resets()}
    for period in ("daily", "monthly"):
        body[period] = _binding(scopes, period)
    return json_response(body)


def _principal_scopes(principal: Principal) -> list[tuple[str, str]]:
    scopes = [("user", str(principal.user_id))] if principal.user_id is not None else []
    scopes.append(("key", principal.key_id))
    if principal.org_id is not None:
        scopes.append(("org", str(principal.org_id)))
    return scopes


def _binding(scopes: dict[str, dict[str, Any]], period: str) -> dict[str, Any]:
    """The limited scope with the least left; else the first scope's (user's) usage."""
    limited = [s[period] for s in scopes.values() if s[period]["limit"] is not None]
    if limited:
        return dict(min(limited, key=lambda e: e["remaining"]))
    return dict(next(iter(scopes.values()))[period])


def _resets() -> dict[str, str]:
    from waddleai.accounting.limits import period_end

    now = datetime.now(UTC)
    return {p: period_end(p, now).isoformat() for p in ("daily", "weekly", "monthly")}


async def costs(request: Request, runtime: ProxyRuntime) -> Response:
    principal = await authenticate(request.headers, runtime.authenticator)
    days = _days_param(request, 7)
    report = await cost_report(_gate(runtime).store, own_scope(principal), days)
    return json_response(report)


async def list_budgets(request: Request, runtime: ProxyRuntime) -> Response:
    principal = await authenticate(request.headers, runtime.authenticator)
    gate = _gate(runtime)
    budgets = await budgets_for(gate.store, _principal_scopes(principal))
    views = await _budget_views(gate, principal, budgets)
    return json_response({"budgets": views})


async def create_budget(request: Request, runtime: ProxyRuntime) -> Response:
    """Create or replace the caller's budget of one type on its key, user or org."""
    principal = await authenticate(request.headers, runtime.authenticator)
    gate = _gate(runtime)
    body = await read_json_body(request)
    scope, fields = _budget_fields(body, principal)
    scope_id = dict(_principal_scopes(principal))[scope]
    budget = await upsert_budget(gate.store, scope, scope_id, fields)
    await gate.reload()  # this replica enforces it at once; others via the change feed
    [view] = await _budget_views(gate, principal, [budget])
    return json_response(view, status=201)


def _budget_fields(body: dict[str, Any], principal: Principal) -> tuple[str, dict[str, Any]]:
    scope = body.get("scope", "key")
    if scope not in SCOPES:
        raise bad_request(f"'scope' must be one of {', '.join(SCOPES)}")
    if scope == "user" and principal.user_id is None:
        raise bad_request("this key has no user; use scope 'key'")
    if scope == "org" and (principal.org_id is None or principal.role not in ORG_BUDGET_ROLES):
        raise GatewayError(403, "only an admin or resource manager key may budget its org")
    budget_type = body.get("budget_type")
    if budget_type not in BUDGET_TYPES:
        raise bad_request(f"'budget_type' must be one of {', '.join(BUDGET_TYPES)}")
    limit = body.get("budget_limit")
    if not valid_budget(limit):
        raise bad_request(
            f"'budget_limit' must be a number (USD) above 0, at most {MAX_BUDGET_USD}"
        )
    thresholds = body.get("alert_thresholds", list(DEFAULT_THRESHOLDS))
    if not valid_thresholds(thresholds):
        raise bad_request(
            f"'alert_thresholds' must be a list of at most {MAX_THRESHOLDS} integers "
            f"from {MIN_THRESHOLD} to {MAX_THRESHOLD}"
        )
    webhook = body.get("webhook_url")
    if webhook is not None and not _valid_url(webhook):
        raise bad_request(
            f"'webhook_url' must be an http(s) URL of at most {MAX_URL_LENGTH} characters"
        )
    if webhook is not None and principal.role != "admin":
        # The gateway POSTs to this URL from inside the network: letting any key holder
        # choose it would let them reach internal services (SSRF).
        raise GatewayError(403, "only an admin key may set a budget 'webhook_url'")
    fields = {
        "budget_type": budget_type,
        "budget_limit": float(limit),
        "alert_thresholds": sorted(set(thresholds)),
        "webhook_url": webhook,
    }
    return scope, fields


def _valid_url(url: object) -> bool:
    return (
        isinstance(url, str)
        and url.startswith(("http://", "https://"))
        and len(url) <= MAX_URL_LENGTH
        and url.isprintable()  # no NUL (PostgreSQL refuses it), no line breaks
    )


async def _budget_views(gate: Any, principal: Principal, budgets: list[Budget]) -> list[Any]:
    live = await gate.usage(principal)
    alerts = await alerts_for(gate.store, [b.id for b in budgets])
    now = datetime.now(UTC)
    views = []
    for budget in budgets:
        key = ("usd", budget.scope_type, budget.budget_type)
        spent = live[key][1] / 1_000_000 if key in live else await _spent(gate, budget, now)
        views.append(
            {
                "id": budget.id,
                "scope": budget.scope_type,
                "scope_id": budget.scope_id,
                "budget_type": budget.budget_type,
                "budget_limit": budget.budget_limit,
                "alert_thresholds": budget.alert_thresholds,
                "webhook_url": budget.webhook_url,
                "period": period_tag(budget.budget_type, now),
                "spent_usd": round(spent, 6),
                "remaining_usd": round(max(budget.budget_limit - spent, 0.0), 6),
                "percent_used": (
                    round(spent * 100 / budget.budget_limit, 2) if budget.budget_limit > 0 else None
                ),
                "alerts": [
                    {
                        "threshold": a.threshold,
                        "period": a.period,
                        "spent_usd": a.spent_usd,
                        "at": a.at.isoformat(),
                    }
                    for a in alerts
                    if a.budget_id == budget.id
                ],
            }
        )
    return views


async def _spent(gate: Any, budget: Budget, now: datetime) -> float:
    scope = {"key": Scope(key_id=budget.scope_id)}.get(budget.scope_type)
    if scope is None:
        ident = int(budget.scope_id)
        scope = (
            Scope(user_id=ident)
            if budget.scope_type == "user"
            else Scope(org_ids=frozenset({ident}))
        )
    rows = await aggregate(gate.store, scope, since=period_start(budget.budget_type, now))
    return float(rows[0]["cost_usd"]) if rows else 0.0
