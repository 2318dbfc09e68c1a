"""Legacy text completions ↔ chat: the pure converters."""

from __future__ import annotations

import orjson
import pytest

from waddleai.translate import TranslationError
from waddleai.translate.completions import (
    ChatSSEToCompletions,
    chat_to_completion,
    completion_request_to_chat,
)


def test_request_becomes_one_user_message_with_openai_defaults():
    chat = completion_request_to_chat({"model": "m", "prompt": ["Say"], "stop": ["\n"], "seed": 3})
    assert chat == {
        "model": "m",
        "messages": [{"role": "user", "content": "Say"}],
        "max_tokens": 16,
        "stop": ["\n"],
        "seed": 3,
    }


@pytest.mark.parametrize(
    "extra",
    [{"prompt": ["a", "b"]}, {"prompt": [1, 2]}, {"suffix": "x"}, {"logprobs": 0}, {"best_of": 2}],
)
def test_raw_model_features_are_refused(extra):
    with pytest.raises(TranslationError):
        completion_request_to_chat({"model": "m", "prompt": "p", **extra})


def test_answer_and_stream():
    chat = {"choices": [{"message": {"content": "Hi"}, "finish_reason": "length"}], "usage": {}}
    body = chat_to_completion(chat, "m", echo="Say: ")
    assert body["choices"][0] == {
        "text": "Say: Hi",
        "index": 0,
        "logprobs": None,
        "finish_reason": "length",
    }
    relay = ChatSSEToCompletions("m", include_usage=False)
    chunks = [
        {"choices": [{"index": 0, "delta": {"content": "He"}, "finish_reason": None}]},
        {"choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]},
        {"choices": [], "usage": {"prompt_tokens": 1}},
    ]
    raw = b"".join(relay.feed(b"data: " + orjson.dumps(c) + b"\n\n") for c in chunks)
    raw += relay.feed(b"data: [DONE]\n\n")
    events = [line[6:] for line in raw.split(b"\n\n") if line]
    assert events[-1] == b"[DONE]"
    parsed = [orjson.loads(e) for e in events[:-1]]
    assert [p["choices"][0]["text"] for p in parsed] == ["He", ""]
    assert parsed[-1]["choices"][0]["finish_reason"] == "stop"  # no usage chunk: not asked
