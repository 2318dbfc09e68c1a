"""Time to first token of streamed requests, one at a time, with an aiohttp client."""

from __future__ import annotations

import asyncio
import statistics
import time
from dataclasses import asdict, dataclass
from typing import Any

import aiohttp
from targets import Running
from workloads import Workload


@dataclass
class Ttft:
    target: str
    workload: str
    requests: int
    median_ms: float  # request sent -> first generated text received
    p99_ms: float
    first_byte_ms: float  # median, request sent -> first body byte

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


async def _one(session: aiohttp.ClientSession, url: str, body: bytes, workload: Workload):
    start = time.perf_counter()
    first_byte = first_token = None
    seen = b""
    async with session.post(url, data=body) as resp:
        resp.raise_for_status()
        async for chunk in resp.content.iter_any():
            now = time.perf_counter()
            first_byte = first_byte or now
            if first_token is None:
                seen += chunk
                if workload.first_token.search(seen):
                    first_token = now
    if first_token is None or first_byte is None:
        raise RuntimeError(f"no generated text in the {workload.name} stream")
    return (first_token - start) * 1000, (first_byte - start) * 1000


async def _series(target: Running, workload: Workload, count: int) -> Ttft:
    headers = {"Content-Type": "application/json", **target.headers(workload.api)}
    url, body = target.request(workload)
    timeout = aiohttp.ClientTimeout(total=60)
    async with aiohttp.ClientSession(headers=headers, timeout=timeout) as session:
        for _ in range(3):  # warm the connection and the server
            await _one(session, url, body, workload)
        samples = [await _one(session, url, body, workload) for _ in range(count)]
    tokens = sorted(s[0] for s in samples)
    return Ttft(
        target=target.name,
        workload=workload.name,
        requests=count,
        median_ms=statistics.median(tokens),
        p99_ms=tokens[min(len(tokens) - 1, int(len(tokens) * 0.99))],
        first_byte_ms=statistics.median(s[1] for s in samples),
    )


def measure_ttft(target: Running, workload: Workload, count: int = 100) -> Ttft:
    """`count` sequential streamed requests; medians of time to first token and byte."""
    return asyncio.run(_series(target, workload, count))
