"""Migrations: fresh databases reach head, old ones upgrade in place, models match."""

from __future__ import annotations

import asyncio

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from tests.store.fixtures import DatabaseFactory
from waddleai.store import Store, open_store
from waddleai.store.database import create_engine_for
from waddleai.store.migrate import current_revision, head_revision, upgrade, upgrade_engine
from waddleai.store.models import Base


async def test_open_store_upgrades_to_head(store: Store) -> None:
    assert await current_revision(store.engine) == head_revision()


async def test_models_match_migrations(store: Store) -> None:
    """The ORM and the migrations describe the same schema (no pending autogenerate)."""

    def diff(sync_conn):
        context = MigrationContext.configure(sync_conn, opts={"compare_type": True})
        return compare_metadata(context, Base.metadata)

    async with store.engine.connect() as conn:
        changes = await conn.run_sync(diff)
    assert changes == []


async def test_older_database_upgrades_in_place(backend: str, databases: DatabaseFactory) -> None:
    """A database left at the first release's schema keeps its rows through upgrade."""
    settings = await databases.settings(backend)
    engine, _ = create_engine_for(settings)
    try:
        await upgrade_engine(engine, "0001")
        assert await current_revision(engine) == "0001"
        async with engine.begin() as conn:
            await conn.execute(
                text(
                    "INSERT INTO organizations (name, description, created_at, updated_at) "
                    "VALUES ('legacy', 'from 0001', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"
                )
            )
    finally:
        await engine.dispose()
    store = await open_store(settings)
    try:
        assert await current_revision(store.engine) == head_revision()
        async with store.transaction() as tx:
            org = await tx.orgs.by_name("legacy")
            assert org is not None and org.description == "from 0001"
            assert set(await tx.revisions.all()) >= {"keys", "links", "security"}
    finally:
        await store.close()


async def test_concurrent_upgrades_take_turns(backend: str, databases: DatabaseFactory) -> None:
    """Proxy and management server starting together on a fresh database both succeed."""
    settings = await databases.settings(backend)
    results = await asyncio.gather(upgrade(settings), upgrade(settings), upgrade(settings))
    assert results == [head_revision()] * 3
