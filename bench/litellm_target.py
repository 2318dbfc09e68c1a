"""LiteLLM proxy, installed into its own virtual environment, pointed at the same mock."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from procs import Server, free_port
from targets import BENCH_DIR, UPSTREAM_KEY, Running, clean_env
from workloads import CLAUDE_MODEL, OPENAI_MODEL

WANTED_VERSION = "1.106.2"  # the version the reference numbers were taken with
VENV = BENCH_DIR / ".litellm-venv"
MASTER_KEY = "sk-litellm-bench-master"


def _version_tuple(text: str) -> tuple[int, ...]:
    return tuple(int(p) for p in re.findall(r"\d+", text)[:4])


def _pip(*args: str, timeout: float = 900) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(VENV / "bin" / "python"), "-m", "pip", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def installed_version() -> str | None:
    """The LiteLLM version in the bench venv, if any."""
    if not (VENV / "bin" / "python").exists():
        return None
    shown = _pip("show", "litellm", timeout=120)
    found = re.search(r"^Version:\s*(\S+)", shown.stdout, re.MULTILINE)
    return found.group(1) if found else None


def pick_version() -> str:
    """`WANTED_VERSION` if the package index has it, else the nearest version it has."""
    listed = _pip("index", "versions", "litellm", timeout=120).stdout
    found = re.search(r"Available versions:\s*(.+)", listed)
    if not found:
        return WANTED_VERSION
    versions = [v.strip() for v in found.group(1).split(",") if v.strip()]
    if WANTED_VERSION in versions:
        return WANTED_VERSION
    wanted = _version_tuple(WANTED_VERSION)

    def distance(v: str) -> tuple[int, ...]:
        return tuple(abs(a - b) for a, b in zip(_version_tuple(v), wanted, strict=False))

    nearest = min(versions, key=distance)
    print(f"LiteLLM {WANTED_VERSION} is not offered; using the nearest, {nearest}")
    return nearest


def ensure_litellm() -> str:
    """Create bench/.litellm-venv and install `litellm[proxy]` into it; its version."""
    if not (VENV / "bin" / "python").exists():
        print(f"Creating {VENV.relative_to(BENCH_DIR.parent)} for LiteLLM...")
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True, timeout=300)
    have = installed_version()
    if have == WANTED_VERSION:
        return have
    version = pick_version()
    if have != version:
        print(f"Installing litellm[proxy]=={version} (a few minutes the first time)...")
        done = _pip("install", "--quiet", f"litellm[proxy]=={version}")
        if done.returncode != 0:
            raise RuntimeError(f"pip install litellm failed:\n{done.stdout}{done.stderr}")
    return installed_version() or version


def litellm_config(mock_url: str) -> str:
    """model_list: gpt-4o and the Claude name both to the mock's OpenAI API."""
    entries = []
    for name in (OPENAI_MODEL, CLAUDE_MODEL):
        entries += [
            f"  - model_name: {name}",
            "    litellm_params:",
            f"      model: openai/{OPENAI_MODEL}",
            f"      api_base: {mock_url}/v1",
            f"      api_key: {UPSTREAM_KEY}",
        ]
    return "\n".join(
        ["model_list:", *entries, "general_settings:", f"  master_key: {MASTER_KEY}", ""]
    )


@contextmanager
def litellm(mock_url: str, workdir: Path) -> Iterator[Running]:
    """`litellm --config ... --num_workers 1` until the block ends (startup may be slow)."""
    workdir.mkdir(parents=True, exist_ok=True)
    config = workdir / "litellm.yaml"
    config.write_text(litellm_config(mock_url), encoding="utf-8")
    port = free_port()
    env = clean_env(
        LITELLM_LOG="ERROR",
        LITELLM_TELEMETRY="False",
        LITELLM_LOCAL_MODEL_COST_MAP="True",
        DISABLE_SCHEMA_UPDATE="True",
        # /v1/messages to an openai/ model: use chat/completions (what the mock and the
        # gateway speak), not the Responses API LiteLLM picks by default.
        LITELLM_USE_CHAT_COMPLETIONS_URL_FOR_ANTHROPIC_MESSAGES="True",
    )
    command = [str(VENV / "bin" / "litellm"), "--config", str(config)]
    command += ["--host", "127.0.0.1", "--port", str(port), "--num_workers", "1"]
    server = Server("LiteLLM proxy", command, env, workdir, workdir / "litellm.log")
    with server.start():
        url = f"http://127.0.0.1:{port}"
        server.wait_ready(url + "/health/liveliness", timeout=180)
        yield Running("litellm", url, server.pid, MASTER_KEY, server=server)
