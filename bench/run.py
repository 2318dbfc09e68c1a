"""WaddleAI benchmark: the gateway against the raw floor, TensorZero and LiteLLM, in one run.

Starts `waddleai mock-upstream` (0 ms and 50 ms latency), then, one at a time,
drives the mock directly, the raw ASGI pass-through floor, the gateway, TensorZero
(1 and default worker threads) and LiteLLM proxy with wrk at each concurrency for
plain, streamed and translated requests; measures CPU per request, time to first
token, memory over a soak and per open stream, and `--workers` scaling; writes
bench/results/latest.{json,md,png} and bench/RESULTS.md.

    .venv/bin/python bench/run.py            # full run (about 40 minutes)
    .venv/bin/python bench/run.py --quick    # smoke run (a few minutes), no LiteLLM
"""

from __future__ import annotations

import argparse
import json
import resource
import signal
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp
from litellm_target import ensure_litellm, litellm
from measure import Cell, Plan, check_answer, measure_cell
from memory_checks import hold_streams, soak
from procs import rss_mb, settle
from profiling import profile_gateway
from report import machine_info, source_state, write_outputs
from scaling import measure_workers
from scaling import method as scaling_method
from targets import (
    BENCH_DIR,
    GatewayTarget,
    Running,
    TargetDied,
    default_gateway,
    floor,
    gateway,
    mock_upstream,
)
from tensorzero_target import ensure_tensorzero, tensorzero, worker_threads
from ttft import Ttft, measure_ttft
from workloads import WORKLOADS
from wrk import ensure_wrk

RESULTS = BENCH_DIR / "results"
TTFT_LATENCY_MS = 50.0


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add = parser.add_argument
    add("--quick", action="store_true", help="0 ms mock, 1 and 16 clients, 3 s runs, no LiteLLM")
    add("--skip-litellm", action="store_true", help="do not run LiteLLM")
    add("--skip-tensorzero", action="store_true", help="do not run TensorZero")
    add("--serve", action="store_true", help="run the gateway as `waddleai serve`, not `proxy`")
    add("--duration", type=float, help="seconds per timed run (default 10)")
    add("--warmup", type=float, help="seconds of warm-up per run (default 2)")
    add("--concurrency", help="comma-separated client counts (default 1,16,64)")
    add("--latencies", help="mock latencies in ms (default 0,50; 0 with --quick)")
    add("--workloads", default="plain,streamed,translated,agent")
    add("--ttft-requests", type=int, help="sequential requests (default 100)")
    add(
        "--quiet-wait",
        type=float,
        help="max seconds to wait before each cell for other processes to go quiet "
        "(default 30, 2 with --quick; 0: never)",
    )
    add("--soak", type=int, help="requests of the gateway's memory soak (default 200000; 0: off)")
    add("--soak-every", type=int, help="RSS sampled every N soak requests (default soak/20)")
    add("--streams", type=int, help="streams held open at once (default 1000; 0: off)")
    add("--workers", help="`waddleai proxy --workers N` counts to compare (default 1,2; 0: off)")
    add("--profile", action="store_true", help="py-spy the gateway under load")
    add("--no-results-md", action="store_true", help="leave bench/RESULTS.md")
    args = parser.parse_args(argv)
    quick = args.quick
    args.skip_litellm = args.skip_litellm or quick
    args.duration = args.duration or (3.0 if quick else 10.0)
    args.warmup = args.warmup if args.warmup is not None else (1.0 if quick else 2.0)
    args.concurrency = [
        int(c) for c in (args.concurrency or ("1,16" if quick else "1,16,64")).split(",")
    ]
    args.latencies = [float(x) for x in (args.latencies or ("0" if quick else "0,50")).split(",")]
    args.workloads = [WORKLOADS[w] for w in args.workloads.split(",")]
    args.ttft_requests = args.ttft_requests or (20 if quick else 100)
    args.soak = args.soak if args.soak is not None else (20_000 if quick else 200_000)
    args.soak_every = args.soak_every or max(1, args.soak // 20)
    args.streams = args.streams if args.streams is not None else 1000
    workers = args.workers if args.workers is not None else "1,2"
    args.workers = [int(w) for w in workers.split(",") if w.strip() and int(w) > 0]
    if args.quiet_wait is None:
        args.quiet_wait = 2.0 if quick else 30.0
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
    streams: list[dict[str, Any]] = field(default_factory=list)
    workers: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "meta": self.meta,
            "cells": [c.as_dict() for c in self.cells],
            "ttft": self.ttft,
            "idle_rss": self.idle_rss,
            "notes": self.notes,
            "profiles": self.profiles,
            "soak": self.soak,
            "streams": self.streams,
            "workers": self.workers,
        }


def _progress(cell: Cell) -> None:
    print(
        f"  {cell.target:13} {cell.latency_ms:>2g} ms {cell.workload:10} c={cell.clients:<3}"
        f" {cell.rps:8.1f} req/s  p50 {cell.p50_ms:7.2f}  p99 {cell.p99_ms:7.2f} ms"
        f"  err {cell.errors:<4} rss {cell.rss_mb:5.1f} MB"
        f"  {cell.cpu_us_per_request:6.0f} µs/req  cpu % target"
        f" {cell.cpu_pct:3.0f} mock {cell.mock_cpu_pct:3.0f} wrk {cell.wrk_cpu_pct:3.0f}"
        f" other {cell.other_cpu_pct:3.0f}",
        flush=True,
    )


def _skip(run: Run, target: Running | str, what: str, exc: Exception) -> None:
    """A target that cannot serve a request kind gets n/a and a note, not a dead run."""
    name = target if isinstance(target, str) else target.name
    note = f"{name} {what}: not measured ({(str(exc).splitlines() or ['?'])[0][:300]})"
    run.notes.append(note)
    print(f"  {note}", flush=True)


LAST = ("agent",)
"""Driven after a target's memory checks: Claude Code-sized bodies leave the heap at a
high-water mark (~160 MB at 64 clients) that the soak and the open streams would
otherwise start from, and their figures would say nothing about the gateway's own."""


def drive(run: Run, target: Running, latency_ms: float, mock: Running, last: bool = False) -> None:
    """All cells of one target at one mock latency, then its time to first token;
    `last`: only the workloads in LAST (the others: all but those)."""
    if not last:
        settle(target.pid)  # e.g. the gateway loads its tokenizer tables after start
        run.idle_rss.append(
            {"target": target.name, "latency_ms": latency_ms, "rss_mb": rss_mb(target.pid)}
        )
    mine = [w for w in run.args.workloads if w.name in target.workloads]
    for workload in [w for w in mine if (w.name in LAST) == last]:
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
    for workload in [w for w in mine if w.streamed and (w.name in LAST) == last]:
        try:
            result: Ttft = measure_ttft(target, workload, run.args.ttft_requests)
        except (RuntimeError, OSError, aiohttp.ClientError) as exc:
            _skip(run, target, f"time to first token ({workload.name})", exc)
            continue
        run.ttft.append(result.as_dict())
        print(f"  {target.name:13} TTFT {workload.name:10} median {result.median_ms:.2f} ms")


def memory_soak(run: Run, target: Running, mock: Running) -> None:
    """`--soak N` requests of every kind at 16 clients: is the gateway's RSS flat?"""
    # the soak keeps to the small requests: its figure compares with earlier runs
    workloads = [w for w in run.args.workloads if w.name in target.workloads and w.name not in LAST]
    print(f"  {target.name:13} soak: {run.args.soak:,} requests...", flush=True)
    result = soak(run.plan, target, workloads, mock, run.args.soak, run.args.soak_every)
    run.soak.append(result)
    print(
        f"  {target.name:13} soak: {result['requests']:,} requests in {result['seconds']:.0f} s,"
        f" rss first {result['first_mb']:.1f} last {result['last_mb']:.1f}"
        f" max {result['max_mb']:.1f} MB, drift {result['drift_pct']:+.1f}%",
        flush=True,
    )


def open_streams(run: Run, target: Running, mock: Running) -> None:
    """`--streams N` held open at once: RSS per open stream."""
    try:
        result = hold_streams(target, mock, run.args.streams)
    except (RuntimeError, OSError, aiohttp.ClientError) as exc:
        _skip(run, target, f"{run.args.streams} open streams", exc)
        return
    run.streams.append(result)
    print(
        f"  {target.name:13} {result['opened']:,}/{result['streams']:,} streams open:"
        f" rss {result['before_mb']:.1f} -> {result['open_mb']:.1f} MB"
        f" ({result['kb_per_stream']:.1f} KB each), {result['after_mb']:.1f} MB after",
        flush=True,
    )


Extra = Callable[[Run, Running, Running], None]


def measure_target(
    run: Run,
    name: str,
    start: Callable[[], Any],
    latency_ms: float,
    mock: Running,
    extras: tuple[Extra, ...] = (),
    optional: bool = False,
) -> None:
    """Start one target, drive all its cells, run `extras` on it, stop it.

    An `optional` target (another project's gateway) that fails to start or to answer
    gets a note saying why, and the run goes on without it.
    """
    skipped: tuple[type[Exception], ...] = (RuntimeError, TimeoutError) if optional else ()
    try:
        with start() as target:
            drive(run, target, latency_ms, mock)
            for extra in extras:
                extra(run, target, mock)
            drive(run, target, latency_ms, mock, last=True)
    except TargetDied as exc:
        _skip(run, name, f"at {latency_ms:g} ms", exc)
    except skipped as exc:
        _skip(run, name, f"at {latency_ms:g} ms", exc)


def bench_latency(run: Run, latency_ms: float, gw: GatewayTarget, tz: bool) -> None:
    """Start a mock at `latency_ms` and run each target against it, one after another."""
    workdir = run.plan.workdir / f"{latency_ms:g}ms"
    workdir.mkdir(parents=True, exist_ok=True)
    first = latency_ms == run.args.latencies[0]
    streams: tuple[Extra, ...] = (open_streams,) if first and run.args.streams else ()
    print(f"\n== mock upstream latency {latency_ms:g} ms", flush=True)
    with mock_upstream(latency_ms, workdir) as mock:
        drive(run, mock, latency_ms, mock)
        measure_target(
            run, "floor", lambda: floor(mock.url, workdir / "floor"), latency_ms, mock, streams
        )
        # The soak first: it starts from the warm size, not from the streams' high-water mark.
        extras = ((memory_soak,) if first and run.args.soak else ()) + streams
        if run.args.profile and latency_ms == 0:
            extras += (_profile,)
        start = lambda: gateway(gw, mock.url, workdir / "gateway")  # noqa: E731
        measure_target(run, "waddleai", start, latency_ms, mock, extras)
        for threads in (1, None) if tz else ():
            start = lambda t=threads: tensorzero(mock.url, workdir / "tensorzero", t)  # noqa: E731
            name = "tensorzero" if threads is None else "tensorzero-1t"
            extras = (_threads,) + (streams if threads else ())
            measure_target(run, name, start, latency_ms, mock, extras, optional=True)
        if not run.args.skip_litellm:
            print("  starting LiteLLM (can take a minute)...", flush=True)
            measure_target(
                run, "litellm", lambda: litellm(mock.url, workdir / "litellm"), latency_ms, mock
            )
        if first and run.args.workers:
            workers_scaling(run, gw, mock, workdir)


def workers_scaling(run: Run, gw: GatewayTarget, mock: Running, workdir: Path) -> None:
    """`--workers`: `waddleai proxy --workers N` for each N, cells interleaved."""
    print(f"  waddleai proxy --workers {run.args.workers}: {scaling_method()}", flush=True)
    rounds = 2 if run.args.quick else 3
    run.workers = measure_workers(run.plan, gw, mock, run.args.workers, workdir, rounds)
    for row in run.workers:
        print(
            f"  --workers {row['workers']}: {row['rps']:8.1f} req/s"
            f" ({row['speedup']:.2f}×; rounds {row['rounds_rps']}),"
            f" {row['cpu_us_per_request']:.0f} µs/req,"
            f" cpu % target {row['cpu_pct']:.0f} mock {row['mock_cpu_pct']:.0f}"
            f" wrk {row['wrk_cpu_pct']:.0f} other {row['other_cpu_pct']:.0f}",
            flush=True,
        )


def _profile(run: Run, target: Running, mock: Running) -> None:
    run.profiles += profile_gateway(run.plan, target, run.args.workloads, RESULTS)


def _threads(run: Run, target: Running, mock: Running) -> None:
    note = f"{target.name}: tokio worker threads running: {worker_threads(target.pid)}"
    if note not in run.notes:
        run.notes.append(note)


def _terminate(signum: int, frame: object) -> None:
    raise KeyboardInterrupt  # unwinds every `with`, which stops the servers


def _raise_fd_limit() -> None:
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard == resource.RLIM_INFINITY or soft < hard:
        resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    signal.signal(signal.SIGTERM, _terminate)
    wrk = ensure_wrk()
    _raise_fd_limit()  # --streams opens thousands of sockets (client, gateway, mock)
    gw = default_gateway(args.serve)
    litellm_version = None if args.skip_litellm else ensure_litellm()
    tz_version, tz_problem = (None, "skipped") if args.skip_tensorzero else ensure_tensorzero()
    stamp = time.strftime("%Y%m%d-%H%M%S")
    plan = Plan(wrk, args.duration, args.warmup, RESULTS / "runs" / stamp, args.quiet_wait)
    plan.workdir.mkdir(parents=True, exist_ok=True)
    meta = machine_info(wrk, litellm_version, gw.mode, args)
    meta["tensorzero"] = tz_version
    meta["workers_method"] = scaling_method() if args.workers else None
    run = Run(args, plan, meta, notes=list(gw.notes))
    if tz_version is None and not args.skip_tensorzero:
        run.notes.append(f"TensorZero not measured: {tz_problem}")
        print(f"TensorZero not measured: {tz_problem}", flush=True)
    print(f"Gateway mode: {gw.mode}\nLogs: {plan.workdir}", flush=True)
    try:
        for latency_ms in args.latencies:
            bench_latency(run, latency_ms, gw, tz_version is not None)
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
