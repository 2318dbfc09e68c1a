"""Per-key requests-per-minute limits, in process and shared through Redis."""

from __future__ import annotations

import pytest
from redis.asyncio import Redis

from tests.services import require_redis
from waddleai.auth.rate_limit import (
    MemoryRateLimiter,
    RedisRateLimiter,
    create_rate_limiter,
    retry_after_header,
)
from waddleai.config.settings import Settings


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


async def test_memory_limit_and_retry_after() -> None:
    clock = FakeClock()
    limiter = MemoryRateLimiter(clock=clock)
    decisions = []
    for _ in range(3):
        decisions.append(await limiter.hit("k1", 3))
        clock.now += 10
    assert [d.allowed for d in decisions] == [True, True, True]
    assert [d.remaining for d in decisions] == [2, 1, 0]
    denied = await limiter.hit("k1", 3)
    assert not denied.allowed and denied.retry_after == pytest.approx(30.0)
    assert retry_after_header(denied) == "30"
    assert (await limiter.hit("k2", 3)).allowed  # keys are independent
    clock.now += 30.0
    assert (await limiter.hit("k1", 3)).allowed  # the oldest request left the window


async def test_memory_limiter_is_bounded() -> None:
    limiter = MemoryRateLimiter(max_keys=10)
    for index in range(50):
        await limiter.hit(f"key-{index}", 5)
    assert len(limiter._logs) == 10


async def test_factory_picks_the_backend() -> None:
    assert isinstance(create_rate_limiter(Settings()), MemoryRateLimiter)
    client = Redis.from_url("redis://127.0.0.1:1/0")
    try:
        assert isinstance(create_rate_limiter(Settings(), client), RedisRateLimiter)
    finally:
        await client.aclose()


async def test_redis_limit_is_shared_between_replicas(redis_prefix: str) -> None:
    url = require_redis()
    clients = [Redis.from_url(url), Redis.from_url(url)]
    settings = Settings(redis_url=url, redis_prefix=redis_prefix)
    limiters = [create_rate_limiter(settings, c) for c in clients]
    try:
        results = [await limiters[i % 2].hit("key-1", 5) for i in range(8)]
        assert [r.allowed for r in results] == [True] * 5 + [False] * 3
        assert [r.remaining for r in results[:5]] == [4, 3, 2, 1, 0]
        assert 59.0 < results[5].retry_after <= 60.0
        assert (await limiters[1].hit("key-2", 5)).allowed
    finally:
        for client in clients:
            await client.aclose()


async def test_redis_outage_falls_back_to_local_limits() -> None:
    client = Redis.from_url("redis://127.0.0.1:1/0", socket_connect_timeout=0.2)
    limiter = RedisRateLimiter(client, "wa-test-down")
    try:
        results = [await limiter.hit("key", 2) for _ in range(3)]
        assert [r.allowed for r in results] == [True, True, False]
    finally:
        await client.aclose()
