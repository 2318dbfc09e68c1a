"""Provider prompt caching survives translation: reads and writes in both APIs' usage
fields, and charged at the provider's rates (reads 0.1x, writes 1.25x)."""

from __future__ import annotations

import anthropic
import openai

from tests.conftest import CLIENT_KEY

MESSAGES = [{"role": "user", "content": "hello"}]


def test_openai_cached_tokens_reach_an_anthropic_client(gateway, fresh_mock):
    usage = {
        "prompt_tokens": 2000,
        "completion_tokens": 10,
        "prompt_tokens_details": {"cached_tokens": 1500},
    }
    fresh_mock.script([{"text": "hi", "usage": usage, "times": 2}])
    client = anthropic.Anthropic(base_url=gateway.url, api_key=CLIENT_KEY, max_retries=0)
    plain = client.messages.create(model="gpt-4o", max_tokens=20, messages=MESSAGES).usage
    assert (plain.input_tokens, plain.cache_read_input_tokens) == (500, 1500)
    assert plain.cache_creation_input_tokens == 0
    events = list(
        client.messages.create(model="gpt-4o", max_tokens=20, messages=MESSAGES, stream=True)
    )
    final = next(e for e in events if e.type == "message_delta").usage
    assert final.cache_read_input_tokens == 1500 and final.cache_creation_input_tokens == 0
    assert final.input_tokens == 500


def test_anthropic_cache_reads_and_writes_reach_an_openai_client(gateway, fresh_mock):
    usage = {
        "input_tokens": 100,
        "cache_read_input_tokens": 1000,
        "cache_creation_input_tokens": 500,
        "output_tokens": 10,
    }
    fresh_mock.script([{"text": "hi", "usage": usage}])
    client = openai.OpenAI(base_url=gateway.url + "/v1", api_key=CLIENT_KEY, max_retries=0)
    raw = client.chat.completions.with_raw_response.create(model="smart", messages=MESSAGES)
    reply = raw.parse()
    assert reply.usage.prompt_tokens == 1600
    assert reply.usage.prompt_tokens_details.cached_tokens == 1000
    # claude-sonnet-4: $3 in, $0.30 cached, $15 out per M = 0.3 / 0.03 / 1.5 WaddleAI tokens
    # 100 fresh x 0.3 + 500 written x 1.25 x 0.3 + 1000 read x 0.03 + 10 out x 1.5 = 262.5
    assert raw.headers["x-waddleai-tokens"] == "263"


def test_cache_control_passes_through_to_anthropic_untouched(gateway, fresh_mock):
    client = anthropic.Anthropic(base_url=gateway.url, api_key=CLIENT_KEY, max_retries=0)
    system = [{"type": "text", "text": "long rules", "cache_control": {"type": "ephemeral"}}]
    client.messages.create(model="smart", max_tokens=20, system=system, messages=MESSAGES)
    sent = fresh_mock.requests()[-1]["json"]
    assert sent["system"] == system
