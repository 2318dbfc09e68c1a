"""Turn a run's measurements into tables: terminal, Markdown and a PNG chart."""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import time
from importlib import metadata
from pathlib import Path
from typing import Any

from tables import render_markdown
from targets import BENCH_DIR, REPO
from tools import ensure_tools


def _first_line(command: list[str]) -> str:
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=30, check=False)
    except (OSError, subprocess.SubprocessError):
        return "?"
    return ((done.stdout or done.stderr).strip().splitlines() or ["?"])[0]


def _cpu_model() -> str:
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return platform.processor() or "?"


def _memory_gib() -> float:
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemTotal:"):
            return int(line.split()[1]) / 1024 / 1024
    return 0.0


def source_state() -> str:
    """The checked-out commit, and whether src/ differs from it."""
    commit = _first_line(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"])
    dirty = _first_line(["git", "-C", str(REPO), "status", "--porcelain", "--", "src"])
    return commit + (" (src/ modified)" if dirty not in ("", "?") else "")


def machine_info(
    wrk: str, litellm_version: str | None, gateway_mode: str, args: argparse.Namespace
) -> dict[str, Any]:
    """Date, machine and versions, for the report's header."""
    return {
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "cores": os.cpu_count(),
        "cpu": _cpu_model(),
        "memory_gib": round(_memory_gib(), 1),
        "kernel": platform.release(),
        "python": platform.python_version(),
        "waddleai": metadata.version("waddleai"),
        "commit": source_state(),
        "litellm": litellm_version,
        "wrk": _first_line([wrk, "-v"]).split(" [")[0],
        "gateway_mode": gateway_mode,
        "duration_s": args.duration,
        "warmup_s": args.warmup,
        "concurrency": args.concurrency,
        "latencies_ms": args.latencies,
        "ttft_requests": args.ttft_requests,
    }


def write_chart(json_path: Path, png_path: Path) -> str | None:
    """Render the PNG with matplotlib from bench/.tools-venv; an error message or None."""
    python = ensure_tools()
    if python is None:
        return "chart skipped: bench tools venv unavailable"
    done = subprocess.run(
        [str(python), str(BENCH_DIR / "chart.py"), str(json_path), str(png_path)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    if done.returncode != 0:
        return f"chart failed: {done.stderr[-800:]}"
    return None


def write_outputs(data: dict[str, Any], results: Path, update_results_md: bool = True) -> str:
    """Write latest.md, latest.png (and bench/RESULTS.md, RESULTS.png); return the Markdown."""
    results.mkdir(parents=True, exist_ok=True)
    problem = write_chart(results / "latest.json", results / "latest.png")
    if problem:
        data["notes"].append(problem)
    markdown = render_markdown(data, "latest.png")
    (results / "latest.md").write_text(markdown, encoding="utf-8")
    if update_results_md:  # the committed copy, quoted by the README
        (BENCH_DIR / "RESULTS.md").write_text(
            render_markdown(data, "RESULTS.png"), encoding="utf-8"
        )
        if (results / "latest.png").exists():
            shutil.copyfile(results / "latest.png", BENCH_DIR / "RESULTS.png")
    return markdown


if __name__ == "__main__":  # re-render from the last run: python bench/report.py
    import json
    import sys

    latest = BENCH_DIR / "results" / "latest.json"
    print(
        write_outputs(
            json.loads(latest.read_text()), latest.parent, "--no-results-md" not in sys.argv
        )
    )
