"""Issue 16's performance targets next to what a run measured (a report, never a test).

Throughput and latency targets read the 0 ms mock cells; TensorZero's figure is the
1-thread run, the issue's reference (the default-threads run is shown beside it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tables import Cells

STREAM_KB_TODAY = 36.0  # the figure for one open stream before the work


def _row(rows: list[list[str]], what: str, value: float | None, text: str, ok: bool) -> None:
    if value is None:
        rows.append([what, "n/a", "not measured"])
    else:
        rows.append([what, text, "met" if ok else "**not met**"])


def _throughput(cells: Cells, rows: list[list[str]]) -> None:
    for workload in ("plain", "streamed"):
        w = cells.get("waddleai", 0.0, workload, 16)
        for base in ("tensorzero-1t", "tensorzero"):
            t = cells.get(base, 0.0, workload, 16)
            value = w["rps"] / t["rps"] if w and t and t["rps"] else None
            threads = "1 thread" if base.endswith("1t") else "default threads"
            text = f"{value:.2f}× ({w['rps']:,.0f} vs {t['rps']:,.0f})" if value and w and t else ""
            what = f"{workload} req/s at 16 clients ≥ TensorZero's ({threads})"
            _row(rows, what, value, text, (value or 0) >= 1.0)
    plain, translated = (cells.get("waddleai", 0.0, k, 16) for k in ("plain", "translated"))
    value = translated["rps"] / plain["rps"] if plain and translated and plain["rps"] else None
    text = f"{(value or 0) * 100:.0f}% of plain"
    _row(rows, "translated req/s within 30% of plain", value, text, (value or 0) >= 0.7)


def _cpu_and_latency(cells: Cells, rows: list[list[str]]) -> None:
    w = cells.get("waddleai", 0.0, "plain", 16)
    value = w.get("cpu_us_per_request") if w else None
    text = f"{value:,.0f} µs" if value is not None else ""
    _row(rows, "CPU per request ≤ 200 µs (plain, 16 clients)", value, text, (value or 0) <= 200)
    w, d = cells.get("waddleai", 0.0, "plain", 1), cells.get("direct", 0.0, "plain", 1)
    for key, limit in (("p50_ms", 0.3), ("p99_ms", 2.0)):
        value = w[key] - d[key] if w and d else None
        text = f"{value:+.2f} ms" if value is not None else ""
        what = f"added {key[:3]} at 1 client ≤ {limit:g} ms (plain)"
        _row(rows, what, value, text, (value or 0) <= limit)


def _memory(data: dict[str, Any], rows: list[list[str]]) -> None:
    idle = [r["rss_mb"] for r in data["idle_rss"] if r["target"] == "waddleai"]
    value = idle[0] if idle else None
    text = f"{value:.1f} MB" if value is not None else ""
    mode = data["meta"].get("gateway_mode", "")
    what = "idle RSS ≤ 80 MB" + (" (the proxy process)" if "proxy`" in mode else " (serve)")
    _row(rows, what, value, text, (value or 0) <= 80)
    soak = [r for r in data.get("soak", []) if r["target"] == "waddleai"]
    if soak:
        r = soak[0]
        text = f"{r['drift_pct']:+.1f}% over {r['requests']:,} requests (max {r['max_mb']:.1f} MB)"
        ok = abs(r["drift_pct"]) <= 5 and r["requests"] >= 200_000
        what = "RSS flat (±5%) over 200,000 requests"
        _row(rows, what + ("" if r["requests"] >= 200_000 else ": run too short"), 0, text, ok)
    else:
        _row(rows, "RSS flat (±5%) over 200,000 requests", None, "", False)
    held = [r for r in data.get("streams", []) if r["target"] == "waddleai"]
    if held:
        r = held[0]
        text = f"{r['opened']:,}/{r['streams']:,} open, {r['kb_per_stream']:.1f} KB each"
        ok = r["opened"] == r["streams"] >= 1000 and r["kb_per_stream"] <= STREAM_KB_TODAY
        what = f"1,000 open streams, bounded (≤ {STREAM_KB_TODAY:g} KB each, today's figure)"
        _row(rows, what, 0, text, ok)
    else:
        _row(rows, "1,000 open streams held with bounded memory", None, "", False)


def _workers(data: dict[str, Any], rows: list[list[str]]) -> None:
    by = {r["workers"]: r for r in data.get("workers", [])}
    one, two = by.get(1), by.get(2)
    value = two["rps"] / one["rps"] if one and two and one["rps"] else None
    text = f"{value:.2f}× (wrk pinned; see the workers table)" if value else ""
    _row(rows, "`--workers 2` ≥ 1.7× `--workers 1`", value, text, (value or 0) >= 1.7)


def targets_table(cells: Cells, data: dict[str, Any]) -> list[str]:
    rows: list[list[str]] = []
    _throughput(cells, rows)
    _cpu_and_latency(cells, rows)
    _memory(data, rows)
    _workers(data, rows)
    header = "| issue 16 target (0 ms mock) | measured | verdict |\n| --- | --- | --- |"
    return header.splitlines() + ["| " + " | ".join(r) + " |" for r in rows]
