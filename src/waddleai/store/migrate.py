"""Applies the shipped Alembic migrations programmatically.

Every process that opens the store upgrades first, so several processes may race at
start (proxy and management server side by side). On PostgreSQL an advisory lock makes
them take turns; on SQLite the database write lock does the same.

Alembic (with Mako and Pygments behind it, ~11 MB resident) is imported only when a
database is behind the shipped head: a proxy opening an up-to-date database reads the
version table with one query and never loads it, and a proxy-only process that finds
its database behind runs the upgrade in a short-lived child (`upgrade_in_child`), so
Alembic never stays resident in a proxy worker even on its first start.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import re
import sys
from collections.abc import AsyncIterator
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, text
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from waddleai.config.settings import Settings
from waddleai.store.database import create_engine_for

if TYPE_CHECKING:
    from alembic.config import Config

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: rely on SQLite's own locking
    fcntl = None  # type: ignore[assignment]

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
# Arbitrary constant naming "WaddleAI schema upgrade" for pg_advisory_xact_lock.
_PG_LOCK_ID = 0x57414444


def alembic_config() -> Config:
    """An in-memory Alembic config pointing at the packaged migrations."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


_REVISION = re.compile(r"^(down_revision|revision)\s*=\s*(None|\"[^\"]*\")", re.M)


@cache
def shipped_head() -> str | None:
    """The head of the packaged migrations read from their files, without Alembic.

    None when the chain is not one line (a branch, a merge, an unreadable file): then
    the caller asks Alembic. tests/store/test_migrations.py checks it equals
    `head_revision()`.
    """
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS_DIR / "versions").glob("[0-9]*.py"):
        found = dict(_REVISION.findall(path.read_text(encoding="utf-8")))
        if "revision" not in found or "down_revision" not in found:
            return None
        revisions.add(found["revision"].strip('"'))
        if found["down_revision"] != "None":
            parents.add(found["down_revision"].strip('"'))
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


async def at_shipped_head(engine: AsyncEngine) -> bool:
    """True when the database's one version row is the shipped head (nothing to do)."""
    head = shipped_head()
    if head is None:
        return False
    try:
        async with engine.connect() as conn:
            rows = (await conn.execute(text("SELECT version_num FROM alembic_version"))).all()
    except Exception:  # no version table yet (empty database): Alembic creates it
        return False
    return [row[0] for row in rows] == [head]


async def upgrade_engine(engine: AsyncEngine, revision: str = "head") -> None:
    """Upgrade the database behind `engine` to `revision` in one transaction."""
    if revision == "head" and await at_shipped_head(engine):
        return
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
    from alembic import command

    config = alembic_config()
    config.attributes["connection"] = connection
    command.upgrade(config, revision)


_CHILD_URL = "WADDLEAI_UPGRADE_DATABASE_URL"
_CHILD_TIMEOUT = 600.0


async def upgrade_in_child(engine: AsyncEngine, database_url: str) -> None:
    """Upgrade to the shipped head in a child process (`python -m waddleai.store.migrate`).

    The URL goes through the environment, not argv, so a password in it is not shown by
    `ps`. The same locks as in-process upgrades serialise racing processes.
    """
    if await at_shipped_head(engine):
        return
    child = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "waddleai.store.migrate",
        env={**os.environ, _CHILD_URL: database_url},
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        _, err = await asyncio.wait_for(child.communicate(), _CHILD_TIMEOUT)
    except BaseException:
        with contextlib.suppress(ProcessLookupError):
            child.kill()
        raise
    if child.returncode != 0:
        tail = err.decode("utf-8", "replace").strip().splitlines()[-5:]
        raise RuntimeError("database upgrade failed: " + " | ".join(tail))


async def current_revision(engine: AsyncEngine) -> str | None:
    """The revision the database is at, or None for an empty database."""
    from alembic.runtime.migration import MigrationContext

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


def main() -> None:
    """The child of `upgrade_in_child`: upgrade the database named in its environment."""
    asyncio.run(upgrade(Settings(database_url=os.environ[_CHILD_URL])))


if __name__ == "__main__":
    main()
