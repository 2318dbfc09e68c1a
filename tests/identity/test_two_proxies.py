"""Two real `waddleai proxy` processes sharing PostgreSQL and Redis: a key revoked once is
refused by both within a second, and its rate limit is one limit across both."""

from __future__ import annotations

import asyncio
import secrets
import time
from collections.abc import AsyncIterator

import httpx
import pytest

from tests.gateway_process import GatewayProcess
from tests.identity.helpers import make_key
from tests.services import require_postgres, require_redis
from tests.store.fixtures import DatabaseFactory
from waddleai.store import Store, open_store
from waddleai.store.identity import SYSTEM, revoke_key

SECRET = "two-proxies-test-secret-key-0123456789"


@pytest.fixture
async def shared(databases: DatabaseFactory) -> AsyncIterator[tuple[Store, dict[str, str]]]:
    require_postgres()
    redis_url = require_redis()
    prefix = f"wa-test-{secrets.token_hex(4)}"
    settings = await databases.settings(
        "postgres", waddleai_secret_key=SECRET, redis_url=redis_url, redis_prefix=prefix
    )
    env = {
        "DATABASE_URL": settings.database_url,
        "JWT_SECRET": settings.jwt_secret or "",
        "WADDLEAI_SECRET_KEY": SECRET,
        "REDIS_URL": redis_url,
        "REDIS_PREFIX": prefix,
    }
    store = await open_store(settings)
    yield store, env
    await store.close()


def _models_status(url: str, key: str) -> int:
    return httpx.get(url + "/v1/models", headers={"Authorization": f"Bearer {key}"}).status_code


def _chat_status(url: str, key: str) -> int:
    body = {"model": "waddleai-demo", "messages": [{"role": "user", "content": "hi"}]}
    headers = {"Authorization": f"Bearer {key}"}
    return httpx.post(url + "/v1/chat/completions", json=body, headers=headers).status_code


async def test_revoked_key_is_refused_by_both_proxies_within_a_second(shared):
    store, env = shared
    issued = await make_key(store)
    proxies = [GatewayProcess(env=env), GatewayProcess(env=env)]
    try:
        for proxy in proxies:
            proxy.wait_ready()
            assert _models_status(proxy.url, issued.raw) == 200  # cache warm on both
        async with store.transaction() as tx:
            key = await tx.keys.get(issued.key.id)
            await revoke_key(tx, SYSTEM, key)
        revoked_at = time.monotonic()
        refused_after: list[float] = []
        for proxy in proxies:
            while _models_status(proxy.url, issued.raw) != 401:
                assert time.monotonic() - revoked_at < 5, "revocation never arrived"
                await asyncio.sleep(0.02)
            refused_after.append(time.monotonic() - revoked_at)
        assert max(refused_after) < 1.0, refused_after
    finally:
        for proxy in proxies:
            proxy.stop()


async def test_rate_limit_is_shared_across_proxies(shared):
    store, env = shared
    issued = await make_key(store, rate_limit=4)
    proxies = [GatewayProcess(env=env), GatewayProcess(env=env)]
    try:
        for proxy in proxies:
            proxy.wait_ready()
        statuses = [_chat_status(proxies[i % 2].url, issued.raw) for i in range(8)]
        assert statuses.count(200) == 4, statuses  # not 4 per proxy
        assert statuses[4:] == [429] * 4
    finally:
        for proxy in proxies:
            proxy.stop()
