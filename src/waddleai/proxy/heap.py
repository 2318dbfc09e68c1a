"""Hands freed C-heap pages back to the operating system, every TRIM_INTERVAL seconds.

glibc's malloc gives memory back only from the top of its heap. Under load the proxy's
heap (request and response bodies, uvloop and httptools buffers, orjson output) ends up
full of free holes that stay resident: over 160,000 requests RSS climbed 100 -> 129 MB
while live heap memory grew 24 -> 30 MB; the rest was free space glibc kept. One
`malloc_trim(0)` releases every free page (measured 0.1-5 ms), run in a worker thread
(ctypes drops the GIL) so the event loop never waits. On another C library it is a
no-op.
"""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import logging
from collections.abc import Callable

log = logging.getLogger("waddleai.proxy")

TRIM_INTERVAL = 30.0


def _malloc_trim() -> Callable[[int], int] | None:
    try:
        trim: Callable[[int], int] = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):  # not glibc (musl, macOS): nothing to trim
        return None
    return trim


class HeapTrimmer:
    """A runtime service: start() begins the periodic trim, close() ends it."""

    def __init__(self, interval: float = TRIM_INTERVAL) -> None:
        self.interval = interval
        self.trim = _malloc_trim()
        self._task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        if self.trim is not None and self._task is None:
            self._task = asyncio.create_task(self._loop(), name="waddleai-heap-trim")

    async def _loop(self) -> None:
        trim = self.trim
        assert trim is not None
        while True:
            await asyncio.sleep(self.interval)
            try:
                await asyncio.to_thread(trim, 0)
            except Exception as exc:  # never fatal: memory is only kept a little longer
                log.warning("malloc_trim failed: %s", exc)

    async def close(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
