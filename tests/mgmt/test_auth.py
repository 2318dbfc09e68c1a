"""Login tokens: issue, verify, revoke; failed logins slow down then lock out."""

from __future__ import annotations

import contextlib
import time

import httpx
import jwt
import pytest

from tests.mgmt.conftest import PASSWORD, World, login, unique
from waddleai.mgmt.throttle import LoginThrottle
from waddleai.mgmt.tokens import TokenIssuer
from waddleai.store.identity import SYSTEM, create_user, update_user


async def _new_user(world: World, role: str = "user") -> tuple[int, str]:
    async with world.store.transaction() as tx:
        user = await create_user(tx, SYSTEM, username=unique("auth"), password=PASSWORD,
                                 role=role, org_ids=[world.org_a])  # fmt: skip
    return user.id, user.username


async def test_login_returns_bearer_token(world: World) -> None:
    user_id, username = await _new_user(world)
    response = await world.client.post(
        "/auth/login", json={"username": username, "password": PASSWORD}
    )
    assert response.status_code == 200
    body = response.json()
    assert set(body) == {"access_token", "token_type", "expires_in"}
    assert body["token_type"] == "bearer" and body["expires_in"] == 480 * 60
    me = await world.client.get(
        "/auth/me", headers={"Authorization": f"Bearer {body['access_token']}"}
    )
    assert me.status_code == 200
    assert me.json()["id"] == user_id and me.json()["org_ids"] == [world.org_a]
    assert "password" not in me.text and "hash" not in me.text


async def test_wrong_password_and_unknown_user_look_alike(world: World, reset_throttle) -> None:
    _, username = await _new_user(world)
    wrong = await world.client.post(
        "/auth/login", json={"username": username, "password": "nope-nope"}
    )
    unknown = await world.client.post(
        "/auth/login", json={"username": unique("ghost"), "password": "nope-nope"}
    )
    assert wrong.status_code == unknown.status_code == 401
    assert wrong.json() == unknown.json()
    assert wrong.json()["error"]["code"] == "invalid_credentials"


def _tamper(token: str) -> list[str]:
    header, payload, signature = token.split(".")
    claims = jwt.decode(token, options={"verify_signature": False})
    forged_payload = jwt.encode({**claims, "sub": "1"}, "x" * 32, algorithm="HS256").split(".")[1]
    flipped = signature[:-2] + ("A" if signature[-2] != "A" else "B") + signature[-1]
    unsigned = jwt.encode({**claims, "sub": "1"}, None, algorithm="none")
    return [
        f"{header}.{payload}.{flipped}",  # signature changed
        f"{header}.{forged_payload}.{signature}",  # claims changed, old signature
        jwt.encode(claims, "another-secret-" + "y" * 32, algorithm="HS256"),  # wrong key
        unsigned,  # alg=none
        "not-a-jwt",
    ]


async def test_tampered_tokens_are_refused(world: World) -> None:
    token = world.actors["user"].headers["Authorization"].split()[1]
    for forged in _tamper(token):
        response = await world.client.get("/auth/me", headers={"Authorization": f"Bearer {forged}"})
        assert response.status_code == 401, forged
        assert response.json()["error"]["code"] == "invalid_token"


async def test_expired_token_is_refused(world: World, mgmt_app) -> None:
    issuer = TokenIssuer(mgmt_app.state.mgmt.tokens._key, lifetime_seconds=-10)
    token, _ = issuer.issue(world.actors["admin"].user_id, 0)
    response = await world.client.get("/auth/me", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 401
    assert response.json()["error"]["message"] == "token expired"


async def test_logout_revokes_only_that_token(world: World) -> None:
    _, username = await _new_user(world)
    first = await login(world.client, username, PASSWORD)
    second = await login(world.client, username, PASSWORD)
    assert (await world.client.post("/auth/logout", headers=first)).status_code == 204
    refused = await world.client.get("/auth/me", headers=first)
    assert refused.status_code == 401 and refused.json()["error"]["message"] == "token revoked"
    assert (await world.client.get("/auth/me", headers=second)).status_code == 200


async def test_role_and_account_changes_apply_to_existing_tokens(world: World) -> None:
    user_id, username = await _new_user(world, role="resource_manager")
    headers = await login(world.client, username, PASSWORD)
    assert (await world.client.get("/users", headers=headers)).status_code == 200
    async with world.store.transaction() as tx:
        user = await tx.users.get(user_id)
        assert user is not None
        await update_user(tx, SYSTEM, user, role="user")
    assert (await world.client.get("/users", headers=headers)).status_code == 401
    headers = await login(world.client, username, PASSWORD)  # a new token: the new role
    assert (await world.client.get("/users", headers=headers)).status_code == 403
    async with world.store.transaction() as tx:
        user = await tx.users.get(user_id)
        assert user is not None
        await update_user(tx, SYSTEM, user, enabled=False)
    assert (await world.client.get("/auth/me", headers=headers)).status_code == 401
    failed = await world.client.post(
        "/auth/login", json={"username": username, "password": PASSWORD}
    )
    assert failed.status_code == 401


async def test_deleted_users_token_never_names_a_new_user(world: World) -> None:
    """SQLite used to hand a deleted user's id to the next new user: the old login token
    then authenticated as the new account, a new admin included."""
    admin = world.actors["admin"].headers
    victim_id, victim = await _new_user(world)
    stale = await login(world.client, victim, PASSWORD)
    assert (await world.client.delete(f"/users/{victim_id}", headers=admin)).status_code == 204
    created = await world.client.post(
        "/users",
        json={"username": unique("new-admin"), "password": PASSWORD, "role": "admin"},
        headers=admin,
    )
    assert created.status_code == 201, created.text
    assert created.json()["id"] != victim_id
    refused = await world.client.get("/auth/me", headers=stale)
    assert refused.status_code == 401 and refused.json()["error"]["code"] == "invalid_token"
    assert (await world.client.get("/users", headers=stale)).status_code == 401


async def test_password_change_ends_every_session(world: World) -> None:
    user_id, username = await _new_user(world)
    first = await login(world.client, username, PASSWORD)
    second = await login(world.client, username, PASSWORD)
    changed = await world.client.patch(
        f"/users/{user_id}", json={"password": "a-new-password-2"}, headers=first
    )
    assert changed.status_code == 200, changed.text
    for headers in (first, second):
        refused = await world.client.get("/auth/me", headers=headers)
        assert refused.status_code == 401 and refused.json()["error"]["code"] == "invalid_token"
    fresh = await login(world.client, username, "a-new-password-2")
    assert (await world.client.get("/auth/me", headers=fresh)).status_code == 200


async def test_admin_password_reset_ends_the_users_sessions(world: World) -> None:
    user_id, username = await _new_user(world)
    stale = await login(world.client, username, PASSWORD)
    reset = await world.client.patch(
        f"/users/{user_id}", json={"password": PASSWORD}, headers=world.actors["admin"].headers
    )
    assert reset.status_code == 200
    assert (await world.client.get("/auth/me", headers=stale)).status_code == 401


async def test_role_change_or_disabling_refuses_older_tokens_for_good(world: World) -> None:
    """Restoring the role or re-enabling the account does not revive tokens issued before."""
    admin = world.actors["admin"].headers
    for change, undo in (({"role": "reporter"}, {"role": "user"}),
                         ({"enabled": False}, {"enabled": True})):  # fmt: skip
        user_id, username = await _new_user(world)
        stale = await login(world.client, username, PASSWORD)
        path = f"/users/{user_id}"
        assert (await world.client.patch(path, json=change, headers=admin)).status_code == 200
        assert (await world.client.patch(path, json=undo, headers=admin)).status_code == 200
        assert (await world.client.get("/auth/me", headers=stale)).status_code == 401, change
        fresh = await login(world.client, username, PASSWORD)
        assert (await world.client.get("/auth/me", headers=fresh)).status_code == 200


async def test_org_membership_change_keeps_sessions(world: World) -> None:
    user_id, username = await _new_user(world)
    headers = await login(world.client, username, PASSWORD)
    moved = await world.client.patch(
        f"/users/{user_id}", json={"org_ids": [world.org_b]}, headers=world.actors["admin"].headers
    )
    assert moved.status_code == 200
    me = await world.client.get("/auth/me", headers=headers)
    assert me.status_code == 200 and me.json()["org_ids"] == [world.org_b]


async def test_token_without_generation_is_refused(world: World, mgmt_app) -> None:
    token = world.actors["user"].headers["Authorization"].split()[1]
    claims = jwt.decode(token, options={"verify_signature": False})
    del claims["gen"]
    legacy = jwt.encode(claims, mgmt_app.state.mgmt.tokens._key, algorithm="HS256")
    response = await world.client.get("/auth/me", headers={"Authorization": f"Bearer {legacy}"})
    assert response.status_code == 401


class FakeClock:
    def __init__(self) -> None:
        self.now = 10_000.0

    def __call__(self) -> float:
        return self.now


async def _attempt(world: World, username: str, password: str) -> tuple[int, dict]:
    response = await world.client.post(
        "/auth/login", json={"username": username, "password": password}
    )
    return response.status_code, dict(response.headers)


async def test_failed_logins_slow_down_then_lock_out(
    world: World, reset_throttle: LoginThrottle
) -> None:
    clock = FakeClock()
    reset_throttle.set_clock(clock)
    _, username = await _new_user(world)
    for _ in range(3):
        status, _ = await _attempt(world, username, "wrong-password")
        assert status == 401
    status, headers = await _attempt(world, username, PASSWORD)  # right, but too soon
    assert status == 429 and headers["retry-after"] == "1"
    clock.now += 1.01
    assert (await _attempt(world, username, "wrong-password"))[0] == 401  # 4th failure
    clock.now += 2.01
    assert (await _attempt(world, username, "wrong-password"))[0] == 401  # 5th: locked
    status, headers = await _attempt(world, username, PASSWORD)
    assert status == 429 and 290 <= int(headers["retry-after"]) <= 300
    clock.now += 300.5
    assert (await _attempt(world, username, PASSWORD))[0] == 200
    assert (await _attempt(world, username, "wrong-password"))[0] == 401  # counter was reset


async def test_lockout_is_per_username(world: World, reset_throttle: LoginThrottle) -> None:
    reset_throttle.set_clock(FakeClock())
    _, victim = await _new_user(world)
    _, bystander = await _new_user(world)
    for _ in range(5):
        await _attempt(world, victim, "wrong-password")
    assert (await _attempt(world, victim, PASSWORD))[0] == 429
    assert (await _attempt(world, bystander, PASSWORD))[0] == 200


@contextlib.asynccontextmanager
async def _from(mgmt_app, address: str):
    transport = httpx.ASGITransport(app=mgmt_app, client=(address, 40000))
    async with httpx.AsyncClient(transport=transport, base_url="http://mgmt") as client:
        yield client


async def _login_status(client: httpx.AsyncClient, username: str, password: str) -> int:
    response = await client.post("/auth/login", json={"username": username, "password": password})
    return response.status_code


async def test_a_stranger_cannot_lock_the_owner_out(
    world: World, mgmt_app, reset_throttle: LoginThrottle
) -> None:
    """Five wrong passwords from one address lock that address out for that name only."""
    reset_throttle.set_clock(FakeClock())
    _, victim = await _new_user(world, role="admin")
    async with _from(mgmt_app, "203.0.113.9") as attacker, _from(mgmt_app, "198.51.100.7") as owner:
        for _ in range(5):
            await _login_status(attacker, victim, "wrong-password")
        assert await _login_status(attacker, victim, PASSWORD) == 429
        assert await _login_status(owner, victim, PASSWORD) == 200


async def test_distributed_guessing_hits_the_username_ceiling(
    world: World, mgmt_app, reset_throttle: LoginThrottle
) -> None:
    clock = FakeClock()
    reset_throttle.set_clock(clock)
    _, victim = await _new_user(world)
    for n in range(10):  # 10 addresses x 5 failures = the ceiling of 50 per 5 minutes
        async with _from(mgmt_app, f"192.0.2.{n}") as client:
            for _ in range(5):
                clock.now += 5
                assert await _login_status(client, victim, "wrong-password") == 401
    async with _from(mgmt_app, "198.51.100.8") as owner:
        assert await _login_status(owner, victim, PASSWORD) == 429
        clock.now += 300
        assert await _login_status(owner, victim, PASSWORD) == 200


@pytest.mark.parametrize("token_header", ["", "Bearer", "Basic abc", "Bearer "])
async def test_malformed_authorization_headers(world: World, token_header: str) -> None:
    response = await world.client.get("/auth/me", headers={"Authorization": token_header})
    assert response.status_code == 401
    assert set(response.json()) == {"error"}


def test_login_is_not_instant_for_unknown_users() -> None:
    """Unknown usernames still pay for a password verification (no timing oracle)."""
    import asyncio

    from waddleai.store.passwords import verify_password

    started = time.perf_counter()
    assert asyncio.run(verify_password(None, "whatever")) is False
    assert time.perf_counter() - started > 0.001
