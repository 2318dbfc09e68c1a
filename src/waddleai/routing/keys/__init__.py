"""Upstream key pools: which key of which provider serves each attempt (see pool.py).

`KeyPools` holds one pool per provider configuration and one breaker per provider for
the runtime; the attempt loop (pipeline/operations/attempts.py) asks it for both.
"""

from __future__ import annotations

from typing import Any

from waddleai.config.settings import Settings
from waddleai.routing.breaker import Breaker
from waddleai.routing.keys.pool import KeyPool, Lease, Refusal, fingerprint
from waddleai.routing.keys.state import KeyStates, MemoryKeyStates, create_key_states

__all__ = ["KeyPool", "KeyPools", "Lease", "Refusal", "create_key_pools"]

MAX_POOLS = 1000


class KeyPools:
    def __init__(self, settings: Settings, states: KeyStates) -> None:
        self.states = states
        self._breaker_config = settings.routing.breaker
        self._pools: dict[tuple[str, str], KeyPool] = {}
        self._by_config: dict[int, tuple[Any, KeyPool]] = {}  # hot path: no hashing
        self._breakers: dict[str, Breaker] = {}

    def pool(self, provider: Any) -> KeyPool:
        """The pool of `provider`'s configuration (a reload with new keys gets a new one)."""
        config = provider.config
        known = self._by_config.get(id(config))
        if known is not None and known[0] is config:
            return known[1]
        cache_key = (config.name, fingerprint(config))
        pool = self._pools.get(cache_key)
        if pool is None:
            if len(self._pools) >= MAX_POOLS:
                self._pools.clear()
            pool = self._pools[cache_key] = KeyPool(config, self.states)
        if len(self._by_config) >= MAX_POOLS:
            self._by_config.clear()
        self._by_config[id(config)] = (config, pool)
        return pool

    def breaker(self, provider: Any) -> Breaker:
        breaker = self._breakers.get(provider.name)
        if breaker is None:
            c = self._breaker_config
            breaker = self._breakers[provider.name] = Breaker(
                provider.name, c.failures, c.open_seconds
            )
        return breaker

    def breaker_state(self, name: str) -> str:
        breaker = self._breakers.get(name)
        return breaker.state if breaker is not None else "closed"


def create_key_pools(settings: Settings, redis: Any | None = None) -> KeyPools:
    states = create_key_states(redis, settings.redis_prefix) if redis else MemoryKeyStates()
    return KeyPools(settings, states)
