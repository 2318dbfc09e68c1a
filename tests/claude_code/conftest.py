"""Finding the Claude Code CLI for the end-to-end tests.

`make claude-code` installs it into .tools/claude-code and `make test` puts that on PATH.
Without it the tests skip with the reason, except under CI=true, where they fail: CI
must not go green without having run Claude Code (the rule of tests/services.py).
"""

from __future__ import annotations

import functools
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.services import unavailable

REPO = Path(__file__).resolve().parents[2]
INSTALLED = REPO / ".tools" / "claude-code" / "node_modules" / ".bin" / "claude"


@functools.cache
def _find_claude_code() -> tuple[str | None, str]:
    """(path, problem): the `claude` executable that answers --version, or why not."""
    found = shutil.which("claude") or (str(INSTALLED) if INSTALLED.exists() else None)
    if found is None:
        return None, f"Claude Code CLI not found on PATH or at {INSTALLED}; run `make claude-code`"
    try:
        done = subprocess.run(
            [found, "--version"], capture_output=True, text=True, timeout=60, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        return None, f"{found} --version failed: {exc}"
    if done.returncode != 0:
        return None, f"{found} --version exited {done.returncode}: {done.stderr[:300]}"
    return found, ""


def require_claude_code() -> str:
    """The path of the `claude` CLI, or skip (fail under CI=true)."""
    path, problem = _find_claude_code()
    if path is None:
        unavailable(problem)
    assert path is not None
    return path


@pytest.fixture(scope="session")
def claude_cli() -> str:
    return require_claude_code()
