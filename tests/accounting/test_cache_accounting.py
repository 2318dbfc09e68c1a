"""Cached answers in the books: per-tenant, recorded as hits, charged at the hit rate (0)."""

from __future__ import annotations

import secrets

import httpx

from tests.accounting.helpers import Accounts, Principal


def auth(principal: Principal, **extra: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {principal.raw_key}", **extra}


async def test_a_hit_is_free_recorded_and_never_shared_across_orgs(accounts: Accounts, fresh_mock):
    first, second = await accounts.create(), await accounts.create()  # two orgs
    usage = {"prompt_tokens": 1000, "completion_tokens": 500}
    fresh_mock.script([{"text": "cached", "usage": usage, "times": 2}])
    body = {"model": "gpt-4o", "messages": [{"role": "user", "content": secrets.token_hex(6)}]}
    headers = {"X-WaddleAI-Cache": "ttl=120"}
    async with httpx.AsyncClient(base_url=accounts.url) as client:
        miss = await client.post("/v1/chat/completions", json=body, headers=auth(first, **headers))
        hit = await client.post("/v1/chat/completions", json=body, headers=auth(first, **headers))
        other = await client.post(
            "/v1/chat/completions", json=body, headers=auth(second, **headers)
        )
    assert miss.headers["x-waddleai-cache"] == "miss"
    assert hit.headers["x-waddleai-cache"] == "hit"
    assert other.headers["x-waddleai-cache"] == "miss", "another org never sees the answer"
    assert miss.headers["x-waddleai-tokens"] == "750" and hit.headers["x-waddleai-tokens"] == "0"
    assert hit.json()["usage"]["prompt_tokens"] == 1000
    calls = [r for r in fresh_mock.requests() if r["path"] == "/v1/chat/completions"]
    assert len(calls) == 2
    rows = await accounts.wait_records(2, key_id=str(first.key_id))
    assert [(r.cache_hit, r.waddleai_tokens) for r in rows] == [(False, 750), (True, 0)]


async def test_a_key_with_a_cache_ttl_caches_without_a_header(accounts: Accounts, fresh_mock):
    principal = await accounts.create()
    async with accounts.store.transaction() as tx:
        key = await tx.keys.get(principal.key_id)
        key.cache_ttl_seconds = 60
        await tx.touch("keys")
    fresh_mock.script([{"text": "once"}])
    body = {"model": "gpt-4o", "messages": [{"role": "user", "content": secrets.token_hex(6)}]}
    async with httpx.AsyncClient(base_url=accounts.url) as client:
        for expected in ("miss", "hit"):
            reply = await client.post("/v1/chat/completions", json=body, headers=auth(principal))
            assert reply.headers["x-waddleai-cache"] == expected
