"""API keys: creation, listing, revocation, rotation and the proxy's lookup by hash."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from waddleai.store.models import ApiKey, Organization, User, utcnow


class KeysRepo:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def get(self, key_id: int) -> ApiKey | None:
        """A live (not revoked) key."""
        key = await self.session.get(ApiKey, key_id)
        return key if key is not None and key.revoked_at is None else None

    async def list(
        self, user_id: int | None = None, org_ids: Iterable[int] | None = None
    ) -> list[ApiKey]:
        """Live keys: all, or those owned by `user_id` or billed to one of `org_ids`."""
        query = select(ApiKey).where(ApiKey.revoked_at.is_(None)).order_by(ApiKey.id)
        clauses = []
        if user_id is not None:
            clauses.append(ApiKey.user_id == user_id)
        if org_ids is not None:
            clauses.append(ApiKey.org_id.in_(list(org_ids)))
        if clauses:
            query = query.where(or_(*clauses))
        return list((await self.session.execute(query)).scalars())

    async def create(
        self,
        *,
        name: str,
        key_hash: str,
        key_prefix: str,
        user_id: int,
        org_id: int | None,
        models: list[str] | None,
        rate_limit: int | None,
        expires_at: datetime | None,
        restricted_by_role: str | None = None,
        issued_by_role: str | None = None,
    ) -> ApiKey:
        key = ApiKey(
            name=name,
            key_hash=key_hash,
            key_prefix=key_prefix,
            user_id=user_id,
            org_id=org_id,
            models=models,
            rate_limit=rate_limit,
            expires_at=expires_at,
            enabled=True,
            restricted_by_role=restricted_by_role,
            issued_by_role=issued_by_role,
        )
        self.session.add(key)
        await self.session.flush()
        return key

    async def revoke(self, key: ApiKey) -> None:
        """Soft delete: the row stays so usage history keeps its key id."""
        key.revoked_at = utcnow()
        key.enabled = False
        await self.session.flush()

    async def rotate(
        self, key: ApiKey, key_hash: str, key_prefix: str, issued_by_role: str | None = None
    ) -> ApiKey:
        key.key_hash = key_hash
        key.issued_by_role = issued_by_role
        key.key_prefix = key_prefix
        key.rotated_at = utcnow()
        await self.session.flush()
        return key

    async def lookup(self, key_hash: str) -> tuple[ApiKey, User, int | None] | None:
        """The live key with this hash, its enabled owner and its org's cache TTL."""
        query = (
            select(ApiKey, User, Organization.cache_ttl_seconds)
            .join(User, User.id == ApiKey.user_id)
            .outerjoin(Organization, Organization.id == ApiKey.org_id)
            .where(ApiKey.key_hash == key_hash, ApiKey.revoked_at.is_(None))
        )
        row = (await self.session.execute(query)).first()
        return (row[0], row[1], row[2]) if row else None
