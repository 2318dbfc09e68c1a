"""Change counters: bumped in the same transaction as a change, polled by replicas."""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from waddleai.store.models import Revision

KINDS = ("keys", "links", "security", "orgs")


class RevisionsRepo:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def bump(self, name: str) -> int:
        """Increment atomically (row lock on PostgreSQL, write lock on SQLite)."""
        await self.session.execute(
            update(Revision).where(Revision.name == name).values(value=Revision.value + 1)
        )
        result = await self.session.execute(select(Revision.value).where(Revision.name == name))
        value = result.scalar_one_or_none()
        if value is None:
            self.session.add(Revision(name=name, value=1))
            await self.session.flush()
            return 1
        return int(value)

    async def all(self) -> dict[str, int]:
        result = await self.session.execute(select(Revision.name, Revision.value))
        return {name: int(value) for name, value in result.all()}
