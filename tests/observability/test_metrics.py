"""Prometheus metrics and request logs, checked by scraping after known traffic."""

from __future__ import annotations

import json
import re
import time

import httpx
import openai
import pytest

from tests.conftest import CLIENT_KEY


def scrape(url: str) -> dict[str, float]:
    """Sample name with labels -> value, from the text exposition format."""
    samples: dict[str, float] = {}
    for line in httpx.get(url + "/metrics").text.splitlines():
        if line and not line.startswith("#"):
            name, _, value = line.rpartition(" ")
            samples[name] = float(value)
    return samples


def delta(before: dict[str, float], after: dict[str, float], pattern: str) -> float:
    rx = re.compile(pattern)
    keys = {k for k in after if rx.fullmatch(k)}
    return sum(after[k] - before.get(k, 0.0) for k in keys)


@pytest.fixture
def client(gateway) -> openai.OpenAI:
    return openai.OpenAI(base_url=gateway.url + "/v1", api_key=CLIENT_KEY, max_retries=0)


def test_metrics_count_known_traffic(gateway, client, fresh_mock):
    before = scrape(gateway.url)
    usage = {"prompt_tokens": 11, "completion_tokens": 7, "total_tokens": 18}
    fresh_mock.script([{"text": "a", "usage": usage}, {"text": "b", "usage": usage}])
    for _ in range(2):
        client.chat.completions.create(model="fast", messages=[{"role": "user", "content": "x"}])
    with pytest.raises(openai.NotFoundError):
        client.chat.completions.create(model="nope", messages=[{"role": "user", "content": "x"}])
    with pytest.raises(openai.AuthenticationError):
        openai.OpenAI(base_url=gateway.url + "/v1", api_key="wa-bad", max_retries=0).models.list()
    with pytest.raises(openai.RateLimitError):
        client.chat.completions.create(
            model="mock-error-429", messages=[{"role": "user", "content": "x"}]
        )
    after = scrape(gateway.url)

    ok = r'waddleai_requests_total\{.*model="fast",provider="mock".*status="200".*\}'
    assert delta(before, after, ok) == 2
    tokens = r'waddleai_llm_tokens_total\{kind="%s",model="gpt-4o-mini",provider="mock"\}'
    assert delta(before, after, tokens % "input") == 22
    assert delta(before, after, tokens % "output") == 14
    assert delta(before, after, r'waddleai_rejections_total\{reason="model_not_found"\}') == 1
    assert delta(before, after, r'waddleai_rejections_total\{reason="auth"\}') == 1
    errors = r'waddleai_upstream_errors_total\{provider="mock",status="429"\}'
    assert delta(before, after, errors) == 1
    assert delta(before, after, r"waddleai_request_duration_seconds_count\{.*\}") >= 3
    assert delta(before, after, r"waddleai_gateway_overhead_seconds_count") >= 2
    assert delta(before, after, r'waddleai_waddleai_tokens_total\{model="gpt-4o-mini"\}') > 0
    assert "waddleai_in_flight_requests" in after


def test_streams_observe_time_to_first_token(gateway, client, fresh_mock):
    before = scrape(gateway.url)
    list(
        client.chat.completions.create(
            model="gpt-4o", messages=[{"role": "user", "content": "x"}], stream=True
        )
    )
    after = scrape(gateway.url)
    ttft = r'waddleai_time_to_first_token_seconds_count\{provider="mock"\}'
    assert delta(before, after, ttft) == 1


def test_request_log_line_is_json_without_the_key(gateway, client, fresh_mock):
    client.chat.completions.create(
        model="gpt-4o",
        messages=[{"role": "user", "content": "x"}],
        extra_headers={"X-Request-ID": "log-check-1"},
    )
    deadline = time.monotonic() + 3  # lines are written in batches every 0.05 s
    while True:
        lines = [line for line in gateway.output().splitlines() if "log-check-1" in line]
        if lines or time.monotonic() > deadline:
            break
        time.sleep(0.05)
    assert lines, "one structured line per request"
    entry = json.loads(lines[-1])
    assert entry["request_id"] == "log-check-1" and entry["status"] == 200
    assert entry["model"] == "gpt-4o" and entry["provider"] == "mock"
    assert entry["input_tokens"] > 0 and entry["key_id"]
    assert CLIENT_KEY not in gateway.output()
