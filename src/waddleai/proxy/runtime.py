"""Everything the proxy's handlers share, built once at start and reused per request."""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from waddleai.auth.principal import KeyAuthenticator
from waddleai.config.settings import Settings
from waddleai.proxy.usage import UsageEvent, UsageSink
from waddleai.routing.catalog import ModelCatalog
from waddleai.routing.resolver import ModelResolver


@dataclass
class ProxyRuntime:
    """The proxy's long-lived collaborators. Handlers read; only start/stop mutate."""

    settings: Settings
    resolver: ModelResolver
    catalog: ModelCatalog
    authenticator: KeyAuthenticator
    rate_limiter: object | None = None
    store_check: Callable[[], Awaitable[object]] | None = None
    usage_sinks: list[UsageSink] = field(default_factory=list)
    started_at: float = field(default_factory=time.time)
    in_flight: int = 0

    def record(self, event: UsageEvent) -> None:
        for sink in self.usage_sinks:
            sink(event)

    async def close(self) -> None:
        for provider in self.resolver.providers:
            await provider.close()
        await self.authenticator.close()
