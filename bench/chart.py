"""Draw bench/results/latest.png from latest.json (run with bench/.tools-venv's python).

bench/.tools-venv/bin/python bench/chart.py bench/results/latest.json out.png
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402 - after choosing the backend

TARGETS = {
    "direct": ("mock direct", "#9e9e9e"),
    "floor": ("raw floor", "#bcbd22"),
    "waddleai": ("WaddleAI", "#1f77b4"),
    "tensorzero-1t": ("TensorZero 1 thread", "#ff7f0e"),
    "tensorzero": ("TensorZero default threads", "#ffbb78"),
    "litellm": ("LiteLLM", "#d62728"),
}
WORKLOADS = ("plain", "streamed", "translated", "agent")


def _lookup(cells: list[dict[str, Any]]) -> dict[tuple[str, float, str, int], dict[str, Any]]:
    return {(c["target"], c["latency_ms"], c["workload"], c["clients"]): c for c in cells}


def _groups(cells: list[dict[str, Any]], latency: float) -> list[tuple[str, int]]:
    found = {(c["workload"], c["clients"]) for c in cells if c["latency_ms"] == latency}
    found |= {("translated", n) for w, n in found if w == "streamed"}
    return sorted(found, key=lambda g: (WORKLOADS.index(g[0]), g[1]))


def _panel(ax: Any, cells: list[dict[str, Any]], latency: float, metric: str) -> None:
    table = _lookup(cells)
    groups = _groups(cells, latency)
    width = 0.8 / len(TARGETS)
    for i, (target, (label, color)) in enumerate(TARGETS.items()):
        values = []
        for workload, clients in groups:
            shown = "streamed" if target == "direct" and workload == "translated" else workload
            cell = table.get((target, latency, shown, clients))
            values.append(cell[metric] if cell else 0.0)
        xs = [x + (i - (len(TARGETS) - 1) / 2) * width for x in range(len(groups))]
        ax.bar(xs, values, width, label=label, color=color)
    ax.set_xticks(range(len(groups)))
    ax.set_xticklabels([f"{w}\n{n} cl." for w, n in groups], fontsize=8)
    ax.set_yscale("log")
    ax.grid(axis="y", which="both", alpha=0.3)
    what = (
        "requests/s (higher is better)" if metric == "rps" else "p50 latency ms (lower is better)"
    )
    ax.set_title(f"{latency:g} ms mock: {what}", fontsize=10)


def draw(data: dict[str, Any], out: Path) -> None:
    cells = data["cells"]
    latencies = sorted({c["latency_ms"] for c in cells})
    fig, axes = plt.subplots(len(latencies), 2, figsize=(14, 4.2 * len(latencies)), squeeze=False)
    for row, latency in enumerate(latencies):
        _panel(axes[row][0], cells, latency, "rps")
        _panel(axes[row][1], cells, latency, "p50_ms")
    axes[0][0].legend(loc="upper right", fontsize=8)
    meta = data["meta"]
    fig.suptitle(
        f"WaddleAI benchmark, {meta['date']}: {meta['cores']} cores, {meta['cpu']}"
        + (f", LiteLLM {meta['litellm']}" if meta.get("litellm") else ""),
        fontsize=11,
    )
    fig.tight_layout()
    fig.savefig(out, dpi=110)


if __name__ == "__main__":
    draw(json.loads(Path(sys.argv[1]).read_text()), Path(sys.argv[2]))
