"""Fixtures: the mock upstream running in a subprocess, driven over HTTP.

One server per session keeps the suite fast; ``upstream`` resets its script
queue and request log before every test so tests stay independent.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from waddleai.mock.testing import MockProcess, start_mock


@pytest.fixture(scope="session")
def mock_process() -> Iterator[MockProcess]:
    """A mock upstream with default options, shared by the session."""
    with start_mock() as mock:
        yield mock


@pytest.fixture
def upstream(mock_process: MockProcess) -> MockProcess:
    """The shared mock, freshly reset for this test."""
    mock_process.reset()
    return mock_process


@pytest.fixture(scope="session")
def slow_keyed_upstream() -> Iterator[MockProcess]:
    """A mock with latency, paced streaming and a required API key."""
    with start_mock(latency_ms=150, stream_interval_ms=40, require_key="sk-mock-test") as mock:
        yield mock
