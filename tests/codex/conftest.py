"""Finding the Codex CLI for the end-to-end tests.

`make codex` installs the pinned release into .tools/codex and `make test` puts it on
PATH. Without it the tests skip with the reason, except under CI=true, where they fail
(the rule of tests/services.py).
"""

from __future__ import annotations

import functools
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.responses.conftest import (  # noqa: F401 - the gateway Codex talks to
    responses_gateway,
    responses_mock,
    upstream,
)
from tests.services import unavailable

REPO = Path(__file__).resolve().parents[2]
INSTALLED = REPO / ".tools" / "codex" / "node_modules" / ".bin" / "codex"


@functools.cache
def _find_codex() -> tuple[str | None, str]:
    """(path, problem): the `codex` executable that answers --version, or why not."""
    found = str(INSTALLED) if INSTALLED.exists() else shutil.which("codex")
    if found is None:
        return None, f"Codex CLI not found at {INSTALLED} or on PATH; run `make codex`"
    try:
        done = subprocess.run(
            [found, "--version"], capture_output=True, text=True, timeout=60, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        return None, f"{found} --version failed: {exc}"
    if done.returncode != 0:
        return None, f"{found} --version exited {done.returncode}: {done.stderr[:300]}"
    return found, ""


@pytest.fixture(scope="session")
def codex_cli() -> str:
    path, problem = _find_codex()
    if path is None:
        unavailable(problem)
    assert path is not None
    return path
