"""Stream relays: upstream SSE bytes in, client SSE bytes out, usage read on the way.

Four shapes, one per (client API, upstream API) pair. Same-API relays never re-serialize
an event's data; cross-API relays hand parsed chunks to the pure translators.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import orjson

from waddleai.accounting.meter import Meter
from waddleai.core.usage import UsageEvent
from waddleai.pipeline.usage_fields import stamp_event_data
from waddleai.providers.errors import UpstreamError
from waddleai.translate import (
    AnthropicToOpenAIStream,
    OpenAIToAnthropicStream,
    SSEDecoder,
    SSEEventTooLarge,
    anthropic_stream_error_event,
    openai_error_body,
)
from waddleai.translate.tool_index import ToolCallIndexer

_DONE = b"[DONE]"
_CUT = "The upstream stream ended before the answer was complete"
EventFn = Callable[[str | None, bytes], bytes | None]
Counter = Callable[[str], Awaitable[tuple[int, int]]]
"""Exact (input, output) tokens of the prompt sent upstream and the given output text:
what a translated stream reports when the upstream sent no usage."""


async def _relay(
    upstream: Any,
    event: UsageEvent,
    started: float,
    on_event: EventFn,
    on_error: Callable[[str], bytes],
    finish: Callable[[], Awaitable[bytes]] | None = None,
) -> AsyncIterator[bytes]:
    """The one relay loop: decode SSE, map each event, flush per upstream chunk.

    `on_event` turns an upstream event into client bytes (None drops it); an upstream
    failure after the stream started becomes `on_error`'s in-band error; `finish` adds
    the tail once the upstream ended cleanly.
    """
    decoder = SSEDecoder()
    try:
        async for chunk in upstream:
            out = [b for name, data in decoder.feed(chunk) if (b := on_event(name, data))]
            if out:
                if event.ttft_ms is None:
                    event.ttft_ms = (time.perf_counter() - started) * 1000
                yield b"".join(out)
    except (UpstreamError, SSEEventTooLarge) as exc:
        message = exc.message if isinstance(exc, UpstreamError) else str(exc)
        event.status, event.error = 502, message
        yield on_error(message)
        return
    if finish is not None:
        yield await finish()


def _charged(meter: Meter | None, event: UsageEvent) -> dict[str, int] | None:
    """`waddleai_tokens` for a translator's final usage (None: nothing is charged)."""
    return None if meter is None else {"waddleai_tokens": meter.charge(event).waddleai_tokens}


def _openai_error_chunk(message: str) -> bytes:
    return b"data: " + orjson.dumps(openai_error_body(message, 502)) + b"\n\n"


def relay_openai(
    upstream: Any,
    event: UsageEvent,
    started: float,
    client_wants_usage: bool,
    meter: Meter | None = None,
) -> AsyncIterator[bytes]:
    """OpenAI upstream to OpenAI client: forward events, read usage, hide it if unasked.

    Events pass byte for byte, except tool-call chunks of upstreams that reuse one index
    for several calls (Kimi-style), re-indexed so SDKs do not merge the calls.
    """
    indexer = ToolCallIndexer()

    def on_event(name: str | None, data: bytes) -> bytes | None:
        if data.strip() == _DONE or b'"finish_reason":"' in data or b'"finish_reason": "' in data:
            event.extra["stream_complete"] = True
        if b'"tool_calls"' in data:
            parsed = _loads(data)
            if isinstance(parsed, dict) and indexer.fix(parsed):
                data = orjson.dumps(parsed)
        if b'"content":"' in data or b'"arguments":"' in data:
            # about one token per delta: the output estimate if no usage chunk comes
            event.extra["output_chunks"] = int(event.extra.get("output_chunks") or 0) + 1  # type: ignore[call-overload]
        if b'"usage":{' in data or b'"usage": {' in data:
            parsed = _loads(data)
            if isinstance(parsed, dict) and isinstance(parsed.get("usage"), dict):
                event.read_openai_usage(parsed["usage"])
                if not client_wants_usage and not parsed.get("choices"):
                    return None
                if meter is not None:  # the usage chunk carries waddleai_tokens
                    parsed["usage"]["waddleai_tokens"] = meter.charge(event).waddleai_tokens
                    data = orjson.dumps(parsed)
        return b"data: " + data + b"\n\n"

    async def finish() -> bytes:
        if event.extra.get("stream_complete") or event.status != 200:
            return b""
        event.status, event.error = 502, "upstream stream ended without finish_reason or [DONE]"
        return _openai_error_chunk(_CUT)

    return _relay(upstream, event, started, on_event, _openai_error_chunk, finish)


def relay_anthropic(
    upstream: Any, event: UsageEvent, started: float, meter: Meter | None = None
) -> AsyncIterator[bytes]:
    """Anthropic upstream to Anthropic client: events relayed as soon as each completes.

    Event data is forwarded byte for byte, `message_start` included: its `model` is the
    (dated) model that actually answered, which is what the client should see. Usage is
    read from message_start and message_delta. A stream that ends without
    `message_stop` was cut: it ends with an `error` event and is accounted as a 502.
    """

    def on_event(name: str | None, data: bytes) -> bytes | None:
        if name == "message_start":
            parsed = _loads(data)
            if isinstance(parsed, dict) and isinstance(parsed.get("message"), dict):
                event.read_anthropic_usage(parsed["message"].get("usage"))
        elif name == "message_delta":
            parsed = _loads(data)
            if isinstance(parsed, dict):
                event.read_anthropic_usage(parsed.get("usage"))
            if meter is not None:
                data = stamp_event_data(data, meter.charge(event).waddleai_tokens)
        elif name == "message_stop":
            event.extra["message_stop"] = True
        elif name == "error":  # the upstream failed mid-stream: account it so
            event.status, event.error = 502, data.decode("utf-8", "replace")[:300]
        return b"event: " + (name or "").encode() + b"\ndata: " + data + b"\n\n"

    async def finish() -> bytes:
        if event.extra.get("message_stop") or event.status != 200:
            return b""
        event.status, event.error = 502, "upstream stream ended without message_stop"
        return anthropic_stream_error_event(
            "The upstream stream ended before the message was complete", "api_error"
        )

    return _relay(upstream, event, started, on_event, anthropic_stream_error_event, finish)


async def translate_openai_to_anthropic(
    upstream: Any,
    event: UsageEvent,
    started: float,
    translator: OpenAIToAnthropicStream,
    meter: Meter | None = None,
    counter: Counter | None = None,
) -> AsyncIterator[bytes]:
    """OpenAI upstream to Anthropic client (Claude Code on GPT, GLM, Ollama, …).

    An upstream that sends no usage chunk gets the gateway's exact count of the prompt
    it was sent and of the text it streamed (`counter`), in message_delta and the record.
    """

    complete = [False]

    def on_event(name: str | None, data: bytes) -> bytes | None:
        if len(data) < 16 and data.strip() == _DONE:
            complete[0] = True
            return None
        parsed = _loads(data)
        if not isinstance(parsed, dict):
            raise UpstreamError("upstream sent a stream event that is not valid JSON")
        if "error" in parsed and isinstance(parsed["error"], dict):
            raise UpstreamError(str(parsed["error"].get("message") or "upstream error"))
        out = translator.feed(parsed)
        if translator.saw_finish_reason:  # (an Anthropic client's answer has one choice)
            complete[0] = True
        return out

    async def finish() -> bytes:
        if not complete[0]:
            event.status, event.error = 502, "upstream stream ended without finish_reason or [DONE]"
            return translator.error(_CUT)
        if not translator.upstream_reported_usage and counter is not None:
            prompt, output = await counter(translator.text)
            translator.set_input_tokens(prompt)
            translator.set_output_tokens_estimate(output)
        event.read_anthropic_usage(translator.usage)
        if not translator.upstream_reported_usage:
            event.usage_source = "counted" if counter is not None else "estimated"
        return translator.finish(_charged(meter, event))  # in message_delta's usage

    yield translator.start()
    async for piece in _relay(upstream, event, started, on_event, translator.error, finish):
        yield piece


def translate_anthropic_to_openai(
    upstream: Any,
    event: UsageEvent,
    started: float,
    translator: AnthropicToOpenAIStream,
    meter: Meter | None = None,
) -> AsyncIterator[bytes]:
    """Anthropic upstream to OpenAI client."""

    def on_event(name: str | None, data: bytes) -> bytes | None:
        parsed = _loads(data)
        if not isinstance(parsed, dict):
            raise UpstreamError("upstream sent a stream event that is not valid JSON")
        kind = name or parsed.get("type")
        if kind == "message_stop":
            event.extra["message_stop"] = True
        elif kind == "error":
            event.status, event.error = 502, data.decode("utf-8", "replace")[:300]
        return translator.feed(kind, parsed)

    async def finish() -> bytes:
        if event.status != 200:
            return b""
        if not event.extra.get("message_stop"):
            event.status, event.error = 502, "upstream stream ended without message_stop"
            return _openai_error_chunk(_CUT)
        event.read_openai_usage(translator.usage)
        return translator.finish(_charged(meter, event))  # in the usage chunk, if asked for

    return _relay(upstream, event, started, on_event, _openai_error_chunk, finish)


def _loads(data: bytes) -> Any:
    try:
        return orjson.loads(data)
    except orjson.JSONDecodeError:
        return None
