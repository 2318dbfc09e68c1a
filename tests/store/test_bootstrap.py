"""First start: admin user and key, announced once, never a fixed password."""

from __future__ import annotations

import asyncio

from tests.store.fixtures import ADMIN_PASSWORD, DatabaseFactory
from waddleai.store import bootstrap, open_store
from waddleai.store.passwords import verify_password


async def test_first_start_creates_admin_and_prints_key_once(
    backend: str, databases: DatabaseFactory
) -> None:
    settings = await databases.settings(backend)
    store = await open_store(settings)
    lines: list[str] = []
    try:
        info = await bootstrap(store, settings, echo=lines.append)
        assert info.created and info.admin_api_key and info.admin_api_key.startswith("wa-")
        assert info.generated_password is None  # ADMIN_PASSWORD was set
        assert lines == [f"Admin API Key: {info.admin_api_key}"]
        async with store.transaction() as tx:
            admin = await tx.users.by_username("admin")
            assert admin is not None and admin.role == "admin"
            keys = await tx.keys.list(user_id=admin.id)
        assert await verify_password(admin.password_hash, ADMIN_PASSWORD)
        assert not await verify_password(admin.password_hash, "admin123")
        assert len(keys) == 1 and keys[0].key_hash == store.secrets.hash_api_key(info.admin_api_key)
        again = await bootstrap(store, settings, echo=lines.append)
        assert not again.created and again.admin_api_key is None
        assert len(lines) == 1
    finally:
        await store.close()


async def test_random_password_when_none_configured(
    backend: str, databases: DatabaseFactory
) -> None:
    settings = await databases.settings(backend, admin_password=None)
    store = await open_store(settings)
    lines: list[str] = []
    try:
        info = await bootstrap(store, settings, echo=lines.append)
        password = info.generated_password
        assert password and len(password) >= 16 and password != "admin123"
        assert any(password in line for line in lines)
        assert any(line.startswith("Admin API Key: wa-") for line in lines)
        async with store.transaction() as tx:
            admin = await tx.users.by_username("admin")
        assert admin is not None and await verify_password(admin.password_hash, password)
        assert "wa-" not in repr(info) and password not in repr(info)
    finally:
        await store.close()


async def test_concurrent_bootstrap_creates_one_admin(
    backend: str, databases: DatabaseFactory
) -> None:
    settings = await databases.settings(backend)
    stores = [await open_store(settings), await open_store(settings)]
    lines: list[str] = []
    try:
        infos = await asyncio.gather(*(bootstrap(s, settings, echo=lines.append) for s in stores))
        assert sorted(i.created for i in infos) == [False, True]
        assert sum(line.startswith("Admin API Key") for line in lines) == 1
        async with stores[0].transaction() as tx:
            assert await tx.users.count() == 1
    finally:
        for s in stores:
            await s.close()
