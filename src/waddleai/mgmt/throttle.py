"""Login throttling: repeated failures slow down, then lock out (answered with 429).

Failures count per (client address, username) pair: after `slow_after` consecutive
failures every further attempt from that address for that name must wait 1, 2, 4 ...
seconds; at `max_failures` the pair is locked for `lockout_seconds`. A stranger guessing
`admin` therefore locks only themselves out: the real admin, from another address, still
logs in. Two wider ceilings stop the guessing a pair lock cannot:

* per client address, 4x `max_failures` consecutive failures over any names (one
  machine spraying many usernames);
* per username, `username_ceiling` failures (default 50) within `lockout_seconds` from
  all addresses together (distributed guessing of one account). It is a sliding window
  a success does not reset, set high enough that no single address - capped at
  `max_failures` per window by its pair lock - can reach it alone; reaching it does lock
  the real owner out too, until the window passes, which is the price of stopping a
  botnet.

A success clears the pair and address counters. State is in memory (bounded): the
management server is a single process; a restart clears locks, which only helps the
legitimate user. Unknown usernames are tracked exactly like real ones so the answer
does not reveal which names exist. Behind a reverse proxy every client has the proxy's
address: the pair lock then acts per username, as before.
"""

from __future__ import annotations

import time
from collections import OrderedDict, deque
from collections.abc import Callable
from dataclasses import dataclass


@dataclass
class _State:
    failures: int = 0
    blocked_until: float = 0.0


class FailureTracker:
    """Counts consecutive failures per key and says how long the key must wait."""

    def __init__(
        self,
        max_failures: int,
        lockout_seconds: float,
        slow_after: int = 3,
        clock: Callable[[], float] = time.monotonic,
        max_entries: int = 50_000,
    ) -> None:
        self.max_failures = max_failures
        self.lockout_seconds = lockout_seconds
        self.slow_after = min(slow_after, max_failures)
        self.clock = clock
        self._max_entries = max_entries
        self._states: OrderedDict[str, _State] = OrderedDict()

    def wait_seconds(self, key: str) -> float:
        state = self._states.get(key)
        return max(0.0, state.blocked_until - self.clock()) if state else 0.0

    def failure(self, key: str) -> None:
        state = self._states.pop(key, None) or _State()
        state.failures += 1
        now = self.clock()
        if state.failures >= self.max_failures:
            state.blocked_until = now + self.lockout_seconds
        elif state.failures >= self.slow_after:
            delay = 2.0 ** (state.failures - self.slow_after)
            state.blocked_until = now + min(delay, self.lockout_seconds)
        self._states[key] = state
        while len(self._states) > self._max_entries:
            self._states.popitem(last=False)

    def success(self, key: str) -> None:
        self._states.pop(key, None)


class WindowLimit:
    """At most `limit` events per key within a sliding `window` seconds (bounded)."""

    def __init__(
        self,
        limit: int,
        window: float,
        clock: Callable[[], float] = time.monotonic,
        max_entries: int = 50_000,
    ) -> None:
        self.limit = limit
        self.window = window
        self.clock = clock
        self._max_entries = max_entries
        self._events: OrderedDict[str, deque[float]] = OrderedDict()

    def _recent(self, key: str) -> deque[float] | None:
        events = self._events.get(key)
        if events is None:
            return None
        horizon = self.clock() - self.window
        while events and events[0] <= horizon:
            events.popleft()
        if not events:
            del self._events[key]
            return None
        return events

    def wait_seconds(self, key: str) -> float:
        events = self._recent(key)
        if events is None or len(events) < self.limit:
            return 0.0
        return max(0.0, events[0] + self.window - self.clock())

    def record(self, key: str) -> None:
        events = self._recent(key)
        if events is None:
            events = deque(maxlen=self.limit)
        self._events.pop(key, None)
        events.append(self.clock())
        self._events[key] = events
        while len(self._events) > self._max_entries:
            self._events.popitem(last=False)


class LoginThrottle:
    """Pair, address and username trackers (see the module docstring)."""

    def __init__(
        self,
        max_failures: int = 5,
        lockout_seconds: float = 300,
        clock: Callable[[], float] = time.monotonic,
        username_ceiling: int = 50,
    ) -> None:
        self.by_pair = FailureTracker(max_failures, lockout_seconds, clock=clock)
        self.by_address = FailureTracker(
            max_failures * 4, lockout_seconds, slow_after=max_failures * 2, clock=clock
        )
        self.by_user = WindowLimit(max(username_ceiling, max_failures), lockout_seconds, clock)

    def set_clock(self, clock: Callable[[], float]) -> None:
        self.by_pair.clock = clock
        self.by_address.clock = clock
        self.by_user.clock = clock

    @staticmethod
    def _pair(username: str, address: str) -> str:
        return f"{address}\x00{username.lower()}"

    def retry_after(self, username: str, address: str) -> float:
        """Seconds the caller must wait before trying again (0: go ahead)."""
        return max(
            self.by_pair.wait_seconds(self._pair(username, address)),
            self.by_address.wait_seconds(address),
            self.by_user.wait_seconds(username.lower()),
        )

    def failed(self, username: str, address: str) -> None:
        self.by_pair.failure(self._pair(username, address))
        self.by_address.failure(address)
        self.by_user.record(username.lower())

    def succeeded(self, username: str, address: str) -> None:
        self.by_pair.success(self._pair(username, address))
        self.by_address.success(address)
