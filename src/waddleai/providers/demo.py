"""The built-in demo provider: answers without any account, so `make serve` just works.

It speaks the OpenAI wire format in-process (no HTTP), which means Anthropic clients
reach it through the same translation path as any real OpenAI-compatible upstream.
"""

from __future__ import annotations

import hashlib
import time
import uuid
from collections.abc import AsyncIterator
from typing import Any

import orjson

from waddleai.accounting.tokenizer import CHARS_PER_TOKEN, rough_prompt_tokens
from waddleai.config.settings import ProviderConfig
from waddleai.providers.base import Provider, UpstreamReply

DEMO_MODEL = "waddleai-demo"
DEMO_NOTICE = (
    "Hello from WaddleAI's built-in demo model. No real provider is configured, so this "
    "answer comes from the gateway itself. Set OPENAI_API_KEY (or ANTHROPIC_API_KEY, "
    "OLLAMA_URL, or a providers: list in waddleai.yaml) to reach a real model."
)


class LocalStream:
    """An in-process stand-in for an upstream SSE response."""

    headers: dict[str, str] = {}

    def __init__(self, events: list[bytes]) -> None:
        self._events = events

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for event in self._events:
            yield event

    async def aclose(self) -> None:
        return None


class DemoProvider(Provider):
    """Serves `waddleai-demo` (and is what the Claude tiers map to when nothing else exists)."""

    wire_api = "openai"

    def __init__(self) -> None:
        config = ProviderConfig(name="demo", kind="demo", models=[DEMO_MODEL])
        super().__init__(config, timeout=30, custom_headers={})

    def _reply(self, payload: dict[str, Any]) -> tuple[str, int, int]:
        last = _last_user_text(payload.get("messages") or [])
        text = DEMO_NOTICE + (f' You said: "{last[:200]}"' if last else "")
        # The demo reports rough counts (characters / 4) like a small local model would:
        # loading the exact BPE tables for a demo would cost 100 MB and a second.
        return text, rough_prompt_tokens(payload), _rough(text)

    async def chat(
        self, payload: dict[str, Any], client_headers: dict[str, str], key: str = ""
    ) -> UpstreamReply:
        text, prompt, completion = self._reply(payload)
        return UpstreamReply(
            {
                "id": f"chatcmpl-{uuid.uuid4().hex[:24]}",
                "object": "chat.completion",
                "created": int(time.time()),
                "model": payload.get("model", DEMO_MODEL),
                "choices": [
                    {
                        "index": 0,
                        "message": {"role": "assistant", "content": text},
                        "finish_reason": "stop",
                    }
                ],
                "usage": _usage(prompt, completion),
            }
        )

    async def chat_stream(
        self, payload: dict[str, Any], client_headers: dict[str, str], key: str = ""
    ) -> LocalStream:
        text, prompt, completion = self._reply(payload)
        base = {
            "id": f"chatcmpl-{uuid.uuid4().hex[:24]}",
            "object": "chat.completion.chunk",
            "created": int(time.time()),
            "model": payload.get("model", DEMO_MODEL),
        }
        words = text.split(" ")
        deltas = [{"role": "assistant", "content": ""}] + [
            {"content": (w if i == 0 else " " + w)} for i, w in enumerate(words)
        ]
        events = [
            _sse({**base, "choices": [{"index": 0, "delta": d, "finish_reason": None}]})
            for d in deltas
        ]
        events.append(
            _sse({**base, "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]})
        )
        events.append(_sse({**base, "choices": [], "usage": _usage(prompt, completion)}))
        events.append(b"data: [DONE]\n\n")
        return LocalStream(events)

    async def embeddings(self, payload: dict[str, Any], key: str = "") -> UpstreamReply:
        inputs = payload.get("input")
        items = inputs if isinstance(inputs, list) else [inputs]
        data = []
        for i, item in enumerate(items):
            digest = hashlib.sha256(str(item).encode()).digest()
            data.append(
                {"object": "embedding", "index": i, "embedding": [b / 255 for b in digest[:8]]}
            )
        tokens = sum(_rough(str(item)) for item in items)
        return UpstreamReply(
            {
                "object": "list",
                "data": data,
                "model": payload.get("model", DEMO_MODEL),
                "usage": {"prompt_tokens": tokens, "total_tokens": tokens},
            }
        )

    async def check(self) -> str:
        return "ok"


def _sse(obj: dict[str, Any]) -> bytes:
    return b"data: " + orjson.dumps(obj) + b"\n\n"


def _usage(prompt: int, completion: int) -> dict[str, int]:
    return {
        "prompt_tokens": prompt,
        "completion_tokens": completion,
        "total_tokens": prompt + completion,
    }


def _last_user_text(messages: list[dict[str, Any]]) -> str:
    for message in reversed(messages):
        if message.get("role") == "user":
            return _text_of(message.get("content"))
    return ""


def _text_of(content: Any) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return " ".join(p.get("text", "") for p in content if isinstance(p, dict))
    return ""


def _rough(text: str) -> int:
    return max(1, len(text) // CHARS_PER_TOKEN)
