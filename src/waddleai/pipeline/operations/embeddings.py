"""Embeddings: reserved and charged like any other request (they once bypassed quotas)."""

from __future__ import annotations

import asyncio
import time
from typing import Any, ClassVar

from waddleai.accounting.meter import Estimate, Meter
from waddleai.accounting.tokenizer import CHARS_PER_TOKEN, count_text_tokens, ensure_loaded
from waddleai.core.errors import GatewayError
from waddleai.pipeline.exchange import Exchange
from waddleai.pipeline.operations.attempts import attempt
from waddleai.pipeline.operations.base import Operation
from waddleai.pipeline.operations.validate import validate_embeddings
from waddleai.routing.keys import Lease
from waddleai.routing.resolver import Route


def _texts(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [v for v in value if isinstance(v, str)]
    return []


def _token_arrays(value: Any) -> int:
    """Inputs already given as token ids count one per id."""
    if not isinstance(value, list):
        return 0
    if value and all(isinstance(v, int) for v in value):
        return len(value)
    return sum(len(v) for v in value if isinstance(v, list))


class Embeddings(Operation):
    name: ClassVar[str] = "embeddings"

    def validate(self, ex: Exchange) -> None:
        validate_embeddings(ex.body)

    def estimate(self, ex: Exchange, meter: Meter, model: str) -> Estimate:
        value = ex.body.get("input")
        chars = sum(len(t) for t in _texts(value))
        # chars / 4 undercounts dense text; embeddings are cheap, reserve a margin.
        prompt = 2 * (chars // CHARS_PER_TOKEN + 1) + _token_arrays(value)
        return meter.estimate(prompt, 0, model)

    async def call(self, ex: Exchange) -> None:
        route = ex.route
        assert route is not None
        if route.provider.wire_api != "openai":
            raise GatewayError(
                400, f"The model '{ex.model}' is served by a provider without an embeddings API"
            )
        ex.routes = tuple(r for r in ex.routes if r.provider.wire_api == "openai")

        async def one(route: Route, lease: Lease) -> Any:
            called = time.perf_counter()
            payload = {**ex.body, "model": route.upstream_model}
            reply = await route.provider.embeddings(payload, lease.spec.secret)
            ex.usage.upstream_ms = (time.perf_counter() - called) * 1000
            ex.usage.read_openai_usage(reply.data.get("usage"))
            if not ex.usage.has_usage:
                ex.usage.input_tokens = await _count(ex.body.get("input"), route.upstream_model)
                ex.usage.usage_source = "counted"
            ex.answer = reply.data
            return reply.headers

        await attempt(ex, one, self._tokens(ex))

    @staticmethod
    def _tokens(ex: Exchange) -> int:
        value = ex.body.get("input")
        return sum(len(t) for t in _texts(value)) // CHARS_PER_TOKEN + _token_arrays(value)


async def _count(value: Any, model: str) -> int:
    await ensure_loaded()
    text_tokens = await asyncio.to_thread(
        lambda: sum(count_text_tokens(t, model) for t in _texts(value))
    )
    return text_tokens + _token_arrays(value)
