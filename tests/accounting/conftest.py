"""Accounting tests: a store-backed gateway on the mock upstream, on SQLite and PostgreSQL.

The test process opens the same database as the gateway subprocess (same DATABASE_URL and
WADDLEAI_SECRET_KEY) to create users, orgs and keys with quotas and to count records.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest

from tests.accounting.helpers import SECRET, Accounts
from tests.conftest import mock_gateway_config
from tests.gateway_process import GatewayProcess
from tests.store.fixtures import DatabaseFactory
from tests.store.fixtures import _cheap_password_hashing as _cheap_password_hashing
from tests.store.fixtures import backend as backend
from tests.store.fixtures import databases as databases
from waddleai.config.settings import Settings
from waddleai.mock.testing import MockProcess
from waddleai.store import Store, open_store


@pytest.fixture(scope="session")
async def acct_settings(backend: str, databases: DatabaseFactory) -> Settings:  # noqa: F811
    return await databases.settings(backend, waddleai_secret_key=SECRET)


@pytest.fixture(scope="session")
async def acct_store(acct_settings: Settings) -> AsyncIterator[Store]:
    store = await open_store(acct_settings)
    yield store
    await store.close()


def gateway_env(settings: Settings, **extra: str) -> dict[str, str]:
    env = {"DATABASE_URL": settings.database_url, "WADDLEAI_SECRET_KEY": SECRET, **extra}
    if settings.jwt_secret:
        env["JWT_SECRET"] = settings.jwt_secret
    return env


@pytest.fixture(scope="session")
def acct_gateway(
    mock: MockProcess, acct_settings: Settings, acct_store: Store
) -> Iterator[GatewayProcess]:
    env = gateway_env(acct_settings)
    with GatewayProcess(config_yaml=mock_gateway_config(mock.url), env=env) as process:
        yield process


@pytest.fixture
def accounts(acct_store: Store, acct_gateway: GatewayProcess) -> Accounts:
    return Accounts(acct_store, acct_gateway.url)
