"""The legacy text completions API (``POST /v1/completions``) over Chat Completions.

Current models are chat models: the prompt becomes one user message and the answer's
content becomes ``choices[0].text``, JSON and streamed. What only a raw text model can
do (token-id prompts, ``suffix``, ``logprobs``, several prompts or choices) is refused
with a 400 instead of being approximated.
"""

from __future__ import annotations

import time
import uuid
from typing import Any

import orjson

from waddleai.translate.errors import TranslationError
from waddleai.translate.sse import SSEDecoder, encode_event

DEFAULT_MAX_TOKENS = 16  # OpenAI's default for this API
_PASSED = ("temperature", "top_p", "stop", "presence_penalty", "frequency_penalty", "seed")
_PASSED += ("user", "logit_bias")


def completion_request_to_chat(body: dict[str, Any]) -> dict[str, Any]:
    """The chat body for a text completion request (model name kept as sent)."""
    prompt = body.get("prompt")
    if isinstance(prompt, list) and len(prompt) == 1 and isinstance(prompt[0], str):
        prompt = prompt[0]
    if not isinstance(prompt, str):
        raise TranslationError("prompt: a string (or an array of one string) is required")
    refused = {
        "suffix": bool(body.get("suffix")),
        "logprobs": body.get("logprobs") is not None,
        "best_of": body.get("best_of") not in (None, 1),
    }
    for name, present in refused.items():
        if present:
            raise TranslationError(f"{name}: not supported by chat models")
    if body.get("n") not in (None, 1):
        raise TranslationError("n: only 1 is supported")
    limit = body.get("max_tokens", DEFAULT_MAX_TOKENS)
    if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= 10_000_000:
        raise TranslationError("max_tokens: an integer from 1 to 10000000")
    out: dict[str, Any] = {
        "model": body.get("model"),
        "messages": [{"role": "user", "content": prompt}],
        "max_tokens": limit,
    }
    out.update({k: body[k] for k in _PASSED if body.get(k) is not None})
    if body.get("stream") is True:
        out["stream"] = True
        out["stream_options"] = {"include_usage": True}
    return out


def chat_to_completion(chat: dict[str, Any], model: str, echo: str = "") -> dict[str, Any]:
    """A ``text_completion`` body from a chat completion."""
    choices = chat.get("choices") if isinstance(chat, dict) else None
    if not isinstance(choices, list) or not choices or not isinstance(choices[0], dict):
        raise TranslationError("upstream answer has no choices", 502, "api_error")
    message = choices[0].get("message") or {}
    text = message.get("content") if isinstance(message.get("content"), str) else ""
    return {
        "id": "cmpl-" + uuid.uuid4().hex[:24],
        "object": "text_completion",
        "created": int(time.time()),
        "model": model,
        "choices": [
            {
                "text": echo + text,
                "index": 0,
                "logprobs": None,
                "finish_reason": choices[0].get("finish_reason") or "stop",
            }
        ],
        "usage": chat.get("usage"),
    }


class ChatSSEToCompletions:
    """Chat SSE bytes → text completion SSE bytes (usage chunk only if asked for)."""

    def __init__(self, model: str, *, include_usage: bool, echo: str = "") -> None:
        self._decoder = SSEDecoder()
        self._base = {
            "id": "cmpl-" + uuid.uuid4().hex[:24],
            "object": "text_completion",
            "created": int(time.time()),
            "model": model,
        }
        self._include_usage = include_usage
        self._echo = echo

    def feed(self, raw: bytes) -> bytes:
        return b"".join(self._on_data(data) for _, data in self._decoder.feed(raw))

    def _on_data(self, data: bytes) -> bytes:
        if data.strip() == b"[DONE]":
            return b"data: [DONE]\n\n"
        try:
            chunk = orjson.loads(data)
        except orjson.JSONDecodeError:
            return b""
        if not isinstance(chunk, dict) or isinstance(chunk.get("error"), dict):
            return encode_event(None, data)  # an in-band error goes on as it is
        out = b""
        for choice in chunk.get("choices") or ():
            delta = choice.get("delta") or {} if isinstance(choice, dict) else {}
            text = delta.get("content") if isinstance(delta.get("content"), str) else ""
            finish = choice.get("finish_reason") if isinstance(choice, dict) else None
            if self._echo:
                text, self._echo = self._echo + text, ""
            if text or finish:
                item = {"text": text, "index": 0, "logprobs": None, "finish_reason": finish}
                out += encode_event(None, {**self._base, "choices": [item]})
        if isinstance(chunk.get("usage"), dict) and self._include_usage:
            out += encode_event(None, {**self._base, "choices": [], "usage": chunk["usage"]})
        return out
