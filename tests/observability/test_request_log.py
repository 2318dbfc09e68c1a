"""The batched request log: a line per request, written by a thread, never blocking.

A real pipe stands in for stderr, so a reader that stops reading really blocks the
writer thread the way a stuck log shipper would.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import time

import pytest
from prometheus_client import REGISTRY

from waddleai.auth.principal import Principal
from waddleai.core.usage import UsageEvent
from waddleai.observability.logs import RequestLog, request_log


@pytest.fixture(autouse=True)
def _info_level():
    """LOG_LEVEL=INFO for the request logger (what configure_logging sets)."""
    root = logging.getLogger("waddleai")
    level = root.level
    root.setLevel(logging.INFO)
    yield
    root.setLevel(level)


def _event(request_id: str) -> UsageEvent:
    event = UsageEvent(request_id, Principal("key-1"), "openai", "gpt-4o", provider="mock")
    event.status, event.input_tokens = 200, 11
    return event


def _dropped(reason: str) -> float:
    value = REGISTRY.get_sample_value("waddleai_log_lines_dropped_total", {"reason": reason})
    return value or 0.0


def _read_all(fd: int) -> bytes:
    chunks = []
    while chunk := os.read(fd, 65536):
        chunks.append(chunk)
    return b"".join(chunks)


async def test_lines_still_buffered_are_written_at_shutdown() -> None:
    read_fd, write_fd = os.pipe()
    with os.fdopen(write_fd, "wb") as out:
        log = RequestLog(out, interval=3600)  # the timer never fires in this test
        await log.start()
        for i in range(5):
            log(_event(f"shut-{i}"))
        await asyncio.sleep(0.1)
        assert log.pending == 5, "nothing written before the timer or close"
        await log.close()
    lines = _read_all(read_fd).decode().splitlines()
    os.close(read_fd)
    entries = [json.loads(line) for line in lines]
    assert [e["request_id"] for e in entries] == [f"shut-{i}" for i in range(5)]
    first = entries[0]
    assert first["level"] == "INFO" and first["logger"] == "waddleai.requests"
    assert first["msg"] == "request" and first["key_id"] == "key-1"
    assert first["status"] == 200 and first["input_tokens"] == 11
    assert time.strptime(first["ts"][:19], "%Y-%m-%dT%H:%M:%S") and first["ts"].endswith("Z")


async def test_a_stuck_reader_costs_dropped_lines_not_a_blocked_loop() -> None:
    read_fd, write_fd = os.pipe()
    out = os.fdopen(write_fd, "wb")
    log = RequestLog(out, interval=0.01, max_lines=2_000, batch_lines=100)
    await log.start()
    before = _dropped("buffer_full")
    started = time.perf_counter()
    for i in range(20_000):  # ~4 MB of lines into a 64 KB pipe that nobody reads
        log(_event(f"stuck-{i:05d}"))
        if i % 500 == 0:
            await asyncio.sleep(0.005)  # let the timer hand batches to the writer
    elapsed = time.perf_counter() - started
    assert elapsed < 5, "the request path never waits for the writer"
    assert log.pending <= 2_000, "bounded"
    dropped = _dropped("buffer_full") - before
    assert dropped >= 20_000 - 2_000 - 1_000  # at most the bound plus the pipe's share
    reader = asyncio.create_task(asyncio.to_thread(_read_all, read_fd))
    await log.close()  # the reader drains the pipe: everything accepted is written
    out.close()
    written = (await reader).decode().splitlines()
    os.close(read_fd)
    assert len(written) + dropped == 20_000
    assert written[0].startswith('{"ts":') and "stuck-00000" in written[0]


async def test_lines_follow_log_level() -> None:
    read_fd, write_fd = os.pipe()
    with os.fdopen(write_fd, "wb") as out:
        log = RequestLog(out)
        logging.getLogger("waddleai").setLevel(logging.WARNING)
        assert not request_log.isEnabledFor(logging.INFO)
        log(_event("quiet"))
        logging.getLogger("waddleai").setLevel(logging.INFO)
        log(_event("loud"))
        await log.close()  # never started: written in place
    text = _read_all(read_fd).decode()
    os.close(read_fd)
    assert "loud" in text and "quiet" not in text
