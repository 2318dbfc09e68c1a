"""Store fixtures shared by tests/store, tests/mgmt and tests/identity.

Every test module that uses `store` runs twice: on a SQLite file and on the real
PostgreSQL (a fresh schema per session, dropped at the end). Each conftest re-exports
these, so each test directory gets its own databases.
"""

from __future__ import annotations

import secrets
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import asyncpg
import pytest

from tests.services import PG_URL, require_postgres, require_redis
from waddleai.config.settings import Settings
from waddleai.store import BootstrapInfo, Store, bootstrap, open_store
from waddleai.store.passwords import configure_hashing

BACKENDS = ["sqlite", "postgres"]
ADMIN_PASSWORD = "admin-test-password-1"
JWT_SECRET = "test-jwt-secret-" + "x" * 32


class DatabaseFactory:
    """Hands out isolated databases and removes them at the end of the session."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.schemas: list[str] = []

    async def url(self, backend: str) -> str:
        if backend == "sqlite":
            return f"sqlite:///{self.directory / (secrets.token_hex(6) + '.db')}"
        require_postgres()
        schema = f"wa_test_{secrets.token_hex(6)}"
        conn = await asyncpg.connect(PG_URL)
        try:
            await conn.execute(f'CREATE SCHEMA "{schema}"')
        finally:
            await conn.close()
        self.schemas.append(schema)
        separator = "&" if "?" in PG_URL else "?"
        return f"{PG_URL}{separator}options=-csearch_path%3D{schema}"

    async def settings(self, backend: str, **overrides: Any) -> Settings:
        values: dict[str, Any] = {
            "database_url": await self.url(backend),
            "admin_password": ADMIN_PASSWORD,
            "data_dir": str(self.directory),
        }
        if backend == "postgres":
            values["jwt_secret"] = JWT_SECRET
        values.update(overrides)
        return Settings(**values)

    async def drop_all(self) -> None:
        if not self.schemas:
            return
        conn = await asyncpg.connect(PG_URL)
        try:
            for schema in self.schemas:
                await conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
        finally:
            await conn.close()


@pytest.fixture(scope="session", autouse=True)
def _cheap_password_hashing() -> None:
    """Argon2 at production cost takes ~0.6 s here; tests create hundreds of users."""
    configure_hashing(time_cost=1, memory_cost=1024, parallelism=1)


@pytest.fixture(scope="session", params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    if request.param == "postgres":
        require_postgres()
    return str(request.param)


@pytest.fixture(scope="session")
async def databases(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[DatabaseFactory]:
    factory = DatabaseFactory(tmp_path_factory.mktemp("stores"))
    yield factory
    await factory.drop_all()


@pytest.fixture(scope="session")
async def store_settings(backend: str, databases: DatabaseFactory) -> Settings:
    return await databases.settings(backend)


@pytest.fixture(scope="session")
async def bootstrapped(store_settings: Settings) -> AsyncIterator[tuple[Store, BootstrapInfo]]:
    store = await open_store(store_settings)
    info = await bootstrap(store, store_settings, echo=lambda _line: None)
    yield store, info
    await store.close()


@pytest.fixture(scope="session")
def store(bootstrapped: tuple[Store, BootstrapInfo]) -> Store:
    return bootstrapped[0]


@pytest.fixture
def redis_prefix() -> Iterator[str]:
    """A Redis key/channel prefix unique to one test; its keys are deleted afterwards."""
    url = require_redis()
    prefix = f"wa-test-{secrets.token_hex(6)}"
    yield prefix
    import redis

    client = redis.Redis.from_url(url)
    try:
        for key in client.scan_iter(f"{prefix}:*"):
            client.delete(key)
    finally:
        client.close()
