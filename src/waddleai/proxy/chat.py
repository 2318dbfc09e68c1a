"""Serving one chat request: pick a route, shape the payload, call, answer, account.

The client's API (dialect) and the provider's wire API decide between pass-through and
translation; everything format-specific lives in `translate`, not here.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import AsyncIterator
from typing import Any

from starlette.responses import Response

from waddleai.accounting.meter import Meter
from waddleai.accounting.quota import HOLD
from waddleai.accounting.tokenizer import count_chat_tokens, ensure_loaded, rough_prompt_tokens
from waddleai.providers.errors import UpstreamError
from waddleai.proxy.admission import Admitted
from waddleai.proxy.errors import GatewayError
from waddleai.proxy.responses import json_response, sse_response
from waddleai.proxy.runtime import ProxyRuntime
from waddleai.proxy.streams import (
    relay_anthropic,
    relay_openai,
    translate_anthropic_to_openai,
    translate_openai_to_anthropic,
)
from waddleai.proxy.usage import UsageEvent
from waddleai.proxy.usage_fields import HEADER, stamp_body
from waddleai.routing.resolver import Route
from waddleai.translate import (
    AnthropicToOpenAIStream,
    OpenAIToAnthropicStream,
    ToolNameMap,
    TranslationError,
    anthropic_request_to_openai,
    anthropic_response_to_openai,
    openai_request_to_anthropic,
    openai_response_to_anthropic,
)


class Plan:
    """The payload for one route plus what is needed to turn the answer back."""

    __slots__ = ("route", "payload", "tool_names")

    def __init__(self, route: Route, payload: dict[str, Any], tool_names: ToolNameMap | None):
        self.route = route
        self.payload = payload
        self.tool_names = tool_names


def plan_for(adm: Admitted, route: Route, runtime: ProxyRuntime) -> Plan:
    """Shape the client's body for this route's provider (pass-through or translated)."""
    body, provider = adm.body, route.provider
    info = runtime.catalog.info(route.upstream_model)
    if adm.dialect == provider.wire_api:
        payload = dict(body)
        payload["model"] = route.upstream_model
        if provider.wire_api == "openai" and payload.get("stream"):
            options = dict(payload.get("stream_options") or {})
            options["include_usage"] = True
            payload["stream_options"] = options
        _cap_output(payload, runtime.settings.max_tokens_limit)
        return Plan(route, payload, None)
    try:
        if adm.dialect == "anthropic":
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
        raise GatewayError.from_translation(exc) from None


def _cap_output(payload: dict[str, Any], limit: int | None) -> None:
    """MAX_TOKENS_LIMIT holds for pass-through bodies too, not only translated ones."""
    if limit is None:
        return
    for field in ("max_tokens", "max_completion_tokens"):
        value = payload.get(field)
        if isinstance(value, int) and not isinstance(value, bool) and value > limit:
            payload[field] = limit


async def serve_chat(adm: Admitted, runtime: ProxyRuntime) -> Response:
    """Try each candidate route in order; fail over only on retryable upstream errors."""
    event = UsageEvent(
        request_id=adm.request_id,
        principal=adm.principal,
        dialect=adm.dialect,
        requested_model=adm.model,
        stream=bool(adm.body.get("stream")),
    )
    gate = runtime.quota
    if gate is not None:  # reserve the most this may cost, or answer 429
        hold = await gate.admit(adm.principal, adm.body, adm.routes[0].upstream_model)
        if hold is not None:
            event.extra[HOLD] = hold
    try:
        return await _serve(adm, event, runtime)
    except BaseException:
        if gate is not None and HOLD in event.extra:  # never reached record(): release
            gate.release(event.extra.pop(HOLD))
        raise


async def _serve(adm: Admitted, event: UsageEvent, runtime: ProxyRuntime) -> Response:
    last_error: UpstreamError | None = None
    for position, route in enumerate(adm.routes):
        plan = plan_for(adm, route, runtime)
        event.provider, event.upstream_model = route.provider.name, route.upstream_model
        try:
            if event.stream:
                return await _stream(adm, plan, event, runtime)
            return await _complete(adm, plan, event, runtime)
        except UpstreamError as exc:
            last_error = exc
            if not exc.retryable or position == len(adm.routes) - 1:
                break
    assert last_error is not None
    event.status, event.error = last_error.status, last_error.message
    event.latency_ms = (time.perf_counter() - adm.started) * 1000
    runtime.record(event)
    raise GatewayError.from_upstream(last_error)


async def _complete(
    adm: Admitted, plan: Plan, event: UsageEvent, runtime: ProxyRuntime
) -> Response:
    provider = plan.route.provider
    called = time.perf_counter()
    data = await provider.chat(plan.payload, adm.client_headers)
    event.upstream_ms = (time.perf_counter() - called) * 1000
    adm.scope["waddleai.upstream_ms"] = event.upstream_ms
    if provider.wire_api == "openai":
        event.read_openai_usage(data.get("usage"))
        if adm.dialect == "anthropic":
            data = _to_anthropic(adm, plan, data)
    else:
        event.read_anthropic_usage(data.get("usage"))
        if adm.dialect == "openai":
            data = anthropic_response_to_openai(data, model=adm.model)
        else:
            data["model"] = adm.model
    if not event.input_tokens and not event.output_tokens:
        await _estimate_usage(event, adm)
    event.latency_ms = (time.perf_counter() - adm.started) * 1000
    runtime.record(event)  # prices the request: event.extra["waddleai_tokens"]
    stamp_body(data, adm.dialect, event)
    headers = {HEADER: str(event.extra["waddleai_tokens"])}
    return json_response(data, headers=headers)


def _to_anthropic(adm: Admitted, plan: Plan, data: dict[str, Any]) -> dict[str, Any]:
    try:
        return openai_response_to_anthropic(
            data,
            model=adm.model,
            tool_names=plan.tool_names,
            stop_sequences=adm.body.get("stop_sequences"),
        )
    except TranslationError as exc:
        raise GatewayError(502, f"upstream answer could not be translated: {exc.message}") from None


async def _stream(adm: Admitted, plan: Plan, event: UsageEvent, runtime: ProxyRuntime) -> Response:
    provider = plan.route.provider
    called = time.perf_counter()
    upstream = await provider.chat_stream(plan.payload, adm.client_headers)
    adm.scope["waddleai.upstream_ms"] = (time.perf_counter() - called) * 1000
    body = _stream_body(adm, plan, upstream, event, called, runtime.meter)
    account = _StreamAccount(upstream, event, adm, runtime)
    return sse_response(_accounted(body, account), on_close=account.close)


def _stream_body(
    adm: Admitted, plan: Plan, upstream: Any, event: UsageEvent, called: float, meter: Meter
) -> AsyncIterator[bytes]:
    if plan.route.provider.wire_api == "openai":
        if adm.dialect == "openai":
            wants_usage = bool((adm.body.get("stream_options") or {}).get("include_usage"))
            return relay_openai(upstream, event, called, wants_usage, meter)
        translator = OpenAIToAnthropicStream(
            model=adm.model,
            message_id=f"msg_{uuid.uuid4().hex[:24]}",
            input_tokens=rough_prompt_tokens(adm.body),  # the final usage replaces it
            tool_names=plan.tool_names,
            stop_sequences=adm.body.get("stop_sequences"),
        )
        return translate_openai_to_anthropic(upstream, event, called, translator, meter)
    if adm.dialect == "anthropic":
        return relay_anthropic(upstream, event, called, adm.model, meter)
    wants_usage = bool((adm.body.get("stream_options") or {}).get("include_usage"))
    translator = AnthropicToOpenAIStream(model=adm.model, include_usage=wants_usage)
    return translate_anthropic_to_openai(upstream, event, called, translator, meter)


class _StreamAccount:
    """Closes the upstream and records usage exactly once, however the stream ends.

    Called from the relay generator's `finally` and again by SSEResponse when it is done;
    the second call covers a client that left before the generator ever started.
    """

    __slots__ = ("upstream", "event", "adm", "runtime", "done")

    def __init__(self, upstream: Any, event: UsageEvent, adm: Admitted, runtime: ProxyRuntime):
        self.upstream, self.event, self.adm, self.runtime = upstream, event, adm, runtime
        self.done = False

    async def close(self) -> None:
        if self.done:
            return
        self.done = True
        event = self.event
        if event.status == 200 and event.error is None and not _finished(event):
            event.status, event.error = 499, "client disconnected"
        await self.upstream.aclose()
        if not event.input_tokens and not event.output_tokens:
            await _estimate_usage(event, self.adm)
        event.latency_ms = (time.perf_counter() - self.adm.started) * 1000
        self.runtime.record(event)


def _finished(event: UsageEvent) -> bool:
    return bool(event.extra.get("stream_finished"))


async def _accounted(body: AsyncIterator[bytes], account: _StreamAccount) -> AsyncIterator[bytes]:
    """Relay, and whatever happens (finish, upstream failure, client gone) account once."""
    try:
        async for piece in body:
            yield piece
        account.event.extra["stream_finished"] = True
    finally:
        await account.close()


async def _estimate_usage(event: UsageEvent, adm: Admitted) -> None:
    """No usage from the upstream: count the prompt ourselves (output stays unknown: 0).

    An upstream that answered without usage gets the exact offline count. A stream cut
    short by its client (499) gets the rough estimate: loading 100+ MB of BPE tables
    because a client hung up would let disconnects inflate every replica's memory.
    """
    event.usage_estimated = True
    if event.status == 499:
        event.input_tokens = rough_prompt_tokens(adm.body)
        return
    messages = adm.body.get("messages") or []
    if isinstance(messages, list):
        await ensure_loaded()
        event.input_tokens = count_chat_tokens(messages, event.upstream_model)
