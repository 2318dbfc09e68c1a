"""Structured JSON logs: one line per request, never a key, always a request id."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sys
import time
from typing import Any

import orjson

from waddleai.core.redact import scrub_secrets
from waddleai.core.usage import UsageEvent

request_log = logging.getLogger("waddleai.requests")


class JsonFormatter(logging.Formatter):
    """Emit each record as one JSON object; `extra={"fields": {...}}` adds fields."""

    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "ts": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created))
            + f".{int(record.msecs):03d}Z",
            "level": record.levelname,
            "logger": record.name,
            "msg": record.getMessage(),
        }
        fields = getattr(record, "fields", None)
        if isinstance(fields, dict):
            entry.update(fields)
        if record.exc_info:
            entry["exc"] = self.formatException(record.exc_info)
        line = orjson.dumps(entry, default=str).decode()
        # Warnings and errors may quote an upstream's words; request lines hold none.
        return scrub_secrets(line) if record.levelno >= logging.WARNING else line


def configure_logging(level: str) -> None:
    """JSON lines on stderr for every waddleai logger, at LOG_LEVEL."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger("waddleai")
    root.handlers[:] = [handler]
    root.setLevel(level)
    root.propagate = False


def request_fields(event: UsageEvent) -> dict[str, object]:
    """What the per-request log line says (key id only, never the key)."""
    principal = event.principal
    return {
        "request_id": event.request_id,
        "key_id": principal.key_id if principal else None,
        "user_id": principal.user_id if principal else None,
        "api": event.dialect,
        "operation": event.operation,
        "model": event.requested_model,
        "provider": event.provider,
        "upstream_model": event.upstream_model,
        "upstream_key": event.extra.get("upstream_key"),
        "status": event.status,
        "stream": event.stream,
        "attempts": event.attempts,
        "cache_hit": event.cache_hit,
        "latency_ms": round(event.latency_ms, 2),
        "upstream_ms": round(event.upstream_ms, 2),
        "ttft_ms": None if event.ttft_ms is None else round(event.ttft_ms, 2),
        "input_tokens": event.input_tokens,
        "output_tokens": event.output_tokens,
        "cached_tokens": event.cached_tokens,
        "usage_source": event.usage_source,
        "waddleai_tokens": event.extra.get("waddleai_tokens"),
        "error": event.error,
    }


class RequestLog:
    """Usage sink: the per-request JSON line, written in batches off the request path.

    Building a LogRecord, formatting it and writing it per request cost ~50 us on the
    event loop; here a request costs one `orjson.dumps` and a list append, and a timer
    writes the lines every `interval` seconds (and at shutdown). Same line format as
    JsonFormatter's; the buffer is bounded (lines past it are counted, not kept).
    """

    def __init__(self, out: Any = None, interval: float = 0.25, max_lines: int = 20_000):
        self._out = out
        self.interval = interval
        self.max_lines = max_lines
        self._lines: list[bytes] = []
        self.dropped = 0
        self._task: asyncio.Task[None] | None = None

    def __call__(self, event: UsageEvent) -> None:
        if not request_log.isEnabledFor(logging.INFO):
            return
        if len(self._lines) >= self.max_lines:
            self.dropped += 1
            return
        now = time.time()
        entry = {
            "ts": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(now))
            + f".{int(now * 1000) % 1000:03d}Z",
            "level": "INFO",
            "logger": request_log.name,
            "msg": "request",
            **request_fields(event),
        }
        self._lines.append(orjson.dumps(entry, default=str))

    async def start(self) -> None:
        if self._task is None:
            self._task = asyncio.get_running_loop().create_task(self._loop())

    async def _loop(self) -> None:
        while True:
            await asyncio.sleep(self.interval)
            self.flush()

    def flush(self) -> None:
        if not self._lines:
            return
        lines, self._lines = self._lines, []
        out = self._out or sys.stderr.buffer
        try:
            out.write(b"\n".join(lines) + b"\n")
            out.flush()
        except (OSError, ValueError):  # a closed stderr must not break serving
            self.dropped += len(lines)

    async def close(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
        self.flush()
