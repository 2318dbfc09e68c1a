"""Two real proxies on one PostgreSQL: a stored response is usable at once on the other.

The follow-up goes to the second proxy the moment the first answered: no poll, no wait.
"""

from __future__ import annotations

import asyncio
import secrets
from collections.abc import AsyncIterator

import openai
import pytest
from sqlalchemy import text

from tests.conftest import mock_gateway_config
from tests.gateway_process import GatewayProcess
from tests.identity.helpers import make_key
from tests.services import require_postgres
from tests.store.fixtures import DatabaseFactory, databases  # noqa: F401
from waddleai.store import Store, open_store

SECRET = "responses-replicas-secret-key-0123456789"


@pytest.fixture
async def shared(databases: DatabaseFactory) -> AsyncIterator[tuple[Store, dict[str, str]]]:  # noqa: F811
    require_postgres()
    settings = await databases.settings("postgres", waddleai_secret_key=SECRET)
    env = {
        "DATABASE_URL": settings.database_url,
        "JWT_SECRET": settings.jwt_secret or "",
        "WADDLEAI_SECRET_KEY": SECRET,
        "REDIS_PREFIX": f"wa-test-{secrets.token_hex(4)}",
    }
    store = await open_store(settings)
    yield store, env
    await store.close()


async def _recorded(store: Store, key_id: str) -> int:
    """Usage records of `responses` requests for the key, once the batch writers flushed."""
    for _ in range(50):
        async with store.session() as session:
            rows = await session.execute(
                text(
                    "SELECT count(*) FROM usage_records WHERE key_id = :key "
                    "AND operation = 'responses' AND waddleai_tokens > 0"
                ),
                {"key": key_id},
            )
            count = rows.scalar_one()
        if count >= 2:
            return count
        await asyncio.sleep(0.1)
    return count


async def test_previous_response_id_works_at_once_on_another_replica(shared, upstream):
    store, env = shared
    issued = await make_key(store)
    config = mock_gateway_config(upstream.url).replace('api_keys: ["wa-test-client-key-0001"]', "")
    proxies = [GatewayProcess(config_yaml=config, env=env) for _ in range(2)]
    try:
        for proxy in proxies:
            proxy.wait_ready()
        a, b = (
            openai.OpenAI(base_url=p.url + "/v1", api_key=issued.raw, max_retries=0)
            for p in proxies
        )
        upstream.script([{"text": "Noted: 7."}, {"text": "You said 7."}])
        first = a.responses.create(model="gpt-4o", input="Remember the number 7.")
        second = b.responses.create(
            model="gpt-4o", previous_response_id=first.id, input="Which number?"
        )
        assert second.output_text == "You said 7."
        assert "Remember the number 7." in str(upstream.requests()[-1]["json"]["messages"])
        assert b.responses.retrieve(first.id).output_text == "Noted: 7."
        assert a.responses.retrieve(second.id).output_text == "You said 7."
        b.responses.delete(first.id)
        with pytest.raises(openai.NotFoundError):
            a.responses.retrieve(first.id)  # A had it cached: deleted on B is gone on A too
        assert await _recorded(store, str(issued.key.id)) == 2  # accounted like any request
    finally:
        for proxy in proxies:
            proxy.stop()
