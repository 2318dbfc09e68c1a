"""Finding the Claude Code CLI for the end-to-end tests.

`make claude-code` installs it into .tools/claude-code and `make test` puts that on PATH.
Without it the tests skip with the reason, except under CI=true, where they fail: CI
must not go green without having run Claude Code (the rule of tests/services.py).
"""

from __future__ import annotations

import pytest

from tests.cli_tools import find_cli, installed
from tests.services import unavailable

INSTALLED = installed("claude-code", "claude")


def _find_claude_code() -> tuple[str | None, str]:
    return find_cli("claude-code", "claude", "claude-code")


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
