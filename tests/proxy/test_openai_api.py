"""The OpenAI API through the running gateway, driven by the official `openai` SDK."""

from __future__ import annotations

import json
import socket
import time

import httpx
import openai
import pytest

from tests.conftest import CLIENT_KEY
from waddleai.mock.options import DEFAULT_REPLY


@pytest.fixture
def client(gateway) -> openai.OpenAI:
    return openai.OpenAI(base_url=gateway.url + "/v1", api_key=CLIENT_KEY, max_retries=0)


def test_plain_completion_returns_upstream_answer_and_usage(client, fresh_mock):
    fresh_mock.script([{"text": "Paris is the capital of France."}])
    reply = client.chat.completions.create(
        model="gpt-4o", messages=[{"role": "user", "content": "Capital of France?"}]
    )
    assert reply.choices[0].message.content == "Paris is the capital of France."
    assert reply.choices[0].finish_reason == "stop"
    assert reply.usage.prompt_tokens > 0 and reply.usage.completion_tokens > 0
    sent = fresh_mock.requests()[-1]
    assert sent["json"]["model"] == "gpt-4o"
    assert sent["headers"]["authorization"] == "Bearer sk-mock-upstream-secret-1234"
    assert sent["headers"]["x-client-id"] == "waddle-client"  # CUSTOM_HEADER_X_CLIENT_ID


def test_unknown_fields_are_passed_through_to_openai_upstreams(client, fresh_mock):
    client.chat.completions.create(
        model="gpt-4o",
        messages=[{"role": "user", "content": "hi"}],
        extra_body={"logit_bias": {"50256": -100}, "vendor_knob": {"a": 1}},
    )
    sent = fresh_mock.requests()[-1]["json"]
    assert sent["vendor_knob"] == {"a": 1}
    assert sent["logit_bias"] == {"50256": -100}


def test_stream_relays_chunks_and_hides_usage_unless_asked(client, fresh_mock):
    fresh_mock.script([{"text": "one two three four"}, {"text": "five six"}])
    chunks = list(
        client.chat.completions.create(
            model="gpt-4o", messages=[{"role": "user", "content": "count"}], stream=True
        )
    )
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == "one two three four"
    assert all(c.usage is None for c in chunks), "client did not ask for usage"
    # the gateway asked the upstream for usage anyway
    assert fresh_mock.requests()[-1]["json"]["stream_options"] == {"include_usage": True}

    chunks = list(
        client.chat.completions.create(
            model="gpt-4o",
            messages=[{"role": "user", "content": "count"}],
            stream=True,
            stream_options={"include_usage": True},
        )
    )
    assert chunks[-1].choices == [] and chunks[-1].usage.completion_tokens > 0


def test_streamed_tool_call_arguments_reassemble_exactly(client, fresh_mock):
    arguments = {"city": "Zürich", "days": 3, "units": ["metric", "c"], "note": 'say "hi"'}
    fresh_mock.script(
        [{"tool_calls": [{"id": "call_1", "name": "get_weather", "arguments": arguments}]}]
    )
    tools = [
        {
            "type": "function",
            "function": {
                "name": "get_weather",
                "parameters": {"type": "object", "properties": {"city": {"type": "string"}}},
            },
        }
    ]
    stream = client.chat.completions.create(
        model="gpt-4o",
        messages=[{"role": "user", "content": "weather?"}],
        tools=tools,
        stream=True,
    )
    pieces, names, finish = [], [], None
    for chunk in stream:
        for choice in chunk.choices:
            for call in choice.delta.tool_calls or []:
                if call.function.name:
                    names.append(call.function.name)
                pieces.append(call.function.arguments or "")
            finish = choice.finish_reason or finish
    assert names == ["get_weather"]
    assert len([p for p in pieces if p]) > 1, "arguments arrive in fragments"
    assert json.loads("".join(pieces)) == arguments
    assert finish == "tool_calls"


def test_images_reach_the_upstream_unchanged(client, fresh_mock):
    image = {"type": "image_url", "image_url": {"url": "data:image/png;base64,iVBORw0KGgo="}}
    client.chat.completions.create(
        model="gpt-4o",
        messages=[{"role": "user", "content": [{"type": "text", "text": "what?"}, image]}],
    )
    assert fresh_mock.requests()[-1]["json"]["messages"][0]["content"][1] == image


def test_embeddings(client):
    result = client.embeddings.create(model="text-embedding-3-small", input=["a", "b"])
    assert [d.index for d in result.data] == [0, 1]
    assert len(result.data[0].embedding) > 0
    assert result.usage.prompt_tokens > 0


def test_model_listing_includes_configured_models_and_aliases(client):
    ids = {m.id for m in client.models.list()}
    assert {"gpt-4o", "gpt-4o-mini", "fast", "smart"} <= ids


def test_routes_also_answer_under_openai_prefix(gateway, fresh_mock):
    prefixed = openai.OpenAI(base_url=gateway.url + "/openai/v1", api_key=CLIENT_KEY)
    reply = prefixed.chat.completions.create(
        model="fast", messages=[{"role": "user", "content": "hi"}]
    )
    assert reply.choices[0].message.content
    assert fresh_mock.requests()[-1]["json"]["model"] == "gpt-4o-mini"


def test_provider_prefix_forces_a_provider(client, fresh_mock):
    fresh_mock.script([{"text": "from anthropic upstream"}])
    reply = client.chat.completions.create(
        model="mockant:claude-3-5-haiku-20241022",
        messages=[{"role": "user", "content": "hi"}],
    )
    assert reply.choices[0].message.content == "from anthropic upstream"
    sent = fresh_mock.requests()[-1]
    assert sent["path"] == "/v1/messages"
    assert sent["json"]["model"] == "claude-3-5-haiku-20241022"


def test_unknown_model_is_404_model_not_found(client, fresh_mock):
    with pytest.raises(openai.NotFoundError) as info:
        client.chat.completions.create(
            model="no-such-model", messages=[{"role": "user", "content": "hi"}]
        )
    assert info.value.body["code"] == "model_not_found"
    assert "/v1/models" in info.value.body["message"]
    assert fresh_mock.requests() == []


def test_bad_key_is_401_and_reaches_no_upstream(gateway, fresh_mock):
    bad = openai.OpenAI(base_url=gateway.url + "/v1", api_key="wa-wrong", max_retries=0)
    with pytest.raises(openai.AuthenticationError):
        bad.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "x"}])
    assert fresh_mock.requests() == []


@pytest.mark.parametrize(
    ("model", "error", "status"),
    [
        ("mock-error-500", openai.APIStatusError, 502),
        ("mock-error-429", openai.RateLimitError, 429),
        ("mock-malformed", openai.APIStatusError, 502),
        ("mock-timeout", openai.APIStatusError, 504),
    ],
)
def test_upstream_failures_are_mapped(client, gateway, fresh_mock, model, error, status):
    with pytest.raises(error) as info:
        client.chat.completions.create(model=model, messages=[{"role": "user", "content": "x"}])
    assert info.value.status_code == status
    body = info.value.response.json()
    assert set(body) == {"error"} and body["error"]["message"]
    assert "sk-mock-upstream-secret" not in info.value.response.text
    assert "sk-mock-upstream-secret" not in gateway.output()  # nor in any log line
    if status == 429:
        assert info.value.response.headers.get("retry-after")


def test_bad_json_is_400_in_openai_format(gateway):
    r = httpx.post(
        gateway.url + "/v1/chat/completions",
        content=b"{not json",
        headers={"Authorization": f"Bearer {CLIENT_KEY}"},
    )
    assert r.status_code == 400
    assert r.json()["error"]["type"] == "invalid_request_error"


def test_every_response_carries_request_id_and_overhead(gateway):
    r = httpx.get(
        gateway.url + "/v1/models",
        headers={"Authorization": f"Bearer {CLIENT_KEY}", "X-Request-ID": "abc-123"},
    )
    assert r.headers["x-request-id"] == "abc-123"
    assert float(r.headers["x-waddleai-overhead-ms"]) >= 0
    auth = {"Authorization": f"Bearer {CLIENT_KEY}"}
    error = httpx.post(gateway.url + "/v1/chat/completions", json={}, headers=auth)
    with httpx.stream(
        "POST",
        gateway.url + "/v1/chat/completions",
        json={"model": "gpt-4o", "stream": True, "messages": [{"role": "user", "content": "x"}]},
        headers=auth,
    ) as stream:
        stream.read()
    for response in (error, stream):  # exactly one id, generated when the client sent none
        ids = response.headers.get_list("x-request-id")
        assert len(ids) == 1 and ids[0].startswith("req_"), ids


def test_client_disconnect_cancels_the_upstream_stream(gateway, fresh_mock):
    """Closing the client socket mid-stream must close the gateway's upstream request."""
    fresh_mock.configure(stream_interval_ms=100, reply=" ".join(["word"] * 100))
    try:
        body = json.dumps(
            {
                "model": "gpt-4o",
                "stream": True,
                "messages": [{"role": "user", "content": "long"}],
            }
        ).encode()
        request = (
            f"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\n"
            f"Authorization: Bearer {CLIENT_KEY}\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\n\r\n"
        ).encode() + body
        with socket.create_connection(("127.0.0.1", gateway.port)) as sock:
            sock.sendall(request)
            assert b"200 OK" in sock.recv(4096)
        deadline = time.monotonic() + 3  # the whole stream would take 10 s
        while time.monotonic() < deadline and fresh_mock.stats()["open_streams"]:
            time.sleep(0.05)
        stats = fresh_mock.stats()
        assert stats["open_streams"] == 0 and stats["cancelled_streams"] == 1, stats
    finally:
        fresh_mock.configure(stream_interval_ms=0, reply=DEFAULT_REPLY)


def test_max_tokens_limit_caps_pass_through_requests(mock):
    """MAX_TOKENS_LIMIT caps what reaches the upstream, in both APIs."""
    from tests.conftest import mock_gateway_config
    from tests.gateway_process import GatewayProcess

    mock.reset()
    env = {"MAX_TOKENS_LIMIT": "100"}
    with GatewayProcess(config_yaml=mock_gateway_config(mock.url), env=env) as gw:
        client = openai.OpenAI(base_url=gw.url + "/v1", api_key=CLIENT_KEY, max_retries=0)
        client.chat.completions.create(
            model="gpt-4o", max_tokens=5000, messages=[{"role": "user", "content": "x"}]
        )
        client.chat.completions.create(
            model="gpt-4o", max_tokens=50, messages=[{"role": "user", "content": "x"}]
        )
        httpx.post(
            gw.url + "/v1/messages",
            headers={"x-api-key": CLIENT_KEY, "anthropic-version": "2023-06-01"},
            json={
                "model": "mockant:claude-sonnet-4-20250514",
                "max_tokens": 64000,
                "messages": [{"role": "user", "content": "x"}],
            },
        )
    sent = [r["json"]["max_tokens"] for r in mock.requests()]
    assert sent == [100, 50, 100]
