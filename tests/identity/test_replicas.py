"""Revocation reaches a second process within a second: PostgreSQL + Redis (pub/sub),
and SQLite alone (counter polling)."""

from __future__ import annotations

import asyncio
import os
import sys
import time
from pathlib import Path

import pytest

from tests.identity.helpers import make_key
from tests.services import require_postgres, require_redis
from tests.store.fixtures import DatabaseFactory
from waddleai.config.settings import Settings
from waddleai.store import open_store
from waddleai.store.identity import SYSTEM, revoke_key

ROOT = Path(__file__).resolve().parents[2]


def _environment(settings: Settings, raw_key: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DATABASE_", "REDIS_"))}
    env.update(
        DATABASE_URL=settings.database_url,
        JWT_SECRET=settings.jwt_secret or "",
        DATA_DIR=settings.data_dir,
        PROBE_KEY=raw_key,
        PYTHONPATH=str(ROOT),
    )
    if settings.redis_url:
        env.update(REDIS_URL=settings.redis_url, REDIS_PREFIX=settings.redis_prefix)
        env["PROBE_NEEDS_REDIS"] = "1"
    return env


async def _revocation_delay(settings: Settings) -> tuple[float, str]:
    store = await open_store(settings)
    try:
        issued = await make_key(store)
        probe = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "tests.identity.replica_probe",
            cwd=ROOT, env=_environment(settings, issued.raw),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        assert probe.stdout is not None
        try:
            line = (await asyncio.wait_for(probe.stdout.readline(), 30)).decode().strip()
            assert line == "ready", line + (await probe.stderr.read()).decode()  # type: ignore[union-attr]
            await asyncio.sleep(0.6)  # let the replica settle past a poll boundary
            async with store.transaction() as tx:
                key = await tx.keys.get(issued.key.id)
                assert key is not None
                await revoke_key(tx, SYSTEM, key)
            revoked_at = time.time()
            line = (await asyncio.wait_for(probe.stdout.readline(), 10)).decode().strip()
            assert line.startswith("refused "), line
            return float(line.split()[1]) - revoked_at, line
        finally:
            if probe.returncode is None:
                probe.kill()
            await probe.wait()
    finally:
        await store.close()


async def test_postgres_and_redis_second_process(
    databases: DatabaseFactory, redis_prefix: str
) -> None:
    require_postgres()
    settings = await databases.settings(
        "postgres", redis_url=require_redis(), redis_prefix=redis_prefix
    )
    delay, line = await _revocation_delay(settings)
    assert delay < 1.0, line
    assert line.endswith("lookups 1")  # the warm key cost no queries until the change


@pytest.mark.parametrize("backend_name", ["sqlite", "postgres"])
async def test_second_process_without_redis(databases: DatabaseFactory, backend_name: str) -> None:
    settings = await databases.settings(backend_name)
    delay, line = await _revocation_delay(settings)
    assert delay < 1.0, line
