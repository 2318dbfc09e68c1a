"""Key state units: header parsing, rests that only lengthen, backoff, outs tied to the
configuration, per-minute limits, breakers; the same behaviour in process and in Redis."""

from __future__ import annotations

import secrets
from collections.abc import AsyncIterator

import pytest

from tests.services import require_redis
from waddleai.config.settings import ProviderConfig
from waddleai.providers.errors import UpstreamError
from waddleai.routing.breaker import Breaker
from waddleai.routing.keys.headers import parse_reset, read_signal, retry_after
from waddleai.routing.keys.pool import KeyPool
from waddleai.routing.keys.state import MemoryKeyStates, RedisKeyStates


def test_reset_formats():
    assert parse_reset("6m0s") == 360
    assert parse_reset("20ms") == pytest.approx(0.02)
    assert parse_reset("1h2m3.5s") == pytest.approx(3723.5)
    assert parse_reset("33011.38") == pytest.approx(33011.38)
    assert parse_reset("2030-01-01T00:00:00Z", now=1893455990.0) == pytest.approx(10)
    assert parse_reset("soon") is None
    assert retry_after({"retry-after": "30"}) == 30
    assert retry_after({"retry-after-ms": "1500"}) == 1.5


def test_openai_cerebras_and_anthropic_headers():
    cerebras = read_signal(
        {
            "x-ratelimit-limit-requests-day": "14400",
            "x-ratelimit-remaining-requests-day": "1440",
            "x-ratelimit-reset-requests-day": "33011.38",
            "x-ratelimit-limit-tokens-minute": "60000",
            "x-ratelimit-remaining-tokens-minute": "30000",
            "x-ratelimit-reset-tokens-minute": "11.38",
        }
    )
    assert cerebras.share == pytest.approx(0.1) and cerebras.exhausted_for == 0
    openai = read_signal(
        {
            "x-ratelimit-limit-requests": "500",
            "x-ratelimit-remaining-requests": "0",
            "x-ratelimit-reset-requests": "1m30s",
        }
    )
    assert openai.share == 0 and openai.exhausted_for == 90
    anthropic = read_signal(
        {
            "anthropic-ratelimit-tokens-limit": "100000",
            "anthropic-ratelimit-tokens-remaining": "50000",
            "anthropic-ratelimit-tokens-reset": "2999-01-01T00:00:00Z",
        }
    )
    assert anthropic.share == 0.5
    assert not read_signal({"content-type": "application/json"}).known


def _pool(states, clock=None, **balancing) -> KeyPool:
    config = ProviderConfig(
        name=f"p{secrets.token_hex(3)}",
        endpoint="http://x/v1",
        api_keys=[{"key": "sk-a", "max_requests_per_minute": 2}, {"key": "sk-b"}],
        load_balancing=balancing,
    )
    return KeyPool(config, states, clock) if clock else KeyPool(config, states)


@pytest.fixture(params=["memory", "redis"])
async def states(request) -> AsyncIterator[object]:
    if request.param == "memory":
        yield MemoryKeyStates()
        return
    url = require_redis()
    from redis.asyncio import Redis

    client = Redis.from_url(url)
    yield RedisKeyStates(client, f"wa-test-{secrets.token_hex(4)}")
    await client.aclose()


def _error(status: int, headers: dict[str, str] | None = None) -> UpstreamError:
    return UpstreamError("x", status=502, upstream_status=status, headers=headers)


async def test_a_later_429_only_lengthens_the_rest(states):
    pool = _pool(states)
    lease = await pool.acquire("m", 0)
    await pool.failed(lease, _error(429, {"retry-after": "30"}))
    await pool.failed(lease, _error(429, {"retry-after": "5"}))
    view = (await pool.snapshot("m"))[lease.index]
    assert view.state == "resting" and 25 < view.wait <= 30
    other = await pool.acquire("m", 0)
    assert other.spec.id != lease.spec.id
    # the rest is per model: the same key serves another model
    assert (await pool.snapshot("other"))[lease.index].state == "ready"


async def test_repeated_failures_back_off_exponentially(states):
    pool = _pool(states, failure_threshold=2, backoff_base_seconds=10)
    lease = await pool.acquire("m", 0)
    await pool.failed(lease, _error(500))
    assert (await pool.snapshot("m"))[lease.index].state == "ready"
    await pool.failed(lease, _error(503))
    assert 9 < (await pool.snapshot("m"))[lease.index].wait <= 10
    await pool.failed(lease, _error(500))
    assert 19 < (await pool.snapshot("m"))[lease.index].wait <= 20


async def test_out_until_the_configuration_changes(states):
    pool = _pool(states)
    lease = await pool.acquire("m", 0)
    await pool.failed(lease, _error(401))
    assert (await pool.snapshot("m"))[lease.index].state == "out"
    changed = KeyPool(
        ProviderConfig(
            name=pool.provider,
            endpoint="http://y/v1",
            api_keys=[{"key": "sk-a", "max_requests_per_minute": 2}, {"key": "sk-b"}],
        ),
        states,
    )
    assert (await changed.snapshot("m"))[lease.index].state == "ready"


async def test_requests_per_minute_and_header_exhaustion(states):
    pool = _pool(states, strategy="least_used")
    picks = [await pool.acquire("m", 0) for _ in range(4)]
    assert [p.spec.secret for p in picks].count("sk-a") == 2  # its limit
    b = next(p for p in picks if p.spec.secret == "sk-b")
    await pool.succeeded(
        b, {"x-ratelimit-remaining-requests": "0", "x-ratelimit-reset-requests": "40s"}
    )
    refused = await pool.acquire("m", 0)
    assert refused.state == "resting" and refused.wait > 30  # type: ignore[union-attr]


async def test_low_share_keys_are_chosen_last():
    pool = _pool(MemoryKeyStates())
    first = await pool.acquire("m", 0)
    low = {"x-ratelimit-limit-requests": "100", "x-ratelimit-remaining-requests": "5"}
    await pool.succeeded(first, low)
    picks = [(await pool.acquire("m", 0)).spec.id for _ in range(3)]
    assert first.spec.id not in picks[:1]


def test_breaker_opens_probes_and_closes():
    now = [0.0]
    breaker = Breaker("p", failures=2, open_seconds=10, clock=lambda: now[0])
    breaker.failed()
    assert breaker.allows()
    breaker.failed()
    assert breaker.state == "open" and not breaker.allows()
    now[0] = 10.5
    assert breaker.allows() and breaker.state == "half_open"
    assert not breaker.allows()  # one probe at a time
    breaker.failed()
    assert breaker.state == "open" and breaker.retry_in() == pytest.approx(20)
    now[0] = 31
    assert breaker.allows()
    breaker.succeeded()
    assert breaker.state == "closed"


async def test_a_rested_key_serves_again_when_its_rest_ends():
    now = [1000.0]
    clock = lambda: now[0]  # noqa: E731
    pool = _pool(MemoryKeyStates(clock=clock), clock, strategy="round_robin")
    lease = await pool.acquire("m", 0)
    await pool.failed(lease, _error(429, {"retry-after": "30"}))
    now[0] += 29
    others = {s.id for s in pool.specs if s.id != lease.spec.id}
    assert {(await pool.acquire("m", 0)).spec.id for _ in range(2)} == others
    now[0] += 2
    picks = {(await pool.acquire("m", 0)).spec.id for _ in range(2)}
    assert lease.spec.id in picks


def test_a_cancelled_probe_lets_the_next_call_probe():
    now = [0.0]
    breaker = Breaker("p", failures=1, open_seconds=1, clock=lambda: now[0])
    breaker.failed()
    now[0] = 2
    assert breaker.allows()  # the probe
    breaker.released()  # its request was cancelled
    assert breaker.allows()
