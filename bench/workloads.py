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


def agent_body(turns: int = 80, tools: int = 18) -> dict[str, Any]:
    """A Claude Code turn late in a session: ~360 KB, its system prompt, 18 tools and
    160 earlier messages (file reads as tool results, tool calls), resent whole."""
    code = "def handler(event):\n    return {'status': 200, 'body': event['body']}\n" * 45
    messages: list[dict[str, Any]] = []
    for i in range(turns):
        call = f"toolu_{i:04d}"
        messages.append(
            {
                "role": "assistant",
                "content": [
                    {"type": "text", "text": "Reading the next module to see how it is used. " * 8},
                    {"type": "tool_use", "id": call, "name": "Read",
                     "input": {"file_path": f"/repo/src/service/module_{i}.py"}},
                ],
            }
        )  # fmt: skip
        result = {"type": "tool_result", "tool_use_id": call, "content": code}
        messages.append({"role": "user", "content": [result]})
    messages.insert(0, {"role": "user", "content": "Find why the handler tests fail and fix them."})
    schema = {"type": "object", "properties": {"file_path": {"type": "string"}}}
    return {
        "model": CLAUDE_MODEL,
        "system": [{"type": "text", "text": "You are an interactive coding agent. " * 400}],
        "messages": messages,
        "tools": [
            {
                "name": f"Tool{i}",
                "description": "Works on the user's files. " * 40,
                "input_schema": schema,
            }
            for i in range(tools)
        ],  # fmt: skip
        "max_tokens": 32,
        "stream": True,
    }


AGENT = Workload(
    name="agent",
    api="anthropic",
    path="/v1/messages",
    body=agent_body(),
    expect=b"message_stop",
    first_token=re.compile(rb'"text":\s*"[^"]'),
)
"""`translated` with a Claude Code-sized body: what the gateway's per-request work (body
parse, security scan of every text, estimates, translation) costs at real sizes."""
WORKLOADS: dict[str, Workload] = {w.name: w for w in (PLAIN, STREAMED, TRANSLATED, AGENT)}


def auth_headers(api: Api, key: str) -> dict[str, str]:
    """Headers a client of `api` sends with `key`."""
    if api == "anthropic":
        return {"x-api-key": key, "anthropic-version": "2023-06-01"}
    return {"Authorization": f"Bearer {key}"}
