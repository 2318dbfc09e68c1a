"""Runs the real gateway (`waddleai proxy` / `serve`) as a subprocess for end-to-end tests."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

from waddleai.mock.testing import free_port


class GatewayProcess:
    """A gateway subprocess with its own working directory, config and ports."""

    def __init__(
        self,
        *,
        config_yaml: str | None = None,
        env: dict[str, str] | None = None,
        command: str = "proxy",
        workdir: Path | None = None,
    ) -> None:
        self.dir = workdir or Path(tempfile.mkdtemp(prefix="waddleai-gw-"))
        self.port = free_port()
        self.mgmt_port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.mgmt_url = f"http://127.0.0.1:{self.mgmt_port}"
        if config_yaml is not None:
            (self.dir / "waddleai.yaml").write_text(config_yaml, encoding="utf-8")
        clean = {k: v for k, v in os.environ.items() if not _is_gateway_variable(k)}
        self.env = {
            **clean,
            "PROXY_HOST": "127.0.0.1",
            "PROXY_PORT": str(self.port),
            "MGMT_HOST": "127.0.0.1",
            "MGMT_PORT": str(self.mgmt_port),
            "LOG_LEVEL": "WARNING",
            "PYTHONUNBUFFERED": "1",
            **(env or {}),
        }
        self._log_path = self.dir / f"gateway-{self.port}.log"
        self._log = open(self._log_path, "wb")  # noqa: SIM115 - lives as long as the process
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "waddleai", command],
            cwd=self.dir,
            env=self.env,
            stdout=self._log,
            stderr=subprocess.STDOUT,
        )

    def output(self) -> str:
        self._log.flush()
        return self._log_path.read_text(encoding="utf-8", errors="replace")

    def wait_ready(self, timeout: float = 30.0, path: str = "/healthz") -> GatewayProcess:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"gateway exited early:\n{self.output()}")
            try:
                with urllib.request.urlopen(self.url + path, timeout=1) as resp:
                    if resp.status == 200:
                        return self
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                time.sleep(0.05)
        self.stop()
        raise TimeoutError(f"gateway not ready after {timeout}s:\n{self.output()}")

    def stop(self, timeout: float = 15.0) -> int | None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self._log.close()
        return self.proc.returncode

    def __enter__(self) -> GatewayProcess:
        return self.wait_ready()

    def __exit__(self, *exc: Any) -> None:
        self.stop()


_GATEWAY_VARIABLES = (
    "OPENAI_",
    "ANTHROPIC_",
    "OLLAMA_",
    "AZURE_OPENAI_",
    "BIG_MODEL",
    "MIDDLE_MODEL",
    "SMALL_MODEL",
    "CUSTOM_HEADER_",
    "WADDLEAI_",
    "DATABASE_URL",
    "REDIS_URL",
    "JWT_SECRET",
    "ADMIN_PASSWORD",
    "PROXY_",
    "MGMT_",
)


def _is_gateway_variable(name: str) -> bool:
    return name.startswith(_GATEWAY_VARIABLES)
