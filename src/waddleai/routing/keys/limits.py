"""A one-minute sliding log of amounts (requests, tokens): the in-process form of a key's
max_requests_per_minute / max_tokens_per_minute (the Redis form is in state.py's Lua)."""

from __future__ import annotations

from collections import deque

WINDOW_SECONDS = 60.0
MAX_ENTRIES = 100_000  # bounded: a runaway limit cannot grow memory without end


class MinuteLog:
    """Amounts added in the last minute; corrections may be negative."""

    __slots__ = ("_entries", "_sum")

    def __init__(self) -> None:
        self._entries: deque[tuple[float, int]] = deque()
        self._sum = 0

    def _trim(self, now: float) -> None:
        entries = self._entries
        while entries and (entries[0][0] <= now - WINDOW_SECONDS or len(entries) > MAX_ENTRIES):
            self._sum -= entries.popleft()[1]

    def add(self, now: float, amount: int) -> None:
        self._trim(now)
        self._entries.append((now, amount))
        self._sum += amount

    def total(self, now: float) -> int:
        self._trim(now)
        return self._sum

    def frees_in(self, now: float) -> float:
        """Seconds until the oldest entry leaves the window."""
        self._trim(now)
        return max(0.0, self._entries[0][0] + WINDOW_SECONDS - now) if self._entries else 0.0
