"""Failures through the Anthropic Messages API, always in Anthropic's own error format.

`{"type": "error", "error": {"type", "message"}}` with Anthropic's types and statuses,
before a stream starts (a real HTTP status) and after it (an `event: error`), for the
OpenAI-format upstream (translated) and the Anthropic-format one (passed through).
"""

from __future__ import annotations

import json
import socket

import anthropic
import httpx
import pytest

from tests.conftest import CLIENT_KEY
from tests.proxy.anthropic_support import PASSTHROUGH, SONNET, USER_HI, anthropic_client

pytestmark = pytest.mark.filterwarnings("ignore:The model .* is deprecated:DeprecationWarning")


@pytest.fixture
def client(gateway) -> anthropic.Anthropic:
    return anthropic_client(gateway.url)


def _raw_stream(gateway, model: str) -> tuple[int, list[tuple[str, dict]]]:
    """POST a streamed message with httpx and parse the SSE events by hand."""
    body = {"model": model, "max_tokens": 100, "stream": True, "messages": USER_HI}
    headers = {"x-api-key": CLIENT_KEY, "anthropic-version": "2023-06-01"}
    events: list[tuple[str, dict]] = []
    with httpx.stream(
        "POST", gateway.url + "/v1/messages", json=body, headers=headers, timeout=20
    ) as r:
        name = ""
        for line in r.iter_lines():
            if line.startswith("event:"):
                name = line.split(":", 1)[1].strip()
            elif line.startswith("data:"):
                events.append((name, json.loads(line.split(":", 1)[1])))
        return r.status_code, events


@pytest.mark.parametrize("model", [SONNET, PASSTHROUGH])
def test_upstream_failure_mid_stream_becomes_an_error_event(gateway, client, fresh_mock, model):
    fresh_mock.script([{"text": "a b c d e f g h i j k l", "disconnect_after": 4}])
    status, events = _raw_stream(gateway, model)
    assert status == 200
    names = [n for n, _ in events]
    assert names[0] == "message_start"
    assert names[-1] == "error" and "message_stop" not in names
    assert events[-1][1]["type"] == "error"
    assert events[-1][1]["error"]["type"] == "api_error"
    assert events[-1][1]["error"]["message"]

    fresh_mock.script([{"text": "a b c d e f g h i j k l", "disconnect_after": 4}])
    with pytest.raises(anthropic.APIStatusError):
        list(client.messages.create(model=model, max_tokens=100, messages=USER_HI, stream=True))


def test_pdf_document_reaches_an_openai_upstream_on_every_turn(client, fresh_mock):
    # Claude Code keeps a PDF it read in its history; a 400 here failed every later turn.
    document = {
        "type": "document",
        "title": "spec",
        "source": {"type": "base64", "media_type": "application/pdf", "data": "JVBERi0="},
    }
    history = [{"role": "user", "content": [document, {"type": "text", "text": "summarise"}]}]
    first = client.messages.create(model=SONNET, max_tokens=50, messages=history)
    assert first.content[0].type == "text"
    history += [
        {"role": "assistant", "content": first.content[0].text},
        {"role": "user", "content": "and the second page?"},
    ]
    second = client.messages.create(model=SONNET, max_tokens=50, messages=history, stream=True)
    assert [e.type for e in second][-1] == "message_stop"
    for sent in fresh_mock.requests():
        assert sent["path"] == "/v1/chat/completions"
        assert sent["json"]["messages"][0]["content"][0] == {
            "type": "file",
            "file": {"filename": "spec.pdf", "file_data": "data:application/pdf;base64,JVBERi0="},
        }
    assert len(fresh_mock.requests()) == 2


# -------------------------------------------------------------------------- errors


def assert_anthropic_error(exc: anthropic.APIStatusError, status: int, error_type: str) -> None:
    assert exc.status_code == status
    body = exc.response.json()
    assert body["type"] == "error" and set(body["error"]) >= {"type", "message"}
    assert body["error"]["type"] == error_type and body["error"]["message"]
    assert "sk-mock-upstream-secret" not in exc.response.text
    assert "sk-ant-mock-upstream-secret" not in exc.response.text


def test_bad_key_is_401_authentication_error(gateway, fresh_mock):
    bad = anthropic.Anthropic(base_url=gateway.url, api_key="wa-wrong", max_retries=0)
    with pytest.raises(anthropic.AuthenticationError) as info:
        bad.messages.create(model=SONNET, max_tokens=20, messages=USER_HI)
    assert_anthropic_error(info.value, 401, "authentication_error")
    with pytest.raises(anthropic.AuthenticationError):
        bad.messages.count_tokens(model=SONNET, messages=USER_HI)
    assert fresh_mock.requests() == []


def test_unknown_model_is_404_not_found_error(client, fresh_mock):
    with pytest.raises(anthropic.NotFoundError) as info:
        client.messages.create(model="no-such-model", max_tokens=20, messages=USER_HI)
    assert_anthropic_error(info.value, 404, "not_found_error")
    assert fresh_mock.requests() == []


@pytest.mark.parametrize("prefix", ["", "mockant:"])
@pytest.mark.parametrize(
    ("fault", "error", "status", "error_type"),
    [
        ("mock-error-429", anthropic.RateLimitError, 429, "rate_limit_error"),
        ("mock-error-500", anthropic.InternalServerError, 502, "api_error"),
        ("mock-error-529", anthropic.InternalServerError, 529, "overloaded_error"),
        ("mock-malformed", anthropic.InternalServerError, 502, "api_error"),
        ("mock-timeout", anthropic.InternalServerError, 504, "api_error"),
    ],
)
def test_upstream_failures_are_mapped(client, fresh_mock, prefix, fault, error, status, error_type):
    if fault == "mock-error-529" and not prefix:
        fault = "mock:mock-error-529"  # not in the mock provider's model list
    with pytest.raises(error) as info:
        client.messages.create(model=prefix + fault, max_tokens=20, messages=USER_HI)
    assert_anthropic_error(info.value, status, error_type)
    if status == 429:
        assert info.value.response.headers.get("retry-after")


@pytest.mark.parametrize(
    "model", ["mock-error-429", "mockant:mock-error-429", "mock:mock-error-529"]
)
def test_streamed_requests_fail_before_the_stream_with_an_http_error(client, fresh_mock, model):
    """Claude Code always streams: an upstream refusal must still be a real HTTP status."""
    expected = (429, "rate_limit_error") if "429" in model else (529, "overloaded_error")
    with pytest.raises(anthropic.APIStatusError) as info:
        list(client.messages.create(model=model, max_tokens=20, messages=USER_HI, stream=True))
    assert_anthropic_error(info.value, *expected)


def test_invalid_requests_are_400_invalid_request_error(gateway, client):
    with pytest.raises(anthropic.BadRequestError) as info:
        client.messages.create(model=SONNET, max_tokens=20, messages=[])
    assert_anthropic_error(info.value, 400, "invalid_request_error")
    r = httpx.post(
        gateway.url + "/v1/messages", content=b"{not json", headers={"x-api-key": CLIENT_KEY}
    )
    assert r.status_code == 400 and r.json()["error"]["type"] == "invalid_request_error"
    r = httpx.post(
        gateway.url + "/v1/messages",
        json={"model": SONNET, "messages": USER_HI},
        headers={"x-api-key": CLIENT_KEY},
    )
    assert r.status_code == 400 and "max_tokens" in r.json()["error"]["message"]


def test_oversized_body_is_413_request_too_large(gateway):
    head = (
        "POST /v1/messages HTTP/1.1\r\nHost: x\r\n"
        f"x-api-key: {CLIENT_KEY}\r\nContent-Type: application/json\r\n"
        "Content-Length: 40000000\r\n\r\n"
    )
    with socket.create_connection(("127.0.0.1", gateway.port), timeout=10) as sock:
        sock.sendall(head.encode() + b"{")
        answer = b""
        while b"\r\n\r\n" not in answer or not answer.rstrip().endswith(b"}"):
            chunk = sock.recv(65536)
            if not chunk:
                break
            answer += chunk
    status_line, _, rest = answer.partition(b"\r\n")
    assert b" 413 " in status_line
    body = json.loads(rest.split(b"\r\n\r\n", 1)[1])
    assert body["type"] == "error" and body["error"]["type"] == "request_too_large"


def test_unknown_path_under_anthropic_is_404_in_anthropic_format(gateway):
    r = httpx.post(gateway.url + "/anthropic/v1/nope", headers={"x-api-key": CLIENT_KEY})
    assert r.status_code == 404
    assert r.json()["type"] == "error" and r.json()["error"]["type"] == "not_found_error"


def test_model_listing_errors_follow_the_client_api(gateway):
    """/v1/models serves both APIs: errors take the shape the client's headers announce."""
    anthropic_style = httpx.get(
        gateway.url + "/v1/models",
        headers={"x-api-key": "wa-wrong", "anthropic-version": "2023-06-01"},
    )
    assert anthropic_style.status_code == 401
    assert anthropic_style.json()["type"] == "error"
    assert anthropic_style.json()["error"]["type"] == "authentication_error"
    openai_style = httpx.get(gateway.url + "/v1/models", headers={"Authorization": "Bearer x"})
    assert openai_style.status_code == 401 and "type" not in openai_style.json()
    assert openai_style.json()["error"]["code"] == "invalid_api_key"
