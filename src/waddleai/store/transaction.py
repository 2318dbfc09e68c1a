"""One unit of work: every repository on one session, committed together.

Management changes and their audit entries must land (or fail) together, and the
change counters replicas poll must move in the same commit; `Transaction` is how.
"""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from waddleai.store.repos import (
    AuditRepo,
    KeysRepo,
    LinksRepo,
    OrgsRepo,
    ResponsesRepo,
    RevisionsRepo,
    SettingsRepo,
    TokensRepo,
    UsersRepo,
)


class Transaction:
    """Repositories sharing `session`; `touch()` marks a kind as changed."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session
        self.users = UsersRepo(session)
        self.orgs = OrgsRepo(session)
        self.keys = KeysRepo(session)
        self.links = LinksRepo(session)
        self.settings = SettingsRepo(session)
        self.audit = AuditRepo(session)
        self.tokens = TokensRepo(session)
        self.revisions = RevisionsRepo(session)
        self.responses = ResponsesRepo(session)
        self.changed: dict[str, int] = {}

    async def touch(self, kind: str) -> None:
        """Bump the `kind` counter now; the store publishes it after commit."""
        self.changed[kind] = await self.revisions.bump(kind)
