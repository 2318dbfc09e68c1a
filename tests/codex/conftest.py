"""Finding the Codex CLI for the end-to-end tests.

`make codex` installs the pinned release into .tools/codex and `make test` puts it on
PATH. Without it the tests skip with the reason, except under CI=true, where they fail
(the rule of tests/services.py).
"""

from __future__ import annotations

import pytest

from tests.cli_tools import find_cli, installed
from tests.responses.conftest import (  # noqa: F401 - the gateway Codex talks to
    responses_gateway,
    responses_mock,
    upstream,
)
from tests.services import unavailable

INSTALLED = installed("codex", "codex")


def _find_codex() -> tuple[str | None, str]:
    return find_cli("codex", "codex", "codex")


@pytest.fixture(scope="session")
def codex_cli() -> str:
    path, problem = _find_codex()
    if path is None:
        unavailable(problem)
    assert path is not None
    return path
