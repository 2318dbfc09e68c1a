"""Chat: one answer (or stream) from the first route and key that serve it.

Which route and key, and what happens when one fails before the first byte, is the
attempt policy's (attempts.py). The answer is turned back into the client's API here;
usage is read from the upstream's own fields (core/usage.py), the charge is left to
settlement.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any, ClassVar

from waddleai.accounting.meter import wanted_output
from waddleai.core.errors import GatewayError
from waddleai.pipeline.exchange import Exchange
from waddleai.pipeline.operations.attempts import attempt
from waddleai.pipeline.operations.base import Operation
from waddleai.pipeline.operations.plan import Plan, plan_for
from waddleai.pipeline.operations.streaming import open_stream
from waddleai.routing.keys import Lease
from waddleai.routing.resolver import Route
from waddleai.translate import (
    TranslationError,
    anthropic_response_to_openai,
    openai_custom_tools,
    openai_response_to_anthropic,
)


class Chat(Operation):
    """Chat completions (OpenAI clients) and messages (Anthropic clients)."""

    name: ClassVar[str] = "chat"

    def __init__(self, validate: Callable[[dict[str, Any]], None]) -> None:
        self._validate = validate

    def validate(self, ex: Exchange) -> None:
        self._validate(ex.body)

    async def call(self, ex: Exchange) -> None:
        async def one(route: Route, lease: Lease) -> Any:
            plan = plan_for(ex, route)
            ex.payload = plan.payload
            if ex.usage.stream:
                return await open_stream(ex, plan, lease.spec.secret)
            return await complete(ex, plan, lease.spec.secret)

        await attempt(ex, one, window_tokens(ex))


def window_tokens(ex: Exchange) -> int:
    """What a request takes from a key's tokens-per-minute window, before it is sent."""
    wanted = wanted_output(ex.body)
    return ex.prompt_estimate() + min(wanted or 1024, 1024)


async def complete(ex: Exchange, plan: Plan, key: str) -> Any:
    """One JSON answer; returns the upstream's response headers."""
    provider = plan.route.provider
    called = time.perf_counter()
    reply = await provider.chat(plan.payload, ex.client_headers, key)
    data = reply.data
    ex.usage.upstream_ms = (time.perf_counter() - called) * 1000
    ex.scope["waddleai.upstream_ms"] = ex.usage.upstream_ms
    if provider.wire_api == "openai":
        ex.usage.read_openai_usage(data.get("usage"))
        if not ex.usage.has_usage:
            ex.state["output_text"] = openai_output_text(data)
        if ex.api == "anthropic":
            data = _to_anthropic(ex, plan, data)
    else:
        ex.usage.read_anthropic_usage(data.get("usage"))
        if ex.api == "openai":
            data = anthropic_response_to_openai(
                data, model=ex.model, custom_tools=openai_custom_tools(ex.body)
            )
        # Anthropic pass-through: `model` stays what the upstream says answered.
    ex.answer = data
    return reply.headers


def openai_output_text(data: dict[str, Any]) -> str:
    """The generated text of an OpenAI answer (content and tool arguments), for counting."""
    parts: list[str] = []
    for choice in data.get("choices") or ():
        message = choice.get("message") if isinstance(choice, dict) else None
        if not isinstance(message, dict):
            continue
        for field in ("content", "reasoning_content"):
            if isinstance(message.get(field), str):
                parts.append(message[field])
        for call in message.get("tool_calls") or ():
            fn = call.get("function") if isinstance(call, dict) else None
            if isinstance(fn, dict):
                parts.append(f"{fn.get('name') or ''}{fn.get('arguments') or ''}")
    return "".join(parts)


def _to_anthropic(ex: Exchange, plan: Plan, data: dict[str, Any]) -> dict[str, Any]:
    try:
        return openai_response_to_anthropic(
            data,
            model=ex.model,
            tool_names=plan.tool_names,
            stop_sequences=ex.body.get("stop_sequences"),
        )
    except TranslationError as exc:
        raise GatewayError(502, f"upstream answer could not be translated: {exc.message}") from None
