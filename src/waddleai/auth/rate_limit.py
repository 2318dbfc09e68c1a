"""Per-key request rate limits (`permissions.rate_limit`, requests per minute).

A sliding one-minute log: at most N requests in any 60-second window, and the caller is
told exactly when the next one fits (Retry-After). Without Redis the log lives in this
process. With Redis it is a sorted set per key updated by one Lua script using the Redis
clock, so N replicas enforce one shared limit; if Redis fails the limiter falls back to
the in-process log (each replica then enforces the limit alone) until Redis answers.
"""

from __future__ import annotations

import logging
import math
import secrets
import time
from collections import OrderedDict, deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from waddleai.config.settings import Settings

log = logging.getLogger(__name__)

WINDOW_SECONDS = 60.0


@dataclass(frozen=True)
class RateDecision:
    allowed: bool
    retry_after: float  # seconds until a request would be allowed (0 when allowed)
    remaining: int  # requests left in the current window after this one


class RateLimiter:
    """Interface: `hit` records a request for `key_id` if it fits under `limit_rpm`."""

    async def hit(self, key_id: str, limit_rpm: int) -> RateDecision:
        raise NotImplementedError

    async def close(self) -> None:
        return None


class MemoryRateLimiter(RateLimiter):
    """In-process sliding log; bounded number of tracked keys (least recent dropped)."""

    def __init__(
        self, clock: Callable[[], float] = time.monotonic, max_keys: int = 100_000
    ) -> None:
        self._clock = clock
        self._max_keys = max_keys
        self._logs: OrderedDict[str, deque[float]] = OrderedDict()

    async def hit(self, key_id: str, limit_rpm: int) -> RateDecision:
        return self.hit_now(key_id, limit_rpm)

    def hit_now(self, key_id: str, limit_rpm: int) -> RateDecision:
        now = self._clock()
        log_ = self._logs.pop(key_id, None) or deque()
        self._logs[key_id] = log_
        while len(self._logs) > self._max_keys:
            self._logs.popitem(last=False)
        while log_ and log_[0] <= now - WINDOW_SECONDS:
            log_.popleft()
        if len(log_) < limit_rpm:
            log_.append(now)
            return RateDecision(True, 0.0, limit_rpm - len(log_))
        retry = max(0.001, log_[0] + WINDOW_SECONDS - now)
        return RateDecision(False, retry, 0)


# KEYS[1] = log key; ARGV = limit, window (ms), unique member. Returns {allowed, retry_ms, left}.
_SLIDING_LOG = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local limit = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
local count = redis.call('ZCARD', KEYS[1])
if count < limit then
  redis.call('ZADD', KEYS[1], now, ARGV[3])
  redis.call('PEXPIRE', KEYS[1], window)
  return {1, 0, limit - count - 1}
end
local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
local retry = window - (now - tonumber(oldest[2]))
if retry < 1 then retry = 1 end
return {0, retry, 0}
"""


class RedisRateLimiter(RateLimiter):
    """Shared sliding log in Redis (see module docstring)."""

    def __init__(self, redis: Any, prefix: str = "waddleai") -> None:
        self._redis = redis
        self._prefix = prefix
        self._script = redis.register_script(_SLIDING_LOG)
        self._fallback = MemoryRateLimiter()
        self._degraded = False

    async def hit(self, key_id: str, limit_rpm: int) -> RateDecision:
        member = f"{time.time_ns()}-{secrets.token_hex(4)}"
        try:
            allowed, retry_ms, left = await self._script(
                keys=[f"{self._prefix}:rl:{key_id}"],
                args=[limit_rpm, int(WINDOW_SECONDS * 1000), member],
            )
        except Exception as exc:
            if not self._degraded:
                log.warning("Redis rate limiter unavailable, limiting per process: %s", exc)
                self._degraded = True
            return self._fallback.hit_now(key_id, limit_rpm)
        if self._degraded:
            log.info("Redis rate limiter available again")
            self._degraded = False
        return RateDecision(bool(allowed), int(retry_ms) / 1000.0, int(left))


def retry_after_header(decision: RateDecision) -> str:
    """Whole seconds for the Retry-After header (at least 1)."""
    return str(max(1, math.ceil(decision.retry_after)))


def create_rate_limiter(settings: Settings, redis_client: Any | None = None) -> RateLimiter:
    """Shared limiter when a Redis client is given (e.g. `store.redis`), else in-process."""
    if redis_client is not None:
        return RedisRateLimiter(redis_client, settings.redis_prefix)
    return MemoryRateLimiter()
