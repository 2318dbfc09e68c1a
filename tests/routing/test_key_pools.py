"""Key pools end to end: the real SDKs through the gateway against the mock upstream,
with per-key faults (a key always 429 with Retry-After, one always 500, one whose
answers report 0 remaining, one rejected with 401)."""

from __future__ import annotations

from collections.abc import Iterator

import anthropic
import httpx
import openai
import pytest
from typer.testing import CliRunner

from tests.conftest import CLIENT_KEY
from tests.routing.pools_support import (
    EMPTY,
    FAIL,
    RATE,
    ask,
    client,
    gateway,
    key_counts,
    status,
)
from waddleai.cli.main import app
from waddleai.mock.testing import MockProcess, start_mock


@pytest.fixture(scope="module")
def upstream() -> Iterator[MockProcess]:
    with start_mock(record_limit=5000) as process:
        yield process


@pytest.fixture
def mock(upstream: MockProcess) -> Iterator[MockProcess]:
    upstream.reset()
    yield upstream
    upstream.configure(key_faults={})


FAULTY = """
providers:
  - name: pool
    kind: openai
    endpoint: {url}/v1
    models: [gpt-4o]
    load_balancing: {{strategy: round_robin, failure_threshold: 3, backoff_base_seconds: 30}}
    api_keys:
      - {{key: sk-good, weight: 1}}
      - {{key: sk-rate, weight: 1}}
      - {{key: sk-fail, weight: 1}}
      - {{key: sk-empty, weight: 1}}
      - {{key: sk-revoked, weight: 1}}
"""


def test_faulty_keys_rest_and_healthy_keys_answer_every_request(mock: MockProcess) -> None:
    mock.configure(
        key_faults={
            "sk-rate": RATE,
            "sk-fail": FAIL,
            "sk-empty": EMPTY,
            "sk-revoked": {"status": 401},
        }
    )
    with gateway(FAULTY.format(url=mock.url)) as gw:
        for i in range(30):
            assert ask(gw, "gpt-4o", f"q{i}").choices[0].message.content
        claude = anthropic.Anthropic(base_url=gw.url, api_key=CLIENT_KEY, max_retries=0)
        for i in range(10):
            reply = claude.messages.create(
                model="gpt-4o", max_tokens=20, messages=[{"role": "user", "content": f"a{i}"}]
            )
            assert reply.content[0].text
        counts = key_counts(mock)
        # each faulty key was tried until it rested, then got no traffic at all
        assert counts["sk-rate"] == 1, counts  # 429 + Retry-After: 30 s
        assert counts["sk-empty"] == 1, counts  # its answer said 0 requests remain for 30 s
        assert counts["sk-fail"] == 3, counts  # three 500s in a row: rests 30 s
        assert counts["sk-revoked"] == 1, counts  # 401: out until the configuration changes
        assert counts["sk-good"] == 40 - 1, counts  # all the others (sk-empty answered one)
        states = {k["id"]: k["state"] for k in status(gw)["pool"]["keys"]}
        assert sorted(states.values()) == ["out", "ready", "resting", "resting", "resting"]
        rested = [k for k in status(gw)["pool"]["keys"] if k["state"] == "resting"]
        assert all(0 < k["seconds_left"] <= 30 for k in rested), rested
        assert "sk-rate" not in str(status(gw))  # keys are masked
        log = gw.output()
        assert '"attempts": 2' in log or '"attempts":2' in log
        assert "out of rotation" in log


SINGLE = """
providers:
  - name: only
    kind: openai
    endpoint: {url}/v1
    models: [gpt-4o]
    api_keys: [sk-rate]
  - name: revoked
    kind: openai
    endpoint: {url}/v1
    models: [gpt-4o-mini]
    api_keys: [sk-revoked]
"""


def test_when_every_key_is_out_the_client_hears_why(mock: MockProcess) -> None:
    mock.configure(key_faults={"sk-rate": RATE, "sk-revoked": {"status": 401}})
    with gateway(SINGLE.format(url=mock.url)) as gw:
        with pytest.raises(openai.RateLimitError):
            ask(gw, "gpt-4o")  # the upstream's own 429
        with pytest.raises(openai.RateLimitError) as resting:
            ask(gw, "gpt-4o")  # answered by the gateway: no upstream call
        assert "resting" in resting.value.message
        assert 20 < int(resting.value.response.headers["retry-after"]) <= 30
        with pytest.raises(openai.APIStatusError) as first:
            ask(gw, "gpt-4o-mini")
        assert first.value.status_code == 502
        with pytest.raises(openai.APIStatusError) as out:
            ask(gw, "gpt-4o-mini")
        assert out.value.status_code == 502
        assert "rejected" in out.value.message
        config = str(gw.dir / "waddleai.yaml")
        table = CliRunner().invoke(
            app,
            ["health", "upstream", "--url", gw.url, "--key", CLIENT_KEY, "--config", config],
            env={"COLUMNS": "200"},
        )
        assert "Upstream keys" in table.output, table.output
        assert "resting" in table.output and "out" in table.output, table.output
    assert key_counts(mock) == {"sk-rate": 1, "sk-revoked": 1}


WEIGHTED = """
providers:
  - name: rr
    kind: openai
    endpoint: {url}/v1
    models: [rr-model]
    load_balancing: {{strategy: round_robin}}
    api_keys: [{{key: sk-rr-a, weight: 3}}, {{key: sk-rr-b, weight: 1}}]
  - name: lu
    kind: openai
    endpoint: {url}/v1
    models: [lu-model]
    load_balancing: {{strategy: least_used}}
    api_keys: [{{key: sk-lu-a, weight: 2}}, {{key: sk-lu-b, weight: 1}}]
  - name: wr
    kind: openai
    endpoint: {url}/v1
    models: [wr-model]
    load_balancing: {{strategy: weighted_random}}
    api_keys: [{{key: sk-wr-a, weight: 2}}, {{key: sk-wr-b, weight: 1}}]
"""


def test_weights_hold_for_each_strategy(mock: MockProcess) -> None:
    with gateway(WEIGHTED.format(url=mock.url)) as gw:
        for model in ("rr-model", "lu-model", "wr-model"):
            for i in range(150):
                ask(gw, model, f"w{i}")
    counts = key_counts(mock)
    print("weight distribution:", dict(counts))
    assert (counts["sk-rr-a"], counts["sk-rr-b"]) == (113, 37), counts  # smooth: a a b a
    assert abs(counts["sk-lu-a"] - 100) <= 2, counts  # fewest per weight in the last minute
    assert abs(counts["sk-wr-a"] / 150 - 2 / 3) < 0.12, counts  # random: ±3 sigma


def test_per_key_requests_per_minute_is_enforced(mock: MockProcess) -> None:
    yaml = f"""
providers:
  - name: lim
    kind: openai
    endpoint: {mock.url}/v1
    models: [gpt-4o]
    api_keys:
      - {{key: sk-lim-a, max_requests_per_minute: 3}}
      - {{key: sk-lim-b, max_requests_per_minute: 2}}
"""
    with gateway(yaml) as gw:
        for i in range(5):
            ask(gw, "gpt-4o", f"l{i}")
        with pytest.raises(openai.RateLimitError) as limited:
            ask(gw, "gpt-4o")
        assert "max_requests_per_minute" in limited.value.message
        assert int(limited.value.response.headers["retry-after"]) >= 50
    assert key_counts(mock) == {"sk-lim-a": 3, "sk-lim-b": 2}


FALLBACK = """
providers:
  - name: down
    kind: openai
    endpoint: {url}/v1
    models: [glm-4.6]
    load_balancing: {{failure_threshold: 3, backoff_base_seconds: 30}}
    api_keys: [sk-down-1, sk-down-2]
  - name: backup
    kind: anthropic
    endpoint: {url}
    models: [claude-3-5-haiku-20241022]
    api_keys: [sk-backup]
fallbacks:
  glm-4.6: [claude-3-5-haiku-20241022]
routing: {{breaker: {{failures: 4, open_seconds: 30}}}}
"""


def test_fallbacks_serve_a_model_whose_provider_is_down(mock: MockProcess) -> None:
    mock.configure(key_faults={"sk-down-1": FAIL, "sk-down-2": FAIL})
    with gateway(FALLBACK.format(url=mock.url)) as gw:
        for i in range(12):
            raw = client(gw).chat.completions.with_raw_response.create(
                model="glm-4.6", messages=[{"role": "user", "content": f"f{i}"}], max_tokens=20
            )
            assert raw.headers["x-waddleai-fallback"] == "claude-3-5-haiku-20241022"
            assert raw.parse().choices[0].message.content
        assert status(gw)["down"]["breaker"] == "open"
        metrics = httpx_get(gw.url + "/metrics")
        assert (
            'waddleai_fallbacks_total{fallback="claude-3-5-haiku-20241022",model="glm-4.6"} 12.0'
            in metrics
        )
        assert 'waddleai_circuit_breaker_open{provider="down"} 1.0' in metrics
    counts = key_counts(mock)
    assert counts["sk-backup"] == 12
    # two failed attempts opened the way to the fallback; the breaker opened after 4
    assert counts["sk-down-1"] + counts["sk-down-2"] == 4, counts


def httpx_get(url: str) -> str:
    return httpx.get(url).text
