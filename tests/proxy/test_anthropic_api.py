"""The Anthropic Messages API through the running gateway, driven by the official SDK.

Two upstream kinds sit behind the same gateway (tests/conftest.py): `mock` speaks the
OpenAI format, so Claude models reach it through translation (tiers: haiku -> gpt-4o-mini,
sonnet/opus -> gpt-4o); `mockant` speaks Anthropic's format, reached by `mockant:claude-*`
or the alias `smart`, and is passed through. Every test checks what the client sees and,
where it matters, what the upstream received.
"""

from __future__ import annotations

import hashlib
import json
import socket
from collections.abc import Iterator
from typing import Any

import anthropic
import httpx
import pytest

from tests.conftest import CLIENT_KEY
from tests.gateway_process import GatewayProcess
from waddleai.translate import shorten_tool_name

SONNET = "claude-sonnet-4-20250514"
PASSTHROUGH = "mockant:claude-sonnet-4-20250514"
pytestmark = pytest.mark.filterwarnings("ignore:The model .* is deprecated:DeprecationWarning")
USER_HI = [{"role": "user", "content": "hi"}]
WEATHER_TOOL = {
    "name": "get_weather",
    "description": "Weather for a city",
    "input_schema": {
        "type": "object",
        "properties": {"city": {"type": "string"}, "days": {"type": "integer"}},
        "required": ["city"],
    },
}
WEATHER_INPUT = {"city": "Zürich", "days": 3, "units": ["metric", "c"], "note": 'say "hi"\n'}
PNG = (  # a 1x1 PNG
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)


@pytest.fixture
def client(gateway) -> anthropic.Anthropic:
    return anthropic.Anthropic(base_url=gateway.url, api_key=CLIENT_KEY, max_retries=0)


def upstream_path(model: str) -> str:
    """Where the mock must have been called for `model` (translated or passed through)."""
    return "/v1/messages" if model.startswith("mockant:") else "/v1/chat/completions"


def assert_stream_grammar(events: list[Any]) -> None:
    """Anthropic's event grammar: start, blocks 0..n each start/deltas/stop, delta, stop."""
    types = [e.type for e in events]
    assert types[0] == "message_start" and types[-2:] == ["message_delta", "message_stop"]
    open_index, next_index = None, 0
    for event in events[1:-2]:
        if event.type == "content_block_start":
            assert open_index is None and event.index == next_index
            open_index, next_index = event.index, next_index + 1
        elif event.type == "content_block_delta":
            assert event.index == open_index
        else:
            assert event.type == "content_block_stop" and event.index == open_index
            open_index = None
    assert open_index is None and next_index >= 1, "at least one complete content block"


# ------------------------------------------------------------------ plain messages


@pytest.mark.parametrize("model", [SONNET, PASSTHROUGH])
def test_plain_message_names_the_requested_model(client, fresh_mock, model):
    fresh_mock.script([{"text": "Paris is the capital of France."}])
    reply = client.messages.create(model=model, max_tokens=100, messages=USER_HI)
    assert reply.content[0].type == "text"
    assert reply.content[0].text == "Paris is the capital of France."
    assert reply.model == model
    assert reply.stop_reason == "end_turn"
    assert reply.usage.input_tokens > 0 and reply.usage.output_tokens > 0
    sent = fresh_mock.requests()[-1]
    assert sent["path"] == upstream_path(model)
    assert sent["json"]["model"] in ("gpt-4o", "claude-sonnet-4-20250514")
    assert CLIENT_KEY not in json.dumps(sent["headers"]), "client key must not reach upstream"


@pytest.mark.parametrize(
    ("requested", "upstream_model"),
    [
        ("claude-3-5-haiku-20241022", "gpt-4o-mini"),
        ("claude-haiku-4-5", "gpt-4o-mini"),
        ("claude-sonnet-4-5-20250929", "gpt-4o"),
        ("claude-opus-4-1", "gpt-4o"),
        ("fast", "gpt-4o-mini"),
        ("mock:glm-4.6", "glm-4.6"),
    ],
)
def test_model_mapping_tiers_aliases_and_provider_prefix(
    client, fresh_mock, requested, upstream_model
):
    reply = client.messages.create(model=requested, max_tokens=50, messages=USER_HI)
    assert reply.model == requested
    sent = fresh_mock.requests()[-1]
    assert sent["path"] == "/v1/chat/completions"
    assert sent["json"]["model"] == upstream_model


def test_alias_to_anthropic_provider_is_passed_through(client, fresh_mock):
    fresh_mock.script([{"text": "through"}])
    reply = client.messages.create(model="smart", max_tokens=50, messages=USER_HI)
    assert reply.model == "smart" and reply.content[0].text == "through"
    sent = fresh_mock.requests()[-1]
    assert sent["path"] == "/v1/messages"
    assert sent["json"]["model"] == "claude-sonnet-4-20250514"
    assert sent["headers"]["x-api-key"] == "sk-ant-mock-upstream-secret-5678"


def test_max_tokens_is_clamped_to_the_upstream_model_limit(client, fresh_mock):
    client.messages.create(model=SONNET, max_tokens=64000, messages=USER_HI, timeout=30)
    assert fresh_mock.requests()[-1]["json"]["max_tokens"] == 16384  # gpt-4o's limit


CLAUDE_CODE_USER_ID = json.dumps(  # ~170 characters; OpenAI's `user` allows 64
    {"device_id": "5010946a" * 8, "account_uuid": "", "session_id": "d9420064-a1f0-4ddf-b194"},
    separators=(",", ":"),
)


def test_claude_code_request_fields_translate_cleanly(client, fresh_mock):
    """What Claude Code sends: system blocks, a mid-conversation system message, betas."""
    fresh_mock.script([{"text": "ok"}])
    client.messages.create(
        timeout=30,
        model="claude-opus-4-8",
        max_tokens=64000,
        system=[
            {"type": "text", "text": "You are Claude Code."},
            {"type": "text", "text": "Be brief.", "cache_control": {"type": "ephemeral"}},
        ],
        messages=[
            {"role": "user", "content": [{"type": "text", "text": "hello"}]},
            {"role": "system", "content": "Available agent types: none"},
        ],
        extra_body={
            "thinking": {"type": "adaptive"},
            "output_config": {"effort": "high"},
            "context_management": {"edits": [{"type": "clear_thinking_20251015"}]},
            "metadata": {"user_id": CLAUDE_CODE_USER_ID},
        },
    )
    sent = fresh_mock.requests()[-1]["json"]
    assert [m["role"] for m in sent["messages"]] == ["system", "user", "system"]
    assert sent["messages"][0]["content"] == "You are Claude Code.\n\nBe brief."
    assert sent["messages"][2]["content"] == "Available agent types: none"
    assert not {"thinking", "output_config", "context_management", "metadata"} & set(sent)
    assert sent["user"] == hashlib.sha256(CLAUDE_CODE_USER_ID.encode()).hexdigest()
    assert sent["max_tokens"] == 16384


# ---------------------------------------------------------------------- streaming


@pytest.mark.parametrize("model", [SONNET, PASSTHROUGH])
def test_streamed_text_follows_the_event_grammar(client, fresh_mock, model):
    fresh_mock.script([{"text": "one two three four five"}])
    events = list(
        client.messages.create(model=model, max_tokens=100, messages=USER_HI, stream=True)
    )
    assert_stream_grammar(events)
    assert events[0].message.model == model
    deltas = [e.delta.text for e in events if e.type == "content_block_delta"]
    assert len(deltas) > 1 and "".join(deltas) == "one two three four five"
    final = events[-2]
    assert final.delta.stop_reason == "end_turn" and final.usage.output_tokens > 0
    assert fresh_mock.requests()[-1]["path"] == upstream_path(model)


@pytest.mark.parametrize("model", [SONNET, PASSTHROUGH])
def test_streamed_tool_use_input_equals_what_the_upstream_sent(client, fresh_mock, model):
    fresh_mock.script(
        [
            {
                "text": "Let me check.",
                "tool_calls": [
                    {"id": "toolu_1", "name": "get_weather", "arguments": WEATHER_INPUT}
                ],
                "argument_chunk_size": 4,
            }
        ]
    )
    with client.messages.stream(
        model=model, max_tokens=200, messages=USER_HI, tools=[WEATHER_TOOL]
    ) as stream:
        events = list(stream)
        final = stream.get_final_message()
    fragments = [
        e.delta.partial_json
        for e in events
        if e.type == "content_block_delta" and e.delta.type == "input_json_delta"
    ]
    assert len([f for f in fragments if f]) > 5, "tool input arrives fragment by fragment"
    assert json.loads("".join(fragments)) == WEATHER_INPUT
    assert [b.type for b in final.content] == ["text", "tool_use"]
    assert final.content[1].name == "get_weather" and final.content[1].input == WEATHER_INPUT
    assert final.content[1].id == "toolu_1"
    assert final.stop_reason == "tool_use" and final.model == model


@pytest.mark.parametrize("model", [SONNET, PASSTHROUGH])
def test_parallel_tool_calls_stream_as_separate_blocks(client, fresh_mock, model):
    """Claude Code often reads several files at once: each call must keep its own input."""
    calls = [
        {"id": "toolu_a", "name": "get_weather", "arguments": {"city": "Bern"}},
        {"id": "toolu_b", "name": "get_weather", "arguments": {"city": "Chur", "days": 2}},
    ]
    fresh_mock.script([{"tool_calls": calls, "argument_chunk_size": 3}])
    with client.messages.stream(
        model=model, max_tokens=200, messages=USER_HI, tools=[WEATHER_TOOL]
    ) as stream:
        events = list(stream)
        final = stream.get_final_message()
    assert [(b.id, b.input) for b in final.content] == [
        ("toolu_a", {"city": "Bern"}),
        ("toolu_b", {"city": "Chur", "days": 2}),
    ]
    assert final.stop_reason == "tool_use"
    starts = [e.index for e in events if e.type == "content_block_start"]
    assert starts == [0, 1]


def test_long_mcp_tool_names_are_shortened_upstream_and_restored(client, fresh_mock):
    """OpenAI limits function names to 64 characters; MCP tool names can be longer."""
    name = "mcp__acme-enterprise-knowledge-base-server__search_documents_by_semantic_query"
    short = shorten_tool_name(name)
    assert short != name and len(short) <= 64
    fresh_mock.script([{"tool_calls": [{"id": "toolu_m", "name": short, "arguments": {"q": "x"}}]}])
    tool = {"name": name, "input_schema": {"type": "object", "properties": {}}}
    with client.messages.stream(
        model=SONNET, max_tokens=200, messages=USER_HI, tools=[tool]
    ) as stream:
        final = stream.get_final_message()
    assert final.content[0].name == name and final.content[0].input == {"q": "x"}
    assert fresh_mock.requests()[-1]["json"]["tools"][0]["function"]["name"] == short

    history = [
        {"role": "user", "content": "search"},
        {
            "role": "assistant",
            "content": [{"type": "tool_use", "id": "toolu_m", "name": name, "input": {}}],
        },
        {
            "role": "user",
            "content": [{"type": "tool_result", "tool_use_id": "toolu_m", "content": "hit"}],
        },
    ]
    client.messages.create(model=SONNET, max_tokens=50, messages=history, tools=[tool])
    sent = fresh_mock.requests()[-1]["json"]["messages"]
    assert sent[1]["tool_calls"][0]["function"]["name"] == short


def test_streamed_thinking_becomes_a_thinking_block(client, fresh_mock):
    fresh_mock.script([{"reasoning": "Think about France.", "text": "Paris."}])
    with client.messages.stream(model=SONNET, max_tokens=100, messages=USER_HI) as stream:
        events = list(stream)
        final = stream.get_final_message()
    assert [b.type for b in final.content] == ["thinking", "text"]
    assert final.content[0].thinking == "Think about France."
    assert final.content[1].text == "Paris."
    kinds = [e.delta.type for e in events if e.type == "content_block_delta"]
    assert "thinking_delta" in kinds and "signature_delta" in kinds


def test_non_streamed_thinking_becomes_a_thinking_block(client, fresh_mock):
    fresh_mock.script([{"reasoning": "Hmm.", "text": "Paris."}])
    reply = client.messages.create(model=SONNET, max_tokens=100, messages=USER_HI)
    assert [(b.type, getattr(b, "thinking", None)) for b in reply.content][0] == (
        "thinking",
        "Hmm.",
    )


def test_empty_upstream_answer_is_still_a_valid_message(client, fresh_mock):
    fresh_mock.script([{"text": ""}, {"text": ""}])
    events = list(
        client.messages.create(model=SONNET, max_tokens=100, messages=USER_HI, stream=True)
    )
    assert_stream_grammar(events)
    reply = client.messages.create(model=SONNET, max_tokens=100, messages=USER_HI)
    assert reply.content[0].type == "text" and reply.stop_reason == "end_turn"


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


# ------------------------------------------------------------ tool results, images


@pytest.mark.parametrize("model", [SONNET, PASSTHROUGH])
def test_tool_result_turn_reaches_the_upstream(client, fresh_mock, model):
    fresh_mock.script([{"text": "It is sunny in Zürich."}])
    reply = client.messages.create(
        model=model,
        max_tokens=100,
        tools=[WEATHER_TOOL],
        messages=[
            {"role": "user", "content": "Weather in Zürich?"},
            {
                "role": "assistant",
                "content": [
                    {"type": "text", "text": "Checking."},
                    {
                        "type": "tool_use",
                        "id": "toolu_9",
                        "name": "get_weather",
                        "input": WEATHER_INPUT,
                    },
                ],
            },
            {
                "role": "user",
                "content": [
                    {"type": "tool_result", "tool_use_id": "toolu_9", "content": "sunny, 21 C"}
                ],
            },
        ],
    )
    assert reply.content[0].text == "It is sunny in Zürich."
    sent = fresh_mock.requests()[-1]["json"]
    if model == PASSTHROUGH:
        assert sent["messages"][2]["content"][0]["tool_use_id"] == "toolu_9"
        assert sent["messages"][1]["content"][1]["input"] == WEATHER_INPUT
        return
    assistant, tool = sent["messages"][1], sent["messages"][2]
    assert assistant["tool_calls"][0]["id"] == "toolu_9"
    assert json.loads(assistant["tool_calls"][0]["function"]["arguments"]) == WEATHER_INPUT
    assert tool == {"role": "tool", "tool_call_id": "toolu_9", "content": "sunny, 21 C"}
    assert sent["tools"][0]["function"]["name"] == "get_weather"


@pytest.mark.parametrize("model", [SONNET, PASSTHROUGH])
def test_images_reach_the_upstream(client, fresh_mock, model):
    image = {"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": PNG}}
    client.messages.create(
        model=model,
        max_tokens=50,
        messages=[{"role": "user", "content": [{"type": "text", "text": "what?"}, image]}],
    )
    content = fresh_mock.requests()[-1]["json"]["messages"][0]["content"]
    if model == PASSTHROUGH:
        assert content[1] == image
    else:
        assert content[1] == {
            "type": "image_url",
            "image_url": {"url": f"data:image/png;base64,{PNG}"},
        }


def test_documents_to_an_openai_upstream_are_a_clear_400(client, fresh_mock):
    document = {
        "type": "document",
        "source": {"type": "base64", "media_type": "application/pdf", "data": "JVBERi0="},
    }
    with pytest.raises(anthropic.BadRequestError) as info:
        client.messages.create(
            model=SONNET, max_tokens=50, messages=[{"role": "user", "content": [document]}]
        )
    assert info.value.body["type"] == "error"
    assert info.value.body["error"]["type"] == "invalid_request_error"
    assert "document" in info.value.body["error"]["message"]
    assert fresh_mock.requests() == []


# -------------------------------------------------------------------- count_tokens


def test_count_tokens_is_answered_offline(client, fresh_mock):
    short = client.messages.count_tokens(model=SONNET, messages=USER_HI)
    longer = client.messages.count_tokens(
        model=SONNET,
        system="You are a helpful assistant.",
        messages=[{"role": "user", "content": "Tell me about the Alps " * 20}],
        tools=[WEATHER_TOOL],
    )
    assert 0 < short.input_tokens < longer.input_tokens
    assert fresh_mock.requests() == [], "OpenAI-format models are counted locally"


def test_count_tokens_never_404s_and_counts_documents(client, fresh_mock):
    unknown = client.messages.count_tokens(model="no-such-model", messages=USER_HI)
    assert unknown.input_tokens > 0
    document = {
        "type": "document",
        "source": {"type": "text", "media_type": "text/plain", "data": "x " * 50},
    }
    counted = client.messages.count_tokens(
        model=SONNET, messages=[{"role": "user", "content": [document]}]
    )
    assert counted.input_tokens > 25


def test_count_tokens_asks_an_anthropic_upstream(client, fresh_mock):
    result = client.messages.count_tokens(model=PASSTHROUGH, messages=USER_HI)
    assert result.input_tokens > 0
    sent = fresh_mock.requests()[-1]
    assert sent["path"] == "/v1/messages/count_tokens"
    assert sent["json"]["model"] == "claude-sonnet-4-20250514"


@pytest.fixture(scope="module")
def quick_start_gateway(mock) -> Iterator[GatewayProcess]:
    """A gateway configured only by the environment variables Claude Code proxies use."""
    env = {
        "OPENAI_API_KEY": "sk-mock-upstream-secret-1234",
        "OPENAI_BASE_URL": mock.url + "/v1",
        "BIG_MODEL": "gpt-4.1",
        "SMALL_MODEL": "gpt-4o-mini",
        "ANTHROPIC_DEFAULT_SONNET_MODEL": "glm-4.6",
        "WADDLEAI_API_KEYS": CLIENT_KEY,
    }
    with GatewayProcess(env=env) as process:
        yield process


@pytest.mark.parametrize(
    ("requested", "upstream_model", "max_tokens"),
    [
        ("claude-3-5-haiku-20241022", "gpt-4o-mini", 16384),
        ("claude-opus-4-1-20250805", "gpt-4.1", 32768),
        ("claude-sonnet-4-5-20250929", "glm-4.6", 64000),
    ],
)
def test_tiers_follow_the_environment(
    quick_start_gateway, fresh_mock, requested, upstream_model, max_tokens
):
    """SMALL_MODEL / BIG_MODEL, with ANTHROPIC_DEFAULT_SONNET_MODEL overriding both."""
    client = anthropic.Anthropic(
        base_url=quick_start_gateway.url, api_key=CLIENT_KEY, max_retries=0
    )
    with client.messages.stream(model=requested, max_tokens=64000, messages=USER_HI) as stream:
        final = stream.get_final_message()
    assert final.model == requested and final.content[0].text
    sent = fresh_mock.requests()[-1]["json"]
    assert sent["model"] == upstream_model and sent["max_tokens"] == max_tokens


# ------------------------------------------------------- addressing, keys, headers


def test_anthropic_prefix_and_beta_query_work(gateway, fresh_mock):
    prefixed = anthropic.Anthropic(
        base_url=gateway.url + "/anthropic", api_key=CLIENT_KEY, max_retries=0
    )
    reply = prefixed.beta.messages.create(model=SONNET, max_tokens=50, messages=USER_HI)
    assert reply.content[0].text
    assert prefixed.beta.messages.count_tokens(model=SONNET, messages=USER_HI).input_tokens > 0
    assert prefixed.messages.create(model=SONNET, max_tokens=50, messages=USER_HI).content
    assert {m.id for m in prefixed.models.list()} >= {"gpt-4o", "smart"}
    for path in ("/v1/messages?beta=true", "/anthropic/v1/messages?beta=true"):
        r = httpx.post(
            gateway.url + path,
            json={"model": SONNET, "max_tokens": 20, "messages": USER_HI},
            headers={"x-api-key": CLIENT_KEY},
        )
        assert r.status_code == 200 and r.json()["type"] == "message"


@pytest.mark.parametrize("path", ["/", "/anthropic"])
def test_base_url_probes_answer_200(gateway, path):
    assert httpx.head(gateway.url + path).status_code == 200
    assert httpx.get(gateway.url + path).status_code == 200


def test_bearer_and_x_api_key_are_both_accepted(gateway, fresh_mock):
    by_bearer = anthropic.Anthropic(base_url=gateway.url, auth_token=CLIENT_KEY, max_retries=0)
    by_header = anthropic.Anthropic(base_url=gateway.url, api_key=CLIENT_KEY, max_retries=0)
    for client in (by_bearer, by_header):
        assert client.messages.create(model=SONNET, max_tokens=20, messages=USER_HI).content
    bad = anthropic.Anthropic(base_url=gateway.url, auth_token="wa-wrong", max_retries=0)
    with pytest.raises(anthropic.AuthenticationError):
        bad.messages.create(model=SONNET, max_tokens=20, messages=USER_HI)


@pytest.mark.parametrize("stream", [False, True])
def test_anthropic_headers_are_forwarded_to_an_anthropic_upstream(gateway, fresh_mock, stream):
    beta = "claude-code-20250219,interleaved-thinking-2025-05-14"
    client = anthropic.Anthropic(
        base_url=gateway.url,
        api_key=CLIENT_KEY,
        max_retries=0,
        default_headers={"anthropic-beta": beta, "anthropic-version": "2023-06-01"},
    )
    result = client.messages.create(model="smart", max_tokens=20, messages=USER_HI, stream=stream)
    if stream:
        list(result)
    headers = fresh_mock.requests()[-1]["headers"]
    assert headers["anthropic-beta"] == beta
    assert headers["anthropic-version"] == "2023-06-01"
    assert headers["x-api-key"] == "sk-ant-mock-upstream-secret-5678"
    assert "authorization" not in headers


def test_models_answer_in_anthropic_shape_with_anthropic_version(client, gateway):
    models = list(client.models.list())
    assert {"gpt-4o", "fast", "smart"} <= {m.id for m in models}
    assert all(m.type == "model" and m.display_name for m in models)
    openai_shape = httpx.get(
        gateway.url + "/v1/models", headers={"Authorization": f"Bearer {CLIENT_KEY}"}
    ).json()
    assert openai_shape["object"] == "list"


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
