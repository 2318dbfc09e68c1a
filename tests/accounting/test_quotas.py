"""Quotas (WaddleAI tokens) and budgets (USD) enforced before the upstream call.

Every request here is scripted to cost exactly 750 WaddleAI tokens / $0.0075 (gpt-4o,
1000 in + 500 out) and reserves about 502 tokens / $0.00502 (a tiny prompt + max_tokens
500), which makes the admitted counts below exact.
"""

from __future__ import annotations

import asyncio

import httpx
import pytest
from aiohttp import web

from tests.accounting.helpers import Accounts, Principal
from waddleai.mock.testing import free_port

USAGE = {"prompt_tokens": 1000, "completion_tokens": 500}
COST_TOKENS = 750
BODY = {"model": "gpt-4o", "max_tokens": 500, "messages": [{"role": "user", "content": "hi"}]}


def auth(principal: Principal) -> dict[str, str]:
    return {"Authorization": f"Bearer {principal.raw_key}"}


async def chat(client: httpx.AsyncClient, principal: Principal) -> httpx.Response:
    return await client.post("/v1/chat/completions", json=BODY, headers=auth(principal))


async def test_daily_quota_answers_429_with_the_documented_body(accounts: Accounts, fresh_mock):
    principal = await accounts.create(user=(2000, 100_000))
    await accounts.wait_limits(principal, 2000)
    fresh_mock.script([{"text": "ok", "usage": USAGE, "times": 3}])
    async with httpx.AsyncClient(base_url=accounts.url) as client:
        assert [(await chat(client, principal)).status_code for _ in range(2)] == [200, 200]
        refused = await chat(client, principal)
        assert refused.status_code == 429
        error = refused.json()["error"]
        assert error["type"] == "quota_exceeded"
        assert error["message"] == "Daily token quota exceeded"
        details = error["details"]
        assert (details["daily_used"], details["daily_limit"]) == (1500, 2000)
        assert (details["monthly_used"], details["monthly_limit"]) == (1500, 100_000)
        quota = (await client.get("/api/quota", headers=auth(principal))).json()
    assert quota["daily"] == {"used": 1500, "limit": 2000, "remaining": 500}
    assert quota["monthly"] == {"used": 1500, "limit": 100_000, "remaining": 98_500}
    calls = [r for r in fresh_mock.requests() if r["path"] == "/v1/chat/completions"]
    assert len(calls) == 2, "the refused request never reached the upstream"


async def test_quota_body_in_anthropic_format(accounts: Accounts, fresh_mock):
    principal = await accounts.create(key=(None, 1000))
    await accounts.wait_limits(principal, 1000, "monthly")
    fresh_mock.script([{"text": "ok", "usage": USAGE}])
    body = {**BODY, "model": "gpt-4o"}
    async with httpx.AsyncClient(base_url=accounts.url) as client:
        ok = await client.post("/v1/messages", json=body, headers=auth(principal))
        assert ok.status_code == 200
        refused = await client.post("/v1/messages", json=body, headers=auth(principal))
    assert refused.status_code == 429
    payload = refused.json()
    assert payload["type"] == "error"
    assert payload["error"]["type"] == "quota_exceeded"
    assert payload["error"]["message"] == "Monthly token quota exceeded (API key quota)"
    assert payload["error"]["details"]["monthly_used"] == COST_TOKENS
    assert payload["error"]["details"]["monthly_limit"] == 1000


async def test_failed_requests_release_their_reservation(accounts: Accounts, fresh_mock):
    principal = await accounts.create(org=(600, None))
    await accounts.wait_limits(principal, 600)
    async with httpx.AsyncClient(base_url=accounts.url) as client:
        failed = await client.post(
            "/v1/chat/completions",
            json={**BODY, "model": "mock-error-500"},
            headers=auth(principal),
        )
        assert failed.status_code >= 500
        await asyncio.sleep(0.2)
        quota = (await client.get("/api/quota", headers=auth(principal))).json()
    assert quota["scopes"]["org"]["daily"]["used"] == 0


async def test_concurrent_requests_overshoot_at_most_what_was_in_flight(
    accounts: Accounts, fresh_mock
):
    limit = 5000
    principal = await accounts.create(user=(limit, None))
    await accounts.wait_limits(principal, limit)
    fresh_mock.script([{"text": "ok", "usage": USAGE, "delay_ms": 150, "times": 50}])
    async with httpx.AsyncClient(base_url=accounts.url, timeout=30) as client:
        replies = await asyncio.gather(*[chat(client, principal) for _ in range(50)])
        statuses = [r.status_code for r in replies]
        served = statuses.count(200)
        assert statuses.count(429) == 50 - served
        await asyncio.sleep(0.3)
        used = (await client.get("/api/quota", headers=auth(principal))).json()["daily"]["used"]
    # At most limit // reservation (502) requests can hold a reservation at once; each
    # may then use up to 750: that is the whole possible overshoot.
    in_flight_bound = limit // 502
    assert used == served * COST_TOKENS, "settled counter equals what was served"
    assert used - limit <= in_flight_bound * (COST_TOKENS - 502)
    assert served >= limit // COST_TOKENS
    rows = await accounts.wait_records(served, user_id=principal.user_id)
    assert len(rows) == served


@pytest.fixture
async def webhook():
    received: list[dict] = []

    async def handle(request: web.Request) -> web.Response:
        received.append(await request.json())
        return web.Response(text="ok")

    app = web.Application()
    app.router.add_post("/hook", handle)
    runner = web.AppRunner(app)
    await runner.setup()
    port = free_port()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    yield f"http://127.0.0.1:{port}/hook", received
    await runner.cleanup()


async def test_budget_thresholds_alert_once_and_limit_spending(
    accounts: Accounts, fresh_mock, webhook
):
    url, received = webhook
    principal = await accounts.create(role="admin")
    user = await accounts.create()
    fresh_mock.script([{"text": "ok", "usage": USAGE, "times": 6}])
    budget = {"budget_type": "daily", "budget_limit": 0.03, "alert_thresholds": [50, 80, 95]}
    async with httpx.AsyncClient(base_url=accounts.url) as client:
        created = await client.post(
            "/v1/analytics/budgets", json={**budget, "webhook_url": url}, headers=auth(principal)
        )
        assert created.status_code == 201, created.text
        forbidden = await client.post(  # a webhook is an SSRF vector: admins only
            "/v1/analytics/budgets", json={**budget, "webhook_url": url}, headers=auth(user)
        )
        assert forbidden.status_code == 403
        statuses = [(await chat(client, principal)).status_code for _ in range(4)]
        assert statuses == [200] * 4
        refused = await chat(client, principal)
        assert refused.status_code == 429
        assert refused.json()["error"]["type"] == "budget_exceeded"
        assert refused.json()["error"]["details"]["spent_usd"] == pytest.approx(0.03)
        for _ in range(50):
            if len(received) >= 3:
                break
            await asyncio.sleep(0.1)
        await asyncio.sleep(0.3)  # anything more would arrive now
        again = await client.post(
            "/v1/analytics/budgets", json={**budget, "webhook_url": url}, headers=auth(principal)
        )
        listed = (await client.get("/v1/analytics/budgets", headers=auth(principal))).json()
    assert sorted(hook["threshold"] for hook in received) == [50, 80, 95]
    [view] = listed["budgets"]
    assert again.status_code == 201 and view["id"] == created.json()["id"]
    assert [a["threshold"] for a in view["alerts"]] == [50, 80, 95]
    assert view["spent_usd"] == pytest.approx(0.03) and view["percent_used"] == 100
