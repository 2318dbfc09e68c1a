"""API keys over the management API: shown once, hashed at rest, rotate, revoke."""

from __future__ import annotations

import asyncio

import pytest
from sqlalchemy import text

from tests.mgmt.conftest import World
from waddleai.auth.store_keys import StoreKeyAuthenticator


@pytest.fixture
async def auth(world: World):
    """An authenticator subscribed to this process's change feed, as the proxy's is."""
    authenticator = StoreKeyAuthenticator(world.store)
    await authenticator.start()
    yield authenticator
    await authenticator.close()


DOC_EXAMPLE = {  # the integration guide's request, verbatim
    "name": "Production API Key",
    "expires_days": 90,
    "permissions": {"models": ["gpt-4", "claude-3-opus"], "rate_limit": 100},
}


async def test_key_is_shown_once_and_stored_only_as_keyed_hash(world: World) -> None:
    headers = world.actors["user"].headers
    created = await world.client.post("/api-keys", json=DOC_EXAMPLE, headers=headers)
    assert created.status_code == 201
    body = created.json()
    raw = body["api_key"]
    assert raw.startswith("wa-") and body["id"] > 0
    assert body["permissions"] == {"models": ["claude-3-opus", "gpt-4"], "rate_limit": 100}
    assert body["key_prefix"] == raw[:10] and body["org_id"] == world.org_a
    listing = await world.client.get("/api-keys", headers=headers)
    single = await world.client.get(f"/api-keys/{body['id']}", headers=headers)
    for response in (listing, single):
        assert response.status_code == 200
        assert raw not in response.text and "api_key" not in response.json().__repr__()
    async with world.store.session() as session:
        row = (
            (
                await session.execute(
                    text("SELECT * FROM api_keys WHERE id = :id"), {"id": body["id"]}
                )
            )
            .mappings()
            .one()
        )
    assert raw not in str(dict(row))
    assert row["key_hash"] == world.store.secrets.hash_api_key(raw)


async def test_rotate_returns_new_secret_and_refuses_old(
    world: World, auth: StoreKeyAuthenticator
) -> None:
    headers = world.actors["reporter"].headers
    created = (await world.client.post("/api-keys", json=DOC_EXAMPLE, headers=headers)).json()
    assert await auth.authenticate(created["api_key"]) is not None
    rotated = await world.client.post(f"/api-keys/{created['id']}/rotate", headers=headers)
    assert rotated.status_code == 200
    new = rotated.json()
    assert new["id"] == created["id"] and new["api_key"] != created["api_key"]
    assert new["permissions"] == created["permissions"] and new["rotated_at"]
    # this process's feed delivered the change at commit: no waiting needed
    assert await auth.authenticate(created["api_key"]) is None
    principal = await auth.authenticate(new["api_key"])
    assert principal is not None and principal.key_id == str(created["id"])


async def test_delete_revokes(world: World, auth: StoreKeyAuthenticator) -> None:
    headers = world.actors["user"].headers
    created = (await world.client.post("/api-keys", json={"name": "tmp"}, headers=headers)).json()
    assert await auth.authenticate(created["api_key"]) is not None
    assert (
        await world.client.delete(f"/api-keys/{created['id']}", headers=headers)
    ).status_code == 204
    assert await auth.authenticate(created["api_key"]) is None
    assert (
        await world.client.get(f"/api-keys/{created['id']}", headers=headers)
    ).status_code == 404
    again = await world.client.delete(f"/api-keys/{created['id']}", headers=headers)
    assert again.status_code == 404


async def test_disable_and_enable(world: World, auth: StoreKeyAuthenticator) -> None:
    headers = world.actors["user"].headers
    created = (await world.client.post("/api-keys", json={"name": "t"}, headers=headers)).json()
    path = f"/api-keys/{created['id']}"
    assert (await world.client.patch(path, json={"enabled": False}, headers=headers)).json()[
        "enabled"
    ] is False
    assert await auth.authenticate(created["api_key"]) is None
    await world.client.patch(path, json={"enabled": True}, headers=headers)
    assert await auth.authenticate(created["api_key"]) is not None


async def test_key_creation_audited_without_secret(world: World) -> None:
    headers = world.actors["user"].headers
    created = (await world.client.post("/api-keys", json=DOC_EXAMPLE, headers=headers)).json()
    entries = (
        await world.client.get(
            "/audit", params={"action": "api_key.create"}, headers=world.actors["admin"].headers
        )
    ).json()
    entry = next(e for e in entries if e["target_id"] == str(created["id"]))
    assert entry["actor_name"] == world.actors["user"].username
    assert entry["after"]["name"] == "Production API Key"
    assert created["api_key"] not in str(entry)


async def test_cache_ttls_on_keys_and_orgs_reach_the_proxys_principal(
    world: World, auth: StoreKeyAuthenticator
) -> None:
    """A key's own TTL wins; else its organization's; both bounded, null clears."""
    user = world.actors["user"].headers
    admin = world.actors["admin"].headers
    created = (await world.client.post("/api-keys", json={"name": "c"}, headers=user)).json()
    principal = await auth.authenticate(created["api_key"])
    assert principal is not None and principal.cache_ttl is None
    org = await world.client.patch(
        f"/orgs/{world.org_a}", json={"cache_ttl_seconds": 600}, headers=admin
    )
    assert org.status_code == 200 and org.json()["cache_ttl_seconds"] == 600
    key_path = f"/api-keys/{created['id']}"
    await _eventually(auth, created["api_key"], 600)
    patched = await world.client.patch(key_path, json={"cache_ttl_seconds": 60}, headers=user)
    assert patched.status_code == 200 and patched.json()["cache_ttl_seconds"] == 60
    await _eventually(auth, created["api_key"], 60)
    for bad in (0, 31 * 24 * 3600, "60"):
        refused = await world.client.patch(key_path, json={"cache_ttl_seconds": bad}, headers=user)
        assert refused.status_code == 422, bad
    cleared = await world.client.patch(key_path, json={"cache_ttl_seconds": None}, headers=user)
    assert cleared.json()["cache_ttl_seconds"] is None
    await _eventually(auth, created["api_key"], 600)  # back to the org's
    await world.client.patch(
        f"/orgs/{world.org_a}", json={"cache_ttl_seconds": None}, headers=admin
    )


async def _eventually(auth: StoreKeyAuthenticator, raw: str, ttl: int) -> None:
    for _ in range(50):
        principal = await auth.authenticate(raw)
        if principal is not None and principal.cache_ttl == ttl:
            return
        await asyncio.sleep(0.1)
    raise AssertionError(f"the key's cache TTL never became {ttl}")
