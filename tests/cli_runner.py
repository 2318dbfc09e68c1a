"""A full gateway (`waddleai serve`, SQLite store) for the client commands, and a runner.

The fixtures are registered in tests/conftest.py (shared by tests/cli and tests/claude_code).

The client commands run as real subprocesses (`python -m waddleai ...`) with their own
XDG_CONFIG_HOME, the way a user runs them, so the credentials file is really written.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from tests.gateway_process import GatewayProcess

ADMIN_PASSWORD = "cli-test-admin-password-1"


def wait_for(url: str, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=1) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.1)
    raise TimeoutError(f"{url} not ready after {timeout} s")


def full_gateway_process(config_yaml: str) -> Iterator[GatewayProcess]:
    """Proxy + management on one SQLite store, providers on the mock."""
    env = {"ADMIN_PASSWORD": ADMIN_PASSWORD, "DATABASE_URL": "sqlite:///cli.db"}
    with GatewayProcess(config_yaml=config_yaml, env=env, command="serve") as process:
        wait_for(process.mgmt_url + "/healthz")
        yield process


@dataclass
class Cli:
    """Runs `waddleai` as a user would, with its own config dir and environment."""

    config_home: Path
    env: dict[str, str]

    def run(self, *args: str, timeout: float = 60, **extra_env: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "waddleai", *args],
            env={**self.env, **extra_env},
            capture_output=True,
            text=True,
            timeout=timeout,
            stdin=subprocess.DEVNULL,
            check=False,
        )

    def login(
        self, gateway: GatewayProcess, username: str = "admin", password: str = ADMIN_PASSWORD
    ) -> subprocess.CompletedProcess:
        done = self.run(
            "login", "--url", gateway.mgmt_url, "--proxy-url", gateway.url,
            "--username", username, "--password", password,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        return done


def make_cli(tmp_path: Path) -> Cli:
    home = tmp_path / "config"
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("WADDLEAI_", "ANTHROPIC_", "OPENAI_", "XDG_"))
    }
    env.update(XDG_CONFIG_HOME=str(home), COLUMNS="200", NO_COLOR="1", TERM="dumb")
    return Cli(config_home=home, env=env)
