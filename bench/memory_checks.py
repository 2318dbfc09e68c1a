"""Memory measurements: RSS over a long soak, and RSS per open stream.

The soak answers "does the gateway leak?": wrk runs in chunks of about `every`
requests, cycling the request kinds, and the target's RSS is read after each. The
stream hold answers "what does one open stream cost?": the mock is told to pace
its streams slowly, `count` streams are opened at once and held until every one
has delivered its first bytes, and the RSS growth is divided by the streams open.
"""

from __future__ import annotations

import asyncio
import json
import time
import urllib.request
from dataclasses import replace
from typing import Any

import aiohttp
from measure import Plan, measure_cell
from procs import rss_mb, settle
from targets import Running
from workloads import STREAMED, Workload


def soak(
    plan: Plan, target: Running, workloads: list[Workload], mock: Running, total: int, every: int
) -> dict[str, Any]:
    """About `total` requests at 16 clients; RSS after each chunk of about `every`."""
    plan = replace(plan, warmup=0.0, quiet_wait=0.0)
    samples = [{"requests": 0, "rss_mb": rss_mb(target.pid)}]
    served, rate, number = 0, 0.0, 0
    started = time.monotonic()
    while served < total:
        workload = workloads[number % len(workloads)]
        seconds = max(1.0, round(min(every, total - served) / rate)) if rate else 1.0
        cell = measure_cell(
            replace(plan, seconds=seconds), target, workload, 16, mock.latency_ms, mock.pid
        )
        target.check_alive()
        if cell.requests == 0:
            raise RuntimeError(f"{target.name} served nothing during the soak")
        served += cell.requests
        rate = rate or cell.rps
        number += 1
        samples.append({"requests": served, "rss_mb": rss_mb(target.pid)})
    return summarize_soak(target.name, samples, time.monotonic() - started)


def summarize_soak(name: str, samples: list[dict[str, Any]], seconds: float) -> dict[str, Any]:
    """First sample after load (the warm size), last, max and the drift between them."""
    loaded = [s["rss_mb"] for s in samples[1:]]
    first, last = loaded[0], loaded[-1]
    return {
        "target": name,
        "requests": samples[-1]["requests"],
        "seconds": round(seconds, 1),
        "idle_mb": samples[0]["rss_mb"],
        "first_mb": first,
        "last_mb": last,
        "max_mb": max(loaded),
        "drift_pct": (last - first) / first * 100 if first else 0.0,
        "samples": samples,
    }


def set_mock_options(mock: Running, options: dict[str, Any]) -> None:
    """POST /__mock__/options (e.g. the pace of its streams)."""
    request = urllib.request.Request(
        mock.url + "/__mock__/options",
        data=json.dumps(options).encode(),
        headers={"Content-Type": "application/json"},
        method="POST",
    )
    with urllib.request.urlopen(request, timeout=30) as resp:
        resp.read()


async def _one_stream(
    session: aiohttp.ClientSession,
    url: str,
    body: bytes,
    opened: list[int],
    release: asyncio.Event,
) -> None:
    async with session.post(url, data=body) as resp:
        resp.raise_for_status()
        if await resp.content.readany():
            opened.append(1)
        await release.wait()  # leaving the block drops the connection mid-stream


async def _hold(target: Running, count: int, wait_s: float) -> tuple[int, float, float]:
    """Open `count` streams; (how many delivered bytes, RSS then, seconds it took)."""
    url, body = target.request(STREAMED)
    headers = {"Content-Type": "application/json", **target.headers(STREAMED.api)}
    connector = aiohttp.TCPConnector(limit=0, force_close=True)
    opened: list[int] = []
    release = asyncio.Event()
    client_timeout = aiohttp.ClientTimeout(total=wait_s + 60)
    started = time.monotonic()
    async with aiohttp.ClientSession(
        connector=connector, headers=headers, timeout=client_timeout
    ) as session:
        tasks = [
            asyncio.create_task(_one_stream(session, url, body, opened, release))
            for _ in range(count)
        ]
        while len(opened) < count and time.monotonic() - started < wait_s:
            if all(t.done() for t in tasks):
                break
            await asyncio.sleep(0.1)
        took = time.monotonic() - started
        rss = rss_mb(target.pid)
        release.set()
        results = await asyncio.gather(*tasks, return_exceptions=True)
    failed = [r for r in results if isinstance(r, BaseException)]
    if failed and not opened:
        raise RuntimeError(f"no stream opened: {failed[0]!r}")
    return len(opened), rss, took


def hold_streams(
    target: Running, mock: Running, count: int, interval_ms: float = 3000.0
) -> dict[str, Any]:
    """RSS with `count` streams open at once (the mock paces them `interval_ms` apart)."""
    settle(target.pid, timeout=20)
    before = rss_mb(target.pid)
    set_mock_options(mock, {"stream_interval_ms": interval_ms})
    try:
        opened, during, took = asyncio.run(_hold(target, count, wait_s=60.0))
    finally:
        set_mock_options(mock, {"stream_interval_ms": 0.0})
    time.sleep(2.0)  # the target notices the disconnects and frees the streams
    after = rss_mb(target.pid)
    return {
        "target": target.name,
        "streams": count,
        "opened": opened,
        "open_seconds": round(took, 1),
        "before_mb": before,
        "open_mb": during,
        "after_mb": after,
        "kb_per_stream": (during - before) * 1024 / opened if opened else 0.0,
    }
