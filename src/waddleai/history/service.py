"""The response history service: awaited insert, LRU, read-through, owner scoping, purge."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from datetime import UTC, datetime, timedelta
from typing import Any

from waddleai.history.lru import RecordCache
from waddleai.history.record import ResponseRecord

log = logging.getLogger("waddleai.history")
PURGE_EVERY_S = 3600.0


class ResponseHistory:
    """Stored responses for one proxy process; ``store`` is None without a database."""

    def __init__(self, store: Any, retention_days: int, cache: RecordCache | None = None):
        self.store = store
        self.retention = timedelta(days=retention_days)
        self.cache = cache if cache is not None else RecordCache()
        self._purger: asyncio.Task[None] | None = None

    @property
    def enabled(self) -> bool:
        return self.retention > timedelta(0)

    def new_record(
        self,
        *,
        response: dict[str, Any],
        input_items: list[dict[str, Any]],
        key_id: str,
        user_id: int | None,
    ) -> ResponseRecord:
        now = datetime.now(UTC)
        envelope = {k: v for k, v in response.items() if k != "output"}
        return ResponseRecord(
            id=response["id"],
            key_id=key_id,
            user_id=user_id,
            model=str(response.get("model") or "")[:256],
            input_items=input_items,
            output_items=list(response.get("output") or []),
            response=envelope,
            created_at=now,
            expires_at=now + self.retention,
        )

    async def save(self, record: ResponseRecord) -> None:
        """Keep ``record``: in the database first (other replicas), then in the cache."""
        if self.store is not None:
            from waddleai.store.response_models import StoredResponse

            row = StoredResponse(
                id=record.id,
                key_id=record.key_id,
                user_id=record.user_id,
                model=record.model,
                input_items=record.input_items,
                output_items=record.output_items,
                response=record.response,
                created_at=record.created_at,
                expires_at=record.expires_at,
            )
            async with self.store.transaction() as tx:
                await tx.responses.add(row)
        self.cache.put(record)

    async def get(
        self, response_id: str, key_id: str, *, fresh: bool = False
    ) -> ResponseRecord | None:
        """The record if ``key_id`` owns it and it is live; else None (never another's).

        ``fresh`` reads the database even on a cache hit (GET and input_items), so a
        response deleted through another replica is gone everywhere.
        """
        record = None if fresh and self.store is not None else self.cache.get(response_id)
        if record is None and self.store is not None:
            async with self.store.transaction() as tx:
                row = await tx.responses.get(response_id, key_id)
            if row is not None:
                record = _from_row(row)
                self.cache.put(record)
            else:
                self.cache.pop(response_id)
        if record is None or record.key_id != key_id:
            return None
        if record.expires_at <= datetime.now(UTC):
            self.cache.pop(response_id)
            return None
        return record

    async def delete(self, response_id: str, key_id: str) -> bool:
        record = self.cache.get(response_id)
        deleted = False
        if record is not None and record.key_id == key_id:
            self.cache.pop(response_id)
            deleted = True
        if self.store is not None:
            async with self.store.transaction() as tx:
                deleted = await tx.responses.delete(response_id, key_id) or deleted
        return deleted

    async def purge(self) -> int:
        if self.store is None:
            return 0
        async with self.store.transaction() as tx:
            return await tx.responses.purge(datetime.now(UTC))

    async def start(self) -> None:
        if self.store is not None and self._purger is None:
            self._purger = asyncio.create_task(self._purge_loop())

    async def close(self) -> None:
        if self._purger is not None:
            self._purger.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._purger
            self._purger = None

    async def _purge_loop(self) -> None:
        while True:
            try:
                for _ in range(100):  # catch up in batches of 1000, at most 100 per round
                    if await self.purge() < 1000:
                        break
            except Exception as exc:  # the next round tries again
                log.warning("purging expired responses failed: %s", exc)
            await asyncio.sleep(PURGE_EVERY_S)


def _from_row(row: Any) -> ResponseRecord:
    return ResponseRecord(
        id=row.id,
        key_id=row.key_id,
        user_id=row.user_id,
        model=row.model,
        input_items=list(row.input_items or []),
        output_items=list(row.output_items or []),
        response=dict(row.response or {}),
        created_at=row.created_at,
        expires_at=row.expires_at,
    )
