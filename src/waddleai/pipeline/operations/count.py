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
            ex.usage.attempts = 1
            try:
                payload = {**ex.body, "model": route.upstream_model}
                data = await route.provider.count_tokens(payload, ex.client_headers)  # type: ignore[attr-defined]
                ex.answer = {"input_tokens": int(data.get("input_tokens") or 0)}
                ex.usage.input_tokens = ex.answer["input_tokens"]
                return
            except UpstreamError:
                pass  # fall back to the local count
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
