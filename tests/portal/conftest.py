"""A real gateway (`waddleai serve`: proxy + management on one SQLite file) in front of
the mock upstream, and a real chromium driven by Playwright."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.gateway_process import GatewayProcess
from tests.portal.browser import ARGS, require_browser
from waddleai.mock.testing import start_mock

ADMIN_PASSWORD = "portal-admin-pass-1"
SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


@dataclass
class Gateway:
    proc: GatewayProcess
    proxy: str
    portal: str


@pytest.fixture(scope="module")
def mock():
    with start_mock(stream_interval_ms=20) as upstream:
        yield upstream


@pytest.fixture(scope="module")
def gateway(mock) -> Iterator[Gateway]:
    env = {
        "ADMIN_PASSWORD": ADMIN_PASSWORD,
        "OPENAI_API_KEY": "sk-mock",
        "OPENAI_BASE_URL": mock.openai_base_url,
        "LOG_LEVEL": "WARNING",
    }
    proc = GatewayProcess(command="serve", env=env)
    proc.wait_ready(timeout=90)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            import urllib.request

            with urllib.request.urlopen(proc.mgmt_url + "/healthz", timeout=1):
                break
        except OSError:
            time.sleep(0.1)
    yield Gateway(proc=proc, proxy=proc.url, portal=proc.mgmt_url + "/portal")
    proc.stop()


@pytest.fixture(scope="module")
def browser():
    executable = require_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=executable, args=ARGS)
        yield launched
        launched.close()


def log_in(page, gateway: Gateway, username: str, password: str) -> None:
    page.goto(gateway.portal + "/login")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", password)
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r".*/portal/(\?.*)?$"))


def shot(page, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)
