"""OpenAI clients see what the translators now carry: upstream error codes, custom tools,
Kimi-style parallel tool calls (official `openai` SDK, `waddleai mock-upstream`).

`mock` speaks OpenAI's format (gpt-4o is passed through), `smart` reaches the
Anthropic-format `mockant` through translation.

Each is wired in the pipeline (operations/chat.py, operations/streaming.py, relays.py).
"""

from __future__ import annotations

import openai
import pytest

from tests.conftest import CLIENT_KEY

CUSTOM = {"type": "custom", "custom": {"name": "code_exec", "description": "Runs Python"}}
USER = [{"role": "user", "content": "go"}]


@pytest.fixture
def client(gateway) -> openai.OpenAI:
    return openai.OpenAI(base_url=gateway.url + "/v1", api_key=CLIENT_KEY, max_retries=0)


@pytest.mark.parametrize(
    ("model", "reply", "code"),
    [
        (
            "gpt-4o",
            {"status": 400, "error": "too long", "error_code": "context_length_exceeded"},
            "context_length_exceeded",
        ),
        ("smart", {"status": 400, "error": "prompt is too long: 9 > 8"}, "context_length_exceeded"),
        # its own provider: a 401 takes the key out of rotation (routing/keys)
        ("gpt-4o-auth", {"status": 401, "error": "Incorrect API key"}, "upstream_invalid_api_key"),
    ],
)
def test_upstream_error_code_reaches_openai_clients(client, fresh_mock, model, reply, code):
    fresh_mock.script([reply])
    with pytest.raises(openai.APIStatusError) as info:
        client.chat.completions.create(model=model, messages=USER)
    assert info.value.body["code"] == code


def test_custom_tool_call_comes_back_as_a_custom_call(client, fresh_mock):
    call = {"id": "toolu_c1", "name": "code_exec", "arguments": {"input": "print(42)"}}
    fresh_mock.script([{"tool_calls": [call]}, {"tool_calls": [call]}])
    reply = client.chat.completions.create(model="smart", messages=USER, tools=[CUSTOM])
    tool_call = reply.choices[0].message.tool_calls[0]
    assert tool_call.type == "custom"
    assert (tool_call.custom.name, tool_call.custom.input) == ("code_exec", "print(42)")
    sent = fresh_mock.requests()[-1]["json"]
    assert sent["tools"][0]["input_schema"]["properties"]["input"]["type"] == "string"

    stream = client.chat.completions.create(
        model="smart", messages=USER, tools=[CUSTOM], stream=True
    )
    calls = [
        c for chunk in stream if chunk.choices for c in chunk.choices[0].delta.tool_calls or []
    ]
    # The SDK's chunk types predate custom tools: the delta's `custom` arrives as a dict.
    customs = [c.custom if isinstance(c.custom, dict) else c.custom.model_dump() for c in calls]
    assert calls[0].type == "custom" and customs[0]["name"] == "code_exec"
    assert "".join(c.get("input") or "" for c in customs) == "print(42)"


def test_kimi_style_parallel_calls_stay_separate_for_openai_clients(client, fresh_mock):
    calls = [
        {"id": "functions.A:0", "name": "A", "arguments": {"n": 1}},
        {"id": "functions.B:1", "name": "B", "arguments": {"n": 2}},
    ]
    fresh_mock.script([{"tool_calls": calls, "same_tool_index": True}])
    tools = [
        {"type": "function", "function": {"name": n, "parameters": {"type": "object"}}}
        for n in ("A", "B")
    ]
    with client.chat.completions.stream(model="gpt-4o", messages=USER, tools=tools) as stream:
        final = stream.get_final_completion()
    got = [
        (c.id, c.function.name, c.function.arguments) for c in final.choices[0].message.tool_calls
    ]
    assert got == [("functions.A:0", "A", '{"n":1}'), ("functions.B:1", "B", '{"n":2}')]
