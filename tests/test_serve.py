"""`waddleai serve` on a fresh directory: embedded default, demo model, admin bootstrap."""

from __future__ import annotations

import re
import time

import httpx
import openai
import pytest

from tests.gateway_process import GatewayProcess


@pytest.fixture(scope="module")
def served():
    gw = GatewayProcess(command="serve", env={"LOG_LEVEL": "INFO"})
    gw.wait_ready(timeout=60)
    deadline = time.monotonic() + 30
    while "Admin API Key" not in gw.output() and time.monotonic() < deadline:
        time.sleep(0.1)
    yield gw
    gw.stop()


def admin_key(gw: GatewayProcess) -> str:
    match = re.search(r"Admin API Key: (wa-\S+)", gw.output())
    assert match, gw.output()
    return match.group(1)


def test_banner_says_no_provider_is_configured(served):
    out = served.output()
    assert "NONE CONFIGURED" in out and "OPENAI_API_KEY" in out
    assert re.search(r"Admin password \(user 'admin', shown once\): \S{12,}", out)
    assert "admin123" not in out


def test_demo_model_answers_plain_and_streamed(served):
    client = openai.OpenAI(base_url=served.url + "/v1", api_key=admin_key(served), max_retries=0)
    reply = client.chat.completions.create(
        model="waddleai-demo", messages=[{"role": "user", "content": "hello there"}]
    )
    assert "demo" in reply.choices[0].message.content
    assert 'You said: "hello there"' in reply.choices[0].message.content
    chunks = client.chat.completions.create(
        model="waddleai-demo", messages=[{"role": "user", "content": "hi"}], stream=True
    )
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text.startswith("Hello from WaddleAI")
    assert [m.id for m in client.models.list()] == ["waddleai-demo"]


def test_management_server_runs_beside_the_proxy(served):
    assert httpx.get(served.mgmt_url + "/healthz").status_code == 200
    assert httpx.get(served.mgmt_url + "/docs").status_code == 200
    anonymous = httpx.get(served.url + "/api/status").json()
    assert anonymous["status"] == "ok" and "providers" not in anonymous
    headers = {"Authorization": f"Bearer {admin_key(served)}"}
    status = httpx.get(served.url + "/api/status", headers=headers).json()
    assert status["demo_mode"] is True
    assert httpx.get(served.url + "/health").json()["store"] == "ok"


def test_second_start_keeps_the_admin_and_prints_no_new_key(served, tmp_path):
    gw = GatewayProcess(command="serve", workdir=served.dir)
    try:
        gw.wait_ready(timeout=60)
        assert "Admin API Key" not in gw.output()
    finally:
        gw.stop()
