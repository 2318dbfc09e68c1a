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


async def test_deleted_ids_are_never_reused(store: Store) -> None:
    """A new user, organization or key never gets the id of a deleted one (SQLite reused
    the highest freed id before migration 0006, and with it the old user's tokens)."""
    from waddleai.store.identity import SYSTEM, create_user, delete_user, issue_key

    async with store.transaction() as tx:
        org = await tx.orgs.create(name=f"reuse-{id(tx)}", description="")
        user = await create_user(tx, SYSTEM, username=f"reuse-{id(tx)}", password="p" * 12)
        key = (await issue_key(tx, store.secrets, SYSTEM, owner=user, name="k")).key
        old = (org.id, user.id, key.id)
        await delete_user(tx, SYSTEM, user)  # cascades to the key
        await tx.orgs.delete(org)
    async with store.transaction() as tx:
        org = await tx.orgs.create(name=f"reuse2-{id(tx)}", description="")
        user = await create_user(tx, SYSTEM, username=f"reuse2-{id(tx)}", password="p" * 12)
        key = (await issue_key(tx, store.secrets, SYSTEM, owner=user, name="k")).key
    assert org.id > old[0] and user.id > old[1] and key.id > old[2]


async def test_rebuild_keeps_rows_and_references(backend: str, databases: DatabaseFactory) -> None:
    """Migration 0006 rebuilds parent tables on SQLite: memberships and keys survive."""
    settings = await databases.settings(backend)
    engine, _ = create_engine_for(settings)
    now = "CURRENT_TIMESTAMP"
    try:
        await upgrade_engine(engine, "0003")
        async with engine.begin() as conn:
            for sql in (
                f"INSERT INTO organizations (id, name, description, created_at, updated_at) "
                f"VALUES (7, 'o', '', {now}, {now})",
                f"INSERT INTO users (id, username, password_hash, role, enabled, created_at, "
                f"updated_at) VALUES (5, 'u', 'x', 'user', true, {now}, {now})",
                "INSERT INTO user_orgs (user_id, org_id) VALUES (5, 7)",
                f"INSERT INTO api_keys (id, name, key_hash, key_prefix, user_id, org_id, "
                f"enabled, created_at) VALUES (3, 'k', 'h', 'wa-', 5, 7, true, {now})",
            ):
                await conn.execute(text(sql))
        await upgrade_engine(engine)
        async with engine.connect() as conn:
            members = (await conn.execute(text("SELECT user_id, org_id FROM user_orgs"))).all()
            keys = (await conn.execute(text("SELECT id, user_id, org_id FROM api_keys"))).all()
            generation = (await conn.execute(text("SELECT token_generation FROM users"))).all()
    finally:
        await engine.dispose()
    assert [tuple(r) for r in members] == [(5, 7)]
    assert [tuple(r) for r in keys] == [(3, 5, 7)]
    assert [tuple(r) for r in generation] == [(0,)]


def test_shipped_head_read_without_alembic_matches_alembic() -> None:
    """The start-up shortcut (no Alembic import at head) reads the same head."""
    from waddleai.store.migrate import shipped_head

    assert shipped_head() == head_revision()
