"""Circuit breaker per provider: stop sending to a provider that keeps failing.

Closed: calls go through; `failures` server errors or timeouts in a row open it. Open:
the provider is skipped (its routes cost no attempt) for `open_seconds`. Then half-open:
one probe call goes through; success closes the breaker, failure opens it again for
twice as long (up to 16x). Rate limits and rejected keys are the key pool's business and
do not count. Kept per replica: each replica sees its own failures at once.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from waddleai.observability.metrics import observe_breaker

CLOSED, OPEN, HALF_OPEN = "closed", "open", "half_open"


class Breaker:
    def __init__(
        self,
        provider: str,
        failures: int = 5,
        open_seconds: float = 10.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.provider = provider
        self._threshold = failures
        self._open_seconds = open_seconds
        self._clock = clock
        self.state = CLOSED
        self._failures = 0
        self._opened_at = 0.0
        self._trips = 0
        self._probing = False

    @property
    def open_for(self) -> float:
        return self._open_seconds * min(16, 2 ** max(0, self._trips - 1))

    def allows(self) -> bool:
        """Whether a call may go to the provider now (a half-open breaker lets one probe)."""
        if self.state == CLOSED:
            return True
        if self.state == OPEN and self._clock() - self._opened_at >= self.open_for:
            self._set(HALF_OPEN)
        if self.state == HALF_OPEN and not self._probing:
            self._probing = True
            return True
        return False

    def retry_in(self) -> float:
        return max(0.0, self._opened_at + self.open_for - self._clock())

    def succeeded(self) -> None:
        self._failures, self._trips, self._probing = 0, 0, False
        if self.state != CLOSED:
            self._set(CLOSED)

    def failed(self) -> None:
        self._probing = False
        self._failures += 1
        if self.state == HALF_OPEN or self._failures >= self._threshold:
            self._trips += 1
            self._opened_at = self._clock()
            self._set(OPEN)

    def released(self) -> None:
        """A probe that ended neither way (client error): let the next call probe."""
        self._probing = False

    def _set(self, state: str) -> None:
        self.state = state
        observe_breaker(self.provider, state == OPEN)
