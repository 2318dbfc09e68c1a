"""Defects of the per-endpoint checks, fixed by the one pipeline (each failed before it).

count_tokens skipped the key's model allow-list and rate limit; embeddings reserved no
quota; an upstream sending no usage was billed as a 0-token prompt; a quota set mid-day
missed usage still in the write batch; a provider reload cut streams still running.
"""

from __future__ import annotations

import asyncio

import anthropic
import httpx
import pytest

from tests.accounting.helpers import Accounts, Principal
from waddleai.accounting.tokenizer import count_payload_tokens, ensure_loaded

COUNT_BODY = {"max_tokens": 10, "messages": [{"role": "user", "content": "hi"}]}


def auth(principal: Principal) -> dict[str, str]:
    return {"Authorization": f"Bearer {principal.raw_key}"}


async def test_count_tokens_honours_the_model_allow_list_and_rate_limit(
    accounts: Accounts, fresh_mock
):
    principal = await accounts.create(models=["gpt-4o-mini"], rate_limit=2)
    async with httpx.AsyncClient(base_url=accounts.url) as client:
        forbidden = await client.post(
            "/v1/messages/count_tokens",
            json={**COUNT_BODY, "model": "claude-sonnet-4-20250514"},
            headers={**auth(principal), "anthropic-version": "2023-06-01"},
        )
        allowed = [
            await client.post(
                "/v1/messages/count_tokens",
                json={**COUNT_BODY, "model": "gpt-4o-mini"},
                headers={**auth(principal), "anthropic-version": "2023-06-01"},
            )
            for _ in range(2)
        ]
    assert forbidden.status_code == 403
    assert forbidden.json()["type"] == "error"
    assert forbidden.json()["error"]["type"] == "permission_error"
    assert [r.status_code for r in allowed] == [200, 429]
    assert allowed[0].json()["input_tokens"] > 0
    assert allowed[1].json()["error"]["type"] == "rate_limit_error"
    counted = [r for r in fresh_mock.requests() if "count_tokens" in r["path"]]
    assert counted == [], "the forbidden model's upstream was never asked"


async def test_embeddings_reserve_quota_before_the_call(accounts: Accounts, fresh_mock):
    # text-embedding-3-small costs 0.002 WaddleAI tokens per token: 1 token per request.
    principal = await accounts.create(user=(3, None))
    await accounts.wait_limits(principal, 3)
    body = {"model": "text-embedding-3-small", "input": "the quick brown fox"}
    async with httpx.AsyncClient(base_url=accounts.url) as client:
        statuses = []
        for _ in range(5):
            reply = await client.post("/v1/embeddings", json=body, headers=auth(principal))
            statuses.append(reply.status_code)
            if reply.status_code == 429:
                assert reply.json()["error"]["type"] == "quota_exceeded"
    assert statuses == [200, 200, 200, 429, 429]
    calls = [r for r in fresh_mock.requests() if r["path"] == "/v1/embeddings"]
    assert len(calls) == 3, "refused embeddings never reached the upstream"
    quota = await accounts.quota(principal)
    assert quota["daily"]["used"] == 3


SYSTEM = " ".join(f"Rule {i}: keep every answer short and kind." for i in range(1100))


@pytest.mark.parametrize("stream", [False, True])
async def test_an_upstream_without_usage_is_counted_exactly(
    accounts: Accounts, fresh_mock, stream: bool
):
    """10,000 system-prompt tokens were once reported (and billed) as 0."""
    principal = await accounts.create()
    fresh_mock.script([{"text": "Short and kind.", "no_usage": True}])
    client = anthropic.AsyncAnthropic(
        base_url=accounts.url, api_key=principal.raw_key, max_retries=0
    )
    request = {
        "model": "gpt-4o",
        "max_tokens": 50,
        "system": SYSTEM,
        "messages": [{"role": "user", "content": "How should you answer?"}],
    }
    if stream:
        events = [e async for e in await client.messages.create(**request, stream=True)]
        reported = next(e for e in events if e.type == "message_delta").usage
    else:
        reported = (await client.messages.create(**request)).usage
    sent = fresh_mock.requests()[-1]["json"]
    await ensure_loaded()
    exact = count_payload_tokens(sent, "openai", "gpt-4o")
    assert exact > 10_000
    assert reported.input_tokens == exact
    assert reported.output_tokens > 0
    [record] = await accounts.wait_records(1, key_id=str(principal.key_id))
    assert record.input_tokens == exact
    assert record.usage_source == "counted" and record.estimated


async def test_a_quota_set_mid_day_counts_usage_still_being_written(accounts: Accounts, fresh_mock):
    principal = await accounts.create()
    usage = {"prompt_tokens": 1000, "completion_tokens": 500}  # 750 WaddleAI tokens
    fresh_mock.script([{"text": "ok", "usage": usage, "times": 3}])
    body = {"model": "gpt-4o", "max_tokens": 500, "messages": [{"role": "user", "content": "x"}]}
    async with httpx.AsyncClient(base_url=accounts.url) as client:
        for _ in range(2):
            assert (
                await client.post("/v1/chat/completions", json=body, headers=auth(principal))
            ).status_code == 200
        async with accounts.store.transaction() as tx:  # at once: records still batched
            user = await tx.users.get(principal.user_id)
            user.token_quota_daily = 2000
            await tx.touch("quotas")
        await accounts.wait_limits(principal, 2000)
        refused = await client.post("/v1/chat/completions", json=body, headers=auth(principal))
        quota = await accounts.quota(principal)
    assert refused.status_code == 429
    assert refused.json()["error"]["details"]["daily_used"] == 1500
    assert quota["daily"]["used"] == 1500 and quota["daily"]["remaining"] == 500


async def test_a_provider_reload_does_not_cut_a_running_stream(accounts: Accounts, fresh_mock):
    """The old pools were closed REQUEST_TIMEOUT (3 s here) after a reload."""
    principal = await accounts.create()
    words = " ".join(f"w{i}" for i in range(16))
    fresh_mock.configure(stream_interval_ms=300)  # about 5 s of stream
    fresh_mock.script([{"text": words}])
    body = {
        "model": "gpt-4o",
        "stream": True,
        "messages": [{"role": "user", "content": "count"}],
    }

    async def reload_soon() -> None:
        await asyncio.sleep(0.5)
        async with accounts.store.transaction() as tx:
            await tx.touch("links")

    try:
        async with httpx.AsyncClient(base_url=accounts.url, timeout=30) as client:
            reloading = asyncio.create_task(reload_soon())
            async with client.stream(
                "POST", "/v1/chat/completions", json=body, headers=auth(principal)
            ) as reply:
                text = (await reply.aread()).decode()
            await reloading
    finally:
        fresh_mock.configure(stream_interval_ms=0)
    assert "data: [DONE]" in text, "the stream ended cleanly"
    assert all(f"w{i}" in text for i in range(16))
