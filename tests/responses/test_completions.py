"""Legacy text completions (``client.completions``) served by chat upstreams."""

from __future__ import annotations

import openai
import pytest


@pytest.mark.parametrize("model", ["gpt-4o", "smart"])
def test_completion_plain_and_streamed(client, upstream, model):
    upstream.script([{"text": "Paris."}, {"text": "one two three"}])
    reply = client.completions.create(model=model, prompt="The capital of France is", max_tokens=5)
    assert reply.object == "text_completion" and reply.choices[0].text == "Paris."
    assert reply.usage.prompt_tokens > 0 and reply.usage.model_extra["waddleai_tokens"] > 0
    sent = upstream.requests()[-1]["json"]
    assert "The capital of France is" in str(sent["messages"])
    chunks = list(
        client.completions.create(
            model=model, prompt="count", stream=True, stream_options={"include_usage": True}
        )
    )
    assert "".join(c.choices[0].text for c in chunks if c.choices) == "one two three"
    assert chunks[-1].usage is not None and chunks[-1].usage.completion_tokens > 0


def test_echo_and_default_max_tokens(client, upstream):
    upstream.script([{"text": " world"}])
    reply = client.completions.create(model="gpt-4o", prompt="hello", echo=True)
    assert reply.choices[0].text == "hello world"
    assert upstream.requests()[-1]["json"]["max_tokens"] == 16  # OpenAI's default


@pytest.mark.parametrize(
    "extra", [{"suffix": "end"}, {"logprobs": 2}, {"n": 2}, {"prompt": [1, 2, 3]}]
)
def test_what_chat_models_cannot_do_is_refused(client, upstream, extra):
    args = {"model": "gpt-4o", "prompt": "hi", **extra}
    with pytest.raises(openai.BadRequestError):
        client.completions.create(**args)
    assert upstream.requests() == []
