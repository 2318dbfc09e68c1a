"""Every management endpoint x every role x own/other organization: allowed or refused.

Expectations are written out by hand here (not derived from the policy module) so the
test checks the policy rather than restating it. Scopes:

* self  - the actor's own account or key
* own   - something in an organization the actor is assigned to
* other - something in an organization the actor is not assigned to
* -     - collection endpoints

A 404 must be indistinguishable from the answer for an id that does not exist.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from fastapi import FastAPI

from tests.mgmt.conftest import PASSWORD, ROLES, ActorInfo, World, login, unique
from waddleai.store.identity import SYSTEM, create_user, issue_key
from waddleai.store.models import UserOrg

Body = dict[str, Any] | Callable[[World, ActorInfo, int | None], dict[str, Any]] | None
MISSING_ID = 2**31 - 1


@dataclass(frozen=True)
class Case:
    name: str
    method: str
    path: str
    expect: tuple[int, int, int, int]  # admin, resource_manager, reporter, user
    target: str | None = None  # "org", "user", "key", "link"
    scope: str = "-"
    body: Body = None
    owner_role: str = "user"  # role of the target user, or of the target key's owner


ALL = (200, 200, 200, 200)
ADMIN_ONLY_READ = (200, 403, 403, 403)
PASSWORD_BODY = {"password": PASSWORD}  # same password: the actor can log in again


def new_user_body(org: str, role: str = "user") -> Callable[[World, ActorInfo, Any], dict]:
    def body(world: World, actor: ActorInfo, target: Any) -> dict:
        org_id = world.org_a if org == "a" else world.org_b
        return {"username": unique("new"), "password": "password-123", "role": role,
                "org_ids": [org_id]}  # fmt: skip

    return body


def key_for(world: World, actor: ActorInfo, target: Any) -> dict:
    body = {"name": "k", "expires_days": 30, "permissions": {"models": ["gpt-4"], "rate_limit": 9}}
    if target is not None:
        body["user_id"] = target
    return body


CASES = [
    # authentication
    Case("auth.me", "GET", "/auth/me", ALL),
    Case("auth.logout", "POST", "/auth/logout", (204,) * 4),
    # users
    Case("users.create.own", "POST", "/users", (201, 201, 403, 403), None, "own",
         new_user_body("a")),
    Case("users.create.other", "POST", "/users", (201, 403, 403, 403), None, "other",
         new_user_body("b")),
    Case("users.create.escalate", "POST", "/users", (201, 403, 403, 403), None, "own",
         new_user_body("a", "resource_manager")),
    Case("users.list", "GET", "/users", (200, 200, 403, 403)),
    Case("users.read.self", "GET", "/users/{id}", ALL, "user", "self"),
    Case("users.read.own", "GET", "/users/{id}", (200, 200, 404, 404), "user", "own"),
    Case("users.read.other", "GET", "/users/{id}", (200, 404, 404, 404), "user", "other"),
    Case("users.update.self", "PATCH", "/users/{id}", ALL, "user", "self", PASSWORD_BODY),
    Case("users.update.self.role", "PATCH", "/users/{id}", (200, 403, 403, 403), "user", "self",
         {"role": "admin"}),
    Case("users.update.own", "PATCH", "/users/{id}", (200, 200, 404, 404), "user", "own",
         {"password": "password-456", "enabled": True}),
    Case("users.update.own.promote", "PATCH", "/users/{id}", (200, 403, 404, 404), "user", "own",
         {"role": "admin"}),
    Case("users.update.other", "PATCH", "/users/{id}", (200, 404, 404, 404), "user", "other",
         {"password": "password-456"}),
    Case("users.delete.self", "DELETE", "/users/{id}", (409, 403, 403, 403), "user", "self"),
    Case("users.delete.own", "DELETE", "/users/{id}", (204, 204, 404, 404), "user", "own"),
    Case("users.delete.other", "DELETE", "/users/{id}", (204, 404, 404, 404), "user", "other"),
    # organizations
    Case("orgs.create", "POST", "/orgs", (201, 403, 403, 403), None, "-",
         lambda w, a, t: {"name": unique("org"), "description": "d",
                          "token_quota_monthly": 1000, "token_quota_daily": 100}),
    Case("orgs.list", "GET", "/orgs", ALL),
    Case("orgs.read.own", "GET", "/orgs/{id}", ALL, "org", "own"),
    Case("orgs.read.other", "GET", "/orgs/{id}", (200, 404, 404, 404), "org", "other"),
    Case("orgs.update.quota.own", "PATCH", "/orgs/{id}", (200, 200, 403, 403), "org", "own",
         {"token_quota_daily": 5000, "token_quota_monthly": None}),
    Case("orgs.update.quota.other", "PATCH", "/orgs/{id}", (200, 404, 404, 404), "org", "other",
         {"token_quota_daily": 5000}),
    Case("orgs.update.name.own", "PATCH", "/orgs/{id}", (200, 403, 403, 403), "org", "own",
         lambda w, a, t: {"name": unique("renamed")}),
    Case("orgs.delete.own", "DELETE", "/orgs/{id}", (204, 403, 403, 403), "org", "own"),
    Case("orgs.delete.other", "DELETE", "/orgs/{id}", (204, 404, 404, 404), "org", "other"),
    # API keys
    Case("keys.create.self", "POST", "/api-keys", (201,) * 4, None, "self", key_for),
    Case("keys.create.self.other_org", "POST", "/api-keys", (201, 403, 403, 403), None, "other",
         lambda w, a, t: {"name": "k", "org_id": w.org_b}),
    Case("keys.create.own_user", "POST", "/api-keys", (201, 201, 404, 404), "user", "own",
         key_for),
    Case("keys.create.other_user", "POST", "/api-keys", (201, 404, 404, 404), "user", "other",
         key_for),
    Case("keys.list", "GET", "/api-keys", ALL),
    *[
        Case(f"keys.{verb}.{scope}", method, path, expect, "key", scope, body)
        for verb, method, path, ok, body in [
            ("read", "GET", "/api-keys/{id}", 200, None),
            ("update", "PATCH", "/api-keys/{id}", 200, {"enabled": False, "name": "renamed"}),
            ("delete", "DELETE", "/api-keys/{id}", 204, None),
            ("rotate", "POST", "/api-keys/{id}/rotate", 200, None),
        ]
        for scope, expect in [
            ("self", (ok, ok, ok, ok)),
            ("own", (ok, ok, 404, 404)),
            ("other", (ok, 404, 404, 404)),
        ]
    ],
    # the rank rule: a manager never acts on admins, other managers or their keys
    *[
        Case(f"keys.{verb}.own.{owner}", method, path, (ok, 404, 404, 404), "key", "own", body,
             owner)
        for verb, method, path, ok, body in [
            ("read", "GET", "/api-keys/{id}", 200, None),
            ("update", "PATCH", "/api-keys/{id}", 200, {"enabled": False}),
            ("delete", "DELETE", "/api-keys/{id}", 204, None),
            ("rotate", "POST", "/api-keys/{id}/rotate", 200, None),
        ]
        for owner in ("admin", "resource_manager")
    ],
    *[
        Case(f"{name}.own.{owner}", method, path, (ok, 403, 404, 404), "user", "own", body, owner)
        for name, method, path, ok, body in [
            ("users.update", "PATCH", "/users/{id}", 200, {"enabled": False}),
            ("users.delete", "DELETE", "/users/{id}", 204, None),
            ("analytics.quota", "POST", "/analytics/quotas/{id}", 200, {"daily_limit": 1}),
        ]
        for owner in ("admin", "resource_manager")
    ],
    # provider links, security settings, audit log: admin only
    Case("links.create", "POST", "/config/links", (201, 403, 403, 403), None, "-",
         lambda w, a, t: {"name": unique("link"), "provider": "openai",
                          "endpoint_url": "https://api.openai.com/v1", "api_key": "sk-secret",
                          "model_list": ["gpt-4"], "enabled": True}),
    Case("links.list", "GET", "/config/links", ADMIN_ONLY_READ),
    Case("links.read", "GET", "/config/links/{id}", ADMIN_ONLY_READ, "link"),
    Case("links.update", "PATCH", "/config/links/{id}", ADMIN_ONLY_READ, "link", "-",
         {"enabled": False}),
    Case("links.delete", "DELETE", "/config/links/{id}", (204, 403, 403, 403), "link"),
    Case("security.read", "GET", "/config/security", ADMIN_ONLY_READ),
    Case("security.update", "POST", "/config/security", ADMIN_ONLY_READ, None, "-",
         {"max_prompt_length": 50000}),
    Case("audit.list", "GET", "/audit", ADMIN_ONLY_READ),
    # usage analytics and quotas (reporters read their orgs' users; users only themselves)
    Case("analytics.tokens", "GET", "/analytics/tokens/waddleai", ALL),
    Case("analytics.tokens.self", "GET", "/analytics/tokens/{id}", ALL, "user", "self"),
    Case("analytics.tokens.own", "GET", "/analytics/tokens/{id}", (200, 200, 200, 404), "user",
         "own"),
    Case("analytics.tokens.other", "GET", "/analytics/tokens/{id}", (200, 404, 404, 404),
         "user", "other"),
    Case("analytics.usage", "GET", "/analytics/usage", ALL),
    Case("analytics.quotas", "GET", "/analytics/quotas", ALL),
    Case("analytics.quota.self", "POST", "/analytics/quotas/{id}", (200, 403, 403, 403), "user",
         "self", {"monthly_limit": 150000}),
    Case("analytics.quota.own", "POST", "/analytics/quotas/{id}", (200, 200, 404, 404), "user",
         "own", {"monthly_limit": 150000}),
    Case("analytics.quota.other", "POST", "/analytics/quotas/{id}", (200, 404, 404, 404), "user",
         "other", {"daily_limit": 100}),
    Case("analytics.org.own", "GET", "/analytics/orgs/{id}", (200, 200, 200, 403), "org", "own"),
    Case("analytics.org.other", "GET", "/analytics/orgs/{id}", (200, 404, 404, 404), "org",
         "other"),
    Case("analytics.system", "GET", "/analytics/system", ADMIN_ONLY_READ),
    # unauthenticated operational endpoints
    Case("healthz", "GET", "/healthz", ALL),
    Case("metrics", "GET", "/metrics", ALL),
]  # fmt: skip


async def _make_org(world: World, member: ActorInfo | None) -> int:
    async with world.store.transaction() as tx:
        org = await tx.orgs.create(name=unique("t-org"), description="")
        if member is not None:
            tx.session.add(UserOrg(user_id=member.user_id, org_id=org.id))
        return org.id


async def _make_user(world: World, org_id: int, role: str = "user") -> int:
    async with world.store.transaction() as tx:
        user = await create_user(tx, SYSTEM, username=unique("t-user"), password="password-123",
                                 role=role, org_ids=[org_id])  # fmt: skip
        return user.id


async def _make_key(world: World, owner_id: int, org_id: int | None) -> int:
    async with world.store.transaction() as tx:
        owner = await tx.users.get(owner_id)
        assert owner is not None
        issued = await issue_key(tx, world.store.secrets, SYSTEM, owner=owner, name="t",
                                 org_id=org_id)  # fmt: skip
        return issued.key.id


async def _make_link(world: World) -> int:
    async with world.store.transaction() as tx:
        link = await tx.links.create(name=unique("t-link"), provider="openai",
                                     endpoint_url="https://x.example/v1", model_list=["m"],
                                     enabled=True)  # fmt: skip
        return link.id


async def build_target(world: World, actor: ActorInfo, case: Case) -> int | None:
    """A fresh resource for the case, so destructive cases never disturb each other."""
    org = world.org_a if case.scope == "own" else world.org_b
    if case.target == "org":
        return await _make_org(world, actor if case.scope == "own" else None)
    if case.target == "user":
        if case.scope == "self":
            return actor.user_id
        return await _make_user(world, org, case.owner_role)
    if case.target == "key":
        if case.scope == "self":
            return await _make_key(world, actor.user_id, world.org_a)
        return await _make_key(world, await _make_user(world, org, case.owner_role), org)
    if case.target == "link":
        return await _make_link(world)
    return None


def _body(case: Case, world: World, actor: ActorInfo, target: int | None) -> dict | None:
    return case.body(world, actor, target) if callable(case.body) else case.body


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
async def test_role_matrix(case: Case, role: str, world: World) -> None:
    actor = world.actors[role]
    target = await build_target(world, actor, case)
    headers = actor.headers
    if case.name == "auth.logout":  # keep the shared token alive
        headers = await login(world.client, actor.username, PASSWORD)
    path = case.path.format(id=target)
    body = _body(case, world, actor, target)
    response = await world.client.request(case.method, path, json=body, headers=headers)
    expected = case.expect[ROLES.index(role)]
    if case.name == "users.update.self":  # a password change ends the actor's sessions
        actor.headers.update(await login(world.client, actor.username, PASSWORD))
    assert response.status_code == expected, f"{role} {case.name}: {response.text}"
    if expected >= 400:
        error = response.json()["error"]
        assert set(response.json()) == {"error"} and {"message", "type", "code"} <= set(error)
    if expected == 404 and "{id}" in case.path:
        missing = await world.client.request(
            case.method, case.path.format(id=MISSING_ID), json=body, headers=headers
        )
        assert (missing.status_code, missing.json()) == (404, response.json())


def _protected(case: Case) -> bool:
    return case.name not in {"healthz", "metrics"}


@pytest.mark.parametrize("case", [c for c in CASES if _protected(c)], ids=lambda c: c.name)
async def test_anonymous_is_refused(case: Case, world: World) -> None:
    path = case.path.format(id=1)
    body = _body(case, world, world.actors["user"], 1)
    response = await world.client.request(case.method, path, json=body)
    assert response.status_code == 401, response.text
    assert response.json()["error"]["type"] == "authentication_error"
    assert response.headers["www-authenticate"] == "Bearer"


def test_matrix_covers_every_endpoint(mgmt_app: FastAPI) -> None:
    """Read from the OpenAPI document: `app.routes` hides included routers in new FastAPI."""
    covered = {(c.method, c.path) for c in CASES} | {("POST", "/auth/login")}
    documented = {
        (method.upper(), re.sub(r"\{[a-z_]+\}", "{id}", path))
        for path, operations in mgmt_app.openapi()["paths"].items()
        for method in operations
    }
    assert len(documented) >= 30
    assert documented - covered == set()


async def test_listings_are_scoped(world: World) -> None:
    """Collection endpoints show each role exactly its part."""
    client, a, b = world.client, world.org_a, world.org_b
    user_b = await _make_user(world, b)
    key_b = await _make_key(world, user_b, b)
    user_a = await _make_user(world, a)
    key_a = await _make_key(world, user_a, a)
    own_key = await _make_key(world, world.actors["user"].user_id, a)

    def ids(response) -> set[int]:
        assert response.status_code == 200, response.text
        return {item["id"] for item in response.json()}

    admin, rm, reporter, user = (world.actors[r].headers for r in ROLES)
    assert {a, b} <= ids(await client.get("/orgs", headers=admin))
    for headers, actor in ((rm, "resource_manager"), (reporter, "reporter"), (user, "user")):
        orgs = ids(await client.get("/orgs", headers=headers))
        assert a in orgs and b not in orgs
        assert orgs == await _memberships(world, world.actors[actor].user_id)
    assert {user_a, user_b} <= ids(await client.get("/users", headers=admin))
    rm_users = ids(await client.get("/users", headers=rm))
    assert user_a in rm_users and user_b not in rm_users
    assert {key_a, key_b} <= ids(await client.get("/api-keys", headers=admin))
    rm_keys = ids(await client.get("/api-keys", headers=rm))
    assert key_a in rm_keys and key_b not in rm_keys
    user_keys = ids(await client.get("/api-keys", headers=user))
    assert own_key in user_keys and key_a not in user_keys and key_b not in user_keys


async def _memberships(world: World, user_id: int) -> set[int]:
    async with world.store.transaction() as tx:
        user = await tx.users.get(user_id)
        assert user is not None
        return set(user.org_ids)
