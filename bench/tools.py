"""Benchmark-only tools (matplotlib for the chart, py-spy for profiles) in bench/.tools-venv.

They never go into the project's own environment or dependencies.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from targets import BENCH_DIR

VENV = BENCH_DIR / ".tools-venv"
PYTHON = VENV / "bin" / "python"
PACKAGES = ("matplotlib", "py-spy")


def _has(module: str) -> bool:
    if module == "py-spy":
        return (VENV / "bin" / "py-spy").exists()
    probe = [str(PYTHON), "-c", f"import {module}"]
    return subprocess.run(probe, capture_output=True, timeout=120, check=False).returncode == 0


def ensure_tools() -> Path | None:
    """The tools venv's python, creating and filling it if needed; None if that fails."""
    try:
        if not PYTHON.exists():
            print("Creating bench/.tools-venv (matplotlib, py-spy)...")
            subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True, timeout=300)
        missing = [p for p in PACKAGES if not _has(p)]
        if missing:
            subprocess.run(
                [str(PYTHON), "-m", "pip", "install", "--quiet", *missing],
                check=True,
                timeout=900,
                capture_output=True,
            )
    except (subprocess.SubprocessError, OSError) as exc:
        print(f"warning: bench tools unavailable ({exc}); no chart or profile")
        return None
    return PYTHON


def py_spy() -> Path | None:
    path = VENV / "bin" / "py-spy"
    return path if path.exists() else None
