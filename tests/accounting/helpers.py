"""Helpers: principals with quotas, waiting for the gateway to see them, reading records."""

from __future__ import annotations

import asyncio
import secrets
from dataclasses import dataclass
from typing import Any

import httpx
from sqlalchemy import select

from waddleai.store import Store
from waddleai.store.identity import SYSTEM, create_user, issue_key
from waddleai.store.usage_models import UsageRecord

SECRET = "ab" * 32


@dataclass
class Principal:
    raw_key: str
    user_id: int
    key_id: int
    org_id: int


class Accounts:
    """Creates isolated org/user/key triples and inspects what the gateway recorded."""

    def __init__(self, store: Store, gateway_url: str) -> None:
        self.store = store
        self.url = gateway_url

    async def create(
        self,
        *,
        user: tuple[int | None, int | None] = (None, None),
        key: tuple[int | None, int | None] = (None, None),
        org: tuple[int | None, int | None] = (None, None),
        role: str = "user",
        models: list[str] | None = None,
        rate_limit: int | None = None,
    ) -> Principal:
        tag = secrets.token_hex(4)
        async with self.store.transaction() as tx:
            new_org = await tx.orgs.create(
                name=f"org-{tag}",
                description="",
                token_quota_daily=org[0],
                token_quota_monthly=org[1],
            )
            owner = await create_user(
                tx,
                SYSTEM,
                username=f"u-{tag}",
                password="password-123",
                role=role,
                org_ids=[new_org.id],
            )
            owner.token_quota_daily, owner.token_quota_monthly = user
            issued = await issue_key(
                tx,
                self.store.secrets,
                SYSTEM,
                owner=owner,
                name=tag,
                models=models,
                rate_limit=rate_limit,
            )
            issued.key.token_quota_daily, issued.key.token_quota_monthly = key
            await tx.touch("quotas")
        return Principal(issued.raw, owner.id, issued.key.id, new_org.id)

    async def quota(self, principal: Principal) -> dict[str, Any]:
        async with httpx.AsyncClient(base_url=self.url) as client:
            reply = await client.get(
                "/api/quota", headers={"Authorization": f"Bearer {principal.raw_key}"}
            )
        reply.raise_for_status()
        return reply.json()

    async def wait_limits(
        self, principal: Principal, limit: int, period: str = "daily", wait: float = 10
    ) -> dict[str, Any]:
        """Until the gateway's cached limits (change feed) show `limit` for this key."""
        deadline = asyncio.get_running_loop().time() + wait
        while True:
            body = await self.quota(principal)
            if body[period]["limit"] == limit:
                return body
            if asyncio.get_running_loop().time() > deadline:
                raise AssertionError(f"gateway never saw the limit {limit}: {body}")
            await asyncio.sleep(0.1)

    async def records(self, **where: Any) -> list[UsageRecord]:
        query = select(UsageRecord).order_by(UsageRecord.id)
        for name, value in where.items():
            query = query.where(getattr(UsageRecord, name) == value)
        async with self.store.session() as session:
            return list((await session.execute(query)).scalars())

    async def wait_records(self, count: int, wait: float = 10, **where: Any) -> list[Any]:
        deadline = asyncio.get_running_loop().time() + wait
        while True:
            rows = await self.records(**where)
            if len(rows) >= count or asyncio.get_running_loop().time() > deadline:
                return rows
            await asyncio.sleep(0.1)
