"""Shaping the client's body for one route: pass-through or translated.

The client's API and the provider's wire API decide; everything format-specific lives in
`translate`, not here. Called once per attempt, since each route may need another shape.
"""

from __future__ import annotations

from typing import Any

from waddleai.core.errors import GatewayError
from waddleai.pipeline.exchange import Exchange
from waddleai.proxy.errors import from_translation
from waddleai.routing.resolver import Route
from waddleai.translate import (
    ToolNameMap,
    TranslationError,
    anthropic_request_to_openai,
    openai_request_to_anthropic,
)


class Plan:
    """The payload for one route plus what is needed to turn the answer back."""

    __slots__ = ("route", "payload", "tool_names")

    def __init__(self, route: Route, payload: dict[str, Any], tool_names: ToolNameMap | None):
        self.route = route
        self.payload = payload
        self.tool_names = tool_names


def plan_for(ex: Exchange, route: Route) -> Plan:
    """The upstream payload for `route` (see module docstring)."""
    body, provider = ex.body, route.provider
    runtime = ex.runtime
    info = runtime.catalog.info(route.upstream_model)
    if ex.api == provider.wire_api:
        payload = dict(body)
        payload["model"] = route.upstream_model
        if provider.wire_api == "openai" and payload.get("stream"):
            options = dict(payload.get("stream_options") or {})
            options["include_usage"] = True
            payload["stream_options"] = options
        cap_output(payload, runtime.settings.max_tokens_limit)
        return Plan(route, payload, None)
    try:
        if ex.api == "anthropic":
            payload, names = anthropic_request_to_openai(
                body,
                model=route.upstream_model,
                max_output_tokens=info.max_output_tokens,
                supports_reasoning=info.supports_reasoning,
            )
            return Plan(route, payload, names)
        payload = openai_request_to_anthropic(
            body,
            model=route.upstream_model,
            max_output_tokens=info.max_output_tokens,
            supports_reasoning=info.supports_reasoning,
        )
        return Plan(route, payload, None)
    except TranslationError as exc:
        raise from_translation(exc) from None


def cap_output(payload: dict[str, Any], limit: int | None) -> None:
    """MAX_TOKENS_LIMIT holds for pass-through bodies too, not only translated ones."""
    if limit is None:
        return
    for field in ("max_tokens", "max_completion_tokens"):
        value = payload.get(field)
        if isinstance(value, int) and not isinstance(value, bool) and value > limit:
            payload[field] = limit


def require_object(body: dict[str, Any], field: str) -> None:
    """A field that, when present, must be a JSON object (else a 400, never a 500)."""
    value = body.get(field)
    if value is not None and not isinstance(value, dict):
        raise GatewayError(400, f"'{field}' must be an object", code="invalid_request")
