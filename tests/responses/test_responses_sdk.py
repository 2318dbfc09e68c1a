"""The openai SDK's ``client.responses`` through the gateway, on every kind of upstream.

Each test runs three times: on a chat-completions upstream (translated), an Anthropic
upstream (translated twice) and a Responses-native upstream (passed through).
"""

from __future__ import annotations

import json

import httpx
import openai
import pytest

from tests.responses.conftest import UPSTREAM_KINDS

WEATHER = {
    "type": "function",
    "name": "get_weather",
    "description": "Weather for a city",
    "parameters": {"type": "object", "properties": {"city": {"type": "string"}}},
}
PATCH = {"type": "custom", "name": "apply_patch", "description": "Apply a patch to files"}
PATCH_TEXT = '*** Begin Patch\n*** Add File: hi.txt\n+hello "world"\n*** End Patch'
UPSTREAM_PATH = {"gpt-4o": "/v1/chat/completions", "smart": "/v1/messages"}

each_upstream = pytest.mark.parametrize("model", UPSTREAM_KINDS)


def sent(upstream) -> dict:
    """The last model request the mock received."""
    return [r for r in upstream.requests() if r["method"] == "POST"][-1]


@each_upstream
def test_plain_create(client, upstream, model):
    upstream.script([{"text": "Bonjour."}])
    reply = client.responses.create(model=model, instructions="Answer in French.", input="Hello")
    assert reply.status == "completed" and reply.output_text == "Bonjour."
    assert reply.id.startswith("resp_")
    assert reply.usage.input_tokens > 0 and reply.usage.output_tokens > 0
    assert reply.usage.model_extra["waddleai_tokens"] > 0
    assert sent(upstream)["path"] == UPSTREAM_PATH.get(model, "/v1/responses")


@each_upstream
def test_streamed(client, upstream, model):
    upstream.script([{"text": "one two three four"}])
    with client.responses.stream(model=model, input="count") as stream:
        deltas = [e.delta for e in stream if e.type == "response.output_text.delta"]
        final = stream.get_final_response()
    assert "".join(deltas) == "one two three four" and len(deltas) > 1
    assert final.output_text == "one two three four"
    assert final.usage.output_tokens > 0 and final.usage.model_extra["waddleai_tokens"] > 0


@each_upstream
def test_function_tool_round_trip_with_previous_response_id(client, other_client, upstream, model):
    args = {"city": "Zürich"}
    upstream.script(
        [
            {"tool_calls": [{"id": "call_w1", "name": "get_weather", "arguments": args}]},
            {"text": "Sunny."},
        ]
    )
    first = client.responses.create(model=model, input="Weather in Zürich?", tools=[WEATHER])
    call = first.output[-1]
    assert call.type == "function_call" and call.name == "get_weather"
    assert json.loads(call.arguments) == args
    second = client.responses.create(
        model=model,
        previous_response_id=first.id,
        input=[{"type": "function_call_output", "call_id": call.call_id, "output": "22C sun"}],
        tools=[WEATHER],
    )
    assert second.output_text == "Sunny."
    upstream_body = json.dumps(sent(upstream)["json"], ensure_ascii=False)
    assert "Weather in Zürich?" in upstream_body and "22C sun" in upstream_body
    assert "get_weather" in upstream_body
    items = client.responses.input_items.list(second.id, order="asc")
    kinds = [item.type for item in items.data]
    assert kinds[0] == "message" and kinds[-1] == "function_call_output"
    assert client.responses.retrieve(second.id).output_text == "Sunny."
    with pytest.raises(openai.NotFoundError):
        other_client.responses.retrieve(second.id)
    with pytest.raises(openai.NotFoundError):
        other_client.responses.create(model=model, previous_response_id=second.id, input="hi")


@each_upstream
def test_custom_tool_round_trip(client, upstream, model):
    arguments = PATCH_TEXT if model == "native-gpt" else {"input": PATCH_TEXT}
    upstream.script(
        [
            {"tool_calls": [{"id": "call_p1", "name": "apply_patch", "arguments": arguments}]},
            {"text": "Patched."},
        ]
    )
    with client.responses.stream(model=model, input="Add hi.txt", tools=[PATCH]) as stream:
        kinds = [e.type for e in stream]
        first = stream.get_final_response()
    call = first.output[-1]
    assert call.type == "custom_tool_call" and call.name == "apply_patch"
    assert call.input == PATCH_TEXT
    assert "response.custom_tool_call_input.done" in kinds
    second = client.responses.create(
        model=model,
        previous_response_id=first.id,
        input=[{"type": "custom_tool_call_output", "call_id": call.call_id, "output": "Done!"}],
        tools=[PATCH],
    )
    assert second.output_text == "Patched."
    body = json.dumps(sent(upstream)["json"], ensure_ascii=False)
    assert "Done!" in body and "Begin Patch" in body


@each_upstream
def test_structured_output(client, upstream, model):
    schema = {
        "type": "object",
        "properties": {"city": {"type": "string"}, "temp": {"type": "integer"}},
        "required": ["city", "temp"],
        "additionalProperties": False,
    }
    upstream.script([{"text": '{"city": "Paris", "temp": 21}'}])
    reply = client.responses.create(
        model=model,
        input="Weather as JSON",
        text={
            "format": {"type": "json_schema", "name": "weather", "schema": schema, "strict": True}
        },
    )
    assert json.loads(reply.output_text) == {"city": "Paris", "temp": 21}
    body = sent(upstream)["json"]
    if model == "gpt-4o":
        assert body["response_format"]["json_schema"]["schema"] == schema
    elif model == "smart":
        assert body["output_config"]["format"]["schema"] == schema
    else:
        assert body["text"]["format"]["schema"] == schema


@each_upstream
def test_store_false_is_not_retrievable_and_delete_works(client, upstream, model):
    kept = client.responses.create(model=model, input="keep me")
    unkept = client.responses.create(model=model, input="forget me", store=False)
    with pytest.raises(openai.NotFoundError):
        client.responses.retrieve(unkept.id)
    client.responses.delete(kept.id)
    with pytest.raises(openai.NotFoundError):
        client.responses.retrieve(kept.id)


@pytest.mark.parametrize("model", ["gpt-4o", "smart"])  # a native upstream runs them itself
def test_hosted_tools_are_refused_clearly(client, upstream, model, responses_gateway):
    with pytest.raises(openai.BadRequestError) as info:
        client.responses.create(model=model, input="search", tools=[{"type": "web_search"}])
    assert "web_search" in info.value.message
    assert upstream.requests() == []
    raw = httpx.post(
        responses_gateway.url + "/v1/responses",
        headers={"Authorization": f"Bearer {client.api_key}"},
        json={"model": model, "input": [{"type": "item_reference", "id": "x"}]},
    )
    assert raw.status_code == 400 and raw.json()["error"]["type"] == "invalid_request_error"


def test_upstream_failure_mid_stream_is_response_failed(client, upstream):
    with client.responses.create(model="mock-disconnect", input="hi", stream=True) as stream:
        kinds = [event.type for event in stream]
    assert kinds[0] == "response.created"
    assert kinds[-1] == "response.failed" and "response.completed" not in kinds


@pytest.mark.parametrize("model", ["gpt-4o", "smart"])
def test_reasoning_becomes_a_reasoning_item_with_summary(client, upstream, model):
    upstream.script([{"reasoning": "Think it through.", "text": "42"}])
    with client.responses.stream(model=model, input="answer?") as stream:
        summary = [e.delta for e in stream if e.type == "response.reasoning_summary_text.delta"]
        final = stream.get_final_response()
    assert "".join(summary) == "Think it through."
    assert [item.type for item in final.output] == ["reasoning", "message"]
    assert final.output_text == "42"


def test_input_items_are_paginated_newest_first(client, upstream):
    upstream.script([{"text": "a"}, {"text": "b"}])
    first = client.responses.create(model="gpt-4o", input="one")
    second = client.responses.create(model="gpt-4o", previous_response_id=first.id, input="two")
    page = client.responses.input_items.list(second.id, limit=2)
    assert page.has_more is True
    assert [item.type for item in page.data] == ["message", "message"]
    assert page.data[0].content[0].text == "two"  # newest first by default
    rest = client.responses.input_items.list(second.id, limit=2, after=page.data[-1].id)
    assert [item.content[0].text for item in rest.data] == ["one"]
    assert rest.has_more is False


def test_input_items_limit_is_bounded(client, upstream, responses_gateway):
    reply = client.responses.create(model="gpt-4o", input="hi")
    url = f"{responses_gateway.url}/v1/responses/{reply.id}/input_items"
    headers = {"Authorization": f"Bearer {client.api_key}"}
    for limit in ("0", "101", "9" * 5000, "x"):
        answer = httpx.get(url, params={"limit": limit}, headers=headers)
        assert answer.status_code == 400 and "limit" in answer.json()["error"]["message"]
