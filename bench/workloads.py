"""The three kinds of request the benchmark sends, and how to check an answer."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any, Literal

Api = Literal["openai", "anthropic"]

OPENAI_MODEL = "gpt-4o"
CLAUDE_MODEL = "claude-3-5-sonnet-20241022"
MESSAGES = [{"role": "user", "content": "Say hello in one short sentence."}]


@dataclass(frozen=True)
class Workload:
    """One request shape: where it goes, what it carries, how to recognise success."""

    name: str
    api: Api
    path: str
    body: dict[str, Any]
    expect: bytes  # a byte string every successful answer contains
    first_token: re.Pattern[bytes]  # the first piece of generated text in a stream

    @property
    def streamed(self) -> bool:
        return bool(self.body.get("stream"))

    def body_bytes(self) -> bytes:
        return self.encode(self.body)

    @staticmethod
    def encode(body: dict[str, Any]) -> bytes:
        return json.dumps(body, separators=(",", ":")).encode()


PLAIN = Workload(
    name="plain",
    api="openai",
    path="/v1/chat/completions",
    body={"model": OPENAI_MODEL, "messages": MESSAGES, "max_tokens": 32},
    expect=b'"choices"',
    first_token=re.compile(rb'"content":\s*"[^"]'),
)
STREAMED = Workload(
    name="streamed",
    api="openai",
    path="/v1/chat/completions",
    body={"model": OPENAI_MODEL, "messages": MESSAGES, "max_tokens": 32, "stream": True},
    expect=b"data: [DONE]",
    first_token=re.compile(rb'"content":\s*"[^"]'),
)
TRANSLATED = Workload(
    name="translated",
    api="anthropic",
    path="/v1/messages",
    body={"model": CLAUDE_MODEL, "messages": MESSAGES, "max_tokens": 32, "stream": True},
    expect=b"message_stop",
    first_token=re.compile(rb'"text":\s*"[^"]'),
)
WORKLOADS: dict[str, Workload] = {w.name: w for w in (PLAIN, STREAMED, TRANSLATED)}


def auth_headers(api: Api, key: str) -> dict[str, str]:
    """Headers a client of `api` sends with `key`."""
    if api == "anthropic":
        return {"x-api-key": key, "anthropic-version": "2023-06-01"}
    return {"Authorization": f"Bearer {key}"}
