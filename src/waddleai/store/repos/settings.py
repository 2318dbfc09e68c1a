"""Run-time settings documents (JSON) keyed by name, e.g. `security`."""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from waddleai.store.models import SettingEntry


class SettingsRepo:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def get(self, key: str) -> dict[str, Any] | None:
        entry = await self.session.get(SettingEntry, key)
        return dict(entry.value) if entry is not None else None

    async def put(self, key: str, value: dict[str, Any]) -> None:
        entry = await self.session.get(SettingEntry, key)
        if entry is None:
            self.session.add(SettingEntry(key=key, value=value))
        else:
            entry.value = value
        await self.session.flush()
