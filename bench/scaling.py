"""`waddleai proxy --workers N`: throughput with N worker processes, wrk pinned to a core.

On a machine with few cores the load generator competes with the workers it drives,
so wrk runs under `taskset -c <last CPU>` and the report says so next to the figures;
the gateway's workers and the mock stay unpinned (the kernel places them).
"""

from __future__ import annotations

import os
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
        f"plain requests, {CLIENTS} clients, 0 ms mock; wrk pinned to CPU {wrk_cpu()} "
        f"with taskset, the gateway's workers and the mock unpinned on a {cores}-core "
        "machine, so with N=2 the workers share that core with wrk and the mock: the "
        "ratio is a lower bound of what two free cores give"
    )


def _workers_target(gw: GatewayTarget, workers: int) -> GatewayTarget:
    """The gateway's mode, run as `waddleai proxy --workers N` (the proxy alone)."""
    return replace(gw, command=[WADDLEAI, "proxy", "--workers", str(workers)])


def measure_workers(
    plan: Plan, gw: GatewayTarget, mock: Running, counts: list[int], workdir: Path
) -> list[dict[str, Any]]:
    """One pinned-wrk plain cell per worker count, each on a freshly started proxy."""
    pinned = replace(plan, pin_wrk=wrk_cpu())
    rows: list[dict[str, Any]] = []
    for workers in counts:
        where = workdir / f"workers-{workers}"
        with gateway(_workers_target(gw, workers), mock.url, where) as target:
            settle(target.pid)
            check_answer(target, PLAIN)
            cell: Cell = measure_cell(pinned, target, PLAIN, CLIENTS, mock.latency_ms, mock.pid)
            target.check_alive()
            rows.append({"workers": workers, "rss_mb": rss_mb(target.pid)} | _fields(cell, rows))
    return rows


def _fields(cell: Cell, rows: list[dict[str, Any]]) -> dict[str, Any]:
    base = rows[0]["rps"] if rows else cell.rps
    return {
        "rps": cell.rps,
        "p50_ms": cell.p50_ms,
        "p99_ms": cell.p99_ms,
        "errors": cell.errors,
        "cpu_pct": cell.cpu_pct,
        "cpu_us_per_request": cell.cpu_us_per_request,
        "mock_cpu_pct": cell.mock_cpu_pct,
        "wrk_cpu_pct": cell.wrk_cpu_pct,
        "other_cpu_pct": cell.other_cpu_pct,
        "speedup": cell.rps / base if base else 0.0,
    }
