"""Storing turns off the request path, in batches, like the usage recorder.

`add()` only appends to a bounded in-memory buffer; a background task writes the buffer
every `interval` in one transaction. A failed write is logged and retried on the next
tick and never reaches a client. Until a turn is committed the stage still sees it
(`pending`), so a client's next request on this replica remembers the previous answer
even if it arrives within the same half second. `close()` (graceful shutdown) flushes
the rest. The same task runs the retention purge (MEMORY_RETENTION_DAYS) once an hour.
"""

from __future__ import annotations

import logging
import time
from datetime import UTC, datetime, timedelta
from typing import Any

from waddleai.memory.scope import SessionKey
from waddleai.memory.store import MemoryStore, NewTurn
from waddleai.memory.window import Turn
from waddleai.store.batch import BatchWriter

log = logging.getLogger("waddleai.memory")
PURGE_EVERY = 3600.0


class MemoryWriter(BatchWriter):
    what = "memory turns"

    def __init__(
        self,
        repo: MemoryStore,
        retention_days: int,
        interval: float = 0.5,
        max_buffer: int = 20_000,
    ) -> None:
        super().__init__(interval, max_buffer)
        self.repo = repo
        self.retention = timedelta(days=retention_days)
        self._writing: list[NewTurn] = []  # taken by the flush in progress, not yet committed
        self._purged_at = 0.0
        self.followups: Any = None  # memory.followup.FollowUps, set by the runtime builder

    def add(self, key: SessionKey, user_text: str, answer_text: str, tokens: int) -> None:
        self.append(NewTurn(key, datetime.now(UTC), user_text, answer_text, tokens))

    def pending(self, key: SessionKey) -> tuple[list[NewTurn], list[NewTurn]]:
        """This session's turns not yet committed: (being written now, still buffered)."""
        return (
            [t for t in self._writing if t.key == key],
            [t for t in self._buffer if t.key == key],
        )

    def forget(self, key: SessionKey | None = None, owner: str | None = None) -> None:
        """Drop buffered turns of a session (or of an owner) that is being deleted."""
        self._buffer = [
            t
            for t in self._buffer
            if not (t.key == key or (owner is not None and t.key.owner == owner))
        ]

    async def settled(self) -> None:
        """Wait until a flush in progress has committed (before deleting what it writes)."""
        async with self._lock:
            return

    async def tick(self) -> None:
        await self.flush()
        if time.monotonic() - self._purged_at > PURGE_EVERY:
            await self.purge()

    async def flush(self) -> int:
        async with self._lock:
            self._writing, self._buffer = self._buffer, []
            if not self._writing:
                return 0
            try:
                written = await self.repo.write(self._writing)
            except Exception:
                self._buffer[:0] = self._writing  # nothing was committed: try again
                log.exception("memory write of %d turns failed; will retry", len(self._writing))
                return 0
            finally:
                self._writing = []
            self.written += written
            return written

    async def purge(self) -> int:
        """Delete memory older than the retention period; a failure waits for the next hour."""
        self._purged_at = time.monotonic()
        try:
            deleted = await self.repo.purge_older(datetime.now(UTC) - self.retention)
        except Exception:
            log.exception("memory retention purge failed")
            return 0
        if deleted:
            log.info("memory retention purge: %d rows older than %s", deleted, self.retention)
        return deleted


def merged(stored: list[Turn], writing: list[NewTurn], buffered: list[NewTurn]) -> list[Turn]:
    """Stored turns plus the uncommitted ones, numbered as the writer will number them.

    A turn being written may have committed between the flush taking it and the query
    reading the table: it is then in `stored` already, recognised by its texts.
    """
    recent = {(t.user_text, t.answer_text) for t in stored[-len(writing) :]} if writing else set()
    extra = [t for t in writing if (t.user_text, t.answer_text) not in recent] + buffered
    seq = stored[-1].seq if stored else 0
    out = list(stored)
    for offset, turn in enumerate(extra, start=1):
        out.append(Turn(seq + offset, turn.user_text, turn.answer_text, turn.tokens))
    return out
