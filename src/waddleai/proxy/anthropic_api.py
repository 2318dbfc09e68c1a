"""The Anthropic Messages API surface: /v1/messages and /v1/messages/count_tokens."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response

from waddleai.accounting.tokenizer import count_chat_tokens, ensure_loaded
from waddleai.providers.anthropic import AnthropicProvider
from waddleai.providers.errors import UpstreamError
from waddleai.proxy.admission import admit, authenticate, read_json_body
from waddleai.proxy.chat import serve_chat
from waddleai.proxy.errors import GatewayError, bad_request
from waddleai.proxy.responses import json_response
from waddleai.proxy.runtime import ProxyRuntime
from waddleai.routing.resolver import ModelNotFound
from waddleai.translate import TranslationError, anthropic_request_to_openai

_ROLES = ("user", "assistant", "system")


def validate_messages(body: dict) -> None:
    """Anthropic's own checks, so a bad request fails the same way on any upstream."""
    messages = body.get("messages")
    if not isinstance(messages, list) or not messages:
        raise bad_request("messages: field required and must be a non-empty array")
    for i, message in enumerate(messages):
        if not isinstance(message, dict) or message.get("role") not in _ROLES:
            raise bad_request(f"messages.{i}.role: must be 'user' or 'assistant'")
    max_tokens = body.get("max_tokens")
    if max_tokens is not None and (not isinstance(max_tokens, int) or max_tokens < 1):
        raise bad_request("max_tokens: must be a positive integer")


async def messages(request: Request, runtime: ProxyRuntime) -> Response:
    adm = await admit(request, runtime, "anthropic")
    validate_messages(adm.body)
    if adm.body.get("max_tokens") is None:
        raise bad_request("max_tokens: field required")
    return await serve_chat(adm, runtime)


async def count_tokens(request: Request, runtime: ProxyRuntime) -> Response:
    """Offline count (exact for OpenAI-family models, an estimate otherwise).

    When the model is served by an Anthropic upstream, its own count is asked first.
    """
    await authenticate(request, runtime)
    body = await read_json_body(request)
    validate_messages(body)
    model = str(body.get("model") or "")
    upstream_model = model
    try:
        route = runtime.resolver.resolve(model)[0]
        upstream_model = route.upstream_model
        if isinstance(route.provider, AnthropicProvider):
            headers = {k: v for k, v in request.headers.items() if k.startswith("anthropic-")}
            try:
                data = await route.provider.count_tokens({**body, "model": upstream_model}, headers)
                return json_response({"input_tokens": int(data.get("input_tokens", 0))})
            except UpstreamError:
                pass  # fall back to the local count
    except ModelNotFound:
        pass
    try:
        # Counting is not sending: documents count as their text whatever the upstream.
        payload, _ = anthropic_request_to_openai(
            {**body, "max_tokens": body.get("max_tokens") or 1},
            model=upstream_model,
            accepts_documents=True,
        )
    except TranslationError as exc:
        raise GatewayError.from_translation(exc) from None
    await ensure_loaded()  # the BPE tables load on the first exact count, off the loop
    tokens = count_chat_tokens(payload["messages"], upstream_model, payload.get("tools"))
    return json_response({"input_tokens": tokens})
