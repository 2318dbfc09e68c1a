"""Scripting, request recording, control endpoints and the small helper functions."""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.request

import anthropic
import httpx
import openai
import pytest

from waddleai.mock import MockOptions, create_app
from waddleai.mock.options import DEFAULT_REPLY
from waddleai.mock.script import fault_for_model
from waddleai.mock.testing import MockProcess
from waddleai.mock.turn import fragments, split_text


def chat(mock: MockProcess, text: str, model: str = "gpt-4o") -> openai.types.chat.ChatCompletion:
    sdk = openai.OpenAI(base_url=mock.openai_base_url, api_key="k", max_retries=0)
    return sdk.chat.completions.create(model=model, messages=[{"role": "user", "content": text}])


def reply_text(mock: MockProcess, text: str) -> str | None:
    return chat(mock, text).choices[0].message.content


def test_fifo_with_match_and_times(upstream: MockProcess) -> None:
    upstream.script(
        [
            {"text": "for alpha", "match": "alpha"},
            {"text": "first"},
            {"text": "twice", "times": 2},
        ]
    )
    assert reply_text(upstream, "beta question") == "first"
    assert reply_text(upstream, "about alpha?") == "for alpha"
    assert reply_text(upstream, "x") == "twice"
    assert reply_text(upstream, "y") == "twice"
    assert reply_text(upstream, "z") == DEFAULT_REPLY


def test_unmatched_script_waits(upstream: MockProcess) -> None:
    upstream.script({"text": "only for gamma", "match": "gamma"})
    assert reply_text(upstream, "delta") == DEFAULT_REPLY
    pending = httpx.get(upstream.url + "/__mock__/script").json()
    assert pending[0]["match"] == "gamma"
    assert reply_text(upstream, "now gamma") == "only for gamma"


def test_one_script_serves_both_apis(upstream: MockProcess) -> None:
    upstream.script(
        [
            {"text": "to anthropic", "usage": {"prompt_tokens": 111, "completion_tokens": 22}},
            {"text": "to openai", "finish_reason": "end_turn", "usage": {"input_tokens": 7}},
        ]
    )
    message = anthropic.Anthropic(
        base_url=upstream.url, api_key="k", max_retries=0
    ).messages.create(model="claude", max_tokens=9, messages=[{"role": "user", "content": "hi"}])
    assert message.content[0].type == "text" and message.content[0].text == "to anthropic"
    assert (message.usage.input_tokens, message.usage.output_tokens) == (111, 22)
    result = chat(upstream, "hi")
    assert result.choices[0].message.content == "to openai"
    assert result.choices[0].finish_reason == "stop"
    assert result.usage is not None and result.usage.prompt_tokens == 7


def test_stream_chunk_fragmentation_is_configurable(upstream: MockProcess) -> None:
    upstream.script(
        {"tool_calls": [{"name": "f", "arguments": "abcdefghij"}], "argument_chunk_size": 3}
    )
    sdk = openai.OpenAI(base_url=upstream.openai_base_url, api_key="k", max_retries=0)
    stream = sdk.chat.completions.create(
        model="gpt-4o", messages=[{"role": "user", "content": "x"}], stream=True
    )
    args = [
        d.function.arguments
        for c in stream
        for d in (c.choices[0].delta.tool_calls or [])
        if c.choices and d.function
    ]
    assert args == ["", "abc", "def", "ghi", "j"]


def test_request_log_and_reset(upstream: MockProcess) -> None:
    chat(upstream, "logged please")
    httpx.get(upstream.openai_base_url + "/models")
    first, second = upstream.requests()
    assert first["method"] == "POST" and first["path"] == "/v1/chat/completions"
    assert first["json"]["messages"][0]["content"] == "logged please"
    assert first["headers"]["authorization"] == "Bearer k"
    assert second["method"] == "GET" and second["json"] is None
    httpx.delete(upstream.url + "/__mock__/requests")
    assert upstream.requests() == []
    upstream.script({"text": "queued"})
    upstream.reset()
    assert reply_text(upstream, "x") == DEFAULT_REPLY


def test_scripted_delay_and_runtime_options(upstream: MockProcess) -> None:
    upstream.script({"delay_ms": 200})
    start = time.monotonic()
    assert reply_text(upstream, "x") == DEFAULT_REPLY
    assert time.monotonic() - start >= 0.2
    try:
        upstream.configure(reply="Configured reply.", stream_chunks=2)
        assert reply_text(upstream, "x") == "Configured reply."
        payload = {"model": "m", "stream": True, "messages": [{"role": "user", "content": "x"}]}
        body = httpx.post(upstream.openai_base_url + "/chat/completions", json=payload).text
        contents = [
            json.loads(line[6:])["choices"][0]["delta"].get("content")
            for line in body.splitlines()
            if line.startswith("data: {")
        ]
        assert [c for c in contents if c] == ["Configured", " reply."]
    finally:
        upstream.configure(reply=DEFAULT_REPLY, stream_chunks=None)


def test_bad_script_and_options_rejected(upstream: MockProcess) -> None:
    with pytest.raises(RuntimeError, match="400"):
        upstream.script({"txet": "typo"})
    with pytest.raises(RuntimeError, match="400"):
        upstream.script({"status": "500"})
    with pytest.raises(RuntimeError, match="400"):
        upstream.configure(no_such_option=1)
    assert httpx.get(upstream.url + "/__mock__/script").json() == []


def test_validation_errors_in_api_format(upstream: MockProcess) -> None:
    response = httpx.post(upstream.openai_base_url + "/chat/completions", json={"model": "m"})
    assert response.status_code == 400
    assert response.json()["error"]["param"] == "messages"
    response = httpx.post(upstream.url + "/v1/messages", json={"model": "m", "messages": []})
    assert response.status_code == 400
    assert response.json()["error"] == {
        "type": "invalid_request_error",
        "message": "max_tokens: Field required",
    }
    response = httpx.post(upstream.openai_base_url + "/chat/completions", content=b"{not json")
    assert response.status_code == 400 and "error" in response.json()
    assert upstream.requests()[-1]["text"] == "{not json"


def test_misc_endpoints(upstream: MockProcess) -> None:
    assert httpx.get(upstream.url + "/health").status_code == 200
    tags = httpx.get(upstream.url + "/api/tags").json()["models"]
    assert "llama3.1:latest" in [t["name"] for t in tags]
    missing = httpx.post(upstream.url + "/v1/nope", json={})
    assert missing.status_code == 404 and missing.json()["error"]["message"].startswith(
        "Invalid URL"
    )
    with pytest.raises(urllib.error.HTTPError):
        urllib.request.urlopen(upstream.url + "/__mock__/nothing")


def test_split_text_round_trips() -> None:
    text = "  Hello,  wide world! \n"
    assert "".join(split_text(text, None)) == text
    assert split_text("one two three", None) == ["one", " two", " three"]
    assert split_text("abcdefg", 3) == ["abc", "de", "fg"]
    assert split_text("ab", 5) == ["a", "b"]
    assert split_text("a b c d e", 2) == ["a b c", " d e"]
    assert split_text("", None) == []
    assert fragments('{"a": 1}', 3) == ['{"a', '": ', "1}"]


def test_fault_models() -> None:
    assert fault_for_model("gpt-4o") is None
    error = fault_for_model("mock-error-429")
    assert error is not None and error.status == 429 and error.headers["retry-after"] == "1"
    assert fault_for_model("mock-error-999") is None
    hang = fault_for_model("mock-timeout")
    assert hang is not None and hang.hang
    cut = fault_for_model("mock-disconnect")
    assert cut is not None and cut.disconnect_after == 2


async def test_create_app_serves_in_process() -> None:
    """The app is plain ASGI: any server (or httpx's transport) can host it."""
    app = create_app(MockOptions(reply="In process.", models=["only-model"]))
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://mock") as client:
        payload = {"model": "m", "messages": [{"role": "user", "content": "x"}]}
        response = await client.post("/v1/chat/completions", json=payload)
        assert response.json()["choices"][0]["message"]["content"] == "In process."
        models = (await client.get("/v1/models")).json()
        assert [m["id"] for m in models["data"]] == ["only-model"]
