"""Reasoning injection: matching models get the reasoning prompt as system text, and
reasoning comes back as OpenAI reasoning_content or Anthropic thinking blocks."""

from __future__ import annotations

from collections.abc import Iterator

import anthropic
import openai
import pytest

from tests.conftest import CLIENT_KEY
from tests.gateway_process import GatewayProcess
from tests.routing.pools_support import gateway
from waddleai.config.settings import DEFAULT_REASONING_PROMPT
from waddleai.mock.testing import MockProcess, start_mock
from waddleai.pipeline.stages.reasoning import split_reasoning

CONFIG = """
providers:
  - {{name: cb, kind: openai, endpoint: "{url}/v1", models: [glm-4.6, gpt-4o], api_keys: [sk-cb]}}
reasoning_injection:
  enabled: true
  models: ["glm-*"]
"""


@pytest.fixture(scope="module")
def setup() -> Iterator[tuple[MockProcess, GatewayProcess]]:
    with start_mock() as mock, gateway(CONFIG.format(url=mock.url)) as gw:
        yield mock, gw


def _system_texts(mock: MockProcess) -> list[str]:
    body = mock.requests()[-1]["json"]
    return [m["content"] for m in body["messages"] if m["role"] == "system"]


def test_matching_models_get_the_prompt_others_do_not(setup):
    mock, gw = setup
    client = openai.OpenAI(base_url=gw.url + "/v1", api_key=CLIENT_KEY, max_retries=0)
    messages = [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "hi"}]
    client.chat.completions.create(model="glm-4.6", messages=messages)
    assert _system_texts(mock) == [DEFAULT_REASONING_PROMPT, "Be brief."]
    client.chat.completions.create(model="gpt-4o", messages=messages)
    assert _system_texts(mock) == ["Be brief."]
    claude = anthropic.Anthropic(base_url=gw.url, api_key=CLIENT_KEY, max_retries=0)
    claude.messages.create(
        model="glm-4.6", max_tokens=50, system="Be brief.", messages=[messages[1]]
    )
    assert _system_texts(mock)[0].startswith(DEFAULT_REASONING_PROMPT)
    assert _system_texts(mock)[0].endswith("Be brief.")


def test_inline_reasoning_comes_back_where_clients_look(setup):
    mock, gw = setup
    tagged = "<reasoning_content>2 and 2 make 4.</reasoning_content>\nFour."
    mock.script([{"text": tagged}, {"text": tagged}])
    client = openai.OpenAI(base_url=gw.url + "/v1", api_key=CLIENT_KEY, max_retries=0)
    reply = client.chat.completions.create(
        model="glm-4.6", messages=[{"role": "user", "content": "2+2?"}]
    )
    message = reply.choices[0].message
    assert message.content == "Four."
    assert message.model_extra["reasoning_content"] == "2 and 2 make 4."
    claude = anthropic.Anthropic(base_url=gw.url, api_key=CLIENT_KEY, max_retries=0)
    answer = claude.messages.create(
        model="glm-4.6", max_tokens=50, messages=[{"role": "user", "content": "2+2?"}]
    )
    assert [b.type for b in answer.content] == ["thinking", "text"]
    assert answer.content[0].thinking == "2 and 2 make 4."
    assert answer.content[1].text == "Four."


def test_upstream_reasoning_content_becomes_thinking_blocks(setup):
    mock, gw = setup
    mock.script([{"text": "Four.", "reasoning": "Adding."}])
    claude = anthropic.Anthropic(base_url=gw.url, api_key=CLIENT_KEY, max_retries=0)
    answer = claude.messages.create(
        model="glm-4.6", max_tokens=50, messages=[{"role": "user", "content": "2+2?"}]
    )
    assert answer.content[0].type == "thinking" and answer.content[0].thinking == "Adding."


def test_split_reasoning_leaves_untagged_text_alone():
    assert split_reasoning("plain") == ("", "plain")
    assert split_reasoning("<reasoning_content>a</reasoning_content>b") == ("a", "b")
