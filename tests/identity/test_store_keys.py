"""StoreKeyAuthenticator: correct principals, cache without round trips, fast revocation."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from datetime import timedelta

import pytest
from sqlalchemy import event

from tests.identity.helpers import make_key, make_user
from waddleai.auth.static import StaticKeyAuthenticator
from waddleai.auth.store_keys import KeyStoreUnavailable, StoreKeyAuthenticator
from waddleai.store import BootstrapInfo, Store
from waddleai.store.identity import SYSTEM, delete_user, revoke_key, rotate_key, update_user
from waddleai.store.models import utcnow


@pytest.fixture
async def auth(store: Store) -> AsyncIterator[StoreKeyAuthenticator]:
    authenticator = StoreKeyAuthenticator(store, store.settings)
    await authenticator.start()
    yield authenticator
    await authenticator.close()


async def _refused_within(auth: StoreKeyAuthenticator, raw: str, seconds: float) -> float:
    started = time.monotonic()
    while await auth.authenticate(raw) is not None:
        if time.monotonic() - started > seconds:
            raise AssertionError(f"key still accepted after {seconds} s")
        await asyncio.sleep(0.01)
    return time.monotonic() - started


async def test_principal_carries_key_permissions(store: Store, auth: StoreKeyAuthenticator) -> None:
    user = await make_user(store, role="reporter")
    issued = await make_key(store, user, models=["gpt-4", "claude-3-opus"], rate_limit=7)
    principal = await auth.authenticate(issued.raw)
    assert principal is not None
    assert principal.key_id == str(issued.key.id)
    assert (principal.user_id, principal.org_id, principal.role) == (
        user.id, user.org_ids[0], "reporter",
    )  # fmt: skip
    assert principal.allowed_models == frozenset({"gpt-4", "claude-3-opus"})
    assert principal.rate_limit_rpm == 7
    assert principal.may_use("gpt-4") and not principal.may_use("gpt-4o")


async def test_unrestricted_key_and_bootstrap_admin_key(
    bootstrapped: tuple[Store, BootstrapInfo], auth: StoreKeyAuthenticator
) -> None:
    _store, info = bootstrapped
    assert info.admin_api_key
    principal = await auth.authenticate(info.admin_api_key)
    assert principal is not None and principal.role == "admin"
    assert principal.allowed_models is None and principal.may_use("anything")


async def test_garbage_never_reaches_the_database(auth: StoreKeyAuthenticator) -> None:
    before = auth.db_lookups
    for raw in ["", "sk-openai-style", "Bearer wa-x", "wa-" + "x" * 500]:
        assert await auth.authenticate(raw) is None
    assert auth.db_lookups == before
    unknown = "wa-unknown-key-0123456789abcdefghijklmnop"
    assert await auth.authenticate(unknown) is None
    assert await auth.authenticate(unknown) is None  # negative cache
    assert auth.db_lookups == before + 1


async def test_warm_cache_makes_no_database_query(
    store: Store, auth: StoreKeyAuthenticator
) -> None:
    issued = await make_key(store)
    statements: list[str] = []

    def count(conn, cursor, statement, *args) -> None:
        if "api_keys" in statement:
            statements.append(statement)

    event.listen(store.engine.sync_engine, "before_cursor_execute", count)
    try:
        assert await auth.authenticate(issued.raw) is not None
        assert len(statements) == 1
        for _ in range(200):
            assert await auth.authenticate(issued.raw) is not None
        assert len(statements) == 1
    finally:
        event.remove(store.engine.sync_engine, "before_cursor_execute", count)


async def test_concurrent_misses_share_one_query(store: Store, auth: StoreKeyAuthenticator) -> None:
    issued = await make_key(store)
    before = auth.db_lookups
    results = await asyncio.gather(*(auth.authenticate(issued.raw) for _ in range(20)))
    assert all(r is not None for r in results)
    assert auth.db_lookups == before + 1


async def test_revoked_key_refused_within_a_second_by_another_replica(
    store: Store, databases, store_settings
) -> None:
    """A second store + authenticator (another replica) on the same database."""
    from waddleai.store import open_store

    replica_store = await open_store(store_settings)
    replica = StoreKeyAuthenticator(replica_store)
    await replica.start()
    try:
        issued = await make_key(store)
        assert await replica.authenticate(issued.raw) is not None
        async with store.transaction() as tx:
            key = await tx.keys.get(issued.key.id)
            assert key is not None
            await revoke_key(tx, SYSTEM, key)
        assert await _refused_within(replica, issued.raw, 1.0) < 1.0
    finally:
        await replica.close()
        await replica_store.close()


async def test_rotation_replaces_the_secret(store: Store, auth: StoreKeyAuthenticator) -> None:
    issued = await make_key(store, rate_limit=3)
    assert await auth.authenticate(issued.raw) is not None
    async with store.transaction() as tx:
        key = await tx.keys.get(issued.key.id)
        assert key is not None
        rotated = await rotate_key(tx, store.secrets, SYSTEM, key)
    assert await _refused_within(auth, issued.raw, 1.0) < 1.0
    principal = await auth.authenticate(rotated.raw)
    assert principal is not None and principal.key_id == str(issued.key.id)
    assert principal.rate_limit_rpm == 3


async def test_disabled_key_and_disabled_or_deleted_owner(
    store: Store, auth: StoreKeyAuthenticator
) -> None:
    user = await make_user(store)
    first, second = await make_key(store, user), await make_key(store, user)
    assert await auth.authenticate(first.raw) is not None
    async with store.transaction() as tx:
        key = await tx.keys.get(first.key.id)
        assert key is not None
        key.enabled = False
        await tx.touch("keys")
    assert await _refused_within(auth, first.raw, 1.0) < 1.0
    assert await auth.authenticate(second.raw) is not None
    async with store.transaction() as tx:
        owner = await tx.users.get(user.id)
        assert owner is not None
        await update_user(tx, SYSTEM, owner, enabled=False)
    assert await _refused_within(auth, second.raw, 1.0) < 1.0
    third = await make_key(store)
    assert await auth.authenticate(third.raw) is not None
    async with store.transaction() as tx:
        owner = await tx.users.get(third.key.user_id)
        assert owner is not None
        await delete_user(tx, SYSTEM, owner)  # its keys go with it
    assert await _refused_within(auth, third.raw, 1.0) < 1.0


async def test_expiry_applies_to_cached_keys(store: Store, auth: StoreKeyAuthenticator) -> None:
    issued = await make_key(store, expires_days=1)
    async with store.transaction() as tx:  # as if a day had passed but for one second
        key = await tx.keys.get(issued.key.id)
        assert key is not None
        key.expires_at = utcnow() + timedelta(seconds=1)
    auth.invalidate()
    assert await auth.authenticate(issued.raw) is not None
    lookups = auth.db_lookups
    assert await _refused_within(auth, issued.raw, 2.0) <= 1.5
    assert auth.db_lookups == lookups  # expiry needed no database query


async def test_cache_is_bounded(store: Store) -> None:
    auth = StoreKeyAuthenticator(store, max_entries=3)
    for index in range(6):
        await auth.authenticate(f"wa-unknown-{index:02d}-abcdefghijklmnop")
    assert len(auth._negative) == 3
    keys = [await make_key(store) for _ in range(5)]
    for issued in keys:
        assert await auth.authenticate(issued.raw) is not None
    assert len(auth._positive) == 3


async def test_database_outage_serves_cached_keys_only(store: Store) -> None:
    auth = StoreKeyAuthenticator(store, ttl=0.0)  # every call wants a refresh
    issued = await make_key(store)
    assert await auth.authenticate(issued.raw) is not None

    async def broken(digest: str):
        raise ConnectionError("database down")

    auth._query = broken  # type: ignore[method-assign]
    assert await auth.authenticate(issued.raw) is not None  # stale but valid
    with pytest.raises(KeyStoreUnavailable):
        await auth.authenticate("wa-never-seen-before-0123456789abcdef")


async def test_a_warm_key_costs_no_hmac_and_revocation_still_applies(
    store: Store, auth: StoreKeyAuthenticator, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The cache is keyed by the raw key: the HMAC is computed on a miss only."""
    hashed: list[str] = []
    secrets_type = type(store.secrets)
    real_hash = secrets_type.hash_api_key

    def counting(self, raw_key: str) -> str:
        hashed.append(raw_key)
        return real_hash(self, raw_key)

    monkeypatch.setattr(secrets_type, "hash_api_key", counting)
    issued = await make_key(store)
    hashed.clear()
    for _ in range(100):
        assert await auth.authenticate(issued.raw) is not None
    assert hashed == [issued.raw], "one HMAC for the first request, none after"
    async with store.transaction() as tx:
        key = await tx.keys.get(issued.key.id)
        assert key is not None
        await revoke_key(tx, SYSTEM, key)
    assert await _refused_within(auth, issued.raw, 1.0) < 1.0
    assert hashed == [issued.raw] * 2, "the change feed emptied the cache: checked again"
    assert await auth.authenticate(issued.raw) is None
    assert len(hashed) == 2, "refused from the negative cache"


async def test_static_keys_are_remembered_per_raw_key() -> None:
    static = StaticKeyAuthenticator(["wa-static-key-0123456789"], max_memo=4)
    first = await static.authenticate("wa-static-key-0123456789")
    assert first is not None and first.key_id.startswith("static-")
    assert await static.authenticate("wa-static-key-0123456789") is first
    assert await static.authenticate("wa-static-key-012345678") is None
    for index in range(10):  # distinct unknown keys: the memo stays bounded
        assert await static.authenticate(f"wa-other-{index}") is None
        assert len(static._memo) <= 4
    assert await static.authenticate("wa-static-key-0123456789") == first
