"""Stored responses: insert one, read one (owner and expiry checked), delete, purge."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from waddleai.store.models import utcnow
from waddleai.store.response_models import StoredResponse


class ResponsesRepo:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def add(self, row: StoredResponse) -> None:
        self.session.add(row)
        await self.session.flush()

    async def get(self, response_id: str, key_id: str) -> StoredResponse | None:
        """The response if ``key_id`` owns it and it has not expired."""
        row = await self.session.get(StoredResponse, response_id)
        if row is None or row.key_id != key_id or row.expires_at <= utcnow():
            return None
        return row

    async def delete(self, response_id: str, key_id: str) -> bool:
        result = await self.session.execute(
            delete(StoredResponse).where(
                StoredResponse.id == response_id, StoredResponse.key_id == key_id
            )
        )
        return bool(result.rowcount)

    async def purge(self, now: datetime, limit: int = 1000) -> int:
        """Delete up to ``limit`` expired rows (a batch, so one purge never runs long)."""
        ids = (
            await self.session.scalars(
                select(StoredResponse.id).where(StoredResponse.expires_at <= now).limit(limit)
            )
        ).all()
        if not ids:
            return 0
        await self.session.execute(delete(StoredResponse).where(StoredResponse.id.in_(ids)))
        return len(ids)
