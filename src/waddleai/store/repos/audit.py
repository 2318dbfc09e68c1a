"""The audit log of management changes, with secrets masked before they are written."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from waddleai.store.models import AuditEntry

MASK = "***"
# Field names holding secrets; `token_quota_*` is not one, `access_token` is.
_SECRET_NAME = re.compile(r"password|secret|api_?key|key_hash|credential|(^|_)token$", re.I)


def _is_secret(name: str) -> bool:
    return bool(_SECRET_NAME.search(name))


def mask_secrets(value: Any) -> Any:
    """Copy of `value` with every secret-looking field replaced by `***`."""
    if isinstance(value, dict):
        return {
            k: (MASK if _is_secret(str(k)) and v not in (None, "") else mask_secrets(v))
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [mask_secrets(v) for v in value]
    return value


class AuditRepo:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def record(
        self,
        *,
        actor_id: int | None,
        actor_name: str,
        action: str,
        target_type: str,
        target_id: object | None = None,
        before: dict[str, Any] | None = None,
        after: dict[str, Any] | None = None,
    ) -> AuditEntry:
        entry = AuditEntry(
            actor_id=actor_id,
            actor_name=actor_name,
            action=action,
            target_type=target_type,
            target_id=None if target_id is None else str(target_id),
            before=mask_secrets(before) if before is not None else None,
            after=mask_secrets(after) if after is not None else None,
        )
        self.session.add(entry)
        await self.session.flush()
        return entry

    async def list(
        self, *, limit: int = 100, offset: int = 0, action: str | None = None
    ) -> list[AuditEntry]:
        query = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit).offset(offset)
        if action:
            query = query.where(AuditEntry.action == action)
        return list((await self.session.execute(query)).scalars())
