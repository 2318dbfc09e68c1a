"""Resolver generations: swapped atomically on a provider reload, retired when idle.

A request leases the current resolver for its whole life (a stream included). A reload
installs a new generation at once - new requests use it - and the old one's providers
(and their connection pools) are closed only when its last lease is returned, so no
running stream is cut and no pool lingers longer than its last request.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from waddleai.routing.resolver import ModelResolver

log = logging.getLogger("waddleai.routing")


class Generations:
    def __init__(self, resolver: ModelResolver) -> None:
        self.current = resolver
        self._leases: dict[int, int] = {}
        self._retired: dict[int, ModelResolver] = {}
        self._tasks: set[asyncio.Task[Any]] = set()

    def acquire(self) -> ModelResolver:
        resolver = self.current
        self._leases[id(resolver)] = self._leases.get(id(resolver), 0) + 1
        return resolver

    def release(self, resolver: ModelResolver) -> None:
        key = id(resolver)
        left = self._leases.get(key, 1) - 1
        if left > 0:
            self._leases[key] = left
            return
        self._leases.pop(key, None)
        retired = self._retired.pop(key, None)
        if retired is not None:
            self._close_later(retired)

    def swap(self, resolver: ModelResolver) -> ModelResolver:
        """Install `resolver`; the old generation closes when its last lease ends."""
        old, self.current = self.current, resolver
        if self._leases.get(id(old)):
            self._retired[id(old)] = old
        else:
            self._close_later(old)
        return old

    @property
    def retired(self) -> int:
        """Old generations still serving requests (for tests and /api/status)."""
        return len(self._retired)

    def _close_later(self, resolver: ModelResolver) -> None:
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return
        task = loop.create_task(_close(resolver))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def close(self) -> None:
        """Shutdown: close every generation, current and retired."""
        for resolver in [self.current, *self._retired.values()]:
            await _close(resolver)
        self._retired.clear()
        if self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)


async def _close(resolver: ModelResolver) -> None:
    for provider in resolver.providers:
        try:
            await provider.close()
        except Exception as exc:  # closing must not stop the others from closing
            log.warning("closing provider %s failed: %s", provider.name, exc)
