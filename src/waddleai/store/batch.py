"""Writers that buffer rows in memory and write them in batches, off the request path.

Usage records, security events and memory turns all arrive on the hot path, where no
request may wait for the database. Each is appended to a bounded buffer (the oldest rows
are dropped past `max_buffer`, and counted, when the database is down for long), a timer
writes the buffer every `interval` seconds, and `close()` stops the timer and writes
what is left, retrying briefly, before the store closes. Subclasses implement `flush`
(under `self._lock`) and may add work to `tick`.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Any

log = logging.getLogger("waddleai.store.batch")


class BatchWriter:
    what = "rows"  # for log lines: what the buffer holds

    def __init__(self, interval: float, max_buffer: int) -> None:
        self.interval = interval
        self.max_buffer = max_buffer
        self._buffer: list[Any] = []
        self._lock = asyncio.Lock()
        self._task: asyncio.Task[None] | None = None
        self.written = 0  # rows committed, for tests and metrics

    def append(self, row: Any) -> None:
        self._buffer.append(row)
        if len(self._buffer) > self.max_buffer:
            dropped = len(self._buffer) - self.max_buffer
            del self._buffer[:dropped]
            self.dropped(dropped, "buffer_full")

    def dropped(self, count: int, reason: str) -> None:
        """Rows given up (buffer full, or still unwritten at shutdown); subclasses count."""
        log.error("%s dropped (%s, database down?): %d", self.what, reason, count)

    async def flush(self) -> int:
        raise NotImplementedError

    async def tick(self) -> None:
        """One timer period: write the buffer (subclasses may do periodic work too)."""
        await self.flush()

    async def start(self) -> None:
        if self._task is None:
            name = f"waddleai-{type(self).__name__.lower()}"
            self._task = asyncio.create_task(self._loop(), name=name)

    async def _loop(self) -> None:
        while True:
            await asyncio.sleep(self.interval)
            await self.tick()

    async def close(self) -> None:
        """Stop the timer (never mid-commit) and write the rest (graceful shutdown)."""
        if self._task is not None:
            async with self._lock:
                self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
        for _attempt in range(3):
            await self.flush()
            if not self._buffer:
                return
            await asyncio.sleep(0.2)
        self.dropped(len(self._buffer), "shutdown")
