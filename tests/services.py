"""External services the tests use (PostgreSQL, Redis) and the one rule for their absence.

When the environment says `CI=true` a missing service is a failure - CI must not go
green by skipping the PostgreSQL or Redis half of the suite. Elsewhere the tests that
need it are skipped with the reason.

Override the addresses with WADDLEAI_TEST_PG_URL / WADDLEAI_TEST_REDIS_URL.
"""

from __future__ import annotations

import functools
import os
import socket
from urllib.parse import urlsplit

import pytest

PG_URL = os.environ.get("WADDLEAI_TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432/test")
REDIS_URL = os.environ.get("WADDLEAI_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() == "true"


def unavailable(reason: str) -> None:
    """Fail under CI=true, skip otherwise."""
    if in_ci():
        pytest.fail(f"{reason} (CI=true: required services must be up)", pytrace=False)
    pytest.skip(reason)


def _probe(host: str, port: int, hello: bytes, expect: bytes) -> str | None:
    """Connect, optionally speak, return None if the service answered, else the problem."""
    try:
        with socket.create_connection((host, port), timeout=2) as sock:
            if hello:
                sock.sendall(hello)
                sock.settimeout(2)
                answer = sock.recv(64)
                if not answer.startswith(expect):
                    return f"unexpected answer {answer[:20]!r}"
    except OSError as exc:
        return str(exc)
    return None


@functools.cache
def _postgres_problem() -> str | None:
    parts = urlsplit(PG_URL)
    # An SSLRequest packet: any PostgreSQL server answers 'S' or 'N' immediately.
    ssl_request = b"\x00\x00\x00\x08\x04\xd2\x16\x2f"
    return _probe(parts.hostname or "127.0.0.1", parts.port or 5432, ssl_request, b"")


@functools.cache
def _redis_problem() -> str | None:
    parts = urlsplit(REDIS_URL)
    return _probe(parts.hostname or "127.0.0.1", parts.port or 6379, b"PING\r\n", b"+PONG")


def require_postgres() -> str:
    """The PostgreSQL URL, or skip/fail (see module docstring)."""
    problem = _postgres_problem()
    if problem:
        unavailable(f"PostgreSQL not reachable at {PG_URL}: {problem}")
    return PG_URL


def require_redis() -> str:
    """The Redis URL, or skip/fail (see module docstring)."""
    problem = _redis_problem()
    if problem:
        unavailable(f"Redis not reachable at {REDIS_URL}: {problem}")
    return REDIS_URL
