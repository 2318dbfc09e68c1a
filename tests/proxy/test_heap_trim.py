"""The proxy hands freed heap pages back to the OS (proxy/heap.py)."""

from __future__ import annotations

import asyncio
import sys

import pytest

from waddleai.proxy.heap import HeapTrimmer


def _rss_kb() -> int:
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * 4


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc and /proc")
async def test_freed_holes_leave_the_resident_set() -> None:
    """Free 15 of every 16 heap blocks: glibc keeps the holes until the trimmer runs."""
    trimmer = HeapTrimmer(interval=0.05)
    if trimmer.trim is None:
        pytest.skip("not glibc")
    blocks = [bytes([i % 251]) * 4000 for i in range(25_000)]  # ~100 MB of malloc blocks
    keep = blocks[::16]
    del blocks
    held = _rss_kb()
    await trimmer.start()
    try:
        await asyncio.sleep(0.5)
    finally:
        await trimmer.close()
    assert held - _rss_kb() > 50_000, (held, _rss_kb())
    assert len(keep) == 1563 and trimmer._task is None
