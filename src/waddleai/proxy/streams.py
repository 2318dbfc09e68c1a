"""Stream relays: upstream SSE bytes in, client SSE bytes out, usage read on the way.

Four shapes, one per (client API, upstream API) pair. Same-API relays never re-serialize
an event's data; cross-API relays hand parsed chunks to the pure translators.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from typing import Any

import orjson

from waddleai.accounting.meter import Meter
from waddleai.providers.errors import UpstreamError
from waddleai.proxy.usage import UsageEvent
from waddleai.proxy.usage_fields import stamp_event_data, stamp_sse
from waddleai.translate import (
    AnthropicToOpenAIStream,
    OpenAIToAnthropicStream,
    SSEDecoder,
    anthropic_stream_error_event,
    openai_error_body,
)

_DONE = b"[DONE]"


def _mark_first_byte(event: UsageEvent, started: float) -> None:
    if event.ttft_ms is None:
        event.ttft_ms = (time.perf_counter() - started) * 1000


def _read_openai_usage(event: UsageEvent, usage: dict[str, Any]) -> None:
    event.input_tokens = int(usage.get("prompt_tokens") or 0)
    event.output_tokens = int(usage.get("completion_tokens") or 0)
    details = usage.get("prompt_tokens_details") or {}
    event.cached_tokens = int(details.get("cached_tokens") or 0)
    event.usage_estimated = False


async def relay_openai(
    upstream: Any,
    event: UsageEvent,
    started: float,
    client_wants_usage: bool,
    meter: Meter | None = None,
) -> AsyncIterator[bytes]:
    """OpenAI upstream to OpenAI client: forward events, read usage, hide it if unasked."""
    decoder = SSEDecoder()
    try:
        async for chunk in upstream:
            out = []
            for _name, data in decoder.feed(chunk):
                if b'"usage":{' in data or b'"usage": {' in data:
                    parsed = _loads(data)
                    if isinstance(parsed, dict) and isinstance(parsed.get("usage"), dict):
                        _read_openai_usage(event, parsed["usage"])
                        if not client_wants_usage and not parsed.get("choices"):
                            continue
                        if meter is not None:  # the usage chunk carries waddleai_tokens
                            parsed["usage"]["waddleai_tokens"] = meter.charge(event).waddleai_tokens
                            data = orjson.dumps(parsed)
                out.append(b"data: " + data + b"\n\n")
            if out:
                _mark_first_byte(event, started)
                yield b"".join(out)
    except UpstreamError as exc:
        event.status, event.error = 502, exc.message
        yield b"data: " + orjson.dumps(openai_error_body(exc.message, 502)) + b"\n\n"


async def relay_anthropic(
    upstream: Any, event: UsageEvent, started: float, client_model: str, meter: Meter | None = None
) -> AsyncIterator[bytes]:
    """Anthropic upstream to Anthropic client: events relayed as soon as each completes.

    Event data is forwarded byte for byte, except `message_start`, rewritten only to name
    the model the client asked for. Usage is read from message_start and message_delta.
    """
    decoder = SSEDecoder()
    try:
        async for chunk in upstream:
            out = []
            for name, data in decoder.feed(chunk):
                if name == "message_start":
                    data = _with_model(data, client_model)
                if name in ("message_start", "message_delta"):
                    _scan_anthropic_usage(name, data, event)
                if name == "message_delta" and meter is not None:
                    data = stamp_event_data(data, meter.charge(event).waddleai_tokens)
                elif name == "error":  # the upstream failed mid-stream: account it so
                    event.status, event.error = 502, data.decode("utf-8", "replace")[:300]
                out.append(b"event: " + (name or "").encode() + b"\ndata: " + data + b"\n\n")
            if out:
                _mark_first_byte(event, started)
                yield b"".join(out)
    except UpstreamError as exc:
        event.status, event.error = 502, exc.message
        yield anthropic_stream_error_event(exc.message)


def _with_model(data: bytes, model: str) -> bytes:
    parsed = _loads(data)
    if isinstance(parsed, dict) and isinstance(parsed.get("message"), dict):
        parsed["message"]["model"] = model
        return orjson.dumps(parsed)
    return data


def _scan_anthropic_usage(name: str, data: bytes, event: UsageEvent) -> None:
    parsed = _loads(data) or {}
    if name == "message_start":
        usage = (parsed.get("message") or {}).get("usage") or {}
        event.cached_tokens = int(usage.get("cache_read_input_tokens") or 0)
        event.input_tokens = (
            int(usage.get("input_tokens") or 0)
            + int(usage.get("cache_creation_input_tokens") or 0)
            + event.cached_tokens
        )
        event.output_tokens = int(usage.get("output_tokens") or 0)
        event.usage_estimated = False
    else:
        usage = parsed.get("usage") or {}
        if usage.get("output_tokens") is not None:
            event.output_tokens = int(usage["output_tokens"])


async def translate_openai_to_anthropic(
    upstream: Any,
    event: UsageEvent,
    started: float,
    translator: OpenAIToAnthropicStream,
    meter: Meter | None = None,
) -> AsyncIterator[bytes]:
    """OpenAI upstream to Anthropic client (Claude Code on GPT, GLM, Ollama, …)."""
    decoder = SSEDecoder()
    yield translator.start()
    try:
        async for chunk in upstream:
            out = []
            for _name, data in decoder.feed(chunk):
                if data.strip() == _DONE:
                    continue
                parsed = _loads(data)
                if not isinstance(parsed, dict):
                    raise UpstreamError("upstream sent a stream event that is not valid JSON")
                if isinstance(parsed.get("error"), dict):
                    raise UpstreamError(str(parsed["error"].get("message") or "upstream error"))
                out.append(translator.feed(parsed))
            if out:
                _mark_first_byte(event, started)
                yield b"".join(out)
    except UpstreamError as exc:
        event.status, event.error = 502, exc.message
        yield translator.error(exc.message)
        return
    usage = translator.usage
    event.input_tokens = int(usage.get("input_tokens", 0)) + int(
        usage.get("cache_read_input_tokens", 0)
    )
    event.cached_tokens = int(usage.get("cache_read_input_tokens", 0))
    event.output_tokens = int(usage.get("output_tokens", 0))
    tail = translator.finish()  # its message_delta carries usage: add waddleai_tokens
    yield stamp_sse(tail, meter.charge(event).waddleai_tokens) if meter else tail


async def translate_anthropic_to_openai(
    upstream: Any,
    event: UsageEvent,
    started: float,
    translator: AnthropicToOpenAIStream,
    meter: Meter | None = None,
) -> AsyncIterator[bytes]:
    """Anthropic upstream to OpenAI client."""
    decoder = SSEDecoder()
    try:
        async for chunk in upstream:
            out = []
            for name, data in decoder.feed(chunk):
                parsed = _loads(data)
                if not isinstance(parsed, dict):
                    raise UpstreamError("upstream sent a stream event that is not valid JSON")
                out.append(translator.feed(name or parsed.get("type"), parsed))
            if out:
                _mark_first_byte(event, started)
                yield b"".join(out)
    except UpstreamError as exc:
        event.status, event.error = 502, exc.message
        yield b"data: " + orjson.dumps(openai_error_body(exc.message, 502)) + b"\n\n"
        return
    usage = translator.usage
    event.input_tokens = int(usage.get("prompt_tokens", 0))
    event.output_tokens = int(usage.get("completion_tokens", 0))
    event.cached_tokens = int(usage.get("cached_tokens", 0))
    tail = translator.finish()  # its usage chunk (if asked for) carries waddleai_tokens
    yield stamp_sse(tail, meter.charge(event).waddleai_tokens) if meter else tail


def _loads(data: bytes) -> Any:
    try:
        return orjson.loads(data)
    except orjson.JSONDecodeError:
        return None
