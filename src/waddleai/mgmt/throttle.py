"""Login throttling: repeated failures slow down, then lock out (answered with 429).

Per username and per client address. After `slow_after` consecutive failures every
further attempt must wait 1, 2, 4 ... seconds; at `max_failures` the name is locked for
`lockout_seconds`. A success clears the counter. State is in memory (bounded): the
management server is a single process; a restart clears locks, which only helps the
legitimate user. Unknown usernames are tracked exactly like real ones so the answer
does not reveal which names exist.
"""

from __future__ import annotations

import time
from collections import OrderedDict
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


class LoginThrottle:
    """Username and client-address trackers; an address gets 4x the username budget."""

    def __init__(
        self,
        max_failures: int = 5,
        lockout_seconds: float = 300,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.by_user = FailureTracker(max_failures, lockout_seconds, clock=clock)
        self.by_address = FailureTracker(
            max_failures * 4, lockout_seconds, slow_after=max_failures * 2, clock=clock
        )

    def set_clock(self, clock: Callable[[], float]) -> None:
        self.by_user.clock = clock
        self.by_address.clock = clock

    def retry_after(self, username: str, address: str) -> float:
        """Seconds the caller must wait before trying again (0: go ahead)."""
        return max(
            self.by_user.wait_seconds(username.lower()), self.by_address.wait_seconds(address)
        )

    def failed(self, username: str, address: str) -> None:
        self.by_user.failure(username.lower())
        self.by_address.failure(address)

    def succeeded(self, username: str, address: str) -> None:
        self.by_user.success(username.lower())
        self.by_address.success(address)
