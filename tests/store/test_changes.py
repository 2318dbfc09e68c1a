"""The change feed: other processes hear about changes within a second."""

from __future__ import annotations

import asyncio
import time

from tests.services import require_redis
from tests.store.fixtures import DatabaseFactory
from waddleai.config.settings import Settings
from waddleai.store import Store, open_store


async def _wait_for(events: list[dict], limit: float) -> float:
    started = time.monotonic()
    while not events:
        if time.monotonic() - started > limit:
            raise AssertionError(f"no change notification within {limit} s")
        await asyncio.sleep(0.01)
    return time.monotonic() - started


async def _pair(settings_a: Settings, settings_b: Settings) -> tuple[Store, Store]:
    return await open_store(settings_a), await open_store(settings_b)


async def _touch(store: Store, kind: str = "keys") -> None:
    async with store.transaction() as tx:
        await tx.touch(kind)


async def test_polling_reaches_another_store(backend: str, databases: DatabaseFactory) -> None:
    settings = await databases.settings(backend)
    writer, reader = await _pair(settings, settings)
    events: list[dict] = []
    try:
        reader.changes.subscribe("keys", lambda kind, info: events.append(info))
        await reader.changes.start()
        await _touch(writer)
        assert await _wait_for(events, 1.0) < 1.0
        assert events[0]["revision"] >= 1
        events.clear()
        await _touch(writer, "links")  # other kinds do not wake "keys" subscribers
        await asyncio.sleep(0.7)
        assert events == []
    finally:
        await writer.close()
        await reader.close()


async def test_same_process_hears_at_commit(store: Store) -> None:
    events: list[dict] = []
    unsubscribe = store.changes.subscribe("security", lambda kind, info: events.append(info))
    try:
        await _touch(store, "security")
        assert len(events) == 1
    finally:
        unsubscribe()


async def test_redis_delivers_without_polling(
    backend: str, databases: DatabaseFactory, redis_prefix: str
) -> None:
    url = require_redis()
    settings = await databases.settings(backend, redis_url=url, redis_prefix=redis_prefix)
    writer, reader = await _pair(settings, settings)
    events: list[dict] = []
    try:
        reader.changes.poll_interval = reader.changes.healthy_poll_interval = 60.0
        reader.changes.subscribe("keys", lambda kind, info: events.append(info))
        await reader.changes.start()
        deadline = time.monotonic() + 5
        while not reader.changes.redis_healthy and time.monotonic() < deadline:  # noqa: ASYNC110
            await asyncio.sleep(0.02)
        assert reader.changes.redis_healthy
        await _touch(writer)
        assert await _wait_for(events, 1.0) < 0.5
    finally:
        await writer.close()
        await reader.close()


async def test_redis_down_falls_back_to_polling(backend: str, databases: DatabaseFactory) -> None:
    settings = await databases.settings(backend, redis_url="redis://127.0.0.1:1/0")
    writer, reader = await _pair(settings, settings)
    events: list[dict] = []
    try:
        reader.changes.subscribe("keys", lambda kind, info: events.append(info))
        await reader.changes.start()
        await _touch(writer)  # publishing fails quietly; the row still moves
        assert await _wait_for(events, 1.0) < 1.0
        assert not reader.changes.redis_healthy
    finally:
        await writer.close()
        await reader.close()
