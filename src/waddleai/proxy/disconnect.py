"""Noticing that the client went away while the gateway waits on the upstream.

Nothing else listens to the ASGI receive channel while an answer is being fetched or
relayed, so without a watcher a client that gave up left its request running upstream.
A watcher is a task; most answers from a fast upstream finish before it would be needed,
so it starts only after `WATCH_AFTER` seconds (one timer handle until then).
"""

from __future__ import annotations

import asyncio
from typing import Any

WATCH_AFTER = 0.05
"""Seconds before watching starts: a call that ends sooner never pays for a task, and a
slow one (every real model call) is cancelled at most this much later than it could be."""


class DisconnectWatch:
    """`with DisconnectWatch(receive):` cancels the current task if the client leaves.

    After catching the CancelledError, check `gone`: True means the client left (call
    `uncancel()` on the task and answer 499 or stop relaying); False means a real
    cancellation that must propagate.
    """

    __slots__ = ("receive", "after", "task", "timer", "watcher", "gone", "active")

    def __init__(self, receive: Any, after: float = WATCH_AFTER) -> None:
        self.receive = receive
        self.after = after
        self.task: asyncio.Task[Any] | None = None
        self.timer: asyncio.TimerHandle | None = None
        self.watcher: asyncio.Task[None] | None = None
        self.gone = False
        self.active = False

    def __enter__(self) -> DisconnectWatch:
        self.task = asyncio.current_task()
        self.active = True
        self.timer = asyncio.get_running_loop().call_later(self.after, self._start)
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.active = False  # a disconnect noticed from now on cancels nothing
        if self.timer is not None:
            self.timer.cancel()
            self.timer = None
        if self.watcher is not None:
            self.watcher.cancel()
            # The watcher's CancelledError keeps its frames: this object, the ASGI
            # receive and the connection behind it. Linked back to the watcher task that
            # holds the error, that was a cycle only a full collection frees (rare by
            # design, proxy/runtime.py): ~33 KB per finished stream stayed resident.
            self.watcher = None
        self.task = None

    def _start(self) -> None:
        self.watcher = asyncio.ensure_future(self._wait())

    async def _wait(self) -> None:
        while (await self.receive())["type"] != "http.disconnect":
            pass
        if self.active and self.task is not None:
            self.gone = True
            self.task.cancel()
