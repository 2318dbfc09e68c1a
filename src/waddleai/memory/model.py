"""The small model memory uses to summarise and to extract facts, off the request path.

MEMORY_SUMMARY_MODEL (default: the haiku tier's target, else the resolver's small
default) is resolved through the proxy's own routes and called on the provider directly,
in the provider's wire format. Each call is charged to the user whose memory it serves,
recorded as a usage event with operation "memory" (runtime.record: priced, counted
against quotas, written with the other usage records).
"""

from __future__ import annotations

import os
import time
from typing import Any

from waddleai.core.usage import UsageEvent
from waddleai.providers.errors import UpstreamError
from waddleai.routing.keys import Refusal
from waddleai.translate.accumulate import answer_text


class SmallModel:
    def __init__(self, runtime: Any) -> None:
        self.runtime = runtime
        settings = runtime.settings
        # A haiku-named model resolves like Claude Code's small model: the haiku tier,
        # else the default small model, else an Anthropic provider's claude-* pattern.
        fallback = "claude-haiku-4-5"
        self.model = settings.memory_summary_model or settings.tier_target("haiku") or fallback

    async def complete(self, principal: Any, instruction: str, text: str, max_tokens: int) -> str:
        """The model's text answer to `text` under `instruction`; raises on any failure."""
        runtime = self.runtime
        resolver = runtime.generations.acquire()
        event = UsageEvent("mem_" + os.urandom(12).hex(), principal, "openai", self.model)
        event.operation = "memory"
        started = time.perf_counter()
        try:
            route = resolver.resolve(self.model)[0]
            provider = route.provider
            event.provider, event.upstream_model = provider.name, route.upstream_model
            event.dialect = provider.wire_api
            event.attempts = 1
            payload = _payload(
                provider.wire_api, route.upstream_model, instruction, text, max_tokens
            )
            data = await _call(runtime, route, payload, len(text) // 4 + max_tokens)
            if provider.wire_api == "anthropic":
                event.read_anthropic_usage(data.get("usage"))
            else:
                event.read_openai_usage(data.get("usage"))
            answer = answer_text(provider.wire_api, data)
            if not event.has_usage:  # estimated: about four characters a token
                event.input_tokens = (len(instruction) + len(text)) // 4 + 8
                event.output_tokens = len(answer) // 4 + 1
                event.usage_source = "estimated"
            return answer
        except Exception as exc:
            event.status, event.error = getattr(exc, "status", 502) or 502, str(exc)[:500]
            raise
        finally:
            runtime.generations.release(resolver)
            if event.provider:
                event.latency_ms = (time.perf_counter() - started) * 1000
                runtime.record(event)


async def _call(runtime: Any, route: Any, payload: dict[str, Any], tokens: int) -> dict[str, Any]:
    """One call with a key leased from the provider's pool (rests and limits honoured)."""
    pool = runtime.keys.pool(route.provider)
    lease = await pool.acquire(route.upstream_model, tokens, set())
    if isinstance(lease, Refusal):
        raise RuntimeError(f"no upstream key available: {lease.detail}")
    try:
        reply = await route.provider.chat(payload, {}, lease.spec.secret)
    except UpstreamError as exc:
        await pool.failed(lease, exc)
        raise
    await pool.succeeded(lease, reply.headers, tokens)
    return reply.data


def _payload(wire: str, model: str, instruction: str, text: str, max_tokens: int) -> dict[str, Any]:
    user = [{"role": "user", "content": text}]
    if wire == "anthropic":
        return {"model": model, "system": instruction, "messages": user, "max_tokens": max_tokens}
    system = [{"role": "system", "content": instruction}]
    return {"model": model, "messages": system + user, "max_tokens": max_tokens}
