"""An admin purges a user's memory through the management API; it is audited."""

from __future__ import annotations

import secrets

import httpx
import openai
from sqlalchemy import func, select

from tests.accounting.helpers import Accounts
from waddleai.config.settings import Settings
from waddleai.mgmt.app import create_mgmt_app
from waddleai.store.identity import SYSTEM, create_user
from waddleai.store.memory_models import MemoryTurn


async def test_an_admin_purge_forgets_every_session_of_the_user(
    accounts: Accounts, acct_settings: Settings, fresh_mock
):
    who = await accounts.create()
    fresh_mock.script([{"text": "Fine.", "times": 2}])
    client = openai.AsyncOpenAI(base_url=accounts.url + "/v1", api_key=who.raw_key, max_retries=0)
    for session in ("alpha", "beta"):
        await client.chat.completions.create(
            model="gpt-4o",
            messages=[{"role": "user", "content": f"note for {session}"}],
            extra_headers={"X-WaddleAI-Memory": session},
        )
    proxy_auth = {"Authorization": f"Bearer {who.raw_key}"}
    async with httpx.AsyncClient(base_url=accounts.url) as proxy:
        listed = (await proxy.get("/api/memory", headers=proxy_auth)).json()["data"]
        assert sorted(s["session"] for s in listed) == ["alpha", "beta"]

    name = f"admin-{secrets.token_hex(4)}"
    async with accounts.store.transaction() as tx:
        await create_user(tx, SYSTEM, username=name, password="password-123", role="admin")
    app = create_mgmt_app(acct_settings, accounts.store)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://m") as m:
        login = await m.post("/auth/login", json={"username": name, "password": "password-123"})
        admin = {"Authorization": f"Bearer {login.json()['access_token']}"}
        purged = await m.delete(f"/users/{who.user_id}/memory", headers=admin)
        assert purged.status_code == 200, purged.text
        assert purged.json() == {"user_id": who.user_id, "deleted_rows": 2}
        missing = await m.delete("/users/999999/memory", headers=admin)
        assert missing.status_code == 404
    async with accounts.store.transaction() as tx:
        [entry] = await tx.audit.list(action="memory.purge", limit=1)
        assert entry.target_id == str(who.user_id) and entry.actor_name == name
    async with httpx.AsyncClient(base_url=accounts.url) as proxy:
        assert (await proxy.get("/api/memory", headers=proxy_auth)).json()["data"] == []


async def test_deleting_a_user_deletes_their_memory(
    accounts: Accounts, acct_settings: Settings, fresh_mock
):
    who = await accounts.create()
    fresh_mock.script([{"text": "Fine."}])
    client = openai.AsyncOpenAI(base_url=accounts.url + "/v1", api_key=who.raw_key, max_retries=0)
    await client.chat.completions.create(
        model="gpt-4o",
        messages=[{"role": "user", "content": "remember me"}],
        extra_headers={"X-WaddleAI-Memory": "gone"},
    )
    async with httpx.AsyncClient(base_url=accounts.url) as proxy:
        auth = {"Authorization": f"Bearer {who.raw_key}"}
        assert (await proxy.get("/api/memory/gone", headers=auth)).status_code == 200
    name = f"admin-{secrets.token_hex(4)}"
    async with accounts.store.transaction() as tx:
        await create_user(tx, SYSTEM, username=name, password="password-123", role="admin")
    app = create_mgmt_app(acct_settings, accounts.store)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://m") as m:
        login = await m.post("/auth/login", json={"username": name, "password": "password-123"})
        admin = {"Authorization": f"Bearer {login.json()['access_token']}"}
        assert (await m.delete(f"/users/{who.user_id}", headers=admin)).status_code == 204
    async with accounts.store.session() as session:
        left = await session.scalar(
            select(func.count())
            .select_from(MemoryTurn)
            .where(MemoryTurn.owner == f"user:{who.user_id}")
        )
    assert left == 0
