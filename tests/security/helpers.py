"""Helpers of the end-to-end security tests: staff logins, policy changes, waiting."""

from __future__ import annotations

import asyncio
import secrets
import time
from collections.abc import Awaitable, Callable
from typing import Any

import httpx

from waddleai.store import Store
from waddleai.store.identity import SYSTEM, create_user

PASSWORD = "password-123"


async def staff_login(mgmt: httpx.AsyncClient, store: Store, role: str, orgs: list[int]) -> dict:
    name = f"{role}-{secrets.token_hex(3)}"
    async with store.transaction() as tx:
        await create_user(tx, SYSTEM, username=name, password=PASSWORD, role=role, org_ids=orgs)
    reply = await mgmt.post("/auth/login", json={"username": name, "password": PASSWORD})
    assert reply.status_code == 200, reply.text
    return {"Authorization": f"Bearer {reply.json()['access_token']}"}


async def set_security(mgmt: httpx.AsyncClient, admin: dict, **fields: Any) -> dict:
    reply = await mgmt.post("/config/security", json=fields, headers=admin)
    assert reply.status_code == 200, reply.text
    return reply.json()


async def eventually(check: Callable[[], Awaitable[bool]], within: float = 3.0) -> float:
    """Seconds until `check()` held; fails after `within` seconds."""
    started = time.monotonic()
    while not await check():
        if time.monotonic() - started > within:
            raise AssertionError(f"condition not met within {within} s")
        await asyncio.sleep(0.05)
    return time.monotonic() - started
