"""Several gateway processes: one shared quota (PostgreSQL + Redis), no record lost on SIGTERM."""

from __future__ import annotations

import asyncio
import signal
import time

import httpx
import pytest

from tests.accounting.conftest import gateway_env
from tests.accounting.helpers import Accounts
from tests.conftest import mock_gateway_config
from tests.gateway_process import GatewayProcess
from tests.services import require_redis
from tests.store.fixtures import redis_prefix as redis_prefix  # noqa: F401

USAGE = {"prompt_tokens": 1000, "completion_tokens": 500}
BODY = {"model": "gpt-4o", "max_tokens": 500, "messages": [{"role": "user", "content": "hi"}]}


@pytest.mark.parametrize("backend", ["postgres"], indirect=True)  # the scale-out deployment
async def test_two_proxies_share_one_quota(
    backend,
    acct_settings,
    acct_store,
    mock,
    redis_prefix,  # noqa: F811
):
    env = gateway_env(acct_settings, REDIS_URL=require_redis(), REDIS_PREFIX=redis_prefix)
    config = mock_gateway_config(mock.url)
    limit = 5000
    with (
        GatewayProcess(config_yaml=config, env=env) as one,
        GatewayProcess(config_yaml=config, env=env) as two,
    ):
        accounts = Accounts(acct_store, one.url)
        principal = await accounts.create(user=(limit, None))
        await accounts.wait_limits(principal, limit)
        await Accounts(acct_store, two.url).wait_limits(principal, limit)
        mock.script([{"text": "ok", "usage": USAGE, "delay_ms": 200, "times": 40}])
        headers = {"Authorization": f"Bearer {principal.raw_key}"}
        async with httpx.AsyncClient(timeout=30) as client:
            replies = await asyncio.gather(
                *[
                    client.post(
                        f"{(one, two)[i % 2].url}/v1/chat/completions", json=BODY, headers=headers
                    )
                    for i in range(40)
                ]
            )
            served = [r.status_code for r in replies].count(200)
            await asyncio.sleep(0.3)
            used = [
                (await client.get(f"{g.url}/api/quota", headers=headers)).json()["daily"]["used"]
                for g in (one, two)
            ]
    # One shared counter admits at most limit // 502 = 9 at once (then 9 x 750 > limit);
    # two separate per-process counters would have admitted 9 each.
    assert 1 <= served <= limit // 502
    assert used == [served * 750, served * 750]
    rows = await accounts.wait_records(served, user_id=principal.user_id)
    assert len(rows) == served


async def test_sigterm_under_load_loses_no_record(acct_settings, acct_store, mock):
    """Requests in flight at SIGTERM finish; every 200 served has its record afterwards."""
    env = gateway_env(acct_settings)
    gateway = GatewayProcess(config_yaml=mock_gateway_config(mock.url), env=env).wait_ready()
    accounts = Accounts(acct_store, gateway.url)
    principal = await accounts.create()
    headers = {"Authorization": f"Bearer {principal.raw_key}"}
    mock.script([{"text": "one two three four", "usage": USAGE, "delay_ms": 400, "times": 200}])

    async def one(client: httpx.AsyncClient, index: int) -> bool:
        body = {**BODY, "stream": index % 2 == 0}
        try:
            reply = await client.post(
                f"{gateway.url}/v1/chat/completions", json=body, headers=headers
            )
            return reply.status_code == 200 and (not body["stream"] or b"[DONE]" in reply.content)
        except httpx.HTTPError:
            return False

    async with httpx.AsyncClient(timeout=30) as client:
        tasks = []
        for index in range(80):
            tasks.append(asyncio.create_task(one(client, index)))
            await asyncio.sleep(0.01)
            if index == 40:
                gateway.proc.send_signal(signal.SIGTERM)
        results = await asyncio.gather(*tasks)
    started = time.monotonic()
    assert gateway.proc.wait(20) == 0, "a clean drain exits 0 (uvicorn's re-raise is undone)"
    gateway.stop()
    served = results.count(True)
    assert served >= 20, "the load was in flight when SIGTERM arrived"
    assert time.monotonic() - started < 20
    rows = await accounts.records(user_id=principal.user_id)
    assert len([r for r in rows if r.status == 200]) == served
