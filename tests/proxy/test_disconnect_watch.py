"""A finished DisconnectWatch is freed by reference counting, connection and all."""

from __future__ import annotations

import asyncio
import gc
import weakref
from typing import Any

from waddleai.proxy.disconnect import DisconnectWatch


class Channel:
    """An ASGI receive channel whose client never leaves (what uvicorn's cycle does)."""

    def __init__(self) -> None:
        self.left = asyncio.Event()

    async def receive(self) -> dict[str, Any]:
        await self.left.wait()
        return {"type": "http.disconnect"}


async def test_a_finished_watch_leaves_no_cycle_behind() -> None:
    """The watcher was cancelled with the channel in its frames; with the collector off,
    the channel must still go as soon as the request is done with it."""
    gc.collect()
    gc.disable()
    try:
        channel = Channel()
        gone = weakref.ref(channel)
        with DisconnectWatch(channel.receive, after=0.01) as watch:
            await asyncio.sleep(0.05)  # long enough for the watcher to start
            assert watch.watcher is not None
        assert not watch.gone
        del channel, watch  # what the request's frame drops when it ends
        await asyncio.sleep(0.02)  # the cancelled watcher runs to its end
        assert gone() is None
    finally:
        gc.enable()


async def test_a_disconnect_still_cancels_the_request() -> None:
    channel = Channel()
    task = asyncio.current_task()
    assert task is not None
    with DisconnectWatch(channel.receive, after=0.0) as watch:
        await asyncio.sleep(0.01)
        channel.left.set()
        try:
            await asyncio.sleep(5)
        except asyncio.CancelledError:
            task.uncancel()
    assert watch.gone
