"""The store object every component shares: engine, sessions, secrets, change feed.

`open_store(settings)` is the only way in: it resolves the database, applies migrations,
loads the server secrets and prepares (but does not start) the change feed. The caller
owns the store and must `await store.close()`.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from waddleai.config.settings import Settings
from waddleai.store.changes import ChangeFeed
from waddleai.store.database import DatabaseTarget, create_engine_for
from waddleai.store.migrate import upgrade_engine, upgrade_in_child
from waddleai.store.secrets import ServerSecrets, load_server_secrets
from waddleai.store.security_settings import SecuritySettings
from waddleai.store.transaction import Transaction

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LinkConfig:
    """A provider link with its secret decrypted, for the proxy only; never serialised."""

    id: int
    name: str
    provider: str
    endpoint_url: str | None
    api_key: str | None
    model_list: tuple[str, ...]
    enabled: bool

    def __repr__(self) -> str:
        return f"LinkConfig(id={self.id}, name={self.name!r}, provider={self.provider!r})"


class Store:
    """Shared handle on the management database (see module docstring)."""

    def __init__(
        self,
        settings: Settings,
        engine: AsyncEngine,
        target: DatabaseTarget,
        secrets: ServerSecrets,
        redis: object | None = None,
    ) -> None:
        self.settings = settings
        self.engine = engine
        self.target = target
        self.secrets = secrets
        self.redis = redis  # redis.asyncio.Redis when REDIS_URL is set
        self.sessionmaker = async_sessionmaker(engine, expire_on_commit=False)
        self.changes = ChangeFeed(
            self.sessionmaker, redis=redis, channel=f"{settings.redis_prefix}:changes"
        )

    @property
    def dialect(self) -> str:
        return self.target.dialect

    @contextlib.asynccontextmanager
    async def transaction(self) -> AsyncIterator[Transaction]:
        """Commit on success, roll back on error; publish touched kinds after commit."""
        async with self.sessionmaker() as session, session.begin():
            tx = Transaction(session)
            yield tx
        if tx.changed:
            await self.changes.publish(tx.changed)

    @contextlib.asynccontextmanager
    async def session(self) -> AsyncIterator[AsyncSession]:
        async with self.sessionmaker() as session:
            yield session

    async def ping(self) -> bool:
        try:
            async with self.engine.connect() as conn:
                await conn.execute(text("SELECT 1"))
            return True
        except Exception as exc:
            log.warning("database ping failed: %s", exc)
            return False

    async def provider_links(self, enabled_only: bool = True) -> list[LinkConfig]:
        """Links with decrypted secrets, for the proxy's provider registry."""
        async with self.transaction() as tx:
            rows = await tx.links.list(enabled_only=enabled_only)
        return [
            LinkConfig(
                id=row.id,
                name=row.name,
                provider=row.provider,
                endpoint_url=row.endpoint_url,
                api_key=self.secrets.decrypt(row.api_key_encrypted)
                if row.api_key_encrypted
                else None,
                model_list=tuple(row.model_list or ()),
                enabled=row.enabled,
            )
            for row in rows
        ]

    async def security_settings(self) -> SecuritySettings:
        """The admin-edited policy, or the SECURITY_POLICY defaults if never edited."""
        async with self.transaction() as tx:
            stored = await tx.settings.get("security")
        if stored is None:
            return SecuritySettings.for_policy(self.settings.security_policy)
        return SecuritySettings.model_validate(stored)

    async def close(self) -> None:
        while self.changes.running:
            await self.changes.stop()
        if self.redis is not None:
            with contextlib.suppress(Exception):
                await self.redis.aclose()  # type: ignore[attr-defined]
        await self.engine.dispose()


def _redis_client(settings: Settings) -> object | None:
    if not settings.redis_url:
        return None
    from redis.asyncio import Redis

    return Redis.from_url(
        settings.redis_url,
        socket_connect_timeout=2,
        socket_timeout=5,
        health_check_interval=15,
        retry_on_timeout=True,
    )


async def open_store(
    settings: Settings, *, migrate: bool = True, migrate_in_child: bool = False
) -> Store:
    """Open (and by default upgrade) the configured database; see module docstring.

    `migrate_in_child`: a proxy-only process upgrades through a child process, so that
    Alembic does not stay resident in it (an in-memory database is upgraded in process).
    """
    engine, target = create_engine_for(settings)
    try:
        secrets = load_server_secrets(settings, target)
        in_memory = target.dialect == "sqlite" and target.sqlite_path is None
        if migrate and migrate_in_child and not in_memory:
            await upgrade_in_child(engine, settings.database_url)
        elif migrate:
            await upgrade_engine(engine)
    except BaseException:
        await engine.dispose()
        raise
    return Store(settings, engine, target, secrets, redis=_redis_client(settings))
