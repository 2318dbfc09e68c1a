"""Provider links configured at run time (secrets stored encrypted by the caller)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from waddleai.store.models import ProviderLink


class LinksRepo:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def get(self, link_id: int) -> ProviderLink | None:
        return await self.session.get(ProviderLink, link_id)

    async def by_name(self, name: str) -> ProviderLink | None:
        result = await self.session.execute(select(ProviderLink).where(ProviderLink.name == name))
        return result.scalar_one_or_none()

    async def list(self, enabled_only: bool = False) -> list[ProviderLink]:
        query = select(ProviderLink).order_by(ProviderLink.id)
        if enabled_only:
            query = query.where(ProviderLink.enabled.is_(True))
        return list((await self.session.execute(query)).scalars())

    async def create(self, **fields: object) -> ProviderLink:
        link = ProviderLink(**fields)
        self.session.add(link)
        await self.session.flush()
        return link

    async def update(self, link: ProviderLink, **fields: object) -> ProviderLink:
        for name, value in fields.items():
            setattr(link, name, value)
        await self.session.flush()
        return link

    async def delete(self, link: ProviderLink) -> None:
        await self.session.delete(link)
        await self.session.flush()
