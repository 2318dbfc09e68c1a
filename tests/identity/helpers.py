"""Small builders for identity tests: a user in a fresh org and a key for them."""

from __future__ import annotations

import secrets

from waddleai.store import Store
from waddleai.store.identity import SYSTEM, IssuedKey, create_user, issue_key
from waddleai.store.models import User


async def make_user(store: Store, role: str = "user", with_org: bool = True) -> User:
    async with store.transaction() as tx:
        org_ids = []
        if with_org:
            org = await tx.orgs.create(name=f"org-{secrets.token_hex(4)}", description="")
            org_ids = [org.id]
        return await create_user(
            tx, SYSTEM, username=f"u-{secrets.token_hex(4)}", password="password-123",
            role=role, org_ids=org_ids,
        )  # fmt: skip


async def make_key(store: Store, owner: User | None = None, **options: object) -> IssuedKey:
    owner = owner or await make_user(store)
    async with store.transaction() as tx:
        return await issue_key(tx, store.secrets, SYSTEM, owner=owner, name="test", **options)
