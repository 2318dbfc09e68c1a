"""Period counters for quotas and budgets: check-and-reserve, adjust, read, seed.

A counter is one integer per (scope, period) - e.g. WaddleAI tokens of user 12 on
2025-01-31, or micro-dollars spent by key 7 in ISO week 2025-W05. Without Redis the
counters live in this process (the event loop makes every operation atomic). With
REDIS_URL they live in Redis and `reserve` is ONE Lua script call that checks every
limit of the request (user/key/org x day/month, budgets) and, only if all fit,
increments them all - so N replicas enforce one shared limit and concurrent requests
can overshoot only by what the already-admitted ones use beyond their reservations.
Keys expire after their period plus a day of slack.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

NO_LIMIT = -1


@dataclass(frozen=True, slots=True)
class Item:
    """One counter touched by a request: key, limit (NO_LIMIT: count only), amount, TTL."""

    key: str
    limit: int
    amount: int
    ttl: int


@dataclass(frozen=True, slots=True)
class Outcome:
    """`allowed`; the first item that did not fit (-1 if none); every counter's value."""

    allowed: bool
    failed: int
    values: list[int]


class MemoryCounters:
    """In-process counters (one replica); expired keys are dropped lazily."""

    def __init__(self, clock: Any = time.time) -> None:
        self._values: dict[str, tuple[int, float]] = {}
        self._clock = clock

    def _get(self, key: str) -> int:
        entry = self._values.get(key)
        if entry is None:
            return 0
        if entry[1] <= self._clock():
            del self._values[key]
            return 0
        return entry[0]

    def _add(self, key: str, amount: int, ttl: int) -> int:
        value = self._get(key) + amount
        self._values[key] = (value, self._clock() + ttl)
        return value

    async def reserve(self, items: list[Item]) -> Outcome:
        for index, item in enumerate(items):
            if item.limit != NO_LIMIT and self._get(item.key) + item.amount > item.limit:
                return Outcome(False, index, [self._get(i.key) for i in items])
        return Outcome(True, -1, [self._add(i.key, i.amount, i.ttl) for i in items])

    async def adjust(self, items: list[Item]) -> list[int]:
        return [self._add(i.key, i.amount, i.ttl) for i in items]

    async def read(self, keys: list[str]) -> list[int]:
        return [self._get(k) for k in keys]

    async def seed(self, values: dict[str, tuple[int, int]]) -> None:
        """Raise counters to at least the recorded usage (value, ttl).

        Never lowers one: a live counter also holds in-flight reservations and usage
        not yet written. Raising matters when a limit appears mid-period: its counter
        must start from everything already used, not from zero.
        """
        now = self._clock()
        for key, (value, ttl) in values.items():
            current = self._values.get(key)
            if current is None or current[1] <= now:
                self._values[key] = (value, now + ttl)
            elif current[0] < value:
                self._values[key] = (value, current[1])

    async def close(self) -> None:
        return None


# KEYS: counters. ARGV: triples (limit, amount, ttl) per key; limit -1 = count only.
# Returns {allowed, failed_index (1-based, 0 if none), {values...}}.
_RESERVE = """
local n = #KEYS
local current = {}
for i = 1, n do
  current[i] = tonumber(redis.call('GET', KEYS[i]) or '0')
end
for i = 1, n do
  local limit = tonumber(ARGV[3 * i - 2])
  local amount = tonumber(ARGV[3 * i - 1])
  if limit >= 0 and current[i] + amount > limit then
    return {0, i, current}
  end
end
for i = 1, n do
  current[i] = redis.call('INCRBY', KEYS[i], ARGV[3 * i - 1])
  redis.call('EXPIRE', KEYS[i], ARGV[3 * i])
end
return {1, 0, current}
"""

# KEYS: counters. ARGV: pairs (amount, ttl). Returns the new values.
_ADJUST = """
local out = {}
for i = 1, #KEYS do
  out[i] = redis.call('INCRBY', KEYS[i], ARGV[2 * i - 1])
  redis.call('EXPIRE', KEYS[i], ARGV[2 * i])
end
return out
"""

# KEYS: counters. ARGV: pairs (value, ttl). SET NX: a live counter is never overwritten.
_SEED = """
for i = 1, #KEYS do
  local value = tonumber(ARGV[2 * i - 1])
  local current = redis.call('GET', KEYS[i])
  if not current then
    redis.call('SET', KEYS[i], value, 'EX', ARGV[2 * i])
  elseif tonumber(current) < value then
    redis.call('SET', KEYS[i], value, 'KEEPTTL')
  end
end
return #KEYS
"""


class RedisCounters:
    """Shared counters in Redis (see module docstring); one round trip per operation."""

    def __init__(self, redis: Any) -> None:
        self._redis = redis
        self._reserve = redis.register_script(_RESERVE)
        self._adjust = redis.register_script(_ADJUST)
        self._seed = redis.register_script(_SEED)

    async def reserve(self, items: list[Item]) -> Outcome:
        args: list[int] = []
        for item in items:
            args += [item.limit, item.amount, item.ttl]
        allowed, failed, values = await self._reserve(keys=[i.key for i in items], args=args)
        return Outcome(bool(allowed), int(failed) - 1, [int(v) for v in values])

    async def adjust(self, items: list[Item]) -> list[int]:
        args: list[int] = []
        for item in items:
            args += [item.amount, item.ttl]
        values = await self._adjust(keys=[i.key for i in items], args=args)
        return [int(v) for v in values]

    async def read(self, keys: list[str]) -> list[int]:
        if not keys:
            return []
        return [int(v or 0) for v in await self._redis.mget(keys)]

    async def seed(self, values: dict[str, tuple[int, int]]) -> None:
        if not values:
            return
        args: list[int] = []
        for value, ttl in values.values():
            args += [value, ttl]
        await self._seed(keys=list(values), args=args)

    async def close(self) -> None:
        return None
