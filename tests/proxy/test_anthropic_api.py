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
from collections.abc import Iterator
from typing import Any

import anthropic
import httpx
import pytest

from tests.conftest import CLIENT_KEY
from tests.gateway_process import GatewayProcess
from tests.proxy.anthropic_support import PASSTHROUGH, SONNET, USER_HI, anthropic_client
from waddleai.translate import shorten_tool_name

pytestmark = pytest.mark.filterwarnings("ignore:The model .* is deprecated:DeprecationWarning")
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
    return anthropic_client(gateway.url)


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


def answered_by(model: str) -> str:
    """The model a reply names: translated answers name the model asked for; Anthropic
    pass-through names what the upstream said answered (the mock echoes what it got)."""
    return model.partition(":")[2] if model == PASSTHROUGH else model


@pytest.mark.parametrize("model", [SONNET, PASSTHROUGH])
def test_plain_message_names_the_requested_model(client, fresh_mock, model):
    fresh_mock.script([{"text": "Paris is the capital of France."}])
    reply = client.messages.create(model=model, max_tokens=100, messages=USER_HI)
    assert reply.content[0].type == "text"
    assert reply.content[0].text == "Paris is the capital of France."
    assert reply.model == answered_by(model)
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
    # Pass-through reports the model that actually answered, not the alias asked for.
    assert reply.model == "claude-sonnet-4-20250514" and reply.content[0].text == "through"
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
    assert events[0].message.model == answered_by(model)
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
    assert final.stop_reason == "tool_use" and final.model == answered_by(model)


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


def test_kimi_style_parallel_calls_all_at_index_0_stay_separate(client, fresh_mock):
    """Kimi-style upstreams stream every parallel call at index 0, each with its own id."""
    read_tool = {"name": "Read", "input_schema": {"type": "object"}}
    calls = [
        {"id": "functions.get_weather:0", "name": "get_weather", "arguments": {"city": "Bern"}},
        {"id": "functions.Read:1", "name": "Read", "arguments": {"path": "a.txt"}},
    ]
    fresh_mock.script([{"tool_calls": calls, "argument_chunk_size": 4, "same_tool_index": True}])
    with client.messages.stream(
        model=SONNET, max_tokens=200, messages=USER_HI, tools=[WEATHER_TOOL, read_tool]
    ) as stream:
        events = list(stream)
        final = stream.get_final_message()
    assert [(b.id, b.name, b.input) for b in final.content] == [
        ("functions.get_weather:0", "get_weather", {"city": "Bern"}),
        ("functions.Read:1", "Read", {"path": "a.txt"}),
    ]
    assert final.stop_reason == "tool_use"
    assert [e.index for e in events if e.type == "content_block_start"] == [0, 1]


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
