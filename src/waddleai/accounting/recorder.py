"""Usage records: one row per request, written in batches off the request path.

`UsageRecorder.__call__` is a usage sink: it turns the event into a row and appends it to
an in-memory buffer - no I/O, no await. A background task flushes the buffer every
`interval` (0.5 s) in ONE transaction: a single executemany INSERT into `usage_records`
plus one UPSERT per (UTC day, user, key, org, provider, model) into `usage_daily`.
A crash therefore loses at most the last half second; `close()` (graceful shutdown, after
the server finished in-flight requests and streams) flushes whatever is left. A failed
flush keeps its rows and retries on the next tick (bounded by `max_buffer`).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import defaultdict
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import insert
from sqlalchemy.dialects import postgresql, sqlite

from waddleai.core.usage import UsageEvent
from waddleai.store.usage_models import UsageDaily, UsageRecord

log = logging.getLogger("waddleai.accounting.recorder")

_SUMMED = ("requests", "errors", "input_tokens", "output_tokens", "cached_tokens")
_SUMMED += ("waddleai_tokens", "cost_usd")
_KEYS = ("day", "user_id", "key_id", "org_id", "provider", "model")


def event_row(event: UsageEvent, at: datetime) -> dict[str, Any]:
    principal = event.principal
    return {
        "request_id": event.request_id,
        "at": at,
        "key_id": principal.key_id if principal else None,
        "user_id": principal.user_id if principal else None,
        "org_id": principal.org_id if principal else None,
        "api": event.dialect,
        "provider": event.provider or "",
        "model": event.upstream_model or event.requested_model,
        "requested_model": event.requested_model,
        "input_tokens": event.input_tokens,
        "output_tokens": event.output_tokens,
        "cached_tokens": event.cached_tokens,
        "waddleai_tokens": int(event.extra.get("waddleai_tokens") or 0),  # type: ignore[call-overload]
        "cost_usd": float(event.extra.get("cost_usd") or 0.0),  # type: ignore[arg-type]
        "latency_ms": round(event.latency_ms, 3),
        "status": event.status,
        "stream": event.stream,
        "estimated": event.usage_estimated,
        "usage_source": event.usage_source,
        "operation": event.operation,
        "attempts": event.attempts,
        "cache_write_tokens": event.cache_write_tokens,
        "cache_hit": event.cache_hit,
    }


def daily_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows summed per aggregate key (0 / '' stand for no user / org / key)."""
    sums: dict[tuple[Any, ...], dict[str, Any]] = defaultdict(dict)
    for row in rows:
        day: date = row["at"].astimezone(UTC).date()
        key = (day, row["user_id"] or 0, row["key_id"] or "", row["org_id"] or 0)
        key += (row["provider"], row["model"])
        acc = sums[key]
        if not acc:
            acc.update(zip(_KEYS, key, strict=True))
            acc.update(dict.fromkeys(_SUMMED, 0))
        acc["requests"] += 1
        acc["errors"] += 1 if row["status"] >= 400 else 0
        for name in _SUMMED[2:]:
            acc[name] += row[name]
    return list(sums.values())


def upsert_daily(dialect: str, rows: list[dict[str, Any]]) -> Any:
    """INSERT ... ON CONFLICT (pk) DO UPDATE SET col = col + excluded.col (both databases)."""
    module = postgresql if dialect == "postgresql" else sqlite
    stmt = module.insert(UsageDaily).values(rows)
    table = UsageDaily.__table__
    return stmt.on_conflict_do_update(
        index_elements=[c.name for c in table.primary_key.columns],
        set_={name: table.c[name] + stmt.excluded[name] for name in _SUMMED},
    )


class UsageRecorder:
    """Usage sink with a background batch writer (see module docstring)."""

    def __init__(self, store: Any, interval: float = 0.5, max_buffer: int = 200_000) -> None:
        self.store = store
        self.interval = interval
        self.max_buffer = max_buffer
        self._buffer: list[dict[str, Any]] = []
        self._task: asyncio.Task[None] | None = None
        self._lock = asyncio.Lock()
        self.written = 0  # rows committed, for tests and metrics

    def __call__(self, event: UsageEvent) -> None:
        if event.principal is None and not event.provider:
            return  # refused before any upstream work: nothing was consumed
        self._buffer.append(event_row(event, datetime.now(UTC)))
        if len(self._buffer) > self.max_buffer:
            dropped = len(self._buffer) - self.max_buffer
            del self._buffer[:dropped]
            log.error("usage buffer full (database down?): dropped %d oldest records", dropped)

    async def start(self) -> None:
        if self._task is None:
            self._task = asyncio.create_task(self._loop(), name="waddleai-usage-recorder")

    async def _loop(self) -> None:
        while True:
            await asyncio.sleep(self.interval)
            await self.flush()

    async def flush(self) -> int:
        """Write everything buffered now; returns the number of rows written."""
        async with self._lock:
            rows, self._buffer = self._buffer, []
            if not rows:
                return 0
            try:
                async with self.store.transaction() as tx:
                    await tx.session.execute(insert(UsageRecord), rows)
                    daily = daily_rows(rows)
                    for start in range(0, len(daily), 500):  # SQLite: <= 32766 parameters
                        batch = daily[start : start + 500]
                        await tx.session.execute(upsert_daily(self.store.dialect, batch))
            except BaseException as exc:
                self._buffer[:0] = rows  # nothing was committed: keep them for the next try
                if not isinstance(exc, Exception):
                    raise
                log.exception("usage flush of %d records failed; will retry", len(rows))
                return 0
            self.written += len(rows)
            return len(rows)

    async def close(self) -> None:
        """Stop the timer and flush the rest (graceful shutdown)."""
        if self._task is not None:
            async with self._lock:  # never cancel a flush halfway through its commit
                self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
        for _attempt in range(3):
            await self.flush()
            if not self._buffer:
                return
            await asyncio.sleep(0.2)
        log.error("usage records lost at shutdown: %d", len(self._buffer))
