"""Exact raw and WaddleAI counts in responses and records, both APIs, streamed or not.

Shipped rates (1 WaddleAI token = $0.00001, rate = USD per million / 10):
gpt-4o in 0.25 / out 1.0 / cached 0.125; claude-sonnet-4 in 0.3 / out 1.5.
"""

from __future__ import annotations

import anthropic
import openai
import pytest

from tests.accounting.helpers import Accounts

USAGE = {"prompt_tokens": 1000, "completion_tokens": 500}
GPT4O = 1000 * 0.25 + 500 * 1.0  # 750
GPT4O_USD = 1000 * 2.5e-6 + 500 * 10e-6  # 0.0075
CLAUDE = 1000 * 0.3 + 500 * 1.5  # 1050
CLAUDE_USD = 1000 * 3e-6 + 500 * 15e-6  # 0.0105
CLAUDE_MODEL = "mockant:claude-sonnet-4-20250514"  # tiers map bare claude names to gpt-4o


@pytest.fixture
async def key(accounts: Accounts) -> str:
    return (await accounts.create()).raw_key


def oai(accounts: Accounts, key: str) -> openai.OpenAI:
    return openai.OpenAI(base_url=accounts.url + "/v1", api_key=key, max_retries=0)


def ant(accounts: Accounts, key: str) -> anthropic.Anthropic:
    return anthropic.Anthropic(base_url=accounts.url, api_key=key, max_retries=0)


async def _record(accounts: Accounts, request_id: str):
    [row] = await accounts.wait_records(1, request_id=request_id)
    return row


@pytest.mark.parametrize(
    ("model", "expected", "usd"), [("gpt-4o", GPT4O, GPT4O_USD), (CLAUDE_MODEL, CLAUDE, CLAUDE_USD)]
)
async def test_openai_non_streamed(accounts, key, fresh_mock, model, expected, usd):
    fresh_mock.script([{"text": "hello", "usage": USAGE}])
    raw = oai(accounts, key).chat.completions.with_raw_response.create(
        model=model, messages=[{"role": "user", "content": "hi"}]
    )
    reply = raw.parse()
    assert raw.headers["x-waddleai-tokens"] == str(int(expected))
    assert (reply.usage.prompt_tokens, reply.usage.completion_tokens) == (1000, 500)
    assert reply.usage.total_tokens == 1500
    assert reply.usage.model_extra["waddleai_tokens"] == expected
    row = await _record(accounts, raw.headers["x-request-id"])
    assert (row.input_tokens, row.output_tokens, row.waddleai_tokens) == (1000, 500, expected)
    assert row.cost_usd == pytest.approx(usd) and row.stream is False and row.status == 200


@pytest.mark.parametrize(("model", "expected"), [("gpt-4o", GPT4O), (CLAUDE_MODEL, CLAUDE)])
async def test_openai_streamed(accounts, key, fresh_mock, model, expected):
    fresh_mock.script([{"text": "one two three", "usage": USAGE}])
    raw = oai(accounts, key).chat.completions.with_raw_response.create(
        model=model,
        messages=[{"role": "user", "content": "count"}],
        stream=True,
        stream_options={"include_usage": True},
    )
    chunks = list(raw.parse())
    last = chunks[-1]
    assert last.choices == []
    assert (last.usage.prompt_tokens, last.usage.completion_tokens) == (1000, 500)
    assert last.usage.model_extra["waddleai_tokens"] == expected
    row = await _record(accounts, raw.headers["x-request-id"])
    assert (row.input_tokens, row.output_tokens, row.waddleai_tokens) == (1000, 500, expected)
    assert row.stream is True


@pytest.mark.parametrize(("model", "expected"), [(CLAUDE_MODEL, CLAUDE), ("gpt-4o", GPT4O)])
async def test_anthropic_non_streamed(accounts, key, fresh_mock, model, expected):
    fresh_mock.script([{"text": "hello", "usage": USAGE}])
    raw = ant(accounts, key).messages.with_raw_response.create(
        model=model, max_tokens=600, messages=[{"role": "user", "content": "hi"}]
    )
    reply = raw.parse()
    assert raw.headers["x-waddleai-tokens"] == str(int(expected))
    assert (reply.usage.input_tokens, reply.usage.output_tokens) == (1000, 500)
    assert reply.usage.model_extra["waddleai_tokens"] == expected
    row = await _record(accounts, raw.headers["x-request-id"])
    assert (row.input_tokens, row.output_tokens, row.waddleai_tokens) == (1000, 500, expected)
    assert row.api == "anthropic"


@pytest.mark.parametrize(("model", "expected"), [(CLAUDE_MODEL, CLAUDE), ("gpt-4o", GPT4O)])
async def test_anthropic_streamed(accounts, key, fresh_mock, model, expected):
    fresh_mock.script([{"text": "one two three", "usage": USAGE}])
    raw = ant(accounts, key).messages.with_raw_response.create(
        model=model,
        max_tokens=600,
        messages=[{"role": "user", "content": "count"}],
        stream=True,
    )
    events = list(raw.parse())
    [delta] = [e for e in events if e.type == "message_delta"]
    assert delta.usage.output_tokens == 500
    assert delta.usage.model_extra["waddleai_tokens"] == expected
    row = await _record(accounts, raw.headers["x-request-id"])
    assert (row.input_tokens, row.output_tokens, row.waddleai_tokens) == (1000, 500, expected)
    assert row.stream is True


async def test_cached_input_is_charged_at_the_cached_rate(accounts, key, fresh_mock):
    usage = {**USAGE, "prompt_tokens_details": {"cached_tokens": 400}}
    fresh_mock.script([{"text": "hello", "usage": usage}])
    raw = oai(accounts, key).chat.completions.with_raw_response.create(
        model="gpt-4o", messages=[{"role": "user", "content": "hi"}]
    )
    expected = 600 * 0.25 + 400 * 0.125 + 500 * 1.0  # 700
    assert raw.parse().usage.model_extra["waddleai_tokens"] == expected
    row = await _record(accounts, raw.headers["x-request-id"])
    assert (row.cached_tokens, row.waddleai_tokens) == (400, expected)


async def test_usage_without_upstream_figures_is_counted_offline(accounts, key, fresh_mock):
    """Upstream omits usage: the prompt is counted with o200k (exact for gpt-4o)."""
    from waddleai.accounting.tokenizer import count_chat_tokens

    messages = [{"role": "user", "content": "How many tokens is this sentence exactly?"}]
    fresh_mock.script([{"text": "hello", "usage": {"prompt_tokens": 0, "completion_tokens": 0}}])
    raw = oai(accounts, key).chat.completions.with_raw_response.create(
        model="gpt-4o", messages=messages
    )
    row = await _record(accounts, raw.headers["x-request-id"])
    assert row.input_tokens == count_chat_tokens(messages, "gpt-4o") and row.estimated


async def test_own_usage_and_costs(accounts, fresh_mock):
    principal = await accounts.create()
    client = oai(accounts, principal.raw_key)
    fresh_mock.script([{"text": "a", "usage": USAGE}, {"text": "b", "usage": USAGE}])
    for _ in range(2):
        client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "x"}])
    await accounts.wait_records(2, user_id=principal.user_id)
    usage = client.get("/../api/usage", cast_to=object)
    assert usage["total_waddleai_tokens"] == 2 * GPT4O
    [row] = usage["usage"]
    assert (row["model"], row["requests"], row["input_tokens"]) == ("gpt-4o", 2, 2000)
    costs = client.get("/analytics/costs?days=7", cast_to=object)
    assert costs["total_cost_usd"] == pytest.approx(2 * GPT4O_USD)
    assert costs["by_model"][0]["model"] == "gpt-4o"
