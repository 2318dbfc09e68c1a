"""The response cache through the real SDKs: a repeated request never reaches the upstream.

Streamed and plain, in both APIs; a streamed request is served from a plain answer and
the other way round; `Cache-Control: no-cache` goes to the upstream again.
"""

from __future__ import annotations

import secrets

import anthropic
import openai
import pytest

from tests.conftest import CLIENT_KEY


def _calls(mock, path: str) -> int:
    return sum(1 for r in mock.requests() if r["path"] == path)


@pytest.fixture
def oai(gateway) -> openai.OpenAI:
    return openai.OpenAI(base_url=gateway.url + "/v1", api_key=CLIENT_KEY, max_retries=0)


@pytest.fixture
def ant(gateway) -> anthropic.Anthropic:
    return anthropic.Anthropic(base_url=gateway.url, api_key=CLIENT_KEY, max_retries=0)


def _question() -> list[dict[str, str]]:  # unique per test: the cache outlives a test
    return [{"role": "user", "content": f"What is {secrets.token_hex(4)}?"}]


CACHE = {"X-WaddleAI-Cache": "ttl=60"}


def test_openai_plain_then_streamed_hits(oai, fresh_mock):
    fresh_mock.script([{"text": "It is a hex string.", "usage": {"prompt_tokens": 9}}])
    messages = _question()
    first = oai.chat.completions.with_raw_response.create(
        model="gpt-4o", messages=messages, extra_headers=CACHE
    )
    assert first.headers["x-waddleai-cache"] == "miss"
    again = oai.chat.completions.with_raw_response.create(
        model="gpt-4o", messages=messages, extra_headers=CACHE
    )
    assert again.headers["x-waddleai-cache"] == "hit"
    reply = again.parse()
    assert reply.choices[0].message.content == "It is a hex string."
    assert reply.usage.prompt_tokens == 9 and reply.usage.waddleai_tokens == 0
    chunks = list(
        oai.chat.completions.create(
            model="gpt-4o",
            messages=messages,
            stream=True,
            stream_options={"include_usage": True},
            extra_headers=CACHE,
        )
    )
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == "It is a hex string."
    assert chunks[-1].usage.prompt_tokens == 9
    assert _calls(fresh_mock, "/v1/chat/completions") == 1


def test_openai_streamed_miss_is_stored_for_the_next_stream(oai, fresh_mock):
    fresh_mock.script(
        [{"text": "one two three", "tool_calls": [{"name": "f", "arguments": {"a": 1}}]}]
    )
    messages = _question()
    tools = [{"type": "function", "function": {"name": "f", "parameters": {"type": "object"}}}]

    def streamed() -> tuple[str, str]:
        chunks = list(
            oai.chat.completions.create(
                model="gpt-4o", messages=messages, tools=tools, stream=True, extra_headers=CACHE
            )
        )
        text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
        args = "".join(
            (c.choices[0].delta.tool_calls or [None])[0].function.arguments or ""
            for c in chunks
            if c.choices and c.choices[0].delta.tool_calls
        )
        return text, args

    assert streamed() == streamed() == ("one two three", '{"a":1}')
    assert _calls(fresh_mock, "/v1/chat/completions") == 1


@pytest.mark.parametrize("model", ["gpt-4o", "smart"])  # translated, passed through
def test_anthropic_streamed_and_plain_hit(ant, fresh_mock, model):
    fresh_mock.script([{"text": "Cached words here."}])
    messages = _question()
    with ant.messages.stream(
        model=model, max_tokens=50, messages=messages, extra_headers=CACHE
    ) as stream:
        first = stream.get_final_message()
    raw = ant.messages.with_raw_response.create(
        model=model, max_tokens=50, messages=messages, extra_headers=CACHE
    )
    assert raw.headers["x-waddleai-cache"] == "hit"
    assert raw.parse().content[0].text == first.content[0].text == "Cached words here."
    with ant.messages.stream(
        model=model, max_tokens=50, messages=messages, extra_headers=CACHE
    ) as stream:
        assert stream.get_final_message().content[0].text == "Cached words here."
    upstream = "/v1/messages" if model == "smart" else "/v1/chat/completions"
    assert _calls(fresh_mock, upstream) == 1


def test_no_cache_goes_upstream_and_no_header_means_no_cache(oai, fresh_mock):
    fresh_mock.script([{"text": "a", "times": 3}])
    messages = _question()
    oai.chat.completions.create(model="gpt-4o", messages=messages, extra_headers=CACHE)
    fresh = oai.chat.completions.with_raw_response.create(
        model="gpt-4o", messages=messages, extra_headers={**CACHE, "Cache-Control": "no-cache"}
    )
    assert fresh.headers["x-waddleai-cache"] == "miss"
    plain = oai.chat.completions.with_raw_response.create(model="gpt-4o", messages=messages)
    assert "x-waddleai-cache" not in plain.headers
    assert _calls(fresh_mock, "/v1/chat/completions") == 3


def test_a_different_request_misses(oai, fresh_mock):
    fresh_mock.script([{"text": "a", "times": 2}])
    messages = _question()
    oai.chat.completions.create(model="gpt-4o", messages=messages, extra_headers=CACHE)
    other = oai.chat.completions.with_raw_response.create(
        model="gpt-4o", messages=messages, temperature=0.1, extra_headers=CACHE
    )
    assert other.headers["x-waddleai-cache"] == "miss"


def test_a_bad_cache_header_is_a_400(oai):
    with pytest.raises(openai.BadRequestError):
        oai.chat.completions.create(
            model="gpt-4o", messages=_question(), extra_headers={"X-WaddleAI-Cache": "forever"}
        )
