"""Helpers for the key-pool tests: a gateway on its own mock, and per-key traffic counts."""

from __future__ import annotations

from collections import Counter
from typing import Any

import httpx
import openai

from tests.conftest import CLIENT_KEY
from tests.gateway_process import GatewayProcess
from waddleai.mock.testing import MockProcess

RATE = {"status": 429, "headers": {"retry-after": "30"}, "error": "Rate limit reached"}
FAIL = {"status": 500}
EMPTY = {
    "headers": {
        "x-ratelimit-limit-requests": "1000",
        "x-ratelimit-remaining-requests": "0",
        "x-ratelimit-reset-requests": "30s",
        "x-ratelimit-limit-tokens": "100000",
        "x-ratelimit-remaining-tokens": "99000",
        "x-ratelimit-reset-tokens": "1s",
    }
}


def gateway(yaml: str, env: dict[str, str] | None = None) -> GatewayProcess:
    full = yaml + f'\napi_keys: ["{CLIENT_KEY}"]\nrequest_timeout: 3\n'
    return GatewayProcess(config_yaml=full, env={"LOG_LEVEL": "INFO", **(env or {})})


def client(gw: GatewayProcess) -> openai.OpenAI:
    return openai.OpenAI(base_url=gw.url + "/v1", api_key=CLIENT_KEY, max_retries=0)


def ask(gw: GatewayProcess, model: str, text: str = "hi") -> Any:
    return client(gw).chat.completions.create(
        model=model, messages=[{"role": "user", "content": text}], max_tokens=20
    )


def key_counts(mock: MockProcess) -> Counter[str]:
    counts: Counter[str] = Counter()
    for request in mock.requests():
        if not request["path"].endswith(("/chat/completions", "/messages")):
            continue
        headers = request["headers"]
        key = headers.get("x-api-key") or headers.get("authorization", "").removeprefix("Bearer ")
        counts[key] += 1
    return counts


def status(gw: GatewayProcess) -> dict[str, Any]:
    answer = httpx.get(gw.url + "/api/status", headers={"Authorization": f"Bearer {CLIENT_KEY}"})
    answer.raise_for_status()
    return {p["provider"]: p for p in answer.json()["upstream_keys"]}
