"""Management analytics by role, CSV export, quota changes reaching the proxy."""

from __future__ import annotations

import secrets
from collections.abc import AsyncIterator
from datetime import UTC, datetime

import httpx
import pytest

from tests.accounting.helpers import Accounts
from waddleai.accounting.recorder import UsageRecorder
from waddleai.auth.principal import Principal as KeyPrincipal
from waddleai.core.usage import UsageEvent
from waddleai.mgmt.app import create_mgmt_app
from waddleai.store.identity import SYSTEM, create_user

PASSWORD = "password-123"


@pytest.fixture
async def mgmt(acct_settings, acct_store) -> AsyncIterator[httpx.AsyncClient]:
    app = create_mgmt_app(acct_settings, acct_store)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://mgmt") as client:
        yield client


async def login(mgmt: httpx.AsyncClient, username: str) -> dict[str, str]:
    reply = await mgmt.post("/auth/login", json={"username": username, "password": PASSWORD})
    assert reply.status_code == 200, reply.text
    return {"Authorization": f"Bearer {reply.json()['access_token']}"}


async def staff(store, role: str, org_ids: list[int]) -> str:
    name = f"{role}-{secrets.token_hex(3)}"
    async with store.transaction() as tx:
        await create_user(tx, SYSTEM, username=name, password=PASSWORD, role=role, org_ids=org_ids)
    return name


async def spend(store, principal, provider: str, tokens: int, requests: int = 1) -> None:
    """Usage as the proxy records it (same recorder), without running requests."""
    recorder = UsageRecorder(store)
    who = KeyPrincipal(str(principal.key_id), user_id=principal.user_id, org_id=principal.org_id)
    for i in range(requests):
        event = UsageEvent(f"req-{secrets.token_hex(4)}-{i}", who, "openai", "m")
        event.provider, event.upstream_model = provider, "model-x"
        event.input_tokens, event.output_tokens = 100, 50
        event.extra.update(waddleai_tokens=tokens, cost_usd=tokens / 100_000)
        recorder(event)
    assert await recorder.flush() == requests


async def test_roles_see_their_scope(accounts: Accounts, acct_store, mgmt):
    a, b = await accounts.create(), await accounts.create()
    provider = f"prov{secrets.token_hex(3)}"
    await spend(acct_store, a, provider, 300, requests=2)
    await spend(acct_store, b, provider, 1000)
    reporter = await login(mgmt, await staff(acct_store, "reporter", [a.org_id]))
    report = (
        await mgmt.get(f"/analytics/orgs/{a.org_id}?include_users=true", headers=reporter)
    ).json()
    assert report["total_waddleai_tokens"] == 600
    assert report["llm_breakdown"][f"{provider}_model-x"]["input"] == 200
    assert report["users"][0]["user_id"] == a.user_id
    assert (await mgmt.get(f"/analytics/orgs/{b.org_id}", headers=reporter)).status_code == 404
    mine = (await mgmt.get("/analytics/tokens/waddleai", headers=reporter)).json()
    assert mine["total_waddleai_tokens"] == 600
    user_report = await mgmt.get(f"/analytics/tokens/{a.user_id}", headers=reporter)
    assert user_report.status_code == 200 and user_report.json()["total_waddleai_tokens"] == 600
    assert (await mgmt.get(f"/analytics/tokens/{b.user_id}", headers=reporter)).status_code == 404
    assert (await mgmt.get("/analytics/system", headers=reporter)).status_code == 403
    denied = await mgmt.post(
        f"/analytics/quotas/{a.user_id}", json={"daily_limit": 5}, headers=reporter
    )
    assert denied.status_code == 404  # reporters may not even manage users they report on

    admin = await login(mgmt, await staff(acct_store, "admin", []))
    system = (await mgmt.get("/analytics/system", headers=admin)).json()
    assert system["llm_breakdown"][f"{provider}_model-x"] == {
        "input": 300,
        "output": 150,
        "cached": 0,
        "waddleai_tokens": 1600,
        "requests": 3,
    }


async def test_users_see_only_their_own_usage(accounts: Accounts, acct_store, mgmt):
    a, b = await accounts.create(), await accounts.create()
    provider = f"prov{secrets.token_hex(3)}"
    await spend(acct_store, a, provider, 40)
    await spend(acct_store, b, provider, 70)
    async with acct_store.session() as session:
        from waddleai.store.models import User

        username = (await session.get(User, a.user_id)).username
    user = await login(mgmt, username)
    mine = (await mgmt.get("/analytics/tokens/waddleai", headers=user)).json()
    assert mine["total_waddleai_tokens"] == 40
    assert (await mgmt.get(f"/analytics/tokens/{b.user_id}", headers=user)).status_code == 404
    assert (await mgmt.get(f"/analytics/orgs/{a.org_id}", headers=user)).status_code == 403
    usage = (await mgmt.get("/analytics/usage", headers=user)).json()
    assert usage["total_waddleai_tokens"] == 40 and usage["usage"][0]["day"] == str(
        datetime.now(UTC).date()
    )
    quotas = (await mgmt.get("/analytics/quotas", headers=user)).json()["quotas"]
    assert [q["user_id"] for q in quotas] == [a.user_id] and quotas[0]["daily_used"] == 40


async def test_csv_export(accounts: Accounts, acct_store, mgmt):
    a = await accounts.create()
    provider = f"prov{secrets.token_hex(3)}"
    await spend(acct_store, a, provider, 25)
    reporter = await login(mgmt, await staff(acct_store, "reporter", [a.org_id]))
    reply = await mgmt.get(f"/analytics/orgs/{a.org_id}?format=csv", headers=reporter)
    assert reply.headers["content-type"].startswith("text/csv")
    header, row = reply.text.strip().splitlines()
    assert header.split(",")[:3] == ["day", "provider", "model"]
    assert row.startswith(f"{datetime.now(UTC).date()},{provider},model-x,1,")


async def test_manager_sets_quotas_that_the_proxy_enforces(accounts: Accounts, acct_store, mgmt):
    principal = await accounts.create()
    manager = await login(mgmt, await staff(acct_store, "resource_manager", [principal.org_id]))
    reply = await mgmt.post(
        f"/analytics/quotas/{principal.user_id}",
        json={"daily_limit": 700, "monthly_limit": 9000},
        headers=manager,
    )
    assert reply.status_code == 200, reply.text
    assert (reply.json()["daily_limit"], reply.json()["monthly_limit"]) == (700, 9000)
    body = await accounts.wait_limits(principal, 700)
    assert body["monthly"]["limit"] == 9000
    other = await accounts.create()
    outside = await mgmt.post(
        f"/analytics/quotas/{other.user_id}", json={"daily_limit": 1}, headers=manager
    )
    assert outside.status_code == 404
    listed = (await mgmt.get("/analytics/quotas", headers=manager)).json()["quotas"]
    [row] = [q for q in listed if q["user_id"] == principal.user_id]
    assert (row["daily_limit"], row["monthly_limit"]) == (700, 9000)


async def test_key_quota_set_through_the_management_api_is_enforced(
    accounts: Accounts, acct_store, mgmt, fresh_mock
):
    principal = await accounts.create()
    admin = await login(mgmt, await staff(acct_store, "admin", []))
    reply = await mgmt.patch(
        f"/api-keys/{principal.key_id}", json={"token_quota_daily": 1}, headers=admin
    )
    assert reply.status_code == 200, reply.text
    assert reply.json()["token_quota_daily"] == 1
    await accounts.wait_limits(principal, 1)
    async with httpx.AsyncClient(base_url=accounts.url) as client:
        refused = await client.post(
            "/v1/chat/completions",
            json={"model": "gpt-4o", "messages": [{"role": "user", "content": "hi"}]},
            headers={"Authorization": f"Bearer {principal.raw_key}"},
        )
    assert refused.status_code == 429
    assert refused.json()["error"]["type"] == "quota_exceeded"
    assert fresh_mock.requests() == []
