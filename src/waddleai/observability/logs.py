"""Structured JSON logs: one line per request, never a key, always a request id."""

from __future__ import annotations

import logging
import sys
import time

import orjson

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
        return orjson.dumps(entry, default=str).decode()


def configure_logging(level: str) -> None:
    """JSON lines on stderr for every waddleai logger, at LOG_LEVEL."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger("waddleai")
    root.handlers[:] = [handler]
    root.setLevel(level)
    root.propagate = False


def log_usage(event: UsageEvent) -> None:
    """Usage sink: the per-request log line (key id only, never the key)."""
    if not request_log.isEnabledFor(logging.INFO):
        return
    principal = event.principal
    request_log.info(
        "request",
        extra={
            "fields": {
                "request_id": event.request_id,
                "key_id": principal.key_id if principal else None,
                "user_id": principal.user_id if principal else None,
                "api": event.dialect,
                "model": event.requested_model,
                "provider": event.provider,
                "upstream_model": event.upstream_model,
                "upstream_key": event.extra.get("upstream_key"),
                "attempts": event.attempts,
                "status": event.status,
                "stream": event.stream,
                "latency_ms": round(event.latency_ms, 2),
                "upstream_ms": round(event.upstream_ms, 2),
                "ttft_ms": None if event.ttft_ms is None else round(event.ttft_ms, 2),
                "input_tokens": event.input_tokens,
                "output_tokens": event.output_tokens,
                "cached_tokens": event.cached_tokens,
                "waddleai_tokens": event.extra.get("waddleai_tokens"),
                "error": event.error,
            }
        },
    )
