"""The proxy's admin-only budget webhook through a key someone else holds the secret of.

A resource manager who created (or rotated) a key for a user knows its secret; if that
user is promoted to admin later, the key must not become an admin key for the manager.
"""

from __future__ import annotations

import asyncio

import httpx

from tests.accounting.helpers import Accounts
from waddleai.store.identity import SYSTEM, update_user

BUDGET = {"budget_type": "daily", "budget_limit": 1.0, "webhook_url": "http://10.0.0.1/x"}


async def _budget_status(accounts: Accounts, raw_key: str, expected: int) -> int:
    """POST a webhook budget until the gateway's key cache shows `expected` (<= 5 s)."""
    status = 0
    async with httpx.AsyncClient(base_url=accounts.url) as client:
        for _ in range(50):
            reply = await client.post(
                "/v1/analytics/budgets",
                json=BUDGET,
                headers={"Authorization": f"Bearer {raw_key}"},
            )
            status = reply.status_code
            if status == expected:
                break
            await asyncio.sleep(0.1)
    return status


async def test_webhook_needs_an_admin_owner_and_an_admin_secret_holder(accounts: Accounts):
    principal = await accounts.create(role="user")
    async with accounts.store.transaction() as tx:
        key = await tx.keys.get(principal.key_id)
        assert key is not None
        key.issued_by_role = "resource_manager"  # as when a manager created it
        await tx.touch("keys")
    assert await _budget_status(accounts, principal.raw_key, 403) == 403
    async with accounts.store.transaction() as tx:
        owner = await tx.users.get(principal.user_id)
        assert owner is not None
        await update_user(tx, SYSTEM, owner, role="admin")  # the owner is promoted
    await asyncio.sleep(1.2)  # past the gateway's key-cache refresh
    assert await _budget_status(accounts, principal.raw_key, 403) == 403
    async with accounts.store.transaction() as tx:
        key = await tx.keys.get(principal.key_id)
        assert key is not None
        key.issued_by_role = None  # rotated by its owner: only the admin knows it now
        await tx.touch("keys")
    assert await _budget_status(accounts, principal.raw_key, 201) == 201
