"""Whether a request uses the cache, and for how long its answer is kept.

Per request, `X-WaddleAI-Cache: ttl=<seconds>` turns it on (`off` turns it off); else
the key's or its organization's TTL applies. `Cache-Control: no-cache` skips the
lookup (the fresh answer is still stored); `no-store` skips both.
"""

from __future__ import annotations

from dataclasses import dataclass

from waddleai.config.bounds import MAX_CACHE_TTL_SECONDS
from waddleai.core.errors import bad_request

MAX_TTL = MAX_CACHE_TTL_SECONDS


@dataclass(frozen=True, slots=True)
class CacheUse:
    ttl: int
    lookup: bool
    store: bool


def cache_use(header: str | None, control: str | None, default_ttl: int | None) -> CacheUse | None:
    ttl = default_ttl
    if header:
        ttl = _header_ttl(header.strip().lower())
    if not ttl:
        return None
    directives = {d.strip() for d in (control or "").lower().split(",")}
    if "no-store" in directives:
        return None
    return CacheUse(min(ttl, MAX_TTL), lookup="no-cache" not in directives, store=True)


def _header_ttl(value: str) -> int | None:
    if value in ("off", "no", "false", "0"):
        return None
    name, _, number = value.partition("=")
    if name.strip() != "ttl" or not number.strip().isdigit():
        raise bad_request("X-WaddleAI-Cache must be 'ttl=<seconds>' or 'off'")
    seconds = int(number.strip()[:9])
    if not 1 <= seconds <= MAX_TTL:
        raise bad_request(f"X-WaddleAI-Cache ttl must be from 1 to {MAX_TTL} seconds")
    return seconds
