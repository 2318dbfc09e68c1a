"""Provider links (secrets encrypted at rest, never returned) and security settings."""

from __future__ import annotations

import asyncio

from sqlalchemy import text

from tests.mgmt.conftest import World, unique

SECRET = "sk-live-provider-secret-0123456789"


def _doc_link() -> dict:
    return {  # the README's example
        "name": unique("OpenAI GPT-4"),
        "provider": "openai",
        "endpoint_url": "https://api.openai.com/v1",
        "api_key": SECRET,
        "model_list": ["gpt-4", "gpt-3.5-turbo"],
        "enabled": True,
    }


async def _raw_row(world: World, link_id: int) -> dict:
    async with world.store.session() as session:
        result = await session.execute(
            text("SELECT * FROM provider_links WHERE id = :id"), {"id": link_id}
        )
        return dict(result.mappings().one())


async def test_link_secret_encrypted_at_rest_and_never_returned(world: World) -> None:
    admin = world.actors["admin"].headers
    created = await world.client.post("/config/links", json=_doc_link(), headers=admin)
    assert created.status_code == 201
    link = created.json()
    assert link["has_api_key"] is True and SECRET not in created.text
    row = await _raw_row(world, link["id"])
    assert SECRET not in str(row)
    assert world.store.secrets.decrypt(row["api_key_encrypted"]) == SECRET
    for response in (
        await world.client.get("/config/links", headers=admin),
        await world.client.get(f"/config/links/{link['id']}", headers=admin),
        await world.client.patch(
            f"/config/links/{link['id']}", json={"enabled": False}, headers=admin
        ),
        await world.client.get("/audit", headers=admin),
    ):
        assert response.status_code == 200 and SECRET not in response.text


async def test_link_secret_can_be_replaced_and_removed(world: World) -> None:
    admin = world.actors["admin"].headers
    link = (await world.client.post("/config/links", json=_doc_link(), headers=admin)).json()
    path = f"/config/links/{link['id']}"
    await world.client.patch(path, json={"api_key": "sk-second-secret"}, headers=admin)
    row = await _raw_row(world, link["id"])
    assert world.store.secrets.decrypt(row["api_key_encrypted"]) == "sk-second-secret"
    removed = await world.client.patch(path, json={"api_key": None}, headers=admin)
    assert removed.json()["has_api_key"] is False
    assert (await _raw_row(world, link["id"]))["api_key_encrypted"] is None


async def test_proxy_sees_link_changes(world: World) -> None:
    """The proxy's view: decrypted links, and a `links` change notification."""
    admin = world.actors["admin"].headers
    heard: list[dict] = []
    unsubscribe = world.store.changes.subscribe("links", lambda kind, info: heard.append(info))
    try:
        body = _doc_link()
        link = (await world.client.post("/config/links", json=body, headers=admin)).json()
        assert heard, "no links change notification"
        configs = {c.name: c for c in await world.store.provider_links()}
        assert configs[body["name"]].api_key == SECRET
        assert SECRET not in repr(configs[body["name"]])
        await world.client.delete(f"/config/links/{link['id']}", headers=admin)
        assert body["name"] not in {c.name for c in await world.store.provider_links()}
    finally:
        unsubscribe()


async def test_duplicate_link_name_conflicts(world: World) -> None:
    admin = world.actors["admin"].headers
    body = _doc_link()
    assert (await world.client.post("/config/links", json=body, headers=admin)).status_code == 201
    again = await world.client.post("/config/links", json=body, headers=admin)
    assert again.status_code == 409 and again.json()["error"]["code"] == "link_exists"


async def test_link_validation(world: World) -> None:
    admin = world.actors["admin"].headers
    for bad in (
        {**_doc_link(), "provider": "nonsense"},
        {**_doc_link(), "endpoint_url": "ftp://x"},
        {**_doc_link(), "surprise": 1},
        {**_doc_link(), "name": ""},
    ):
        response = await world.client.post("/config/links", json=bad, headers=admin)
        assert response.status_code == 422, bad
        assert response.json()["error"]["type"] == "invalid_request_error"


async def test_security_settings_merge_validate_and_audit(world: World) -> None:
    admin = world.actors["admin"].headers
    body = {"policy": "strict", "max_prompt_length": 10000, "block_injection": True}
    updated = await world.client.post("/config/security", json=body, headers=admin)
    assert updated.status_code == 200
    assert updated.json()["policy"] == "strict" and updated.json()["max_prompt_length"] == 10000
    partial = await world.client.post(
        "/config/security", json={"scan_responses": True}, headers=admin
    )
    assert partial.json()["policy"] == "strict" and partial.json()["scan_responses"] is True
    current = await world.client.get("/config/security", headers=admin)
    assert current.json() == partial.json()
    assert (await world.store.security_settings()).scan_responses is True
    for bad in ({"policy": "lax"}, {"max_prompt_length": 0}, {"unknown_switch": True}):
        response = await world.client.post("/config/security", json=bad, headers=admin)
        assert response.status_code == 422, bad
    entries = (
        await world.client.get("/audit", params={"action": "security.update"}, headers=admin)
    ).json()
    assert entries[0]["after"]["scan_responses"] is True
    assert entries[0]["before"]["scan_responses"] is False


async def test_audit_masks_secrets_in_user_changes(world: World) -> None:
    admin = world.actors["admin"].headers
    created = await world.client.post(
        "/users",
        json={"username": unique("aud"), "password": "initial-pass-1", "org_ids": [world.org_a]},
        headers=admin,
    )
    user_id = created.json()["id"]
    await world.client.patch(
        f"/users/{user_id}", json={"password": "changed-pass-2"}, headers=admin
    )
    await asyncio.sleep(0)
    entries = (await world.client.get("/audit", params={"limit": 50}, headers=admin)).json()
    mine = [e for e in entries if e["target_type"] == "user" and e["target_id"] == str(user_id)]
    assert {e["action"] for e in mine} == {"user.create", "user.update"}
    update = next(e for e in mine if e["action"] == "user.update")
    assert update["after"]["password"] == "***"
    assert update["actor_name"] == world.actors["admin"].username and update["at"]
    text_all = str(mine)
    assert "initial-pass-1" not in text_all and "changed-pass-2" not in text_all
    async with world.store.session() as session:
        raw = (await session.execute(text("SELECT before, after FROM audit_log"))).all()
    assert "changed-pass-2" not in str(raw) and SECRET not in str(raw)
