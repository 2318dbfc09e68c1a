"""Drive a server with `wrk` (Debian package) and read its latency distribution.

A generated Lua script sets the POST body and headers; its `done()` hook prints
the summary and exact percentiles as one JSON line, so nothing depends on the
formatting of wrk's human-readable report.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

MARKER = "WRK_JSON "

_DONE = r"""
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'WRK_JSON {"requests":%d,"duration_us":%d,"bytes":%d,' ..
    '"p50_us":%.1f,"p90_us":%.1f,"p99_us":%.1f,"max_us":%.1f,"mean_us":%.1f,' ..
    '"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d}\n',
    summary.requests, summary.duration, summary.bytes,
    latency:percentile(50), latency:percentile(90), latency:percentile(99),
    latency.max, latency.mean,
    e.connect, e.read, e.write, e.status, e.timeout))
end
"""


@dataclass(frozen=True)
class WrkResult:
    requests: int
    seconds: float
    p50_ms: float
    p90_ms: float
    p99_ms: float
    max_ms: float
    errors: int  # socket errors, timeouts and non-2xx/3xx answers

    @property
    def rps(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0


def ensure_wrk() -> str:
    """Path of `wrk`; installs the Debian package when missing and running as root."""
    found = shutil.which("wrk")
    if found:
        return found
    if os.geteuid() == 0 and shutil.which("apt-get"):
        print("wrk not found: installing the Debian package (apt-get install wrk)...")
        quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.STDOUT}
        subprocess.run(["apt-get", "update", "-qq"], check=False, timeout=300, **quiet)
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        subprocess.run(
            ["apt-get", "install", "-y", "-qq", "wrk"], check=False, timeout=300, env=env, **quiet
        )
        found = shutil.which("wrk")
    if not found:
        raise SystemExit(
            "The benchmark needs the load generator wrk: install it with "
            "`sudo apt-get install wrk` (Debian/Ubuntu) and run again."
        )
    return found


def lua_script(path: Path, body: bytes, headers: dict[str, str]) -> Path:
    """Write the wrk script that POSTs `body` with `headers`."""
    text = body.decode()
    assert "]==]" not in text
    lines = ['wrk.method = "POST"', f"wrk.body = [==[{text}]==]"]
    lines.append('wrk.headers["Content-Type"] = "application/json"')
    for name, value in headers.items():
        lines.append(f"wrk.headers[{json.dumps(name)}] = {json.dumps(value)}")
    path.write_text("\n".join(lines) + "\n" + _DONE, encoding="utf-8")
    return path


def run_wrk(
    wrk: str,
    url: str,
    script: Path,
    clients: int,
    seconds: float,
    timeout_s: float = 30.0,
    pin_cpu: int | None = None,
) -> WrkResult:
    """One wrk run (one thread, `clients` keep-alive connections) and its result.

    `pin_cpu` runs wrk under `taskset -c N`, so it stays on that core.
    """
    pin = ["taskset", "-c", str(pin_cpu)] if pin_cpu is not None else []
    command = [
        *pin,
        wrk,
        "-t1",
        f"-c{clients}",
        f"-d{max(1, round(seconds))}s",
        f"--timeout={int(timeout_s)}s",
        "-s",
        str(script),
        url,
    ]
    done = subprocess.run(
        command, capture_output=True, text=True, timeout=seconds + timeout_s + 30, check=False
    )
    for line in done.stdout.splitlines():
        if line.startswith(MARKER):
            return _parse(json.loads(line[len(MARKER) :]))
    raise RuntimeError(f"wrk printed no result ({done.returncode}):\n{done.stdout}{done.stderr}")


def _parse(raw: dict[str, float]) -> WrkResult:
    errors = sum(int(raw[k]) for k in ("connect", "read", "write", "status", "timeout"))
    return WrkResult(
        requests=int(raw["requests"]),
        seconds=raw["duration_us"] / 1e6,
        p50_ms=raw["p50_us"] / 1000,
        p90_ms=raw["p90_us"] / 1000,
        p99_ms=raw["p99_us"] / 1000,
        max_ms=raw["max_us"] / 1000,
        errors=errors,
    )
