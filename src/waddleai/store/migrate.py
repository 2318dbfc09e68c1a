"""Applies the shipped Alembic migrations programmatically.

Every process that opens the store upgrades first, so several processes may race at
start (proxy and management server side by side). On PostgreSQL an advisory lock makes
them take turns; on SQLite the database write lock does the same.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, text
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from waddleai.config.settings import Settings
from waddleai.store.database import create_engine_for

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: rely on SQLite's own locking
    fcntl = None  # type: ignore[assignment]

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
# Arbitrary constant naming "WaddleAI schema upgrade" for pg_advisory_xact_lock.
_PG_LOCK_ID = 0x57414444


def alembic_config() -> Config:
    """An in-memory Alembic config pointing at the packaged migrations."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


async def upgrade_engine(engine: AsyncEngine, revision: str = "head") -> None:
    """Upgrade the database behind `engine` to `revision` in one transaction."""
    async with _sqlite_file_lock(engine), engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:
            await _sqlite_foreign_keys(conn, False)
        try:
            async with conn.begin():
                if conn.dialect.name == "postgresql":
                    await conn.execute(
                        text("SELECT pg_advisory_xact_lock(:id)"), {"id": _PG_LOCK_ID}
                    )
                await conn.run_sync(_upgrade_sync, revision)
                if sqlite:
                    broken = (await conn.exec_driver_sql("PRAGMA foreign_key_check")).all()
                    if broken:
                        raise RuntimeError(f"migration left dangling references: {broken[:5]}")
        finally:
            if sqlite:
                await _sqlite_foreign_keys(conn, True)


async def _sqlite_foreign_keys(conn: AsyncConnection, on: bool) -> None:
    """Switch SQLite foreign-key enforcement (only possible outside a transaction).

    Rebuilding a parent table (migration 0006) drops it; with enforcement on, that drop
    would run ON DELETE CASCADE and empty the child tables. SQLite's documented recipe:
    enforcement off, rebuild, `PRAGMA foreign_key_check`, enforcement back on.
    """
    await conn.exec_driver_sql(f"PRAGMA foreign_keys={'ON' if on else 'OFF'}")
    await conn.commit()


@contextlib.asynccontextmanager
async def _sqlite_file_lock(engine: AsyncEngine) -> AsyncIterator[None]:
    """Serialise upgrades of one SQLite file across processes (`<db>.migrate.lock`).

    SQLite's own locking would make a second concurrent upgrader fail with "database is
    locked" instead of waiting, because both start by reading the version table.
    """
    database = engine.url.database
    if engine.dialect.name != "sqlite" or not database or database == ":memory:" or not fcntl:
        yield
        return
    lock_path = Path(f"{database}.migrate.lock")
    with lock_path.open("a+b") as handle:  # noqa: ASYNC230 - opening a lock file is instant
        await asyncio.to_thread(fcntl.flock, handle.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def _upgrade_sync(connection: Connection, revision: str) -> None:
    config = alembic_config()
    config.attributes["connection"] = connection
    command.upgrade(config, revision)


async def current_revision(engine: AsyncEngine) -> str | None:
    """The revision the database is at, or None for an empty database."""
    async with engine.connect() as conn:
        return await conn.run_sync(
            lambda sync: MigrationContext.configure(sync).get_current_revision()
        )


async def upgrade(settings: Settings, revision: str = "head") -> str | None:
    """Upgrade the configured database; returns the revision it ends at."""
    engine, _ = create_engine_for(settings)
    try:
        await upgrade_engine(engine, revision)
        return await current_revision(engine)
    finally:
        await engine.dispose()
