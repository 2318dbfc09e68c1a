"""Organizations: the tenants quotas and visibility are scoped by."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from waddleai.store.models import Organization


class OrgsRepo:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def get(self, org_id: int) -> Organization | None:
        return await self.session.get(Organization, org_id)

    async def by_name(self, name: str) -> Organization | None:
        result = await self.session.execute(select(Organization).where(Organization.name == name))
        return result.scalar_one_or_none()

    async def list(self, ids: Iterable[int] | None = None) -> list[Organization]:
        """All organizations, or only `ids`."""
        query = select(Organization).order_by(Organization.id)
        if ids is not None:
            query = query.where(Organization.id.in_(list(ids)))
        return list((await self.session.execute(query)).scalars())

    async def existing_ids(self, ids: Iterable[int]) -> set[int]:
        wanted = list(set(ids))
        if not wanted:
            return set()
        result = await self.session.execute(
            select(Organization.id).where(Organization.id.in_(wanted))
        )
        return set(result.scalars())

    async def create(self, **fields: object) -> Organization:
        org = Organization(**fields)
        self.session.add(org)
        await self.session.flush()
        return org

    async def update(self, org: Organization, **fields: object) -> Organization:
        for name, value in fields.items():
            setattr(org, name, value)
        await self.session.flush()
        return org

    async def delete(self, org: Organization) -> None:
        await self.session.delete(org)
        await self.session.flush()
