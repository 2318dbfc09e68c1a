"""Idle kept-alive connections, per origin, bounded, with expiry.

LIFO: the most recently used connection is the one least likely to have been closed
by the server. A connection the server closes while idle removes itself (its
`on_lost` hook); one past its idle deadline (ours, or the server's `Keep-Alive:
timeout=`) is dropped when met.
"""

from __future__ import annotations

import re
import time
from collections import deque
from collections.abc import Hashable

from waddleai.transport.connection import Connection

DEFAULT_MAX_IDLE = 256  # per origin: above a busy gateway's concurrency to one upstream
DEFAULT_IDLE_TIMEOUT = 60.0  # seconds an unused connection is kept
# Stop using a connection this long before the server's announced idle timeout, so a
# request is not sent just as the server closes it.
_KEEP_ALIVE_MARGIN = 0.5
_TIMEOUT_PARAM = re.compile(r"timeout\s*=\s*(\d+(?:\.\d+)?)", re.IGNORECASE)


class Pool:
    """Idle connections keyed by origin (scheme, host, port and the proxy used)."""

    def __init__(
        self, max_idle: int = DEFAULT_MAX_IDLE, idle_timeout: float = DEFAULT_IDLE_TIMEOUT
    ) -> None:
        self.max_idle = max_idle
        self.idle_timeout = idle_timeout
        self._idle: dict[Hashable, deque[Connection]] = {}

    def take(self, key: Hashable) -> Connection | None:
        """A live idle connection to `key`'s origin, or None."""
        idle = self._idle.get(key)
        if not idle:
            return None
        now = time.monotonic()
        while idle:
            conn = idle.pop()
            conn.on_lost = None
            if not conn.closed and conn.idle_deadline > now:
                return conn
            conn.abort()
        return None

    def give(self, key: Hashable, conn: Connection, keep_alive: str | None) -> None:
        """Keep `conn` for reuse until its idle deadline (or drop it if there is none)."""
        timeout = _idle_timeout(keep_alive, self.idle_timeout)
        if timeout <= 0 or self.max_idle <= 0:
            conn.abort()
            return
        now = time.monotonic()
        conn.idle_deadline = now + timeout
        idle = self._idle.get(key)
        if idle is None:
            idle = self._idle[key] = deque()
        while idle and (len(idle) >= self.max_idle or idle[0].idle_deadline <= now):
            stale = idle.popleft()
            stale.on_lost = None
            stale.abort()
        conn.on_lost = lambda lost: _forget(idle, lost)
        idle.append(conn)

    def idle_count(self, key: Hashable) -> int:
        return len(self._idle.get(key, ()))

    def close(self) -> None:
        """Drop every idle connection."""
        for idle in self._idle.values():
            while idle:
                conn = idle.pop()
                conn.on_lost = None
                conn.abort()
        self._idle.clear()


def _forget(idle: deque[Connection], conn: Connection) -> None:
    conn.on_lost = None
    try:
        idle.remove(conn)
    except ValueError:
        pass


def _idle_timeout(keep_alive: str | None, default: float) -> float:
    """Our idle timeout, shortened to the server's `Keep-Alive: timeout=N` (less a margin)."""
    if not keep_alive:
        return default
    match = _TIMEOUT_PARAM.search(keep_alive)
    if match is None:
        return default
    return min(default, float(match.group(1)) - _KEEP_ALIVE_MARGIN)
