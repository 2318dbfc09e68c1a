"""Counters (memory and Redis Lua), UTC periods, the 0002 -> 0003 upgrade."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import text

from tests.services import require_redis
from tests.store.fixtures import redis_prefix as redis_prefix  # noqa: F401
from waddleai.accounting.counters import NO_LIMIT, Item, MemoryCounters, RedisCounters
from waddleai.accounting.limits import period_end, period_tag, ttl_seconds
from waddleai.store import open_store
from waddleai.store.database import create_engine_for
from waddleai.store.migrate import current_revision, upgrade_engine


async def _exercise(counters, prefix: str) -> None:
    day, month = f"{prefix}:d", f"{prefix}:m"
    first = await counters.reserve([Item(day, 100, 60, 50), Item(month, 1000, 60, 50)])
    assert (first.allowed, first.values) == (True, [60, 60])
    refused = await counters.reserve([Item(day, 100, 60, 50), Item(month, 1000, 60, 50)])
    assert (refused.allowed, refused.failed, refused.values) == (False, 0, [60, 60])
    assert await counters.adjust([Item(day, 100, -20, 50), Item(month, 1000, -20, 50)]) == [40, 40]
    counted = await counters.reserve([Item(day, NO_LIMIT, 500, 50)])
    assert counted.allowed and counted.values == [540]
    await counters.seed({day: (1, 50), f"{prefix}:new": (7, 50)})
    assert await counters.read([day, f"{prefix}:new"]) == [540, 7], "seed never overwrites"


async def test_memory_counters() -> None:
    await _exercise(MemoryCounters(), "t")


async def test_redis_counters(redis_prefix: str) -> None:  # noqa: F811
    from redis.asyncio import Redis

    client = Redis.from_url(require_redis())
    try:
        await _exercise(RedisCounters(client), redis_prefix)
        assert 0 < await client.ttl(f"{redis_prefix}:d") <= 50
    finally:
        await client.aclose()


def test_periods_are_utc_calendar_periods() -> None:
    now = datetime(2025, 1, 31, 23, 59, 30, tzinfo=UTC)
    assert period_tag("daily", now) == "d20250131"
    assert period_tag("monthly", now) == "m202501"
    assert period_tag("weekly", now) == "w2025W05"
    assert period_end("daily", now) == datetime(2025, 2, 1, tzinfo=UTC)
    assert period_end("monthly", now) == datetime(2025, 2, 1, tzinfo=UTC)
    assert period_end("weekly", now) == datetime(2025, 2, 3, tzinfo=UTC)
    assert ttl_seconds("daily", now) == 30 + 86_400


@pytest.mark.parametrize("anchor", ["0002"])
async def test_database_at_0002_upgrades_in_place(backend, databases, anchor) -> None:
    settings = await databases.settings(backend)
    engine, _ = create_engine_for(settings)
    try:
        await upgrade_engine(engine, anchor)
        async with engine.begin() as conn:
            await conn.execute(
                text(
                    "INSERT INTO users (username, password_hash, role, enabled, created_at, "
                    "updated_at) VALUES ('old', 'x', 'user', true, CURRENT_TIMESTAMP, "
                    "CURRENT_TIMESTAMP)"
                )
            )
    finally:
        await engine.dispose()
    store = await open_store(settings)
    try:
        assert await current_revision(store.engine) >= "0003"
        async with store.transaction() as tx:
            user = await tx.users.by_username("old")
            assert user is not None and user.token_quota_daily is None
            user.token_quota_daily = 10
        async with store.engine.connect() as conn:
            count = await conn.execute(text("SELECT count(*) FROM usage_records"))
            assert count.scalar_one() == 0
    finally:
        await store.close()
