"""TensorZero (Rust), installed from PyPI into its own virtual environment, on the mock.

PyPI's `tensorzero` wheel embeds the gateway in its native module; bench/
tensorzero_launch.py starts it as an HTTP server. TensorZero serves the OpenAI
chat API under /openai/v1 (model `tensorzero::model_name::<name>`) and has no
Anthropic Messages endpoint, so it runs plain and streamed only.
"""

from __future__ import annotations

import re
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from procs import Server
from targets import BENCH_DIR, Running, clean_env
from workloads import OPENAI_MODEL

VENV = BENCH_DIR / ".tensorzero-venv"
PYTHON = VENV / "bin" / "python"
LAUNCHER = BENCH_DIR / "tensorzero_launch.py"
MARKER = re.compile(r"TENSORZERO_URL (http://\S+?)/openai/v1")


def _pip(*args: str, timeout: float = 900) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(PYTHON), "-m", "pip", *args], capture_output=True, text=True, timeout=timeout
    )


def ensure_tensorzero() -> tuple[str | None, str]:
    """(version, "") once bench/.tensorzero-venv can start the gateway; else (None, why)."""
    try:
        if not PYTHON.exists():
            print("Creating bench/.tensorzero-venv for TensorZero...", flush=True)
            subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True, timeout=300)
        shown = _pip("show", "tensorzero", timeout=120)
        if shown.returncode != 0:
            print("Installing tensorzero from PyPI (once)...", flush=True)
            done = _pip("install", "--quiet", "tensorzero")
            if done.returncode != 0:
                return None, f"pip install tensorzero failed: {done.stderr.strip()[-300:]}"
            shown = _pip("show", "tensorzero", timeout=120)
        probe = [str(PYTHON), "-c", "import tensorzero; tensorzero._start_http_gateway"]
        checked = subprocess.run(probe, capture_output=True, text=True, timeout=120)
    except (OSError, subprocess.SubprocessError) as exc:
        return None, f"cannot set up bench/.tensorzero-venv: {exc}"
    if checked.returncode != 0:
        why = (checked.stderr.strip().splitlines() or ["?"])[-1]
        return None, f"this tensorzero wheel cannot start its HTTP gateway ({why})"
    found = re.search(r"^Version:\s*(\S+)", shown.stdout, re.MULTILINE)
    return (found.group(1) if found else "?"), ""


def tensorzero_config(mock_url: str) -> str:
    """One model on the mock's OpenAI API, observability (ClickHouse) off."""
    return "\n".join(
        [
            "[gateway]",
            "observability.enabled = false",
            "",
            f'[models."{OPENAI_MODEL}"]',
            'routing = ["mock"]',
            "",
            f'[models."{OPENAI_MODEL}".providers.mock]',
            'type = "openai"',
            f'model_name = "{OPENAI_MODEL}"',
            f'api_base = "{mock_url}/v1/"',
            'api_key_location = "none"',
            "",
        ]
    )


def _wait_for_url(server: Server, timeout: float) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = MARKER.search(server.output(20000))
        if found:
            return found.group(1)
        if server.proc is None or server.proc.poll() is not None:
            raise RuntimeError(f"{server.name} exited early:\n{server.output()}")
        time.sleep(0.2)
    raise TimeoutError(f"{server.name} not ready after {timeout:.0f}s:\n{server.output()}")


@contextmanager
def tensorzero(mock_url: str, workdir: Path, threads: int | None) -> Iterator[Running]:
    """The gateway with `threads` tokio worker threads (None: its default, one per core)."""
    workdir.mkdir(parents=True, exist_ok=True)
    config = workdir / "tensorzero.toml"
    config.write_text(tensorzero_config(mock_url), encoding="utf-8")
    env = clean_env(TENSORZERO_DISABLE_PSEUDONYMOUS_USAGE_ANALYTICS="1", RUST_LOG="warn")
    env.pop("PYTHONPATH", None)
    name = "tensorzero" if threads is None else f"tensorzero-{threads}t"
    if threads is not None:
        env["TOKIO_WORKER_THREADS"] = str(threads)
    else:
        env.pop("TOKIO_WORKER_THREADS", None)
    command = [str(PYTHON), str(LAUNCHER), str(config)]
    server = Server(f"TensorZero ({name})", command, env, workdir, workdir / f"{name}.log")
    with server.start():
        url = _wait_for_url(server, timeout=60)
        yield Running(
            name,
            url,
            server.pid,
            "unused",  # TensorZero's gateway has no client keys unless configured
            ("plain", "streamed"),
            server=server,
            path_prefix="/openai",
            models={OPENAI_MODEL: f"tensorzero::model_name::{OPENAI_MODEL}"},
        )


def worker_threads(pid: int) -> int:
    """How many tokio worker threads the process runs (to show what was measured)."""
    names = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            names.append((task / "comm").read_text().strip())
        except OSError:
            continue
    return sum(1 for n in names if n.startswith("tokio-rt-worker"))
