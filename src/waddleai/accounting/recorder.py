"""Usage records: one row per request, written in batches off the request path.

`UsageRecorder.__call__` is a usage sink: it turns the event into a row (a plain dict,
fitted to its columns) and appends it to an in-memory buffer - no I/O, no await. A
background task flushes the buffer every `interval` (0.5 s) in chunks of `CHUNK` rows,
each in one transaction: Core's `insert(usage_records)`, compiled once and run as the
driver's executemany of the chunk (store/bulk.py), plus one executemany UPSERT of the
chunk's sums per (UTC day, user, key, org, provider, model) into `usage_daily`; no ORM.
A crash therefore loses at most the last half second; `close()` (graceful shutdown,
after the server finished in-flight requests and streams) flushes whatever is left.

One bad request must never stop recording. Rows are fitted to their columns at the door
(store/fit.py: no NUL, no over-long model name, no out-of-range count). If a chunk still
fails while the database answers, its rows are retried one by one; each row the
database refuses is logged and counted (`waddleai_usage_records_dropped_total`, reason
"rejected") and every other row is written. When the database itself is unreachable,
nothing is dropped: the rows stay buffered and the next tick retries (bounded by
`max_buffer`).
"""

from __future__ import annotations

import logging
from collections import defaultdict
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError, DisconnectionError, InterfaceError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout

from waddleai.core.usage import UsageEvent
from waddleai.observability.metrics import USAGE_RECORDS_DROPPED
from waddleai.store.batch import BatchWriter
from waddleai.store.bulk import BulkInsert
from waddleai.store.fit import RowFitter
from waddleai.store.usage_models import UsageDaily, UsageRecord

log = logging.getLogger("waddleai.accounting.recorder")

_SUMMED: tuple[str, ...] = ("requests", "errors", "input_tokens", "output_tokens", "cached_tokens")
_SUMMED += ("waddleai_tokens", "cost_usd")
_KEYS = ("day", "user_id", "key_id", "org_id", "provider", "model")
_UNREACHABLE: tuple[type[BaseException], ...] = (
    OSError,
    TimeoutError,
    PoolTimeout,
    DisconnectionError,
)
_UNREACHABLE += (OperationalError, InterfaceError)
fit_record = RowFitter(UsageRecord.__table__)  # type: ignore[arg-type]
_RECORD_COLUMNS = tuple(c.name for c in UsageRecord.__table__.columns if c.name != "id")
CHUNK = 500  # rows per transaction: bounded statements, and a refused chunk is small


def event_row(event: UsageEvent, at: datetime) -> dict[str, Any]:
    """The event as a `usage_records` row that fits its columns (see module docstring)."""
    principal = event.principal
    return fit_record(
        {
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
    )


def daily_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows summed per aggregate key (0 / '' stand for no user / org / key)."""
    sums: dict[tuple[Any, ...], dict[str, Any]] = defaultdict(dict)
    for row in rows:
        day: date = row["at"].astimezone(UTC).date()
        key: tuple[Any, ...] = (day, row["user_id"] or 0, row["key_id"] or "")
        key += (row["org_id"] or 0, row["provider"], row["model"])
        acc = sums[key]
        if not acc:
            acc.update(zip(_KEYS, key, strict=True))
            acc.update(dict.fromkeys(_SUMMED, 0))
        acc["requests"] += 1
        acc["errors"] += 1 if row["status"] >= 400 else 0
        for name in _SUMMED[2:]:
            acc[name] += row[name]
    return list(sums.values())


def upsert_daily(dialect: str) -> Any:
    """INSERT ... ON CONFLICT (pk) DO UPDATE SET col = col + excluded.col (both databases),
    built once per recorder and executed with a list of rows (executemany)."""
    # The dialect's module is imported for the database in use only (PostgreSQL's costs
    # ~2 MB of a proxy on SQLite).
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    table = UsageDaily.__table__
    stmt = insert(table)
    return stmt.on_conflict_do_update(
        index_elements=[c.name for c in table.primary_key],
        set_={name: table.c[name] + stmt.excluded[name] for name in _SUMMED},
    )


class UsageRecorder(BatchWriter):
    """Usage sink with a background batch writer (see module docstring)."""

    what = "usage records"

    def __init__(
        self, store: Any, interval: float = 0.5, max_buffer: int = 200_000, chunk: int = CHUNK
    ) -> None:
        super().__init__(interval, max_buffer)
        self.store = store
        self.chunk = chunk
        self._upsert = upsert_daily(store.dialect)
        self._insert: BulkInsert | None = None  # compiled for the engine on first use

    def __call__(self, event: UsageEvent) -> None:
        if event.principal is None and not event.provider:
            return  # refused before any upstream work: nothing was consumed
        self.append(event_row(event, datetime.now(UTC)))

    def dropped(self, count: int, reason: str) -> None:
        USAGE_RECORDS_DROPPED.labels(reason).inc(count)
        super().dropped(count, reason)

    async def flush(self) -> int:
        """Write everything buffered now, chunk by chunk; returns the rows written."""
        async with self._lock:
            rows, self._buffer = self._buffer, []
            done = written = 0  # rows handled (written or dropped), rows written
            try:
                while done < len(rows):
                    chunk = rows[done : done + self.chunk]
                    try:
                        await self._write(chunk)
                    except Exception as exc:
                        if await self._unreachable(exc):
                            log.warning("usage flush failed (%s); %d kept", exc, len(rows) - done)
                            break
                        handled, ok = await self._one_by_one(chunk)
                        done, written = done + handled, written + ok
                        if handled < len(chunk):
                            break  # the database went away meanwhile
                        continue
                    done, written = done + len(chunk), written + len(chunk)
            finally:  # whatever was not handled stays buffered, in order
                self._buffer[:0] = rows[done:]
                self.written += written
            return written

    async def _one_by_one(self, chunk: list[dict[str, Any]]) -> tuple[int, int]:
        """A refused chunk, row by row: the rows the database refuses are dropped and
        counted, the rest written. Returns (rows handled, rows written); it stops early,
        keeping the rest, if the database becomes unreachable."""
        written = 0
        for handled, row in enumerate(chunk):
            try:
                await self._write([row])
                written += 1
            except Exception as exc:
                if await self._unreachable(exc):
                    log.warning("usage flush failed (%s); records kept for retry", exc)
                    return handled, written
                USAGE_RECORDS_DROPPED.labels("rejected").inc()
                log.error("usage record refused by the database, dropped: %r (%s)", row, exc)
        return len(chunk), written

    async def _write(self, rows: list[dict[str, Any]]) -> None:
        """One transaction: the records and their daily sums (Core executemany)."""
        engine = self.store.engine
        if self._insert is None:
            table = UsageRecord.__table__
            self._insert = BulkInsert(table, engine.dialect, _RECORD_COLUMNS)  # type: ignore[arg-type]
        async with engine.begin() as conn:
            await self._insert.execute(conn, rows)
            await conn.execute(self._upsert, daily_rows(rows))

    async def _unreachable(self, exc: Exception) -> bool:
        """Is the database down (keep the rows) rather than refusing these rows?"""
        if isinstance(exc, _UNREACHABLE) or getattr(exc, "connection_invalidated", False):
            return True
        if not isinstance(exc, DBAPIError | ValueError | TypeError | ArithmeticError):
            return True  # unknown: never drop records on a guess
        try:  # the database answers a trivial query: it is the rows it refused
            async with self.store.session() as session:
                await session.execute(text("SELECT 1"))
        except Exception:
            return True
        return False
