"""Users and their organization memberships."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from waddleai.store.models import User, UserOrg


class UsersRepo:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def get(self, user_id: int) -> User | None:
        return await self.session.get(User, user_id)

    async def by_username(self, username: str) -> User | None:
        result = await self.session.execute(select(User).where(User.username == username))
        return result.scalar_one_or_none()

    async def list(self, org_ids: Iterable[int] | None = None) -> list[User]:
        """All users, or those belonging to any of `org_ids`."""
        query = select(User).order_by(User.id)
        if org_ids is not None:
            members = select(UserOrg.user_id).where(UserOrg.org_id.in_(list(org_ids)))
            query = query.where(User.id.in_(members))
        return list((await self.session.execute(query)).scalars())

    async def roles(self, user_ids: Iterable[int]) -> dict[int, str]:
        """Role by user id, for the given users that exist."""
        ids = sorted(set(user_ids))
        if not ids:
            return {}
        rows = await self.session.execute(select(User.id, User.role).where(User.id.in_(ids)))
        return {user_id: role for user_id, role in rows}

    async def count(self) -> int:
        return int((await self.session.execute(select(func.count(User.id)))).scalar_one())

    async def create(
        self, username: str, password_hash: str, role: str, org_ids: Iterable[int] = ()
    ) -> User:
        user = User(username=username, password_hash=password_hash, role=role, enabled=True)
        user.memberships = [UserOrg(org_id=org_id) for org_id in sorted(set(org_ids))]
        self.session.add(user)
        await self.session.flush()
        return user

    async def set_orgs(self, user: User, org_ids: Iterable[int]) -> None:
        wanted = set(org_ids)
        user.memberships = [m for m in user.memberships if m.org_id in wanted]
        present = {m.org_id for m in user.memberships}
        user.memberships.extend(UserOrg(org_id=o) for o in sorted(wanted - present))
        await self.session.flush()

    async def delete(self, user: User) -> None:
        await self.session.delete(user)
        await self.session.flush()
