"""One benchmark cell: warm up, run wrk, record throughput, latency, CPU and memory."""

from __future__ import annotations

import time
import urllib.error
import urllib.request
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from procs import (
    children_cpu_seconds,
    cpu_seconds,
    machine_busy_seconds,
    rss_mb,
    wait_for_quiet_machine,
)
from targets import Running
from workloads import Workload
from wrk import lua_script, run_wrk


@dataclass
class Cell:
    """The result of driving one target with one workload at one concurrency."""

    target: str
    latency_ms: float
    workload: str
    clients: int
    rps: float
    p50_ms: float
    p99_ms: float
    requests: int
    errors: int
    rss_mb: float
    cpu_pct: float  # of one core, by the target's process tree
    cpu_us_per_request: float  # utime+stime of the target's process tree / requests served
    mock_cpu_pct: float  # of one core, by the mock upstream
    wrk_cpu_pct: float  # of one core, by the load generator
    other_cpu_pct: float  # of one core, by everything else on the machine

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def check_answer(target: Running, workload: Workload) -> None:
    """One request with urllib: fail loudly before timing a target that answers wrongly."""
    url, body = target.request(workload)
    request = urllib.request.Request(
        url,
        data=body,
        headers={"Content-Type": "application/json", **target.headers(workload.api)},
        method="POST",
    )
    try:
        with urllib.request.urlopen(request, timeout=60) as resp:
            body = resp.read()
    except urllib.error.HTTPError as exc:
        detail = exc.read()[:500].decode(errors="replace")
        raise RuntimeError(f"{target.name} {workload.name}: HTTP {exc.code}: {detail}") from exc
    if workload.expect not in body:
        raise RuntimeError(f"{target.name} {workload.name}: unexpected answer: {body[:500]!r}")


@dataclass(frozen=True)
class Plan:
    wrk: str
    seconds: float
    warmup: float
    workdir: Path
    quiet_wait: float = 30.0  # seconds to wait for other processes to go quiet per cell
    pin_wrk: int | None = None  # run wrk on this CPU only (taskset), e.g. for --workers


def measure_cell(
    plan: Plan, target: Running, workload: Workload, clients: int, latency_ms: float, mock_pid: int
) -> Cell:
    """Warm up, then one timed wrk run; CPU shares come from /proc deltas over that run."""
    url, body = target.request(workload)
    script = lua_script(
        plan.workdir / f"{target.name}-{workload.name}.lua", body, target.headers(workload.api)
    )
    if plan.quiet_wait > 0:
        wait_for_quiet_machine(plan.quiet_wait)
    if plan.warmup > 0:
        run_wrk(plan.wrk, url, script, clients, plan.warmup)
    before = _cpu_snapshot(target.pid, mock_pid)
    result = run_wrk(plan.wrk, url, script, clients, plan.seconds, pin_cpu=plan.pin_wrk)
    after = _cpu_snapshot(target.pid, mock_pid)
    cpu, mock_cpu, wrk_cpu, other = _cpu_shares(before, after)
    # CPU time of the target's process tree per request (the load-independent cost).
    cpu_us = (after[1] - before[1]) * 1e6 / result.requests if result.requests else 0.0
    if target.pid == mock_pid:
        other += cpu  # the mock was counted twice
    return Cell(
        target=target.name,
        latency_ms=latency_ms,
        workload=workload.name,
        clients=clients,
        rps=result.rps,
        p50_ms=result.p50_ms,
        p99_ms=result.p99_ms,
        requests=result.requests,
        errors=result.errors,
        rss_mb=rss_mb(target.pid),
        cpu_pct=cpu,
        cpu_us_per_request=cpu_us,
        mock_cpu_pct=mock_cpu,
        wrk_cpu_pct=wrk_cpu,
        other_cpu_pct=max(0.0, other),
    )


def _cpu_snapshot(pid: int, mock_pid: int) -> tuple[float, ...]:
    return (
        time.monotonic(),
        cpu_seconds(pid),
        cpu_seconds(mock_pid),
        children_cpu_seconds(),
        machine_busy_seconds(),
    )


def _cpu_shares(before: tuple[float, ...], after: tuple[float, ...]) -> tuple[float, ...]:
    """(target, mock, wrk, everything else) CPU over the interval, in % of one core."""
    wall = after[0] - before[0]
    target, mock, wrk, machine = (
        (a - b) / wall * 100 for a, b in zip(after[1:], before[1:], strict=True)
    )
    return target, mock, wrk, machine - target - mock - wrk
