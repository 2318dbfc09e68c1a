"""`GET /v1/models` and `GET /v1/models/{id}`, in the shape of the client's own API.

Both SDKs' `models.list()` and `models.retrieve()` land here; Anthropic's shape is used
when the client sends `anthropic-version` (or comes under /anthropic).
"""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from waddleai.core.errors import model_not_found
from waddleai.pipeline.stages.authenticate import authenticate
from waddleai.proxy.responses import json_response
from waddleai.proxy.runtime import ProxyRuntime
from waddleai.routing.resolver import ModelNotFound

_CREATED_AT = "2024-01-01T00:00:00Z"


def _anthropic(request: Request) -> bool:
    return bool(request.headers.get("anthropic-version")) or request.url.path.startswith(
        "/anthropic"
    )


def _entry(model: str, owner: str, created: int, anthropic: bool) -> dict[str, Any]:
    if anthropic:
        return {"type": "model", "id": model, "display_name": model, "created_at": _CREATED_AT}
    return {"id": model, "object": "model", "created": created, "owned_by": owner}


async def list_models(request: Request, runtime: ProxyRuntime) -> Response:
    """Models the caller may use."""
    principal = await authenticate(request.headers, runtime.authenticator)
    created, anthropic = int(runtime.started_at), _anthropic(request)
    data = [
        _entry(model, owner, created, anthropic)
        for model, owner in runtime.resolver.listed_models()
        if principal.may_use(model)
    ]
    if anthropic:
        return json_response(
            {
                "data": data,
                "has_more": False,
                "first_id": data[0]["id"] if data else None,
                "last_id": data[-1]["id"] if data else None,
            }
        )
    return json_response({"object": "list", "data": data})


async def retrieve_model(request: Request, runtime: ProxyRuntime) -> Response:
    """One model the caller may use (any name the resolver accepts), else 404."""
    principal = await authenticate(request.headers, runtime.authenticator)
    model = request.path_params.get("model_id", "")
    try:
        route = runtime.resolver.resolve(model)[0]
    except ModelNotFound:
        raise model_not_found(model) from None
    if not principal.may_use(model, route.upstream_model):
        raise model_not_found(model)
    return json_response(
        _entry(model, route.provider.name, int(runtime.started_at), _anthropic(request))
    )
