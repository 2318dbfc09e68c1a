"""Two real proxy replicas on one Redis share each upstream key's limit and its rests:
a key rested by one replica gets no traffic from the other, and max_requests_per_minute
is one limit, not one per replica."""

from __future__ import annotations

import secrets

import openai

from tests.conftest import CLIENT_KEY
from tests.routing.pools_support import RATE, gateway, key_counts
from tests.services import require_redis
from waddleai.mock.testing import start_mock

CONFIG = """
providers:
  - name: shared
    kind: openai
    endpoint: {url}/v1
    models: [gpt-4o]
    api_keys:
      - {{key: sk-shared-a, max_requests_per_minute: 3}}
      - {{key: sk-shared-rate}}
"""


def test_two_replicas_share_key_limits_and_rests():
    redis_url = require_redis()
    env = {"REDIS_URL": redis_url, "REDIS_PREFIX": f"wa-test-{secrets.token_hex(4)}"}
    with start_mock() as mock:
        mock.configure(key_faults={"sk-shared-rate": RATE})
        yaml = CONFIG.format(url=mock.url)
        with gateway(yaml, env) as one, gateway(yaml, env) as two:
            statuses = []
            for i in range(8):
                proxy = (one, two)[i % 2]
                client = openai.OpenAI(
                    base_url=proxy.url + "/v1", api_key=CLIENT_KEY, max_retries=0
                )
                try:
                    client.chat.completions.create(
                        model="gpt-4o", messages=[{"role": "user", "content": f"r{i}"}]
                    )
                    statuses.append(200)
                except openai.APIStatusError as exc:
                    statuses.append(exc.status_code)
        counts = key_counts(mock)
    assert counts["sk-shared-rate"] == 1, counts  # rested by one replica, for both
    assert counts["sk-shared-a"] == 3, counts  # one limit across both replicas
    assert statuses.count(200) == 3 and set(statuses) == {200, 429}, statuses
