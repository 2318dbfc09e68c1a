"""Finding Playwright and Debian's chromium for the portal's browser tests.

`make chromium` (a dependency of `make test`) installs the browser with apt-get;
Playwright's own browser download is never used. Without either, the tests skip with
the reason, except under CI=true, where they fail (the rule of tests/services.py).
"""

from __future__ import annotations

import functools
import os
import shutil

from tests.services import unavailable

CHROMIUM = os.environ.get("WADDLEAI_TEST_CHROMIUM", "/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@functools.cache
def _problem() -> str | None:
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright package is not installed (pip install -e '.[dev]')"
    if not (os.access(CHROMIUM, os.X_OK) or shutil.which(CHROMIUM)):
        return f"chromium not found at {CHROMIUM}; run `make chromium`"
    return None


def require_browser() -> str:
    """The chromium executable, or skip (fail under CI=true)."""
    problem = _problem()
    if problem:
        unavailable(problem)
    return CHROMIUM
