"""WaddleAI benchmark: the gateway against the mock upstream and LiteLLM, in one run.

Starts `waddleai mock-upstream` (0 ms and 50 ms latency), then, one at a time,
drives the mock directly, the gateway and LiteLLM proxy with wrk at each
concurrency for plain, streamed and translated requests; measures time to
first token; writes bench/results/latest.{json,md,png} and bench/RESULTS.md.

    .venv/bin/python bench/run.py            # full run (about 25 minutes)
    .venv/bin/python bench/run.py --quick    # smoke run, no LiteLLM
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import time
from dataclasses import dataclass, field, replace
from typing import Any

import aiohttp
from litellm_target import ensure_litellm, litellm
from measure import Cell, Plan, check_answer, measure_cell
from procs import rss_mb, settle
from profiling import profile_gateway
from report import machine_info, source_state, write_outputs
from targets import (
    BENCH_DIR,
    GatewayTarget,
    Running,
    TargetDied,
    default_gateway,
    gateway,
    mock_upstream,
)
from ttft import Ttft, measure_ttft
from workloads import WORKLOADS
from wrk import ensure_wrk

RESULTS = BENCH_DIR / "results"
TTFT_LATENCY_MS = 50.0


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="16 clients, 3 s runs, no LiteLLM")
    parser.add_argument("--skip-litellm", action="store_true", help="do not run LiteLLM")
    parser.add_argument("--duration", type=float, help="seconds per timed run (default 10)")
    parser.add_argument("--warmup", type=float, help="seconds of warm-up per run (default 2)")
    parser.add_argument("--concurrency", help="comma-separated client counts (default 1,16,64)")
    parser.add_argument("--latencies", default="0,50", help="mock latencies in ms (default 0,50)")
    parser.add_argument("--workloads", default="plain,streamed,translated")
    parser.add_argument("--ttft-requests", type=int, help="sequential requests (default 100)")
    parser.add_argument(
        "--quiet-wait",
        type=float,
        help="max seconds to wait before each cell for other processes to go quiet "
        "(default 30, 5 with --quick; 0: never)",
    )
    parser.add_argument("--soak-rounds", type=int, help="memory soak rounds (default 5)")
    parser.add_argument("--profile", action="store_true", help="py-spy the gateway under load")
    parser.add_argument("--no-results-md", action="store_true", help="leave bench/RESULTS.md")
    args = parser.parse_args(argv)
    quick = args.quick
    args.skip_litellm = args.skip_litellm or quick
    args.duration = args.duration or (3.0 if quick else 10.0)
    args.warmup = args.warmup if args.warmup is not None else (1.0 if quick else 2.0)
    args.concurrency = [
        int(c) for c in (args.concurrency or ("16" if quick else "1,16,64")).split(",")
    ]
    args.latencies = [float(x) for x in args.latencies.split(",")]
    args.workloads = [WORKLOADS[w] for w in args.workloads.split(",")]
    args.ttft_requests = args.ttft_requests or (20 if quick else 100)
    if args.soak_rounds is None:
        args.soak_rounds = 2 if quick else 5
    if args.quiet_wait is None:
        args.quiet_wait = 5.0 if quick else 30.0
    return args


@dataclass
class Run:
    """Everything measured in this run (written out as latest.json)."""

    args: argparse.Namespace
    plan: Plan
    meta: dict[str, Any]
    cells: list[Cell] = field(default_factory=list)
    ttft: list[dict[str, Any]] = field(default_factory=list)
    idle_rss: list[dict[str, Any]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    profiles: list[str] = field(default_factory=list)
    soak: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "meta": self.meta,
            "cells": [c.as_dict() for c in self.cells],
            "ttft": self.ttft,
            "idle_rss": self.idle_rss,
            "notes": self.notes,
            "profiles": self.profiles,
            "soak": self.soak,
        }


def _progress(cell: Cell) -> None:
    print(
        f"  {cell.target:8} {cell.latency_ms:>2g} ms {cell.workload:10} c={cell.clients:<3}"
        f" {cell.rps:8.1f} req/s  p50 {cell.p50_ms:7.2f}  p99 {cell.p99_ms:7.2f} ms"
        f"  err {cell.errors:<4} rss {cell.rss_mb:5.1f} MB  cpu % target"
        f" {cell.cpu_pct:3.0f} mock {cell.mock_cpu_pct:3.0f} wrk {cell.wrk_cpu_pct:3.0f}"
        f" other {cell.other_cpu_pct:3.0f}",
        flush=True,
    )


def _skip(run: Run, target: Running, what: str, exc: Exception) -> None:
    """A target that cannot serve a request kind gets n/a and a note, not a dead run."""
    note = f"{target.name} {what}: not measured ({str(exc).splitlines()[0][:300]})"
    run.notes.append(note)
    print(f"  {note}", flush=True)


def drive(run: Run, target: Running, latency_ms: float, mock: Running) -> None:
    """All cells of one target at one mock latency, then its time to first token."""
    settle(target.pid)  # e.g. the gateway loads its tokenizer tables after start
    run.idle_rss.append(
        {"target": target.name, "latency_ms": latency_ms, "rss_mb": rss_mb(target.pid)}
    )
    for workload in [w for w in run.args.workloads if w.name in target.workloads]:
        try:
            check_answer(target, workload)
        except RuntimeError as exc:
            _skip(run, target, workload.name, exc)
            continue
        for clients in run.args.concurrency:
            try:
                cell = measure_cell(run.plan, target, workload, clients, latency_ms, mock.pid)
            finally:  # a dead server makes wrk fail too: name the real cause
                target.check_alive()
                mock.check_alive()
            run.cells.append(cell)
            _progress(cell)
    if latency_ms != TTFT_LATENCY_MS:
        return
    for workload in [w for w in run.args.workloads if w.streamed and w.name in target.workloads]:
        try:
            result: Ttft = measure_ttft(target, workload, run.args.ttft_requests)
        except (RuntimeError, OSError, aiohttp.ClientError) as exc:
            _skip(run, target, f"time to first token ({workload.name})", exc)
            continue
        run.ttft.append(result.as_dict())
        print(f"  {target.name:8} TTFT {workload.name:10} median {result.median_ms:.2f} ms")


def soak(run: Run, target: Running, mock: Running) -> None:
    """Rounds of every request kind at 16 clients; RSS after each (is memory flat?)."""
    plan = replace(run.plan, warmup=0.0, quiet_wait=0.0, seconds=max(2.0, run.plan.seconds / 2))
    served = 0
    for number in range(1, run.args.soak_rounds + 1):
        for workload in [w for w in run.args.workloads if w.name in target.workloads]:
            served += measure_cell(plan, target, workload, 16, mock.latency_ms, mock.pid).requests
        rss = rss_mb(target.pid)
        run.soak.append({"target": target.name, "round": number, "requests": served, "rss_mb": rss})
        print(f"  {target.name:8} soak round {number}: {served:,} requests, rss {rss:.1f} MB")


def bench_latency(run: Run, latency_ms: float, gw: GatewayTarget, with_litellm: bool) -> None:
    """Start a mock at `latency_ms` and run each target against it, one after another."""
    workdir = run.plan.workdir / f"{latency_ms:g}ms"
    workdir.mkdir(parents=True, exist_ok=True)
    print(f"\n== mock upstream latency {latency_ms:g} ms", flush=True)
    with mock_upstream(latency_ms, workdir) as mock:
        drive(run, mock, latency_ms, mock)
        try:
            with gateway(gw, mock.url, workdir / "gateway") as target:
                drive(run, target, latency_ms, mock)
                if run.args.soak_rounds and latency_ms == run.args.latencies[0]:
                    soak(run, target, mock)
                if run.args.profile and latency_ms == 0:
                    run.profiles += profile_gateway(run.plan, target, run.args.workloads, RESULTS)
        except TargetDied as exc:
            _skip(run, target, f"at {latency_ms:g} ms", exc)
        if with_litellm:
            print("  starting LiteLLM (can take a minute)...", flush=True)
            try:
                with litellm(mock.url, workdir / "litellm") as target:
                    drive(run, target, latency_ms, mock)
            except TargetDied as exc:
                _skip(run, target, f"at {latency_ms:g} ms", exc)


def _terminate(signum: int, frame: object) -> None:
    raise KeyboardInterrupt  # unwinds every `with`, which stops the servers


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    signal.signal(signal.SIGTERM, _terminate)
    wrk = ensure_wrk()
    gw = default_gateway()
    litellm_version = None if args.skip_litellm else ensure_litellm()
    stamp = time.strftime("%Y%m%d-%H%M%S")
    plan = Plan(wrk, args.duration, args.warmup, RESULTS / "runs" / stamp, args.quiet_wait)
    plan.workdir.mkdir(parents=True, exist_ok=True)
    meta = machine_info(wrk, litellm_version, gw.mode, args)
    run = Run(args, plan, meta, notes=list(gw.notes))
    print(f"Gateway mode: {gw.mode}\nLogs: {plan.workdir}", flush=True)
    try:
        for latency_ms in args.latencies:
            bench_latency(run, latency_ms, gw, litellm_version is not None)
    except KeyboardInterrupt:
        print("\ninterrupted: servers stopped, nothing written", file=sys.stderr)
        return 130
    except (RuntimeError, TimeoutError) as exc:
        print(f"\nbenchmark failed: {exc}\nservers stopped, nothing written", file=sys.stderr)
        return 1
    if source_state() != meta["commit"]:
        run.notes.append(
            f"the source changed during the run (started at {meta['commit']}, "
            f"ended at {source_state()}): targets started later ran the newer code"
        )
    (RESULTS / "latest.json").write_text(json.dumps(run.as_dict(), indent=1), encoding="utf-8")
    print(write_outputs(run.as_dict(), RESULTS, update_results_md=not args.no_results_md))
    return 0


if __name__ == "__main__":
    sys.exit(main())
