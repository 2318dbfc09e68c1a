"""`waddleai proxy --workers N`: throughput with N worker processes, wrk pinned to a core.

Each N runs as its own proxy, all started at once; their cells alternate (N=1, N=2,
N=1, ...) and the medians are compared, so drifting load from other processes hits
both alike.

On a machine with few cores the load generator competes with the workers it drives,
so wrk runs under `taskset -c <last CPU>` and the report says so next to the figures;
the gateway's workers and the mock stay unpinned (the kernel places them).
"""

from __future__ import annotations

import os
import statistics
from contextlib import ExitStack
from dataclasses import replace
from pathlib import Path
from typing import Any

from measure import Cell, Plan, check_answer, measure_cell
from procs import rss_mb, settle
from targets import WADDLEAI, GatewayTarget, Running, gateway
from workloads import PLAIN

CLIENTS = 16


def wrk_cpu() -> int:
    """The CPU wrk is pinned to: the last one this process may run on."""
    return max(os.sched_getaffinity(0))


def method() -> str:
    cores = os.cpu_count() or 1
    return (
        f"plain requests, {CLIENTS} clients, 0 ms mock, the worker counts' cells "
        f"alternating, medians of the rounds; wrk pinned to CPU {wrk_cpu()} "
        f"with taskset, the gateway's workers and the mock unpinned on a {cores}-core "
        "machine, so with N=2 the workers share that core with wrk and the mock: the "
        "ratio understates what two free cores give"
    )


def _workers_target(gw: GatewayTarget, workers: int) -> GatewayTarget:
    """The gateway's mode, run as `waddleai proxy --workers N` (the proxy alone)."""
    return replace(gw, command=[WADDLEAI, "proxy", "--workers", str(workers)])


def measure_workers(
    plan: Plan, gw: GatewayTarget, mock: Running, counts: list[int], workdir: Path, rounds: int
) -> list[dict[str, Any]]:
    """All worker counts started side by side, then plain cells interleaved for `rounds`.

    Other processes' load drifts over minutes; alternating N=1 and N=2 cell by cell
    exposes both to the same drift, and the medians of the rounds are compared.
    """
    pinned = replace(plan, pin_wrk=wrk_cpu())
    with ExitStack() as stack:
        targets = []
        for workers in counts:
            where = workdir / f"workers-{workers}"
            started = gateway(_workers_target(gw, workers), mock.url, where)
            targets.append(stack.enter_context(started))
        for target in targets:
            settle(target.pid)
            check_answer(target, PLAIN)
        cells: list[list[Cell]] = [[] for _ in targets]
        for _ in range(rounds):
            for target, mine in zip(targets, cells, strict=True):
                mine.append(measure_cell(pinned, target, PLAIN, CLIENTS, mock.latency_ms, mock.pid))
                target.check_alive()
        rows = [
            {"workers": workers, "rss_mb": rss_mb(target.pid)} | _fields(mine)
            for workers, target, mine in zip(counts, targets, cells, strict=True)
        ]
    for row in rows:
        row["speedup"] = row["rps"] / rows[0]["rps"] if rows[0]["rps"] else 0.0
    return rows


def _median(cells: list[Cell], key: str) -> float:
    return float(statistics.median(getattr(c, key) for c in cells))


def _fields(cells: list[Cell]) -> dict[str, Any]:
    keys = ("rps", "p50_ms", "p99_ms", "cpu_pct", "cpu_us_per_request", "mock_cpu_pct")
    keys += ("wrk_cpu_pct", "other_cpu_pct")
    return {k: _median(cells, k) for k in keys} | {
        "errors": sum(c.errors for c in cells),
        "rounds_rps": [round(c.rps, 1) for c in cells],
    }
