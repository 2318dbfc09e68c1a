"""The mock serves the Responses API natively: the openai SDK parses it, streamed or not."""

from __future__ import annotations

import openai

from waddleai.mock.options import DEFAULT_REPLY
from waddleai.mock.testing import MockProcess
from waddleai.mock.tokens import count_tokens

PATCH_TOOL = {"type": "custom", "name": "apply_patch", "description": "Edit files"}
SHELL_TOOL = {
    "type": "function",
    "name": "shell",
    "parameters": {"type": "object", "properties": {"command": {"type": "array"}}},
}


def client(mock: MockProcess) -> openai.OpenAI:
    return openai.OpenAI(base_url=mock.openai_base_url, api_key="sk-x", max_retries=0)


def test_plain_response(upstream: MockProcess) -> None:
    result = client(upstream).responses.create(
        model="gpt-4o", instructions="Be brief.", input="hello there"
    )
    assert result.id.startswith("resp_") and result.status == "completed"
    assert result.output_text == DEFAULT_REPLY
    assert result.usage.input_tokens == count_tokens("Be brief.") + count_tokens("hello there")
    assert result.usage.output_tokens == count_tokens(DEFAULT_REPLY)
    assert upstream.requests()[-1]["path"] == "/v1/responses"


def test_streamed_response_through_sdk_accumulator(upstream: MockProcess) -> None:
    with client(upstream).responses.stream(model="gpt-4o", input="hello") as stream:
        kinds = [event.type for event in stream]
        final = stream.get_final_response()
    assert kinds[0] == "response.created" and kinds[-1] == "response.completed"
    assert kinds.count("response.output_text.delta") > 1
    assert final.output_text == DEFAULT_REPLY


def test_scripted_function_and_custom_calls(upstream: MockProcess) -> None:
    upstream.script(
        [
            {
                "tool_calls": [
                    {"id": "call_1", "name": "shell", "arguments": {"command": ["ls"]}},
                    {"id": "call_2", "name": "apply_patch", "arguments": "*** Begin Patch"},
                ]
            }
        ]
    )
    with client(upstream).responses.stream(
        model="gpt-4o", input="list files", tools=[SHELL_TOOL, PATCH_TOOL]
    ) as stream:
        kinds = [event.type for event in stream]
        final = stream.get_final_response()
    shell, patch = final.output
    assert shell.type == "function_call" and shell.arguments == '{"command":["ls"]}'
    assert patch.type == "custom_tool_call" and patch.input == "*** Begin Patch"
    assert "response.custom_tool_call_input.delta" in kinds


def test_missing_input_is_an_openai_400(upstream: MockProcess) -> None:
    try:
        client(upstream).responses.create(model="gpt-4o")  # type: ignore[call-overload]
    except openai.BadRequestError as exc:
        assert "input" in str(exc)
    else:
        raise AssertionError("expected a 400")
