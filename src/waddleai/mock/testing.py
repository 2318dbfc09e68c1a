"""Run the mock upstream in a subprocess and drive it: shared by tests and benchmarks.

A separate process (rather than an in-process server thread) gives the mock
its own event loop and GIL, so it neither slows down nor is slowed down by
the code under test, and benchmark numbers stay honest. Only the standard
library is used so any test suite or script can import this.

Example::

    with start_mock(latency_ms=5) as mock:
        mock.script([{"text": "hi", "match": "greet"}])
        client = openai.OpenAI(base_url=mock.openai_base_url, api_key="x")
        ...
        assert mock.requests()[-1]["json"]["model"] == "gpt-4o"
"""

from __future__ import annotations

import json
import os
import random
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from types import TracebackType
from typing import Any

# MockOptions field -> command-line flag of ``python -m waddleai.mock``.
_FLAGS = {
    "latency_ms": "--latency-ms",
    "stream_interval_ms": "--stream-interval-ms",
    "stream_chunks": "--stream-chunks",
    "reply": "--reply",
    "models": "--models",
    "require_key": "--require-key",
    "record_limit": "--record-limit",
    "argument_chunk_size": "--argument-chunk-size",
}


def free_port() -> int:
    """A TCP port that was free a moment ago on 127.0.0.1, below the kernel's ephemeral
    range when it can be: a port from that range (what binding port 0 gives) can be
    taken by any outgoing connection - a test's client, PostgreSQL, Redis - between
    now and the server's bind ("address already in use", seen in the full suite)."""
    low = _ephemeral_low()
    for _ in range(100):
        port = random.randrange(max(1024, low - 12_000), low)
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _ephemeral_low() -> int:
    """The first port of Linux's ephemeral range (32768 elsewhere and by default)."""
    try:
        with open("/proc/sys/net/ipv4/ip_local_port_range", encoding="ascii") as fh:
            return max(int(fh.read().split()[0]), 2048)
    except (OSError, ValueError, IndexError):
        return 32768


def _flags(options: dict[str, Any]) -> list[str]:
    args: list[str] = []
    for name, value in options.items():
        if name not in _FLAGS:
            raise TypeError(f"unknown mock option {name!r}")
        if value is None:
            continue
        if name == "models":
            value = ",".join(value)
        args += [_FLAGS[name], str(value)]
    return args


class MockProcess:
    """A running mock upstream subprocess (use as a context manager)."""

    def __init__(self, port: int, options: dict[str, Any], host: str = "127.0.0.1") -> None:
        self.host = host
        self.port = port
        self.url = f"http://{host}:{port}"
        # Closed in stop(); a file (not a pipe) so a chatty server never blocks.
        self._log = tempfile.TemporaryFile()  # noqa: SIM115
        command = [sys.executable, "-m", "waddleai.mock", "--host", host, "--port", str(port)]
        self._proc = subprocess.Popen(
            command + _flags(options),
            stdout=self._log,
            stderr=subprocess.STDOUT,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )

    @property
    def openai_base_url(self) -> str:
        """Base URL for OpenAI SDKs (``.../v1``)."""
        return self.url + "/v1"

    @property
    def anthropic_base_url(self) -> str:
        """Base URL for Anthropic SDKs (they append ``/v1/...`` themselves)."""
        return self.url

    @property
    def pid(self) -> int:
        """Process id of the mock server."""
        return self._proc.pid

    def output(self) -> str:
        """What the server printed so far (for failure messages)."""
        if self._log.closed:
            return ""
        self._log.seek(0)
        return self._log.read().decode("utf-8", "replace")

    def wait_ready(self, timeout: float = 15.0) -> None:
        """Block until ``/health`` answers; raise with the server log if it dies."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._proc.poll() is not None:
                raise RuntimeError(f"mock upstream exited early:\n{self.output()}")
            try:
                with urllib.request.urlopen(self.url + "/health", timeout=1) as resp:
                    if resp.status == 200:
                        return
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                time.sleep(0.05)
        log = self.output()
        self.stop()
        raise TimeoutError(f"mock upstream not ready after {timeout}s:\n{log}")

    def _call(self, method: str, path: str, payload: Any = None) -> Any:
        data = None if payload is None else json.dumps(payload).encode()
        request = urllib.request.Request(self.url + path, data=data, method=method)
        request.add_header("content-type", "application/json")
        try:
            with urllib.request.urlopen(request, timeout=10) as resp:
                return json.loads(resp.read() or b"null")
        except urllib.error.HTTPError as exc:
            raise RuntimeError(f"{method} {path} -> {exc.code}: {exc.read().decode()}") from exc

    def script(self, responses: list[dict[str, Any]] | dict[str, Any]) -> None:
        """Queue scripted responses (one dict or a list; see ``script.Reply``)."""
        if isinstance(responses, dict):
            responses = [responses]
        self._call("POST", "/__mock__/script", {"responses": responses})

    def requests(self) -> list[dict[str, Any]]:
        """Requests received so far, oldest first (method, path, headers, json)."""
        return list(self._call("GET", "/__mock__/requests"))

    def stats(self) -> dict[str, int]:
        """Stream counters: open_streams, completed_streams, cancelled_streams."""
        return self._call("GET", "/__mock__/stats")

    def reset(self) -> None:
        """Clear the request log and the script queue."""
        self._call("POST", "/__mock__/reset", {})

    def configure(self, **options: Any) -> dict[str, Any]:
        """Change options of the running server (e.g. ``latency_ms=50``)."""
        return dict(self._call("POST", "/__mock__/options", options))

    def stop(self) -> None:
        """Terminate the server (SIGTERM, then SIGKILL after 5 s)."""
        if self._proc.poll() is None:
            self._proc.terminate()
            try:
                self._proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait()
        self._log.close()

    def __enter__(self) -> MockProcess:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


def start_mock(port: int | None = None, **options: Any) -> MockProcess:
    """Start ``python -m waddleai.mock`` on ``port`` (free one if ``None``), ready.

    ``options`` are :class:`~waddleai.mock.options.MockOptions` fields.
    Retries once on another port if the chosen free port was grabbed in the
    meantime.
    """
    attempts = 1 if port is not None else 3
    for attempt in range(attempts):
        mock = MockProcess(port if port is not None else free_port(), options)
        try:
            mock.wait_ready()
            return mock
        except RuntimeError:
            mock.stop()
            if attempt == attempts - 1:
                raise
    raise AssertionError("unreachable")
