"""Markdown tables of a run (from the dict written to bench/results/latest.json)."""

from __future__ import annotations

from typing import Any

from verdicts import targets_table

TARGETS = ("direct", "floor", "waddleai", "tensorzero-1t", "tensorzero", "litellm")
LABELS = {
    "direct": "mock direct",
    "floor": "raw floor",
    "waddleai": "WaddleAI",
    "tensorzero-1t": "TensorZero, 1 thread",
    "tensorzero": "TensorZero, default threads",
    "litellm": "LiteLLM",
}
# WaddleAI ÷ these, in the ratio table (the comparisons first).
BASES = ("tensorzero-1t", "tensorzero", "floor", "direct", "litellm")
SATURATED_CPU_PCT = 90.0
OTHER_LOAD_PCT = 15.0

Key = tuple[str, float, str, int]  # target, mock latency, workload, clients


class Cells:
    """Lookup of measured cells; the translated row's direct baseline is the streamed call."""

    def __init__(self, cells: list[dict[str, Any]]) -> None:
        self.all = cells
        self.by_key: dict[Key, dict[str, Any]] = {
            (c["target"], c["latency_ms"], c["workload"], c["clients"]): c for c in cells
        }

    def get(self, target: str, latency: float, workload: str, clients: int) -> dict | None:
        if target == "direct" and workload == "translated":
            workload = "streamed"
        return self.by_key.get((target, latency, workload, clients))

    def rows(self) -> list[tuple[float, str, int]]:
        """(latency, workload, clients) in measurement order, once each."""
        seen: dict[tuple[float, str, int], None] = {}
        for c in self.all:
            if c["target"] != "direct" or c["workload"] == "streamed":
                seen.setdefault((c["latency_ms"], c["workload"], c["clients"]), None)
        for c in self.all:
            seen.setdefault((c["latency_ms"], c["workload"], c["clients"]), None)
        return sorted(seen, key=lambda r: (r[0], _order(r[1]), r[2]))


def _order(workload: str) -> int:
    return {"plain": 0, "streamed": 1, "translated": 2, "agent": 3}.get(workload, 9)


def rps(cell: dict | None) -> str:
    if cell is None:
        return "n/a"
    return f"{cell['rps']:,.0f}" if cell["rps"] >= 100 else f"{cell['rps']:.1f}"


def lat(cell: dict | None) -> str:
    return "n/a" if cell is None else f"{cell['p50_ms']:.2f} / {cell['p99_ms']:.2f}"


def table(header: list[str], rows: list[list[str]], align: str | None = None) -> list[str]:
    align = align or "l" * len(header)
    marks = ["---:" if a == "r" else "---" for a in align]
    lines = ["| " + " | ".join(header) + " |", "| " + " | ".join(marks) + " |"]
    return lines + ["| " + " | ".join(r) + " |" for r in rows]


def label(target: str) -> str:
    return LABELS.get(target, target)


def cpu_us(cell: dict | None) -> str:
    if cell is None or "cpu_us_per_request" not in cell:
        return "n/a"
    return f"{cell['cpu_us_per_request']:,.0f}"


def throughput_table(cells: Cells) -> list[str]:
    """One row per target and cell: throughput, latency, CPU per request, memory."""
    header = ["mock", "request", "clients", "target", "req/s", "p50 / p99 ms"]
    header += ["CPU µs/req", "RSS MB", "WaddleAI ÷ this"]
    rows = []
    for latency, workload, clients in cells.rows():
        mine = cells.get("waddleai", latency, workload, clients)
        for target in TARGETS:
            c = cells.get(target, latency, workload, clients)
            if c is None:
                continue
            shown = "—" if target == "waddleai" else ratio(mine, c)
            rows.append(
                [f"{latency:g} ms", workload, str(clients), label(target), rps(c), lat(c)]
                + [cpu_us(c), f"{c['rss_mb']:.1f}", shown]
            )
    return table(header, rows, "llllrrrrr")


def _cpu_ratio(a: dict | None, b: dict | None) -> str:
    if a is None or b is None or not b.get("cpu_us_per_request"):
        return "n/a"
    return f"{a['cpu_us_per_request'] / b['cpu_us_per_request']:.2f}×"


def ratio_table(cells: Cells) -> list[str]:
    """WaddleAI's req/s (and CPU per request) as a multiple of each other target's."""
    present = [b for b in BASES if any(c["target"] == b for c in cells.all)]
    header = ["mock", "request", "clients"]
    header += [f"req/s ÷ {label(b)}" for b in present]
    header += [f"CPU/req ÷ {label(b)}" for b in present if b in ("tensorzero-1t", "floor")]
    rows = []
    for latency, workload, clients in cells.rows():
        w = cells.get("waddleai", latency, workload, clients)
        if w is None:
            continue
        row = [f"{latency:g} ms", workload, str(clients)]
        row += [ratio(w, cells.get(b, latency, workload, clients)) for b in present]
        row += [
            _cpu_ratio(w, cells.get(b, latency, workload, clients))
            for b in present
            if b in ("tensorzero-1t", "floor")
        ]
        rows.append(row)
    return table(header, rows, "lll" + "r" * (len(header) - 3))


def ratio(a: dict | None, b: dict | None, percent: bool = False) -> str:
    if a is None or b is None or not b["rps"]:
        return "n/a"
    value = a["rps"] / b["rps"]
    return f"{value * 100:.0f}%" if percent else f"{value:.2f}×"


def added(cell: dict | None, base: dict | None, key: str) -> str:
    if cell is None or base is None:
        return "n/a"
    return f"{cell[key] - base[key]:+.2f}"


def added_latency_table(cells: Cells) -> list[str]:
    """Each target's p50/p99 at 1 client minus calling the mock directly."""
    header = ["mock", "request", "target", "+p50 ms", "+p99 ms"]
    rows = []
    for latency, workload, clients in cells.rows():
        if clients != 1:
            continue
        d = cells.get("direct", latency, workload, 1)
        for target in TARGETS[1:]:
            c = cells.get(target, latency, workload, 1)
            if c is not None:
                row = [f"{latency:g} ms", workload, label(target)]
                rows.append(row + [added(c, d, "p50_ms"), added(c, d, "p99_ms")])
    return table(header, rows, "lllrr") if rows else ["(no 1-client runs)"]


def memory_table(data: dict[str, Any]) -> list[str]:
    header = ["target", "mock", "idle MB", "after first load MB", "peak MB", "after last load MB"]
    header += ["requests served"]
    rows = []
    for idle in data["idle_rss"]:  # idle: after start-up work, before any load
        mine = [
            c
            for c in data["cells"]
            if c["target"] == idle["target"] and c["latency_ms"] == idle["latency_ms"]
        ]
        if not mine:
            continue
        rss = [c["rss_mb"] for c in mine]
        served = sum(c["requests"] for c in mine)
        rows.append(
            [label(idle["target"]), f"{idle['latency_ms']:g} ms", f"{idle['rss_mb']:.1f}"]
            + [f"{rss[0]:.1f}", f"{max(rss):.1f}", f"{rss[-1]:.1f}", f"{served:,}"]
        )
    return table(header, rows, "llrrrrr")


def ttft_table(data: dict[str, Any]) -> list[str]:
    found = {(t["target"], t["workload"]): t for t in data["ttft"]}
    if not found:
        return ["(not measured: needs the 50 ms mock)"]
    base = found.get(("direct", "streamed"))
    rows = []
    for workload in ("streamed", "translated"):
        for target in TARGETS:
            t = found.get((target, workload))
            if t is not None:
                rows.append([workload, label(target), _ms(t), _diff(t, base)])
    return table(["request", "target", "median ms", "− direct"], rows, "llrr")


def _ms(t: dict | None) -> str:
    return "n/a" if t is None else f"{t['median_ms']:.2f}"


def _diff(t: dict | None, base: dict | None) -> str:
    return "n/a" if t is None or base is None else f"{t['median_ms'] - base['median_ms']:+.2f}"


def notes(cells: Cells, data: dict[str, Any]) -> list[str]:
    out = [f"- {n}" for n in data["notes"]]
    for c in cells.all:
        where = f"{label(c['target'])} {c['workload']}, {c['clients']} clients"
        where += f", {c['latency_ms']:g} ms mock"
        if c["errors"]:
            out.append(f"- {where}: {c['errors']:,} errors of {c['requests']:,} requests")
        if c["target"] != "direct" and c["mock_cpu_pct"] >= SATURATED_CPU_PCT:
            out.append(f"- {where}: the mock used {c['mock_cpu_pct']:.0f}% of a core (saturated)")
    saturated = [
        c for c in cells.all if c["target"] == "direct" and c["mock_cpu_pct"] >= SATURATED_CPU_PCT
    ]
    if saturated:
        out.append(
            f"- calling the mock directly saturates its one process in {len(saturated)} cells "
            "(≥ 90% of a core): the direct figures there are the mock's ceiling on this machine."
        )
    busy = [c for c in cells.all if c.get("other_cpu_pct", 0) >= OTHER_LOAD_PCT]
    if busy:
        worst = max(c["other_cpu_pct"] for c in busy)
        out.append(
            f"- other processes on the machine used ≥ {OTHER_LOAD_PCT:g}% of a core during "
            f"{len(busy)} of {len(cells.all)} cells (up to {worst:.0f}%): those cells understate "
            "what an idle machine does."
        )
    return out or ["- none"]


def soak_table(data: dict[str, Any]) -> list[str]:
    rows = []
    for r in data.get("soak", []):
        rows.append(
            [label(r["target"]), f"{r['requests']:,}", f"{r['seconds']:.0f}"]
            + [f"{r['idle_mb']:.1f}", f"{r['first_mb']:.1f}", f"{r['last_mb']:.1f}"]
            + [f"{r['max_mb']:.1f}", f"{r['drift_pct']:+.1f}%", str(len(r["samples"]) - 1)]
        )
    if not rows:
        return ["(not run)"]
    header = ["target", "requests", "seconds", "before MB", "first MB", "last MB", "max MB"]
    header += ["drift first → last", "samples"]
    return table(header, rows, "lrrrrrrrr")


def streams_table(data: dict[str, Any]) -> list[str]:
    rows = [
        [label(r["target"]), f"{r['opened']:,} / {r['streams']:,}", f"{r['open_seconds']:.1f}"]
        + [f"{r['before_mb']:.1f}", f"{r['open_mb']:.1f}", f"{r['after_mb']:.1f}"]
        + [f"{r['kb_per_stream']:.1f}"]
        for r in data.get("streams", [])
    ]
    if not rows:
        return ["(not run)"]
    header = ["target", "open / asked", "seconds to open", "RSS before MB", "RSS open MB"]
    header += ["RSS after close MB", "KB per open stream"]
    return table(header, rows, "lrrrrrr")


def workers_table(data: dict[str, Any]) -> list[str]:
    rows = [
        [str(r["workers"]), rps(r), f"{r['speedup']:.2f}×", lat(r), cpu_us(r)]
        + [f"{r['rss_mb']:.1f}", f"{r['cpu_pct']:.0f}", f"{r['mock_cpu_pct']:.0f}"]
        + [f"{r['wrk_cpu_pct']:.0f}", f"{r['other_cpu_pct']:.0f}", str(r["errors"])]
        for r in data.get("workers", [])
    ]
    if not rows:
        return ["(not run)"]
    header = ["workers", "req/s", "÷ 1 worker", "p50 / p99 ms", "CPU µs/req", "RSS MB"]
    header += ["CPU % gateway", "mock", "wrk", "other", "errors"]
    method = data["meta"].get("workers_method") or ""
    return [f"Measured with {method}.", "", *table(header, rows, "lrrrrrrrrrr")]


def header(meta: dict[str, Any]) -> list[str]:
    litellm = (
        f"LiteLLM proxy {meta['litellm']} (one worker)" if meta["litellm"] else "LiteLLM not run"
    )
    tz = meta.get("tensorzero")
    tz = f"TensorZero {tz} (PyPI wheel's gateway)" if tz else "TensorZero not run"
    return [
        "# WaddleAI benchmark",
        "",
        f"- **Date**: {meta['date']}",
        f"- **Machine**: {meta['cores']} cores, {meta['cpu']}, {meta['memory_gib']} GiB, "
        f"Linux {meta['kernel']}, Python {meta['python']}",
        f"- **Versions**: WaddleAI {meta['waddleai']} (commit {meta['commit']}), {tz}, "
        f"{litellm}, {meta['wrk']} (one thread, keep-alive)",
        f"- **Gateway mode**: {meta['gateway_mode']}",
        f"- **Method**: {meta['duration_s']:g} s per cell after {meta['warmup_s']:g} s warm-up; "
        "one target at a time on the same machine as the mock and wrk; "
        "p50/p99 from wrk's latency distribution; CPU µs/req = utime+stime of the target's "
        "process tree (from /proc) over the timed run ÷ requests served; "
        "`translated` = Anthropic `/v1/messages` streamed, answered by the mock's OpenAI API "
        "(its direct baseline is the streamed call); `agent` = the same with a Claude Code-sized "
        "body (346 KB: system prompt, 18 tools, 161 turns; no direct baseline). "
        "Raw floor = bench/floor.py, uvicorn "
        "(uvloop, httptools) + raw ASGI + aiohttp pass-through, no gateway features.",
    ]


def render_markdown(data: dict[str, Any], chart: str = "latest.png") -> str:
    cells = Cells(data["cells"])
    meta = data["meta"]
    parts = header(meta)
    parts += ["", "## Throughput, latency, CPU per request", "", *throughput_table(cells)]
    parts += ["", "## WaddleAI ÷ each target (same run)", "", *ratio_table(cells)]
    parts += ["", "## Added latency at 1 client (over calling the mock directly)", ""]
    parts += added_latency_table(cells)
    parts += [
        "",
        f"## Time to first token (50 ms mock, median of {meta['ttft_requests']} requests)",
        "",
    ]
    parts += ttft_table(data)
    parts += ["", "## Resident memory (VmRSS, process tree)", "", *memory_table(data)]
    parts += ["", "## Memory over a long run (soak, 16 clients, request kinds in turn)", ""]
    parts += soak_table(data)
    parts += ["", "## Open streams held at once (streamed, the mock pacing chunks 3 s apart)", ""]
    parts += streams_table(data)
    parts += ["", "## `waddleai proxy --workers N`", "", *workers_table(data)]
    parts += ["", "## Issue 16 targets", "", *targets_table(cells, data)]
    parts += ["", "## Notes", "", *notes(cells, data)]
    parts += ["", "## Every cell (CPU in % of one core over the timed run)", ""]
    parts += cells_table(cells)
    if data.get("profiles"):
        parts += ["", "Profiles (py-spy): " + ", ".join(f"`{p}`" for p in data["profiles"])]
    parts += ["", f"![throughput and latency]({chart})", ""]
    return "\n".join(parts)


def cells_table(cells: Cells) -> list[str]:
    header = ["target", "mock", "request", "clients", "req/s", "p50 ms", "p99 ms", "errors"]
    header += ["RSS MB", "CPU µs/req", "CPU % target", "mock", "wrk", "other"]
    rows = [
        [label(c["target"]), f"{c['latency_ms']:g} ms", c["workload"], str(c["clients"])]
        + [rps(c), f"{c['p50_ms']:.2f}", f"{c['p99_ms']:.2f}", str(c["errors"])]
        + [f"{c['rss_mb']:.1f}", cpu_us(c), f"{c['cpu_pct']:.0f}", f"{c['mock_cpu_pct']:.0f}"]
        + [f"{c.get('wrk_cpu_pct', 0):.0f}", f"{c.get('other_cpu_pct', 0):.0f}"]
        for c in cells.all
    ]
    return table(header, rows, "lllrrrrrrrrrrr")
