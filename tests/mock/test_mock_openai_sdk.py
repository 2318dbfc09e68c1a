"""The official ``openai`` SDK pointed straight at the mock parses everything."""

from __future__ import annotations

import json
import time

import httpx
import openai
import pytest

from waddleai.mock.options import DEFAULT_REPLY
from waddleai.mock.testing import MockProcess
from waddleai.mock.tokens import count_tokens

TOOL_ARGS = {"location": "Paris, France", "unit": "celsius", "days": [1, 2, 3]}
WEATHER_TOOL = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "parameters": {"type": "object", "properties": {"location": {"type": "string"}}},
    },
}


def client(mock: MockProcess, **kwargs: object) -> openai.OpenAI:
    """SDK client without retries so faults surface immediately."""
    return openai.OpenAI(base_url=mock.openai_base_url, api_key="sk-x", max_retries=0, **kwargs)


def ask(text: str = "hello there") -> list[dict[str, str]]:
    return [{"role": "system", "content": "Be brief."}, {"role": "user", "content": text}]


def test_plain_completion(upstream: MockProcess) -> None:
    result = client(upstream).chat.completions.create(model="gpt-4o", messages=ask())
    assert result.id.startswith("chatcmpl-")
    assert result.object == "chat.completion"
    assert result.model == "gpt-4o"
    assert result.system_fingerprint
    choice = result.choices[0]
    assert choice.message.content == DEFAULT_REPLY
    assert choice.finish_reason == "stop"
    usage = result.usage
    assert usage is not None
    assert usage.prompt_tokens == count_tokens("Be brief.") + count_tokens("hello there")
    assert usage.completion_tokens == count_tokens(DEFAULT_REPLY)
    assert usage.total_tokens == usage.prompt_tokens + usage.completion_tokens
    assert usage.prompt_tokens_details is not None
    assert usage.prompt_tokens_details.cached_tokens == 0


def test_stream_with_usage_ends_with_usage_chunk(upstream: MockProcess) -> None:
    chunks = list(
        client(upstream).chat.completions.create(
            model="gpt-4o-mini",
            messages=ask(),
            stream=True,
            stream_options={"include_usage": True},
        )
    )
    *body, last = chunks
    assert last.choices == [] and last.usage is not None
    assert last.usage.completion_tokens == count_tokens(DEFAULT_REPLY)
    assert all(c.usage is None for c in body)
    assert body[0].choices[0].delta.role == "assistant"
    assert body[-1].choices[0].finish_reason == "stop"
    text = "".join(c.choices[0].delta.content or "" for c in body)
    assert text == DEFAULT_REPLY
    assert len(body) == len(DEFAULT_REPLY.split()) + 2  # role chunk + words + finish
    assert {c.id for c in chunks} == {chunks[0].id}


def test_stream_without_usage_has_no_usage_key(upstream: MockProcess) -> None:
    payload = {"model": "gpt-4o", "messages": ask(), "stream": True}
    with httpx.stream("POST", upstream.openai_base_url + "/chat/completions", json=payload) as r:
        assert r.headers["content-type"].startswith("text/event-stream")
        lines = [line for line in r.iter_lines() if line.startswith("data: ")]
    assert lines[-1] == "data: [DONE]"
    assert all("usage" not in json.loads(line[6:]) for line in lines[:-1])


def test_streamed_tool_calls_reassemble(upstream: MockProcess) -> None:
    upstream.script({"tool_calls": [{"name": "get_weather", "arguments": TOOL_ARGS}]})
    stream = client(upstream).chat.completions.create(
        model="gpt-4o", messages=ask("weather?"), tools=[WEATHER_TOOL], stream=True
    )
    deltas = []
    finish = None
    for chunk in stream:
        choice = chunk.choices[0]
        finish = choice.finish_reason or finish
        deltas.extend(choice.delta.tool_calls or [])
    first, *rest = deltas
    assert first.id and first.id.startswith("call_") and first.type == "function"
    assert first.function is not None and first.function.name == "get_weather"
    assert first.function.arguments == ""
    assert len(rest) > 3 and all(d.id is None and d.index == 0 for d in rest)
    arguments = "".join(d.function.arguments or "" for d in rest if d.function)
    assert json.loads(arguments) == TOOL_ARGS
    assert finish == "tool_calls"


def test_tool_calls_and_reasoning_non_stream(upstream: MockProcess) -> None:
    upstream.script(
        {
            "reasoning": "The user wants weather.",
            "tool_calls": [
                {"id": "call_fixed", "name": "get_weather", "arguments": TOOL_ARGS},
                {"name": "get_time", "arguments": '{"tz": "UTC"}'},
            ],
        }
    )
    result = client(upstream).chat.completions.create(
        model="gpt-4o", messages=ask("weather?"), tools=[WEATHER_TOOL]
    )
    message = result.choices[0].message
    assert result.choices[0].finish_reason == "tool_calls"
    assert message.content is None
    calls = message.tool_calls or []
    assert [c.id for c in calls][0] == "call_fixed"
    assert json.loads(calls[0].function.arguments) == TOOL_ARGS
    assert calls[1].function.arguments == '{"tz": "UTC"}'
    assert (message.model_extra or {}).get("reasoning_content") == "The user wants weather."
    assert result.usage is not None and result.usage.completion_tokens_details is not None
    assert result.usage.completion_tokens_details.reasoning_tokens == count_tokens(
        "The user wants weather."
    )


def test_default_tool_trigger(upstream: MockProcess) -> None:
    result = client(upstream).chat.completions.create(
        model="gpt-4o", messages=ask("please [[tool]]"), tools=[WEATHER_TOOL]
    )
    calls = result.choices[0].message.tool_calls or []
    assert calls[0].function.name == "get_weather" and calls[0].function.arguments == "{}"


def test_max_tokens_truncates_default_reply(upstream: MockProcess) -> None:
    result = client(upstream).chat.completions.create(
        model="gpt-4o", messages=ask(), max_completion_tokens=3
    )
    assert result.choices[0].finish_reason == "length"
    assert result.usage is not None and result.usage.completion_tokens == 3
    assert DEFAULT_REPLY.startswith(result.choices[0].message.content or "-")


def test_embeddings(upstream: MockProcess) -> None:
    sdk = client(upstream)
    one = sdk.embeddings.create(model="text-embedding-3-small", input="hello world")
    assert len(one.data[0].embedding) == 8
    assert abs(sum(v * v for v in one.data[0].embedding) - 1) < 1e-4
    assert one.usage.prompt_tokens == count_tokens("hello world")
    again = sdk.embeddings.create(
        model="text-embedding-3-small", input=["hello world", "other"], encoding_format="float"
    )
    assert again.data[0].embedding == pytest.approx(one.data[0].embedding, abs=1e-6)
    assert again.data[1].embedding != again.data[0].embedding
    sized = sdk.embeddings.create(model="text-embedding-3-small", input=[[1, 2, 3]], dimensions=16)
    assert len(sized.data[0].embedding) == 16 and sized.usage.prompt_tokens == 3


def test_models(upstream: MockProcess) -> None:
    ids = [m.id for m in client(upstream).models.list()]
    assert "gpt-4o" in ids and "claude-sonnet-4-20250514" in ids
    assert client(upstream).models.retrieve("gpt-4o").id == "gpt-4o"
    with pytest.raises(openai.NotFoundError):
        client(upstream).models.retrieve("no-such-model")


def test_azure_deployment_paths(upstream: MockProcess) -> None:
    azure = openai.AzureOpenAI(
        azure_endpoint=upstream.url, api_key="azure-key", api_version="2024-10-21", max_retries=0
    )
    result = azure.chat.completions.create(model="my-deployment", messages=ask())
    assert result.model == "my-deployment"
    assert result.choices[0].message.content == DEFAULT_REPLY
    embedding = azure.embeddings.create(model="embed-deployment", input="hi")
    assert embedding.model == "embed-deployment"
    chat, embed = upstream.requests()
    assert chat["path"] == "/openai/deployments/my-deployment/chat/completions"
    assert "api-version=2024-10-21" in chat["query"]
    assert chat["headers"]["api-key"] == "azure-key"
    assert embed["path"].endswith("/embed-deployment/embeddings")


def test_error_500(upstream: MockProcess) -> None:
    with pytest.raises(openai.InternalServerError) as info:
        client(upstream).chat.completions.create(model="mock-error-500", messages=ask())
    assert info.value.status_code == 500
    assert isinstance(info.value.body, dict) and info.value.body["type"] == "server_error"


def test_error_429_with_retry_after(upstream: MockProcess) -> None:
    with pytest.raises(openai.RateLimitError) as info:
        client(upstream).chat.completions.create(model="mock-error-429", messages=ask())
    headers = info.value.response.headers
    assert headers["retry-after"] == "1"
    assert headers["x-ratelimit-remaining-requests"] == "0"
    assert info.value.code == "rate_limit_exceeded"


def test_scripted_error_with_message_and_headers(upstream: MockProcess) -> None:
    upstream.script({"status": 400, "error": "bad thing", "headers": {"x-custom": "yes"}})
    with pytest.raises(openai.BadRequestError) as info:
        client(upstream).chat.completions.create(model="gpt-4o", messages=ask())
    assert info.value.message.endswith("bad thing")
    assert info.value.response.headers["x-custom"] == "yes"


def test_malformed(upstream: MockProcess) -> None:
    sdk = client(upstream)
    with pytest.raises(ValueError):
        sdk.chat.completions.create(model="mock-malformed", messages=ask())
    with pytest.raises(ValueError):
        list(sdk.chat.completions.create(model="mock-malformed", messages=ask(), stream=True))


def test_disconnect(upstream: MockProcess) -> None:
    sdk = client(upstream)
    received = []
    with pytest.raises(openai.APIConnectionError):
        for chunk in sdk.chat.completions.create(
            model="mock-disconnect", messages=ask(), stream=True
        ):
            received.append(chunk)
    assert len(received) == 2
    with pytest.raises(openai.APIConnectionError):
        sdk.chat.completions.create(model="mock-disconnect", messages=ask())


def test_scripted_disconnect_after(upstream: MockProcess) -> None:
    upstream.script({"text": "one two three four five six", "disconnect_after": 4})
    payload = {"model": "gpt-4o", "messages": ask(), "stream": True}
    lines = []
    with (
        pytest.raises(httpx.RemoteProtocolError),
        httpx.stream("POST", upstream.openai_base_url + "/chat/completions", json=payload) as r,
    ):
        lines.extend(line for line in r.iter_lines() if line)
    assert len(lines) == 4 and "[DONE]" not in lines[-1]


def test_hang_times_out(upstream: MockProcess) -> None:
    start = time.monotonic()
    with pytest.raises(openai.APITimeoutError):
        client(upstream, timeout=0.4).chat.completions.create(model="mock-timeout", messages=ask())
    assert 0.35 < time.monotonic() - start < 3


def test_latency_pacing_and_key(slow_keyed_upstream: MockProcess) -> None:
    with pytest.raises(openai.AuthenticationError):
        client(slow_keyed_upstream).chat.completions.create(model="gpt-4o", messages=ask())
    sdk = openai.OpenAI(
        base_url=slow_keyed_upstream.openai_base_url, api_key="sk-mock-test", max_retries=0
    )
    start = time.monotonic()
    sdk.chat.completions.create(model="gpt-4o", messages=ask())
    assert time.monotonic() - start >= 0.15
    start = time.monotonic()
    stamps = [
        time.monotonic() - start
        for _ in sdk.chat.completions.create(model="gpt-4o", messages=ask(), stream=True)
    ]
    assert stamps[0] >= 0.15
    # role + 7 words + finish = 9 chunks, 40 ms apart after the first
    assert stamps[-1] - stamps[0] >= 0.8 * 8 * 0.04
