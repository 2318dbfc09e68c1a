"""Responses API pass-through, for upstreams that speak it themselves (OpenAI).

The body goes up as the client sent it (model renamed, output capped; a locally stored
previous_response_id expanded into its items so any upstream has the context); events
come back byte for byte, except the final one, whose usage is read and stamped with
``waddleai_tokens``, and whose response is stored before the client sees it.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import orjson

from waddleai.pipeline.exchange import Exchange
from waddleai.providers.errors import UpstreamError
from waddleai.routing.resolver import Route
from waddleai.translate import SSEDecoder, encode_event

Saver = Callable[[Exchange, Any, dict[str, Any]], Awaitable[None]]
_FINAL = ("response.completed", "response.incomplete", "response.failed")


def native_payload(ex: Exchange, route: Route, call: Any) -> dict[str, Any]:
    payload = dict(call.original)
    payload["model"] = route.upstream_model
    if call.history is not None:  # stored here: send the items themselves
        payload.pop("previous_response_id", None)
        payload["input"] = call.input_items
    limit = ex.runtime.settings.max_tokens_limit
    wanted = payload.get("max_output_tokens")
    if limit is not None and isinstance(wanted, int) and wanted > limit:
        payload["max_output_tokens"] = limit
    return payload


def read_usage(ex: Exchange, usage: Any) -> None:
    """Responses usage into the usage event (input includes cached tokens)."""
    if not isinstance(usage, dict):
        return
    details = usage.get("input_tokens_details") or {}
    ex.usage.read_openai_usage(
        {
            "prompt_tokens": usage.get("input_tokens"),
            "completion_tokens": usage.get("output_tokens"),
            "prompt_tokens_details": {"cached_tokens": details.get("cached_tokens")},
        }
    )


async def call_native(ex: Exchange, route: Route, call: Any, save: Saver, key: str) -> Any:
    """One pass-through attempt with `key`; returns the upstream's response headers."""
    provider: Any = route.provider
    payload = native_payload(ex, route, call)
    ex.payload = payload
    started = time.perf_counter()
    if ex.usage.stream:
        upstream = await provider.responses_stream(payload, ex.client_headers, key)
        ex.scope["waddleai.upstream_ms"] = (time.perf_counter() - started) * 1000
        ex.state["upstream"] = upstream
        ex.stream = _relay(ex, upstream, started, call, save)
        return getattr(upstream, "headers", None)
    reply = await provider.responses(payload, ex.client_headers, key)
    data = reply.data
    ex.usage.upstream_ms = (time.perf_counter() - started) * 1000
    ex.scope["waddleai.upstream_ms"] = ex.usage.upstream_ms
    read_usage(ex, data.get("usage"))
    ex.answer = data
    if isinstance(data.get("id"), str):
        await save(ex, call, data)
    return reply.headers


async def _relay(
    ex: Exchange, upstream: Any, started: float, call: Any, save: Saver
) -> AsyncIterator[bytes]:
    decoder = SSEDecoder()
    sequence = 0
    try:
        async for chunk in upstream:
            out: list[bytes] = []
            for name, data in decoder.feed(chunk):
                sequence += 1
                if name in _FINAL:
                    out.append(await _final(ex, name, data, call, save))
                else:
                    out.append(encode_event(name, data))
            if out:
                if ex.usage.ttft_ms is None:
                    ex.usage.ttft_ms = (time.perf_counter() - started) * 1000
                yield b"".join(out)
    except UpstreamError as exc:
        ex.usage.status, ex.usage.error = 502, exc.message
        error = {"type": "error", "code": "server_error", "message": exc.message}
        yield encode_event("error", {**error, "sequence_number": sequence})


async def _final(ex: Exchange, name: str | None, data: bytes, call: Any, save: Saver) -> bytes:
    """The last event: usage read and stamped, response stored, then sent on."""
    try:
        parsed = orjson.loads(data)
    except orjson.JSONDecodeError:
        return encode_event(name, data)
    response = parsed.get("response") if isinstance(parsed, dict) else None
    if not isinstance(response, dict):
        return encode_event(name, data)
    read_usage(ex, response.get("usage"))
    if isinstance(response.get("usage"), dict):
        charge = ex.runtime.meter.charge(ex.usage)
        response["usage"]["waddleai_tokens"] = charge.waddleai_tokens
    if name != "response.failed" and isinstance(response.get("id"), str):
        await save(ex, call, response)
    else:
        ex.usage.status = 502
    return encode_event(name, parsed)
