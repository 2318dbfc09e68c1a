"""Offline token counting, exact and rough.

OpenAI-family models are counted exactly with their own BPE tables (o200k_base or
cl100k_base, shipped inside the `bpe-openai` package, so nothing downloads at run time).
Every other model family gets a documented estimate: its text counted with o200k_base and
scaled by a per-family factor measured against published tokenizer ratios (Claude's
tokenizer yields roughly 15% more tokens than o200k on English and code).

The BPE tables cost about 100 MB and a second of CPU to load, so they are loaded only
when an exact count is needed (count_tokens, an upstream that reports no usage) and off
the event loop (`ensure_loaded`). The hot path uses `rough_prompt_tokens`: characters / 4
plus OpenAI's per-message framing - good enough to size a quota reservation or the
`message_start` estimate, both of which are settled with the upstream's real usage.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import orjson

# Per-message framing OpenAI adds around each chat message (role, separators).
MESSAGE_OVERHEAD_TOKENS = 3
REPLY_PRIMER_TOKENS = 3
IMAGE_TOKENS_ESTIMATE = 765  # a 1024x1024 image at "auto" detail in OpenAI's formula
_FAMILY_FACTORS = {"claude": 1.15, "anthropic": 1.15}
_CL100K_PREFIXES = ("gpt-4-", "gpt-4", "gpt-3.5", "text-embedding-3", "text-embedding-ada")
_O200K_PREFIXES = ("gpt-4o", "gpt-4.1", "gpt-4.5", "gpt-5", "o1", "o3", "o4", "chatgpt-4o")


@lru_cache(maxsize=4)
def _encoding(name: str) -> Any:
    # Imported here: loading the BPE tables takes over a second, paid once by warm_up()
    # at server start rather than by every CLI command that imports this module.
    import bpe_openai

    return bpe_openai.get_encoding(name)


def warm_up() -> None:
    """Load both encodings (blocking: call through `ensure_loaded` from async code)."""
    _encoding("o200k_base")
    _encoding("cl100k_base")


_loaded = False


async def ensure_loaded() -> None:
    """Load the tables in a worker thread the first time; instant afterwards."""
    global _loaded
    if not _loaded:
        import asyncio

        await asyncio.to_thread(warm_up)
        _loaded = True


CHARS_PER_TOKEN = 4


def rough_prompt_tokens(body: Any) -> int:
    """A fast estimate of a chat request's prompt tokens, in either API's shape.

    Runs before the body is validated (it sizes the quota reservation), so it accepts any
    JSON: a field of an unexpected type counts by its JSON length instead of raising.
    """
    if not isinstance(body, dict):
        return REPLY_PRIMER_TOKENS
    messages = body.get("messages") or body.get("input") or []
    if isinstance(messages, str):
        return len(messages) // CHARS_PER_TOKEN + REPLY_PRIMER_TOKENS
    chars = _rough_chars(body.get("system"))
    images = 0
    count = 0
    for message in messages if isinstance(messages, list) else ():
        if isinstance(message, dict):
            count += 1
            content = message.get("content")
            if isinstance(content, str):
                chars += len(content)
            elif isinstance(content, list):
                # One pass over the parts (a Claude Code body has ~160 turns, walked
                # here on every request): their text and their images together.
                for part in content:
                    if isinstance(part, dict):
                        kind = part.get("type")
                        text = part.get("text")
                        if isinstance(text, str):
                            chars += len(text)
                        elif kind == "tool_result" or kind == "tool_use":
                            chars += _json_chars(part.get("content") or part.get("input") or "")
                        if kind in _IMAGE_KINDS:
                            images += 1
            calls = message.get("tool_calls")
            if calls:
                chars += _call_chars(calls)
    if body.get("tools"):
        chars += _json_chars(body["tools"])
    framing = REPLY_PRIMER_TOKENS + MESSAGE_OVERHEAD_TOKENS * count
    return chars // CHARS_PER_TOKEN + framing + images * IMAGE_TOKENS_ESTIMATE


def _call_chars(calls: Any) -> int:
    """Characters of OpenAI `tool_calls`: the arguments string, or any other shape whole."""
    if not calls:
        return 0
    if not isinstance(calls, list):
        return _json_chars(calls)
    total = 0
    for call in calls:
        function = call.get("function") if isinstance(call, dict) else None
        arguments = function.get("arguments") if isinstance(function, dict) else None
        total += len(arguments) if isinstance(arguments, str) else _json_chars(call)
    return total


def _json_chars(value: Any) -> int:
    try:
        return len(orjson.dumps(value))
    except (TypeError, orjson.JSONEncodeError):
        return len(str(value))


def _rough_chars(content: Any) -> int:
    if isinstance(content, str):
        return len(content)
    if isinstance(content, list):
        total = 0
        for part in content:
            if isinstance(part, dict):
                text = part.get("text")
                if isinstance(text, str):
                    total += len(text)
                elif part.get("type") in ("tool_result", "tool_use"):
                    total += _json_chars(part.get("content") or part.get("input") or "")
        return total
    return 0


_IMAGE_KINDS = ("image_url", "image", "input_image")  # a tuple: `in` must not hash a type


def encoding_name_for(model: str | None) -> tuple[str, bool]:
    """(encoding, exact): exact is True only for models that really use that encoding."""
    m = (model or "").lower().split(":")[-1]
    if m.startswith(_O200K_PREFIXES):
        return "o200k_base", True
    if m.startswith(_CL100K_PREFIXES):
        return "cl100k_base", True
    return "o200k_base", False


def count_text_tokens(text: str, model: str | None = None) -> int:
    """Tokens of plain text for `model` (exact for OpenAI families, estimated otherwise)."""
    if not text:
        return 0
    name, exact = encoding_name_for(model)
    n = len(_encoding(name).encode(text))
    if exact:
        return n
    factor = next((f for k, f in _FAMILY_FACTORS.items() if k in (model or "").lower()), 1.0)
    return int(round(n * factor))


def count_chat_tokens(
    messages: list[dict[str, Any]], model: str | None = None, tools: Any = None
) -> int:
    """Prompt tokens of an OpenAI-format chat request, following OpenAI's framing rules.

    Fields of an unexpected JSON type are counted as their JSON text, never an error.
    """
    total = REPLY_PRIMER_TOKENS
    for message in messages if isinstance(messages, list) else ():
        if not isinstance(message, dict):
            continue
        total += MESSAGE_OVERHEAD_TOKENS + _content_tokens(message.get("content"), model)
        if message.get("name"):
            total += 1 + count_text_tokens(str(message["name"]), model)
        calls = message.get("tool_calls") or []
        for call in calls if isinstance(calls, list) else [calls]:
            fn = call.get("function") if isinstance(call, dict) else None
            if isinstance(fn, dict):
                text = f"{_text(fn.get('name', ''))}{_text(fn.get('arguments', ''))}"
            else:
                text = _text(call)
            total += count_text_tokens(text, model) + 3
    if tools:
        total += count_text_tokens(orjson.dumps(tools).decode(), model)
    return total


def count_payload_tokens(payload: dict[str, Any], wire_api: str, model: str | None) -> int:
    """Prompt tokens of an upstream payload in its own wire format (system, messages, tools).

    OpenAI payloads carry the system prompt among their messages; Anthropic payloads
    carry it beside them, and their tools' schemas under `input_schema`.
    """
    messages = payload.get("messages")
    messages = [m for m in messages if isinstance(m, dict)] if isinstance(messages, list) else []
    total = count_chat_tokens(messages, model, payload.get("tools"))
    if wire_api == "anthropic":
        system = payload.get("system")
        if system:
            total += MESSAGE_OVERHEAD_TOKENS + _content_tokens(system, model)
    return total


def _text(value: Any) -> str:
    """A field as text: strings as they are, anything else as its JSON."""
    if isinstance(value, str):
        return value
    try:
        return orjson.dumps(value).decode()
    except (TypeError, orjson.JSONEncodeError):
        return str(value)


def _content_tokens(content: Any, model: str | None) -> int:
    if isinstance(content, str):
        return count_text_tokens(content, model)
    if not isinstance(content, list):
        return 0
    total = 0
    for part in content:
        if not isinstance(part, dict):
            continue
        kind = part.get("type")
        if kind in ("text", "input_text"):
            total += count_text_tokens(_text(part.get("text", "")), model)
        elif kind in ("image_url", "image", "input_image"):
            total += IMAGE_TOKENS_ESTIMATE
        elif kind == "tool_result":
            total += _content_tokens(part.get("content"), model)
        elif kind in ("document", "file", "input_file"):
            total += _document_tokens(part, model)
        elif kind == "tool_use":
            total += count_text_tokens(_text(part.get("name", "")), model)
            total += count_text_tokens(_text(part.get("input", {})), model)
    return total


PDF_PAGE_TOKENS = 1500  # a page of text and layout, as Anthropic's PDF support reports
PDF_BYTES_PER_PAGE = 60_000  # a typical text PDF page; documented estimate, not exact


def _document_tokens(part: dict[str, Any], model: str | None) -> int:
    """A document block (Anthropic) or file part (OpenAI): its text exactly, a PDF roughly."""
    source = part.get("source") if part.get("type") == "document" else None
    if isinstance(source, dict) and source.get("type") == "text":
        return count_text_tokens(str(source.get("data") or ""), model)
    if isinstance(source, dict) and source.get("type") == "content":
        return _content_tokens(source.get("content"), model)
    data = ""
    if isinstance(source, dict):
        data = str(source.get("data") or "")
    else:
        file = part.get("file") if isinstance(part.get("file"), dict) else part
        data = str(file.get("file_data") or "")
    pages = max(1, (len(data) * 3 // 4) // PDF_BYTES_PER_PAGE)
    return pages * PDF_PAGE_TOKENS
