"""`waddleai_tokens` in what the client receives, without touching anything else.

Non-streamed answers get `usage.waddleai_tokens` (both APIs) and the `X-WaddleAI-Tokens`
header. Streams cannot add a header after the first byte, so the count rides in the
event that already carries usage: OpenAI's final usage chunk (`choices: []`, only sent
when the client asked with `stream_options.include_usage`) and Anthropic's
`message_delta.usage`. Only that one event is re-serialized; every other event passes
through byte for byte.
"""

from __future__ import annotations

from typing import Any

import orjson

from waddleai.core.usage import UsageEvent

HEADER = "X-WaddleAI-Tokens"


def stamp_body(data: dict[str, Any], dialect: str, event: UsageEvent) -> None:
    """Add `waddleai_tokens` to a non-streamed body's usage.

    When the upstream reported no usage, the body's usage is the gateway's own count
    (created, or overwritten where the translation put zeros).
    """
    tokens = int(event.extra.get("waddleai_tokens") or 0)  # type: ignore[call-overload]
    usage = data.get("usage")
    if not isinstance(usage, dict) or event.usage_estimated:
        usage = usage if isinstance(usage, dict) else {}
        usage.update(client_usage(dialect, event))
        data["usage"] = usage
    usage["waddleai_tokens"] = tokens


def client_usage(dialect: str, event: UsageEvent) -> dict[str, int]:
    """The event's counts in the client's own usage fields."""
    if dialect == "anthropic":
        fresh = event.input_tokens - event.cached_tokens - event.cache_write_tokens
        return {"input_tokens": max(fresh, 0), "output_tokens": event.output_tokens}
    return {
        "prompt_tokens": event.input_tokens,
        "completion_tokens": event.output_tokens,
        "total_tokens": event.input_tokens + event.output_tokens,
    }


def stamp_event_data(data: bytes, tokens: int) -> bytes:
    """One SSE event's JSON data with `usage.waddleai_tokens` set (unchanged if no usage)."""
    try:
        parsed = orjson.loads(data)
    except orjson.JSONDecodeError:
        return data
    if not isinstance(parsed, dict) or not isinstance(parsed.get("usage"), dict):
        return data
    parsed["usage"]["waddleai_tokens"] = tokens
    return orjson.dumps(parsed)
