"""Fixtures: the mock upstream running in subprocesses, driven over HTTP.

Two servers per session (default options; latency + pacing + required key),
spawned together so their start-up costs overlap. ``upstream`` resets the
shared default server before every test so tests stay independent. At the
end the servers' logs must be free of application errors: a fault such as a
dropped connection is supposed to look deliberate, not like a crash.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from waddleai.mock.testing import MockProcess, free_port

SLOW_KEYED = {"latency_ms": 150, "stream_interval_ms": 40, "require_key": "sk-mock-test"}


@pytest.fixture(scope="session")
def mock_pair() -> Iterator[tuple[MockProcess, MockProcess]]:
    """(default mock, slow keyed mock), started in parallel."""
    default = MockProcess(free_port(), {})
    slow = MockProcess(free_port(), SLOW_KEYED)
    try:
        default.wait_ready()
        slow.wait_ready()
        yield default, slow
        logs = default.output() + slow.output()
        assert "Exception in ASGI application" not in logs, logs
        assert "ASGI callable returned" not in logs, logs
    finally:
        default.stop()
        slow.stop()


@pytest.fixture(scope="session")
def mock_process(mock_pair: tuple[MockProcess, MockProcess]) -> MockProcess:
    """A mock upstream with default options, shared by the session."""
    return mock_pair[0]


@pytest.fixture
def upstream(mock_process: MockProcess) -> MockProcess:
    """The shared mock, freshly reset for this test."""
    mock_process.reset()
    return mock_process


@pytest.fixture(scope="session")
def slow_keyed_upstream(mock_pair: tuple[MockProcess, MockProcess]) -> MockProcess:
    """A mock with 150 ms latency, 40 ms between chunks and a required API key."""
    return mock_pair[1]
