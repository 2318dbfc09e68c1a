"""A one-minute sliding log of amounts (requests, tokens): the in-process form of a key's
max_requests_per_minute / max_tokens_per_minute (the Redis form is in state.py's Lua).

Every pick logs one request (and its tokens) on its key, limited or not: the pool ranks
keys by their last minute. At 2,000 requests/s a log holds its full MAX_ENTRIES, so the
entries live in two flat arrays (16 bytes each) rather than a deque of tuples (~110
bytes each with their float and int): ~3 MB per busy key instead of ~20 MB, same values.
"""

from __future__ import annotations

from array import array

WINDOW_SECONDS = 60.0
MAX_ENTRIES = 100_000  # bounded: a runaway limit cannot grow memory without end
_COMPACT_AFTER = 4096  # consumed entries dropped from the arrays' front once this many


class MinuteLog:
    """Amounts added in the last minute; corrections may be negative."""

    __slots__ = ("_amounts", "_head", "_sum", "_times")

    def __init__(self) -> None:
        self._times = array("d")  # entry i is (times[i], amounts[i]); live from _head on
        self._amounts = array("q")
        self._head = 0
        self._sum = 0

    def _trim(self, now: float) -> None:
        times, amounts, head = self._times, self._amounts, self._head
        end, cutoff = len(times), now - WINDOW_SECONDS
        while head < end and (times[head] <= cutoff or end - head > MAX_ENTRIES):
            self._sum -= amounts[head]
            head += 1
        if head >= _COMPACT_AFTER and head * 2 >= end:  # amortised O(1) per entry
            del times[:head]
            del amounts[:head]
            head = 0
        self._head = head

    def add(self, now: float, amount: int) -> None:
        self._trim(now)
        self._times.append(now)
        self._amounts.append(amount)
        self._sum += amount

    def total(self, now: float) -> int:
        self._trim(now)
        return self._sum

    def frees_in(self, now: float) -> float:
        """Seconds until the oldest entry leaves the window."""
        self._trim(now)
        if self._head >= len(self._times):
            return 0.0
        return max(0.0, self._times[self._head] + WINDOW_SECONDS - now)

    def __len__(self) -> int:
        return len(self._times) - self._head
