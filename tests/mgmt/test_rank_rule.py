"""Nobody acts on a user or key of a higher role than their own; limits set by a higher
role on a key stay until that role (or a higher one) changes them."""

from __future__ import annotations

import pytest

from tests.mgmt.conftest import PASSWORD, World, login, unique
from waddleai.auth.store_keys import StoreKeyAuthenticator
from waddleai.store.identity import SYSTEM, create_user, issue_key

RM_MAY_NOT_TOUCH = ("admin", "resource_manager")


@pytest.fixture
async def auth(world: World):
    """The proxy's key authenticator on this store."""
    authenticator = StoreKeyAuthenticator(world.store)
    await authenticator.start()
    yield authenticator
    await authenticator.close()


async def _user(world: World, role: str) -> tuple[int, str]:
    async with world.store.transaction() as tx:
        user = await create_user(tx, SYSTEM, username=unique(role), password=PASSWORD,
                                 role=role, org_ids=[world.org_a])  # fmt: skip
    return user.id, user.username


async def _key(world: World, owner_id: int) -> int:
    async with world.store.transaction() as tx:
        owner = await tx.users.get(owner_id)
        assert owner is not None
        issued = await issue_key(tx, world.store.secrets, SYSTEM, owner=owner, name="k",
                                 org_id=world.org_a)  # fmt: skip
    return issued.key.id


@pytest.mark.parametrize("role", RM_MAY_NOT_TOUCH)
async def test_manager_cannot_touch_keys_of_equal_or_higher_roles(world: World, role: str):
    """Keys billed to the manager's org but owned by an admin or another manager: as if
    they did not exist (404 like a missing id), and absent from the listing."""
    client, rm = world.client, world.actors["resource_manager"].headers
    owner_id, _ = await _user(world, role)
    key_id = await _key(world, owner_id)
    missing = (await client.get("/api-keys/2147483647", headers=rm)).json()
    for method, path, body in (
        ("GET", f"/api-keys/{key_id}", None),
        ("PATCH", f"/api-keys/{key_id}", {"enabled": False}),
        ("POST", f"/api-keys/{key_id}/rotate", None),
        ("DELETE", f"/api-keys/{key_id}", None),
    ):
        response = await client.request(method, path, json=body, headers=rm)
        assert response.status_code == 404, (method, path, response.text)
        assert response.json() == missing
    listed = await client.get("/api-keys", headers=rm)
    assert key_id not in {k["id"] for k in listed.json()}
    admin_view = await client.get(f"/api-keys/{key_id}", headers=world.actors["admin"].headers)
    assert admin_view.status_code == 200 and admin_view.json()["enabled"] is True


@pytest.mark.parametrize("role", RM_MAY_NOT_TOUCH)
async def test_manager_cannot_act_on_users_of_equal_or_higher_roles(world: World, role: str):
    client, rm = world.client, world.actors["resource_manager"].headers
    target, _ = await _user(world, role)
    for method, path, body in (
        ("POST", f"/analytics/quotas/{target}", {"daily_limit": 1}),
        ("PATCH", f"/users/{target}", {"enabled": False}),
        ("PATCH", f"/users/{target}", {"password": "hijacked-pass-1"}),
        ("DELETE", f"/users/{target}", None),
        ("POST", "/api-keys", {"name": "mine now", "user_id": target}),
    ):
        response = await client.request(method, path, json=body, headers=rm)
        assert response.status_code == 403, (method, path, response.text)
    assert (await client.get(f"/users/{target}", headers=rm)).status_code == 200  # may see
    async with world.store.transaction() as tx:
        user = await tx.users.get(target)
        assert user is not None and user.enabled and user.token_quota_daily is None


async def test_manager_still_manages_users_and_reporters(world: World):
    client, rm = world.client, world.actors["resource_manager"].headers
    for role in ("user", "reporter"):
        target, _ = await _user(world, role)
        key_id = await _key(world, target)
        quota = await client.post(f"/analytics/quotas/{target}", json={"daily_limit": 5},
                                  headers=rm)  # fmt: skip
        assert quota.status_code == 200, quota.text
        assert (await client.post(f"/api-keys/{key_id}/rotate", headers=rm)).status_code == 200
        assert (await client.delete(f"/users/{target}", headers=rm)).status_code == 204


async def test_owner_cannot_undo_an_admins_restrictions(world: World, auth: StoreKeyAuthenticator):
    user_id, username = await _user(world, "user")
    owner = await login(world.client, username, PASSWORD)
    admin = world.actors["admin"].headers
    created = await world.client.post("/api-keys", json={"name": "k"}, headers=owner)
    raw, path = created.json()["api_key"], f"/api-keys/{created.json()['id']}"
    restrict = {"enabled": False, "token_quota_daily": 100}
    assert (await world.client.patch(path, json=restrict, headers=admin)).status_code == 200
    for undo in ({"enabled": True}, {"token_quota_daily": None}, {"token_quota_monthly": 5},
                 {"enabled": True, "token_quota_daily": None}):  # fmt: skip
        refused = await world.client.patch(path, json=undo, headers=owner)
        assert refused.status_code == 403, (undo, refused.text)
        assert refused.json()["error"]["type"] == "permission_error"
    renamed = await world.client.patch(path, json={"name": "mine"}, headers=owner)
    assert renamed.status_code == 200
    body = renamed.json()
    assert (body["name"], body["enabled"], body["token_quota_daily"]) == ("mine", False, 100)
    assert await auth.authenticate(raw) is None
    lifted = await world.client.patch(path, json={"enabled": True}, headers=admin)
    assert lifted.status_code == 200
    assert await auth.authenticate(raw) is not None
    # the owner may always switch its key off, but then not on again
    assert (
        await world.client.patch(path, json={"enabled": False}, headers=owner)
    ).status_code == 200
    assert (
        await world.client.patch(path, json={"enabled": True}, headers=owner)
    ).status_code == 403


async def test_managers_restriction_binds_the_owner_but_not_an_admin(world: World):
    user_id, username = await _user(world, "user")
    owner = await login(world.client, username, PASSWORD)
    rm, admin = world.actors["resource_manager"].headers, world.actors["admin"].headers
    created = await world.client.post("/api-keys", json={"name": "k"}, headers=owner)
    path = f"/api-keys/{created.json()['id']}"
    assert (await world.client.patch(path, json={"token_quota_monthly": 9},
                                     headers=rm)).status_code == 200  # fmt: skip
    assert (await world.client.patch(path, json={"token_quota_monthly": None},
                                     headers=owner)).status_code == 403  # fmt: skip
    assert (await world.client.patch(path, json={"token_quota_monthly": None},
                                     headers=admin)).status_code == 200  # fmt: skip
    # an admin's restriction is beyond the manager's reach
    assert (await world.client.patch(path, json={"enabled": False},
                                     headers=admin)).status_code == 200  # fmt: skip
    assert (await world.client.patch(path, json={"enabled": True},
                                     headers=rm)).status_code == 403  # fmt: skip


async def test_owners_own_limits_stay_theirs(world: World):
    headers = world.actors["user"].headers
    created = await world.client.post("/api-keys", json={"name": "k"}, headers=headers)
    path = f"/api-keys/{created.json()['id']}"
    for change in ({"token_quota_daily": 5}, {"enabled": False}, {"enabled": True},
                   {"token_quota_daily": None}):  # fmt: skip
        assert (await world.client.patch(path, json=change, headers=headers)).status_code == 200


async def test_a_key_never_outranks_who_holds_its_secret(world: World, auth: StoreKeyAuthenticator):
    """The proxy's admin-only features (budget webhooks) check the principal's role: the
    owner's role now, capped by the role of whoever else created or rotated the key."""
    rm, admin = world.actors["resource_manager"].headers, world.actors["admin"].headers
    user_id, username = await _user(world, "user")
    made = await world.client.post("/api-keys", json={"name": "by rm", "user_id": user_id},
                                   headers=rm)  # fmt: skip
    assert made.status_code == 201
    promoted = await world.client.patch(f"/users/{user_id}", json={"role": "admin"}, headers=admin)
    assert promoted.status_code == 200
    principal = await auth.authenticate(made.json()["api_key"])
    assert principal is not None and principal.role == "resource_manager"
    owner = await login(world.client, username, PASSWORD)
    rotated = await world.client.post(f"/api-keys/{made.json()['id']}/rotate", headers=owner)
    assert rotated.status_code == 200
    principal = await auth.authenticate(rotated.json()["api_key"])
    assert principal is not None and principal.role == "admin"
    own = await world.client.post("/api-keys", json={"name": "own"}, headers=owner)
    principal = await auth.authenticate(own.json()["api_key"])
    assert principal is not None and principal.role == "admin"
