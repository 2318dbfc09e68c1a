"""Finding the npm-installed CLIs the end-to-end tests drive (Claude Code, Codex).

`make claude-code` / `make codex` install the pinned releases into .tools/ and `make test`
puts them on PATH. Without one, its tests skip with the reason, except under CI=true,
where they fail (the rule of tests/services.py).
"""

from __future__ import annotations

import functools
import shutil
import subprocess
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def installed(package_dir: str, command: str) -> Path:
    return REPO / ".tools" / package_dir / "node_modules" / ".bin" / command


@functools.cache
def find_cli(package_dir: str, command: str, make_target: str) -> tuple[str | None, str]:
    """(path, problem): the pinned `command` (else one on PATH) that answers --version."""
    pinned = installed(package_dir, command)
    found = str(pinned) if pinned.exists() else shutil.which(command)
    if found is None:
        return None, f"{command} not found at {pinned} or on PATH; run `make {make_target}`"
    try:
        done = subprocess.run(
            [found, "--version"], capture_output=True, text=True, timeout=60, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        return None, f"{found} --version failed: {exc}"
    if done.returncode != 0:
        return None, f"{found} --version exited {done.returncode}: {done.stderr[:300]}"
    return found, ""
