"""Sample the gateway with py-spy while wrk drives it; summarise the hot functions."""

from __future__ import annotations

import re
import subprocess
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from measure import Plan
from procs import cpu_seconds
from targets import Running
from tools import ensure_tools, py_spy
from workloads import Workload
from wrk import lua_script, run_wrk

_FRAME = re.compile(r"^(?P<func>.+?) \((?P<file>[^()]+?)(?::(?P<line>\d+))?\)$")


@dataclass
class Hotspot:
    function: str
    file: str
    self_pct: float
    total_pct: float


def record(py_spy: Path, pid: int, seconds: float, out: Path) -> subprocess.Popen[bytes]:
    """Start py-spy (collapsed stacks, no line numbers) for `seconds` on `pid`."""
    command = [str(py_spy), "record", "--pid", str(pid), "--duration", str(int(seconds))]
    command += ["--rate", "250", "--gil", "--format", "raw", "--nolineno", "--output", str(out)]
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _short(file: str) -> str:
    """A readable path: waddleai/..., a site-packages module, or a stdlib module."""
    if "/src/waddleai/" in file:
        return "waddleai/" + file.split("/src/waddleai/", 1)[1]
    if "/site-packages/" in file:
        return file.split("/site-packages/", 1)[1]
    return re.sub(r"^.*/lib/python3\.\d+/", "", file)


def hotspots(raw: Path, top: int = 25) -> tuple[int, list[Hotspot]]:
    """(samples, functions by self time) from py-spy's collapsed-stack output."""
    own: Counter[tuple[str, str]] = Counter()
    total: Counter[tuple[str, str]] = Counter()
    samples = 0
    for line in raw.read_text(encoding="utf-8", errors="replace").splitlines():
        stack, _, count_text = line.rpartition(" ")
        if not count_text.isdigit():
            continue
        count = int(count_text)
        samples += count
        frames = [_key(f) for f in stack.split(";") if f]
        for key in set(frames):
            total[key] += count
        if frames:
            own[frames[-1]] += count
    ranked = [
        Hotspot(func, file, 100 * n / samples, 100 * total[(func, file)] / samples)
        for (func, file), n in own.most_common(top)
    ]
    return samples, ranked


def src_totals(raw: Path, top: int = 25) -> list[Hotspot]:
    """Functions in src/waddleai by inclusive time (what the gateway's own code costs)."""
    samples, _ = hotspots(raw, 0)
    total: Counter[tuple[str, str]] = Counter()
    for line in raw.read_text(encoding="utf-8", errors="replace").splitlines():
        stack, _, count_text = line.rpartition(" ")
        if count_text.isdigit():
            for key in {_key(f) for f in stack.split(";") if f}:
                if key[1].startswith("waddleai/"):
                    total[key] += int(count_text)
    return [
        Hotspot(func, file, 0.0, 100 * n / max(samples, 1))
        for (func, file), n in total.most_common(top)
    ]


# Who a sample's CPU belongs to: the innermost frame (leaf first) whose file matches one of
# these, in this order of precedence within that frame. Native code (orjson, httptools,
# the regex engine) has no frame of its own, so it counts to the Python code that called it.
OWNERS: tuple[tuple[str, str], ...] = (
    ("waddleai/transport/", "upstream HTTP client (waddleai.transport)"),
    ("waddleai/security/", "security scan (rules, PII, segments)"),
    ("waddleai/observability/logs", "request log line"),
    ("logging/", "request log line"),
    ("waddleai/observability/", "metrics"),
    ("prometheus_client/", "metrics"),
    ("waddleai/accounting/recorder", "usage records"),
    ("waddleai/store/", "usage records / store"),
    ("sqlalchemy/", "usage records / store"),
    ("waddleai/accounting/", "quota, limits, token estimate"),
    ("waddleai/auth/", "key check, rate limit"),
    ("waddleai/translate/", "translation"),
    ("waddleai/providers/", "provider adapter: upstream request, answer parse"),
    ("waddleai/memory/", "conversation memory"),
    ("waddleai/routing/", "routing, key pool, breaker"),
    ("waddleai/cache/", "response cache"),
    ("waddleai/pipeline/stages/", "pipeline stages (other)"),
    ("waddleai/pipeline/", "pipeline: exchange, operation, settle"),
    ("waddleai/proxy/", "proxy: ASGI app, errors, coalesced write"),
    ("waddleai/", "other gateway code"),
    ("uvicorn/", "uvicorn: HTTP parse, ASGI cycle"),
    ("asyncio/", "event loop, tasks (asyncio/uvloop)"),
    ("uvloop/", "event loop, tasks (asyncio/uvloop)"),
)


def owner(files: list[str]) -> str:
    """The owner of one sample, from its frames' files (root first)."""
    for file in reversed(files):
        for prefix, name in OWNERS:
            if file.startswith(prefix) or ("/" + prefix) in file:
                return name
    return "other (stdlib, libraries, idle loop)"


def owners(raw: Path) -> tuple[int, Counter[str]]:
    """(samples, samples per owner) from py-spy's collapsed-stack output."""
    by: Counter[str] = Counter()
    samples = 0
    for line in raw.read_text(encoding="utf-8", errors="replace").splitlines():
        stack, _, count_text = line.rpartition(" ")
        if count_text.isdigit():
            samples += int(count_text)
            by[owner([_key(f)[1] for f in stack.split(";") if f])] += int(count_text)
    return samples, by


def render_owners(samples: int, by: Counter[str], cpu_us: float) -> str:
    """Where one request's CPU goes: each owner's share of the GIL samples, scaled to the
    request's measured CPU time (the issue's "where the CPU goes" table)."""
    lines = [
        f"### Where the CPU goes (shares of the GIL samples, scaled to {cpu_us:.0f} µs/request)",
        "",
        "| owner | share % | µs/request |",
        "| --- | ---: | ---: |",
    ]
    for name, n in by.most_common():
        share = n / max(samples, 1)
        lines.append(f"| {name} | {100 * share:.1f} | {share * cpu_us:.0f} |")
    return "\n".join(lines) + "\n"


def _key(frame: str) -> tuple[str, str]:
    found = _FRAME.match(frame.strip())
    if not found:
        return frame.strip(), ""
    return found.group("func"), _short(found.group("file"))


def render(title: str, samples: int, by_self: list[Hotspot], by_src: list[Hotspot]) -> str:
    lines = [
        f"## {title}",
        "",
        f"{samples} samples of the thread holding the GIL (py-spy --gil, 250 Hz).",
        "",
    ]
    lines += ["### Self time (top functions, any module)", "", "| self % | total % | function |"]
    lines.append("| ---: | ---: | --- |")
    lines += [
        f"| {h.self_pct:.1f} | {h.total_pct:.1f} | `{h.function}` {h.file} |" for h in by_self
    ]
    lines += ["", "### Inclusive time of src/waddleai functions", "", "| total % | function |"]
    lines.append("| ---: | --- |")
    lines += [f"| {h.total_pct:.1f} | `{h.function}` {h.file} |" for h in by_src]
    return "\n".join(lines) + "\n"


def profile_gateway(plan: Plan, target: Running, workloads: list[Workload], out: Path) -> list[str]:
    """py-spy the gateway while wrk drives each workload at 16 clients; write profile-*.md."""
    ensure_tools()  # py-spy lives in bench/.tools-venv, made on first use
    spy = py_spy()
    if spy is None:
        print("  py-spy unavailable: no profile")
        return []
    written = []
    for workload in workloads:
        script = lua_script(
            plan.workdir / f"profile-{workload.name}.lua",
            workload.body_bytes(),
            target.headers(workload.api),
        )
        raw = plan.workdir / f"profile-{workload.name}.txt"
        sampler = record(spy, target.pid, plan.seconds, raw)
        time.sleep(0.5)  # let py-spy attach before the load starts
        cpu_before = cpu_seconds(target.pid)
        done = run_wrk(plan.wrk, target.url + workload.path, script, 16, plan.seconds + 1)
        cpu_us = (cpu_seconds(target.pid) - cpu_before) * 1e6 / max(done.requests, 1)
        _, err = sampler.communicate(timeout=plan.seconds + 60)
        if sampler.returncode != 0 or not raw.exists():
            print(f"  py-spy failed: {err.decode(errors='replace')[-500:]}")
            continue
        samples, by_self = hotspots(raw)
        text = render(f"{workload.name}, 16 clients, 0 ms mock", samples, by_self, src_totals(raw))
        text += "\n" + render_owners(*owners(raw), cpu_us)
        path = out / f"profile-{workload.name}.md"
        path.write_text(text, encoding="utf-8")
        written.append(str(path.relative_to(out.parent.parent)))
        print(f"  profile of {workload.name}: {path}")
    return written
