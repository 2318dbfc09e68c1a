"""End-to-end security tests: a store-backed gateway on the mock upstream.

The test process shares the gateway's database (same DATABASE_URL and secret key) to
create orgs, users and keys, and runs the management API in-process to change the
security settings the way an admin does (`POST /config/security`); the gateway learns
of the change through the store's change feed.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import httpx
import pytest

from tests.accounting.helpers import SECRET, Accounts
from tests.conftest import mock_gateway_config
from tests.gateway_process import GatewayProcess
from tests.store.fixtures import DatabaseFactory
from tests.store.fixtures import _cheap_password_hashing as _cheap_password_hashing
from tests.store.fixtures import backend as backend
from tests.store.fixtures import databases as databases
from waddleai.config.settings import Settings
from waddleai.mgmt.app import create_mgmt_app
from waddleai.mock.testing import MockProcess
from waddleai.store import Store, open_store


@pytest.fixture(scope="session")
async def sec_settings(backend: str, databases: DatabaseFactory) -> Settings:  # noqa: F811
    return await databases.settings(backend, waddleai_secret_key=SECRET)


@pytest.fixture(scope="session")
async def sec_store(sec_settings: Settings) -> AsyncIterator[Store]:
    store = await open_store(sec_settings)
    yield store
    await store.close()


@pytest.fixture(scope="session")
def sec_gateway(
    mock: MockProcess, sec_settings: Settings, sec_store: Store
) -> Iterator[GatewayProcess]:
    env = {"DATABASE_URL": sec_settings.database_url, "WADDLEAI_SECRET_KEY": SECRET}
    if sec_settings.jwt_secret:
        env["JWT_SECRET"] = sec_settings.jwt_secret
    with GatewayProcess(config_yaml=mock_gateway_config(mock.url), env=env) as process:
        yield process


@pytest.fixture
def sec_accounts(sec_store: Store, sec_gateway: GatewayProcess) -> Accounts:
    return Accounts(sec_store, sec_gateway.url)


@pytest.fixture
async def sec_mgmt(sec_settings: Settings, sec_store: Store) -> AsyncIterator[httpx.AsyncClient]:
    app = create_mgmt_app(sec_settings, sec_store)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://mgmt") as client:
        yield client
