"""The response cache stage: answer a repeated request without calling the upstream.

On the way in, a hit answers at once (streamed if the client asked for a stream); a hit
is recorded as such and charged at the cache rate (CACHE_HIT_RATE, default 0). On the
way out, a complete answer - or a stream folded into one - is stored. Answers carry
`X-WaddleAI-Cache: hit|miss`.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from typing import Any, ClassVar

import orjson

from waddleai.cache.backends import CacheBackend
from waddleai.cache.key import cache_key, tenant_of
from waddleai.cache.policy import CacheUse, cache_use
from waddleai.pipeline.exchange import Exchange
from waddleai.pipeline.folding import fold_stream
from waddleai.pipeline.stage import Stage
from waddleai.translate.replay import replay

log = logging.getLogger("waddleai.cache")
HEADER = "X-WaddleAI-Cache"
MAX_ENTRY_BYTES = 1 << 20


class Cache(Stage):
    name: ClassVar[str] = "cache"

    def __init__(self, backend: CacheBackend) -> None:
        self.backend = backend

    async def enter(self, ex: Exchange) -> bool | None:
        if ex.operation.name != "chat" or ex.principal is None or ex.route is None:
            return None
        headers = ex.request.headers
        use = cache_use(
            headers.get("x-waddleai-cache"), headers.get("cache-control"), ex.principal.cache_ttl
        )
        if use is None:
            return None
        route = ex.route
        key = cache_key(
            ex.api, tenant_of(ex.principal), route.provider.name, route.upstream_model, ex.body
        )
        if use.lookup and await self._hit(ex, key):
            return True
        ex.response_headers[HEADER] = "miss"
        ex.state["cache"] = (key, use)
        return None

    async def _hit(self, ex: Exchange, key: str) -> bool:
        try:
            raw = await self.backend.get(key)
        except Exception as exc:  # a cache outage is a miss, never a failure
            log.warning("cache lookup failed: %s", exc)
            return False
        if raw is None:
            return False
        answer = orjson.loads(raw)
        event = ex.usage
        event.cache_hit, ex.called = True, True
        if ex.api == "anthropic":
            event.read_anthropic_usage(answer.get("usage"))
        else:
            event.read_openai_usage(answer.get("usage"))
        ex.response_headers[HEADER] = "hit"
        if event.stream:
            options = ex.body.get("stream_options")
            wants = isinstance(options, dict) and bool(options.get("include_usage"))
            ex.stream = _once(replay(ex.api, answer, wants))
        else:
            ex.answer = answer
        return True

    async def leave(self, ex: Exchange) -> None:
        found = ex.state.pop("cache", None)
        if found is None or ex.usage.status != 200:
            return
        key, use = found
        if ex.answer is not None:
            await self._store(key, use, ex.answer)
        elif ex.stream is not None:

            async def store(answer: dict[str, Any]) -> None:
                await self._store(key, use, answer)

            ex.stream = fold_stream(ex, ex.stream, store)

    async def _store(self, key: str, use: CacheUse, answer: dict[str, Any]) -> None:
        if not use.store:
            return
        value = orjson.dumps(answer)
        if len(value) > MAX_ENTRY_BYTES:
            return
        try:
            await self.backend.set(key, value, use.ttl)
        except Exception as exc:
            log.warning("cache store failed: %s", exc)


async def _once(blob: bytes) -> AsyncIterator[bytes]:
    yield blob
