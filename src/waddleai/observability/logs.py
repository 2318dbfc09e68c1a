"""Structured JSON logs: one line per request, never a key, always a request id."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import queue
import sys
import threading
import time
from typing import Any

import orjson

from waddleai.core.redact import scrub_secrets
from waddleai.core.usage import UsageEvent
from waddleai.observability.metrics import LOG_LINES_DROPPED

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


def request_fields(event: UsageEvent, ts: str) -> dict[str, object]:
    """The per-request log line (key id only, never the key), header fields first."""
    principal = event.principal
    extra = event.extra
    return {
        "ts": ts,
        "level": "INFO",
        "logger": "waddleai.requests",
        "msg": "request",
        "request_id": event.request_id,
        "key_id": principal.key_id if principal else None,
        "user_id": principal.user_id if principal else None,
        "api": event.dialect,
        "operation": event.operation,
        "model": event.requested_model,
        "provider": event.provider,
        "upstream_model": event.upstream_model,
        "upstream_key": extra.get("upstream_key"),
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
        "waddleai_tokens": extra.get("waddleai_tokens"),
        "error": event.error,
    }


class RequestLog:
    """Usage sink: the per-request JSON line, written in batches by a writer thread.

    Building a LogRecord, formatting it and writing it per request cost ~50 us on the
    event loop; here a request costs one `orjson.dumps` and a list append (same line
    format as JsonFormatter's, at INFO under LOG_LEVEL). Every `interval` seconds, or as
    soon as `batch_lines` lines wait, the loop hands the batch to a writer thread, which
    writes it to stderr in one call, so a slow reader of stderr never stalls serving.
    Lines waiting or being written are bounded by `max_lines`; past it a line is
    dropped and counted (`waddleai_log_lines_dropped_total`), never waited for.
    `close()` hands over the rest and waits for the writer (graceful shutdown).
    """

    def __init__(
        self,
        out: Any = None,
        interval: float = 0.05,
        max_lines: int = 20_000,
        batch_lines: int = 1_000,
    ) -> None:
        self._out = out
        self.interval = interval
        self.max_lines = max_lines
        self.batch_lines = batch_lines
        self._lines: list[bytes] = []
        self._queued = 0  # lines handed to the writer (changed on the loop only)
        self._done = 0  # lines the writer is finished with (changed by the writer only)
        self._batches: queue.SimpleQueue[list[bytes] | None] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._task: asyncio.Task[None] | None = None
        self._second = -1  # the whole second `_stamp` holds, formatted once per second
        self._stamp = ""

    @property
    def pending(self) -> int:
        """Lines accepted but not yet written."""
        return len(self._lines) + self._queued - self._done

    def __call__(self, event: UsageEvent) -> None:
        if not request_log.isEnabledFor(logging.INFO):
            return
        if self.pending >= self.max_lines:
            LOG_LINES_DROPPED.labels("buffer_full").inc()
            return
        ms = int(time.time() * 1000)
        second = ms // 1000
        if second != self._second:
            self._second = second
            self._stamp = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(second))
        ts = f"{self._stamp}.{ms % 1000:03d}Z"
        self._lines.append(orjson.dumps(request_fields(event, ts), default=str))
        if len(self._lines) >= self.batch_lines:
            self.flush()

    async def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(
                target=self._run, name="waddleai-request-log", daemon=True
            )
            self._thread.start()
        if self._task is None:
            self._task = asyncio.get_running_loop().create_task(self._loop())

    async def _loop(self) -> None:
        while True:
            await asyncio.sleep(self.interval)
            self.flush()

    def flush(self) -> None:
        """Hand what is buffered to the writer (or write it here when none runs)."""
        if not self._lines:
            return
        lines, self._lines = self._lines, []
        self._queued += len(lines)
        if self._thread is None:
            self._write(lines)
        else:
            self._batches.put(lines)

    def _run(self) -> None:
        """The writer thread: one write per batch, until the None sentinel."""
        while (lines := self._batches.get()) is not None:
            self._write(lines)

    def _write(self, lines: list[bytes]) -> None:
        out = self._out or sys.stderr.buffer
        try:
            out.write(b"\n".join(lines) + b"\n")
            out.flush()
        except Exception:  # a closed or broken stderr must neither stop the writer nor serving
            LOG_LINES_DROPPED.labels("write_error").inc(len(lines))
        finally:
            self._done += len(lines)

    async def close(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
        self.flush()
        thread, self._thread = self._thread, None
        if thread is not None:
            self._batches.put(None)
            await asyncio.to_thread(thread.join, 10.0)
