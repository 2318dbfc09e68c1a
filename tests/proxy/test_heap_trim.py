"""The proxy hands freed heap pages back to the OS (proxy/heap.py)."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys

import pytest

from waddleai.proxy.heap import HeapTrimmer, pin_trim_threshold


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


_PROBE = """
import asyncio, ctypes, sys
from waddleai.proxy.heap import HeapTrimmer, pin_trim_threshold

libc = ctypes.CDLL(None)
class Info(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in (
        "arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks",
        "uordblks", "fordblks", "keepcost")]
libc.mallinfo2.restype = Info
libc.malloc.restype, libc.malloc.argtypes = ctypes.c_void_p, [ctypes.c_size_t]
libc.free.argtypes = [ctypes.c_void_p]

async def start_and_close():
    trimmer = HeapTrimmer()
    await trimmer.start()
    await trimmer.close()

asyncio.run(start_and_close())
libc.free(libc.malloc(8 << 20))  # an mmapped block freed: glibc would raise its thresholds
before = libc.mallinfo2().hblks
block = libc.malloc(1 << 20)
print(libc.mallinfo2().hblks - before)  # 1: mmapped (returned on free); 0: from the heap
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc")
def test_the_proxy_pins_the_trim_threshold() -> None:
    """Without it, one freed big block lets later 1 MB buffers live in the heap, where
    free space stays resident until the next trim (glibc's dynamic thresholds)."""

    if HeapTrimmer().trim is None:
        pytest.skip("not glibc")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("MALLOC_", "GLIBC_"))}
    env["PYTHONPATH"] = os.pathsep.join(sys.path)
    done = subprocess.run(
        [sys.executable, "-c", _PROBE], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "1", "a 1 MB block came from the heap: thresholds not pinned"


def test_an_operators_malloc_setting_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MALLOC_TRIM_THRESHOLD_", "1048576")
    assert pin_trim_threshold() is False
