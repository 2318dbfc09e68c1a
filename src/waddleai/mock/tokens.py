"""Token counting and prompt-text extraction for the mock's usage figures.

Usage numbers come from a real tokenizer (``o200k_base``) so that accounting
and budget code in the gateway is exercised with plausible, reproducible
values. The prompt count is the sum of the token counts of the text pieces
of the request (system prompt, message texts, tool-call arguments, tool
results); it deliberately ignores per-message framing overhead so tests can
compute the expected number with :func:`count_tokens` alone.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import bpe_openai
import orjson

# Loaded once at import: building the rank tables takes ~0.1 s, far too slow
# to repeat per request.
_ENCODING = bpe_openai.get_encoding("o200k_base")


@lru_cache(maxsize=8192)
def count_tokens(text: str) -> int:
    """Number of ``o200k_base`` tokens in ``text``.

    Cached because benchmarks and tests send the same prompts over and over;
    a hit costs a dictionary lookup instead of a BPE pass.
    """
    if not text:
        return 0
    return len(_ENCODING.encode_ordinary(text))


def truncate_tokens(text: str, limit: int) -> str:
    """The first ``limit`` tokens of ``text`` (used to honour ``max_tokens``)."""
    if limit <= 0:
        return ""
    return _ENCODING.decode(_ENCODING.encode_ordinary(text)[:limit])


def _parts_text(content: Any) -> list[str]:
    """Texts of a content value: a string or a list of typed parts/blocks."""
    if isinstance(content, str):
        return [content]
    if not isinstance(content, list):
        return []
    out: list[str] = []
    for part in content:
        if isinstance(part, str):
            out.append(part)
            continue
        if not isinstance(part, dict):
            continue
        kind = part.get("type")
        if kind in ("text", "input_text", "output_text"):
            out.append(str(part.get("text") or ""))
        elif kind == "thinking":
            out.append(str(part.get("thinking") or ""))
        elif kind == "tool_use":
            out.append(orjson.dumps(part.get("input") or {}).decode())
        elif kind == "tool_result":
            out.extend(_parts_text(part.get("content")))
    return out


def openai_prompt_texts(body: dict[str, Any]) -> list[str]:
    """Text pieces of an OpenAI chat request (``messages``)."""
    out: list[str] = []
    for msg in body.get("messages") or ():
        if not isinstance(msg, dict):
            continue
        out.extend(_parts_text(msg.get("content")))
        for call in msg.get("tool_calls") or ():
            if isinstance(call, dict):
                fn = call.get("function") or {}
                out.append(str(fn.get("name") or ""))
                out.append(str(fn.get("arguments") or ""))
    return out


def anthropic_prompt_texts(body: dict[str, Any]) -> list[str]:
    """Text pieces of an Anthropic Messages request (``system`` + ``messages``)."""
    out = _parts_text(body.get("system"))
    for msg in body.get("messages") or ():
        if isinstance(msg, dict):
            out.extend(_parts_text(msg.get("content")))
    return out


def prompt_tokens(texts: list[str]) -> int:
    """Sum of the token counts of ``texts`` (each piece counted on its own)."""
    return sum(count_tokens(t) for t in texts)


def conversation(body: dict[str, Any]) -> list[Any]:
    """The messages of a chat request, or the input items of a Responses request."""
    if "messages" in body or "input" not in body:
        return body.get("messages") or []
    raw = body["input"]
    if isinstance(raw, str):
        return [{"role": "user", "content": raw}]
    return raw if isinstance(raw, list) else []


def last_user_text(body: dict[str, Any]) -> str:
    """Text of the last user message (any API), for scripted ``match``."""
    for msg in reversed(conversation(body)):
        if isinstance(msg, dict) and msg.get("role") == "user":
            return "\n".join(_parts_text(msg.get("content")))
    return ""


def last_message_is_user(body: dict[str, Any]) -> bool:
    """Whether the conversation ends on a user turn (not a tool result)."""
    messages = conversation(body)
    if not messages or not isinstance(messages[-1], dict):
        return False
    last = messages[-1]
    if last.get("role") != "user":
        return False
    content = last.get("content")
    if isinstance(content, list):
        return not any(isinstance(p, dict) and p.get("type") == "tool_result" for p in content)
    return True
