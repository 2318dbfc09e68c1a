"""Markdown tables of a run (from the dict written to bench/results/latest.json)."""

from __future__ import annotations

from typing import Any

TARGETS = ("direct", "waddleai", "litellm")
LABELS = {"direct": "mock direct", "waddleai": "WaddleAI", "litellm": "LiteLLM"}
SATURATED_CPU_PCT = 90.0
OTHER_LOAD_PCT = 15.0
REF_LITELLM_RPS = 95  # issue 6: LiteLLM 1.106.2, one worker, 16 clients, on its machine

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
    return {"plain": 0, "streamed": 1, "translated": 2}.get(workload, 9)


def rps(cell: dict | None) -> str:
    if cell is None:
        return "n/a"
    return f"{cell['rps']:,.0f}" if cell["rps"] >= 100 else f"{cell['rps']:.1f}"


def lat(cell: dict | None) -> str:
    return "n/a" if cell is None else f"{cell['p50_ms']:.2f} / {cell['p99_ms']:.2f}"


def ratio(a: dict | None, b: dict | None, percent: bool = False) -> str:
    if a is None or b is None or not b["rps"]:
        return "n/a"
    value = a["rps"] / b["rps"]
    return f"{value * 100:.0f}%" if percent else f"{value:.1f}×"


def table(header: list[str], rows: list[list[str]], align: str | None = None) -> list[str]:
    align = align or "l" * len(header)
    marks = ["---:" if a == "r" else "---" for a in align]
    lines = ["| " + " | ".join(header) + " |", "| " + " | ".join(marks) + " |"]
    return lines + ["| " + " | ".join(r) + " |" for r in rows]


def throughput_table(cells: Cells) -> list[str]:
    header = ["mock", "request", "clients", "req/s direct", "req/s WaddleAI", "req/s LiteLLM"]
    header += ["WaddleAI ÷ direct", "WaddleAI ÷ LiteLLM", "p50 / p99 ms direct"]
    header += ["p50 / p99 ms WaddleAI", "p50 / p99 ms LiteLLM"]
    rows = []
    for latency, workload, clients in cells.rows():
        d, w, lt = (cells.get(t, latency, workload, clients) for t in TARGETS)
        rows.append(
            [f"{latency:g} ms", workload, str(clients), rps(d), rps(w), rps(lt)]
            + [ratio(w, d, percent=True), ratio(w, lt), lat(d), lat(w), lat(lt)]
        )
    return table(header, rows, "lllrrrrrrrr")


def added(cell: dict | None, base: dict | None, key: str) -> str:
    if cell is None or base is None:
        return "n/a"
    return f"{cell[key] - base[key]:+.2f}"


def added_latency_table(cells: Cells) -> list[str]:
    header = ["mock", "request", "WaddleAI +p50 ms", "WaddleAI +p99 ms"]
    header += ["LiteLLM +p50 ms", "LiteLLM +p99 ms"]
    rows = []
    for latency, workload, clients in cells.rows():
        if clients != 1:
            continue
        d, w, lt = (cells.get(t, latency, workload, 1) for t in TARGETS)
        rows.append(
            [f"{latency:g} ms", workload, added(w, d, "p50_ms"), added(w, d, "p99_ms")]
            + [added(lt, d, "p50_ms"), added(lt, d, "p99_ms")]
        )
    return table(header, rows, "llrrrr") if rows else ["(no 1-client runs)"]


def memory_table(data: dict[str, Any]) -> list[str]:
    header = ["target", "mock", "idle MB", "after first load MB", "peak MB", "after last load MB"]
    header += ["requests served"]
    rows = []
    for idle in data["idle_rss"]:
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
            [LABELS[idle["target"]], f"{idle['latency_ms']:g} ms", f"{idle['rss_mb']:.1f}"]
            + [f"{rss[0]:.1f}", f"{max(rss):.1f}", f"{rss[-1]:.1f}", f"{served:,}"]
        )
    return table(header, rows, "llrrrrr")


def ttft_table(data: dict[str, Any]) -> list[str]:
    found = {(t["target"], t["workload"]): t for t in data["ttft"]}
    if not found:
        return ["(not measured)"]
    header = ["request", "direct ms", "WaddleAI ms", "WaddleAI − direct", "LiteLLM ms"]
    header += ["LiteLLM − direct"]
    rows = []
    for workload in ("streamed", "translated"):
        d = found.get(("direct", "streamed"))
        w, lt = found.get(("waddleai", workload)), found.get(("litellm", workload))
        if w is None and lt is None:
            continue
        rows.append([workload, _ms(d), _ms(w), _diff(w, d), _ms(lt), _diff(lt, d)])
    return table(header, rows, "lrrrrr")


def _ms(t: dict | None) -> str:
    return "n/a" if t is None else f"{t['median_ms']:.2f}"


def _diff(t: dict | None, base: dict | None) -> str:
    return "n/a" if t is None or base is None else f"{t['median_ms'] - base['median_ms']:+.2f}"


def _check(rows: list[list[str]], what: str, value: float | None, text: str, ok: bool) -> None:
    if value is None:
        rows.append([what, "n/a", "not measured"])
    else:
        rows.append([what, text, "met" if ok else "**not met**"])


def _speedups(cells: Cells, rows: list[list[str]]) -> None:
    for workload, label in (("plain", "non-streamed"), ("streamed", "streamed")):
        w, lt = cells.get("waddleai", 0.0, workload, 16), cells.get("litellm", 0.0, workload, 16)
        value = w["rps"] / lt["rps"] if w and lt and lt["rps"] else None
        text = f"{value:.1f}× LiteLLM" if value else ""
        _check(rows, f"{label} req/s at 16 clients ≥ 30× LiteLLM", value, text, (value or 0) >= 30)
    w, lt = (
        cells.get("waddleai", 0.0, "translated", 16),
        cells.get("litellm", 0.0, "translated", 16),
    )
    value = w["rps"] / lt["rps"] if w and lt and lt["rps"] else None
    text = f"{value:.1f}× LiteLLM" if value else ""
    _check(
        rows,
        "translated streamed req/s at 16 clients ≥ 30× LiteLLM",
        value,
        text,
        (value or 0) >= 30,
    )
    w, d = cells.get("waddleai", 0.0, "plain", 16), cells.get("direct", 0.0, "plain", 16)
    value = w["rps"] / d["rps"] if w and d and d["rps"] else None
    text = f"{(value or 0) * 100:.0f}% of direct"
    _check(
        rows, "non-streamed req/s at 16 clients ≥ 35% of direct", value, text, (value or 0) >= 0.35
    )


def _latency_checks(cells: Cells, data: dict[str, Any], rows: list[list[str]]) -> None:
    w, d = cells.get("waddleai", 0.0, "plain", 1), cells.get("direct", 0.0, "plain", 1)
    for key, limit in (("p50_ms", 0.5), ("p99_ms", 2.0)):
        value = w[key] - d[key] if w and d else None
        text = f"{value:+.2f} ms" if value is not None else ""
        _check(
            rows, f"added {key[:3]} at 1 client ≤ {limit:g} ms", value, text, (value or 0) <= limit
        )
    found = {(t["target"], t["workload"]): t["median_ms"] for t in data["ttft"]}
    base = found.get(("direct", "streamed"))
    for workload in ("streamed", "translated"):
        mine = found.get(("waddleai", workload))
        value = mine - base if mine is not None and base is not None else None
        text = f"{value:+.2f} ms" if value is not None else ""
        what = f"time to first token ({workload}) within 1 ms of upstream"
        _check(rows, what, value, text, abs(value or 0) <= 1.0)


def _memory_checks(data: dict[str, Any], rows: list[list[str]]) -> None:
    mine = [c for c in data["cells"] if c["target"] == "waddleai"]
    peak = max((c["rss_mb"] for c in mine), default=None)
    text = f"{peak:.1f} MB peak" if peak is not None else ""
    _check(rows, "resident memory under load ≤ 80 MB", peak, text, (peak or 0) <= 80)
    rounds = [r for r in data.get("soak", []) if r["target"] == "waddleai"]
    if len(rounds) < 2:
        _check(rows, "RSS flat over many requests", None, "", False)
        return
    growth = rounds[-1]["rss_mb"] - rounds[0]["rss_mb"]
    served = rounds[-1]["requests"] - rounds[0]["requests"]
    text = f"{growth:+.1f} MB over {served:,} requests"
    what = f"RSS flat over many requests (soak round 1 → {len(rounds)}, ≤ 2 MB taken as flat)"
    _check(rows, what, growth, text, growth <= 2)


def soak_table(data: dict[str, Any]) -> list[str]:
    rounds = data.get("soak", [])
    if not rounds:
        return ["(not run)"]
    rows = [
        [LABELS[r["target"]], str(r["round"]), f"{r['requests']:,}", f"{r['rss_mb']:.1f}"]
        for r in rounds
    ]
    return table(["target", "round", "requests so far", "RSS MB"], rows, "lrrr")


def _reference_check(cells: Cells, rows: list[list[str]]) -> None:
    w = cells.get("waddleai", 0.0, "plain", 16)
    value = w["rps"] if w else None
    text = f"{value:,.0f} req/s" if value else ""
    what = "non-streamed req/s at 16 clients ≥ 30 × the issue's LiteLLM figure "
    what += f"({REF_LITELLM_RPS} req/s)"
    _check(rows, what, value, text, (value or 0) >= 30 * REF_LITELLM_RPS)


def targets_table(cells: Cells, data: dict[str, Any]) -> list[str]:
    rows: list[list[str]] = []
    _speedups(cells, rows)
    _reference_check(cells, rows)
    _latency_checks(cells, data, rows)
    _memory_checks(data, rows)
    return table(["issue 6 target (0 ms mock)", "measured", "verdict"], rows, "lrl")


def notes(cells: Cells, data: dict[str, Any]) -> list[str]:
    out = [f"- {n}" for n in data["notes"]]
    for c in cells.all:
        where = f"{LABELS[c['target']]} {c['workload']}, {c['clients']} clients"
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


def header(meta: dict[str, Any]) -> list[str]:
    litellm = (
        f"LiteLLM proxy {meta['litellm']} (one worker)" if meta["litellm"] else "LiteLLM not run"
    )
    return [
        "# WaddleAI benchmark",
        "",
        f"- **Date**: {meta['date']}",
        f"- **Machine**: {meta['cores']} cores, {meta['cpu']}, {meta['memory_gib']} GiB, "
        f"Linux {meta['kernel']}, Python {meta['python']}",
        f"- **Versions**: WaddleAI {meta['waddleai']} (commit {meta['commit']}), {litellm}, "
        f"{meta['wrk']} (one thread, keep-alive)",
        f"- **Gateway mode**: {meta['gateway_mode']}",
        f"- **Method**: {meta['duration_s']:g} s per cell after {meta['warmup_s']:g} s warm-up; "
        "one target at a time on the same machine as the mock and wrk; "
        "p50/p99 from wrk's latency distribution; `translated` = Anthropic `/v1/messages` "
        "streamed, answered by the mock's OpenAI API (its direct baseline is the streamed call).",
    ]


def render_markdown(data: dict[str, Any], chart: str = "latest.png") -> str:
    cells = Cells(data["cells"])
    meta = data["meta"]
    parts = header(meta)
    parts += ["", "## Throughput and latency", "", *throughput_table(cells)]
    parts += ["", "## Added latency at 1 client (over calling the mock directly)", ""]
    parts += added_latency_table(cells)
    parts += [
        "",
        f"## Time to first token (50 ms mock, median of {meta['ttft_requests']} requests)",
        "",
    ]
    parts += ttft_table(data)
    parts += ["", "## Resident memory (VmRSS, process tree)", "", *memory_table(data)]
    parts += ["", "## Memory over repeated load (soak, 16 clients, all request kinds)", ""]
    parts += soak_table(data)
    parts += ["", "## Issue 6 targets", "", *targets_table(cells, data)]
    parts += ["", "## Notes", "", *notes(cells, data)]
    parts += ["", "## Every cell (CPU in % of one core over the timed run)", ""]
    parts += cells_table(cells)
    if data.get("profiles"):
        parts += ["", "Profiles (py-spy): " + ", ".join(f"`{p}`" for p in data["profiles"])]
    parts += ["", f"![throughput and latency]({chart})", ""]
    return "\n".join(parts)


def cells_table(cells: Cells) -> list[str]:
    header = ["target", "mock", "request", "clients", "req/s", "p50 ms", "p99 ms", "errors"]
    header += ["RSS MB", "CPU % target", "mock", "wrk", "other"]
    rows = [
        [LABELS[c["target"]], f"{c['latency_ms']:g} ms", c["workload"], str(c["clients"])]
        + [rps(c), f"{c['p50_ms']:.2f}", f"{c['p99_ms']:.2f}", str(c["errors"])]
        + [f"{c['rss_mb']:.1f}", f"{c['cpu_pct']:.0f}", f"{c['mock_cpu_pct']:.0f}"]
        + [f"{c.get('wrk_cpu_pct', 0):.0f}", f"{c.get('other_cpu_pct', 0):.0f}"]
        for c in cells.all
    ]
    return table(header, rows, "lllrrrrrrrrrr")
