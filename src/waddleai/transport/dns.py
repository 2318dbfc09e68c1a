"""Name resolution off the event loop, with a small cache.

`loop.getaddrinfo` runs the blocking resolver in a worker thread; caching the answer
for a minute keeps that off the path of all but the first request to a host.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
import time

Address = tuple[int, tuple]  # (family, sockaddr)

CACHE_TTL = 60.0
CACHE_SIZE = 256  # hosts; the cache is emptied when full (upstreams are few)


class Resolver:
    """Resolve (host, port) to socket addresses, IPv6 and IPv4 alike."""

    def __init__(
        self,
        ttl: float = CACHE_TTL,
        size: int = CACHE_SIZE,
        overrides: dict[str, str] | None = None,
    ) -> None:
        self.ttl = ttl
        self.size = size
        self.overrides = dict(overrides or {})  # host -> IP, like curl's --resolve
        self._cache: dict[tuple[str, int], tuple[float, list[Address]]] = {}

    async def resolve(self, host: str, port: int) -> list[Address]:
        key = (host, port)
        hit = self._cache.get(key)
        now = time.monotonic()
        if hit is not None and hit[0] > now:
            return hit[1]
        addresses = _literal(self.overrides.get(host, host), port)
        if addresses is None:
            loop = asyncio.get_running_loop()
            infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
            addresses = [(family, sockaddr) for family, _, _, _, sockaddr in infos]
        if len(self._cache) >= self.size:
            self._cache.clear()
        self._cache[key] = (now + self.ttl, addresses)
        return addresses


def _literal(host: str, port: int) -> list[Address] | None:
    """An IP literal needs no resolver."""
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        return None
    if ip.version == 6:
        return [(socket.AF_INET6, (host, port, 0, 0))]
    return [(socket.AF_INET, (host, port))]
