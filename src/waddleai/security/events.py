"""Security events: buffered in memory on the request path, written in batches.

Same pattern as the usage recorder (accounting/recorder.py): `record` appends a row
(no I/O), a background task flushes every `interval` in one executemany INSERT, a failed
flush keeps its rows for the next tick, the buffer is bounded, `close` flushes the rest.
Also the two read queries: the event list (`GET /api/security/threats`) and the summary
(`/analytics/security`), both narrowed to what the caller may see.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, insert, or_, select

from waddleai.store.batch import BatchWriter
from waddleai.store.security_models import SecurityEvent

log = logging.getLogger("waddleai.security.events")
_COLUMNS = ("id", "at", "request_id", "key_id", "user_id", "org_id", "api", "model")
_COLUMNS += ("category", "rule", "channel", "score", "action", "via", "excerpt")


class EventWriter(BatchWriter):
    """Batched writer of `security_events` rows (see module docstring)."""

    what = "security events"

    def __init__(self, store: Any, interval: float = 0.5, max_buffer: int = 50_000) -> None:
        super().__init__(interval, max_buffer)
        self.store = store

    def record(self, row: dict[str, Any]) -> None:
        row.setdefault("at", datetime.now(UTC))
        row["excerpt"] = str(row.get("excerpt", ""))[:200]
        self.append(row)

    async def flush(self) -> int:
        async with self._lock:
            rows, self._buffer = self._buffer, []
            if not rows:
                return 0
            try:
                async with self.store.transaction() as tx:
                    await tx.session.execute(insert(SecurityEvent), rows)
            except BaseException as exc:
                self._buffer[:0] = rows
                if not isinstance(exc, Exception):
                    raise
                log.exception("security event flush of %d rows failed; will retry", len(rows))
                return 0
            self.written += len(rows)
            return len(rows)


@dataclass(frozen=True)
class EventScope:
    """None: everything (admin); otherwise events of these orgs or of this user."""

    org_ids: frozenset[int] | None = None
    user_id: int | None = None

    def clauses(self) -> list[Any]:
        if self.org_ids is None and self.user_id is None:
            return []
        either = []
        if self.org_ids:
            either.append(SecurityEvent.org_id.in_(list(self.org_ids)))
        if self.user_id is not None:
            either.append(SecurityEvent.user_id == self.user_id)
        return [or_(*either)] if either else [SecurityEvent.id < 0]


async def list_events(
    store: Any,
    scope: EventScope,
    limit: int = 100,
    since: datetime | None = None,
    category: str | None = None,
) -> list[dict[str, Any]]:
    """Newest first."""
    query = select(*[getattr(SecurityEvent, c) for c in _COLUMNS]).where(*scope.clauses())
    if since is not None:
        query = query.where(SecurityEvent.at >= since)
    if category:
        query = query.where(SecurityEvent.category == category)
    query = query.order_by(SecurityEvent.at.desc(), SecurityEvent.id.desc()).limit(limit)
    async with store.session() as session:
        rows = (await session.execute(query)).mappings().all()
    return [{**dict(r), "at": _iso(r["at"])} for r in rows]


async def summarize(store: Any, scope: EventScope, since: datetime) -> dict[str, Any]:
    """Counts by category, action and channel, and per UTC day and category."""
    day = func.date(SecurityEvent.at)
    base = [*scope.clauses(), SecurityEvent.at >= since]
    groups = {
        "by_category": (SecurityEvent.category,),
        "by_action": (SecurityEvent.action,),
        "by_channel": (SecurityEvent.channel,),
    }
    body: dict[str, Any] = {"since": since.isoformat()}
    async with store.session() as session:
        total = await session.scalar(select(func.count(SecurityEvent.id)).where(*base))
        body["total_events"] = int(total or 0)
        for name, (col,) in groups.items():
            query = select(col, func.count(SecurityEvent.id)).where(*base).group_by(col)
            body[name] = {k: int(n) for k, n in (await session.execute(query)).all()}
        query = (
            select(day.label("day"), SecurityEvent.category, SecurityEvent.action,
                   func.count(SecurityEvent.id))
            .where(*base)
            .group_by(day, SecurityEvent.category, SecurityEvent.action)
            .order_by(day)
        )  # fmt: skip
        body["daily"] = [
            {"day": str(d), "category": c, "action": a, "events": int(n)}
            for d, c, a, n in (await session.execute(query)).all()
        ]
    return body


def _iso(value: Any) -> Any:
    if isinstance(value, datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value.isoformat()
    return value
