"""count_tokens: the prompt's size, from an Anthropic upstream's own count or offline.

Not charged, but still a model request: it passes authentication, the key's model
allow-list and its rate limit like any other (it once skipped them all).
"""

from __future__ import annotations

import asyncio
from typing import ClassVar

from waddleai.accounting.tokenizer import count_chat_tokens, ensure_loaded
from waddleai.pipeline.exchange import Exchange
from waddleai.pipeline.operations.base import Operation
from waddleai.pipeline.operations.validate import validate_anthropic
from waddleai.providers.errors import UpstreamError
from waddleai.proxy.errors import from_translation
from waddleai.routing.keys import Lease
from waddleai.translate import TranslationError, anthropic_request_to_openai


class CountTokens(Operation):
    name: ClassVar[str] = "count_tokens"
    charged: ClassVar[bool] = False
    unknown_model_ok: ClassVar[bool] = True  # counting needs no upstream

    def validate(self, ex: Exchange) -> None:
        validate_anthropic(ex.body, require_max_tokens=False)

    async def call(self, ex: Exchange) -> None:
        route = ex.route
        ex.called = True
        if route is not None and route.provider.wire_api == "anthropic":
            pool = ex.runtime.keys.pool(route.provider)
            lease = await pool.acquire(route.upstream_model, 0)
            if isinstance(lease, Lease):
                ex.usage.attempts = 1
                ex.usage.extra["upstream_key"] = lease.spec.id
                payload = {**ex.body, "model": route.upstream_model}
                try:
                    reply = await route.provider.count_tokens(  # type: ignore[attr-defined]
                        payload, ex.client_headers, lease.spec.secret
                    )
                except UpstreamError as exc:
                    await pool.failed(lease, exc)  # and fall back to the local count
                else:
                    await pool.succeeded(lease, reply.headers)
                    ex.answer = {"input_tokens": int(reply.data.get("input_tokens") or 0)}
                    ex.usage.input_tokens = ex.answer["input_tokens"]
                    return
        ex.answer = {"input_tokens": await _count_locally(ex)}
        ex.usage.input_tokens, ex.usage.usage_source = ex.answer["input_tokens"], "counted"


async def _count_locally(ex: Exchange) -> int:
    model = ex.route.upstream_model if ex.route is not None else ex.model
    try:
        # Counting is not sending: documents count as their text whatever the upstream.
        payload, _ = anthropic_request_to_openai(
            {**ex.body, "max_tokens": ex.body.get("max_tokens") or 1},
            model=model,
            accepts_documents=True,
        )
    except TranslationError as exc:
        raise from_translation(exc) from None
    await ensure_loaded()  # the BPE tables load on the first exact count, off the loop
    return await asyncio.to_thread(
        count_chat_tokens, payload["messages"], model, payload.get("tools")
    )
