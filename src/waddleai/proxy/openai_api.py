"""The OpenAI API surface: /v1/chat/completions, /v1/embeddings, /v1/models."""

from __future__ import annotations

import time

from starlette.requests import Request
from starlette.responses import Response

from waddleai.proxy.admission import admit, authenticate
from waddleai.proxy.chat import serve_chat
from waddleai.proxy.errors import GatewayError, bad_request
from waddleai.proxy.responses import json_response
from waddleai.proxy.runtime import ProxyRuntime
from waddleai.proxy.usage import UsageEvent


async def chat_completions(request: Request, runtime: ProxyRuntime) -> Response:
    adm = await admit(request, runtime, "openai")
    messages = adm.body.get("messages")
    if not isinstance(messages, list) or not messages:
        raise bad_request("'messages' is required and must be a non-empty array")
    return await serve_chat(adm, runtime)


async def embeddings(request: Request, runtime: ProxyRuntime) -> Response:
    adm = await admit(request, runtime, "openai")
    if adm.body.get("input") in (None, "", []):
        raise bad_request("'input' is required")
    route = adm.routes[0]
    if route.provider.wire_api != "openai":
        raise GatewayError(
            400, f"The model '{adm.model}' is served by a provider without an embeddings API"
        )
    payload = {**adm.body, "model": route.upstream_model}
    data = await route.provider.embeddings(payload)
    usage = data.get("usage") or {}
    runtime.record(
        UsageEvent(
            request_id=adm.request_id,
            principal=adm.principal,
            dialect="openai",
            requested_model=adm.model,
            provider=route.provider.name,
            upstream_model=route.upstream_model,
            input_tokens=int(usage.get("prompt_tokens") or 0),
            latency_ms=(time.perf_counter() - adm.started) * 1000,
            extra={"operation": "embeddings"},
        )
    )
    return json_response(data)


async def list_models(request: Request, runtime: ProxyRuntime) -> Response:
    """Models the caller may use; Anthropic's shape when the client sends anthropic-version."""
    principal = await authenticate(request, runtime)
    created = int(runtime.started_at)
    visible = [
        (model, owner)
        for model, owner in runtime.resolver.listed_models()
        if principal.may_use(model)
    ]
    if request.headers.get("anthropic-version"):
        data = [
            {"type": "model", "id": m, "display_name": m, "created_at": "2024-01-01T00:00:00Z"}
            for m, _ in visible
        ]
        return json_response(
            {
                "data": data,
                "has_more": False,
                "first_id": data[0]["id"] if data else None,
                "last_id": data[-1]["id"] if data else None,
            },
        )
    data = [{"id": m, "object": "model", "created": created, "owned_by": o} for m, o in visible]
    return json_response({"object": "list", "data": data})
