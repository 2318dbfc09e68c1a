"""Management API tests: the app over httpx's ASGI transport, on SQLite and PostgreSQL.

`world` is one small tenant layout per database: organizations A and B, and one actor
of each role assigned to A, each logged in.
"""

from __future__ import annotations

import secrets
from collections.abc import AsyncIterator
from dataclasses import dataclass, field

import httpx
import pytest
from fastapi import FastAPI

from tests.store import fixtures as store_fixtures
from waddleai.config.settings import Settings
from waddleai.mgmt import create_mgmt_app
from waddleai.store import Store
from waddleai.store.identity import SYSTEM, create_user

# The shared store fixtures (SQLite and PostgreSQL), re-exported for this directory.
_cheap_password_hashing = store_fixtures._cheap_password_hashing
backend = store_fixtures.backend
bootstrapped = store_fixtures.bootstrapped
databases = store_fixtures.databases
redis_prefix = store_fixtures.redis_prefix
store = store_fixtures.store
store_settings = store_fixtures.store_settings

ROLES = ("admin", "resource_manager", "reporter", "user")
PASSWORD = "actor-password-1"


@dataclass
class ActorInfo:
    role: str
    user_id: int
    username: str
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class World:
    store: Store
    client: httpx.AsyncClient
    org_a: int
    org_b: int
    actors: dict[str, ActorInfo]


def unique(prefix: str) -> str:
    return f"{prefix}-{secrets.token_hex(5)}"


async def login(client: httpx.AsyncClient, username: str, password: str) -> dict[str, str]:
    response = await client.post("/auth/login", json={"username": username, "password": password})
    assert response.status_code == 200, response.text
    return {"Authorization": f"Bearer {response.json()['access_token']}"}


@pytest.fixture(scope="session")
def mgmt_app(store: Store, store_settings: Settings) -> FastAPI:
    return create_mgmt_app(store_settings, store)


@pytest.fixture(scope="session")
async def client(mgmt_app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=mgmt_app)
    async with httpx.AsyncClient(transport=transport, base_url="http://mgmt") as http:
        yield http


@pytest.fixture(scope="session")
async def world(store: Store, client: httpx.AsyncClient) -> World:
    async with store.transaction() as tx:
        org_a = await tx.orgs.create(name=unique("org-a"), description="own")
        org_b = await tx.orgs.create(name=unique("org-b"), description="other")
        users = {
            role: await create_user(
                tx,
                SYSTEM,
                username=unique(role),
                password=PASSWORD,
                role=role,
                org_ids=[org_a.id],
            )  # fmt: skip
            for role in ROLES
        }
    actors = {
        role: ActorInfo(role, user.id, user.username, await login(client, user.username, PASSWORD))
        for role, user in users.items()
    }
    return World(store=store, client=client, org_a=org_a.id, org_b=org_b.id, actors=actors)


@pytest.fixture
def reset_throttle(mgmt_app: FastAPI):
    """Login throttling state is per app; tests that provoke it clean up after."""
    yield mgmt_app.state.mgmt.throttle
    from waddleai.mgmt.throttle import LoginThrottle

    settings = mgmt_app.state.mgmt.settings
    mgmt_app.state.mgmt.throttle = LoginThrottle(
        settings.login_max_failures, settings.login_lockout_seconds
    )
