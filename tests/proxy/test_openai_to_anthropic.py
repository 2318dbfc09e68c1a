"""OpenAI clients on a model served by an Anthropic-format provider (the reverse direction).

The official `openai` SDK talks to the gateway; the gateway talks Anthropic's Messages
API to the mock (`mockant`, reached by `smart` or `mockant:claude-*`) and translates the
request, the answer and the stream both ways.
"""

from __future__ import annotations

import json

import openai
import pytest

from tests.conftest import CLIENT_KEY

TOOLS = [
    {
        "type": "function",
        "function": {
            "name": "get_weather",
            "description": "Weather for a city",
            "parameters": {"type": "object", "properties": {"city": {"type": "string"}}},
        },
    }
]
ARGUMENTS = {"city": "Zürich", "days": 3, "units": ["metric", "c"], "note": 'say "hi"'}


@pytest.fixture
def client(gateway) -> openai.OpenAI:
    return openai.OpenAI(base_url=gateway.url + "/v1", api_key=CLIENT_KEY, max_retries=0)


def test_plain_completion_is_translated_both_ways(client, fresh_mock):
    fresh_mock.script([{"text": "Bonjour."}])
    reply = client.chat.completions.create(
        model="smart",
        messages=[
            {"role": "system", "content": "Answer in French."},
            {"role": "user", "content": "Hello"},
        ],
        temperature=1.5,
    )
    assert reply.model == "smart"
    assert reply.choices[0].message.content == "Bonjour."
    assert reply.choices[0].finish_reason == "stop"
    assert reply.usage.prompt_tokens > 0 and reply.usage.completion_tokens > 0
    sent = fresh_mock.requests()[-1]
    assert sent["path"] == "/v1/messages"
    assert sent["headers"]["x-api-key"] == "sk-ant-mock-upstream-secret-5678"
    assert sent["headers"]["anthropic-version"] == "2023-06-01"
    body = sent["json"]
    assert body["model"] == "claude-sonnet-4-20250514"
    assert body["system"] == "Answer in French."
    assert body["messages"] == [{"role": "user", "content": [{"type": "text", "text": "Hello"}]}]
    assert body["max_tokens"] == 4096 and body["temperature"] == 1.0


def test_max_tokens_is_clamped_to_the_claude_model_limit(client, fresh_mock):
    client.chat.completions.create(
        model="mockant:claude-3-5-haiku-20241022",
        messages=[{"role": "user", "content": "hi"}],
        max_tokens=100000,
    )
    assert fresh_mock.requests()[-1]["json"]["max_tokens"] == 8192


def test_stream_is_translated_with_usage_when_asked(client, fresh_mock):
    fresh_mock.script([{"text": "one two three four"}])
    chunks = list(
        client.chat.completions.create(
            model="smart",
            messages=[{"role": "user", "content": "count"}],
            stream=True,
            stream_options={"include_usage": True},
        )
    )
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == "one two three four"
    assert len([c for c in chunks if c.choices and c.choices[0].delta.content]) > 1
    finishes = [c.choices[0].finish_reason for c in chunks if c.choices]
    assert finishes[-1] == "stop" and finishes.count("stop") == 1
    assert chunks[-1].choices == [] and chunks[-1].usage.completion_tokens > 0
    assert all(c.model == "smart" for c in chunks)
    assert fresh_mock.requests()[-1]["json"]["stream"] is True


def test_streamed_tool_call_arguments_reassemble_exactly(client, fresh_mock):
    fresh_mock.script(
        [
            {
                "tool_calls": [{"id": "toolu_7", "name": "get_weather", "arguments": ARGUMENTS}],
                "argument_chunk_size": 5,
            }
        ]
    )
    stream = client.chat.completions.create(
        model="smart",
        messages=[{"role": "user", "content": "weather?"}],
        tools=TOOLS,
        tool_choice="required",
        stream=True,
    )
    pieces, ids, names, finish = [], [], [], None
    for chunk in stream:
        for choice in chunk.choices:
            for call in choice.delta.tool_calls or []:
                ids += [call.id] if call.id else []
                names += [call.function.name] if call.function.name else []
                pieces.append(call.function.arguments or "")
            finish = choice.finish_reason or finish
    assert ids == ["toolu_7"] and names == ["get_weather"]
    assert len([p for p in pieces if p]) > 5, "arguments arrive in fragments"
    assert json.loads("".join(pieces)) == ARGUMENTS
    assert finish == "tool_calls"
    sent = fresh_mock.requests()[-1]["json"]
    assert sent["tools"] == [
        {
            "name": "get_weather",
            "description": "Weather for a city",
            "input_schema": TOOLS[0]["function"]["parameters"],
        }
    ]
    assert sent["tool_choice"] == {"type": "any"}


def test_non_streamed_tool_call(client, fresh_mock):
    fresh_mock.script(
        [{"tool_calls": [{"id": "toolu_8", "name": "get_weather", "arguments": ARGUMENTS}]}]
    )
    reply = client.chat.completions.create(
        model="smart", messages=[{"role": "user", "content": "weather?"}], tools=TOOLS
    )
    call = reply.choices[0].message.tool_calls[0]
    assert call.id == "toolu_8" and call.function.name == "get_weather"
    assert json.loads(call.function.arguments) == ARGUMENTS
    assert reply.choices[0].finish_reason == "tool_calls"


def test_tool_results_and_images_become_anthropic_blocks(client, fresh_mock):
    fresh_mock.script([{"text": "Sunny."}])
    image = {"type": "image_url", "image_url": {"url": "data:image/png;base64,iVBORw0KGgo="}}
    client.chat.completions.create(
        model="smart",
        tools=TOOLS,
        messages=[
            {"role": "user", "content": [{"type": "text", "text": "Weather here?"}, image]},
            {
                "role": "assistant",
                "content": None,
                "tool_calls": [
                    {
                        "id": "call_1",
                        "type": "function",
                        "function": {"name": "get_weather", "arguments": json.dumps(ARGUMENTS)},
                    }
                ],
            },
            {"role": "tool", "tool_call_id": "call_1", "content": "sunny, 21 C"},
        ],
    )
    user, assistant, result = fresh_mock.requests()[-1]["json"]["messages"]
    assert user["content"][1] == {
        "type": "image",
        "source": {"type": "base64", "media_type": "image/png", "data": "iVBORw0KGgo="},
    }
    assert assistant["content"] == [
        {"type": "tool_use", "id": "call_1", "name": "get_weather", "input": ARGUMENTS}
    ]
    assert result == {
        "role": "user",
        "content": [{"type": "tool_result", "tool_use_id": "call_1", "content": "sunny, 21 C"}],
    }


def test_upstream_failure_mid_stream_raises_in_the_sdk(client, fresh_mock):
    fresh_mock.script([{"text": "a b c d e f g h", "disconnect_after": 4}])
    with pytest.raises(openai.APIError) as info:
        list(
            client.chat.completions.create(
                model="smart", messages=[{"role": "user", "content": "x"}], stream=True
            )
        )
    assert not isinstance(info.value, openai.APIConnectionError), "an error event, not a cut"
    assert "mockant" in info.value.message


@pytest.mark.parametrize(
    ("model", "error", "status"),
    [
        ("mockant:mock-error-429", openai.RateLimitError, 429),
        ("mockant:mock-error-500", openai.InternalServerError, 502),
        ("mockant:mock-error-529", openai.InternalServerError, 503),
    ],
)
def test_anthropic_upstream_errors_are_openai_errors(client, fresh_mock, model, error, status):
    with pytest.raises(error) as info:
        client.chat.completions.create(model=model, messages=[{"role": "user", "content": "x"}])
    assert info.value.status_code == status
    assert set(info.value.response.json()) == {"error"}
