"""Opening a stream: the upstream call, and the relay that turns it into client bytes.

Four shapes, one per (client API, upstream API) pair (pipeline/relays.py). The upstream
stream is kept on the exchange so settlement can close it however the stream ends.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from typing import Any

from waddleai.pipeline.counting import count_sent, count_text
from waddleai.pipeline.exchange import Exchange
from waddleai.pipeline.operations.plan import Plan
from waddleai.pipeline.relays import (
    relay_anthropic,
    relay_openai,
    translate_anthropic_to_openai,
    translate_openai_to_anthropic,
)
from waddleai.translate import (
    AnthropicToOpenAIStream,
    OpenAIToAnthropicStream,
    openai_custom_tools,
)


async def open_stream(ex: Exchange, plan: Plan, key: str) -> Any:
    """Open the upstream stream with `key`; returns its response headers."""
    provider = plan.route.provider
    called = time.perf_counter()
    upstream = await provider.chat_stream(plan.payload, ex.client_headers, key)
    ex.scope["waddleai.upstream_ms"] = (time.perf_counter() - called) * 1000
    ex.state["upstream"] = upstream
    ex.stream = _relay(ex, plan, upstream, called)
    return getattr(upstream, "headers", None)


def _wants_usage(body: dict[str, Any]) -> bool:
    options = body.get("stream_options")
    return bool(options.get("include_usage")) if isinstance(options, dict) else False


def _relay(ex: Exchange, plan: Plan, upstream: Any, called: float) -> AsyncIterator[bytes]:
    meter, event, body = ex.runtime.meter, ex.usage, ex.body
    if plan.route.provider.wire_api == "openai":
        if ex.api == "openai":
            return relay_openai(upstream, event, called, _wants_usage(body), meter)
        translator = OpenAIToAnthropicStream(
            model=ex.model,
            input_tokens=ex.prompt_estimate(),  # the final usage replaces it
            tool_names=plan.tool_names,
            stop_sequences=body.get("stop_sequences"),
        )

        async def counter(text: str) -> tuple[int, int]:
            return await count_sent(ex), await count_text(text, ex.usage.upstream_model)

        return translate_openai_to_anthropic(upstream, event, called, translator, meter, counter)
    if ex.api == "anthropic":
        return relay_anthropic(upstream, event, called, meter)
    translator_a = AnthropicToOpenAIStream(
        model=ex.model, include_usage=_wants_usage(body), custom_tools=openai_custom_tools(body)
    )
    return translate_anthropic_to_openai(upstream, event, called, translator_a, meter)
